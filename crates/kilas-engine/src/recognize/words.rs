//! Number words: `tiga`, `dua puluh lima`, `seratus`, `sebelas`, `puluhan`, `sepertiga`.

use super::View;

/// Value of a digit word (`satu` … `sembilan`).
fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "nol" => 0.0,
        "satu" | "se" => 1.0,
        "dua" => 2.0,
        "tiga" => 3.0,
        "empat" => 4.0,
        "lima" => 5.0,
        "enam" => 6.0,
        "tujuh" => 7.0,
        "delapan" => 8.0,
        "sembilan" => 9.0,
        _ => return None,
    })
}

/// Value of a single number word (`sepuluh`, `seratus`, `sepertiga`) and whether it is vague
/// (`puluhan`, `ratusan`, `ribuan`).
///
/// ```
/// use kilas_engine::recognize::words::word_value;
/// assert_eq!(word_value("tiga"), Some((3.0, false)));
/// assert_eq!(word_value("puluhan"), Some((10.0, true)));
/// assert_eq!(word_value("sepertiga"), Some((1.0 / 3.0, false)));
/// ```
pub fn word_value(w: &str) -> Option<(f64, bool)> {
    if let Some(n) = unit_word(w) {
        return Some((n, false));
    }
    let exact = match w {
        "sepuluh" => 10.0,
        "sebelas" => 11.0,
        "seratus" => 100.0,
        "seribu" => 1000.0,
        "sejuta" => 1e6,
        "setengah" | "separuh" | "seperdua" => 0.5,
        "sepertiga" => 1.0 / 3.0,
        "seperempat" => 0.25,
        "selusin" => 12.0,
        _ => {
            let vague = match w {
                "belasan" => 10.0,
                "puluhan" => 10.0,
                "ratusan" => 100.0,
                "ribuan" => 1000.0,
                "puluhan ribu" => 10_000.0,
                "jutaan" => 1e6,
                _ => return None,
            };
            return Some((vague, true));
        }
    };
    Some((exact, false))
}

/// Read a run of number words at token `k`: `dua puluh lima`, `tiga ratus`, `seratus dua
/// puluh`, `dua belas`, `puluhan ribu`. Returns (value, end token, vague).
pub fn number_words_at(v: &View, k: usize, end: usize) -> Option<(f64, usize, bool)> {
    let first = v.low(k, end);
    let (mut total, mut vague) = word_value(first)?;
    let mut current = total;
    total = 0.0;
    let mut j = k + 1;
    // Compounds: a digit word followed by `belas`, `puluh`, `ratus`, then more.
    loop {
        let w = v.low(j, end);
        match w {
            "belas" if (1.0..10.0).contains(&current) => current += 10.0,
            "puluh" if (1.0..10.0).contains(&current) => current *= 10.0,
            "ratus" if (1.0..10.0).contains(&current) => current *= 100.0,
            "ribu" if (1.0..1000.0).contains(&current) => {
                total += current * 1000.0;
                current = 0.0;
            }
            _ => {
                if let Some(n) = unit_word(w).filter(|_| current >= 10.0 && current % 10.0 == 0.0) {
                    current += n;
                } else if matches!(w, "sepuluh" | "sebelas" | "seratus") && current >= 1000.0 {
                    current += word_value(w).map_or(0.0, |x| x.0);
                } else if w == "ribu" && vague {
                    current *= 1000.0;
                } else {
                    break;
                }
            }
        }
        j += 1;
    }
    total += current;
    if first == "puluhan" && v.low(k + 1, end) == "ribu" {
        vague = true;
    }
    Some((total, j, vague))
}
