//! The bundled Indonesian→English glossary.
//!
//! The truth is the human-readable TSV under `data/` at the workspace root (format in
//! `data/README.md`). The files are embedded with `include_str!` and parsed once, on first
//! use, into hash maps that borrow the embedded text: no copies of the senses are made.

mod entry;
pub mod sources;

pub use entry::{parse_line, Entry, ParseError, Pos};

use crate::normalize::key;
use std::collections::HashMap;
use std::sync::LazyLock;

/// All entries, indexed by exact form, by lower-cased key, and by phrase.
pub struct Glossary {
    exact: HashMap<&'static str, Vec<Entry>>,
    folded: HashMap<String, Vec<Entry>>,
    /// Longest multiword entry, in words.
    max_phrase_words: usize,
    len: usize,
}

static GLOSSARY: LazyLock<Glossary> = LazyLock::new(|| Glossary::from_sources(sources::FILES));

/// The bundled glossary (parsed on first use).
pub fn glossary() -> &'static Glossary {
    &GLOSSARY
}

impl Glossary {
    /// Build from `(file name, contents)` pairs. Lines that do not parse are skipped here;
    /// the data tests reject them.
    pub fn from_sources(files: &[(&'static str, &'static str)]) -> Glossary {
        let mut g = Glossary { exact: HashMap::new(), folded: HashMap::new(), max_phrase_words: 1, len: 0 };
        for (_, text) in files {
            for line in text.lines() {
                if let Ok(Some(e)) = parse_line(line) {
                    g.insert(e);
                }
            }
        }
        g
    }

    fn insert(&mut self, e: Entry) {
        let words = e.form.split(' ').count();
        self.max_phrase_words = self.max_phrase_words.max(words);
        self.len += 1;
        self.exact.entry(e.form).or_default().push(e.clone());
        self.folded.entry(key(e.form)).or_default().push(e);
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn max_phrase_words(&self) -> usize {
        self.max_phrase_words
    }

    /// Entries for a form: exact spelling first, else case-insensitive. Short acronyms
    /// (`MA`, `PN`) match case-insensitively only when the text is written in capitals.
    pub fn lookup(&self, form: &str) -> &[Entry] {
        if let Some(v) = self.exact.get(form) {
            return v;
        }
        let k = key(form);
        match self.folded.get(&k) {
            Some(v) => {
                let shouting = form.chars().all(|c| !c.is_lowercase());
                if v.iter().all(|e| e.pos == Pos::Acronym && e.form.chars().count() <= 3) && !shouting {
                    &[]
                } else {
                    v
                }
            }
            None => &[],
        }
    }

    /// Is this lower-cased form a headword (any part of speech)?
    pub fn contains_key(&self, lower: &str) -> bool {
        self.folded.contains_key(lower)
    }

    /// Entries by lower-cased key only.
    pub fn lookup_key(&self, lower: &str) -> &[Entry] {
        self.folded.get(lower).map_or(&[], Vec::as_slice)
    }

    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.exact.values().flatten()
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
