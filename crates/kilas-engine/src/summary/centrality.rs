//! Term vectors over stemmed content words, cosine similarity and LexRank-style centrality.

use std::collections::BTreeMap;

/// A sparse tf-idf vector: term → weight, ordered so that every sum is deterministic.
pub type TermVector = BTreeMap<String, f32>;

/// Raw term counts of one unit.
pub fn counts(terms: &[String]) -> TermVector {
    let mut v = TermVector::new();
    for t in terms {
        *v.entry(t.clone()).or_insert(0.0) += 1.0;
    }
    v
}

/// tf-idf vectors of the units; idf = ln(1 + N/df), computed inside the document.
pub fn tf_idf(units: &[Vec<String>]) -> Vec<TermVector> {
    let raw: Vec<TermVector> = units.iter().map(|u| counts(u)).collect();
    let mut df: BTreeMap<&str, f32> = BTreeMap::new();
    for v in &raw {
        for k in v.keys() {
            *df.entry(k.as_str()).or_insert(0.0) += 1.0;
        }
    }
    let n = raw.len().max(1) as f32;
    raw.iter()
        .map(|v| {
            v.iter()
                .map(|(k, tf)| (k.clone(), tf * (1.0 + n / df.get(k.as_str()).copied().unwrap_or(1.0)).ln()))
                .collect()
        })
        .collect()
}

/// Cosine similarity of two sparse vectors (0 when either is empty).
pub fn cosine(a: &TermVector, b: &TermVector) -> f32 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let dot: f32 = small.iter().filter_map(|(k, x)| large.get(k).map(|y| x * y)).sum();
    let na: f32 = a.values().map(|x| x * x).sum::<f32>().sqrt();
    let nb: f32 = b.values().map(|x| x * x).sum::<f32>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// The full similarity matrix (diagonal 0).
pub fn similarity_matrix(vectors: &[TermVector]) -> Vec<Vec<f32>> {
    let n = vectors.len();
    let mut m = vec![vec![0.0; n]; n];
    for i in 0..n {
        for j in (i + 1)..n {
            let s = cosine(&vectors[i], &vectors[j]);
            m[i][j] = s;
            m[j][i] = s;
        }
    }
    m
}

/// Continuous LexRank: PageRank over the similarity graph, a fixed number of iterations
/// (deterministic), scaled so the most central unit scores 1.
pub fn lexrank(sim: &[Vec<f32>]) -> Vec<f32> {
    let n = sim.len();
    if n == 0 {
        return vec![];
    }
    let damping = 0.85f32;
    let row_sums: Vec<f32> = sim.iter().map(|r| r.iter().sum()).collect();
    let mut rank = vec![1.0 / n as f32; n];
    for _ in 0..40 {
        let mut next = vec![(1.0 - damping) / n as f32; n];
        for (j, row) in sim.iter().enumerate() {
            if row_sums[j] == 0.0 {
                // A unit that shares nothing spreads its rank evenly.
                for x in next.iter_mut() {
                    *x += damping * rank[j] / n as f32;
                }
                continue;
            }
            for (i, s) in row.iter().enumerate() {
                next[i] += damping * rank[j] * s / row_sums[j];
            }
        }
        rank = next;
    }
    let max = rank.iter().cloned().fold(0.0f32, f32::max);
    if max > 0.0 {
        rank.iter().map(|r| r / max).collect()
    } else {
        rank
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn identical_units_are_fully_similar() {
        let v = tf_idf(&[terms("merek daftar umkm"), terms("merek daftar umkm"), terms("banjir")]);
        assert!((cosine(&v[0], &v[1]) - 1.0).abs() < 1e-5);
        assert_eq!(cosine(&v[0], &v[2]), 0.0);
    }

    #[test]
    fn the_hub_is_most_central() {
        let v = tf_idf(&[terms("merek umkm"), terms("merek"), terms("umkm"), terms("banjir hujan")]);
        let r = lexrank(&similarity_matrix(&v));
        assert_eq!(r[0], 1.0);
        assert!(r[3] < r[1]);
    }

    #[test]
    fn empty_input_is_fine() {
        assert!(lexrank(&[]).is_empty());
        assert_eq!(cosine(&TermVector::new(), &TermVector::new()), 0.0);
    }
}
