//! Character normalisation that never moves offsets.
//!
//! The engine never rewrites the input: every span points into the original text. Instead,
//! characters are *classified* here (is it a space, a quote, a dash, a digit?) and token text is
//! *folded* into a lookup key. So curly quotes, NBSP, zero-width characters, soft hyphens and
//! full-width digits are all recognised without breaking any span.

/// Zero-width and invisible formatting characters that are ignored inside words.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Whitespace including NBSP, narrow NBSP, ideographic space, tabs and line breaks.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2007}')
}

/// Space or invisible: bytes that no token needs to cover.
pub fn is_blank(c: char) -> bool {
    is_space(c) || is_invisible(c)
}

/// Line breaks: LF, CR (CRLF is handled by the caller), NEL, LS, PS.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0085}' | '\u{2028}' | '\u{2029}')
}

/// Double quotation marks of any style, folded to `"`.
pub fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{FF02}')
}

/// Opening double quotation marks that cannot close a quote.
pub fn is_opening_quote(c: char) -> bool {
    matches!(c, '\u{201C}' | '\u{201E}' | '\u{00AB}')
}

/// Closing double quotation marks that cannot open a quote.
pub fn is_closing_quote(c: char) -> bool {
    matches!(c, '\u{201D}' | '\u{00BB}')
}

/// Single quotes and apostrophes of any style, folded to `'`.
pub fn is_single_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '`' | '\u{00B4}')
}

/// Hyphens and dashes.
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' | '\u{FF0D}'
    )
}

/// Decimal digit value of ASCII and full-width digits.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{FF10}'..='\u{FF19}' => Some(c as u32 - 0xFF10),
        _ => None,
    }
}

pub fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// Letters, including letters with diacritics (`é` in loanwords, names).
pub fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// Fold a character for lookup: straight quotes, ASCII hyphen and digits, plain space.
/// Returns `None` for characters that vanish (zero-width, soft hyphen).
pub fn fold_char(c: char) -> Option<char> {
    if is_invisible(c) {
        None
    } else if is_space(c) {
        Some(' ')
    } else if is_double_quote(c) {
        Some('"')
    } else if is_single_quote(c) {
        Some('\'')
    } else if is_dash(c) {
        Some('-')
    } else if let Some(d) = digit_value(c) {
        char::from_digit(d, 10)
    } else if c == '\u{2026}' {
        Some('.')
    } else {
        Some(c)
    }
}

/// Fold a piece of text into its lookup form (case kept; see [`key`] for the lower-cased key).
pub fn fold(s: &str) -> String {
    s.chars().filter_map(fold_char).collect()
}

/// The glossary key of a piece of text: folded and lower-cased.
pub fn key(s: &str) -> String {
    if s.is_ascii() {
        // Nearly every token: one allocation of the right size, no char decoding.
        if !s.bytes().any(|b| b == b'`' || (b as char).is_whitespace()) {
            return s.to_ascii_lowercase();
        }
        return s.bytes().map(fold_ascii).collect();
    }
    s.chars().filter_map(fold_char).flat_map(char::to_lowercase).collect()
}

/// [`key`] without allocating when the text already is its own key (lower-case ASCII with
/// no spaces or backticks, the common case for words inside sentences).
pub fn key_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && fold_ascii(b) == b as char) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(key(s))
    }
}

/// [`fold_char`] and lower case for an ASCII byte (no ASCII character vanishes).
fn fold_ascii(b: u8) -> char {
    let c = b as char;
    if c.is_whitespace() {
        ' '
    } else if c == '`' {
        '\''
    } else {
        c.to_ascii_lowercase()
    }
}

/// The folded text of `input` with, for each byte of it, the byte offset in `input` of the
/// character it came from (plus one final entry for the end). Runs of spaces (NBSP, tabs,
/// CRLF) become one space; invisible characters vanish. A search on the folded text maps
/// back to an original span with `map[start]..map[end]`, always on char boundaries.
///
/// ```
/// let (t, map) = kilas_engine::normalize::fold_with_offsets("Rp\u{00A0}\u{00A0}２,５\r\nmiliar");
/// assert_eq!(t, "Rp 2,5 miliar");
/// assert_eq!(map[3], 6); // `２` starts at byte 6 of the original
/// ```
pub fn fold_with_offsets(input: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(input.len());
    let mut map = Vec::with_capacity(input.len() + 1);
    let mut last_space = false;
    for (i, c) in input.char_indices() {
        let Some(f) = fold_char(c) else { continue };
        if f == ' ' {
            if last_space {
                continue;
            }
            last_space = true;
        } else {
            last_space = false;
        }
        for _ in 0..f.len_utf8() {
            map.push(i);
        }
        out.push(f);
    }
    map.push(input.len());
    (out, map)
}

/// A set of short words hashed with [`Fnv`].
pub type WordSet = std::collections::HashSet<&'static str, FastHash>;

/// The hasher of [`WordSet`] (for fixed word lists of our own, not attacker-chosen keys).
pub type FastHash = std::hash::BuildHasherDefault<Fnv>;

/// FNV-1a: a few instructions per byte, several times cheaper than the default SipHash on the
/// short words the name finder asks about.
#[derive(Clone, Copy, Debug)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_press_copy_variants() {
        assert_eq!(fold("\u{201C}Ka\u{00AD}ta\u{201D}"), "\"Kata\"");
        assert_eq!(fold("\u{FF11}\u{FF12}"), "12");
        assert_eq!(key("Kemenkum\u{200B}HAM"), "kemenkumham");
        assert_eq!(fold("4\u{2013}8"), "4-8");
    }

    #[test]
    fn ascii_keys_match_the_general_folding() {
        let all: String = (0u8..128).map(char::from).collect();
        for s in [all.as_str(), "Kanwil Kemenkumham", "a`b\tC\u{0B}D", "KEMENKUMHAM-Sulsel 2024", ""] {
            let slow: String = s.chars().filter_map(fold_char).flat_map(char::to_lowercase).collect();
            assert_eq!(key(s), slow);
            assert_eq!(key_cow(s), slow);
        }
        assert!(matches!(key_cow("banjir"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(key_cow("Ka\u{00AD}ta"), "kata");
    }

    #[test]
    fn folded_offsets_point_into_the_original() {
        let src = "a\u{200B}b\t\t\u{201C}c\u{201D}";
        let (t, map) = fold_with_offsets(src);
        assert_eq!(t, "ab \"c\"");
        assert_eq!(map.len(), t.len() + 1);
        assert!(map.iter().all(|&m| src.is_char_boundary(m)));
        assert_eq!(&src[map[4]..map[5]], "c");
    }
}
