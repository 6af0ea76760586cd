//! # kilas-engine
//!
//! Turns Indonesian press-release text into an English gloss, key facts, an extractive summary
//! and a brief. Pure Rust: no I/O, no DOM, no network; deterministic; never panics on any input.
//! Every span is a UTF-8 byte offset into the original input.
//!
//! Pipeline (one module per stage): [`normalize`] (character classes, offsets kept) →
//! [`structure`] (lines, title, dateline, boilerplate) → [`token`] → [`segment`] (sentence
//! units) → [`morph`] (roots and affixes) → [`glossary`] lookup → [`gloss`] (English chunks) →
//! [`facts`] → [`summary`] → [`brief`].

pub mod analysis;
pub mod brief;
pub mod date;
pub mod explain;
pub mod facts;
pub mod gloss;
pub mod glossary;
pub mod html;
pub mod language;
pub mod morph;
pub mod normalize;
pub mod recognize;
pub mod segment;
pub mod structure;
pub mod summary;
pub mod terms;
pub mod token;

pub use analysis::{analyze, Analysis, Options};
pub use date::Date;

/// The English gloss of a whole document, one line per content unit (boilerplate left out).
pub fn gloss_document(input: &str) -> String {
    let a = analyze(input, &Options::default());
    let mut out = String::new();
    for s in a.sentences.iter().filter(|s| !s.boilerplate) {
        out.push_str(&s.gloss);
        out.push('\n');
    }
    out
}

/// The root of one word.
pub fn lemma(word: &str) -> String {
    morph::lemma(word)
}
