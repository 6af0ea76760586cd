//! The root index: which lower-case forms may serve as a root, and their word class.
//!
//! Roots come only from the project's glossary (`crate::glossary`). The index is built once,
//! on first use, into a hash map with a small fast hasher (the analyser probes it dozens of
//! times per word, so the default SipHash would dominate the cost).

use crate::glossary::{glossary, Pos};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// Word-class facts about a root, as a bit set over glossary parts of speech.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RootInfo {
    mask: u32,
}

const fn bit(p: Pos) -> u32 {
    1 << (p as u32)
}

const CLOSED: u32 = bit(Pos::Pronoun)
    | bit(Pos::Preposition)
    | bit(Pos::Conjunction)
    | bit(Pos::Numeral)
    | bit(Pos::Determiner)
    | bit(Pos::Particle)
    | bit(Pos::Interjection)
    | bit(Pos::Classifier);

impl RootInfo {
    /// A root with the given parts of speech.
    pub fn of(parts: &[Pos]) -> RootInfo {
        RootInfo { mask: parts.iter().fold(0, |m, p| m | bit(*p)) }
    }

    fn add(&mut self, p: Pos) {
        self.mask |= bit(p);
    }

    pub fn has(self, p: Pos) -> bool {
        self.mask & bit(p) != 0
    }

    /// Only function-word classes (preposition, conjunction, particle, numeral …).
    pub fn is_closed(self) -> bool {
        self.mask != 0 && self.mask & !CLOSED == 0
    }

    /// Only function-word classes or adverbs (`semakin`, `makin`, `sebelum`, `belum`).
    pub fn is_functional(self) -> bool {
        self.mask != 0 && self.mask & !(CLOSED | bit(Pos::Adverb)) == 0
    }

    /// Any content-word class (noun, verb, adjective, adverb, title, unit).
    pub fn is_open(self) -> bool {
        self.mask & !CLOSED != 0
    }

    /// This part of speech and no other.
    pub fn is_only(self, p: Pos) -> bool {
        self.mask == bit(p)
    }

    pub fn is_verb(self) -> bool {
        self.has(Pos::Verb)
    }

    pub fn is_adjective(self) -> bool {
        self.has(Pos::Adjective)
    }
}

/// Anything that answers "is this lower-case form a root?" (the glossary, or a test set).
pub trait Roots {
    /// The word class of a root, if `lower` is one.
    fn get(&self, lower: &str) -> Option<RootInfo>;

    /// Is `lower` a headword of any kind (roots, but also acronyms and names)?
    fn is_headword(&self, lower: &str) -> bool {
        self.get(lower).is_some()
    }
}

/// FxHash-style hasher: a multiply-rotate per byte. Keys are short ASCII words.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        self.0 = h;
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A root set held in memory (the glossary index, or a set built by tests and benchmarks).
#[derive(Default)]
pub struct RootSet {
    map: FastMap<Box<str>, RootInfo>,
}

impl RootSet {
    /// Add a lower-case form with one part of speech.
    pub fn insert(&mut self, lower: &str, pos: Pos) {
        self.map.entry(lower.into()).or_default().add(pos);
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl Roots for RootSet {
    fn get(&self, lower: &str) -> Option<RootInfo> {
        self.map.get(lower).copied()
    }
}

/// Glossary parts of speech that can be the root of an affixed word. Names, places,
/// organisations, acronyms and phrases are headwords but never roots.
fn is_root_pos(p: Pos) -> bool {
    !matches!(
        p,
        Pos::Acronym | Pos::Abbreviation | Pos::Organization | Pos::Place | Pos::Country | Pos::Name | Pos::Phrase
    )
}

static GLOSSARY_ROOTS: LazyLock<RootSet> = LazyLock::new(|| {
    let mut set = RootSet::default();
    for e in glossary().entries() {
        if is_root_pos(e.pos) && !e.form.contains(' ') {
            set.insert(&crate::normalize::key(e.form), e.pos);
        }
    }
    set
});

/// The root index of the bundled glossary.
pub fn glossary_roots() -> &'static GlossaryRoots {
    &GlossaryRoots
}

/// The bundled glossary as a root source: roots from its word entries, headwords from all.
pub struct GlossaryRoots;

impl Roots for GlossaryRoots {
    fn get(&self, lower: &str) -> Option<RootInfo> {
        GLOSSARY_ROOTS.get(lower)
    }

    fn is_headword(&self, lower: &str) -> bool {
        GLOSSARY_ROOTS.get(lower).is_some() || glossary().contains_key(lower)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glossary_roots_hold_lemmas_not_acronyms() {
        let r = glossary_roots();
        assert!(r.get("kantor").is_some());
        assert!(r.get("kemenkumham").is_none());
        assert!(r.get("dan").is_some_and(RootInfo::is_closed));
    }

    #[test]
    fn classes() {
        let i = RootInfo::of(&[Pos::Conjunction, Pos::Adjective]);
        assert!(i.is_open() && !i.is_closed() && i.is_adjective());
    }
}
