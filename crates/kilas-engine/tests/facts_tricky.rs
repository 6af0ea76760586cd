//! The tricky cases issue 7 names, on an original text (tests/golden/facts/): `(31/12)` read
//! across a year boundary, `Rp50.000.000,-`, `1,5 juta ton`, a quote that spans paragraphs
//! and a speaker named only after the quote.

use kilas_engine::facts::{Fact, FactKind, FactValue};
use kilas_engine::{analyze, Date, Options};

const TEXT: &str = include_str!("golden/facts/year-boundary-bulog.txt");

fn facts() -> Vec<Fact> {
    let options = Options { date: Date::parse_iso("2025-01-02"), ..Options::default() };
    analyze(TEXT, &options).facts
}

fn find(facts: &[Fact], kind: FactKind, text: &str) -> Fact {
    facts
        .iter()
        .find(|f| f.kind == kind && f.text.contains(text))
        .cloned()
        .unwrap_or_else(|| panic!("no {kind:?} fact with {text:?} in {facts:#?}"))
}

#[test]
fn day_and_month_resolve_across_the_year_boundary() {
    let f = facts();
    assert_eq!(find(&f, FactKind::Date, "Selasa (31/12)").value, Some(FactValue::Text("2024-12-31".into())));
    assert_eq!(find(&f, FactKind::Date, "Kamis (2/1)").value, Some(FactValue::Text("2025-01-02".into())));
}

#[test]
fn money_and_tonnage_in_base_units() {
    let f = facts();
    let money = find(&f, FactKind::Money, "Rp50.000.000,-");
    assert_eq!((money.value, money.unit.as_deref()), (Some(FactValue::Number(50_000_000.0)), Some("IDR")));
    let rice = find(&f, FactKind::Quantity, "1,5 juta ton");
    assert_eq!(rice.value, Some(FactValue::Number(1_500_000.0)));
}

#[test]
fn a_quote_across_paragraphs_gets_the_speaker_named_after_it() {
    let f = facts();
    let quote = find(&f, FactKind::Quote, "Stok kami aman");
    assert!(quote.text.contains("operasi pasar"), "both paragraphs are one quote: {:?}", quote.text);
    assert_eq!(quote.speaker.as_deref(), Some("Rina Wijaya"));
    find(&f, FactKind::Person, "Rina Wijaya");
}
