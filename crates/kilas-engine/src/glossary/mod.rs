//! The bundled Indonesian→English glossary.
//!
//! The truth is the human-readable TSV under `data/` at the workspace root (format in
//! `data/README.md`). `build.rs` merges the files into one list sorted by lookup key; at
//! start-up the engine only splits that text into entries (no hashing, no sorting), and looks
//! entries up by binary search. Entries borrow the embedded text: no senses are copied.

mod entry;
pub mod sources;

pub use entry::{parse_line, Entry, ParseError, Pos};

use crate::normalize::key;
use std::borrow::Cow;
use std::sync::LazyLock;

/// All entries, sorted by lower-cased key, then the lower-case spelling before others, then
/// exact form, then file order.
pub struct Glossary {
    keys: Vec<Cow<'static, str>>,
    entries: Vec<Entry>,
    /// Longest multiword entry, in words.
    max_phrase_words: usize,
}

/// Every entry, keyed and sorted by `build.rs`.
const SORTED: &str = include_str!(concat!(env!("OUT_DIR"), "/glossary-sorted.tsv"));

static GLOSSARY: LazyLock<Glossary> = LazyLock::new(|| Glossary::from_sorted(SORTED));

/// The bundled glossary (split into entries on first use).
pub fn glossary() -> &'static Glossary {
    &GLOSSARY
}

impl Glossary {
    /// A fresh copy of the bundled glossary (what [`glossary`] builds once); for measuring
    /// the start-up cost.
    pub fn bundled() -> Glossary {
        Glossary::from_sorted(SORTED)
    }

    /// Build from `key<TAB>entry line` text already sorted by key (the build output).
    fn from_sorted(text: &'static str) -> Glossary {
        let mut g = Glossary { keys: Vec::with_capacity(30_000), entries: Vec::with_capacity(30_000), max_phrase_words: 1 };
        for line in text.lines() {
            let Some((k, rest)) = line.split_once('\t') else { continue };
            if let Ok(Some(e)) = parse_line(rest) {
                g.max_phrase_words = g.max_phrase_words.max(e.form.split(' ').count());
                g.keys.push(Cow::Borrowed(k));
                g.entries.push(e);
            }
        }
        g
    }

    /// Build from `(file name, contents)` pairs, earlier files first. Lines that do not parse
    /// are skipped here; the data tests reject them.
    pub fn from_sources(files: &[(&'static str, &'static str)]) -> Glossary {
        let mut all: Vec<(String, Entry)> = Vec::new();
        for (_, text) in files {
            for line in text.lines() {
                if let Ok(Some(e)) = parse_line(line) {
                    all.push((key(e.form), e));
                }
            }
        }
        all.sort_by(|a, b| (&a.0, a.1.form != a.0, a.1.form).cmp(&(&b.0, b.1.form != b.0, b.1.form)));
        let max_phrase_words = all.iter().map(|(_, e)| e.form.split(' ').count()).max().unwrap_or(1);
        let (keys, entries) = all.into_iter().map(|(k, e)| (Cow::Owned(k), e)).unzip();
        Glossary { keys, entries, max_phrase_words }
    }

    /// All entries whose lower-cased key is `k`.
    fn range(&self, k: &str) -> &[Entry] {
        let a = self.keys.partition_point(|x| x.as_ref() < k);
        let b = a + self.keys[a..].partition_point(|x| x.as_ref() <= k);
        &self.entries[a..b]
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn max_phrase_words(&self) -> usize {
        self.max_phrase_words
    }

    /// Entries for a form: exact spelling first, else case-insensitive. Short acronyms
    /// (`MA`, `PN`) match case-insensitively only when the text is written in capitals.
    pub fn lookup(&self, form: &str) -> &[Entry] {
        let all = self.range(&key(form));
        // Entries of one key are sorted by form, so the exact spellings are contiguous.
        if let Some(a) = all.iter().position(|e| e.form == form) {
            let n = all[a..].iter().take_while(|e| e.form == form).count();
            return &all[a..a + n];
        }
        let shouting = form.chars().all(|c| !c.is_lowercase());
        if !all.is_empty() && all.iter().all(|e| e.pos == Pos::Acronym && e.form.chars().count() <= 3) && !shouting {
            return &[];
        }
        all
    }

    /// Is this lower-cased form a headword (any part of speech)?
    pub fn contains_key(&self, lower: &str) -> bool {
        !self.range(lower).is_empty()
    }

    /// Entries by lower-cased key only.
    pub fn lookup_key(&self, lower: &str) -> &[Entry] {
        self.range(lower)
    }

    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_glossary_loads() {
        let g = glossary();
        assert!(g.len() > 50);
        assert_eq!(g.lookup("kantor")[0].senses[0], "office");
        assert!(!g.lookup("Kemenkumham").is_empty());
        assert!(!g.lookup("KEMENKUMHAM").is_empty());
    }
}
