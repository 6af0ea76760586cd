//! The English gloss: chunks of English, each pointing at the source span it came from.
//!
//! Rule-based transfer in passes over one sentence: [`lookup`] (dateline, recognised figures,
//! glossary phrases, words, morphology via [`derive`]), plurals and classifiers
//! ([`np_order::plurals`]), measures and counts ([`measure`]), office and building names
//! ([`proper`]), clause rules ([`clause`]: tense, aspect, passives, attribution),
//! noun-phrase order ([`np_order`]), then spelling ([`finish`]) and joining ([`detok`]).

pub mod acronyms;
mod agree;
mod articles;
pub mod clause;
pub mod derive;
mod detok;
pub mod irregular;
pub mod lookup;
pub mod measure;
pub mod np_order;
mod numbers;
pub mod proper;
pub mod unit;
mod voice;

pub use detok::{join_chunks, spaces_before};
pub use lookup::is_name_or_code;

use crate::recognize;
use crate::token::Token;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use unit::{Cat, Unit};

/// One piece of English and the source bytes it translates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Chunk {
    pub en: String,
    pub start: usize,
    pub end: usize,
    /// False when the source was not understood and is copied verbatim.
    pub known: bool,
    /// Other senses of the same source, for the app's tooltip.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<String>,
}

/// The English of one sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gloss {
    pub text: String,
    pub chunks: Vec<Chunk>,
}

/// What the gloss remembers across the sentences of one document.
#[derive(Default, Debug)]
pub struct GlossContext {
    /// Acronyms already expanded once (later mentions stay short).
    expanded: HashSet<&'static str>,
    /// The current acronym follows its long form written in the source.
    long_form_written: bool,
    /// Byte span of the dateline (`Makassar (ANTARA) -`), kept verbatim.
    pub dateline: Option<(usize, usize)>,
    /// Recogniser state: the anchor date for `Rabu (4/9)`.
    pub recognize: recognize::Context,
    /// Words already read as a person's name inside a sentence (lower case), so the same word
    /// opening a later sentence stays a name (`Agung`, not `Great`).
    pub(crate) names: HashSet<String>,
}

impl GlossContext {
    /// A context for one document: its dateline span and the date relative dates resolve to.
    pub fn new(dateline: Option<(usize, usize)>, anchor: Option<crate::Date>) -> GlossContext {
        GlossContext { dateline, recognize: recognize::Context { anchor, ..Default::default() }, ..Default::default() }
    }
}

/// Gloss the tokens of one sentence.
pub fn gloss_tokens(input: &str, tokens: &[Token], ctx: &mut GlossContext) -> Gloss {
    let mut units = lookup::units(input, tokens, ctx);
    possessors(&mut units);
    np_order::plurals(&mut units);
    measure::apply(&mut units);
    proper::join_titles(&mut units);
    proper::compounds(&mut units);
    clause::apply(&mut units);
    let units = np_order::reorder(units);
    let mut units = np_order::chains(units);
    finish(&mut units);
    let chunks: Vec<Chunk> = units.into_iter().map(Unit::into_chunk).collect();
    Gloss { text: join_chunks(&chunks), chunks }
}

/// `-nya` on a noun: `their` when the sentence is about `mereka`, `his` when it names a
/// person (a title, a personal pronoun, a verb of saying), else `its`.
fn possessors(units: &mut [Unit]) {
    let plural = units.iter().any(|u| u.is_any(&["mereka", "para"]));
    let person = units.iter().any(|u| {
        u.cat == Cat::Title
            || u.is_any(&[
                "dia", "ia", "beliau", "pak", "bapak", "ibu", "kata", "ujar", "katanya", "ujarnya", "tuturnya",
                "jelasnya",
            ])
    });
    // People named by a common noun (`warga`, `petugas`) own things as `their`.
    let people = units.iter().any(|u| u.cat == Cat::Noun && clause::is_person(&u.en));
    let word = if plural {
        "their"
    } else if person {
        "his"
    } else if people {
        "their"
    } else {
        "its"
    };
    for u in units.iter_mut() {
        if u.poss == Some("its") {
            u.poss = Some(word);
        }
    }
}

const SMALL: &[&str] = &["of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "by", "with", "or"];

fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (k, w) in s.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        if k > 0 && SMALL.contains(&w) {
            out.push_str(w);
            continue;
        }
        let mut cs = w.chars();
        if let Some(c) = cs.next() {
            out.extend(c.to_uppercase());
            out.push_str(cs.as_str());
        }
    }
    out
}

fn capitalise_first(s: &mut String) {
    if let Some(c) = s.chars().next() {
        if c.is_lowercase() {
            let up: String = c.to_uppercase().collect();
            s.replace_range(..c.len_utf8(), &up);
        }
    }
}

/// Spelling: names and titles written with capitals keep them in English, `a` before vowels
/// becomes `an`, and the sentence starts with a capital.
fn finish(units: &mut [Unit]) {
    for u in units.iter_mut() {
        if u.cap
            && matches!(u.cat, Cat::Noun | Cat::Adj | Cat::Title | Cat::Name)
            && u.en.chars().next().is_some_and(char::is_lowercase)
        {
            u.en = title_case(&u.en);
        }
    }
    for k in 0..units.len() {
        let first_word = |e: &str| e.split(' ').next().map(articles::takes_an).unwrap_or(false);
        // The word after the article: the unit's own English when the article is its `pre`.
        let after_pre = units[k].english().strip_prefix("a ").map(str::to_string).unwrap_or_default();
        if units[k].pre == "a" && first_word(&after_pre) {
            units[k].pre = "an".into();
        }
        if units[k].en == "a" || units[k].en.ends_with(" a") {
            let next = units[k + 1..].iter().map(Unit::english).find(|e| !e.is_empty());
            if next.is_some_and(|e| first_word(&e)) {
                units[k].en.push('n');
            }
        }
    }
    // A sentence inside the unit (`… terdaftar. Kalau …`) starts with a capital too.
    for k in 1..units.len() {
        if units[k - 1].cat == Cat::Punct && matches!(units[k - 1].en.as_str(), "." | "?" | "!") {
            if let Some(u) = units[k..].iter_mut().find(|u| !u.english().is_empty()) {
                if u.pre.is_empty() {
                    capitalise_first(&mut u.en);
                } else {
                    capitalise_first(&mut u.pre);
                }
            }
        }
    }
    // Capitalise the first English word (after an opening quote or the dateline).
    for u in units.iter_mut() {
        if u.low == "dateline"
            || (u.cat == Cat::Punct && !u.en.chars().any(char::is_alphanumeric))
            || u.english().is_empty()
        {
            continue;
        }
        if !u.pre.is_empty() {
            capitalise_first(&mut u.pre);
        } else if let Some(p) = u.poss {
            let mut s = p.to_string();
            capitalise_first(&mut s);
            u.poss = None;
            u.pre = s;
        } else {
            capitalise_first(&mut u.en);
        }
        break;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn gloss(s: &str) -> String {
        gloss_tokens(s, &tokenize(s), &mut GlossContext::default()).text
    }

    #[test]
    fn phrases_first_and_acronyms_expanded_once() {
        assert_eq!(gloss("perlindungan kekayaan intelektual"), "The intellectual property protection");
        assert_eq!(
            gloss("Kemenkumham dan Kemenkumham"),
            "Ministry of Law and Human Rights (Kemenkumham) and Kemenkumham"
        );
    }

    #[test]
    fn unknown_words_are_kept() {
        let s = "Taufiqurrakhman menghadiri";
        let g = gloss_tokens(s, &tokenize(s), &mut GlossContext::default());
        assert_eq!(g.chunks[0].en, "Taufiqurrakhman");
        assert!(g.chunks[0].known);
    }
}
