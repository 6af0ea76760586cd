//! Compacts the glossary sources in `data/*.tsv` (the truth, written for people) into the
//! form embedded in the engine:
//!
//! * `OUT_DIR/<file>.tsv`: each file without comments, blank lines and the reviewers' `note`
//!   column (embedded by `src/glossary/sources.rs` for the data tests only);
//! * `OUT_DIR/glossary-sorted.tsv`: every entry of the files listed in `sources.rs`, grouped
//!   and sorted by lookup key, in the compact line format of `src/glossary/compact.rs` (no
//!   key column, one-letter parts of speech, only the domains the engine reads). This is
//!   the only glossary text linked into the app; the engine indexes it at start-up.

#[path = "src/normalize.rs"]
#[allow(dead_code)]
mod normalize;

#[path = "src/glossary/compact.rs"]
#[allow(dead_code)]
mod compact;

use std::fs;
use std::path::Path;

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    println!("cargo:rerun-if-changed={}", data.display());
    for f in ["src/glossary/sources.rs", "src/glossary/compact.rs", "src/normalize.rs"] {
        println!("cargo:rerun-if-changed={}", Path::new(env!("CARGO_MANIFEST_DIR")).join(f).display());
    }
    let sources = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/glossary/sources.rs");
    let order: Vec<String> = fs::read_to_string(&sources)
        .expect("sources.rs exists")
        .split("data_file!(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next().map(str::to_string))
        .collect();
    let mut ranked: Vec<Option<String>> = vec![None; order.len()];
    let mut entries: Vec<_> = fs::read_dir(&data).expect("data/ exists").filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "tsv") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("glossary files are UTF-8");
        let mut compact = String::with_capacity(text.len());
        for line in text.lines() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols: Vec<&str> = line.split('\t').take(5).collect();
            while cols.len() > 3 && cols.last().is_some_and(|c| c.is_empty()) {
                cols.pop();
            }
            compact.push_str(&cols.join("\t"));
            compact.push('\n');
        }
        if let Some(rank) = order.iter().position(|f| entry.file_name().to_str() == Some(f.as_str())) {
            ranked[rank] = Some(compact.clone());
        }
        fs::write(Path::new(&out).join(entry.file_name()), compact).expect("OUT_DIR is writable");
    }
    let (merged, _) = compact::merge(ranked.iter().map(|t| t.as_deref().unwrap_or("")));
    fs::write(Path::new(&out).join("glossary-sorted.tsv"), merged).expect("OUT_DIR is writable");
}
