//! Counted and measured noun phrases in the gloss (invented sentences).

fn gloss(s: &str) -> String {
    kilas_engine::gloss_document(s).lines().collect::<Vec<_>>().join(" ")
}

#[test]
fn measure_words_take_of() {
    let g = gloss("Petugas mengirim 20 ton beras ke desa itu.");
    assert!(g.contains("20 tonnes of rice"), "{g}");
    let g = gloss("Petani kehilangan 3 karung pupuk.");
    assert!(g.contains("3 sacks of fertilizer"), "{g}");
    let g = gloss("Polisi menyita 5 kilogram sabu.");
    assert!(g.contains("5 kilograms of methamphetamine"), "{g}");
}

#[test]
fn one_measure_is_singular() {
    let g = gloss("Air naik hingga 1 meter.");
    assert!(g.contains("1 metre"), "{g}");
    assert!(!g.contains("metres"), "{g}");
}

#[test]
fn population_counts_are_people() {
    let g = gloss("Sebanyak 950 jiwa mengungsi dari 8 desa.");
    assert!(g.contains("950 people"), "{g}");
    assert!(g.contains("8 villages"), "{g}");
}

#[test]
fn value_follows_the_noun() {
    let g = gloss("Dinas Sosial menyalurkan bantuan pangan senilai Rp500 juta.");
    assert!(g.contains("food aid worth IDR 500 million"), "{g}");
}

#[test]
fn participle_with_agent_after_noun() {
    let g = gloss("Bantuan diberikan kepada warga terdampak longsor.");
    assert!(g.contains("residents affected by the landslide"), "{g}");
}

#[test]
fn damage_degree_before_noun() {
    let g = gloss("Tercatat 40 rumah rusak berat dan 7 rumah rusak ringan.");
    assert!(g.contains("40 badly damaged houses"), "{g}");
    assert!(g.contains("7 slightly damaged houses"), "{g}");
    let g = gloss("Dua warga luka berat.");
    assert!(g.contains("seriously injured residents"), "{g}");
}

#[test]
fn death_counts() {
    let g = gloss("Banjir itu menyebabkan 4 korban meninggal dunia.");
    assert!(g.contains("4 deaths"), "{g}");
}

#[test]
fn households_and_amounts() {
    let g = gloss("Sebanyak 300 kepala keluarga mengungsi.");
    assert!(g.contains("300 households"), "{g}");
    let g = gloss("Pemerintah menyiapkan anggaran sebesar Rp2 miliar.");
    assert!(g.contains("budget of IDR 2 billion"), "{g}");
}

#[test]
fn classifier_after_one_is_dropped() {
    let g = gloss("Polisi menangkap satu orang pelaku.");
    assert!(g.contains("one perpetrator"), "{g}");
}

#[test]
fn number_of_what_is_counted() {
    let g = gloss("Panitia menghitung jumlah peserta lomba.");
    assert!(g.contains("number of"), "{g}");
    let g = gloss("Jumlah tiket yang terjual terus naik.");
    assert!(g.starts_with("The number of tickets"), "{g}");
}

#[test]
fn disaster_victims_are_plural() {
    let g = gloss("Relawan membagikan selimut kepada korban gempa.");
    assert!(g.contains("earthquake victims"), "{g}");
}
