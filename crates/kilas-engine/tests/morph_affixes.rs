//! One test per affix family, against a small root set written here (so the expectations do
//! not move when the glossary grows). `lemma` is the Universal Dependencies-style root;
//! `root` is the headword the gloss uses.

use kilas_engine::glossary::Pos;
use kilas_engine::morph::roots::RootSet;
use kilas_engine::morph::{analyze_with, lemma_with, Derivation, WordAnalysis};
use std::sync::LazyLock;

static ROOTS: LazyLock<RootSet> = LazyLock::new(|| {
    let mut r = RootSet::default();
    let words: &[(&str, Pos)] = &[
        ("pukul", Pos::Verb),
        ("sapu", Pos::Noun),
        ("ambil", Pos::Verb),
        ("tulis", Pos::Verb),
        ("bom", Pos::Noun),
        ("beli", Pos::Verb),
        ("cari", Pos::Verb),
        ("kirim", Pos::Verb),
        ("lihat", Pos::Verb),
        ("gali", Pos::Verb),
        ("dagang", Pos::Verb),
        ("jual", Pos::Verb),
        ("adil", Pos::Adjective),
        ("tidak", Pos::Particle),
        ("sinambung", Pos::Verb),
        ("lari", Pos::Verb),
        ("besar", Pos::Adjective),
        ("sayur", Pos::Noun),
        ("keluar", Pos::Verb),
        ("negara", Pos::Noun),
        ("kerja", Pos::Noun),
        ("ajar", Pos::Verb),
        ("jalan", Pos::Noun),
        ("rasa", Pos::Noun),
        ("tinggi", Pos::Adjective),
        ("bangun", Pos::Verb),
        ("usaha", Pos::Noun),
        ("tani", Pos::Noun),
        ("tingkat", Pos::Noun),
        ("kaya", Pos::Adjective),
        ("kekayaan", Pos::Noun),
        ("kantor", Pos::Noun),
        ("buku", Pos::Noun),
        ("temu", Pos::Verb),
        ("tahu", Pos::Verb),
        ("dua", Pos::Numeral),
        ("rumah", Pos::Noun),
        ("sebut", Pos::Verb),
        ("tersebut", Pos::Determiner),
        ("baik", Pos::Adjective),
        ("apa", Pos::Pronoun),
        ("modern", Pos::Adjective),
        ("daya", Pos::Noun),
        ("hasil", Pos::Noun),
        ("tanya", Pos::Verb),
        ("kata", Pos::Verb),
        ("dapat", Pos::Verb),
        ("pendapat", Pos::Noun),
        ("perintah", Pos::Noun),
        ("pinjam", Pos::Verb),
        ("nilai", Pos::Noun),
        ("pengaruh", Pos::Noun),
        ("mempengaruhi", Pos::Verb),
        ("kait", Pos::Verb),
    ];
    for (w, p) in words {
        r.insert(w, *p);
    }
    r
});

fn a(w: &str) -> WordAnalysis {
    analyze_with(w, &*ROOTS)
}

fn lemma(w: &str) -> String {
    lemma_with(w, &*ROOTS)
}

fn check(pairs: &[(&str, &str)]) {
    for (w, root) in pairs {
        assert_eq!(lemma(w), *root, "lemma of {w}");
        assert_eq!(a(w).lemma, *root, "analysis lemma of {w}");
    }
}

#[test]
fn men_allomorphs_restore_initial_consonants() {
    check(&[
        ("memukul", "pukul"),
        ("menyapu", "sapu"),
        ("mengambil", "ambil"),
        ("menulis", "tulis"),
        ("mengebom", "bom"),
        ("membeli", "beli"),
        ("mencari", "cari"),
        ("mengirim", "kirim"),
        ("melihat", "lihat"),
        ("menggali", "gali"),
    ]);
    assert_eq!(a("memukul").class, Derivation::Active);
    assert_eq!(a("memukul").affixes, ["meN-"]);
}

#[test]
fn pen_family() {
    check(&[
        ("pemukul", "pukul"),
        ("penulis", "tulis"),
        ("pembeli", "beli"),
        ("pengirim", "kirim"),
        ("petani", "tani"),
    ]);
    assert_eq!(a("penulis").class, Derivation::Agentive);
    assert_eq!(a("pembangunan").class, Derivation::Nominal);
    check(&[("pembangunan", "bangun"), ("pengambilan", "ambil")]);
}

#[test]
fn ber_ter_di_ke_se_per() {
    check(&[
        ("berjalan", "jalan"),
        ("bekerja", "kerja"),
        ("belajar", "ajar"),
        ("terasa", "rasa"),
        ("tertinggi", "tinggi"),
        ("dibeli", "beli"),
        ("dikirim", "kirim"),
        ("kedua", "dua"),
        ("serumah", "rumah"),
        ("perbesar", "besar"),
    ]);
    assert_eq!(a("dibeli").class, Derivation::Passive);
    assert_eq!(a("tertinggi").class, Derivation::Superlative);
    assert_eq!(a("berjalan").class, Derivation::Intransitive);
    assert_eq!(a("kedua").class, Derivation::Ordinal);
}

#[test]
fn suffixes_kan_i_an() {
    check(&[("dibangunkan", "bangun"), ("ditulisi", "tulis"), ("tulisan", "tulis"), ("pinjaman", "pinjam")]);
    let w = a("dituliskan");
    assert_eq!(w.classes[..2], [Derivation::Passive, Derivation::Causative]);
    assert_eq!(a("ditulisi").classes[1], Derivation::Applicative);
    assert_eq!(a("tulisan").class, Derivation::Nominal);
}

#[test]
fn confixes() {
    check(&[
        ("kekayaan", "kaya"),
        ("pendapatan", "dapat"),
        ("perdagangan", "dagang"),
        ("pertanian", "tani"),
        ("berdagangan", "dagang"),
        ("sebaiknya", "baik"),
    ]);
    assert_eq!(a("kekayaan").root, "kekayaan", "an attested derived headword glosses whole");
    assert_eq!(a("kekayaannya").root, "kekayaan", "attested derived headword beats decomposition");
    assert_eq!(a("pertanian").class, Derivation::Nominal);
    assert_eq!(a("berdagangan").class, Derivation::Reciprocal);
    assert_eq!(a("sebaiknya").class, Derivation::Adverbial);
}

#[test]
fn particles_and_pronouns() {
    check(&[
        ("bukunya", "buku"),
        ("bukuku", "buku"),
        ("bukumu", "buku"),
        ("bukulah", "buku"),
        ("apakah", "apa"),
        ("kantorpun", "kantor"),
        ("kubeli", "beli"),
        ("kaubeli", "beli"),
    ]);
    assert_eq!(a("bukunya").class, Derivation::Possessive);
    assert_eq!(a("bukunya").affixes, ["-nya"]);
    assert_eq!(a("kubeli").class, Derivation::Active);
}

#[test]
fn stacked_forms() {
    check(&[
        ("memperdagangkan", "dagang"),
        ("diperjualbelikan", "jual beli"),
        ("ketidakadilan", "adil"),
        ("berkesinambungan", "sinambung"),
        ("mengetahui", "tahu"),
        ("pemberdayaan", "daya"),
        ("keberhasilan", "hasil"),
        ("mempertanyakan", "tanya"),
    ]);
    assert_eq!(a("memperdagangkan").affixes, ["meN-", "per-", "-kan"]);
    assert_eq!(a("ketidakadilan").affixes, ["ke-", "tidak", "-an"]);
}

#[test]
fn reduplication() {
    check(&[
        ("negara-negara", "negara"),
        ("berlari-lari", "lari"),
        ("sebesar-besarnya", "besar"),
        ("sayur-mayur", "sayur"),
        ("pembangunan-pembangunan", "bangun"),
    ]);
    assert_eq!(a("negara-negara").class, Derivation::Plural);
    assert_eq!(a("berlari-lari").class, Derivation::Iterative);
    assert_eq!(a("sebesar-besarnya").class, Derivation::Adverbial);
    assert!(a("negara-negara").affixes.contains(&"R"));
    assert_eq!(lemma("non-keuangan"), "non-keuangan");
}

#[test]
fn ranking_and_headwords() {
    // The deepest root for the lemma, the longest for the gloss.
    assert_eq!(lemma("pendapatnya"), "dapat");
    assert_eq!(a("pendapatnya").root, "pendapat");
    // A function word that is a headword is taken apart only into a content root.
    assert_eq!(lemma("tersebut"), "sebut");
    assert_eq!(a("tersebut").root, "tersebut");
    // Unassimilated mem-p keeps its spelling as lemma; memper- does not.
    assert_eq!(lemma("mempengaruhi"), "mempengaruhi");
    // meN- + keluar, not meN- + ke- + luar.
    assert_eq!(lemma("mengeluarkan"), "keluar");
    // Capitalised confix nouns are names' parts.
    assert_eq!(lemma("Pembangunan"), "pembangunan");
    assert_eq!(lemma("Dibangun"), "bangun");
}

#[test]
fn loanword_endings() {
    let m = a("modernisasi");
    assert_eq!(m.english.as_deref(), Some("modernization"));
    assert_eq!(m.class, Derivation::Loanword);
    assert_eq!(m.lemma, "modernisasi");
    assert_eq!(a("aktivitas").english.as_deref(), Some("activity"));
    assert_eq!(a("liberalisme").english.as_deref(), Some("liberalism"));
    assert_eq!(a("kreatif").english.as_deref(), Some("creative"));
    assert_eq!(a("ekonomis").english.as_deref(), Some("economic"));
}

#[test]
fn typo_fallback_is_marked() {
    let w = a("mningkatkan");
    assert!(w.typo && w.known);
    assert_eq!(w.corrected.as_deref(), Some("meningkatkan"));
    assert_eq!(w.root, "tingkat");
    // The lemma never guesses.
    assert_eq!(lemma("mningkatkan"), "mningkatkan");
    // Names are not corrected.
    assert!(!a("Mningkatkan").typo);
    assert!(!a("kantor").typo);
}
