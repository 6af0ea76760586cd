//! Data tests for the bundled glossary (data/*.tsv): every line parses, no form is listed
//! twice with the same part of speech, senses are clean, acronym expansions are glossable.

use kilas_engine::glossary::{glossary, parse_line, sources::FILES, Pos};
use std::collections::HashMap;

#[test]
fn every_line_parses() {
    let mut errors = Vec::new();
    for (file, text) in FILES {
        for (n, line) in text.lines().enumerate() {
            if let Err(e) = parse_line(line) {
                errors.push(format!("{file}:{}: {e:?}: {line}", n + 1));
            }
        }
    }
    assert!(errors.is_empty(), "{} bad lines:\n{}", errors.len(), errors.join("\n"));
}

#[test]
fn senses_are_trimmed_and_non_empty() {
    let mut errors = Vec::new();
    for (file, text) in FILES {
        for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let Some(senses) = line.split('\t').nth(2) else { continue };
            for s in senses.split(';') {
                let s = s.strip_prefix(' ').unwrap_or(s);
                if s.is_empty() || s.trim() != s {
                    errors.push(format!("{file}: {line}"));
                }
            }
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn no_form_is_listed_twice_with_the_same_part_of_speech() {
    let mut seen: HashMap<(String, &str), &str> = HashMap::new();
    let mut dups = Vec::new();
    for (file, text) in FILES {
        for line in text.lines() {
            let Ok(Some(e)) = parse_line(line) else { continue };
            if let Some(prev) = seen.insert((e.form.to_string(), e.pos.code()), file) {
                dups.push(format!("{} ({}) in {prev} and {file}", e.form, e.pos.code()));
            }
        }
    }
    assert!(dups.is_empty(), "{} duplicates:\n{}", dups.len(), dups.join("\n"));
}

#[test]
fn acronyms_have_expansions_that_are_glossable() {
    let g = glossary();
    let mut missing_expansion = Vec::new();
    let mut unglossable = Vec::new();
    let mut words = 0usize;
    for e in g.entries().filter(|e| e.pos == Pos::Acronym) {
        let Some(exp) = e.expansion else {
            missing_expansion.push(e.form);
            continue;
        };
        let parts = exp.split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '(' | ')'));
        for w in parts.filter(|w| w.chars().any(char::is_alphabetic)) {
            words += 1;
            // Lower-case expansion words must be glossary words; capitalised ones may be names.
            let known = !g.lookup(w).is_empty()
                || kilas_engine::morph::analyze_word(w).known
                || w.chars().next().is_some_and(char::is_uppercase);
            if !known {
                unglossable.push(format!("{w} (in {} = {exp})", e.form));
            }
        }
    }
    assert!(missing_expansion.is_empty(), "acronyms without expansion: {missing_expansion:?}");
    assert!(
        unglossable.is_empty(),
        "{} of {words} expansion words are not glossable:\n{}",
        unglossable.len(),
        unglossable.join("\n")
    );
}

#[test]
fn required_entries_are_present() {
    let g = glossary();
    let required = [
        "Kemenkumham",
        "Kanwil",
        "Kadivyankumham",
        "Kabid",
        "Kasubbid",
        "Dirjen",
        "DJKI",
        "Polda",
        "Polres",
        "Polsek",
        "Kapolda",
        "AKBP",
        "Kombes",
        "Irjen",
        "TNI",
        "Kodam",
        "DPRD",
        "Pemprov",
        "Pemkab",
        "Pemkot",
        "Sekda",
        "Bappeda",
        "BPBD",
        "BNPB",
        "BMKG",
        "BPS",
        "OJK",
        "KPK",
        "Kejari",
        "Kejati",
        "KPU",
        "Bawaslu",
        "BUMN",
        "UMKM",
        "APBN",
        "APBD",
        "ASN",
        "PNS",
        "Sulsel",
        "Jatim",
        "Jabar",
        "Jateng",
        "DKI",
        "DIY",
        "NTB",
        "NTT",
        "kekayaan intelektual",
        "sumber daya manusia",
        "dalam rangka",
        "antara lain",
        "rapat koordinasi",
        "Kabupaten Wajo",
        "Kota Makassar",
    ];
    for form in required {
        assert!(!g.lookup(form).is_empty(), "{form} missing");
    }
}

/// Entries per file, for the size floors below.
fn count(file: &str, keep: impl Fn(&str, &str) -> bool) -> usize {
    let text = FILES.iter().find(|(f, _)| *f == file).map(|(_, t)| *t).unwrap_or("");
    text.lines().filter_map(|l| parse_line(l).ok().flatten()).filter(|e| keep(e.form, e.pos.code())).count()
}

#[test]
fn the_glossary_is_at_least_as_large_as_promised() {
    let lemmas = count("lemmas-a-k.tsv", |_, _| true) + count("lemmas-l-z.tsv", |_, _| true);
    assert!(lemmas >= 10_000, "{lemmas} general lemmas");
    assert!(count("derived.tsv", |_, _| true) >= 3_000);
    assert!(count("phrases.tsv", |f, _| f.contains(' ')) >= 2_000);
    assert!(count("acronyms.tsv", |_, p| p == "acr" || p == "abbr") >= 1_500);
    let regencies = count("places.tsv", |f, p| p == "place" && f.starts_with("Kabupaten "));
    let cities = count("places.tsv", |f, p| p == "place" && f.starts_with("Kota "));
    assert!(regencies >= 416 && cities >= 98, "{regencies} regencies, {cities} cities");
    assert!(count("places.tsv", |f, p| p == "place" && f.starts_with("Provinsi ")) >= 38);
    assert!(count("countries.tsv", |_, p| p == "country") >= 200);
}

/// The gloss shows the first sense of the first ordinary entry of a word, so for the words
/// news uses most that sense must be the one a news translator would pick.
#[test]
fn news_senses_come_first() {
    let g = glossary();
    let expected = [
        ("warga", "residents"),
        ("pihak", "party"),
        ("terkait", "regarding"),
        ("guna", "in order to"),
        ("jiwa", "people"),
        ("pelaksana", "executive"),
        ("senilai", "worth"),
        ("terdampak", "affected"),
        ("beras", "rice"),
        ("negara", "country"),
        ("masyarakat", "public"),
        ("baik", "good"),
        ("usai", "after"),
        ("ayat", "paragraph"),
        ("orang tua", "parents"),
        ("aparatur sipil negara", "civil servants"),
    ];
    let mut wrong = Vec::new();
    for (form, sense) in expected {
        let first = g.lookup(form).iter().find(|e| !is_proper(e.pos)).and_then(|e| e.senses.first().copied());
        if first != Some(sense) {
            wrong.push(format!("{form}: want {sense:?}, got {first:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

fn is_proper(p: Pos) -> bool {
    matches!(
        p,
        Pos::Acronym | Pos::Abbreviation | Pos::Organization | Pos::Place | Pos::Country | Pos::Name | Pos::Title
    )
}

/// Verb senses are inflected on their first word (`hold` → `held`), so a verb sense must
/// not open with `there` (`there is` became `thered is`); such words are adverbs here.
#[test]
fn senses_survive_the_gloss_rules() {
    let g = glossary();
    let mut bad = Vec::new();
    for e in g.entries() {
        let first = e.senses.first().copied().unwrap_or("");
        if e.pos == Pos::Verb && first.starts_with("there ") {
            bad.push(format!("{} (v): {first}", e.form));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
