//! Reported speech as `statement` facts, on an original text (tests/golden/facts/): `bahwa`
//! clauses, a comma after the verb, `Menurut X,`, a closing `katanya`, pronoun speakers, and
//! no statement for a direct quotation or a speaker that is no person.

use kilas_engine::facts::{Fact, FactKind};
use kilas_engine::{analyze, Options};

const TEXT: &str = include_str!("golden/facts/statements-pasar.txt");

fn facts() -> Vec<Fact> {
    analyze(TEXT, &Options::default()).facts
}

#[test]
fn statements_with_speakers_and_clauses() {
    let f = facts();
    let got: Vec<(String, String)> = f
        .iter()
        .filter(|x| x.kind == FactKind::Statement)
        .map(|x| (x.speaker.clone().unwrap_or_default(), x.text.clone()))
        .collect();
    let want = [
        ("Yulianti Rahmawati", "sebanyak 140 pedagang perahu sudah terdaftar untuk berjualan setiap akhir pekan"),
        ("Yulianti Rahmawati", "pedagang tidak dipungut biaya sewa selama tiga bulan pertama"),
        ("Abdul Rasyid", "jumlah pengunjung pada hari pertama mencapai sekitar 2.000 orang"),
        ("Abdul Rasyid", "Harga ikan segar di pasar itu lebih murah dibanding pasar darat"),
        ("Benny Simatupang", "pemerintah akan menambah lahan parkir sebelum akhir tahun"),
    ];
    let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn statements_are_indirect_with_english_and_spans() {
    for s in facts().iter().filter(|x| x.kind == FactKind::Statement) {
        assert_eq!(s.direct, Some(false));
        assert_eq!(&TEXT[s.start..s.end], s.text);
        assert!(!s.en.is_empty(), "{s:?}");
        assert_eq!(s.kind.as_str(), "statement");
    }
}

#[test]
fn the_direct_quotation_stays_one_quote() {
    let f = facts();
    let quotes: Vec<&Fact> = f.iter().filter(|x| x.kind == FactKind::Quote).collect();
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    assert_eq!(quotes[0].direct, Some(true));
    assert_eq!(quotes[0].speaker.as_deref(), Some("Yulianti Rahmawati"));
    assert!(!f.iter().any(|x| x.kind == FactKind::Person && x.text == "Warga"));
}

#[test]
fn statements_serialise_with_their_kind() {
    let f = facts();
    let s = f.iter().find(|x| x.kind == FactKind::Statement).unwrap();
    let json = serde_json::to_string(s).unwrap();
    assert!(json.contains("\"kind\":\"statement\"") && json.contains("\"direct\":false"), "{json}");
}
