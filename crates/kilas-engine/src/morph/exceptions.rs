//! Lemma exceptions: words that look affixed but are roots (`sekarang`, `menang`), and
//! words whose root the rules would get wrong (`mengakui`: aku, not kaku).
//!
//! The list is `data/not-derived.tsv` at the workspace root (format in its header). It only
//! decides the lemma; the gloss keeps choosing its form by the longest known root.

use super::roots::FastMap;
use std::sync::LazyLock;

const DATA: &str = include_str!("../../../../data/not-derived.tsv");

/// word → root (the word itself when the file gives no root).
static LIST: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| parse(DATA).collect());

/// The `(word, root)` pairs of a list in the `not-derived.tsv` format; malformed lines (more
/// than two columns, upper case, spaces) are skipped here and rejected by the data test.
pub fn parse(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines().filter_map(|line| {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let mut cols = line.split('\t');
        let word = cols.next()?;
        let root = cols.next().filter(|r| !r.is_empty()).unwrap_or(word);
        let well_formed = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase());
        (cols.next().is_none() && well_formed(word) && well_formed(root)).then_some((word, root))
    })
}

/// Particles, then possessives: the clitics read off the end of a listed word.
const CLITICS: [&[&str]; 2] = [&["lah", "kah", "tah", "pun"], &["nya", "ku", "mu"]];

/// The root the list gives for a lower-case word, or for the word with its clitics
/// (`-nya`, `-ku`, `-mu`, `-lah`, `-kah`, `-pun`, `-tah`) taken off.
pub fn lemma_of(lower: &str) -> Option<&'static str> {
    let list = &*LIST;
    if let Some(root) = list.get(lower) {
        return Some(root);
    }
    let mut rest = lower;
    for group in CLITICS {
        if let Some(stem) = group.iter().find_map(|s| rest.strip_suffix(*s)) {
            if stem.len() < 3 {
                return None;
            }
            if let Some(root) = list.get(stem) {
                return Some(root);
            }
            rest = stem;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_their_inflections() {
        assert_eq!(lemma_of("sekarang"), Some("sekarang"));
        assert_eq!(lemma_of("sekarangpun"), Some("sekarang"));
        assert_eq!(lemma_of("pegawainya"), Some("pegawai"));
        assert_eq!(lemma_of("pegawainyalah"), Some("pegawai"));
        assert_eq!(lemma_of("mengakui"), Some("aku"));
        assert_eq!(lemma_of("kantor"), None);
        assert_eq!(lemma_of("nya"), None);
        assert_eq!(lemma_of(""), None);
    }

    #[test]
    fn parses_the_format() {
        let got: Vec<_> = parse("# c\nsebab\nmengakui\taku\nBad\nx\ty\tz\n\n").collect();
        assert_eq!(got, [("sebab", "sebab"), ("mengakui", "aku")]);
    }

    #[test]
    fn the_bundled_list_is_well_formed() {
        let n = DATA.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).count();
        assert_eq!(parse(DATA).count(), n, "every line of data/not-derived.tsv parses");
    }
}
