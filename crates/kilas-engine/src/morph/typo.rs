//! Typo-tolerant fallback for press-copy slips: a word that is unknown but one edit away
//! (a dropped, doubled, swapped or mistyped letter) from a form the analyser knows,
//! e.g. `mningkatkan` → `meningkatkan`.
//!
//! It only runs on unknown lower-case words of eight letters or more, and tries the cheap,
//! common slips first: a dropped vowel, an extra letter, two swapped letters, a wrong vowel.

use super::candidates::{generate, Candidates};
use super::roots::Roots;
use super::stem::MAX_LEN;

/// Shortest word worth correcting: shorter unknown words are more often names, loans or
/// English (`miliar`, `member`, `people`) than slips.
const MIN_LEN: usize = 8;
/// Shortest root a correction may produce.
const MIN_ROOT: usize = 5;
/// Edits are tried this close to either end, where the affixes are.
const ZONE: usize = 4;
const VOWELS: &[u8] = b"aeiou";
/// Consonants tried for a dropped letter: the nasals of meN-/peN-, the r of ber-/ter-, the k of
/// -kan, and h and t, the initials meN- keeps or swallows (menghadirkan, menyatakan).
const CONSONANTS: &[u8] = b"ngrkht";

/// The corrected word and its readings, if one edit in the affix zone (the first or last
/// four letters) makes the word an affixed form of a root of at least five letters.
pub fn correct<R: Roots + ?Sized>(lower: &str, roots: &R, out: &mut Candidates) -> Option<String> {
    let b = lower.as_bytes();
    if b.len() < MIN_LEN || b.len() >= MAX_LEN || !b.iter().all(u8::is_ascii_lowercase) {
        return None;
    }
    let mut buf = [0u8; MAX_LEN];
    let in_zone = |i: usize| i <= ZONE || i + ZONE >= b.len();
    let try_word = |w: &[u8], out: &mut Candidates| -> Option<String> {
        let s = std::str::from_utf8(w).ok()?;
        generate(s, roots, out);
        out.retain(|c| {
            c.root.len() >= MIN_ROOT
                && !c.compound
                && !c.is_bare()
                && (c.prefix_count() > 0 || c.derivational().is_some())
        });
        (!out.is_empty()).then(|| s.to_string())
    };
    // A dropped letter: insert a vowel, then a common consonant, at each position.
    for letters in [VOWELS, CONSONANTS] {
        for i in 1..=b.len() {
            if !in_zone(i) {
                continue;
            }
            for &l in letters {
                let n = b.len() + 1;
                buf[..i].copy_from_slice(&b[..i]);
                buf[i] = l;
                buf[i + 1..n].copy_from_slice(&b[i..]);
                if let Some(w) = try_word(&buf[..n], out) {
                    return Some(w);
                }
            }
        }
    }
    // An extra letter.
    for i in 1..b.len() {
        if !in_zone(i) {
            continue;
        }
        let n = b.len() - 1;
        buf[..i].copy_from_slice(&b[..i]);
        buf[i..n].copy_from_slice(&b[i + 1..]);
        if let Some(w) = try_word(&buf[..n], out) {
            return Some(w);
        }
    }
    // Two letters swapped.
    for i in 1..b.len() - 1 {
        if !in_zone(i) {
            continue;
        }
        buf[..b.len()].copy_from_slice(b);
        buf.swap(i, i + 1);
        if let Some(w) = try_word(&buf[..b.len()], out) {
            return Some(w);
        }
    }
    // A wrong vowel.
    for i in 1..b.len() {
        if !in_zone(i) {
            continue;
        }
        if !VOWELS.contains(&b[i]) {
            continue;
        }
        for &v in VOWELS {
            if v == b[i] {
                continue;
            }
            buf[..b.len()].copy_from_slice(b);
            buf[i] = v;
            if let Some(w) = try_word(&buf[..b.len()], out) {
                return Some(w);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Pos;
    use crate::morph::roots::RootSet;

    #[test]
    fn fixes_slips_in_affixes_only() {
        let mut r = RootSet::default();
        r.insert("tingkat", Pos::Noun);
        r.insert("juga", Pos::Adverb);
        let mut c = Vec::new();
        assert_eq!(correct("mningkatkan", &r, &mut c).as_deref(), Some("meningkatkan"));
        assert_eq!(correct("meningkatan", &r, &mut c).as_deref(), Some("meningkatkan"));
        assert_eq!(correct("tingkta", &r, &mut c), None);
        assert_eq!(correct("jaga", &r, &mut c), None);
    }
}
