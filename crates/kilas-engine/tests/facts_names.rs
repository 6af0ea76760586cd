//! Name finder cases on sentences written for these tests (fictional people): clan titles,
//! ethnic names, short personal names in brackets, initials with ages, a company before a
//! name, ranks inside roles and two institutions in a row.

use kilas_engine::facts::{Fact, FactKind};
use kilas_engine::{analyze, Options};

fn facts(text: &str) -> Vec<Fact> {
    analyze(text, &Options::default()).facts
}

fn texts(f: &[Fact], kind: FactKind) -> Vec<String> {
    f.iter().filter(|x| x.kind == kind).map(|x| x.text.clone()).collect()
}

#[test]
fn clan_titles_stay_with_the_name() {
    let f = facts("Kepala Pelaksana BPBD Aceh Utara Teuku Ramadhan Saputra mengatakan air mulai surut.");
    assert_eq!(texts(&f, FactKind::Person), ["Teuku Ramadhan Saputra"]);
    assert!(texts(&f, FactKind::Organization).iter().all(|o| !o.contains("Teuku")), "{f:#?}");
}

#[test]
fn ethnic_groups_and_languages_are_no_people() {
    let f = facts("Masyarakat Jawa dan Bugis hidup rukun di Kota Palu. Warga Bugis menggelar pesta panen. Mereka fasih berbahasa Sunda.");
    assert!(texts(&f, FactKind::Person).is_empty(), "{f:#?}");
}

#[test]
fn bracketed_short_names_and_countries() {
    let f = facts("Presiden Hendarto Wibisono (Hendy) meresmikan jembatan itu bersama Carlos Pereira (Brasil).");
    let people = texts(&f, FactKind::Person);
    assert!(people.contains(&"Hendarto Wibisono".to_string()), "{people:?}");
    assert!(people.contains(&"Carlos Pereira".to_string()), "{people:?}");
    assert!(texts(&f, FactKind::Organization).is_empty(), "{f:#?}");
}

#[test]
fn initials_with_ages_are_suspects() {
    let f = facts("Polisi menangkap tiga pemuda berinisial RS (24), AP (19) dan MN (22) di Desa Wawo.");
    let people = texts(&f, FactKind::Person);
    for p in ["RS", "AP", "MN"] {
        assert!(people.contains(&p.to_string()), "{p} in {people:?}");
    }
}

#[test]
fn ranks_close_roles_and_read_in_english() {
    let f = facts("Direktur Reserse Narkoba Polda Sumut Komisaris Besar Polisi Yohanes Silaban mengatakan hal itu.");
    assert_eq!(texts(&f, FactKind::Organization), ["Polda Sumut"]);
    let p = f.iter().find(|x| x.kind == FactKind::Person).unwrap();
    assert_eq!(p.text, "Yohanes Silaban");
    let role = p.role.as_deref().unwrap_or("");
    assert!(role.starts_with("Director of Narcotics Investigation, North Sumatra Regional Police"), "{role}");
    assert!(role.ends_with("Police Senior Commissioner"), "{role}");
}

#[test]
fn counted_nouns_are_english() {
    let f = facts("Puluhan calon peserta dan tiga rumah warga terdampak.");
    let en: Vec<&str> = f.iter().filter(|x| x.kind == FactKind::Quantity).map(|x| x.en.as_str()).collect();
    assert!(en.contains(&"dozens of candidates"), "{en:?}");
    assert!(en.contains(&"3 houses"), "{en:?}");
}

#[test]
fn things_are_no_people() {
    let f = facts("Warga memesan tiket lewat aplikasi Kereta Kita dan mendaki gunung Lawu pekan lalu.");
    assert!(texts(&f, FactKind::Person).is_empty(), "{f:#?}");
    assert!(texts(&f, FactKind::Place).contains(&"Lawu".to_string()), "{f:#?}");
}

#[test]
fn units_after_numbers_are_no_institutions() {
    let f = facts("Kuota solar dipangkas dari 48 juta KL menjadi 46 juta KL. Sepanjang 2024 KPU mencatat 12 laporan.");
    let orgs = texts(&f, FactKind::Organization);
    assert_eq!(orgs, ["KPU"], "{orgs:?}");
}
