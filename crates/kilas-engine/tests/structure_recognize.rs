//! The recognisers on the forms the issue lists, with their values and English renderings.

use kilas_engine::recognize::{recognize_text, Item, ItemKind, Value};
use kilas_engine::Date;

fn anchor() -> Option<Date> {
    Date::new(2024, 9, 5)
}

fn one(s: &str) -> Item {
    let items = recognize_text(s, anchor());
    assert_eq!(items.len(), 1, "{s}: {items:#?}");
    items.into_iter().next().unwrap()
}

fn num(s: &str) -> (ItemKind, f64, Option<String>) {
    let i = one(s);
    match i.value {
        Value::Number(n) => (i.kind, n, i.unit),
        Value::Iso(x) => panic!("{s}: got {x}"),
    }
}

fn iso(s: &str) -> (ItemKind, String) {
    let i = one(s);
    match i.value {
        Value::Iso(x) => (i.kind, x),
        Value::Number(n) => panic!("{s}: got {n}"),
    }
}

#[test]
fn money() {
    use ItemKind::Money;
    assert_eq!(num("dana Rp2,5 miliar"), (Money, 2.5e9, Some("IDR".into())));
    assert_eq!(num("dana Rp 150 juta"), (Money, 1.5e8, Some("IDR".into())));
    assert_eq!(num("hadiah Rp50.000.000,-"), (Money, 5e7, Some("IDR".into())));
    assert_eq!(num("senilai US$1,2 juta"), (Money, 1.2e6, Some("USD".into())));
    assert_eq!(num("biaya 750 riyal"), (Money, 750.0, Some("SAR".into())));
    assert_eq!(one("dana Rp2,5 miliar").en, "IDR 2.5 billion");
    let m = one("Rp50.000.000,- saja");
    assert_eq!(&"Rp50.000.000,- saja"[m.start..m.end], "Rp50.000.000,-");
}

#[test]
fn percentages() {
    use ItemKind::Percent;
    assert_eq!(num("naik 15,3 persen"), (Percent, 15.3, Some("percent".into())));
    assert_eq!(num("naik 15,3%"), (Percent, 15.3, Some("percent".into())));
    let i = one("sekitar 20 persen");
    assert!(i.approx);
    assert_eq!(i.en, "about 20 percent");
}

#[test]
fn counts_and_number_words() {
    use ItemKind::Quantity;
    assert_eq!(num("diikuti 1.250 peserta"), (Quantity, 1250.0, Some("people".into())));
    assert_eq!(num("menimbun tiga rumah"), (Quantity, 3.0, Some("houses".into())));
    assert_eq!(num("melibatkan puluhan relawan").1, 10.0);
    assert!(one("melibatkan ratusan relawan").approx);
    assert_eq!(num("sepertiga warga").1, 1.0 / 3.0);
    assert_eq!(num("dua puluh lima sekolah").1, 25.0);
    assert_eq!(num("ketinggian 60 hingga 120 sentimeter"), (Quantity, 60.0, Some("cm".into())));
    assert_eq!(num("Hasnah (47) mengatakan"), (Quantity, 47.0, Some("years old".into())));
    assert_eq!(num("mencapai 1,2 juta"), (Quantity, 1.2e6, None));
    assert_eq!(num("sebanyak 2.603 kepala keluarga"), (Quantity, 2603.0, Some("households".into())));
}

#[test]
fn not_quantities() {
    for s in [
        "Pasal 378 KUHP",
        "UU Nomor 31 Tahun 1999",
        "Lomba Desa Wisata Tahun 2024",
        "hubungi 0811-6xxx-xxx",
        "di www.contoh.id",
        "Daop 2 Bandung mencatat",
        "salah satu warga",
        "pada 2023 menjadi",
    ] {
        let figures: Vec<_> = recognize_text(s, anchor())
            .into_iter()
            .filter(|i| matches!(i.kind, ItemKind::Quantity | ItemKind::Money | ItemKind::Percent))
            .collect();
        assert!(figures.is_empty(), "{s}: {figures:#?}");
    }
}

#[test]
fn dates() {
    use ItemKind::Date as D;
    assert_eq!(iso("pada Rabu (4/9) lalu"), (D, "2024-09-04".into()));
    assert_eq!(one("pada Rabu (4/9) lalu").en, "Wednesday (Sept. 4)");
    assert_eq!(iso("Senin (12/8/2024)"), (D, "2024-08-12".into()));
    assert_eq!(iso("pada 4-8 September 2024"), (D, "2024-09-04/2024-09-08".into()));
    assert_eq!(iso("Kamis, 5 September 2024"), (D, "2024-09-05".into()));
    assert_eq!(iso("tahun lalu"), (D, "2023".into()));
    assert_eq!(iso("pekan depan"), (D, "2024-W37".into()));
    assert_eq!(iso("Februari lalu"), (D, "2024-02".into()));
    assert_eq!(iso("sejak 2009"), (D, "2009".into()));
    assert_eq!(iso("Natal 2024 dan Tahun Baru 2025"), (D, "2024-12-25/2025-01-01".into()));
}

#[test]
fn times() {
    use ItemKind::Time;
    assert_eq!(iso("pukul 09.00 WIB"), (Time, "2024-09-05T09:00+07:00".into()));
    assert_eq!(one("pukul 09.00 WITA").en, "at 09:00 WITA (UTC+8)");
    assert_eq!(iso("09.00\u{2013}12.00 WITA"), (Time, "T09:00+08:00/T12:00+08:00".into()));
    let items = recognize_text("Sabtu (31/8) pukul 20.15 WIT", anchor());
    assert_eq!(items[1].value, Value::Iso("2024-08-31T20:15+09:00".into()));
    // `09.00` alone may be a decimal: no time without `pukul` or a zone.
    assert!(recognize_text("nilai 09.00", anchor()).iter().all(|i| i.kind != Time));
}

#[test]
fn durations() {
    use ItemKind::Duration;
    assert_eq!(iso("selama tiga hari"), (Duration, "P3D".into()));
    assert_eq!(iso("enam tahun enam bulan"), (Duration, "P6Y6M".into()));
    assert_eq!(iso("1x24 jam"), (Duration, "PT24H".into()));
    assert_eq!(iso("lebih dari dua jam"), (Duration, "PT2H".into()));
    assert_eq!(iso("lima menit"), (Duration, "PT5M".into()));
    assert!(one("lebih dari dua jam").approx);
}

#[test]
fn relative_dates_without_publication_date_use_the_latest_full_date() {
    let items =
        recognize_text("Rapat digelar Kamis, 5 September 2024. Tahun lalu, rapat serupa digelar Rabu (6/9).", None);
    let isos: Vec<_> = items.iter().map(|i| i.value.clone()).collect();
    assert_eq!(isos, [Value::Iso("2024-09-05".into()), Value::Iso("2023".into()), Value::Iso("2024-09-06".into())]);
}

#[test]
fn offsets_point_into_the_original_text() {
    let s = "Dana\u{00A0}Rp\u{00A0}２,５ miliar cair \u{201C}Rabu (４/９)\u{201D}";
    let items = recognize_text(s, anchor());
    assert_eq!(items.len(), 2);
    assert_eq!(&s[items[0].start..items[0].end], "Rp\u{00A0}２,５ miliar");
    assert_eq!(items[0].value, Value::Number(2.5e9));
    assert_eq!(&s[items[1].start..items[1].end], "Rabu (４/９)");
}

#[test]
fn dash_ranges_give_the_lower_bound() {
    let i = one("antara 60-120 orang");
    assert_eq!(i.value, Value::Number(60.0));
    assert_eq!(i.unit.as_deref(), Some("people"));
}
