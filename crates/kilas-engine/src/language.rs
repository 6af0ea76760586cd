//! Does a text look Indonesian? The share of very common Indonesian function words, so the
//! app can say so instead of showing a nonsense gloss of English or Malay-less text.

use crate::normalize::key;
use crate::token::tokenize;

/// Function words that make up roughly a fifth of any Indonesian news text.
const MARKERS: &[&str] = &[
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "ini",
    "itu",
    "dengan",
    "untuk",
    "pada",
    "dalam",
    "tidak",
    "akan",
    "juga",
    "oleh",
    "adalah",
    "bahwa",
    "karena",
    "para",
    "telah",
    "sudah",
    "kata",
    "ujar",
    "tersebut",
    "kami",
    "kita",
    "mereka",
    "ia",
    "dia",
    "atau",
    "serta",
    "sebagai",
    "bagi",
    "hingga",
    "sejak",
    "saat",
    "belum",
    "bisa",
    "dapat",
    "lebih",
    "sangat",
    "tahun",
    "orang",
    "kepada",
    "tersebut",
    "menurut",
    "namun",
    "sementara",
    "masih",
    "agar",
    "jika",
    "ada",
];

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LanguageCheck {
    pub words: usize,
    /// Share of words that are Indonesian function words (0..=1).
    pub marker_share: f32,
    pub looks_indonesian: bool,
}

/// Check a text. Texts under eight words are given the benefit of the doubt.
pub fn check(text: &str) -> LanguageCheck {
    let mut words = 0usize;
    let mut markers = 0usize;
    for t in tokenize(text) {
        if t.is_wordlike() {
            words += 1;
            if MARKERS.contains(&key(t.text(text)).as_str()) {
                markers += 1;
            }
        }
    }
    let share = if words == 0 { 0.0 } else { markers as f32 / words as f32 };
    LanguageCheck { words, marker_share: share, looks_indonesian: words < 8 || share >= 0.06 }
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn indonesian_and_english() {
        assert!(check("Kepala Kantor Wilayah mengatakan bahwa kegiatan ini diikuti oleh 350 peserta dari berbagai daerah di Sulawesi.").looks_indonesian);
        assert!(!check("The head of the regional office said that the event was attended by 350 participants from many regions.").looks_indonesian);
    }
}
