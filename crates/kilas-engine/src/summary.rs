//! Extractive summary: score the content units, pick the best, keep document order.

use crate::segment::{Sentence, UnitKind};

/// Score each unit (higher is more summary-worthy); boilerplate and titles score 0.
pub fn score_sentences(sentences: &[Sentence]) -> Vec<f32> {
    let mut position = 0usize;
    sentences
        .iter()
        .map(|s| {
            if s.is_boilerplate() || s.kind == UnitKind::TableRow {
                return 0.0;
            }
            position += 1;
            1.0 / position as f32
        })
        .collect()
}

/// The indices of the `n` best-scoring units, in document order.
pub fn select(scores: &[f32], n: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..scores.len()).filter(|&i| scores[i] > 0.0).collect();
    idx.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    idx.truncate(n);
    idx.sort_unstable();
    idx
}
