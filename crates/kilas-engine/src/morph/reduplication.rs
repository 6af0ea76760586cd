//! Reduplication: full (`negara-negara`, `pengeluaran-pengeluaran`), with affixes
//! (`berlari-lari`, `sebesar-besarnya`, `terus-menerus`) and imitative (`sayur-mayur`,
//! `bolak-balik`). The lemma is the root both halves share.

use super::{Derivation, WordAnalysis};

/// Reduplication tag in `WordAnalysis::affixes`.
pub const TAG: &str = "R";

/// Analyse `a-b` (already lower-case, one hyphen) from the analyses of its halves.
pub fn combine(a: &str, b: &str, wa: &WordAnalysis, wb: &WordAnalysis) -> Option<WordAnalysis> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    if a == b {
        let class = match wa.class {
            Derivation::Active | Derivation::Passive | Derivation::Intransitive => Derivation::Iterative,
            _ => Derivation::Plural,
        };
        // An unknown base (`masing-masing`, `debitur-debitur`) keeps the whole form.
        let lemma = if wa.known { wa.lemma.clone() } else { format!("{a}-{b}") };
        return Some(with_tag(wa, class, lemma, wa.known));
    }
    let shared = if wa.known && wb.known && wa.lemma == wb.lemma {
        Some(wa.lemma.clone())
    } else if wb.known && wb.lemma.len() >= 3 && a.contains(wb.lemma.as_str()) {
        Some(wb.lemma.clone()) // berlari-lari, sebesar-besarnya
    } else if wa.known && wa.lemma.len() >= 3 && b.contains(wa.lemma.as_str()) {
        Some(wa.lemma.clone()) // terus-menerus
    } else {
        None
    };
    if let Some(lemma) = shared {
        let mut out = if wa.lemma == lemma && wa.affixes.is_empty() { wb.clone() } else { wa.clone() };
        for x in wa.affixes.iter().chain(wb.affixes.iter()) {
            if !out.affixes.contains(x) {
                out.affixes.push(x);
            }
        }
        let class = if out.affixes.contains(&"se-") && out.affixes.contains(&"-nya") {
            Derivation::Adverbial
        } else if out.affixes.iter().any(|x| matches!(*x, "ber-" | "meN-" | "di-" | "ter-")) {
            Derivation::Iterative
        } else {
            Derivation::Plural
        };
        let root = lemma.clone();
        let mut w = with_tag(&out, class, lemma, true);
        w.root = root;
        return Some(w);
    }
    if wa.known && imitative(a, b) {
        return Some(with_tag(wa, Derivation::Plural, wa.lemma.clone(), true));
    }
    None
}

fn with_tag(w: &WordAnalysis, class: Derivation, lemma: String, known: bool) -> WordAnalysis {
    let mut out = w.clone();
    out.affixes.push(TAG);
    out.classes.retain(|c| *c != Derivation::Plain);
    out.classes.insert(0, class);
    out.class = class;
    out.lemma = lemma;
    out.known = known;
    out
}

/// Sound-play pairs: same length and same ending (`sayur-mayur`, `lauk-pauk`), or the same
/// consonants with other vowels (`bolak-balik`, `mondar-mandir`).
fn imitative(a: &str, b: &str) -> bool {
    if a.len() != b.len() || a.len() < 3 {
        return false;
    }
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let same_tail = x[1..] == y[1..];
    let is_vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let same_consonants = x.iter().zip(y).all(|(p, q)| p == q || (is_vowel(*p) && is_vowel(*q)));
    same_tail || same_consonants
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imitative_pairs() {
        assert!(imitative("sayur", "mayur"));
        assert!(imitative("bolak", "balik"));
        assert!(!imitative("non", "keuangan"));
    }
}
