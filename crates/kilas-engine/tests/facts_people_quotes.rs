//! Golden tests for person, organisation, place and quote facts, on texts written for these
//! tests (fictional people and offices).

use kilas_engine::facts::{Fact, FactKind};
use kilas_engine::{analyze, Options};

fn facts(text: &str) -> Vec<Fact> {
    analyze(text, &Options::default()).facts
}

fn texts(f: &[Fact], kind: FactKind) -> Vec<String> {
    f.iter().filter(|x| x.kind == kind).map(|x| x.text.clone()).collect()
}

fn speakers(f: &[Fact]) -> Vec<String> {
    f.iter()
        .filter(|x| x.kind == FactKind::Quote && x.direct == Some(true))
        .map(|x| x.speaker.clone().unwrap_or_default())
        .collect()
}

const RELEASE: &str = "PERPUSTAKAAN KELILING MENYAPA DESA\n\
Kendari (ANTARA) - Dinas Perpustakaan dan Kearsipan (Dispusip) Kabupaten Konawe Selatan meluncurkan layanan perpustakaan keliling di Desa Lapoa, Kecamatan Tinanggea, Senin (3/6).\n\
Kepala Bidang Layanan Perpustakaan Dispusip Kabupaten Konawe Selatan, Dr. Wulandari Anggita, S.Sos., M.Si. mengatakan layanan itu menyasar sekolah dasar di wilayah pesisir.\n\
\"Anak-anak di pesisir jarang mendapat buku bacaan baru. Mobil ini akan datang dua kali sepekan,\" kata Wulandari.\n\
\"Kami juga membawa petugas pendongeng.\n\
\"Setiap kunjungan ada sesi membaca bersama orang tua,\" ujarnya.\n\
Seorang guru, Rosmiati (41), menyambut baik layanan tersebut.\n\
\u{201C}Murid saya sekarang menunggu hari Kamis karena mobil buku datang,\u{201D} tutur Rosmiati.\n\
Pewarta: Fulan Bin Fulan\n\
Editor: Siti Contoh";

#[test]
fn people_have_titles_and_degrees_stripped_and_roles() {
    let f = facts(RELEASE);
    let people = texts(&f, FactKind::Person);
    assert_eq!(people, ["Wulandari Anggita", "Rosmiati"], "{people:?}");
    let w = f.iter().find(|x| x.kind == FactKind::Person && x.text == "Wulandari Anggita").unwrap();
    let role = w.role.as_deref().unwrap_or("");
    assert!(role.starts_with("Head of the"), "{role}");
    assert!(role.contains("Division"), "{role}");
}

#[test]
fn boilerplate_gives_no_people() {
    let people = texts(&facts(RELEASE), FactKind::Person);
    assert!(!people.iter().any(|p| p.contains("Fulan") || p.contains("Contoh")), "{people:?}");
}

#[test]
fn quotes_span_paragraphs_and_resolve_pronouns() {
    let f = facts(RELEASE);
    let q: Vec<&Fact> = f.iter().filter(|x| x.kind == FactKind::Quote).collect();
    assert_eq!(q.len(), 3, "{q:#?}");
    assert_eq!(speakers(&f), ["Wulandari Anggita", "Wulandari Anggita", "Rosmiati"]);
    // The second quotation runs over two paragraphs.
    assert!(q[1].text.contains("pendongeng") && q[1].text.contains("orang tua"), "{}", q[1].text);
    assert!(q[0].text.starts_with("Anak-anak di pesisir"));
}

#[test]
fn organisations_and_places() {
    let f = facts(RELEASE);
    let orgs = texts(&f, FactKind::Organization);
    let places = texts(&f, FactKind::Place);
    assert!(
        orgs.contains(&"Dinas Perpustakaan dan Kearsipan (Dispusip) Kabupaten Konawe Selatan".to_string()),
        "{orgs:?}"
    );
    assert!(orgs.contains(&"ANTARA".to_string()), "{orgs:?}");
    for p in ["Kendari", "Desa Lapoa", "Kecamatan Tinanggea"] {
        assert!(places.contains(&p.to_string()), "{p} in {places:?}");
    }
    let desa = f.iter().find(|x| x.text == "Desa Lapoa").unwrap();
    assert_eq!(desa.en, "Lapoa Village");
}

#[test]
fn speaker_named_only_after_the_quote() {
    let text = "Perbaikan jembatan di Kota Tual ditargetkan rampung bulan depan.\n\
\"Material sudah tiba dan pekerja bekerja dua giliran setiap hari,\" ujar Kepala Dinas Pekerjaan Umum Kota Tual Benediktus Rahawarin.";
    let f = facts(text);
    assert_eq!(speakers(&f), ["Benediktus Rahawarin"]);
    assert_eq!(texts(&f, FactKind::Person), ["Benediktus Rahawarin"]);
}

#[test]
fn speaker_before_the_quote_and_first_name_mentions() {
    let text = "Ketua Koperasi Nelayan Mandiri Yosef Lamanepa menjelaskan: \"Harga solar naik sehingga banyak kapal tidak melaut pekan ini.\"\n\
Menurut Yosef, hasil tangkapan turun separuh. \"Kami berharap ada bantuan bahan bakar,\" kata dia.";
    let f = facts(text);
    assert_eq!(texts(&f, FactKind::Person), ["Yosef Lamanepa"]);
    assert_eq!(speakers(&f), ["Yosef Lamanepa", "Yosef Lamanepa"]);
}

#[test]
fn suspects_by_initials_and_one_word_names() {
    let text = "Polres Sikka menetapkan dua tersangka berinisial AR (34) dan KT (29) dalam kasus pencurian ternak di Desa Nita.\n\
Kasat Reskrim Polres Sikka AKP Gregorius Wele mengatakan keduanya ditangkap di rumah masing-masing.\n\
Korban, Martinus (60), melapor pekan lalu.";
    let f = facts(text);
    let people = texts(&f, FactKind::Person);
    for p in ["AR", "KT", "Gregorius Wele", "Martinus"] {
        assert!(people.contains(&p.to_string()), "{p} in {people:?}");
    }
    assert!(!people.iter().any(|p| p.contains("AKP")), "{people:?}");
    let orgs = texts(&f, FactKind::Organization);
    assert_eq!(orgs, ["Polres Sikka"], "{orgs:?}");
    assert!(texts(&f, FactKind::Place).contains(&"Desa Nita".to_string()));
}

#[test]
fn scare_quotes_are_no_quotations() {
    let f = facts("Warga menyebut kawasan itu \"kampung biru\" karena warna rumahnya.");
    assert!(f.iter().all(|x| x.kind != FactKind::Quote), "{f:#?}");
}

#[test]
fn never_panics_on_generated_input() {
    // Pieces that exercise every branch of the name finder and the quote scanner.
    let pieces = [
        "Kepala ",
        "Dinas ",
        "(",
        ")",
        "\"",
        "\u{201C}",
        "\u{201D}",
        ", ",
        ". ",
        "\n",
        "Dr. ",
        "S.H., ",
        "kata ",
        "ujarnya",
        "Andi ",
        "Kota ",
        "Bandung ",
        "dan ",
        "AR ",
        "(34) ",
        "Polres ",
        "Jakarta-Bogor ",
        "é",
        "Ñoño ",
        "2 ",
        "I ",
        "Made ",
        "di ",
        "BPBD ",
        "Menurut ",
        "dia ",
        "—",
        "Pewarta: X\n",
        "Ia ",
        "mengatakan ",
        "bahwa ",
        "PT ",
        "Tbk ",
        "'",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..400 {
        let mut s = String::new();
        for _ in 0..40 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        for f in facts(&s) {
            assert!(s.is_char_boundary(f.start) && s.is_char_boundary(f.end) && f.start <= f.end && f.end <= s.len());
        }
    }
}

#[test]
fn never_panics_on_odd_input() {
    for s in [
        "\"",
        "\u{201C}",
        "Kepala",
        "Kepala Dinas (",
        "( ) \" \u{201D} kata",
        "Dr. S.H., M.H.",
        "ujarnya.\"",
        "\n\"\n\"\n",
    ] {
        let _ = facts(s);
    }
}

#[test]
fn institution_and_place_patterns() {
    let text = "Direksi PT Semen Tonasa Tbk bertemu pimpinan Universitas Hasanuddin di Gedung Rektorat, Jalan Perintis Kemerdekaan, Kota Makassar.\n\
Sementara itu, Polres Gowa menjaga lokasi di Kecamatan Bontomarannu.";
    let f = facts(text);
    let orgs = texts(&f, FactKind::Organization);
    let places = texts(&f, FactKind::Place);
    for o in ["PT Semen Tonasa Tbk", "Universitas Hasanuddin", "Polres Gowa"] {
        assert!(orgs.contains(&o.to_string()), "{o} in {orgs:?}");
    }
    for p in ["Gedung Rektorat", "Jalan Perintis Kemerdekaan", "Kota Makassar", "Kecamatan Bontomarannu"] {
        assert!(places.contains(&p.to_string()), "{p} in {places:?}");
    }
    assert!(texts(&f, FactKind::Person).is_empty(), "{:?}", texts(&f, FactKind::Person));
    let en: Vec<&str> = f.iter().filter(|x| x.kind == FactKind::Place).map(|x| x.en.as_str()).collect();
    assert!(en.contains(&"Makassar City") && en.contains(&"Perintis Kemerdekaan Street"), "{en:?}");
}
