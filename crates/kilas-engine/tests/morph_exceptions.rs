//! Lemma exceptions from `data/not-derived.tsv`: roots that look affixed keep their form,
//! listed roots win over the rules' choice, and the gloss's form is unchanged.

use kilas_engine::lemma;
use kilas_engine::morph::analyze_word;

#[test]
fn look_alike_roots_stay_whole() {
    for w in ["sekarang", "menang", "pemilu", "sebab", "segala", "berbagai", "perempuan"] {
        assert_eq!(lemma(w), w, "{w}");
        assert_eq!(analyze_word(w).lemma, w, "{w}");
    }
    assert_eq!(lemma("Sekarang"), "sekarang");
    assert_eq!(lemma("pegawainya"), "pegawai");
}

#[test]
fn listed_roots_win() {
    assert_eq!(lemma("mengakui"), "aku");
    assert_eq!(lemma("diakui"), "aku");
    let a = analyze_word("mengakui");
    assert_eq!(a.lemma, "aku");
    assert_eq!(a.lemma_affixes, ["meN-", "-i"]);
    assert_eq!(lemma("pengarang"), "karang");
}

#[test]
fn ordinary_words_are_untouched() {
    assert_eq!(lemma("pemilihan"), "pilih");
    assert_eq!(lemma("bermain"), "main");
    assert_eq!(lemma("pemerintah"), "perintah");
}
