//! Tokens: words, numbers, punctuation and the rest, as byte spans of the original text.
//!
//! Tokens never cross a line break and never include blank characters at their edges.
//! Dotted abbreviations (`Dr.`, `S.H.`, `M.Si.`, initials `P.`) keep their dots, so the
//! sentence splitter never sees those dots as full stops.

use crate::normalize::{is_blank, is_dash, is_digit, is_double_quote, is_invisible, is_letter, is_single_quote};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Word,
    /// All capitals or mixed capitals inside the word: `DJKI`, `KemenkumHAM`, `COVID-19`.
    Acronym,
    /// `kata-kata`, `berlari-lari`, `sayur-mayur`, `sebesar-besarnya`.
    Reduplication,
    /// A dotted abbreviation or initial, dot included: `Dr.`, `S.H.`, `P.`, `dll.`.
    Abbreviation,
    /// Digits with their separators: `1.250`, `2,5`, `4/9`, `09.00`, `12/8/2024`.
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
    Hashtag,
    Mention,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        &input[self.start..self.end]
    }
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Acronym | TokenKind::Reduplication | TokenKind::Abbreviation)
    }
}

/// Abbreviations written with a final dot that never end a sentence by themselves
/// (compared lower-case, without the dot).
const TITLE_ABBREVIATIONS: &[&str] = &[
    "dr", "drs", "dra", "h", "hj", "ir", "prof", "no", "nomor", "jl", "jln", "kab", "kec", "kel", "km", "pt", "cv",
    "sdr", "sdri", "pk", "lbr", "jan", "feb", "mar", "apr", "jun", "jul", "agt", "ags", "agu", "sep", "sept", "okt",
    "nov", "des", "st", "mr", "mrs", "ms", "kh", "tgl", "rt", "rw", "pol", "ds", "yth", "bpk", "ny", "tn", "kol", "rp",
    "hlm", "gg", "kp", "telp", "tel", "hp", "vs", "sem", "ttd", "dsn", "prov", "kompol", "brigjen", "irjen", "komjen",
    "kapt", "letkol", "mayjen", "jend", "drg", "jo", "maks", "min", "thn", "org", "bln", "hr", "tgl", "sdri", "ibu",
    "bapak", "pkl", "ket", "kel", "ds", "dsn", "lk", "pr", "kpd", "yg", "dgn", "utk", "krn", "pd", "spd", "skm", "amd",
    "sos", "ag", "kom", "kn", "kes", "psi", "kep", "ked", "gr", "ltd", "inc", "co", "corp", "bp", "jr", "sr", "muh",
    "moh", "mhd", "moch", "mochd", "abd", "ach", "sy", "ust", "dt", "hm", "ipda", "iptu", "aiptu", "bripka", "brigpol",
    "kasat", "gub", "wagub", "sekda", "kadis", "kpt", "lt", "ps", "plt", "plh", "pj",
];

/// Abbreviations that may end a sentence when a capitalised word follows.
pub const FINAL_ABBREVIATIONS: &[&str] = &["dll", "dsb", "dst", "dkk", "tbk", "etc", "persero"];

fn is_known_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    TITLE_ABBREVIATIONS.contains(&lower.as_str()) || FINAL_ABBREVIATIONS.contains(&lower.as_str())
}

/// Split `input` into tokens.
pub fn tokenize(input: &str) -> Vec<Token> {
    tokenize_range(input, 0, input.len())
}

/// Tokenize `input[from..to]`; offsets stay relative to `input`.
pub fn tokenize_range(input: &str, from: usize, to: usize) -> Vec<Token> {
    let mut out = Vec::with_capacity((to - from) / 6);
    let mut i = from;
    let bytes = input.as_bytes();
    while i < to {
        if matches!(bytes[i], b' ' | b'\n') {
            i += 1;
            continue;
        }
        let c = char_at(input, i);
        if is_blank(c) {
            i += c.len_utf8();
            continue;
        }
        let tok = next_token(input, i, to);
        debug_assert!(tok.end > tok.start);
        i = tok.end;
        out.push(tok);
    }
    out
}

fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or('\0')
}

fn next_token(s: &str, i: usize, to: usize) -> Token {
    let c = char_at(s, i);
    let rest = &s[i..to];
    if let Some(end) = url_end(rest) {
        return Token { start: i, end: i + end, kind: TokenKind::Url };
    }
    if let Some(end) = email_end(rest) {
        return Token { start: i, end: i + end, kind: TokenKind::Email };
    }
    if (c == '#' || c == '@') && rest[1..].chars().next().is_some_and(|d| d.is_alphanumeric()) {
        let end = 1 + rest[1..].find(|d: char| !(d.is_alphanumeric() || d == '_')).unwrap_or(rest.len() - 1);
        let kind = if c == '#' { TokenKind::Hashtag } else { TokenKind::Mention };
        return Token { start: i, end: i + end, kind };
    }
    if is_letter(c) {
        return word_token(s, i, to);
    }
    if is_digit(c) {
        return number_token(s, i, to);
    }
    // Ellipsis written as dots.
    if c == '.' {
        let n = rest.bytes().take_while(|&b| b == b'.').count();
        return Token { start: i, end: i + n, kind: TokenKind::Punctuation };
    }
    let kind = if is_punctuation(c) { TokenKind::Punctuation } else { TokenKind::Symbol };
    Token { start: i, end: i + c.len_utf8(), kind }
}

fn is_punctuation(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '\u{2026}')
        || is_double_quote(c)
        || is_single_quote(c)
        || is_dash(c)
}

fn url_end(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    let starts = |p: &[u8]| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p);
    if !(starts(b"http://") || starts(b"https://") || starts(b"www.")) {
        return None;
    }
    let mut end = rest.find(|c: char| is_blank(c) || is_double_quote(c)).unwrap_or(rest.len());
    while end > 0 && matches!(rest.as_bytes()[end - 1], b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b'\'') {
        end -= 1;
    }
    (end > 4).then_some(end)
}

fn email_end(rest: &str) -> Option<usize> {
    let local =
        rest.bytes().position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')))?;
    if local == 0 || rest.as_bytes().get(local) != Some(&b'@') {
        return None;
    }
    let domain = &rest[local + 1..];
    let mut dlen =
        domain.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))).unwrap_or(domain.len());
    while dlen > 0 && domain.as_bytes()[dlen - 1] == b'.' {
        dlen -= 1;
    }
    let d = &domain[..dlen];
    (d.contains('.') && !d.starts_with('.')).then_some(local + 1 + dlen)
}

/// A run of letters (with invisible characters, internal apostrophes and hyphenated parts).
fn letters_end(s: &str, mut i: usize, to: usize) -> usize {
    let bytes = s.as_bytes();
    while i < to {
        // ASCII letters: the common case, no decoding.
        if bytes[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let c = char_at(s, i);
        if is_letter(c) || is_invisible(c) || c.is_ascii_digit() && i > 0 && ends_in_upper_or_digit(s, i) {
            i += c.len_utf8();
        } else if (is_single_quote(c) || is_dash(c)) && i + c.len_utf8() < to {
            let next = char_at(s, i + c.len_utf8());
            let ok = if is_dash(c) { next.is_alphanumeric() } else { is_letter(next) };
            if !ok {
                break;
            }
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// Digits continue a word only after a capital or digit (`G20`, `P3K`, `COVID-19`), never
/// after a lower-case letter (`Rp2,5` is `Rp` + `2,5`).
fn ends_in_upper_or_digit(s: &str, i: usize) -> bool {
    s[..i].chars().next_back().is_some_and(|p| p.is_uppercase() || p.is_ascii_digit() || is_dash(p))
}

fn word_token(s: &str, i: usize, to: usize) -> Token {
    let mut end = letters_end(s, i, to);
    // Invisible characters belong to a word only between its letters.
    while let Some(c) = s[i..end].chars().next_back().filter(|&c| is_invisible(c)) {
        end -= c.len_utf8();
    }
    let word = &s[i..end];
    // Dotted abbreviations: `S.H.`, `M.Si.`, `a.n.`, `Ph.D.`, initials `P.`, known `Dr.`.
    if s[end..to].starts_with('.') {
        let mut j = end;
        let mut segments = 1;
        let first_len = word.chars().count();
        while s[j..to].starts_with('.') {
            let k = j + 1;
            let seg_end = s[k..to].find(|c: char| !is_letter(c)).map_or(to, |n| k + n);
            let seg = seg_end - k;
            if seg >= 1 && s[k..seg_end].chars().count() <= 3 && s[seg_end..to].starts_with('.') && first_len <= 3 {
                j = seg_end;
                segments += 1;
            } else {
                break;
            }
        }
        if segments > 1 {
            return Token { start: i, end: j + 1, kind: TokenKind::Abbreviation };
        }
        if first_len == 1 || is_known_abbreviation(word) {
            return Token { start: i, end: end + 1, kind: TokenKind::Abbreviation };
        }
    }
    let kind = word_kind(word);
    if kind == TokenKind::Word && word.ends_with(|c: char| is_dash(c)) {
        end -= 1;
    }
    Token { start: i, end, kind }
}

fn word_kind(word: &str) -> TokenKind {
    if let Some((a, b)) = word.split_once(is_dash) {
        if !b.contains(is_dash) && is_reduplication(&a.to_lowercase(), &b.to_lowercase()) {
            return TokenKind::Reduplication;
        }
    }
    // `DJKI`, `KemenkumHAM`, `COVID-19`, but not `Makassar` or `McDonald`.
    let inner_upper = word.chars().skip(1).filter(|c| c.is_uppercase()).count();
    if inner_upper == 0 {
        return TokenKind::Word;
    }
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 2 && (upper == letters || inner_upper >= 2) {
        TokenKind::Acronym
    } else {
        TokenKind::Word
    }
}

/// `kata-kata`, `berlari-lari`, `sebesar-besarnya`, `sayur-mayur`, `lauk-pauk`.
pub fn is_reduplication(a: &str, b: &str) -> bool {
    if a.is_empty()
        || b.chars().count() < 2
        || !a.chars().all(char::is_alphabetic)
        || !b.chars().all(char::is_alphabetic)
    {
        return false;
    }
    if a == b || a.ends_with(b) {
        return true;
    }
    // Left ends with a stem that the right part starts with (sebesar-besarnya, disebut-sebut).
    let ac: Vec<char> = a.chars().collect();
    for k in 3..=ac.len() {
        let tail: String = ac[ac.len() - k..].iter().collect();
        if b.starts_with(&tail) {
            return true;
        }
    }
    // Imitative pairs that rhyme: sayur-mayur, lauk-pauk, ramah-tamah.
    let (la, lb) = (a.chars().count(), b.chars().count());
    la == lb && la >= 4 && a.chars().skip(1).eq(b.chars().skip(1))
}

/// Clitics found on a word, as byte lengths of the word's prefix and suffix: `bukunya`
/// (suffix `nya`), `dibacakanlah` (`lah`), `apakah` (`kah`), `siapapun` (`pun`), `kuambil`
/// (prefix `ku`), `kaubawa` (`kau`). The token keeps its clitics; the morphology stage reads
/// this to find the base.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Clitics {
    pub prefix: usize,
    pub suffix: usize,
}

/// Words that end like a clitic but are whole words.
const CLITIC_LOOKALIKES: &[&str] = &[
    "sekolah",
    "masalah",
    "jumlah",
    "salah",
    "kalah",
    "olah",
    "telah",
    "lelah",
    "sejarah",
    "entah",
    "wilayah",
    "kelah",
    "langkah",
    "nikah",
    "sedekah",
    "tingkah",
    "hanya",
    "tanya",
    "punya",
    "bertanya",
    "ditanya",
    "menanya",
    "ampun",
    "rumpun",
    "himpun",
    "pun",
    "allah",
    "istilah",
    "dakwah",
    "sunah",
    "sunnah",
    "kuliah",
    "tanah",
    "lah",
    "kah",
    "nya",
    "mushola",
    "musholah",
    "madrasah",
    "ibadah",
    "amanah",
    "ceramah",
    "lembah",
    "sampah",
    "sawah",
    "rumah",
    "ramah",
    "tengah",
    "bawah",
    "sebelah",
    "belah",
    "pasrah",
    "pisah",
    "susah",
    "mudah",
    "sudah",
    "indah",
    "kerah",
    "marah",
    "megah",
    "nafkah",
    "hadiah",
    "kaidah",
    "kiblat",
    "mahkamah",
    "pemerintah",
    "perintah",
    "sejumlah",
    "berjumlah",
    "wilayah",
    "daerah",
    "arah",
    "darah",
    "murah",
    "parah",
    "cerah",
    "gelisah",
    "kisah",
    "tumpah",
    "buah",
    "sembah",
];

/// Common words beginning with `ku`/`kau` that carry no clitic.
const KU_WORDS: &[&str] = &[
    "kuat",
    "kuning",
    "kurang",
    "kunci",
    "kuasa",
    "kuliah",
    "kumpul",
    "kuda",
    "kuli",
    "kulit",
    "kuota",
    "kursi",
    "kurir",
    "kupas",
    "kubur",
    "kuburan",
    "kuil",
    "kuku",
    "kutip",
    "kualitas",
    "kuantitas",
    "kuartal",
    "kurikulum",
    "kurva",
    "kuno",
    "kumuh",
    "kupon",
    "kusam",
    "kutub",
    "kuman",
    "kumis",
    "kulkas",
    "kuliner",
    "kutu",
    "kudeta",
    "kuesioner",
    "kuitansi",
    "kunjung",
    "kunjungan",
    "kuras",
    "kurus",
    "kumandang",
    "kurban",
    "kurma",
    "kuartir",
    "kubis",
    "kuncup",
    "kumbang",
    "kupang",
    "kudus",
    "kuburan",
    "kulon",
    "kumparan",
    "kurun",
    "kursus",
    "kuasai",
    "kuasanya",
    "kaum",
    "kaus",
    "kausal",
    "kaukus",
    "kaula",
    "kautamakan",
];

/// Detect the clitics of a word (compared lower-case).
///
/// ```
/// use kilas_engine::token::{clitics, Clitics};
/// assert_eq!(clitics("bukunya"), Clitics { prefix: 0, suffix: 3 });
/// assert_eq!(clitics("kuambil"), Clitics { prefix: 2, suffix: 0 });
/// assert_eq!(clitics("sekolah"), Clitics::default());
/// ```
pub fn clitics(word: &str) -> Clitics {
    let lower = word.to_lowercase();
    if lower.len() != word.len() || !lower.chars().all(|c| c.is_ascii_lowercase()) {
        return Clitics::default();
    }
    let mut c = Clitics::default();
    if !CLITIC_LOOKALIKES.contains(&lower.as_str()) {
        for suf in ["nya", "lah", "kah", "pun", "tah"] {
            if lower.len() >= suf.len() + 3 && lower.ends_with(suf) {
                // `-pun` only after a vowel-final or known host; stems need a vowel.
                let stem = &lower[..lower.len() - suf.len()];
                if stem.contains(['a', 'e', 'i', 'o', 'u']) {
                    c.suffix = suf.len();
                }
                break;
            }
        }
    }
    let head = lower.split(['-']).next().unwrap_or("");
    if !KU_WORDS.iter().any(|w| head.starts_with(w)) {
        for pre in ["kau", "ku"] {
            let rest = &lower[pre.len().min(lower.len())..];
            if lower.starts_with(pre) && rest.len() >= 4 && !rest.starts_with(['a', 'e', 'i', 'o', 'u'])
                || lower.starts_with(pre) && pre == "ku" && rest.starts_with('a') && rest.len() >= 4
            {
                c.prefix = pre.len();
                break;
            }
        }
    }
    if c.prefix + c.suffix + 2 > lower.len() {
        return Clitics::default();
    }
    c
}

/// The base of a reduplicated word: `kata-kata` → `kata`, `berlari-lari` → `lari`,
/// `sebesar-besarnya` → `besar`, `sayur-mayur` → `sayur`. `None` when not reduplicated.
pub fn reduplication_base(word: &str) -> Option<&str> {
    let (a, b) = word.split_once(is_dash)?;
    let (la, lb) = (a.to_lowercase(), b.to_lowercase());
    if !is_reduplication(&la, &lb) || la.len() != a.len() || lb.len() != b.len() {
        return None;
    }
    if la == lb {
        return Some(a);
    }
    if la.ends_with(&lb) {
        return Some(b);
    }
    // The longest tail of the left part that starts the right part (`sebesar-besarnya`).
    let tails = a.char_indices().map(|(i, _)| i).filter(|&i| a.len() - i >= 3);
    for i in tails {
        if lb.starts_with(&la[i..]) {
            return Some(&a[i..]);
        }
    }
    Some(a)
}

fn number_token(s: &str, i: usize, to: usize) -> Token {
    let mut j = i;
    loop {
        while j < to && is_digit(char_at(s, j)) {
            j += char_at(s, j).len_utf8();
        }
        // A separator continues the number only when a digit follows.
        let c = char_at(s, j);
        if j < to && matches!(c, '.' | ',' | '/' | ':') {
            let k = j + 1;
            if k < to && is_digit(char_at(s, k)) {
                j = k;
                continue;
            }
        }
        break;
    }
    Token { start: i, end: j, kind: TokenKind::Number }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s).iter().map(|t| (t.text(s), t.kind)).collect()
    }

    #[test]
    fn abbreviations_keep_their_dots() {
        let s = "Rudi T. Siregar, S.I.K., M.H. dan Dr. H. M. Yusran";
        let t: Vec<&str> = texts(s).into_iter().map(|x| x.0).collect();
        assert_eq!(t, ["Rudi", "T.", "Siregar", ",", "S.I.K.", ",", "M.H.", "dan", "Dr.", "H.", "M.", "Yusran"]);
    }

    #[test]
    fn numbers_money_and_dates() {
        let t: Vec<&str> = texts("Rp2,5 miliar, 1.250 orang, Rabu (4/9) pukul 09.00 Rp50.000.000,-")
            .into_iter()
            .map(|x| x.0)
            .collect();
        assert_eq!(
            t,
            [
                "Rp",
                "2,5",
                "miliar",
                ",",
                "1.250",
                "orang",
                ",",
                "Rabu",
                "(",
                "4/9",
                ")",
                "pukul",
                "09.00",
                "Rp",
                "50.000.000",
                ",",
                "-"
            ]
        );
    }

    #[test]
    fn kinds() {
        let k = texts("KemenkumHAM DJKI kata-kata sayur-mayur sebesar-besarnya COVID-19 www.antaranews.com a@b.id #HUT @polri Makassar");
        let kinds: Vec<TokenKind> = k.iter().map(|x| x.1).collect();
        use TokenKind::*;
        assert_eq!(
            kinds,
            [
                Acronym,
                Acronym,
                Reduplication,
                Reduplication,
                Reduplication,
                Acronym,
                Url,
                Email,
                Hashtag,
                Mention,
                Word
            ]
        );
    }

    #[test]
    fn clitics_and_bases() {
        assert_eq!(clitics("rumahnya").suffix, 3);
        assert_eq!(clitics("apakah").suffix, 3);
        assert_eq!(clitics("langkah").suffix, 0);
        assert_eq!(clitics("bacalah").suffix, 3);
        assert_eq!(clitics("siapapun").suffix, 3);
        assert_eq!(clitics("kaubawa").prefix, 3);
        assert_eq!(clitics("kuat"), Clitics::default());
        assert_eq!(clitics("masalah"), Clitics::default());
        assert_eq!(reduplication_base("kata-kata"), Some("kata"));
        assert_eq!(reduplication_base("berlari-lari"), Some("lari"));
        assert_eq!(reduplication_base("sebesar-besarnya"), Some("besar"));
        assert_eq!(reduplication_base("sayur-mayur"), Some("sayur"));
        assert_eq!(reduplication_base("Jawa-Bali"), None);
    }

    #[test]
    fn more_abbreviations() {
        let t: Vec<&str> =
            texts("Pasal 378 jo. Pasal 372, maks. 4 thn. dan 17 org.").into_iter().map(|x| x.0).collect();
        assert_eq!(t, ["Pasal", "378", "jo.", "Pasal", "372", ",", "maks.", "4", "thn.", "dan", "17", "org."]);
    }

    #[test]
    fn full_width_digits_and_nbsp() {
        let s = "Rp\u{00A0}１.２５０ juta";
        let t = texts(s);
        assert_eq!(t[1], ("１.２５０", TokenKind::Number));
    }

    #[test]
    fn curly_quotes_and_soft_hyphen() {
        let s = "\u{201C}Pe\u{00AD}ngadilan\u{201D}";
        let t = texts(s);
        assert_eq!(t.len(), 3);
        assert_eq!(t[1].0, "Pe\u{00AD}ngadilan");
    }
}
