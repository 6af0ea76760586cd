//! Compacts the glossary sources in `data/*.tsv` (the truth, written for people) into the
//! form embedded in the engine: comments, blank lines and the reviewers' `note` column are
//! dropped (`OUT_DIR/<file>.tsv`, embedded by `src/glossary/sources.rs` for the data tests),
//! and every entry of every file goes, keyed and sorted, into `OUT_DIR/glossary-sorted.tsv`:
//! `key<TAB>form<TAB>pos<TAB>senses…`, sorted by key, then the lower-case spelling before
//! others, then form, file order and line order, so the
//! engine finds entries by binary search with no parsing into maps at start-up.

#[path = "src/normalize.rs"]
#[allow(dead_code)]
mod normalize;

use std::fs;
use std::path::Path;

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    println!("cargo:rerun-if-changed={}", data.display());
    let sources = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/glossary/sources.rs");
    println!("cargo:rerun-if-changed={}", sources.display());
    let order: Vec<String> = fs::read_to_string(&sources)
        .expect("sources.rs exists")
        .split("data_file!(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next().map(str::to_string))
        .collect();
    let mut sorted: Vec<(String, String, usize, usize, String)> = Vec::new();
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
            let line = cols.join("\t");
            if let Some(rank) = order.iter().position(|f| entry.file_name().to_str() == Some(f.as_str())) {
                let form = cols[0].to_string();
                let n = sorted.len();
                sorted.push((normalize::key(&form), form, rank, n, line.clone()));
            }
            compact.push_str(&line);
            compact.push('\n');
        }
        fs::write(Path::new(&out).join(entry.file_name()), compact).expect("OUT_DIR is writable");
    }
    // Within a key: the lower-case form first (in file order), then other spellings grouped.
    sorted.sort_by(|a, b| (&a.0, a.1 != a.0, &a.1, a.2, a.3).cmp(&(&b.0, b.1 != b.0, &b.1, b.2, b.3)));
    // The index: little-endian u32s — longest phrase in words, number of entries, then the
    // byte offset in the sorted text where each distinct key's lines begin, then its length.
    let mut merged = String::new();
    let mut starts: Vec<u32> = Vec::new();
    let mut max_words = 1;
    let mut previous: Option<&str> = None;
    for (key, _, _, _, line) in &sorted {
        if previous != Some(key.as_str()) {
            starts.push(u32::try_from(merged.len()).expect("glossary under 4 GB"));
            max_words = max_words.max(key.split(' ').count());
            previous = Some(key);
        }
        merged.push_str(key);
        merged.push('\t');
        merged.push_str(line);
        merged.push('\n');
    }
    starts.push(u32::try_from(merged.len()).expect("glossary under 4 GB"));
    let mut index = Vec::with_capacity(4 * (starts.len() + 2));
    for n in [max_words as u32, sorted.len() as u32].into_iter().chain(starts) {
        index.extend_from_slice(&n.to_le_bytes());
    }
    fs::write(Path::new(&out).join("glossary-sorted.tsv"), merged).expect("OUT_DIR is writable");
    fs::write(Path::new(&out).join("glossary-index.bin"), index).expect("OUT_DIR is writable");
}
