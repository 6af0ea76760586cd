//! Recognisers for Indonesian numbers, money, percentages, dates, clock times and durations.
//!
//! Each recogniser reads a token window of one sentence and returns [`Item`]s: a byte span of
//! the original input, a normalised value (a number in base units or an ISO 8601 string) and
//! an English rendering, so facts and the gloss share one reading of `Rp2,5 miliar`,
//! `Rabu (4/9)` or `pukul 09.00 WITA`.
//!
//! ```
//! use kilas_engine::recognize::{recognize_text, ItemKind, Value};
//! let items = recognize_text("Dana Rp2,5 miliar cair Rabu (4/9) pukul 09.00 WITA.", kilas_engine::Date::new(2024, 9, 5));
//! assert_eq!(items[0].kind, ItemKind::Money);
//! assert_eq!(items[0].value, Value::Number(2_500_000_000.0));
//! assert_eq!(items[1].value, Value::Iso("2024-09-04".into()));
//! assert_eq!(items[1].en, "Wednesday (Sept. 4)");
//! assert_eq!(items[2].en, "at 09:00 WITA (UTC+8)");
//! ```

pub mod dates;
pub mod durations;
pub mod money;
pub mod numbers;
pub mod percent;
pub mod times;
pub mod words;

use crate::date::Date;
use crate::normalize::key_cow;
use crate::token::{tokenize, Token};
use std::borrow::Cow;

/// What an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemKind {
    /// A count with its noun: `350 peserta`, `tiga rumah`, `Hasnah (47)` (unit `years old`).
    Quantity,
    Money,
    Percent,
    /// A calendar date, month, year, week or range of them.
    Date,
    /// A clock time, with its date when known.
    Time,
    Duration,
}

/// A normalised value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// In base units: rupiah, percent points, people, years…
    Number(f64),
    /// ISO 8601: `2024-09-04`, `2024-09-04/2024-09-06`, `2024-W12`, `T13:00+07:00`, `P3D`.
    Iso(String),
}

/// One recognised expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub kind: ItemKind,
    /// Byte span into the original input.
    pub start: usize,
    pub end: usize,
    /// Token span `tokens[first_token..end_token]`.
    pub first_token: usize,
    pub end_token: usize,
    pub value: Value,
    /// `IDR`, `USD`, `percent`, `people`, `years`, `tons`, `km`, `ha`, or the counted noun.
    pub unit: Option<String>,
    /// Marked `sekitar`, `lebih dari`, `hampir`, `puluhan`…
    pub approx: bool,
    /// English rendering: `IDR 2.5 billion`, `Wednesday (Sept. 4)`, `at 09:00 WITA (UTC+8)`.
    pub en: String,
}

/// Tokens of one document with their folded lower-case text, the view recognisers read.
pub struct View<'a> {
    pub input: &'a str,
    pub tokens: &'a [Token],
    /// `key()` of each token (borrowed from the input when the token already is its key).
    pub low: Vec<Cow<'a, str>>,
}

impl<'a> View<'a> {
    pub fn new(input: &'a str, tokens: &'a [Token]) -> View<'a> {
        let low = tokens.iter().map(|t| key_cow(t.text(input))).collect();
        View { input, tokens, low }
    }
    /// Lower-case text of token `k`, or "" past the end of `end`.
    pub fn low(&self, k: usize, end: usize) -> &str {
        if k < end {
            self.low.get(k).map_or("", |l| l.as_ref())
        } else {
            ""
        }
    }
    /// Original text of token `k`.
    pub fn text(&self, k: usize) -> &'a str {
        self.tokens.get(k).map_or("", |t| t.text(self.input))
    }
    pub fn is_capitalised(&self, k: usize) -> bool {
        self.text(k).starts_with(char::is_uppercase)
    }
    fn span(&self, a: usize, b: usize) -> (usize, usize) {
        let s = self.tokens.get(a).map_or(0, |t| t.start);
        let e = b.checked_sub(1).and_then(|i| self.tokens.get(i)).map_or(s, |t| t.end);
        (s, e.max(s))
    }
    /// Build an item over tokens `a..b`.
    #[allow(clippy::too_many_arguments)]
    /// A date item: ISO value, no unit, exact.
    pub fn date(&self, a: usize, b: usize, iso: String, en: String) -> Item {
        self.item(ItemKind::Date, a, b, Value::Iso(iso), None, false, en)
    }

    pub fn item(
        &self,
        kind: ItemKind,
        a: usize,
        b: usize,
        value: Value,
        unit: Option<String>,
        approx: bool,
        en: String,
    ) -> Item {
        let (start, end) = self.span(a, b);
        Item { kind, start, end, first_token: a, end_token: b, value, unit, approx, en }
    }
}

/// Document state carried from sentence to sentence: the anchor for relative dates and the
/// last single day named (the day a later `pukul 09.00` belongs to).
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// The last date range recognised (`periode yang sama tahun lalu` shifts it a year back).
    pub last_range: Option<String>,
    /// Publication date, or the latest full date written in the text.
    pub anchor: Option<Date>,
    /// The last single calendar day recognised so far.
    pub last_day: Option<Date>,
}

/// Approximation and bound markers before a number, longest first, in tokens, with their
/// English (empty: the marker only introduces the figure, as `sebanyak` does).
const MARKERS: &[(&[&str], &str)] = &[
    (&["tidak", "kurang", "dari"], "at least"),
    (&["tidak", "lebih", "dari"], "at most"),
    (&["kurang", "lebih"], "about"),
    (&["lebih", "dari"], "more than"),
    (&["kurang", "dari"], "less than"),
    (&["paling", "sedikit"], "at least"),
    (&["paling", "banyak"], "at most"),
    (&["sekitar"], "about"),
    (&["kira-kira"], "about"),
    (&["hampir"], "almost"),
    (&["lebih"], "more than"),
    (&["minimal"], "at least"),
    (&["setidaknya"], "at least"),
    (&["sedikitnya"], "at least"),
    (&["maksimal"], "at most"),
    (&["mencapai"], ""),
    (&["sebanyak"], ""),
    (&["sebesar"], ""),
    (&["sejumlah"], ""),
    (&["±"], "about"),
    (&["+"], "about"),
];

/// An approximation or bound marker opening a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker {
    /// The token after the marker.
    pub next: usize,
    /// The English to put before the figure ("about ", "at least "), empty when neutral.
    pub en: &'static str,
}

impl Marker {
    /// Whether the figure is approximate or a bound, not exact.
    pub fn approx(&self) -> bool {
        !self.en.is_empty()
    }

    /// The English prefix, with its space.
    pub fn prefix(&self) -> String {
        if self.en.is_empty() {
            String::new()
        } else {
            format!("{} ", self.en)
        }
    }
}

/// A marker starting at token `k`.
pub fn marker_at(v: &View, k: usize, end: usize) -> Option<Marker> {
    MARKERS.iter().find_map(|(m, en)| {
        let n = m.len();
        (0..n).all(|i| v.low(k + i, end) == m[i]).then_some(Marker { next: k + n, en })
    })
}

/// The English before a figure: the marker's own ("at least "), else "about " for a number
/// that is itself approximate (`puluhan`).
pub fn prefix(marker: Option<Marker>, number_approx: bool) -> String {
    match marker {
        Some(m) if m.approx() => m.prefix(),
        _ if number_approx => "about ".to_string(),
        _ => String::new(),
    }
}

/// Recognise every item in tokens `a..b` (one sentence), left to right, without overlaps.
/// Dates, times and durations win over figures at the same place.
pub fn recognize_range(v: &View, a: usize, b: usize, ctx: &mut Context) -> Vec<Item> {
    let mut out = Vec::new();
    let mut k = a;
    while k < b {
        if !may_start(v, k, b) {
            k += 1;
            continue;
        }
        let found = times::time_at(v, k, a, b, ctx)
            .or_else(|| dates::date_at(v, k, a, b, ctx))
            .or_else(|| durations::duration_at(v, k, a, b))
            .or_else(|| money::money_at(v, k, a, b))
            .or_else(|| percent::percent_at(v, k, a, b))
            .or_else(|| numbers::quantity_at(v, k, a, b));
        match found {
            Some(item) if item.end_token > k => {
                if item.kind == ItemKind::Date {
                    if let Value::Iso(s) = &item.value {
                        if let Some(d) = Date::parse_iso(s) {
                            ctx.last_day = Some(d);
                        } else if s.contains('/') {
                            ctx.last_range = Some(s.clone());
                        }
                    }
                }
                k = item.end_token;
                out.push(item);
            }
            _ => k += 1,
        }
    }
    out
}

/// Words that can open an item (besides numbers, number words, weekdays and months).
const TRIGGERS: &[&str] = &[
    "$",
    "(",
    "+",
    "akhir",
    "awal",
    "bulan",
    "eur",
    "hampir",
    "hingga",
    "idr",
    "jam",
    "kira-kira",
    "kurang",
    "lebih",
    "maksimal",
    "mencapai",
    "minggu",
    "minimal",
    "mulai",
    "natal",
    "pada",
    "paling",
    "pekan",
    "per",
    "periode",
    "pertengahan",
    "pk",
    "pk.",
    "pkl",
    "pkl.",
    "pukul",
    "rp",
    "rp.",
    "s",
    "sampai",
    "sebanyak",
    "sebesar",
    "sebulan",
    "sedikitnya",
    "sehari",
    "sejak",
    "sejam",
    "sejumlah",
    "sekitar",
    "selama",
    "semester",
    "seminggu",
    "sepanjang",
    "sepekan",
    "setahun",
    "setidaknya",
    "sgd",
    "tahun",
    "tidak",
    "us",
    "usd",
    "±",
    "€",
];

/// Can an item start at token `k`? A cheap test that spares the recognisers most tokens.
fn may_start(v: &View, k: usize, end: usize) -> bool {
    if v.tokens.get(k).is_some_and(|t| t.kind == crate::token::TokenKind::Number) {
        return true;
    }
    let low = v.low(k, end);
    TRIGGERS.binary_search(&low).is_ok()
        || words::word_value(low).is_some()
        || dates::weekday_of(low).is_some()
        || dates::is_month(low)
        || (low.contains('-') && low.split('-').all(dates::is_month))
        // A name before an age in brackets: `Hasnah (47)`.
        || (v.text(k + 1) == "(" && v.is_capitalised(k))
}

/// The latest full date (`5 September 2024`, `12/8/2024`) written in tokens `a..b`.
pub fn latest_full_date(v: &View, a: usize, b: usize) -> Option<Date> {
    (a..b).filter_map(|k| dates::full_date_at(v, k, b)).max()
}

/// Recognise items in a whole text (each line scanned on its own), resolving relative dates
/// against `date` or, when absent, the latest full date in the text.
pub fn recognize_text(input: &str, date: Option<Date>) -> Vec<Item> {
    let tokens = tokenize(input);
    let v = View::new(input, &tokens);
    let anchor = date.or_else(|| latest_full_date(&v, 0, tokens.len()));
    let mut ctx = Context { anchor, ..Context::default() };
    recognize_range(&v, 0, tokens.len(), &mut ctx)
}

/// Indonesian month and weekday names, lower case (Monday first; `ahad` is Sunday too).
pub(crate) const MONTHS_ID: [&str; 12] = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];
pub(crate) const WEEKDAYS_ID: [&str; 8] = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad"];
/// AP-style month abbreviations for English renderings, and the full names.
pub(crate) const MONTHS_EN: [&str; 12] =
    ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
pub(crate) const MONTHS_FULL_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub(crate) const WEEKDAYS_EN: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

#[cfg(test)]
mod tests {
    #[test]
    fn triggers_are_sorted() {
        assert!(super::TRIGGERS.windows(2).all(|w| w[0] < w[1]), "TRIGGERS must stay sorted for binary search");
    }
}
