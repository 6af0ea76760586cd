//! The whole pipeline for one document, and its output types (the `kilas analyze` JSON).

use crate::date::Date;
use crate::facts::Fact;
use crate::gloss::{gloss_tokens, is_name_or_code, Chunk, GlossContext};
use crate::morph::analyze_word;
use crate::segment::{split_sentences, UnitKind};
use crate::structure::{analyze_structure, Dateline};
use crate::summary;
use crate::terms::Terms;
use crate::token::{tokenize, Token, TokenKind};
use serde::{Deserialize, Serialize};

/// Options of one analysis.
#[derive(Clone, Debug)]
pub struct Options {
    /// Publication date used to resolve `Rabu (4/9)`, `tahun lalu`.
    pub date: Option<Date>,
    /// Length of the summary, in units.
    pub summary_sentences: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { date: None, summary_sentences: 3 }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Analysis {
    pub title: Option<String>,
    pub dateline: Option<Dateline>,
    pub sentences: Vec<SentenceOut>,
    pub tokens: Vec<TokenOut>,
    pub facts: Vec<Fact>,
    /// Indices into `sentences`, document order.
    pub summary: Vec<usize>,
    pub stats: Stats,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SentenceOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: UnitKind,
    pub paragraph: usize,
    pub boilerplate: bool,
    pub gloss: String,
    pub chunks: Vec<Chunk>,
    pub score: f32,
    pub in_summary: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TokenOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: TokenKind,
    pub lemma: String,
    /// Affix names; read back through a small table of interned names (see [`intern_affixes`]).
    #[serde(default, deserialize_with = "intern_affixes")]
    pub affixes: Vec<&'static str>,
    pub known: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    pub words: usize,
    pub known_words: usize,
    pub unknown_words: usize,
}

/// Read affix names back as `&'static str` (the web app gets analyses from its worker as
/// JSON). Each distinct name is leaked once into a table; the morphology has a few dozen, and
/// past [`MAX_INTERNED`] names unknown ones are dropped, so hostile input cannot grow it.
fn intern_affixes<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<&'static str>, D::Error> {
    static TABLE: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let names = Vec::<String>::deserialize(d)?;
    let Ok(mut table) = TABLE.lock() else { return Ok(Vec::new()) };
    let mut out = Vec::with_capacity(names.len());
    for name in names {
        if let Some(known) = table.iter().find(|k| **k == name) {
            out.push(*known);
        } else if table.len() < MAX_INTERNED {
            let leaked: &'static str = Box::leak(name.into_boxed_str());
            table.push(leaked);
            out.push(leaked);
        }
    }
    Ok(out)
}

/// At most this many distinct affix names are ever interned by [`intern_affixes`].
const MAX_INTERNED: usize = 512;

/// Analyse one document.
///
/// ```
/// let a = kilas_engine::analyze("Kantor itu dibuka. Rapat koordinasi berlangsung.", &Default::default());
/// assert_eq!(a.sentences.len(), 2);
/// assert_eq!(a.sentences[1].gloss, "The coordination meeting took place.");
/// ```
pub fn analyze(input: &str, options: &Options) -> Analysis {
    analyze_with_terms(input, options, &Terms::default())
}

/// Analyse one document with a personal terms list laid over the gloss (see [`crate::terms`]).
/// With no terms the result is exactly [`analyze`]'s. A separate entry point rather than a
/// field of [`Options`], so code that builds `Options { .. }` by hand keeps compiling.
///
/// ```
/// use kilas_engine::{analysis::analyze_with_terms, terms::Terms};
/// let terms = Terms::parse("sembako\tbasic groceries");
/// let a = analyze_with_terms("Warga membeli sembako.", &Default::default(), &terms);
/// assert!(a.sentences[0].gloss.contains("basic groceries"));
/// ```
pub fn analyze_with_terms(input: &str, options: &Options, terms: &Terms) -> Analysis {
    let structure = analyze_structure(input);
    let tokens = tokenize(input);
    let units = split_sentences(input, &structure, &tokens);

    let anchor = options.date.or_else(|| {
        let v = crate::recognize::View::new(input, &tokens);
        crate::recognize::latest_full_date(&v, 0, tokens.len())
    });
    let mut ctx = GlossContext::new(structure.dateline.as_ref().map(|d| (d.start, d.end)), anchor);
    let glosses: Vec<_> = units
        .iter()
        .map(|u| {
            let mut g = gloss_tokens(input, &tokens[u.first_token..u.end_token], &mut ctx);
            if let Some(text) = terms.apply(input, u.start, u.end, &mut g.chunks) {
                g.text = text;
            }
            g
        })
        .collect();

    let fact_input = crate::facts::FactInput {
        input,
        tokens: &tokens,
        sentences: &units,
        structure: &structure,
        date: options.date,
    };
    let facts = crate::facts::extract(&fact_input);

    let mut stats = Stats::default();
    let token_out: Vec<TokenOut> = tokens
        .iter()
        .map(|t| {
            let text = t.text(input);
            let (lemma, affixes, known) = if t.is_wordlike() {
                let a = analyze_word(text);
                let known = a.known || is_name_or_code(t, text);
                stats.words += 1;
                if known {
                    stats.known_words += 1;
                } else {
                    stats.unknown_words += 1;
                }
                (a.lemma, a.lemma_affixes, known)
            } else {
                (crate::normalize::fold(text), vec![], true)
            };
            TokenOut { start: t.start, end: t.end, text: text.to_string(), kind: t.kind, lemma, affixes, known }
        })
        .collect();

    let sentences = units
        .iter()
        .zip(glosses)
        .map(|(u, g)| SentenceOut {
            start: u.start,
            end: u.end,
            text: input[u.start..u.end].to_string(),
            kind: u.kind,
            paragraph: u.paragraph,
            boilerplate: u.is_boilerplate(),
            gloss: g.text,
            chunks: g.chunks,
            score: 0.0,
            in_summary: false,
        })
        .collect();

    let title = structure.title.map(|t| {
        let l = structure.lines[t];
        input[l.start..l.end].to_string()
    });
    let mut analysis =
        Analysis { title, dateline: structure.dateline, sentences, tokens: token_out, facts, summary: vec![], stats };
    // A quotation's English is the gloss of its span (terms included), so every view of the
    // facts shows it in English, not only the brief.
    let quotes_en: Vec<(usize, String)> = analysis
        .facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == crate::facts::FactKind::Quote && f.en.trim().is_empty())
        .map(|(i, f)| (i, crate::brief::quote_en(&analysis, f)))
        .collect();
    for (i, en) in quotes_en {
        analysis.facts[i].en = en;
    }
    // Scores and the selection need the tokens' roots and the facts, so they come last.
    summary::resummarize(
        &mut analysis,
        summary::Length::Sentences(options.summary_sentences),
        &summary::Weights::default(),
    );
    analysis
}

/// Tokens of a document that are words, for callers that only need the list.
pub fn word_tokens(input: &str) -> Vec<Token> {
    tokenize(input).into_iter().filter(Token::is_wordlike).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The web app's worker sends an analysis as JSON; reading it back must give the same JSON.
    #[test]
    fn analysis_survives_a_json_round_trip() {
        let text = "Jakarta (ANTARA) - Menteri Hukum meresmikan kantor-kantor baru senilai Rp2,5 miliar pada Rabu (4/9). \"Kami siap melayani,\" katanya.";
        let a = analyze(text, &Options::default());
        let json = serde_json::to_string(&a).unwrap();
        let back: Analysis = serde_json::from_str(&json).unwrap();
        let expected: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(back.tokens.iter().any(|t| !t.affixes.is_empty()), "affixes come back");
        let again: serde_json::Value = serde_json::from_str(&serde_json::to_string(&back).unwrap()).unwrap();
        assert_eq!(again, expected);
    }
}
