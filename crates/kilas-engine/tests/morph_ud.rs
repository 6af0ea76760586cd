//! Root accuracy against the Universal Dependencies Indonesian-CSUI lemmas, read from
//! `../shared/data/ud-csui` beside the project (skipped when that folder is absent).
//!
//! `cargo test -p kilas-engine --test morph_ud -- --ignored --nocapture` prints the
//! accuracy with the bundled glossary and the most frequent misses. With `MORPH_ORACLE=1`
//! it also measures the analyser alone, with the treebank's own lemmas as the root set (an
//! upper bound: no glossary gaps). Nothing from the treebank is stored in the project.

use kilas_engine::glossary::Pos;
use kilas_engine::morph::{analyze_with, roots::RootSet, roots::Roots};
use std::collections::HashMap;
use std::path::PathBuf;

fn treebank() -> Option<Vec<(String, String, String)>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ud-csui");
    let rd = std::fs::read_dir(&dir).ok()?;
    let mut toks = Vec::new();
    for f in rd.flatten() {
        if f.path().extension().is_none_or(|e| e != "conllu") {
            continue;
        }
        let text = std::fs::read_to_string(f.path()).ok()?;
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 4 || c[0].contains('-') || c[0].contains('.') || c[2] == "_" {
                continue;
            }
            if matches!(c[3], "PUNCT" | "PROPN" | "NUM" | "SYM" | "X") {
                continue;
            }
            toks.push((c[1].to_string(), c[2].to_lowercase(), c[3].to_string()));
        }
    }
    Some(toks)
}

fn score<F: Fn(&str) -> String>(toks: &[(String, String, String)], f: F, label: &str) {
    let mut ok = 0;
    let mut misses: HashMap<(String, String, String), usize> = HashMap::new();
    for (w, l, _) in toks {
        let got = f(w);
        if got == *l {
            ok += 1;
        } else {
            *misses.entry((w.clone(), l.clone(), got)).or_default() += 1;
        }
    }
    println!("{label}: lemma_acc {:.2}% ({ok}/{})", 100.0 * ok as f64 / toks.len() as f64, toks.len());
    let mut m: Vec<_> = misses.into_iter().collect();
    m.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let n: usize = std::env::var("MORPH_MISSES").ok().and_then(|s| s.parse().ok()).unwrap_or(60);
    for ((w, l, g), k) in m.iter().take(n) {
        println!("  {k:4} {w} gold={l} got={g}");
    }
}

#[test]
#[ignore = "reads ../shared; run with --ignored --nocapture"]
fn ud_csui_root_accuracy() {
    let Some(toks) = treebank() else {
        eprintln!("../shared/data/ud-csui absent: skipped");
        return;
    };
    score(&toks, kilas_engine::lemma, "glossary");
    if std::env::var("MORPH_ORACLE").is_ok() {
        let mut set = RootSet::default();
        for (_, l, upos) in &toks {
            let pos = match upos.as_str() {
                "NOUN" => Pos::Noun,
                "VERB" => Pos::Verb,
                "ADJ" => Pos::Adjective,
                "ADV" => Pos::Adverb,
                "ADP" => Pos::Preposition,
                "CCONJ" | "SCONJ" => Pos::Conjunction,
                "DET" => Pos::Determiner,
                "PRON" => Pos::Pronoun,
                "PART" | "AUX" => Pos::Particle,
                _ => Pos::Noun,
            };
            set.insert(l, pos);
        }
        assert!(set.get("jadi").is_some());
        score(&toks, |w| analyze_with(w, &set).lemma, "oracle roots");
    }
}

/// Lists the typo corrections `analyze_word` makes on the IndoSum news text (for review:
/// every line should be a real slip, or at least harmless).
#[test]
#[ignore = "reads ../shared; run with --ignored --nocapture"]
fn typo_corrections_on_news() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/indosum");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!("../shared/data/indosum absent: skipped");
        return;
    };
    let mut seen: HashMap<String, (String, usize)> = HashMap::new();
    let mut words = 0usize;
    for f in rd.flatten() {
        let Ok(text) = std::fs::read_to_string(f.path()) else { continue };
        for w in text.split(|c: char| !c.is_alphabetic() && c != '-') {
            if w.is_empty() {
                continue;
            }
            words += 1;
            if let Some(e) = seen.get_mut(w) {
                e.1 += 1;
                continue;
            }
            let a = kilas_engine::morph::analyze_word(w);
            if a.typo {
                seen.insert(w.to_string(), (format!("{} → {}", a.corrected.unwrap_or_default(), a.root), 1));
            } else {
                seen.insert(w.to_string(), (String::new(), 1));
            }
        }
    }
    let mut fixes: Vec<_> = seen.into_iter().filter(|(_, (s, _))| !s.is_empty()).collect();
    fixes.sort_by_key(|f| std::cmp::Reverse(f.1 .1));
    println!("{} typo readings in {words} words", fixes.iter().map(|f| f.1 .1).sum::<usize>());
    for (w, (s, n)) in fixes.iter().take(80) {
        println!("  {n:4} {w}: {s}");
    }
}
