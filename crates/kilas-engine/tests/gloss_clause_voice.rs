//! Clause rules of the gloss: copula agreement, object voice, aspect, reduced relatives,
//! reported speech and credit lines. Sentences invented for these tests.

fn gloss(s: &str) -> String {
    kilas_engine::gloss_document(s).lines().collect::<Vec<_>>().join(" ")
}

#[test]
fn copula_agrees_with_the_head_of_the_subject() {
    assert!(
        gloss("Tujuan kami adalah kesehatan anak.").starts_with("Our goal is "),
        "{}",
        gloss("Tujuan kami adalah kesehatan anak.")
    );
    assert!(gloss("Mereka adalah petani.").starts_with("They are farmers"));
}

#[test]
fn object_voice_puts_the_pronoun_agent_first() {
    let g = gloss("Surat itu sudah kami kirim kemarin.");
    assert!(g.contains("we have sent"), "{g}");
    let g = gloss("Berkas itu sedang mereka periksa.");
    assert!(g.contains("they are examining"), "{g}");
    let g = gloss("Hadiah yang kami terima sangat besar.");
    assert!(g.contains("we received"), "{g}");
}

#[test]
fn aspect_and_reported_speech() {
    let g = gloss("Camat menjelaskan bahwa jembatan itu akan dibangun tahun depan.");
    assert!(g.contains("would be built"), "{g}");
    let g = gloss("Petani telah memanen padi.");
    assert!(g.contains("have harvested") || g.contains("has harvested"), "{g}");
}

#[test]
fn reduced_relatives() {
    let g = gloss("Buku yang dikirim antara lain kamus dan novel.");
    assert!(g.contains("sent includes"), "{g}");
    assert!(!g.contains("which was"), "{g}");
}

#[test]
fn credit_lines_keep_names() {
    let a =
        kilas_engine::analyze("Bogor (ANTARA) - Petani memanen padi.\nPewarta: Tim Sinar Pagi\n", &Default::default());
    let credit = a.sentences.iter().find(|s| s.text.starts_with("Pewarta")).expect("credit line");
    assert_eq!(credit.gloss, "Reporter: Tim Sinar Pagi");
}

#[test]
fn indefinite_article_by_sound() {
    assert!(gloss("Dia adalah seorang insinyur.").contains("an engineer"), "{}", gloss("Dia adalah seorang insinyur."));
}

#[test]
fn verbs_that_take_to_or_in() {
    let g = gloss("Air sungai mulai surut.");
    assert!(g.contains("started to recede"), "{g}");
    let g = gloss("Petugas berhasil memadamkan api.");
    assert!(g.contains("succeeded in") || g.contains("managed to"), "{g}");
    let g = gloss("Panen diperkirakan mencapai 40 ton.");
    assert!(g.contains("estimated to reach"), "{g}");
}

#[test]
fn control_verbs_with_not_and_want() {
    let g = gloss("Lurah meminta warga tidak membakar sampah.");
    assert!(g.contains("not to burn"), "{g}");
    let g = gloss("Kami ingin para petani memahami aturan baru.");
    assert!(g.contains("to understand"), "{g}");
    assert!(!g.contains("want to the"), "{g}");
}

#[test]
fn be_senses_are_conjugated() {
    let g = gloss("Pasar itu berada di tepi sungai.");
    assert!(["was located", "is located", "was in", "is in"].iter().any(|e| g.contains(e)), "{g}");
    let g = gloss("\"Pelatihan ini sangat bermanfaat,\" kata Nina.");
    assert!(g.contains("is very useful"), "{g}");
    let g = gloss("Keduanya ditangkap petugas.");
    assert!(g.contains("were arrested"), "{g}");
}

#[test]
fn phrasal_verbs_in_object_voice() {
    let g = gloss("Usulan itu akan kami tindak lanjuti.");
    assert!(g.contains("we will follow up"), "{g}");
}

#[test]
fn pada_with_months_years_and_ends() {
    let g = gloss("Pasar baru itu dibuka pada tahun 2018.");
    assert!(g.contains("in 2018"), "{g}");
    let g = gloss("Festival digelar pada akhir tahun.");
    assert!(g.contains("at the end"), "{g}");
}

#[test]
fn counted_subjects_are_plural() {
    let g = gloss("Sebanyak 40 orang telah mendaftar.");
    assert!(g.contains("have registered"), "{g}");
    let g = gloss("Panen diperkirakan akan meningkat.");
    assert!(g.contains("estimated to"), "{g}");
}

#[test]
fn main_verb_after_a_relative_clause() {
    let g = gloss("Pelatihan yang mereka ikuti sangat bermanfaat.");
    assert!(["attended", "followed", "joined"].iter().any(|v| g.contains(&format!("they {v} was very"))), "{g}");
    let g = gloss("Petani yang terdampak mendapat benih.");
    assert!(g.contains("affected got") || g.contains("affected received"), "{g}");
}
