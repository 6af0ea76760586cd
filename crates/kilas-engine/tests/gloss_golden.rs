//! Golden sentences for the English gloss: one rule or more per line, exact English expected.
//! File: `tests/golden/gloss/sentences.tsv`, `Indonesian<TAB>English`.

const GOLDEN: &str = include_str!("golden/gloss/sentences.tsv");

#[test]
fn golden_sentences() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in GOLDEN.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let Some((id, en)) = line.split_once('\t') else { panic!("bad golden line: {line}") };
        count += 1;
        let got = kilas_engine::gloss_document(id);
        let got = got.lines().collect::<Vec<_>>().join(" ");
        if got != en {
            failures.push(format!("  {id}\n    want: {en}\n    got:  {got}"));
        }
    }
    assert!(count >= 40, "only {count} golden sentences");
    assert!(failures.is_empty(), "{} of {count} golden sentences differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn acronym_expanded_once_per_document() {
    let a = kilas_engine::analyze("Kemenkumham menggelar rapat. Kemenkumham juga menerima tamu.", &Default::default());
    assert!(a.sentences[0].gloss.contains("Ministry of Law and Human Rights (Kemenkumham)"));
    assert!(!a.sentences[1].gloss.contains("Ministry"));
}

#[test]
fn chunks_carry_alternatives_and_spans() {
    let s = "Petugas menggelar rapat.";
    let a = kilas_engine::analyze(s, &Default::default());
    let held = a.sentences[0].chunks.iter().find(|c| c.en == "held").expect("held");
    assert_eq!(&s[held.start..held.end], "menggelar");
    assert!(!held.alternatives.is_empty());
}
