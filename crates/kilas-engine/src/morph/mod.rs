//! Indonesian morphology: word form → root + affixes + English derivation class.
//!
//! Roots are checked against the project's own glossary headwords (never an external root
//! list).

use crate::glossary::glossary;
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
    /// meN-X, meN-X-kan, meN-X-i: an active verb.
    Active,
    /// peN-X: "X-er".
    Agentive,
    /// peN-X-an, ke-X-an, per-X-an, X-an: a noun.
    Nominal,
    /// ter-X: "X-ed" or "most X".
    Stative,
    /// ber-X: "have X" or an intransitive verb.
    Intransitive,
    /// Reduplication: plural.
    Plural,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WordAnalysis {
    pub root: String,
    /// Affixes in reading order, written `meN-`, `-kan`, `-nya`.
    pub affixes: Vec<&'static str>,
    pub class: Derivation,
    /// Did the root (or the whole form) match a glossary headword?
    pub known: bool,
}

/// Analyse one word form.
pub fn analyze_word(word: &str) -> WordAnalysis {
    let lower = crate::normalize::key(word);
    let g = glossary();
    if g.contains_key(&lower) {
        return WordAnalysis { root: lower, affixes: vec![], class: Derivation::Plain, known: true };
    }
    for (suffix, tag) in [("nya", "-nya"), ("lah", "-lah"), ("kah", "-kah"), ("pun", "-pun")] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            if stem.chars().count() >= 3 && g.contains_key(stem) {
                return WordAnalysis { root: stem.to_string(), affixes: vec![tag], class: Derivation::Plain, known: true };
            }
        }
    }
    WordAnalysis { root: lower, affixes: vec![], class: Derivation::Plain, known: false }
}

/// The root of a word form (lower case).
pub fn lemma(word: &str) -> String {
    analyze_word(word).root
}
