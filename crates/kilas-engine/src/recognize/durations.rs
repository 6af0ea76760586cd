//! Durations: `tiga hari`, `selama 14 hari`, `enam tahun enam bulan`, `1x24 jam`,
//! `lebih dari dua jam`, as ISO 8601 (`P3D`, `P6Y6M`, `PT24H`).

use super::numbers::{english_number, parse_number};
use super::words::number_words_at;
use super::{Item, ItemKind, Value, View};
use crate::token::TokenKind;

/// ISO designator and English name of a unit of time.
fn time_unit(low: &str) -> Option<(char, bool, &'static str)> {
    // (designator, is a clock unit (after `T`), English plural)
    Some(match low {
        "tahun" | "thn" => ('Y', false, "years"),
        "bulan" | "bln" => ('M', false, "months"),
        "pekan" | "minggu" => ('W', false, "weeks"),
        "hari" => ('D', false, "days"),
        "jam" => ('H', true, "hours"),
        "menit" => ('M', true, "minutes"),
        "detik" => ('S', true, "seconds"),
        _ => return None,
    })
}

/// One-word durations: `sehari`, `sepekan`, `sebulan`, `setahun`, `sejam`.
fn se_unit(low: &str) -> Option<&'static str> {
    Some(match low {
        "sehari" => "hari",
        "sepekan" | "seminggu" => "pekan",
        "sebulan" => "bulan",
        "setahun" => "tahun",
        "sejam" => "jam",
        _ => return None,
    })
}

/// Words before `N tahun` that make it an age, not a span of time.
const AGE_WORDS: &[&str] = &["usia", "berusia", "umur", "berumur", "usianya", "umurnya"];

fn amount_at(v: &View, k: usize, end: usize) -> Option<(f64, usize)> {
    if k >= end {
        return None;
    }
    if v.tokens.get(k)?.kind == TokenKind::Number {
        let mut n = parse_number(v.text(k))?;
        let mut j = k + 1;
        // `1x24 jam`, `2 x 24 jam`
        if v.low(j, end) == "x" && v.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number) && j + 1 < end {
            n *= parse_number(v.text(j + 1))?;
            j += 2;
        }
        return Some((n, j));
    }
    let (n, j, vague) = number_words_at(v, k, end)?;
    (!vague).then_some((n, j))
}

/// A duration at token `k` (an optional `selama`/`sekitar`/`lebih dari` opens it).
pub fn duration_at(v: &View, k: usize, from: usize, end: usize) -> Option<Item> {
    let start = k;
    let mut k = k;
    let mut approx = "";
    let mut opened = false;
    match (v.low(k, end), v.low(k + 1, end)) {
        ("selama" | "sepanjang", _) => {
            k += 1;
            opened = true;
        }
        ("sekitar", _) => {
            k += 1;
            approx = "about ";
        }
        ("hampir", _) => {
            k += 1;
            approx = "almost ";
        }
        ("lebih", "dari") => {
            k += 2;
            approx = "more than ";
        }
        ("kurang", "dari") => {
            k += 2;
            approx = "less than ";
        }
        _ => {}
    }
    let prev = if start > from { v.low(start - 1, end) } else { "" };
    if matches!(prev, "nomor" | "no" | "no." | "pasal") {
        return None;
    }
    // Ages, and the second half of a range (`5-14 tahun`, `dua hingga tujuh hari`).
    if AGE_WORDS.contains(&prev) || matches!(prev, "-" | "hingga" | "sampai" | "s.d." | "atau") {
        return None;
    }
    let mut parts: Vec<(f64, char, bool, &str)> = Vec::new();
    let mut j = k;
    if let Some(u) = se_unit(v.low(j, end)).filter(|_| opened) {
        let (d, clock, name) = time_unit(u)?;
        parts.push((1.0, d, clock, name));
        j += 1;
    } else {
        while let Some((n, after)) = amount_at(v, j, end) {
            let Some((d, clock, name)) = time_unit(v.low(after, end)) else { break };
            // A capitalised unit is a name or statute (`UU Nomor 31 Tahun 1999`, `Minggu`).
            if v.is_capitalised(after) {
                break;
            }
            parts.push((n, d, clock, name));
            j = after + 1;
        }
    }
    if parts.is_empty() {
        return None;
    }
    // `tahun 2024`-like misreads: no year counts above 200, `65 tahun ke atas` is an age.
    let next = v.low(j, end);
    let next2 = v.low(j + 1, end);
    if matches!(next, "anggaran" | "ajaran" | "buku")
        || (next == "ke" && matches!(next2, "atas" | "bawah"))
        || matches!(next, "lalu" | "silam" | "terakhir")
        || (next == "ke" && next2 == "depan")
    {
        return None;
    }
    if parts.iter().any(|p| p.0 <= 0.0 || p.0 > 10_000.0) {
        return None;
    }
    let mut iso = String::from("P");
    let mut t_written = false;
    let mut en = Vec::new();
    for &(n, d, clock, name) in &parts {
        if clock && !t_written {
            iso.push('T');
            t_written = true;
        }
        // A half unit written as a decimal (`1,5 tahun`) stays a decimal in ISO 8601.
        iso.push_str(&english_number(n).replace(',', ""));
        iso.push(d);
        let name = if n == 1.0 { name.trim_end_matches('s') } else { name };
        en.push(format!("{} {name}", english_number(n)));
    }
    let en = format!("{approx}{}", en.join(" "));
    Some(v.item(ItemKind::Duration, start, j, Value::Iso(iso), None, !approx.is_empty(), en))
}
