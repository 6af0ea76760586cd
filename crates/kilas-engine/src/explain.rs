//! What the app's tooltip says about a piece of the source: the words, their roots and
//! affixes, and the long form of an acronym.

use crate::analysis::Analysis;
use crate::glossary::glossary;

#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    /// The source text of the span.
    pub source: String,
    /// `root + affixes` for each affixed word in the span (`dibuka = di- + buka`).
    pub morphology: Vec<String>,
    /// Indonesian long form, when the span is an acronym or abbreviation.
    pub expansion: Option<String>,
}

/// Explain the source span `[start, end)` of an analysed document.
pub fn explain(input: &str, analysis: &Analysis, start: usize, end: usize) -> Explanation {
    let source = input.get(start..end).unwrap_or_default().to_string();
    let morphology = analysis
        .tokens
        .iter()
        .filter(|t| t.start >= start && t.end <= end && !t.affixes.is_empty())
        .map(|t| {
            let mut parts: Vec<&str> = t.affixes.iter().copied().filter(|a| a.ends_with('-')).collect();
            parts.push(&t.lemma);
            parts.extend(t.affixes.iter().copied().filter(|a| !a.ends_with('-')));
            format!("{} = {}", t.text, parts.join(" + "))
        })
        .collect();
    let expansion = glossary().lookup(&source).iter().find_map(|e| e.expansion).map(str::to_string);
    Explanation { source, morphology, expansion }
}
