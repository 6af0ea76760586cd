//! Money: `Rp2,5 miliar`, `Rp 150 juta`, `Rp50.000.000,-`, `US$1,2 juta`, `750 riyal`.

use super::numbers::{english_amount, number_at};
use super::{marker_at, prefix, Item, ItemKind, Value, View};

/// Currency written before the amount: (tokens it takes, ISO code).
fn currency_before(v: &View, k: usize, end: usize) -> Option<(usize, &'static str)> {
    match v.low(k, end) {
        "rp" | "rp." | "idr" => Some((1, "IDR")),
        "usd" | "$" => Some((1, "USD")),
        "us" if v.low(k + 1, end) == "$" => Some((2, "USD")),
        "eur" | "€" => Some((1, "EUR")),
        "sgd" => Some((1, "SGD")),
        "s" if v.low(k + 1, end) == "$" => Some((2, "SGD")),
        _ => None,
    }
}

/// Currency written after the amount: (tokens it takes, ISO code).
fn currency_after(v: &View, k: usize, end: usize) -> Option<(usize, &'static str)> {
    match v.low(k, end) {
        "rupiah" => Some((1, "IDR")),
        "dolar" | "dollar" => {
            let next = v.low(k + 1, end);
            if next == "as" || next == "amerika" {
                Some((2, "USD"))
            } else if next == "singapura" {
                Some((2, "SGD"))
            } else {
                Some((1, "USD"))
            }
        }
        "riyal" | "real" => Some((1, "SAR")),
        "euro" => Some((1, "EUR")),
        "ringgit" => Some((1, "MYR")),
        "yen" => Some((1, "JPY")),
        "yuan" => Some((1, "CNY")),
        _ => None,
    }
}

/// Money at token `k`, value in base units of its currency.
///
/// ```
/// use kilas_engine::recognize::{recognize_text, Value};
/// let m = &recognize_text("hadiah Rp50.000.000,- untuk juara", None)[0];
/// assert_eq!((m.value.clone(), m.unit.as_deref()), (Value::Number(50_000_000.0), Some("IDR")));
/// assert_eq!(m.en, "IDR 50 million");
/// ```
pub fn money_at(v: &View, k: usize, _from: usize, end: usize) -> Option<Item> {
    let marker = marker_at(v, k, end)
        .filter(|m| currency_before(v, m.next, end).is_some() || number_at(v, m.next, end).is_some());
    let j = marker.map_or(k, |m| m.next);
    let (num_k, cur_before) = match currency_before(v, j, end) {
        Some((n, code)) => (j + n, Some(code)),
        None => (j, None),
    };
    let mut n = number_at(v, num_k, end)?;
    let mut stop = n.end;
    // Abbreviated scales in tables: `Rp231,9 M`, `Rp5 T`, `Rp2 jt`.
    if cur_before.is_some() && stop == num_k + 1 && stop < end {
        let mult = match v.text(stop) {
            "M" | "M." => 1e9,
            "T" | "T." => 1e12,
            "jt" | "Jt" | "jt." => 1e6,
            "rb" | "Rb" | "rb." => 1e3,
            _ => 1.0,
        };
        if mult > 1.0 {
            n.value *= mult;
            stop += 1;
        }
    }
    let code = match cur_before {
        Some(c) => c,
        None => {
            let (len, c) = currency_after(v, stop, end)?;
            stop += len;
            c
        }
    };
    // `Rp50.000.000,-`: the trailing `,-` belongs to the amount.
    if cur_before.is_some() && v.text(stop) == "," && matches!(v.text(stop + 1), "-" | "–") && stop + 1 < end {
        stop += 2;
    }
    let approx = marker.is_some_and(|m| m.approx()) || n.approx;
    let en = format!("{}{code} {}", prefix(marker, n.approx), english_amount(n.value));
    Some(v.item(ItemKind::Money, k, stop, Value::Number(n.value), Some(code.to_string()), approx, en))
}
