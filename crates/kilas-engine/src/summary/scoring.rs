//! Per-unit features and the weights that turn them into one score.

use crate::facts::{Fact, FactKind};

/// Weights of the scoring features and penalties. [`Weights::default`] is tuned for wire copy.
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    /// Lead bias: `position / (1 + p)^position_decay` for the p-th content unit.
    pub position: f32,
    pub position_decay: f32,
    /// Cosine with the title (or, without a title, with the lead unit).
    pub topic: f32,
    /// LexRank centrality.
    pub centrality: f32,
    /// Fact density (dates, figures, named people and organisations).
    pub facts: f32,
    /// Extra weight of figures (money, percentages, quantities): numbers carry the news.
    pub figures: f32,
    /// Multiplier for a unit that is mostly a direct quotation without figures.
    pub quote: f32,
    /// MMR trade-off between relevance (1) and novelty (0).
    pub lambda: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            position: 2.0,
            position_decay: 0.7,
            topic: 0.5,
            centrality: 0.2,
            facts: 0.05,
            figures: 0.2,
            quote: 0.4,
            lambda: 0.75,
        }
    }
}

impl Weights {
    /// Override weights from `name=value` pairs separated by commas (for tuning runs);
    /// unknown names and bad numbers are ignored.
    pub fn with_overrides(mut self, spec: &str) -> Self {
        for pair in spec.split(',') {
            let Some((k, v)) = pair.split_once('=') else { continue };
            let Ok(v) = v.trim().parse::<f32>() else { continue };
            match k.trim() {
                "position" => self.position = v,
                "position_decay" => self.position_decay = v,
                "topic" => self.topic = v,
                "centrality" => self.centrality = v,
                "facts" => self.facts = v,
                "quote" => self.quote = v,
                "figures" => self.figures = v,
                "lambda" => self.lambda = v,
                _ => {}
            }
        }
        self
    }
}

/// Openings of units that are web or wire chrome rather than news (folded lower case).
const CHROME_OPENINGS: &[&str] = &[
    "baca juga",
    "baca:",
    "lihat juga",
    "simak juga",
    "simak video",
    "saksikan",
    "tonton",
    "ikuti",
    "follow",
    "editor",
    "pewarta",
    "penulis",
    "reporter",
    "sumber:",
    "foto:",
    "copyright",
    "klik",
    "download",
    "unduh",
];

/// Whether a unit is chrome: `Baca juga: …`, `Editor: …`, a line of links.
pub fn is_chrome(folded: &str) -> bool {
    let t = folded.trim_start_matches(|c: char| !c.is_alphanumeric());
    CHROME_OPENINGS.iter().any(|o| t.starts_with(o))
}

/// Multiplier for very short or very long units (in words).
pub fn length_factor(words: usize) -> f32 {
    match words {
        0..=3 => 0.1,
        4..=6 => 0.5,
        7..=9 => 0.85,
        10..=45 => 1.0,
        46..=60 => 0.9,
        _ => 0.75,
    }
}

/// Fact weight of the facts starting inside `[start, end)`: figures and dates count most.
pub fn fact_weight<'f>(facts: impl IntoIterator<Item = &'f Fact>, start: usize, end: usize) -> f32 {
    facts
        .into_iter()
        .filter(|f| f.start >= start && f.start < end)
        .map(|f| match f.kind {
            FactKind::Money | FactKind::Percent | FactKind::Quantity => 1.0,
            FactKind::Date | FactKind::Time | FactKind::Duration => 0.7,
            FactKind::Person | FactKind::Organization | FactKind::Place => 0.5,
            FactKind::Quote | FactKind::Statement => 0.0,
        })
        .sum()
}

/// How many figures (money, percentages, quantities) start inside `[start, end)`.
pub fn figure_count<'f>(facts: impl IntoIterator<Item = &'f Fact>, start: usize, end: usize) -> usize {
    facts
        .into_iter()
        .filter(|f| {
            f.start >= start
                && f.start < end
                && matches!(f.kind, FactKind::Money | FactKind::Percent | FactKind::Quantity)
        })
        .count()
}

/// Whether the figures facts inside `[start, end)` include a number (the quote carries news).
pub fn has_figures<'f>(facts: impl IntoIterator<Item = &'f Fact>, start: usize, end: usize) -> bool {
    facts.into_iter().any(|f| {
        f.start >= start && f.start < end && matches!(f.kind, FactKind::Money | FactKind::Percent | FactKind::Quantity)
    })
}

/// Share of the unit's bytes inside direct quotations (quote facts, else quote marks).
pub fn quote_share<'f>(facts: impl IntoIterator<Item = &'f Fact>, text: &str, start: usize, end: usize) -> f32 {
    let len = (end.saturating_sub(start)).max(1) as f32;
    let quoted: usize = facts
        .into_iter()
        .filter(|f| f.kind == FactKind::Quote && f.direct != Some(false))
        .map(|f| f.end.min(end).saturating_sub(f.start.max(start)))
        .sum();
    if quoted > 0 {
        return (quoted as f32 / len).min(1.0);
    }
    // Without quote facts: text between the first and last double quote mark.
    let marks: Vec<usize> =
        text.char_indices().filter(|&(_, c)| crate::normalize::is_double_quote(c)).map(|(i, _)| i).collect();
    match (marks.first(), marks.last()) {
        (Some(&a), Some(&b)) if b > a => ((b - a) as f32 / len).min(1.0),
        _ => 0.0,
    }
}

/// Facts by where they start, to find a unit's facts without scanning all of them.
pub struct ByStart<'a> {
    facts: &'a [Fact],
    /// Indices into `facts`, ordered by start (then index).
    order: Vec<usize>,
}

impl<'a> ByStart<'a> {
    pub fn new(facts: &'a [Fact]) -> ByStart<'a> {
        let mut order: Vec<usize> = (0..facts.len()).collect();
        order.sort_by_key(|&i| (facts.get(i).map_or(0, |f| f.start), i));
        ByStart { facts, order }
    }

    /// The facts starting inside `[start, end)`, in their original order (so sums over them
    /// add the same numbers in the same order as a scan of all facts).
    pub fn inside(&self, start: usize, end: usize) -> Vec<&'a Fact> {
        let starts = |i: &usize| self.facts.get(*i).map_or(0, |f| f.start);
        let a = self.order.partition_point(|i| starts(i) < start);
        let b = self.order.partition_point(|i| starts(i) < end).max(a);
        let mut idx: Vec<usize> = self.order.get(a..b).unwrap_or(&[]).to_vec();
        idx.sort_unstable();
        idx.iter().filter_map(|&i| self.facts.get(i)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_is_recognised() {
        assert!(is_chrome("baca juga: banjir di bekasi"));
        assert!(is_chrome("( editor : ani )".trim_start_matches('(')));
        assert!(!is_chrome("kepolisian menangkap dua tersangka"));
    }

    #[test]
    fn overrides_parse() {
        let w = Weights::default().with_overrides("topic=0.9, bogus=1, facts=x");
        assert_eq!(w.topic, 0.9);
        assert_eq!(w.facts, Weights::default().facts);
    }

    #[test]
    fn quote_share_from_marks() {
        let t = "\"Kami siap membantu warga,\" kata dia.";
        assert!(quote_share(&[], t, 0, t.len()) > 0.5);
        assert_eq!(quote_share(&[], "Tanpa kutipan.", 0, 14), 0.0);
    }

    #[test]
    fn length_factor_prefers_normal_sentences() {
        assert!(length_factor(2) < length_factor(20));
        assert!(length_factor(90) < length_factor(20));
    }
}
