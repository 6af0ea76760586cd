//! Throughput of the structure stage alone: structure + tokens + sentence units
//! (`cargo bench -p kilas-engine --bench structure`). Figures in docs/perf-structure.md.
//!
//! The corpus is the project's own golden samples repeated to about 1 MB, plus the shared
//! stress texts when `../shared/data` is present.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kilas_engine::recognize::{recognize_range, Context, View};
use kilas_engine::segment::split_sentences;
use kilas_engine::structure::analyze_structure;
use kilas_engine::token::tokenize;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// CPU time of this thread in nanoseconds (Linux `schedstat`), so that figures taken on a
/// loaded machine measure the code and not the wait for a core. `None` elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Run `f` `iters` times and report its CPU time (wall time when CPU time is unavailable).
fn cpu_time<F: FnMut()>(iters: u64, mut f: F) -> Duration {
    let (c0, w0) = (thread_cpu_ns(), Instant::now());
    for _ in 0..iters {
        f();
    }
    match (c0, thread_cpu_ns()) {
        (Some(a), Some(b)) => Duration::from_nanos(b.saturating_sub(a)),
        _ => w0.elapsed(),
    }
}

fn corpus() -> String {
    let mut text = String::new();
    let dirs = [
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden"),
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/stress")).to_path_buf(),
    ];
    for dir in dirs {
        let Ok(rd) = std::fs::read_dir(dir) else { continue };
        let mut paths: Vec<_> =
            rd.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
        paths.sort();
        for p in paths {
            text.push_str(&std::fs::read_to_string(p).unwrap_or_default());
            text.push('\n');
        }
    }
    let one = text.clone();
    while text.len() < 1 << 20 {
        text.push_str(&one);
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("structure");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("structure+tokens+units", |b| {
        b.iter(|| {
            let st = analyze_structure(black_box(&text));
            let toks = tokenize(&text);
            let units = split_sentences(&text, &st, &toks);
            black_box(units.len())
        })
    });
    g.bench_function("structure+tokens+units (cpu time)", |b| {
        b.iter_custom(|iters| {
            cpu_time(iters, || {
                let st = analyze_structure(black_box(&text));
                let toks = tokenize(&text);
                black_box(split_sentences(&text, &st, &toks).len());
            })
        })
    });
    g.bench_function("tokenize", |b| b.iter(|| black_box(tokenize(black_box(&text)).len())));
    let toks = tokenize(&text);
    g.bench_function("recognizers", |b| {
        b.iter(|| {
            let v = View::new(&text, &toks);
            let mut ctx = Context { anchor: kilas_engine::Date::new(2024, 9, 5), ..Context::default() };
            black_box(recognize_range(&v, 0, toks.len(), &mut ctx).len())
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
