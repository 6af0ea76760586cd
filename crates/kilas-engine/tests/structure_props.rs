//! Property tests of the structure stage: for any input it never panics, all spans are in
//! order and on char boundaries, and the sentence units cover every non-blank byte exactly once.

use kilas_engine::normalize::is_blank;
use kilas_engine::recognize::recognize_text;
use kilas_engine::segment::split_sentences;
use kilas_engine::structure::analyze_structure;
use kilas_engine::token::tokenize;
use proptest::prelude::*;

/// Pieces of press copy that stress the splitter, mixed with arbitrary characters.
fn press_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Dr. ".to_string()),
        Just("S.H., M.H. ".to_string()),
        Just("Rp2,5 miliar ".to_string()),
        Just("Rp50.000.000,- ".to_string()),
        Just("Rabu (4/9) ".to_string()),
        Just("pukul 09.00 WITA ".to_string()),
        Just("09.00\u{2013}12.00 ".to_string()),
        Just("\u{201C}Kata dia. Lalu,\u{201D} ujar Andi. ".to_string()),
        Just("\"".to_string()),
        Just("... ".to_string()),
        Just("\u{2026}".to_string()),
        Just("\r\n".to_string()),
        Just("\n".to_string()),
        Just("\u{00A0}".to_string()),
        Just("\u{200B}".to_string()),
        Just("\u{00AD}".to_string()),
        Just("\u{FF11}\u{FF12}".to_string()),
        Just("\t".to_string()),
        Just("1. ".to_string()),
        Just("- ".to_string()),
        Just(" | ".to_string()),
        Just("(*/Inf)".to_string()),
        Just("Baca juga: ".to_string()),
        Just("MAKASSAR (ANTARA) - ".to_string()),
        Just("kata-kata ".to_string()),
        Just("www.antaranews.com ".to_string()),
        Just("a@b.id ".to_string()),
        Just("#HUT @polri ".to_string()),
        Just("tiga hari ".to_string()),
        Just("tahun lalu ".to_string()),
        Just("15,3% ".to_string()),
        Just("Hasnah (47) ".to_string()),
        "[a-zA-Z]{1,8} ",
        "[0-9.,/:]{1,6}",
        any::<char>().prop_map(|c| c.to_string()),
        ".{0,6}",
    ]
}

fn press_text() -> impl Strategy<Value = String> {
    prop::collection::vec(press_piece(), 0..60).prop_map(|v| v.concat())
}

fn check(input: &str) -> Result<(), TestCaseError> {
    let st = analyze_structure(input);
    let mut prev = 0;
    for l in &st.lines {
        prop_assert!(l.start <= l.end && l.end <= input.len() && prev <= l.start);
        prop_assert!(input.is_char_boundary(l.start) && input.is_char_boundary(l.end));
        prev = l.end;
    }
    let tokens = tokenize(input);
    let mut prev = 0;
    for t in &tokens {
        prop_assert!(prev <= t.start && t.start < t.end && t.end <= input.len(), "token {:?}", t);
        prop_assert!(input.is_char_boundary(t.start) && input.is_char_boundary(t.end));
        prev = t.end;
    }
    let units = split_sentences(input, &st, &tokens);
    let mut covered = vec![0u8; input.len()];
    let mut prev = 0;
    for u in &units {
        prop_assert!(prev <= u.start && u.start < u.end && u.end <= input.len(), "unit {:?}", u);
        prop_assert!(input.is_char_boundary(u.start) && input.is_char_boundary(u.end));
        prop_assert!(u.first_token < u.end_token && u.end_token <= tokens.len());
        prop_assert_eq!(tokens[u.first_token].start, u.start);
        prop_assert_eq!(tokens[u.end_token - 1].end, u.end);
        for b in &mut covered[u.start..u.end] {
            *b += 1;
        }
        prev = u.end;
    }
    for (i, c) in input.char_indices() {
        let n = covered[i];
        if is_blank(c) {
            prop_assert!(n <= 1);
        } else {
            prop_assert_eq!(n, 1, "byte {} ({:?}) covered {} times in {:?}", i, c, n, input);
        }
    }
    for item in recognize_text(input, kilas_engine::Date::new(2024, 9, 5)) {
        prop_assert!(item.start <= item.end && item.end <= input.len());
        prop_assert!(input.is_char_boundary(item.start) && input.is_char_boundary(item.end));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_unicode(input in ".{0,300}") {
        check(&input)?;
    }

    #[test]
    fn press_like_text(input in press_text()) {
        check(&input)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The whole pipeline never panics either, and its facts point into the input.
    #[test]
    fn analyze_never_panics(input in press_text()) {
        let a = kilas_engine::analyze(&input, &Default::default());
        for f in &a.facts {
            prop_assert!(input.is_char_boundary(f.start) && input.is_char_boundary(f.end) && f.start <= f.end);
        }
    }
}

#[test]
fn empty_and_blank_inputs() {
    for s in ["", " ", "\n\n", "\u{200B}", "\r\n\t\u{00A0}"] {
        check(s).unwrap();
    }
}
