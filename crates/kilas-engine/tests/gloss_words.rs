//! Word-level English of the gloss: irregular verbs, adverbs, plurals in lists, articles on
//! predicates and one-word names opening a sentence. Sentences invented for these tests.

fn gloss(s: &str) -> String {
    kilas_engine::gloss_document(s).lines().collect::<Vec<_>>().join(" ")
}

#[test]
fn irregular_verbs_and_ee_verbs() {
    let g = gloss("Para nelayan bersumpah di depan kepala desa.");
    assert!(g.contains("swore"), "{g}");
    assert!(!g.contains("sweared"), "{g}");
    let g = gloss("Kedua koperasi telah menyepakati harga gabah.");
    assert!(g.contains("agreed") && !g.contains("agreeded"), "{g}");
}

#[test]
fn superlative_predicate_takes_the() {
    let g = gloss("Taman itu adalah taman terbesar di provinsi ini.");
    assert!(g.contains("is the largest park"), "{g}");
    assert!(!g.contains("a largest"), "{g}");
}

#[test]
fn bare_nouns_listed_with_plurals_are_plural() {
    let g = gloss("Relawan membagikan tikar, selimut, dan ember kepada pengungsi.");
    assert!(g.contains("mats, blankets, and buckets"), "{g}");
    // Mass nouns stay singular.
    let g = gloss("Koperasi itu menjual beras, gula, dan minyak goreng.");
    assert!(g.contains("rice, sugar, and cooking oil"), "{g}");
}

#[test]
fn one_word_name_before_a_verb_of_saying() {
    let g = gloss("Agung mengatakan jalan desa sudah diperbaiki.");
    assert!(g.starts_with("Agung said"), "{g}");
    // A body that speaks stays a word.
    let g = gloss("Tim mengatakan pencarian dilanjutkan besok.");
    assert!(g.starts_with("The team said"), "{g}");
}

#[test]
fn a_name_seen_inside_a_sentence_stays_a_name_at_the_start() {
    let g = gloss("Acara dibuka oleh kepala desa Lestari Wulandari. Lestari juga mengajak warga menanam pohon.");
    assert!(g.contains(" Lestari also"), "{g}");
}

#[test]
fn menjadi_after_a_verb_is_its_result() {
    let g = gloss("Jumlah pengunjung meningkat menjadi 500 orang.");
    assert!(g.contains("increased to 500"), "{g}");
    let g = gloss("Kota ini bisa menjadi pusat wisata.");
    assert!(g.contains("can become"), "{g}");
}

#[test]
fn there_be_agrees_and_follows_the_story() {
    let g = gloss("\"Ada tiga sekolah di sini,\" kata Joko.");
    assert!(g.contains("There are three schools"), "{g}");
    let g = gloss("Warga melapor bahwa ada dua rumah yang rusak.");
    assert!(g.contains("there were two"), "{g}");
}

#[test]
fn prepositional_senses_take_no_article() {
    let g = gloss("Kegiatan pada pagi hari itu diikuti siswa.");
    assert!(!g.contains("the in the"), "{g}");
    let g = gloss("Dia melapor secara anonim.");
    assert!(g.contains("anonymously"), "{g}");
}

#[test]
fn a_word_with_an_age_is_a_name_and_one_of_takes_a_plural() {
    let g = gloss("Salah seorang peserta, Budi (40), hadir.");
    assert!(g.starts_with("One of the participants, Budi (40)"), "{g}");
}

#[test]
fn a_superlative_noun_phrase_takes_the() {
    let g = gloss("Kasus tertinggi tercatat di Kecamatan Sukajaya.");
    assert!(g.starts_with("The highest case"), "{g}");
}

#[test]
fn ordinals_after_a_noun_and_counts_before_it() {
    let g = gloss("Gelombang kedua tiba di pelabuhan.");
    assert!(g.starts_with("The second wave"), "{g}");
    let g = gloss("Ketiga korban dirawat di puskesmas.");
    assert!(g.starts_with("The three victims"), "{g}");
}

#[test]
fn a_name_used_earlier_stays_a_name_after_a_verb_of_saying() {
    let g = gloss("Kepala kantor itu, Rahmat Wibisono, hadir. \"Kami siap,\" ujar Rahmat.");
    assert!(g.contains("Rahmat said"), "{g}");
}
