//! Dates: `Rabu (4/9)`, `Senin (12/8/2024)`, `4-8 September 2024`, `Kamis, 5 September 2024`,
//! `Januari-Juni 2024`, `tahun lalu`, `pekan depan`, `Februari lalu`, `sejak 2009`.
//!
//! Values are ISO 8601: `2024-09-04`, `2024-09`, `2024`, ranges `start/end`, weeks
//! `2024-W12`. Day/month forms and relative words resolve against [`Context::anchor`].

use super::numbers::parse_number;
use super::words::number_words_at;
use super::{Context, Item, View, MONTHS_EN, MONTHS_FULL_EN, WEEKDAYS_EN};
use crate::date::Date;
use crate::token::TokenKind;

/// Month number of an Indonesian (or abbreviated) month name.
pub fn month_of(low: &str) -> Option<u8> {
    let w = low.trim_end_matches('.');
    Some(match w {
        "januari" | "jan" => 1,
        "februari" | "pebruari" | "feb" | "peb" => 2,
        "maret" | "mar" => 3,
        "april" | "apr" => 4,
        "mei" => 5,
        "juni" | "jun" => 6,
        "juli" | "jul" => 7,
        "agustus" | "agt" | "ags" | "agu" | "agus" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "okt" => 10,
        "november" | "nov" | "nop" | "nopember" => 11,
        "desember" | "des" => 12,
        _ => return None,
    })
}

/// Is this a month name?
pub fn is_month(low: &str) -> bool {
    month_of(low).is_some()
}

/// Weekday of an Indonesian day name, 0 = Monday … 6 = Sunday.
pub fn weekday_of(low: &str) -> Option<u8> {
    Some(match low {
        "senin" => 0,
        "selasa" => 1,
        "rabu" => 2,
        "kamis" => 3,
        "jumat" | "jum'at" => 4,
        "sabtu" => 5,
        "minggu" | "ahad" => 6,
        _ => return None,
    })
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    from_days(d.days_since_epoch() + n)
}

/// Civil date from days since 1970-01-01 (Howard Hinnant's civil_from_days).
fn from_days(z: i64) -> Option<Date> {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Date::new(i32::try_from(y).ok()?, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
}

/// ISO week `YYYY-Www` of a date.
fn iso_week(d: Date) -> String {
    let wd = i64::from(d.weekday());
    let thursday = add_days(d, 3 - wd).unwrap_or(d);
    let jan1 = Date::new(thursday.year, 1, 1).unwrap_or(thursday);
    let week = (thursday.days_since_epoch() - jan1.days_since_epoch()) / 7 + 1;
    format!("{}-W{:02}", thursday.year, week)
}

/// The day `d`/`m` closest to the anchor (same year, or the year before/after when that is
/// nearer: `30/12` read in early January).
fn nearest_year(d: u8, m: u8, anchor: Date) -> Option<Date> {
    [anchor.year, anchor.year - 1, anchor.year + 1]
        .iter()
        .filter_map(|&y| Date::new(y, m, d))
        .min_by_key(|c| (c.days_since_epoch() - anchor.days_since_epoch()).abs())
}

fn year_value(text: &str) -> Option<i32> {
    let t = crate::normalize::fold(text);
    (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn day_value(v: &View, k: usize) -> Option<u8> {
    let t = v.tokens.get(k)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    let s = crate::normalize::fold(v.text(k));
    (s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// `4/9` or `12/8/2024` in one number token: (day, month, year).
fn slash_date(text: &str) -> Option<(u8, u8, Option<i32>)> {
    let t = crate::normalize::fold(text);
    let parts: Vec<&str> = t.split('/').collect();
    if !(2..=3).contains(&parts.len()) || parts[..2].iter().any(|p| p.is_empty() || p.len() > 2) {
        return None;
    }
    let d: u8 = parts[0].parse().ok()?;
    let m: u8 = parts[1].parse().ok()?;
    let y = match parts.get(2) {
        Some(y) if y.len() == 4 => Some(y.parse().ok()?),
        Some(y) if y.len() == 2 => Some(2000 + y.parse::<i32>().ok()?),
        Some(_) => return None,
        None => None,
    };
    ((1..=31).contains(&d) && (1..=12).contains(&m)).then_some((d, m, y))
}

fn en_day(d: Date) -> String {
    format!("{} {}, {}", MONTHS_EN[usize::from(d.month - 1)], d.day, d.year)
}

fn en_month(y: i32, m: u8) -> String {
    format!("{} {y}", MONTHS_FULL_EN[usize::from(m.clamp(1, 12) - 1)])
}

fn iso_month(y: i32, m: u8) -> String {
    format!("{y:04}-{m:02}")
}

/// `d Month [yyyy]` at `k`: (day, month, year, end token).
fn day_month_at(v: &View, k: usize, end: usize) -> Option<(u8, u8, Option<i32>, usize)> {
    let d = day_value(v, k)?;
    let m = month_of(v.low(k + 1, end))?;
    match year_value(v.low(k + 2, end)).filter(|_| k + 2 < end) {
        Some(y) => Some((d, m, Some(y), k + 3)),
        None => Some((d, m, None, k + 2)),
    }
}

/// A full date written with its year at token `k` (`5 September 2024`, `12/8/2024`).
pub fn full_date_at(v: &View, k: usize, end: usize) -> Option<Date> {
    if let Some((d, m, Some(y), _)) = day_month_at(v, k, end) {
        return Date::new(y, m, d);
    }
    if v.tokens.get(k)?.kind == TokenKind::Number {
        if let Some((d, m, Some(y))) = slash_date(v.text(k)) {
            return Date::new(y, m, d);
        }
    }
    None
}

const RANGE_WORDS: &[&str] = &["hingga", "sampai", "-", "s.d.", "s/d", "sd", "dan"];

fn is_range_word(w: &str) -> bool {
    RANGE_WORDS.contains(&w) || w.chars().all(crate::normalize::is_dash) && !w.is_empty()
}

/// A date at token `k` of the sentence `from..end`.
pub fn date_at(v: &View, k: usize, from: usize, end: usize, ctx: &Context) -> Option<Item> {
    let low = v.low(k, end);
    let anchor = ctx.anchor;
    let _ = &ctx.last_range;
    // Weekday forms.
    if let Some(wd) = weekday_of(low) {
        return weekday_date(v, k, from, end, wd, anchor);
    }
    // `(4/9)` without a weekday.
    if low == "(" && v.text(k + 2) == ")" && k + 2 < end {
        if let Some((d, m, y)) =
            v.tokens.get(k + 1).filter(|t| t.kind == TokenKind::Number).and_then(|_| slash_date(v.text(k + 1)))
        {
            let date = match y {
                Some(y) => Date::new(y, m, d),
                None => anchor.and_then(|a| nearest_year(d, m, a)),
            }?;
            return Some(v.date(k, k + 3, date.to_string(), format!("({})", en_day(date))));
        }
    }
    if let Some(item) = day_range_or_date(v, k, end, anchor) {
        return Some(item);
    }
    if let Some(item) = month_forms(v, k, from, end, anchor) {
        return Some(item);
    }
    if let Some(item) = holiday(v, k, end) {
        return Some(item);
    }
    if let Some(item) = relative(v, k, end, ctx) {
        return Some(item);
    }
    year_forms(v, k, from, end)
}

fn weekday_date(v: &View, k: usize, from: usize, end: usize, wd: u8, anchor: Option<Date>) -> Option<Item> {
    let name = WEEKDAYS_EN[usize::from(wd)];
    // `Rabu (4/9)`, `Senin (12/8/2024)`.
    if v.text(k + 1) == "(" && v.text(k + 3) == ")" && k + 3 < end {
        let (d, m, y) =
            slash_date(v.text(k + 2)).filter(|_| v.tokens.get(k + 2).is_some_and(|t| t.kind == TokenKind::Number))?;
        let date = match y {
            Some(y) => Date::new(y, m, d),
            None => anchor.and_then(|a| nearest_year(d, m, a)),
        };
        let (iso, en) = match date {
            Some(dt) => (dt.to_string(), format!("{name} ({} {})", MONTHS_EN[usize::from(m - 1)], d)),
            None => (format!("--{m:02}-{d:02}"), format!("{name} ({} {d})", MONTHS_EN[usize::from(m - 1)])),
        };
        let en = if y.is_some() { date.map_or(en.clone(), |dt| format!("{name} ({})", en_day(dt))) } else { en };
        return Some(v.date(k, k + 4, iso, en));
    }
    // `Kamis, 5 September 2024` or `Kamis 5 September`.
    let j = if v.text(k + 1) == "," { k + 2 } else { k + 1 };
    if let Some((d, m, y, stop)) = day_month_at(v, j, end) {
        let date = match y {
            Some(y) => Date::new(y, m, d),
            None => anchor.and_then(|a| nearest_year(d, m, a)),
        }?;
        return Some(v.date(k, stop, date.to_string(), format!("{name}, {}", en_day(date))));
    }
    // A bare weekday: the latest such day on or before the anchor. `Minggu` is also "week":
    // only a capitalised `Minggu` inside the sentence counts, and never `minggu lalu/ini`.
    let next = v.low(k + 1, end);
    if !v.is_capitalised(k)
        || matches!(next, "lalu" | "ini" | "depan" | "kemarin" | "mendatang" | "ke" | "pertama" | "kedua" | "terakhir")
    {
        return None;
    }
    if wd == 6 && k == from {
        return None;
    }
    let a = anchor?;
    let back = (i64::from(a.weekday()) - i64::from(wd)).rem_euclid(7);
    let date = add_days(a, -back)?;
    Some(v.date(k, k + 1, date.to_string(), format!("{name} ({})", en_day(date))))
}

/// `4-8 September 2024`, `1 Januari hingga 17 Maret 2024`, `5 September 2024`, `5 September`.
fn day_range_or_date(v: &View, k: usize, end: usize, anchor: Option<Date>) -> Option<Item> {
    let d1 = day_value(v, k)?;
    // `4-8 September 2024`
    if is_range_word(v.low(k + 1, end)) {
        if let Some(d2) = day_value(v, k + 2) {
            if let Some((_, m, y, stop)) = day_month_at(v, k + 2, end) {
                let y = y.or(anchor.map(|a| a.year))?;
                let (a, b) = (Date::new(y, m, d1)?, Date::new(y, m, d2)?);
                let en = format!("{} {d1}-{d2}, {y}", MONTHS_EN[usize::from(m - 1)]);
                return Some(v.date(k, stop, format!("{a}/{b}"), en));
            }
        }
    }
    let (_, m1, y1, stop1) = day_month_at(v, k, end)?;
    // `1 Januari hingga 17 Maret 2024`, `2 Desember 2024 hingga 28 Februari 2025`
    if is_range_word(v.low(stop1, end)) {
        if let Some((d2, m2, y2, stop2)) = day_month_at(v, stop1 + 1, end) {
            let y2 = y2.or(y1).or(anchor.map(|a| a.year))?;
            let y1 = y1.unwrap_or(if m1 > m2 { y2 - 1 } else { y2 });
            let (a, b) = (Date::new(y1, m1, d1)?, Date::new(y2, m2, d2)?);
            let en = format!("{} to {}", en_day(a), en_day(b));
            return Some(v.date(k, stop2, format!("{a}/{b}"), en));
        }
    }
    let date = match y1 {
        Some(y) => Date::new(y, m1, d1),
        None => anchor.and_then(|a| nearest_year(d1, m1, a)),
    }?;
    Some(v.date(k, stop1, date.to_string(), en_day(date)))
}

/// Month forms: `Januari-Juni 2024`, `Januari hingga Juni 2024`, `September 2024`,
/// `Februari lalu`, `Oktober mendatang`, `akhir Juni`, `sejak Januari`.
fn month_forms(v: &View, k: usize, from: usize, end: usize, anchor: Option<Date>) -> Option<Item> {
    let low = v.low(k, end);
    let start = k;
    let mut k = k;
    let mut part: Option<&str> = None;
    if matches!(low, "akhir" | "awal" | "pertengahan")
        && (is_month(v.low(k + 1, end)) || year_value(v.low(k + 1, end)).is_some())
    {
        part = Some(low);
        k += 1;
    }
    let low = v.low(k, end);
    // `akhir 2025` → the last month; `awal 2025` → the first.
    if let (Some(p), Some(y)) = (part, year_value(low).filter(|_| k < end)) {
        let m = match p {
            "akhir" => 12,
            "awal" => 1,
            _ => 6,
        };
        return Some(v.date(start, k + 1, iso_month(y, m), format!("{p} {y}")));
    }
    // `Januari-Juni` as one token.
    let (m1, m2, mut next) = if let Some(m) = month_of(low) {
        if low.len() <= 4 && !v.is_capitalised(k) {
            return None;
        }
        let after = v.low(k + 1, end);
        if is_range_word(after) && after != "dan" {
            match month_of(v.low(k + 2, end)) {
                Some(m2) => (m, Some(m2), k + 3),
                None => (m, None, k + 1),
            }
        } else {
            (m, None, k + 1)
        }
    } else {
        let parts: Vec<&str> = low.split('-').collect();
        if parts.len() != 2
            || v.tokens.get(k).is_none_or(|t| t.kind != TokenKind::Word && t.kind != TokenKind::Reduplication)
        {
            return None;
        }
        (month_of(parts[0])?, Some(month_of(parts[1])?), k + 1)
    };
    if !v.is_capitalised(k) {
        return None;
    }
    let year = year_value(v.low(next, end)).filter(|_| next < end);
    if year.is_some() {
        next += 1;
    }
    if let Some(m2) = m2 {
        let y2 = year.or(anchor.map(|a| a.year))?;
        let y1 = if m1 > m2 { y2 - 1 } else { y2 };
        let iso = format!("{}/{}", iso_month(y1, m1), iso_month(y2, m2));
        let en = format!("{} to {}", en_month(y1, m1), en_month(y2, m2));
        return Some(v.date(start, next, iso, en));
    }
    if let Some(y) = year {
        return Some(v.date(start, next, iso_month(y, m1), en_month(y, m1)));
    }
    let a = anchor?;
    let rel = v.low(next, end);
    let prev = if start > from { v.low(start - 1, end) } else { "" };
    let y = match rel {
        "lalu" | "kemarin" | "silam" => {
            next += 1;
            if m1 < a.month {
                a.year
            } else {
                a.year - 1
            }
        }
        "mendatang" | "depan" | "nanti" => {
            next += 1;
            if m1 > a.month {
                a.year
            } else {
                a.year + 1
            }
        }
        "ini" => {
            next += 1;
            a.year
        }
        _ if part.is_some()
            || matches!(
                prev,
                "sejak" | "pada" | "per" | "sepanjang" | "hingga" | "sampai" | "bulan" | "selama" | "mulai"
            ) =>
        {
            a.year
        }
        _ => return None,
    };
    Some(v.date(start, next, iso_month(y, m1), en_month(y, m1)))
}

/// Relative expressions: `tahun lalu`, `tahun ini`, `pekan depan`, `bulan lalu`,
/// `sebulan lalu`, `tiga hari ke depan`, `sepekan terakhir`.
fn relative(v: &View, k: usize, end: usize, ctx: &Context) -> Option<Item> {
    let a = ctx.anchor?;
    let low = v.low(k, end);
    let next = v.low(k + 1, end);
    let item = |stop: usize, iso: String, en: String| Some(v.date(k, stop, iso, en));
    // `periode yang sama tahun lalu`: the last range named, a year earlier.
    if (low, next, v.low(k + 2, end), v.low(k + 3, end)) == ("periode", "yang", "sama", "tahun")
        && matches!(v.low(k + 4, end), "lalu" | "sebelumnya")
    {
        let iso = match &ctx.last_range {
            Some(r) => r.split('/').map(year_earlier).collect::<Option<Vec<_>>>()?.join("/"),
            None => (a.year - 1).to_string(),
        };
        return item(k + 5, iso, "the same period last year".into());
    }
    let prev_month = |n: i32| {
        let total = a.year * 12 + i32::from(a.month) - 1 - n;
        (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8)
    };
    match (low, next) {
        ("tahun", "lalu" | "kemarin") => {
            return item(k + 2, (a.year - 1).to_string(), format!("last year ({})", a.year - 1))
        }
        ("tahun", "ini") => return item(k + 2, a.year.to_string(), format!("this year ({})", a.year)),
        ("tahun", "depan" | "mendatang") => {
            return item(k + 2, (a.year + 1).to_string(), format!("next year ({})", a.year + 1))
        }
        ("bulan" | "sebulan", "lalu") => {
            let (y, m) = prev_month(1);
            return item(k + 2, iso_month(y, m), format!("last month ({})", en_month(y, m)));
        }
        ("bulan", "ini") => {
            return item(k + 2, iso_month(a.year, a.month), format!("this month ({})", en_month(a.year, a.month)))
        }
        ("bulan", "depan" | "mendatang") => {
            let (y, m) = prev_month(-1);
            return item(k + 2, iso_month(y, m), format!("next month ({})", en_month(y, m)));
        }
        ("pekan" | "minggu", "ini") => return item(k + 2, iso_week(a), "this week".into()),
        ("pekan" | "minggu", "lalu") => return item(k + 2, iso_week(add_days(a, -7)?), "last week".into()),
        ("pekan" | "minggu", "depan") => return item(k + 2, iso_week(add_days(a, 7)?), "next week".into()),
        ("sepekan" | "seminggu", "terakhir") => {
            let s = add_days(a, -7)?;
            return item(k + 2, format!("{s}/{a}"), "the past week".into());
        }
        _ => {}
    }
    // `tiga hari ke depan`, `7 hari terakhir`, `dua tahun lalu`.
    let (n, j) = if let Some(t) = v.tokens.get(k).filter(|t| t.kind == TokenKind::Number && k < end) {
        let _ = t;
        (parse_number(v.text(k))?, k + 1)
    } else {
        let (n, j, vague) = number_words_at(v, k, end)?;
        if vague {
            return None;
        }
        (n, j)
    };
    if n.fract() != 0.0 || !(1.0..=1000.0).contains(&n) {
        return None;
    }
    let n = n as i64;
    let unit = v.low(j, end);
    let rel = v.low(j + 1, end);
    match (unit, rel) {
        ("hari", "ke") if v.low(j + 2, end) == "depan" => {
            let b = add_days(a, n)?;
            item(j + 3, format!("{a}/{b}"), format!("the next {n} days"))
        }
        ("hari", "terakhir") => {
            let s = add_days(a, -n)?;
            item(j + 2, format!("{s}/{a}"), format!("the past {n} days"))
        }
        ("hari", "lalu" | "silam") => {
            let d = add_days(a, -n)?;
            item(j + 2, d.to_string(), format!("{n} days ago"))
        }
        ("bulan", "lalu" | "silam") => {
            let (y, m) = prev_month(i32::try_from(n).ok()?);
            item(j + 2, iso_month(y, m), format!("{n} months ago"))
        }
        ("tahun", "lalu" | "silam") => {
            let y = a.year - i32::try_from(n).ok()?;
            item(j + 2, y.to_string(), format!("{n} years ago ({y})"))
        }
        _ => None,
    }
}

/// `2024-09-04` → `2023-09-04` (any ISO date, month or year starting with its year).
fn year_earlier(iso: &str) -> Option<String> {
    let y: i32 = iso.get(..4)?.parse().ok()?;
    let rest = iso.get(4..)?;
    // 29 February has no day a year earlier.
    let rest = if rest == "-02-29" { "-02-28" } else { rest };
    Some(format!("{:04}{rest}", y - 1))
}

/// Fixed-date holidays: `Natal 2024` (Dec. 25), `Tahun Baru 2025` (Jan. 1), and the Nataru
/// season `Natal 2024 dan Tahun Baru 2025` as a range.
fn holiday(v: &View, k: usize, end: usize) -> Option<Item> {
    let new_year_at = |j: usize| -> Option<i32> {
        (v.low(j, end) == "tahun" && v.low(j + 1, end) == "baru" && v.is_capitalised(j))
            .then(|| year_value(v.low(j + 2, end)))
            .flatten()
            .filter(|_| j + 2 < end)
    };
    if v.low(k, end) == "natal" && v.is_capitalised(k) {
        let y = year_value(v.low(k + 1, end)).filter(|_| k + 1 < end)?;
        if v.low(k + 2, end) == "dan" {
            if let Some(y2) = new_year_at(k + 3) {
                return Some(v.date(
                    k,
                    k + 6,
                    format!("{y}-12-25/{y2}-01-01"),
                    format!("Christmas {y} and New Year {y2}"),
                ));
            }
        }
        return Some(v.date(k, k + 2, format!("{y}-12-25"), format!("Christmas {y}")));
    }
    let y = new_year_at(k)?;
    Some(v.date(k, k + 3, format!("{y}-01-01"), format!("New Year {y}")))
}

/// Years after a time word: `sejak 2009`, `pada 2023`, `tahun anggaran 2024`,
/// `tahun ajaran 2024/2025`, `semester I 2024`, `1445 Hijriah/2024 Masehi`.
fn year_forms(v: &View, k: usize, from: usize, end: usize) -> Option<Item> {
    let low = v.low(k, end);
    let next = v.low(k + 1, end);
    // `tahun ajaran 2024/2025`: July to June.
    if low == "tahun" && next == "ajaran" {
        let j = if v.low(k + 2, end) == "baru" { k + 3 } else { k + 2 };
        let t = crate::normalize::fold(v.text(j));
        let (a, b) = t.split_once('/')?;
        let (a, b) = (year_value(a)?, year_value(b)?);
        return Some(v.date(k, j + 1, format!("{a}-07/{b}-06"), format!("the {a}/{b} school year")));
    }
    // `tahun anggaran 2021 dan 2022`, `tahun anggaran 2024`.
    if low == "tahun" && next == "anggaran" {
        let a = year_value(v.low(k + 2, end)).filter(|_| k + 2 < end)?;
        if v.low(k + 3, end) == "dan" || is_range_word(v.low(k + 3, end)) {
            if let Some(b) = year_value(v.low(k + 4, end)).filter(|_| k + 4 < end) {
                return Some(v.date(k, k + 5, format!("{a}/{b}"), format!("fiscal years {a} and {b}")));
            }
        }
        return Some(v.date(k, k + 3, a.to_string(), format!("fiscal year {a}")));
    }
    // `semester I 2024`
    if low == "semester" {
        let half = match next {
            "i" | "1" | "pertama" => 1,
            "ii" | "2" | "kedua" => 2,
            _ => return None,
        };
        let y = year_value(v.low(k + 2, end)).filter(|_| k + 2 < end)?;
        let iso = if half == 1 { format!("{y}-01/{y}-06") } else { format!("{y}-07/{y}-12") };
        return Some(v.date(k, k + 3, iso, format!("first half of {y}")));
    }
    // A Gregorian year named after its Hijri year: `1445 Hijriah/2024 Masehi`.
    if let Some(y) = year_value(low).filter(|_| next == "masehi" || next == "m") {
        return Some(v.date(k, k + 2, y.to_string(), format!("{y} CE")));
    }
    // `sejak 2009`, `pada 2023`, `hingga 2025`.
    if matches!(low, "sejak" | "pada" | "hingga" | "sampai" | "sepanjang" | "selama" | "mulai" | "per") {
        let y = year_value(next).filter(|_| k + 1 < end)?;
        // `pada 2023 lalu` stays a year; `pada 2023 orang` is a count.
        let after = v.low(k + 2, end);
        if matches!(
            after,
            "orang"
                | "warga"
                | "peserta"
                | "unit"
                | "kasus"
                | "rumah"
                | "jiwa"
                | "ton"
                | "hektare"
                | "meter"
                | "kilometer"
        ) {
            return None;
        }
        let _ = from;
        let en = match low {
            "sejak" => format!("since {y}"),
            "hingga" | "sampai" => format!("until {y}"),
            _ => format!("in {y}"),
        };
        return Some(v.date(k, k + 2, y.to_string(), en));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::{recognize_text, ItemKind, Value};

    fn iso(s: &str, anchor: &str) -> Vec<String> {
        recognize_text(s, Date::parse_iso(anchor))
            .into_iter()
            .filter(|i| i.kind == ItemKind::Date)
            .filter_map(|i| match i.value {
                Value::Iso(s) => Some(s),
                Value::Number(_) => None,
            })
            .collect()
    }

    #[test]
    fn day_month_forms() {
        assert_eq!(iso("pada Rabu (4/9) lalu", "2024-09-05"), ["2024-09-04"]);
        assert_eq!(iso("Senin (12/8/2024)", "2024-09-05"), ["2024-08-12"]);
        assert_eq!(iso("pada 4-8 September 2024", "2024-09-05"), ["2024-09-04/2024-09-08"]);
        assert_eq!(iso("Kamis, 5 September 2024", "2024-01-01"), ["2024-09-05"]);
        assert_eq!(iso("sejak 2 Desember 2024 hingga 28 Februari 2025", "2024-12-10"), ["2024-12-02/2025-02-28"]);
        assert_eq!(iso("pada 30/12 lalu", "2025-01-03"), Vec::<String>::new());
        assert_eq!(iso("Selasa (30/12)", "2025-01-03"), ["2024-12-30"]);
    }

    #[test]
    fn relative_forms() {
        assert_eq!(iso("tahun lalu", "2024-09-05"), ["2023"]);
        assert_eq!(iso("pekan depan", "2024-03-20"), ["2024-W13"]);
        assert_eq!(iso("hingga pekan ini", "2024-03-20"), ["2024-W12"]);
        assert_eq!(iso("Februari lalu", "2024-09-21"), ["2024-02"]);
        assert_eq!(iso("Oktober mendatang", "2024-09-09"), ["2024-10"]);
        assert_eq!(iso("sebulan lalu", "2024-12-20"), ["2024-11"]);
        assert_eq!(iso("tiga hari ke depan", "2024-11-27"), ["2024-11-27/2024-11-30"]);
        assert_eq!(iso("sepekan terakhir", "2024-11-11"), ["2024-11-04/2024-11-11"]);
        assert_eq!(iso("kata dia, Rabu.", "2024-03-20"), ["2024-03-20"]);
        assert_eq!(iso("Januari-Juni 2024", "2024-07-29"), ["2024-01/2024-06"]);
        assert_eq!(iso("Januari hingga Februari 2025", "2024-11-11"), ["2025-01/2025-02"]);
        assert_eq!(iso("sejak 2009", "2024-09-05"), ["2009"]);
        assert_eq!(iso("akhir 2025", "2025-02-21"), ["2025-12"]);
        assert_eq!(iso("tahun ajaran baru 2024/2025", "2024-06-19"), ["2024-07/2025-06"]);
        assert_eq!(iso("semester I 2024", "2024-07-29"), ["2024-01/2024-06"]);
    }

    #[test]
    fn week_numbers() {
        assert_eq!(iso_week(Date::new(2024, 3, 20).unwrap()), "2024-W12");
        assert_eq!(iso_week(Date::new(2021, 1, 3).unwrap()), "2020-W53");
        assert_eq!(from_days(Date::new(2024, 2, 29).unwrap().days_since_epoch()), Date::new(2024, 2, 29));
    }
}
