//! Term vectors over stemmed content words, cosine similarity and LexRank-style centrality.
//!
//! Two forms of the same vectors: [`TermVector`] (term → weight, readable, used by tests and
//! callers that have a few vectors) and [`Sparse`] (interned term ids with the norm computed
//! once), which the summariser uses because it compares every pair of units. Term ids are
//! given in the terms' string order, so a [`Sparse`] vector lists its weights in exactly the
//! order of the [`TermVector`] and every sum adds the same numbers in the same order: both
//! forms give bit-identical similarities.

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
    let rows: Vec<Vec<(usize, f32)>> =
        sim.iter().map(|r| r.iter().copied().enumerate().filter(|&(_, s)| s != 0.0).collect()).collect();
    lexrank_sparse(&rows)
}

/// [`lexrank`] over the non-zero entries of each row of the similarity matrix, `(column,
/// similarity)` in column order. Zero entries only ever add zero to a positive rank, so
/// leaving them out gives the same ranks, bit for bit, in time proportional to the edges.
pub fn lexrank_sparse(rows: &[Vec<(usize, f32)>]) -> Vec<f32> {
    let n = rows.len();
    if n == 0 {
        return vec![];
    }
    let damping = 0.85f32;
    let row_sums: Vec<f32> = rows.iter().map(|r| r.iter().map(|&(_, s)| s).sum()).collect();
    let mut rank = vec![1.0 / n as f32; n];
    for _ in 0..40 {
        let mut next = vec![(1.0 - damping) / n as f32; n];
        for (j, row) in rows.iter().enumerate() {
            let (Some(&sum), Some(&r)) = (row_sums.get(j), rank.get(j)) else { continue };
            if sum == 0.0 {
                // A unit that shares nothing spreads its rank evenly.
                for x in next.iter_mut() {
                    *x += damping * r / n as f32;
                }
                continue;
            }
            for &(i, s) in row {
                if let Some(x) = next.get_mut(i) {
                    *x += damping * r * s / sum;
                }
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

/// Interned term ids, numbered in string order (so id order is term order).
#[derive(Clone, Debug, Default)]
pub struct Terms {
    sorted: Vec<String>,
}

impl Terms {
    /// The ids of every term that occurs in `lists`.
    pub fn new<'a>(lists: impl IntoIterator<Item = &'a [String]>) -> Terms {
        let mut sorted: Vec<String> = lists.into_iter().flatten().cloned().collect();
        sorted.sort_unstable();
        sorted.dedup();
        Terms { sorted }
    }

    /// The id of `term`, if it was interned.
    pub fn id(&self, term: &str) -> Option<u32> {
        self.sorted.binary_search_by(|t| t.as_str().cmp(term)).ok().and_then(|i| u32::try_from(i).ok())
    }

    /// How many distinct terms there are.
    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    /// Whether no term was interned.
    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    /// `(id, count)` of the interned terms of `terms`, in id order (terms not interned are
    /// left out).
    pub fn counts(&self, terms: &[String]) -> Vec<(u32, f32)> {
        let mut ids: Vec<u32> = terms.iter().filter_map(|t| self.id(t)).collect();
        ids.sort_unstable();
        let mut out: Vec<(u32, f32)> = Vec::with_capacity(ids.len());
        for id in ids {
            match out.last_mut() {
                Some((last, c)) if *last == id => *c += 1.0,
                _ => out.push((id, 1.0)),
            }
        }
        out
    }
}

/// A tf-idf vector over interned term ids, in id order, with its Euclidean norm.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sparse {
    pub weights: Vec<(u32, f32)>,
    pub norm: f32,
}

impl Sparse {
    /// The vector of `weights` (in id order) with its norm.
    pub fn new(weights: Vec<(u32, f32)>) -> Sparse {
        let norm = weights.iter().map(|&(_, x)| x * x).sum::<f32>().sqrt();
        Sparse { weights, norm }
    }
}

/// Document frequency of each term id: in how many of `counts` it occurs.
pub fn doc_freq(terms: &Terms, counts: &[Vec<(u32, f32)>]) -> Vec<u32> {
    let mut df = vec![0u32; terms.len()];
    for c in counts {
        for &(id, _) in c {
            if let Some(d) = df.get_mut(id as usize) {
                *d += 1;
            }
        }
    }
    df
}

/// [`tf_idf`] over interned ids: the same weights, idf = ln(1 + N/df) inside the document.
pub fn tf_idf_sparse(terms: &Terms, units: &[Vec<String>]) -> (Vec<Sparse>, Vec<u32>) {
    let raw: Vec<Vec<(u32, f32)>> = units.iter().map(|u| terms.counts(u)).collect();
    let df = doc_freq(terms, &raw);
    let n = raw.len().max(1) as f32;
    let vectors = raw.into_iter().map(|c| weigh(c, &df, n)).collect();
    (vectors, df)
}

/// tf · ln(1 + n/df) for each `(id, tf)`, df at least 1.
pub fn weigh(counts: Vec<(u32, f32)>, df: &[u32], n: f32) -> Sparse {
    Sparse::new(
        counts
            .into_iter()
            .map(|(id, tf)| {
                let d = df.get(id as usize).copied().unwrap_or(0).max(1) as f32;
                (id, tf * (1.0 + n / d).ln())
            })
            .collect(),
    )
}

/// [`cosine`] of two interned vectors: the same value, bit for bit.
pub fn cosine_sparse(a: &Sparse, b: &Sparse) -> f32 {
    let (small, large) =
        if a.weights.len() <= b.weights.len() { (&a.weights, &b.weights) } else { (&b.weights, &a.weights) };
    // Walk both id-ordered lists together; products come in the small vector's order.
    let mut rest = large.as_slice();
    let dot: f32 = small
        .iter()
        .filter_map(|&(id, x)| {
            while let Some((&(other, _), tail)) = rest.split_first() {
                if other < id {
                    rest = tail;
                } else {
                    break;
                }
            }
            match rest.first() {
                Some(&(other, y)) if other == id => Some(x * y),
                _ => None,
            }
        })
        .sum();
    if a.norm == 0.0 || b.norm == 0.0 {
        0.0
    } else {
        dot / (a.norm * b.norm)
    }
}

/// The non-zero similarities of each vector with the others, `(index, cosine)` in index order
/// (the rows of [`similarity_matrix`] without its zeros), for [`lexrank_sparse`].
///
/// Dot products come from an inverted index (term id → the vectors holding it), so pairs
/// that share no term cost nothing. Each pair's products are added in term id order, the
/// order [`cosine_sparse`] adds them in, so the values are the same bit for bit.
pub fn similarity_rows(vectors: &[Sparse]) -> Vec<Vec<(usize, f32)>> {
    let n = vectors.len();
    let terms = vectors.iter().flat_map(|v| v.weights.iter().map(|&(id, _)| id as usize + 1)).max().unwrap_or(0);
    let mut postings: Vec<Vec<(usize, f32)>> = vec![Vec::new(); terms];
    for (j, v) in vectors.iter().enumerate() {
        for &(id, y) in &v.weights {
            if let Some(p) = postings.get_mut(id as usize) {
                p.push((j, y));
            }
        }
    }
    let mut rows: Vec<Vec<(usize, f32)>> = vec![Vec::new(); n];
    let mut dot: Vec<Option<f32>> = vec![None; n];
    let mut touched: Vec<usize> = Vec::new();
    for (i, a) in vectors.iter().enumerate() {
        for &(id, x) in &a.weights {
            let Some(p) = postings.get(id as usize) else { continue };
            // Postings are in vector order: only the vectors after `i`.
            let later = p.partition_point(|&(j, _)| j <= i);
            for &(j, y) in p.get(later..).unwrap_or(&[]) {
                if let Some(d) = dot.get_mut(j) {
                    match d {
                        Some(sum) => *sum += x * y,
                        None => {
                            *d = Some(x * y);
                            touched.push(j);
                        }
                    }
                }
            }
        }
        touched.sort_unstable();
        for &j in &touched {
            let Some(d) = dot.get_mut(j).and_then(Option::take) else { continue };
            let Some(b) = vectors.get(j) else { continue };
            if a.norm == 0.0 || b.norm == 0.0 {
                continue;
            }
            let s = d / (a.norm * b.norm);
            if s != 0.0 {
                if let Some(r) = rows.get_mut(i) {
                    r.push((j, s));
                }
                if let Some(r) = rows.get_mut(j) {
                    r.push((i, s));
                }
            }
        }
        touched.clear();
    }
    // Row j received its entries for i < j first (in order), then those for i > j: in order.
    rows
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
    fn sparse_vectors_agree_bit_for_bit() {
        let units = vec![
            terms("merek daftar umkm merek"),
            terms("merek daftar"),
            terms("banjir hujan merek"),
            terms("zebra"),
            terms(""),
            terms("umkm umkm umkm banjir"),
        ];
        let dense = tf_idf(&units);
        let ids = Terms::new(units.iter().map(Vec::as_slice));
        let (sparse, _) = tf_idf_sparse(&ids, &units);
        for i in 0..units.len() {
            for j in 0..units.len() {
                assert_eq!(cosine(&dense[i], &dense[j]).to_bits(), cosine_sparse(&sparse[i], &sparse[j]).to_bits());
            }
        }
        let a = lexrank(&similarity_matrix(&dense));
        let b = lexrank_sparse(&similarity_rows(&sparse));
        assert_eq!(
            a.iter().map(|x| x.to_bits()).collect::<Vec<_>>(),
            b.iter().map(|x| x.to_bits()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn empty_input_is_fine() {
        assert!(lexrank(&[]).is_empty());
        assert_eq!(cosine(&TermVector::new(), &TermVector::new()), 0.0);
    }
}
