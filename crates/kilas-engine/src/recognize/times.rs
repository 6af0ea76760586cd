//! Clock times: `pukul 09.00 WIB`, `pk. 14.30 WITA`, `09.00–12.00 WITA`,
//! `pukul 13.00 hingga 20.00 WIB`.
//!
//! A single time takes the day last named in the text (or the anchor):
//! `2024-09-04T09:00+08:00`. A range is written without its day: `T13:00+07:00/T20:00+07:00`.

use super::{Context, Item, ItemKind, Value, View};
use crate::token::TokenKind;

/// UTC offset and English label of an Indonesian time zone.
pub fn zone(low: &str) -> Option<(&'static str, &'static str)> {
    Some(match low {
        "wib" => ("+07:00", "WIB (UTC+7)"),
        "wita" => ("+08:00", "WITA (UTC+8)"),
        "wit" => ("+09:00", "WIT (UTC+9)"),
        _ => return None,
    })
}

/// `09.00`, `9:30`, `14.30` as (hour, minute).
pub fn clock(text: &str) -> Option<(u8, u8)> {
    let t = crate::normalize::fold(text);
    let (h, m) = t.split_once(['.', ':'])?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60).then_some((h, m))
}

fn clock_at(v: &View, k: usize, end: usize) -> Option<(u8, u8)> {
    if k >= end || v.tokens.get(k)?.kind != TokenKind::Number {
        return None;
    }
    clock(v.text(k))
}

/// A clock time or range at token `k`.
///
/// ```
/// use kilas_engine::recognize::{recognize_text, Value};
/// let t = &recognize_text("Rabu (4/9) pukul 09.00 WITA", kilas_engine::Date::new(2024, 9, 5))[1];
/// assert_eq!(t.value, Value::Iso("2024-09-04T09:00+08:00".into()));
/// let r = &recognize_text("pukul 13.00 hingga 20.00 WIB", None)[0];
/// assert_eq!(r.value, Value::Iso("T13:00+07:00/T20:00+07:00".into()));
/// ```
pub fn time_at(v: &View, k: usize, _from: usize, end: usize, ctx: &Context) -> Option<Item> {
    let low = v.low(k, end);
    let (j, marked) = match low {
        "pukul" | "pk" | "pk." | "jam" | "pkl" | "pkl." => (k + 1, true),
        _ => (k, false),
    };
    let (h1, m1) = clock_at(v, j, end)?;
    let mut stop = j + 1;
    let mut second = None;
    if matches!(v.low(stop, end), "hingga" | "sampai" | "s.d." | "s/d" | "sd" | "-")
        || v.text(stop).chars().all(crate::normalize::is_dash) && stop < end
    {
        let after = if v.low(stop + 1, end) == "pukul" { stop + 2 } else { stop + 1 };
        if let Some(c) = clock_at(v, after, end) {
            second = Some(c);
            stop = after + 1;
        }
    }
    let z = zone(v.low(stop, end)).filter(|_| stop < end);
    if z.is_some() {
        stop += 1;
    }
    // Without `pukul` only a zone or a range makes `09.00` a time (it could be a decimal).
    if !marked && z.is_none() {
        return None;
    }
    if !marked && second.is_none() && h1 > 24 {
        return None;
    }
    let (off, zone_en) = z.map_or(("", String::new()), |(o, e)| (o, format!(" {e}")));
    if let Some((h2, m2)) = second {
        let iso = format!("T{h1:02}:{m1:02}{off}/T{h2:02}:{m2:02}{off}");
        let en = format!("from {h1:02}:{m1:02} to {h2:02}:{m2:02}{zone_en}");
        return Some(v.item(ItemKind::Time, k, stop, Value::Iso(iso), None, false, en));
    }
    let day = ctx.last_day.or(ctx.anchor);
    let iso = match day {
        Some(d) => format!("{d}T{h1:02}:{m1:02}{off}"),
        None => format!("T{h1:02}:{m1:02}{off}"),
    };
    let en = format!("at {h1:02}:{m1:02}{zone_en}");
    Some(v.item(ItemKind::Time, k, stop, Value::Iso(iso), None, false, en))
}
