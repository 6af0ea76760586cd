//! Summariser properties: length control, determinism, no panics on odd input.

use kilas_engine::summary::{resummarize, Length, Weights};
use kilas_engine::{analyze, Options};

const TEXT: &str = "Jakarta (ANTARA) - Pemerintah menaikkan harga beras sebesar 10 persen mulai Senin (3/3/2025).\n\
Menteri Perdagangan mengatakan kenaikan itu diperlukan untuk menjaga pasokan.\n\
\"Kami akan terus memantau harga di pasar,\" kata dia.\n\
Harga beras medium kini mencapai Rp14.000 per kilogram di sejumlah pasar.\n\
Pedagang di Pasar Induk Cipinang mengaku penjualan turun 20 persen.\n\
Pemerintah juga menyiapkan operasi pasar di 50 kota.\n";

#[test]
fn sentences_and_ratio_control_length() {
    for n in 0..8 {
        let a = analyze(TEXT, &Options { date: None, summary_sentences: n });
        assert_eq!(a.summary.len(), n.min(6), "n={n}");
    }
    let mut a = analyze(TEXT, &Options::default());
    resummarize(&mut a, Length::Ratio(0.5), &Weights::default());
    assert_eq!(a.summary.len(), 3);
}

#[test]
fn quotes_without_figures_lose_to_news() {
    let a = analyze(TEXT, &Options::default());
    assert!(!a.summary.iter().any(|&i| a.sentences[i].text.starts_with('"')), "{:?}", a.summary);
}

#[test]
fn deterministic() {
    let a = analyze(TEXT, &Options::default());
    for _ in 0..3 {
        let b = analyze(TEXT, &Options::default());
        assert_eq!(a.summary, b.summary);
        let sa: Vec<f32> = a.sentences.iter().map(|s| s.score).collect();
        let sb: Vec<f32> = b.sentences.iter().map(|s| s.score).collect();
        assert_eq!(sa, sb);
    }
}

#[test]
fn one_line_articles_are_summarised() {
    // IndoSum-style input: one physical line, tokenised punctuation.
    let line = TEXT.replace('\n', " ");
    let a = analyze(&line, &Options::default());
    assert_eq!(a.summary.len(), 3);
    assert!(a.summary.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn odd_inputs_do_not_panic() {
    let inputs = ["", "\u{feff}", "\"\"\"", "Baca juga: a\nEditor: b", "1.2.3. 4.5.6.", "a\u{0301}b. c", "(ANTARA) -"];
    for t in inputs {
        let mut a = analyze(t, &Options::default());
        resummarize(&mut a, Length::Ratio(1.0), &Weights::default());
        assert!(a.summary.iter().all(|&i| i < a.sentences.len()));
    }
}
