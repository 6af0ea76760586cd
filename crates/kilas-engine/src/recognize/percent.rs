//! Percentages: `15,3 persen`, `15,3%`, `sekitar 20 persen`.

use super::numbers::{english_number, number_at};
use super::{marker_at, prefix, Item, ItemKind, Value, View};

/// A percentage at token `k`; the value is in percent points (`15,3 persen` → 15.3).
///
/// ```
/// use kilas_engine::recognize::{recognize_text, Value};
/// let p = &recognize_text("naik 15,3%", None)[0];
/// assert_eq!((p.value.clone(), p.en.as_str()), (Value::Number(15.3), "15.3 percent"));
/// ```
pub fn percent_at(v: &View, k: usize, _from: usize, end: usize) -> Option<Item> {
    let marker = marker_at(v, k, end);
    let j = marker.map_or(k, |m| m.next);
    let n = number_at(v, j, end)?;
    let mut stop = n.end;
    // A range `10-15 persen`: the lower bound.
    if matches!(v.low(stop, end), "-" | "hingga" | "sampai") && number_at(v, stop + 1, end).is_some() {
        stop = number_at(v, stop + 1, end).map_or(stop, |m| m.end);
    }
    match v.low(stop, end) {
        "persen" | "%" | "prosen" => stop += 1,
        "per" if v.low(stop + 1, end) == "sen" => stop += 2,
        _ => return None,
    }
    let approx = marker.is_some_and(|m| m.approx()) || n.approx;
    let en = format!("{}{} percent", prefix(marker, n.approx), english_number(n.value));
    Some(v.item(ItemKind::Percent, k, stop, Value::Number(n.value), Some("percent".into()), approx, en))
}
