//! Golden tests of sentence units over original samples in `tests/golden/` and checks over
//! the stress texts of the shared evaluation data (read at test time, skipped when absent).
//!
//! Each `golden/NAME.txt` has a `golden/NAME.units` file: one line per unit,
//! `kind<TAB>text` (the unit text with line breaks shown as `⏎`). The expectations were
//! written out and reviewed by eye; `KILAS_BLESS=1 cargo test --test structure_golden`
//! rewrites them after an intended change (review the diff).

use kilas_engine::segment::{split_sentences, Sentence, UnitKind, MAX_WORDS};
use kilas_engine::structure::analyze_structure;
use kilas_engine::token::tokenize;
use std::fs;
use std::path::{Path, PathBuf};

fn units(input: &str) -> Vec<Sentence> {
    let st = analyze_structure(input);
    let toks = tokenize(input);
    split_sentences(input, &st, &toks)
}

fn kind_name(k: UnitKind) -> &'static str {
    match k {
        UnitKind::Title => "title",
        UnitKind::Body => "body",
        UnitKind::ListItem => "list_item",
        UnitKind::TableRow => "table_row",
        UnitKind::Boilerplate => "boilerplate",
    }
}

fn render(input: &str) -> String {
    let mut out = String::new();
    for u in units(input) {
        let text = input[u.start..u.end].replace("\r\n", "⏎").replace('\n', "⏎");
        out.push_str(&format!("{}\t{}\n", kind_name(u.kind), text));
    }
    out
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

#[test]
fn golden_samples() {
    let bless = std::env::var_os("KILAS_BLESS").is_some();
    let mut seen = 0;
    let mut entries: Vec<_> = fs::read_dir(golden_dir()).unwrap().filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let input = fs::read_to_string(path).unwrap();
        let got = render(&input);
        let expected_path = path.with_extension("units");
        if bless {
            fs::write(&expected_path, &got).unwrap();
        }
        let expected =
            fs::read_to_string(&expected_path).unwrap_or_else(|_| panic!("missing {}", expected_path.display()));
        assert_eq!(got, expected, "units of {} differ", path.display());
        seen += 1;
    }
    assert!(seen >= 4);
}

fn shared_data() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
    p.is_dir().then_some(p)
}

/// Abbreviations that must never end a unit when the line goes on.
const NEVER_FINAL: &[&str] = &[
    "Dr.", "H.", "Hj.", "S.H.", "M.Si.", "M.H.", "S.I.K.", "Ir.", "Prof.", "No.", "Jl.", "Jln.", "Kab.", "Kec.",
    "Kel.", "Km.", "PT.", "a.n.", "s.d.", "jo.", "maks.", "tgl.", "pk.", "Sdr.", "Bpk.",
];

#[test]
fn stress_texts() {
    let Some(data) = shared_data() else {
        eprintln!("shared data absent: skipped");
        return;
    };
    let dir = data.join("stress");
    let Ok(rd) = fs::read_dir(&dir) else { return };
    let mut files: Vec<PathBuf> =
        rd.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    assert_eq!(files.len(), 5);
    for path in &files {
        let input = fs::read_to_string(path).unwrap();
        let st = analyze_structure(&input);
        let us = units(&input);
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for u in &us {
            let text = &input[u.start..u.end];
            let words = text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
            assert!(words <= MAX_WORDS + 5, "{name}: unit of {words} words: {text}");
            let line = &st.lines[u.paragraph];
            if u.end < line.end {
                let last = text.split_whitespace().last().unwrap_or("");
                assert!(!NEVER_FINAL.contains(&last), "{name}: unit ends on {last}: {text}");
            }
            // A unit never ends inside a number (`1.250`, `2,5`, `09.00`, `4/9`).
            let next = input[u.end..].chars().next();
            let prev = text.chars().next_back();
            assert!(
                !(prev.is_some_and(|c| c.is_ascii_digit()) && next.is_some_and(|c| c.is_ascii_digit())),
                "{name}: {text}"
            );
        }
        // Shape of each text, reviewed by eye: datelines, list items, table rows, boilerplate.
        let count = |k: UnitKind| us.iter().filter(|u| u.kind == k).count();
        match &name[..2] {
            "01" => {
                assert_eq!(st.dateline.as_ref().map(|d| d.agency.is_none()), Some(true));
                assert!(us.len() >= 8, "run-on text is cut into clauses");
            }
            "02" => {
                // Eight paragraphs; abbreviations leave every paragraph in one to five sentences.
                assert!(us.len() <= 22, "{} units", us.len());
                assert!(st.dateline.is_some());
            }
            "03" => {
                assert_eq!(st.dateline.as_ref().and_then(|d| d.agency.as_deref()), Some("ANTARA"));
                assert_eq!(count(UnitKind::Boilerplate), 3);
            }
            "04" => {
                assert_eq!(count(UnitKind::Title), 1);
                assert!(count(UnitKind::ListItem) >= 20, "{}", count(UnitKind::ListItem));
                assert_eq!(count(UnitKind::Boilerplate), 1);
            }
            "05" => {
                assert!(count(UnitKind::TableRow) >= 14, "{}", count(UnitKind::TableRow));
                assert_eq!(count(UnitKind::Boilerplate), 3);
            }
            _ => {}
        }
    }
}
