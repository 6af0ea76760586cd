//! Glossary start-up and lookups, and word analysis with and without the memo
//! (`cargo bench -p kilas-engine --bench glossary`). Figures in docs/perf-morph.md.
//!
//! Start-up is what the browser pays once: indexing the embedded compact text. Lookups are
//! the words of the project's sample texts, as the gloss asks for them.

use criterion::{criterion_group, criterion_main, Criterion};
use kilas_engine::glossary::Glossary;
use kilas_engine::morph::{analyze_with, analyze_word, memo, roots::glossary_roots};
use std::hint::black_box;
use std::path::Path;

fn sample_words() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/samples");
    let mut words = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let text = std::fs::read_to_string(e.path()).unwrap_or_default();
        words.extend(kilas_engine::analysis::word_tokens(&text).iter().map(|t| t.text(&text).to_string()));
    }
    words
}

fn bench(c: &mut Criterion) {
    let words = sample_words();
    let g = Glossary::bundled();
    c.bench_function("glossary start-up (index the compact text)", |b| b.iter(|| black_box(Glossary::bundled())));
    c.bench_function("glossary lookup, sample words", |b| {
        b.iter(|| words.iter().map(|w| g.lookup(w).len()).sum::<usize>())
    });
    c.bench_function("analyze_word, sample words (memo warm)", |b| {
        b.iter(|| words.iter().map(|w| analyze_word(w).root.len()).sum::<usize>())
    });
    c.bench_function("analyze_with, sample words (no memo)", |b| {
        b.iter(|| words.iter().map(|w| analyze_with(w, glossary_roots()).root.len()).sum::<usize>())
    });
    memo::clear();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
