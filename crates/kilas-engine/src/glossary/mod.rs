//! The bundled Indonesian→English glossary.
//!
//! The truth is the human-readable TSV under `data/` at the workspace root (format in
//! `data/README.md`). `build.rs` merges the files into one compact text grouped and sorted by
//! lookup key ([`compact`] describes the lines); at start-up the engine only finds where each
//! key's lines begin and hashes the keys into an open-addressing table (no entry is parsed,
//! nothing is copied). Entries borrow the embedded text and are parsed the first time their
//! key is looked up.

pub mod compact;
mod entry;
pub mod sources;

pub use entry::{parse_compact, parse_line, Entry, ParseError, Pos};

use crate::normalize::{fold_char, key};
use std::sync::{LazyLock, OnceLock};

/// All entries, grouped by lower-cased key. Within a key: the lower-case spelling first, then
/// other spellings grouped by form, each in file order.
pub struct Glossary {
    text: &'static str,
    /// Byte offset where each key's lines begin, plus the end of the text.
    starts: Vec<u32>,
    /// Open addressing over key hashes: (high half of the hash, key number + 1), or (_, 0) for
    /// an empty slot; the stored half lets most misses skip comparing text. The length is a
    /// power of two, at least twice the number of keys.
    slots: Vec<(u32, u32)>,
    groups: Vec<OnceLock<Box<[Entry]>>>,
    /// Longest multiword entry, in words.
    max_phrase_words: usize,
    len: usize,
}

/// Every entry, keyed and sorted by `build.rs`.
const SORTED: &str = include_str!(concat!(env!("OUT_DIR"), "/glossary-sorted.tsv"));

static GLOSSARY: LazyLock<Glossary> = LazyLock::new(Glossary::bundled);

/// The bundled glossary (indexed on first use).
pub fn glossary() -> &'static Glossary {
    &GLOSSARY
}

/// The lookup key of a form, one char at a time (what [`key`] collects).
fn key_chars(form: &str) -> impl Iterator<Item = char> + '_ {
    form.chars().filter_map(fold_char).flat_map(char::to_lowercase)
}

/// FxHash-style multiply-rotate over the chars of a key.
fn hash_chars(chars: impl Iterator<Item = char>) -> u64 {
    chars.fold(0u64, |h, c| (h.rotate_left(5) ^ u64::from(c)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95))
}

/// `hash_chars(key_chars(form))`, with a fast path for ASCII forms.
fn hash_key_of(form: &str) -> u64 {
    if form.is_ascii() {
        hash_chars(form.bytes().map(|b| char::from(fold_ascii(b))))
    } else {
        hash_chars(key_chars(form))
    }
}

/// Does the key of `form` equal `k`? ASCII forms (nearly all) are compared byte by byte:
/// folding maps ASCII to ASCII one to one (whitespace to a space, a backtick to `'`).
fn key_is(form: &str, k: &str) -> bool {
    if form.is_ascii() {
        form.len() == k.len() && form.bytes().zip(k.bytes()).all(|(f, k)| fold_ascii(f) == k)
    } else {
        key_chars(form).eq(k.chars())
    }
}

/// The key of a short ASCII form, folded into `buf` without allocating (what [`key`] gives).
fn ascii_key<'b>(form: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    if !form.is_ascii() || form.len() > buf.len() {
        return None;
    }
    let out = buf.get_mut(..form.len())?;
    for (d, s) in out.iter_mut().zip(form.bytes()) {
        *d = fold_ascii(s);
    }
    std::str::from_utf8(out).ok()
}

fn fold_ascii(b: u8) -> u8 {
    match b {
        b'`' => b'\'',
        b if b.is_ascii_whitespace() || b == 0x0B => b' ',
        b => b.to_ascii_lowercase(),
    }
}

impl Glossary {
    /// A fresh copy of the bundled glossary (what [`glossary`] builds once).
    pub fn bundled() -> Glossary {
        Glossary::index(SORTED)
    }

    /// Index a compact text: where each key's lines begin, and the hash table of keys. One
    /// pass over the bytes; ASCII keys (nearly all) are hashed without Unicode folding.
    fn index(text: &'static str) -> Glossary {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(bytes.len() / 32);
        let mut max_phrase_words = 1;
        let mut len = 0;
        // One pass, one byte at a time: a line that does not begin with a TAB starts a key;
        // the spaces of its form count the words of the key.
        let (mut line_start, mut in_form, mut words) = (true, false, 1);
        for (i, &b) in bytes.iter().enumerate() {
            if line_start {
                line_start = false;
                if b == b'\n' {
                    line_start = true;
                    continue;
                }
                len += 1;
                if b != b'\t' {
                    starts.push(i as u32);
                    (in_form, words) = (true, 1);
                }
            }
            match b {
                b'\n' => {
                    line_start = true;
                    in_form = false;
                }
                b'\t' if in_form => {
                    in_form = false;
                    max_phrase_words = max_phrase_words.max(words);
                }
                b' ' if in_form => words += 1,
                _ => {}
            }
        }
        if in_form {
            max_phrase_words = max_phrase_words.max(words);
        }
        starts.push(text.len() as u32);
        let keys = starts.len() - 1;
        let mut slots = vec![(0u32, 0u32); (2 * keys).next_power_of_two().max(2)];
        let mask = slots.len() - 1;
        let mut g = Glossary { text, starts, slots: vec![], groups: vec![], max_phrase_words, len };
        for i in 0..keys {
            let h = hash_key_of(g.first_form(i));
            let mut s = h as usize & mask;
            while slots[s].1 != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = ((h >> 32) as u32, i as u32 + 1);
        }
        g.slots = slots;
        g.groups = (0..keys).map(|_| OnceLock::new()).collect();
        g
    }

    /// Build from `(file name, contents)` pairs, earlier files first, as `build.rs` does (for
    /// tests and tools; the text is leaked, which is fine for a process-long table). Lines that
    /// do not parse are skipped here; the data tests reject them.
    pub fn from_sources(files: &[(&'static str, &'static str)]) -> Glossary {
        let (text, _) = compact::merge(files.iter().map(|(_, t)| *t));
        Glossary::index(Box::leak(text.into_boxed_str()))
    }

    /// The lines of key number `i`.
    fn block(&self, i: usize) -> &'static str {
        let (Some(&a), Some(&b)) = (self.starts.get(i), self.starts.get(i + 1)) else { return "" };
        self.text.get(a as usize..b as usize).unwrap_or("")
    }

    /// The form on the first line of key number `i` (its key is that form's key).
    fn first_form(&self, i: usize) -> &'static str {
        let b = self.block(i);
        b.bytes().position(|c| c == b'\t' || c == b'\n').and_then(|n| b.get(..n)).unwrap_or(b)
    }

    /// All entries whose lower-cased key is `k`.
    fn range(&self, k: &str) -> &[Entry] {
        let mask = self.slots.len() - 1;
        let h = hash_chars(k.chars());
        let high = (h >> 32) as u32;
        let mut s = h as usize & mask;
        loop {
            match self.slots[s] {
                (_, 0) => return &[],
                (hh, n) if hh == high => {
                    let i = n as usize - 1;
                    if key_is(self.first_form(i), k) {
                        return self.group(i);
                    }
                }
                _ => {}
            }
            s = (s + 1) & mask;
        }
    }

    /// The entries of key number `i`, parsed on first use.
    fn group(&self, i: usize) -> &[Entry] {
        self.groups[i].get_or_init(|| self.block(i).lines().filter_map(parse_compact).collect())
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
        let mut buf = [0u8; 64];
        let all = match ascii_key(form, &mut buf) {
            Some(k) => self.range(k),
            None => self.range(&key(form)),
        };
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
        assert!(g.lookup("xyzzy-not-a-word").is_empty());
        assert!(g.lookup("").is_empty());
    }

    /// The compact text keeps every entry and every field the engine reads: each key gives
    /// exactly the entries of the data files, in the same order (domains the engine never
    /// reads are dropped).
    #[test]
    fn compact_text_is_lossless() {
        let mut expected: Vec<(String, bool, &str, usize, usize, Entry)> = Vec::new();
        for (rank, (_, text)) in sources::FILES.iter().enumerate() {
            for (n, line) in text.lines().enumerate() {
                if let Ok(Some(mut e)) = parse_line(line) {
                    e.domain = e.domain.filter(|d| compact::KEPT_DOMAINS.contains(d));
                    let k = key(e.form);
                    expected.push((k.clone(), e.form != k, e.form, rank, n, e));
                }
            }
        }
        expected.sort_by(|a, b| (&a.0, a.1, a.2, a.3, a.4).cmp(&(&b.0, b.1, b.2, b.3, b.4)));
        let g = Glossary::bundled();
        assert_eq!(g.len(), expected.len());
        let mut i = 0;
        while i < expected.len() {
            let k = &expected[i].0;
            let n = expected[i..].iter().take_while(|x| &x.0 == k).count();
            let want: Vec<&Entry> = expected[i..i + n].iter().map(|x| &x.5).collect();
            let got: Vec<&Entry> = g.lookup_key(k).iter().collect();
            assert_eq!(got, want, "key {k}");
            i += n;
        }
        let max = expected.iter().map(|x| x.0.split(' ').count()).max().unwrap_or(1);
        assert_eq!(g.max_phrase_words(), max);
        assert_eq!(Glossary::from_sources(sources::FILES).len(), expected.len());
    }

    #[test]
    fn ascii_keys_fold_like_key() {
        let mut buf = [0u8; 64];
        for s in ["Kantor", "DJKI", "a\tb", "it`s", "x\u{b}y", "Rp2,5", ""] {
            assert_eq!(ascii_key(s, &mut buf).map(str::to_string), Some(key(s)), "{s:?}");
            assert!(key_is(s, &key(s)));
            assert_eq!(hash_key_of(s), hash_chars(key(s).chars()));
        }
        assert_eq!(ascii_key("é", &mut buf), None);
        assert_eq!(ascii_key(&"a".repeat(65), &mut buf), None);
    }

    #[test]
    fn compact_lines_round_trip() {
        let text = "Wates\tplace\tWates\t\tplace\nWates\tn\tsomething;else\nX\tplace\tY\t\tgov\n# c\n\
                    bad\tn\ta;;b\n bad\tn\tb\nbad\tzz\tb\n";
        let g = Glossary::from_sources(&[("t.tsv", text)]);
        let w = g.lookup_key("wates");
        assert_eq!(w.len(), 2);
        assert_eq!((w[0].senses.as_slice(), w[0].domain), (&["Wates"][..], Some("place")));
        assert_eq!(w[1].senses, ["something", "else"]);
        assert_eq!(g.lookup_key("x")[0].domain, None);
        assert!(g.lookup_key("bad").is_empty(), "lines parse_line rejects stay out");
    }
}
