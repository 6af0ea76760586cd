//! Compacts the glossary sources in `data/*.tsv` (the truth, written for people) into the
//! form embedded in the engine: comments, blank lines and the reviewers' `note` column are
//! dropped. `src/glossary/sources.rs` embeds the compacted files from OUT_DIR.

use std::fs;
use std::path::Path;

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    println!("cargo:rerun-if-changed={}", data.display());
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
        fs::write(Path::new(&out).join(entry.file_name()), compact).expect("OUT_DIR is writable");
    }
}
