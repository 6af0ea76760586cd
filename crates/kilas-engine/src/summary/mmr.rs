//! Maximal marginal relevance: pick good units that do not repeat each other.

/// Pick up to `n` candidates greedily by `lambda * score - (1 - lambda) * max similarity to
/// the units already picked`; ties go to the earlier unit. Returns indices in document order.
pub fn select(scores: &[f32], sim: &[Vec<f32>], candidates: &[usize], n: usize, lambda: f32) -> Vec<usize> {
    select_with(scores, |i, j| sim.get(i).and_then(|r| r.get(j)).copied().unwrap_or(0.0), candidates, n, lambda)
}

/// [`select`] with similarities computed on demand (`sim(i, j)` for unit indices).
pub fn select_with(
    scores: &[f32],
    sim: impl Fn(usize, usize) -> f32,
    candidates: &[usize],
    n: usize,
    lambda: f32,
) -> Vec<usize> {
    let mut picked: Vec<usize> = Vec::new();
    let mut left: Vec<usize> = candidates.to_vec();
    while picked.len() < n && !left.is_empty() {
        let value = |i: usize| {
            let redundancy = picked.iter().map(|&j| sim(i, j)).fold(0.0f32, f32::max);
            lambda * scores.get(i).copied().unwrap_or(0.0) - (1.0 - lambda) * redundancy
        };
        let mut best = 0;
        let mut best_value = f32::NEG_INFINITY;
        for (k, &i) in left.iter().enumerate() {
            let v = value(i);
            if v > best_value {
                best = k;
                best_value = v;
            }
        }
        picked.push(left.remove(best));
    }
    picked.sort_unstable();
    picked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_duplicates_are_skipped() {
        let scores = [1.0, 0.95, 0.5];
        let sim = vec![vec![0.0, 0.95, 0.0], vec![0.95, 0.0, 0.0], vec![0.0, 0.0, 0.0]];
        assert_eq!(select(&scores, &sim, &[0, 1, 2], 2, 0.5), vec![0, 2]);
    }

    #[test]
    fn fewer_candidates_than_asked() {
        assert_eq!(select(&[0.3], &[vec![0.0]], &[0], 3, 0.7), vec![0]);
        assert!(select(&[], &[], &[], 3, 0.7).is_empty());
    }
}
