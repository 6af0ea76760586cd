//! `analyze_word` and `lemma` never panic, whatever the input.

use kilas_engine::morph::{analyze_word, lemma, readings};
use proptest::prelude::*;

#[test]
fn odd_inputs() {
    let long = "me".repeat(5000);
    let long_affixed = format!("memper{}kan", "a".repeat(100));
    let cases = [
        "",
        " ",
        "-",
        "---",
        "-nya",
        "nya-",
        "a-b-c",
        "0",
        "12345",
        "3,5",
        "ke-10",
        "RAPBN-P",
        "日本語",
        "Ελληνικά",
        "مرحبا",
        "🙂",
        "me\u{0301}nulis",
        "ménulis",
        "MENULIS",
        "\u{200B}",
        "di\u{00AD}beli",
        "mem",
        "peng",
        "ber",
        "kan",
        "i",
        &long,
        &long_affixed,
    ];
    for w in cases {
        let a = analyze_word(w);
        let _ = lemma(w);
        let _ = readings(w);
        assert!(a.classes.first() == Some(&a.class) || a.classes.is_empty(), "{w:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(800))]

    #[test]
    fn never_panics_on_any_string(s in "\\PC{0,40}") {
        let _ = analyze_word(&s);
        let _ = lemma(&s);
    }

    #[test]
    fn never_panics_on_affix_soup(s in "(me|mem|men|meng|meny|menge|pe|pem|peng|ber|be|ter|di|ke|se|per|ku|kau|kan|an|i|nya|lah|pun|-|a|e|k|n|g){0,12}") {
        let a = analyze_word(&s);
        let _ = lemma(&s);
        // The lemma is lower case and never longer than the word plus a restored consonant
        // (or a compound's space).
        prop_assert!(a.lemma.len() <= s.len() + 2);
    }
}
