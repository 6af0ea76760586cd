//! Properties of the gloss over varied text: every chunk's span lies inside its sentence on
//! char boundaries, and every source token is covered by some chunk (no content lost).

use kilas_engine::token::tokenize;

const GOLDEN: &str = include_str!("golden/gloss/sentences.tsv");

const RELEASE: &str = "KANWIL BUKA POSKO PENGADUAN MEREK\n\
Makassar (ANTARA) - Kantor Wilayah Kementerian Hukum dan HAM (Kanwil Kemenkumham) Sulawesi Selatan membuka posko pengaduan merek di Kabupaten Bone pada 2-3 Oktober 2024.\n\
Kepala Bidang Kanwil Kemenkumham Sulsel Yusuf Rahmat saat meninjau posko, Rabu (4/9), menyebut sebagian besar pengrajin belum mendaftarkan nama dagangnya.\n\
\"Kami ingin nama dagang para pengrajin terlindungi sebelum ditiru orang lain,\" kata Yusuf.\n\
Tarif layanan cukup Rp500 ribu per kelas, naik 15,3 persen, dan posko dibuka pukul 09.00 WITA oleh Dr. Wahyuni Lestari, S.H., M.H.\n\
Anak-anak   bermain\u{00A0}di https://example.go.id — ☺ “kutipan” 1.250,75 ekor; ééé ñ 日本語 #tagar @akun.\n\
Baca juga: Berita lain\n\
Pewarta: Seseorang\n";

fn texts() -> Vec<String> {
    let mut v: Vec<String> = GOLDEN.lines().filter_map(|l| l.split_once('\t')).map(|(id, _)| id.to_string()).collect();
    v.push(RELEASE.to_string());
    v.push(String::new());
    v.push("\"\"\" ( ) - , .".into());
    v.push("yang yang itu ini tersebut para para lebih paling".into());
    v.push("dibuka oleh".into());
    v
}

#[test]
fn chunk_spans_lie_inside_their_sentence() {
    for t in texts() {
        let a = kilas_engine::analyze(&t, &Default::default());
        for s in &a.sentences {
            for c in &s.chunks {
                assert!(c.start <= c.end, "{t:?}: chunk {c:?}");
                assert!(
                    c.start >= s.start && c.end <= s.end,
                    "{t:?}: chunk {c:?} outside sentence {}..{}",
                    s.start,
                    s.end
                );
                assert!(
                    t.is_char_boundary(c.start) && t.is_char_boundary(c.end),
                    "{t:?}: chunk {c:?} off a char boundary"
                );
            }
        }
    }
}

#[test]
fn every_token_is_covered_by_a_chunk() {
    for t in texts() {
        let a = kilas_engine::analyze(&t, &Default::default());
        let tokens = tokenize(&t);
        for s in &a.sentences {
            for tok in tokens.iter().filter(|k| k.start >= s.start && k.end <= s.end) {
                let covered = s.chunks.iter().any(|c| c.start <= tok.start && tok.end <= c.end);
                assert!(covered, "{t:?}: token {:?} not covered by any chunk of {:?}", tok.text(&t), s.gloss);
            }
        }
    }
}

#[test]
fn dateline_is_kept_verbatim() {
    let a = kilas_engine::analyze(RELEASE, &Default::default());
    let first = a.sentences.iter().find(|s| !s.boilerplate).expect("content");
    assert!(first.gloss.starts_with("Makassar (ANTARA) -"), "{}", first.gloss);
}

#[test]
fn figures_in_english_convention() {
    let a = kilas_engine::analyze(RELEASE, &Default::default());
    let all: String = a.sentences.iter().map(|s| s.gloss.clone()).collect::<Vec<_>>().join(" ");
    for want in ["IDR 500,000", "15.3 percent", "at 09:00 WITA (UTC+8)", "Wednesday (Sept. 4)"] {
        assert!(all.contains(want), "missing {want:?} in {all}");
    }
}
