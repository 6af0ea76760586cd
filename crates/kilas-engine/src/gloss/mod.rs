//! The English gloss: chunks of English, each pointing at the source span it came from.

mod detok;
mod numbers;

pub use detok::{join_chunks, spaces_before};

use crate::glossary::{glossary, Entry, Pos};
use crate::morph::analyze_word;
use crate::token::{Token, TokenKind};
use serde::Serialize;
use std::collections::HashSet;

/// One piece of English and the source bytes it translates.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Chunk {
    pub en: String,
    pub start: usize,
    pub end: usize,
    /// False when the source was not understood and is copied verbatim.
    pub known: bool,
    /// Other senses of the same source, for the app's tooltip.
    #[serde(skip_serializing_if = "Vec::is_empty")]
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
}

/// Gloss the tokens of one sentence.
pub fn gloss_tokens(input: &str, tokens: &[Token], ctx: &mut GlossContext) -> Gloss {
    let g = glossary();
    let mut chunks = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if let Some((n, entry)) = longest_phrase(input, &tokens[i..]) {
            let (a, b) = (tokens[i].start, tokens[i + n - 1].end);
            chunks.push(chunk_from_entry(entry, a, b, ctx));
            i += n;
            continue;
        }
        let t = &tokens[i];
        let text = t.text(input);
        let chunk = match t.kind {
            TokenKind::Number => Chunk { en: numbers::english_number(text), start: t.start, end: t.end, known: true, alternatives: vec![] },
            TokenKind::Punctuation | TokenKind::Symbol => {
                Chunk { en: crate::normalize::fold(text), start: t.start, end: t.end, known: true, alternatives: vec![] }
            }
            TokenKind::Url | TokenKind::Email | TokenKind::Hashtag | TokenKind::Mention => verbatim(t, text, true),
            _ => match g.lookup(text).first() {
                Some(e) => chunk_from_entry(e, t.start, t.end, ctx),
                None => {
                    let a = analyze_word(text);
                    match g.lookup_key(&a.root).first() {
                        Some(e) if a.known => chunk_from_entry(e, t.start, t.end, ctx),
                        _ => verbatim(t, text, is_name_or_code(t, text)),
                    }
                }
            },
        };
        chunks.push(chunk);
        i += 1;
    }
    Gloss { text: join_chunks(&chunks), chunks }
}

/// The longest glossary phrase (two words or more) starting at `tokens[0]`.
fn longest_phrase(input: &str, tokens: &[Token]) -> Option<(usize, &'static Entry)> {
    let g = glossary();
    let max = g.max_phrase_words().min(tokens.len());
    if max < 2 || !tokens[0].is_wordlike() {
        return None;
    }
    let mut key = String::new();
    let mut keys = Vec::with_capacity(max);
    for t in &tokens[..max] {
        if !t.is_wordlike() {
            break;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&crate::normalize::key(t.text(input)));
        keys.push(key.clone());
    }
    (2..=keys.len()).rev().find_map(|n| g.lookup_key(&keys[n - 1]).first().map(|e| (n, e)))
}

fn chunk_from_entry(e: &'static Entry, start: usize, end: usize, ctx: &mut GlossContext) -> Chunk {
    let mut en = e.senses[0].to_string();
    if matches!(e.pos, Pos::Acronym) && e.expansion.is_some() && e.form.chars().any(char::is_uppercase) {
        if ctx.expanded.insert(e.form) {
            en = format!("{} ({})", e.senses[0], e.form);
        } else {
            en = e.form.to_string();
        }
    }
    let alternatives = e.senses[1..].iter().map(|s| s.to_string()).collect();
    Chunk { en, start, end, known: true, alternatives }
}

fn verbatim(t: &Token, text: &str, known: bool) -> Chunk {
    Chunk { en: crate::normalize::fold(text), start: t.start, end: t.end, known, alternatives: vec![] }
}

/// Names, acronyms and codes are kept as they are and do not count as unknown words.
pub fn is_name_or_code(t: &Token, text: &str) -> bool {
    matches!(t.kind, TokenKind::Acronym | TokenKind::Abbreviation)
        || text.starts_with(char::is_uppercase)
        || text.chars().any(|c| c.is_ascii_digit())
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
        assert_eq!(gloss("kekayaan intelektual"), "intellectual property");
        assert_eq!(gloss("Kemenkumham dan Kemenkumham"), "Ministry of Law and Human Rights (Kemenkumham) and Kemenkumham");
    }

    #[test]
    fn unknown_words_are_kept() {
        let s = "Taufiqurrakhman menghadiri";
        let g = gloss_tokens(s, &tokenize(s), &mut GlossContext::default());
        assert_eq!(g.chunks[0].en, "Taufiqurrakhman");
        assert!(g.chunks[0].known);
    }
}
