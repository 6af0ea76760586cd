//! Extractive summary: score the content units, pick the best without repeating, keep
//! document order.
//!
//! A unit's score mixes a lead bias (earlier is better, but not lead-only), its similarity to
//! the title (or to the lead when there is no title), its LexRank centrality over stemmed
//! content words (roots from [`crate::morph`], Indonesian [`stopwords`] removed) and its fact
//! density (figures, dates, people, organisations). Quotations without figures, very short or
//! very long units and web chrome (`Baca juga: …`) are penalised; boilerplate, titles and
//! table rows are never picked. Selection is maximal marginal relevance ([`mmr`]). Everything
//! is deterministic: no randomness, no hash-order iteration, no clock.

pub mod centrality;
pub mod mmr;
pub mod scoring;
pub mod stopwords;

use crate::analysis::{Analysis, SentenceOut, TokenOut};
use crate::facts::Fact;
use crate::segment::UnitKind;
use crate::token::TokenKind;
use centrality::{cosine_sparse, lexrank_sparse, similarity_rows, tf_idf_sparse, Sparse, Terms};
pub use scoring::Weights;

/// The most units that enter the LexRank similarity graph.
pub const MAX_GRAPH_UNITS: usize = 400;

/// How long the summary is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Length {
    /// This many units (fewer when the document has fewer).
    Sentences(usize),
    /// This share of the content units, rounded, at least one.
    Ratio(f32),
}

impl Length {
    /// The number of units to pick out of `content` candidate units.
    pub fn count(self, content: usize) -> usize {
        match self {
            Length::Sentences(n) => n.min(content),
            Length::Ratio(r) => {
                let r = if r.is_finite() { r.clamp(0.0, 1.0) } else { 0.0 };
                ((r * content as f32).round() as usize).max(1).min(content)
            }
        }
    }
}

/// Scores (one per unit, 0 for units never picked, the best content unit 1) and the picked
/// unit indices in document order.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub scores: Vec<f32>,
    pub picked: Vec<usize>,
}

/// Summarise an analysed document.
pub fn summarize(a: &Analysis, length: Length, w: &Weights) -> Summary {
    let dateline = a.dateline.as_ref().map(|d| (d.start, d.end));
    let units: Vec<UnitView> = a.sentences.iter().map(|s| UnitView::new(s, &a.tokens, dateline)).collect();
    score_and_select(&units, &a.facts, length, w)
}

/// Recompute the summary of `a` in place (scores, `in_summary`, `summary`), e.g. for another
/// length or other weights.
pub fn resummarize(a: &mut Analysis, length: Length, w: &Weights) {
    let s = summarize(a, length, w);
    for (i, sent) in a.sentences.iter_mut().enumerate() {
        sent.score = s.scores.get(i).copied().unwrap_or(0.0);
        sent.in_summary = s.picked.contains(&i);
    }
    a.summary = s.picked;
}

/// What the scorer needs to know about one unit.
struct UnitView<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    kind: UnitKind,
    boilerplate: bool,
    /// Stemmed content words.
    terms: Vec<String>,
    /// Word tokens outside the dateline.
    words: usize,
}

impl<'a> UnitView<'a> {
    fn new(s: &'a SentenceOut, tokens: &[TokenOut], dateline: Option<(usize, usize)>) -> Self {
        let first = tokens.partition_point(|t| t.start < s.start);
        let mut terms = Vec::new();
        let mut words = 0;
        for t in tokens.get(first..).unwrap_or(&[]).iter().take_while(|t| t.end <= s.end) {
            if dateline.is_some_and(|(a, b)| t.start >= a && t.end <= b) {
                continue;
            }
            if !matches!(
                t.kind,
                TokenKind::Word
                    | TokenKind::Acronym
                    | TokenKind::Reduplication
                    | TokenKind::Abbreviation
                    | TokenKind::Number
            ) {
                continue;
            }
            if t.kind != TokenKind::Number {
                words += 1;
            }
            if let Some(term) = content_term(t) {
                terms.push(term);
            }
        }
        UnitView { text: &s.text, start: s.start, end: s.end, kind: s.kind, boilerplate: s.boilerplate, terms, words }
    }

    fn is_candidate(&self) -> bool {
        !self.boilerplate
            && matches!(self.kind, UnitKind::Body | UnitKind::ListItem)
            && !scoring::is_chrome(&self.text.to_lowercase())
    }
}

/// The stemmed form of a content word, or None for stop words, numbers and single letters.
fn content_term(t: &TokenOut) -> Option<String> {
    if t.kind == TokenKind::Number || t.kind == TokenKind::Abbreviation {
        return None;
    }
    let surface = t.text.to_lowercase();
    let lemma = if t.lemma.is_empty() { surface.clone() } else { t.lemma.to_lowercase() };
    if stopwords::is_stopword(&surface) || stopwords::is_stopword(&lemma) || lemma.chars().count() < 2 {
        return None;
    }
    if !lemma.chars().any(char::is_alphabetic) {
        return None;
    }
    Some(lemma)
}

fn score_and_select(units: &[UnitView], facts: &[Fact], length: Length, w: &Weights) -> Summary {
    let candidates: Vec<usize> = (0..units.len()).filter(|&i| units[i].is_candidate()).collect();
    let mut scores = vec![0.0f32; units.len()];
    if candidates.is_empty() {
        return Summary { scores, picked: vec![] };
    }
    let term_lists: Vec<Vec<String>> = candidates.iter().map(|&i| units[i].terms.clone()).collect();
    let title_terms: Vec<String> =
        units.iter().filter(|u| u.kind == UnitKind::Title).flat_map(|u| u.terms.iter().cloned()).collect();
    // Terms as ids in string order, vectors with their norms: every pair is compared, so the
    // comparison must not touch strings (same sums, same order as `centrality::cosine`).
    let ids = Terms::new(term_lists.iter().map(Vec::as_slice).chain(std::iter::once(title_terms.as_slice())));
    let (vectors, df) = tf_idf_sparse(&ids, &term_lists);
    // The similarity graph is quadratic: only the first units of a very long input join it
    // (the rest get no centrality), so time and memory stay bounded on any input.
    let graph = vectors.len().min(MAX_GRAPH_UNITS);
    let central = lexrank_sparse(&similarity_rows(vectors.get(..graph).unwrap_or(&[])));

    // The topic: the title when it has content words, else the lead unit, weighted with the
    // idf of the candidate units.
    let n_units = term_lists.len().max(1) as f32;
    let topic: Option<Sparse> =
        (title_terms.len() >= 2).then(|| centrality::weigh(ids.counts(&title_terms), &df, n_units));
    let max_fact = 3.0f32;
    let by_start = scoring::ByStart::new(facts);
    let quotes: Vec<&Fact> =
        facts.iter().filter(|f| f.kind == crate::facts::FactKind::Quote && f.direct != Some(false)).collect();

    for (k, &i) in candidates.iter().enumerate() {
        let u = &units[i];
        let topic_sim = match &topic {
            Some(t) => cosine_sparse(t, &vectors[k]),
            None if k == 0 => 1.0,
            None => cosine_sparse(&vectors[0], &vectors[k]),
        };
        let here = by_start.inside(u.start, u.end);
        let facts_here = scoring::fact_weight(here.iter().copied(), u.start, u.end).min(max_fact) / max_fact;
        let mut s = w.position / (1.0 + k as f32).powf(w.position_decay)
            + w.topic * topic_sim
            + w.centrality * central.get(k).copied().unwrap_or(0.0)
            + w.facts * facts_here
            + w.figures * (scoring::figure_count(here.iter().copied(), u.start, u.end).min(2) as f32 / 2.0);
        s *= scoring::length_factor(u.words);
        let opens_with_quote = u.text.trim_start().starts_with(crate::normalize::is_double_quote);
        if opens_with_quote || scoring::quote_share(quotes.iter().copied(), u.text, u.start, u.end) > 0.5 {
            // A quotation wins only when it carries the news: figures soften the penalty.
            s *= if scoring::has_figures(here.iter().copied(), u.start, u.end) {
                (1.0 + w.quote) / 2.0
            } else {
                w.quote
            };
        }
        scores[i] = s.max(1e-3);
    }
    let max = scores.iter().cloned().fold(0.0f32, f32::max);
    if max > 0.0 {
        for s in scores.iter_mut() {
            *s /= max;
        }
    }
    // MMR over the candidates; similarities on demand, by unit index.
    let mut slot = vec![usize::MAX; units.len()];
    for (k, &i) in candidates.iter().enumerate() {
        slot[i] = k;
    }
    let sim = |i: usize, j: usize| match (vectors.get(slot[i]), vectors.get(slot[j])) {
        (Some(a), Some(b)) => cosine_sparse(a, b),
        _ => 0.0,
    };
    let n = length.count(candidates.len());
    let picked = mmr::select_with(&scores, sim, &candidates, n, w.lambda);
    Summary { scores, picked }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Options};

    #[test]
    fn ratio_and_count() {
        assert_eq!(Length::Sentences(3).count(2), 2);
        assert_eq!(Length::Ratio(0.3).count(10), 3);
        assert_eq!(Length::Ratio(0.01).count(10), 1);
        assert_eq!(Length::Ratio(f32::NAN).count(10), 1);
        assert_eq!(Length::Ratio(0.5).count(0), 0);
    }

    #[test]
    fn summary_is_document_ordered_and_deterministic() {
        let text = "Jakarta (ANTARA) - Polisi menangkap tiga tersangka pencurian kabel listrik di Bekasi pada Senin.\n\
            \"Kami terus bekerja,\" kata dia.\n\
            Ketiga tersangka mencuri kabel listrik sepanjang 300 meter senilai Rp45 juta dari gudang PLN.\n\
            Cuaca cerah.\n\
            Polisi juga menyita dua mobil bak terbuka yang dipakai mengangkut kabel curian itu.\n";
        let a = analyze(text, &Options::default());
        assert_eq!(a.summary.len(), 3);
        assert!(a.summary.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(a.summary[0], 0);
        let b = analyze(text, &Options::default());
        assert_eq!(a.summary, b.summary);
    }

    #[test]
    fn boilerplate_is_never_picked() {
        let text = "Polisi menangkap tiga tersangka pencurian kabel di Bekasi.\nBaca juga: Polisi menangkap pencuri kabel di Bogor\nEditor: Ani";
        let a = analyze(text, &Options { date: None, summary_sentences: 3 });
        for &i in &a.summary {
            assert!(!a.sentences[i].text.starts_with("Baca juga"));
            assert!(!a.sentences[i].text.starts_with("Editor"));
        }
    }

    #[test]
    fn empty_and_odd_inputs_do_not_panic() {
        for t in ["", " ", "\n\n", "\"", "Baca juga: x", "123 456", "a.b.c."] {
            let a = analyze(t, &Options::default());
            assert!(a.summary.len() <= 3);
        }
    }

    #[test]
    fn very_long_inputs_stay_fast() {
        let text = "Polisi menangkap tersangka pencurian kabel di Bekasi. ".repeat(3000);
        let a = analyze(&text, &Options::default());
        assert_eq!(a.summary.len(), 3);
    }

    #[test]
    fn resummarize_changes_length() {
        let text = "Satu kalimat berita tentang banjir di Bekasi hari ini. Dua kalimat berita tentang banjir di Bogor kemarin. Tiga kalimat berita tentang longsor di Garut pekan lalu. Empat kalimat berita tentang gempa di Cianjur.";
        let mut a = analyze(text, &Options::default());
        resummarize(&mut a, Length::Sentences(1), &Weights::default());
        assert_eq!(a.summary.len(), 1);
        assert_eq!(a.sentences.iter().filter(|s| s.in_summary).count(), 1);
    }
}
