//! In-process speed of the analyser (`cargo test --release -p kilas-engine --test morph_speed
//! -- --ignored --nocapture`). Uses the UD-CSUI word list when `../shared` is present, else a
//! built-in list of affixed forms.

use std::time::Instant;

fn words() -> Vec<String> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ud-csui");
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&dir) {
        for f in rd.flatten() {
            let Ok(text) = std::fs::read_to_string(f.path()) else { continue };
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                if let Some(w) = line.split('\t').nth(1) {
                    out.push(w.to_string());
                }
            }
        }
    }
    if out.is_empty() {
        for w in [
            "memperdagangkan",
            "diperjualbelikan",
            "ketidakadilan",
            "berkesinambungan",
            "negara-negara",
            "Jakarta",
            "dan",
        ] {
            out.push(w.to_string());
        }
    }
    out
}

#[test]
#[ignore = "timing; run in release with --ignored --nocapture"]
fn words_per_second() {
    let ws = words();
    let _ = kilas_engine::morph::analyze_word("warm-up");
    let mut distinct = ws.clone();
    distinct.sort();
    distinct.dedup();
    type F = fn(&str) -> usize;
    // analyze_word remembers its answers (morph::memo); analyze_with is the same analysis
    // without the memo, so the two lines show the memo's effect.
    let analyze: F = |w| kilas_engine::morph::analyze_word(w).lemma.len();
    let uncached: F =
        |w| kilas_engine::morph::analyze_with(w, kilas_engine::morph::roots::glossary_roots()).lemma.len();
    let lemma: F = |w| kilas_engine::morph::lemma(w).len();
    for (fname, f) in [("analyze_word (memo)", analyze), ("analyze_with (no memo)", uncached), ("lemma", lemma)] {
        for (label, list) in [("running text", &ws), ("distinct words", &distinct)] {
            let t = Instant::now();
            let mut n = 0usize;
            let mut sink = 0usize;
            while t.elapsed().as_secs_f64() < 1.0 {
                for w in list.iter() {
                    sink += f(w);
                }
                n += list.len();
            }
            let wps = n as f64 / t.elapsed().as_secs_f64();
            println!("{fname}, {label}: {wps:.0} words/s ({n} words, checksum {sink})");
        }
    }
}
