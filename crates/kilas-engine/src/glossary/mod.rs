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
use std::sync::{LazyLock, OnceLock};

/// All entries, grouped by lower-cased key (sorted). Within a key: the lower-case spelling
/// first, then other spellings grouped by form, each in file order. The text is the
/// `key<TAB>entry` lines written by `build.rs`, with the offset of each key's first line; a
/// key's entries are parsed the first time that key is looked up, so start-up costs almost
/// nothing.
pub struct Glossary {
    text: &'static str,
    /// Byte offset where each key's lines begin, plus the end of the text.
    starts: Vec<u32>,
    groups: Vec<OnceLock<Box<[Entry]>>>,
    /// Longest multiword entry, in words.
    max_phrase_words: usize,
    len: usize,
}

/// Every entry, keyed and sorted by `build.rs`, and its index.
const SORTED: &str = include_str!(concat!(env!("OUT_DIR"), "/glossary-sorted.tsv"));
const INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/glossary-index.bin"));

static GLOSSARY: LazyLock<Glossary> = LazyLock::new(Glossary::bundled);

/// The bundled glossary (indexed on first use).
pub fn glossary() -> &'static Glossary {
    &GLOSSARY
}

impl Glossary {
    /// A fresh copy of the bundled glossary (what [`glossary`] builds once).
    pub fn bundled() -> Glossary {
        let mut words = INDEX.chunks_exact(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        let max_phrase_words = words.next().unwrap_or(1) as usize;
        let len = words.next().unwrap_or(0) as usize;
        let starts: Vec<u32> = words.collect();
        Glossary::with_index(SORTED, starts, max_phrase_words, len)
    }

    fn with_index(text: &'static str, starts: Vec<u32>, max_phrase_words: usize, len: usize) -> Glossary {
        let groups = (0..starts.len().saturating_sub(1)).map(|_| OnceLock::new()).collect();
        Glossary { text, starts, groups, max_phrase_words, len }
    }

    /// Build from `(file name, contents)` pairs, earlier files first, as `build.rs` does (for
    /// tests and tools; the text is leaked, which is fine for a process-long table). Lines that
    /// do not parse are skipped here; the data tests reject them.
    pub fn from_sources(files: &[(&'static str, &'static str)]) -> Glossary {
        let mut all: Vec<(String, &str, &str)> = Vec::new();
        for (_, text) in files {
            for line in text.lines() {
                if let Ok(Some(e)) = parse_line(line) {
                    all.push((key(e.form), e.form, line));
                }
            }
        }
        all.sort_by(|a, b| (&a.0, a.1 != a.0, a.1).cmp(&(&b.0, b.1 != b.0, b.1)));
        let mut text = String::new();
        let mut starts = Vec::new();
        let mut max_words = 1;
        for (i, (k, _, line)) in all.iter().enumerate() {
            if i == 0 || all[i - 1].0 != *k {
                starts.push(text.len() as u32);
                max_words = max_words.max(k.split(' ').count());
            }
            text.push_str(k);
            text.push('\t');
            text.push_str(line);
            text.push('\n');
        }
        starts.push(text.len() as u32);
        Glossary::with_index(Box::leak(text.into_boxed_str()), starts, max_words, all.len())
    }

    /// The `key<TAB>entry` lines of key number `i`.
    fn block(&self, i: usize) -> &'static str {
        let (a, b) = (self.starts[i] as usize, self.starts[i + 1] as usize);
        self.text.get(a..b).unwrap_or("")
    }

    fn key_at(&self, i: usize) -> &'static [u8] {
        let b = self.block(i).as_bytes();
        let end = b.iter().position(|&c| c == b'\t').unwrap_or(b.len());
        &b[..end]
    }

    /// All entries whose lower-cased key is `k`.
    fn range(&self, k: &str) -> &[Entry] {
        let mut lo = 0;
        let mut hi = self.groups.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.key_at(mid).cmp(k.as_bytes()) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return self.group(mid),
            }
        }
        &[]
    }

    /// The entries of key number `i`, parsed on first use.
    fn group(&self, i: usize) -> &[Entry] {
        self.groups[i].get_or_init(|| {
            self.block(i)
                .lines()
                .filter_map(|l| l.split_once('\t'))
                .filter_map(|(_, rest)| parse_line(rest).ok().flatten())
                .collect()
        })
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

    /// Every entry (parses all of them: for tests and tools, not for the hot path).
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        (0..self.groups.len()).flat_map(move |i| self.group(i).iter())
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
