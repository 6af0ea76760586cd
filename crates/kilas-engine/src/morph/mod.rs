//! Indonesian morphology: word form → root + affixes + English derivation class.
//!
//! Roots are checked against the project's own glossary headwords (never an external root
//! list). One word is read every possible way (prefix allomorphs with restored initials,
//! stacked prefixes, confixes, suffixes, particles, reduplication, affixed compounds); the
//! glossary decides which readings exist, and two rankings pick:
//!
//! * [`WordAnalysis::root`], the form to gloss with: the word itself when it is a headword,
//!   else the longest known root (an attested derived headword such as `kekayaan` inside
//!   `kekayaannya` beats its decomposition);
//! * [`WordAnalysis::lemma`], the dictionary root in the Universal Dependencies convention
//!   (`pendapatan` → `dapat`, `tersebut` → `sebut`, `negara-negara` → `negara`).
//!
//! Modules: [`prefixes`], [`suffixes`], [`confixes`], [`reduplication`], [`candidates`]
//! (generation and ranking), [`typo`] (one-edit fallback), [`english`] (loanword endings),
//! [`roots`] (the root index built from the glossary).

pub mod candidates;
pub mod confixes;
pub mod english;
pub mod exceptions;
pub mod memo;
pub mod prefixes;
pub mod reduplication;
pub mod roots;
pub mod stem;
pub mod suffixes;
pub mod typo;

use candidates::{best_head, best_lemma, generate, Candidate};
use roots::{glossary_roots, Roots};
use serde::Serialize;

/// What the affixes do, as far as the English gloss is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Derivation {
    /// The form is a headword itself, or no affix changes its English.
    #[default]
    Plain,
    /// di-X: "X-ed".
    Passive,
    /// meN-X, meN-X-kan, meN-X-i, ku-X, kau-X: an active verb.
    Active,
    /// peN-X: "X-er".
    Agentive,
    /// peN-X-an, ke-X-an, per-X-an, X-an: a noun.
    Nominal,
    /// ter-X: "X-ed", "accidentally X-ed".
    Stative,
    /// ber-X: "have X" or an intransitive verb.
    Intransitive,
    /// Reduplication of a noun: plural.
    Plural,
    /// -kan, per-X: "make X", "X for someone".
    Causative,
    /// -i: "X at/on", a transitive verb from a noun or adjective.
    Applicative,
    /// ber-X-an: "X each other", "X in numbers".
    Reciprocal,
    /// -nya, -ku, -mu after a noun: "his/her/its/the X", "my X", "your X".
    Possessive,
    /// ter- + adjective: "most X".
    Superlative,
    /// ke- + numeral: ordinal, "second".
    Ordinal,
    /// se- + X: "one X", "as X as", "the same X".
    Equative,
    /// se-X-nya: an adverb, "as X as possible", "X-ly".
    Adverbial,
    /// Reduplication of a verb: repeated or continuous action.
    Iterative,
    /// A loanword ending with a regular English counterpart (-isasi, -isme, -itas, -if, -is).
    Loanword,
}

/// The analysis of one word form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WordAnalysis {
    /// The headword to gloss with (lower case): the word itself when it is a headword, else
    /// the longest known root inside it.
    pub root: String,
    /// Affixes of `root` in reading order, written `meN-`, `per-`, `-kan`, `-nya`; `R` marks
    /// reduplication.
    pub affixes: Vec<&'static str>,
    /// The main English derivation class (`classes[0]`).
    pub class: Derivation,
    /// Did the root (or the whole form) match a glossary headword?
    pub known: bool,
    /// The dictionary root, Universal Dependencies style (`pertumbuhan` → `tumbuh`).
    pub lemma: String,
    /// The affixes around `lemma` (`per-`, `-an`), when they differ from `affixes`.
    pub lemma_affixes: Vec<&'static str>,
    /// Every derivation class that applies, the main one first (`di-…-kan`: passive, causative).
    pub classes: Vec<Derivation>,
    /// The analysis is of a corrected spelling (one edit away: `mningkatkan`).
    pub typo: bool,
    /// The corrected spelling, when `typo`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corrected: Option<String>,
    /// For loanwords: the English counterpart by rule (`modernisasi` → `modernization`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub english: Option<String>,
}

impl WordAnalysis {
    fn plain(lower: String, known: bool) -> WordAnalysis {
        WordAnalysis {
            root: lower.clone(),
            affixes: vec![],
            class: Derivation::Plain,
            known,
            lemma: lower,
            lemma_affixes: vec![],
            classes: vec![Derivation::Plain],
            typo: false,
            corrected: None,
            english: None,
        }
    }
}

/// One ranked reading, for tools that show the alternatives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reading {
    pub root: String,
    pub affixes: Vec<&'static str>,
    pub classes: Vec<Derivation>,
}

/// Analyse one word form against the bundled glossary.
///
/// Answers are remembered per thread (see [`memo`]): a document repeats its words, and the
/// gloss, the facts and the token list each ask about every word.
pub fn analyze_word(word: &str) -> WordAnalysis {
    memo::analyze_cached(word, |w| analyze_with(w, glossary_roots()))
}

/// The root of a word form (lower case), Universal Dependencies style: the same as
/// `analyze_word(word).lemma`, except that a word read as a typo of another keeps its own
/// spelling here (the lemma never guesses). Fast path: no typo search, few allocations.
pub fn lemma(word: &str) -> String {
    lemma_with(word, glossary_roots())
}

/// [`lemma`] against any root source.
pub fn lemma_with<R: Roots + ?Sized>(word: &str, roots: &R) -> String {
    // Plain ASCII letters (nearly every word) are lower-cased on the stack; anything else
    // goes through the full folding of `normalize::key`.
    let folded = ascii_lower(word);
    let owned;
    let lower: &str = match &folded {
        Some(s) => s.as_str(),
        None => {
            owned = crate::normalize::key(word);
            if owned.contains('-') {
                return analyze_with(word, roots).lemma;
            }
            &owned
        }
    };
    let mut cands = Vec::with_capacity(8);
    generate(lower, roots, &mut cands);
    if let Some(root) = exceptions::lemma_of(lower) {
        let reading = listed_reading(&cands, root);
        if initial_capital(word) && reading.is_some_and(|c| is_confix_noun(c.prefixes().next(), c.derivational())) {
            return lower.to_string();
        }
        return root.to_string();
    }
    pick_lemma(word, lower, &cands, roots)
}

/// The reading behind a listed lemma exception (fewest affixes), if the rules found it.
fn listed_reading<'c>(cands: &'c [Candidate], root: &str) -> Option<&'c Candidate> {
    cands.iter().filter(|c| c.root_str() == root).min_by_key(|c| c.affix_count())
}

/// The lemma among `cands`, the readings of `lower`.
fn pick_lemma<R: Roots + ?Sized>(word: &str, lower: &str, cands: &[Candidate], roots: &R) -> String {
    let best = best_lemma(cands, roots.get(lower)).filter(|c| candidates::lemma_reading(c, lower));
    match best {
        Some(c) if !(initial_capital(word) && is_confix_noun(c.prefixes().next(), c.derivational())) => {
            c.root_str().to_string()
        }
        _ => lower.to_string(),
    }
}

/// `word` lower-cased into an inline buffer, when it is ASCII letters only.
fn ascii_lower(word: &str) -> Option<stem::Stem> {
    if word.is_empty() || word.len() > stem::MAX_LEN || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut buf = [0u8; stem::MAX_LEN];
    for (d, s) in buf.iter_mut().zip(word.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    let s = std::str::from_utf8(&buf[..word.len()]).ok()?;
    stem::Stem::join("", s)
}

/// Every reading of a word whose root is known, most likely gloss reading first.
pub fn readings(word: &str) -> Vec<Reading> {
    let lower = crate::normalize::key(word);
    let roots = glossary_roots();
    let mut c = Vec::new();
    generate(&lower, roots, &mut c);
    c.sort_by_key(|x| (std::cmp::Reverse(x.root.len()), x.compound, x.affix_count(), x.restored));
    c.iter()
        .map(|x| Reading { root: x.root_str().to_string(), affixes: x.affix_tags(), classes: classes_of(x) })
        .collect()
}

/// Analyse one word form against any root source (tests and benchmarks use their own).
pub fn analyze_with<R: Roots + ?Sized>(word: &str, roots: &R) -> WordAnalysis {
    let lower = crate::normalize::key(word);
    // Capitalised words are mostly names: never "correct" them.
    let may_be_typo = !word.chars().any(char::is_uppercase);
    let mut w = if lower.contains('-') {
        analyze_hyphenated(&lower, roots)
    } else {
        analyze_single(&lower, roots, may_be_typo)
    };
    if w.english.is_none() && w.affixes.is_empty() {
        if let Some(en) = english::english_counterpart(&lower) {
            w.english = Some(en);
            if !w.known || w.class == Derivation::Plain {
                w.class = Derivation::Loanword;
                w.classes = vec![Derivation::Loanword];
            }
        }
    }
    if keeps_capitalised_form(word, &w) {
        w.lemma = lower;
    }
    w
}

/// A capitalised confix noun (peN-…-an, ke-…-an, per-…-an) is usually part of a name
/// (`Kementerian Keuangan`, `Badan Pertanahan`): the treebank convention, and the gloss,
/// keep it whole.
fn keeps_capitalised_form(word: &str, w: &WordAnalysis) -> bool {
    let a = &w.lemma_affixes;
    initial_capital(word)
        && a.first().is_some_and(|p| matches!(*p, "peN-" | "pe-" | "ke-" | "per-"))
        && a.contains(&"-an")
}

/// `Keuangan`, not `KEUANGAN` or `keuangan`.
fn initial_capital(word: &str) -> bool {
    let mut cs = word.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
}

fn is_confix_noun(outer: Option<prefixes::Prefix>, derivational: Option<suffixes::Suffix>) -> bool {
    use prefixes::Prefix as P;
    matches!(outer, Some(P::PeN | P::Pe | P::Ke | P::Per)) && derivational == Some(suffixes::Suffix::An)
}

fn classes_of(c: &Candidate) -> Vec<Derivation> {
    let pre: Vec<_> = c.prefixes().collect();
    let suf: Vec<_> = c.suffixes().collect();
    confixes::classes(&pre, c.info, &suf)
}

fn from_candidate(c: &Candidate) -> (String, Vec<&'static str>, Vec<Derivation>) {
    (c.root_str().to_string(), c.affix_tags(), classes_of(c))
}

/// A word without hyphens.
fn analyze_single<R: Roots + ?Sized>(lower: &str, roots: &R, allow_typo: bool) -> WordAnalysis {
    let mut cands = Vec::with_capacity(8);
    generate(lower, roots, &mut cands);
    let headword = roots.is_headword(lower);
    if cands.is_empty() {
        if !headword && allow_typo && exceptions::lemma_of(lower).is_none() {
            if let Some(fixed) = typo::correct(lower, roots, &mut cands) {
                let mut w = analyze_single(&fixed, roots, false);
                w.typo = true;
                w.corrected = Some(fixed);
                return w;
            }
        }
        let mut w = WordAnalysis::plain(lower.to_string(), headword);
        if let Some(root) = exceptions::lemma_of(lower) {
            w.lemma = root.to_string();
        }
        return w;
    }
    let whole = roots.get(lower);
    let best = best_lemma(&cands, whole).filter(|c| candidates::lemma_reading(c, lower));
    let (lemma, lemma_affixes) = match (exceptions::lemma_of(lower), best) {
        (Some(root), _) => (root.to_string(), listed_reading(&cands, root).map_or(vec![], Candidate::affix_tags)),
        (None, Some(c)) => (c.root_str().to_string(), c.affix_tags()),
        (None, None) => (lower.to_string(), vec![]),
    };
    let head = if headword { cands.iter().find(|c| c.is_bare()) } else { best_head(&cands) };
    let Some(head) = head else {
        let mut w = WordAnalysis::plain(lower.to_string(), true);
        w.lemma = lemma;
        w.lemma_affixes = lemma_affixes;
        return w;
    };
    let (root, affixes, classes) = from_candidate(head);
    WordAnalysis {
        root,
        affixes,
        class: classes[0],
        known: true,
        lemma,
        lemma_affixes,
        classes,
        typo: false,
        corrected: None,
        english: None,
    }
}

/// `negara-negara`, `berlari-lari`, `sayur-mayur`, `non-keuangan`, `ke-10`.
fn analyze_hyphenated<R: Roots + ?Sized>(lower: &str, roots: &R) -> WordAnalysis {
    let headword = roots.is_headword(lower);
    let parts = lower.split_once('-').filter(|(_, b)| !b.contains('-'));
    let combined = parts.and_then(|(a, b)| {
        let wa = analyze_single(a, roots, false);
        let wb = analyze_single(b, roots, false);
        reduplication::combine(a, b, &wa, &wb)
    });
    match combined {
        Some(mut w) => {
            if headword {
                // A lexicalised reduplication (`kupu-kupu`, `rata-rata`) glosses whole.
                w.root = lower.to_string();
                w.affixes.clear();
            }
            w
        }
        None => WordAnalysis::plain(lower.to_string(), headword),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headwords_are_plain() {
        let a = analyze_word("kantor");
        assert_eq!(a.root, "kantor");
        assert!(a.known && a.affixes.is_empty());
    }

    #[test]
    fn fast_lemma_agrees_with_analysis() {
        for w in
            ["Keuangan", "kantor", "memperdagangkan", "negara-negara", "lakukan", "Menurut", "mempunyai", "xyzzy", ""]
        {
            let a = analyze_word(w);
            if !a.typo {
                assert_eq!(lemma(w), a.lemma, "{w}");
            }
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for w in ["", "-", "--", "123", "ke-10", "日本語", "ménteri", "a-", "-a", &"x".repeat(500), "me", "di"] {
            let _ = analyze_word(w);
        }
    }
}
