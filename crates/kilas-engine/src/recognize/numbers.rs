//! Indonesian numbers: `1.250`, `2,5`, `50.000.000,00`, scale words (`2,5 miliar`), and
//! counts with their noun (`350 peserta`, `tiga rumah warga`, `Hasnah (47)`).

use super::{words, Item, ItemKind, Value, View};
use crate::normalize::fold;
use crate::token::TokenKind;

/// Value of a number written the Indonesian way: `.` groups thousands, `,` marks decimals.
/// A lone `.` not followed by exactly three digits is read as a decimal point (`3.5`).
/// Dates (`4/9`), times with `:` and other shapes give `None`.
///
/// ```
/// use kilas_engine::recognize::numbers::parse_number;
/// assert_eq!(parse_number("1.250"), Some(1250.0));
/// assert_eq!(parse_number("2,5"), Some(2.5));
/// assert_eq!(parse_number("75.000.000,00"), Some(75_000_000.0));
/// assert_eq!(parse_number("4/9"), None);
/// ```
pub fn parse_number(text: &str) -> Option<f64> {
    let t = fold(text);
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    let (int, frac) = match t.split_once(',') {
        Some((i, f)) => {
            if f.contains(',') || f.contains('.') || f.is_empty() {
                return None;
            }
            (i, Some(f))
        }
        None => (t.as_str(), None),
    };
    let groups: Vec<&str> = int.split('.').collect();
    let int_digits = if groups.len() == 1 {
        int.to_string()
    } else if groups[0].len() <= 3 && !groups[0].is_empty() && groups[1..].iter().all(|g| g.len() == 3) {
        groups.concat()
    } else if groups.len() == 2 && frac.is_none() && !groups[0].is_empty() && !groups[1].is_empty() {
        // `3.5`: an English decimal point.
        return format!("{}.{}", groups[0], groups[1]).parse().ok();
    } else {
        return None;
    };
    let s = match frac {
        Some(f) => format!("{int_digits}.{f}"),
        None => int_digits,
    };
    s.parse().ok()
}

/// Multiplier of a scale word: `ribu` 10³, `juta` 10⁶, `miliar` 10⁹, `triliun` 10¹².
pub fn scale_word(low: &str) -> Option<f64> {
    Some(match low {
        "ribu" | "rb" => 1e3,
        "juta" | "jt" => 1e6,
        "miliar" | "milyar" => 1e9,
        "triliun" | "trilyun" => 1e12,
        "ratus" => 1e2,
        _ => return None,
    })
}

/// English name of a scale, for renderings.
fn scale_en(mult: f64) -> &'static str {
    if mult >= 1e12 {
        "trillion"
    } else if mult >= 1e9 {
        "billion"
    } else if mult >= 1e6 {
        "million"
    } else {
        "thousand"
    }
}

/// A number read at token `k`: digits or number words, then an optional scale word.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberMatch {
    pub value: f64,
    /// One past the last token used.
    pub end: usize,
    /// `puluhan`, `ratusan`: a vague amount.
    pub approx: bool,
    /// Written with digits (not words).
    pub digits: bool,
    /// English rendering (`2.5 billion`, `1,250`, `three`).
    pub en: String,
}

/// Read a number at token `k` (before `end`).
pub fn number_at(v: &View, k: usize, end: usize) -> Option<NumberMatch> {
    let t = v.tokens.get(k)?;
    if k >= end {
        return None;
    }
    let (mut value, mut next, approx, digits, base_en) = if t.kind == TokenKind::Number {
        let n = parse_number(v.text(k))?;
        (n, k + 1, false, true, english_number(n))
    } else {
        let (n, e, approx) = words::number_words_at(v, k, end)?;
        (n, e, approx, false, english_number(n))
    };
    let mut en = base_en;
    if let Some(mult) = scale_word(v.low(next, end)) {
        if mult >= 1e3 && (digits || value >= 1.0) {
            value *= mult;
            en = format!("{en} {}", scale_en(mult));
            next += 1;
        }
    }
    Some(NumberMatch { value, end: next, approx, digits, en })
}

/// English for the vague amounts `puluhan`, `ratusan`, `ribuan`, `puluhan ribu`, `jutaan`.
fn vague_en(value: f64) -> Option<&'static str> {
    Some(match value {
        10.0 => "dozens of",
        100.0 => "hundreds of",
        1_000.0 => "thousands of",
        10_000.0 => "tens of thousands of",
        100_000.0 => "hundreds of thousands of",
        1_000_000.0 => "millions of",
        _ => return None,
    })
}

/// English writing of a number: thousands with commas, decimals with a point.
pub fn english_number(n: f64) -> String {
    if !n.is_finite() {
        return String::new();
    }
    let neg = n < 0.0;
    let n = n.abs();
    let int = n.trunc();
    let mut frac = format!("{:.6}", n - int);
    while frac.ends_with('0') {
        frac.pop();
    }
    let frac = frac.trim_start_matches('0').trim_end_matches('.').to_string();
    let digits = format!("{int:.0}");
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{}{grouped}{frac}", if neg { "-" } else { "" })
}

/// An amount in English with a scale word when round enough: `2.5 billion`, `150 million`,
/// `500,000`.
pub fn english_amount(n: f64) -> String {
    for (m, w) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if n >= m {
            let x = n / m;
            if (x * 100.0).fract().abs() < 1e-6 {
                return format!("{} {w}", english_number((x * 100.0).round() / 100.0));
            }
        }
    }
    english_number(n)
}

/// Words after a number that show it is not a count: function words, units of time and
/// calendar words (handled by dates and durations), and ordinal/identifier contexts.
const NOT_A_NOUN: &[&str] = &[
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "pada",
    "untuk",
    "dengan",
    "atau",
    "itu",
    "ini",
    "juga",
    "sudah",
    "telah",
    "akan",
    "tersebut",
    "hingga",
    "sampai",
    "adalah",
    "oleh",
    "dalam",
    "sebagai",
    "se",
    "bagi",
    "karena",
    "tahun",
    "bulan",
    "hari",
    "jam",
    "menit",
    "detik",
    "pekan",
    "minggu",
    "abad",
    "dekade",
    "windu",
    "semester",
    "triwulan",
    "kuartal",
    "tentang",
    "ayat",
    "huruf",
    "pasal",
    "tanggal",
    "tgl",
    "pukul",
    "wib",
    "wita",
    "wit",
    "lalu",
    "kemudian",
    "tadi",
    "per",
    "s.d.",
    "sd",
    "x",
    "besar",
    "hijriah",
    "hijriyah",
    "masehi",
    "h",
    "m",
    "kecil",
    "lebih",
    "kurang",
    "terakhir",
    "pertama",
    "kedua",
    "saja",
    "sekitar",
    "masing-masing",
    "tidak",
    "belum",
    "bisa",
    "dapat",
    "harus",
    "mulai",
    "selama",
    "sejak",
    "pula",
];

/// Words before a number that make it an identifier, not a count.
const IDENTIFIER_BEFORE: &[&str] = &[
    "nomor",
    "no",
    "no.",
    "nomer",
    "pasal",
    "ayat",
    "uu",
    "perda",
    "perpres",
    "pp",
    "permen",
    "perwali",
    "perbup",
    "tahun",
    "thn",
    "jl.",
    "jl",
    "jln.",
    "jalan",
    "km",
    "km.",
    "rt",
    "rw",
    "rt.",
    "rw.",
    "kelas",
    "lantai",
    "blok",
    "gang",
    "gg.",
    "tipe",
    "seri",
    "versi",
    "hp",
    "telp",
    "telp.",
    "telepon",
    "wa",
    "ke-",
    "kode",
    "juara",
    "peringkat",
    "urutan",
    "angkatan",
    "gelombang",
    "tahap",
    "zona",
    "sektor",
    "pos",
    "kloter",
    "ruang",
    "kamar",
    "pintu",
    "gate",
    "terminal",
    "jalur",
    "nomor:",
    "register",
    "tap",
    "keppres",
    "inpres",
    "se",
    "kepmen",
    "rp",
    "rp.",
    "usd",
    "us$",
    "$",
    "hari",
    "ham",
    "hut",
    "covid",
    "per",
    "g",
    "dki",
    "edisi",
    "jilid",
    "bab",
    "halaman",
    "hlm.",
];

/// Verbs and adjectives right after a number (`2 diprediksi`): derived forms, not nouns.
fn looks_like_verb(w: &str) -> bool {
    let n = w.chars().count();
    n >= 7
        && ["di", "me"].iter().any(|p| w.starts_with(p))
        && !w.starts_with("dinas")
        && !w.starts_with("distrik")
        && !w.starts_with("desa")
}

/// English for common count units (the rest keep their Indonesian noun as unit).
fn unit_of(noun: &str) -> String {
    let noun = noun.trim_end_matches('.');
    let u = match noun {
        "thn" => "years",
        "lbr" | "lembar" => "sheets",
        "orang" | "org" | "jiwa" | "warga" | "penduduk" | "peserta" | "pengunjung" | "penumpang" | "pemudik"
        | "wisatawan" => "people",
        "ton" => "tons",
        "kilogram" | "kg" => "kg",
        "gram" | "gr" => "g",
        "kilometer" | "km" => "km",
        "meter" | "m" => "m",
        "sentimeter" | "cm" => "cm",
        "milimeter" | "mm" => "mm",
        "hektare" | "hektar" | "ha" => "ha",
        "liter" => "liters",
        "unit" => "units",
        "kk" => "households",
        "persen" => "percent",
        _ => noun,
    };
    u.to_string()
}

/// Classifiers that count the noun after them (`dua unit mobil`, `tiga ekor sapi`).
const CLASSIFIERS: &[&str] = &["unit", "buah", "ekor", "batang", "butir", "biji", "helai", "pucuk", "bidang"];

/// The English of a counted noun that is no unit (`rumah` → houses, `calon` → candidates),
/// from the glossary's first noun sense; the noun itself when the glossary has none.
fn english_noun(noun: &str, value: f64) -> String {
    let entries = crate::glossary::glossary().lookup_key(noun);
    let noun_like =
        |e: &&crate::glossary::Entry| matches!(e.pos, crate::glossary::Pos::Noun | crate::glossary::Pos::Classifier);
    let Some(sense) = entries.iter().find(noun_like).and_then(|e| e.senses.first()) else {
        return noun.to_string();
    };
    // The first sense may carry a note in brackets or alternatives after a slash.
    let sense = sense.split(['(', '/']).next().unwrap_or(sense).trim();
    if sense.is_empty() {
        noun.to_string()
    } else if value == 1.0 {
        sense.to_string()
    } else {
        crate::gloss::irregular::plural(sense)
    }
}

/// A count at token `k`: `350 peserta`, `sekitar 250 warga`, `tiga rumah`, `1,2 juta`,
/// `60 hingga 120 sentimeter` (lower bound), `Hasnah (47)` (age, unit `years old`).
pub fn quantity_at(v: &View, k: usize, from: usize, end: usize) -> Option<Item> {
    if let Some(item) = age_at(v, k, from, end) {
        return Some(item);
    }
    // An approximation marker may open the item.
    let marker = super::marker_at(v, k, end).filter(|m| number_at(v, m.next, end).is_some());
    let num_k = marker.map_or(k, |m| m.next);
    let n = number_at(v, num_k, end)?;
    let prev = if num_k > from { v.low(num_k - 1, end) } else { "" };
    if (marker.is_none() && IDENTIFIER_BEFORE.contains(&prev)) || (!n.digits && prev == "salah") {
        return None;
    }
    // Numbers glued to symbols or brackets are codes, scores or list markers.
    let next_text = v.text(n.end);
    let range_dash = next_text == "-" && number_at(v, n.end + 1, end).is_some();
    if n.end < end
        && matches!(next_text, "/" | "-" | ")" | ":" | "x")
        && !range_dash
        && n.end == num_k + 1
        && marker.is_none()
    {
        return None;
    }
    let mut value_end = n.end;
    // A range `60 hingga 120 sentimeter` or `60-120 orang`: keep the lower bound.
    if matches!(v.low(value_end, end), "hingga" | "sampai" | "-" | "s.d." | "sd" | "s/d") {
        if let Some(m) = number_at(v, value_end + 1, end) {
            if m.digits == n.digits {
                value_end = m.end;
            }
        }
    }
    // `69,8 per 100.000 penduduk`: a rate, valued by its first number.
    let mut rate_end = None;
    if v.low(value_end, end) == "per" {
        if let Some(m) = number_at(v, value_end + 1, end).filter(|m| m.digits) {
            rate_end = Some(m.end + usize::from(v.tokens.get(m.end).is_some_and(|t| t.is_wordlike()) && m.end < end));
        }
    }
    let noun = v.low(value_end, end);
    let scaled = n.end > num_k + 1;
    // `berusia 97 tahun`, `65 tahun ke atas`: an age.
    // An age band (`usia 5-14 tahun`) describes a group, not a figure.
    if noun == "tahun" && n.digits && value_end > n.end {
        return None;
    }
    if noun == "tahun" && n.digits {
        let after = (v.low(value_end + 1, end), v.low(value_end + 2, end));
        if matches!(prev, "usia" | "berusia" | "umur" | "berumur")
            || (after.0 == "ke" && matches!(after.1, "atas" | "bawah"))
        {
            let stop = if after.0 == "ke" { value_end + 3 } else { value_end + 1 };
            let en = format!("{} years{}", n.en, if after.0 == "ke" { " or more" } else { "" });
            return Some(v.item(
                ItemKind::Quantity,
                if marker.is_some() { k } else { num_k },
                stop,
                Value::Number(n.value),
                Some("years".into()),
                false,
                en,
            ));
        }
    }
    if let Some(stop) = rate_end {
        let en = format!(
            "{} per {}",
            n.en,
            v.input
                .get(v.tokens.get(value_end + 1).map_or(0, |t| t.start)..v.tokens.get(stop - 1).map_or(0, |t| t.end))
                .unwrap_or("")
        );
        return Some(v.item(
            ItemKind::Quantity,
            if marker.is_some() { k } else { num_k },
            stop,
            Value::Number(n.value),
            Some("rate".into()),
            false,
            en,
        ));
    }
    // A number after a capitalised word inside the sentence is a name or code: `Daop 2`.
    let opens_sentence = |j: usize| {
        j == from || matches!(crate::normalize::fold(v.text(j - 1)).as_str(), "." | "!" | "?" | "\"" | ":" | "(")
    };
    if num_k > from
        && marker.is_none()
        && v.tokens.get(num_k - 1).is_some_and(|t| t.is_wordlike())
        && v.is_capitalised(num_k - 1)
        && !opens_sentence(num_k - 1)
    {
        return None;
    }
    // `satu` is mostly the article "a": a count only with a classifier (`satu unit`).
    if !n.digits && matches!(v.low(num_k, end), "satu" | "se") && !matches!(noun, "unit" | "buah" | "ekor" | "orang") {
        return None;
    }
    // Capitalised number words before a capitalised noun name a programme: `Satu Rumah`.
    if !n.digits && v.is_capitalised(num_k) && v.is_capitalised(value_end) {
        return None;
    }
    let noun_tok = v.tokens.get(value_end);
    // Digits glued to letters or hyphens are codes and phone numbers: `6xxx-xxx`, `3M`.
    let glued = |a: usize, b: usize| v.tokens.get(a).zip(v.tokens.get(b)).is_some_and(|(x, y)| x.end == y.start);
    if n.digits
        && ((value_end < end && glued(value_end - 1, value_end) && noun_tok.is_some_and(|t| t.is_wordlike()))
            || (num_k > from
                && glued(num_k - 1, num_k)
                && crate::normalize::is_dash(v.text(num_k - 1).chars().next().unwrap_or(' '))))
    {
        return None;
    }
    let noun_ok = !noun.is_empty()
        && noun_tok.is_some_and(|t| t.is_wordlike())
        // Capitalised words are names (`2 Bandung`); acronyms (`186 WNA`, `652 TPS`) count.
        && (noun_tok.is_some_and(|t| t.kind == TokenKind::Acronym && t.end - t.start >= 2) || !v.is_capitalised(value_end))
        && !looks_like_verb(noun)
        && !NOT_A_NOUN.contains(&noun)
        && !super::dates::is_month(noun)
        && (noun_tok.is_some_and(|t| t.kind != TokenKind::Acronym) || noun.len() <= 4);
    if !noun_ok && !scaled {
        return None;
    }
    // Bare years are dates, not counts.
    if n.digits && !scaled && (1900.0..=2100.0).contains(&n.value) && n.value.fract() == 0.0 && !noun_ok {
        return None;
    }
    if !n.digits && !noun_ok {
        return None;
    }
    // A four-digit year followed by anything but a plain count unit is a year, not a count.
    if n.digits && (1900.0..=2100.0).contains(&n.value) && v.text(num_k).len() == 4 && unit_of(noun) == noun {
        return None;
    }
    let mut stop = value_end;
    let mut unit = None;
    if noun_ok {
        stop = value_end + 1;
        // Two-word units: `kepala keluarga`, `unit rumah`.
        let counted = v.tokens.get(stop).filter(|t| stop < end && t.is_wordlike() && !v.is_capitalised(stop));
        let u = if noun == "kepala" && v.low(stop, end) == "keluarga" {
            stop += 1;
            "households".to_string()
        } else if let Some(c) = counted.filter(|_| CLASSIFIERS.contains(&noun)) {
            // A classifier counts the noun after it: `dua unit telepon` → 2 telephones.
            let word = crate::normalize::key(v.text(stop));
            let en = english_noun(&word, n.value);
            if en == word || c.kind == TokenKind::Acronym {
                unit_of(noun)
            } else {
                stop += 1;
                en
            }
        } else {
            unit_of(noun)
        };
        unit = Some(u);
    }
    let start = if marker.is_some() { k } else { num_k };
    let approx = n.approx || marker.is_some_and(|m| m.approx());
    // A counted noun that is no unit of measure reads in English, and names the unit too.
    if let (Some(u), Some(t)) = (&unit, noun_tok) {
        if *u == noun && t.kind != TokenKind::Acronym {
            unit = Some(english_noun(noun, n.value));
        }
    }
    let noun_en = unit.clone().unwrap_or_default();
    let noun_part = if noun_en.is_empty() { String::new() } else { format!(" {noun_en}") };
    // `puluhan warga` is "dozens of residents", not "about 10 residents".
    let en = match vague_en(n.value).filter(|_| n.approx && !n.digits && !marker.is_some_and(|m| m.approx())) {
        Some(vague) => format!("{vague}{noun_part}"),
        None => format!("{}{}{noun_part}", super::prefix(marker, n.approx), n.en),
    };
    Some(v.item(ItemKind::Quantity, start, stop, Value::Number(n.value), unit, approx, en))
}

/// `Hasnah (47)`, `R.S. (41)`: an age in brackets right after a name.
fn age_at(v: &View, k: usize, from: usize, end: usize) -> Option<Item> {
    if v.text(k) != "(" || k == from || v.text(k + 2) != ")" || k + 2 >= end {
        return None;
    }
    let t = v.tokens.get(k + 1)?;
    let age = (t.kind == TokenKind::Number).then(|| parse_number(v.text(k + 1))).flatten()?;
    let before = v.tokens.get(k - 1)?;
    let name_like = before.is_wordlike() && v.is_capitalised(k - 1);
    if !name_like || !(1.0..=120.0).contains(&age) || age.fract() != 0.0 || v.text(k + 1).len() > 3 {
        return None;
    }
    // Start the span at the name (up to four capitalised words back).
    let mut s = k;
    while s > from && k - s < 4 && v.tokens.get(s - 1).is_some_and(|t| t.is_wordlike()) && v.is_capitalised(s - 1) {
        s -= 1;
    }
    let en = format!("{} ({})", v.input.get(v.tokens[s].start..before.end).unwrap_or(""), english_number(age));
    Some(v.item(ItemKind::Quantity, s, k + 3, Value::Number(age), Some("years old".into()), false, en))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_separators() {
        assert_eq!(parse_number("1.250"), Some(1250.0));
        assert_eq!(parse_number("2,5"), Some(2.5));
        assert_eq!(parse_number("50.000.000"), Some(50_000_000.0));
        assert_eq!(parse_number("３"), Some(3.0));
        assert_eq!(parse_number("12/8/2024"), None);
        assert_eq!(parse_number("1.25.0"), None);
        assert_eq!(english_number(1250.0), "1,250");
        assert_eq!(english_number(2.5), "2.5");
        assert_eq!(english_amount(2_500_000_000.0), "2.5 billion");
        assert_eq!(english_amount(500_000.0), "500,000");
    }
}

#[cfg(test)]
mod counted_noun_tests {
    use crate::recognize::recognize_text;

    fn en(text: &str) -> String {
        recognize_text(text, None).first().map(|i| i.en.clone()).unwrap_or_default()
    }

    #[test]
    fn counted_nouns_and_markers_read_as_english() {
        assert_eq!(en("petugas memeriksa 12 rumah warga"), "12 houses");
        assert_eq!(en("diikuti sedikitnya 40 peserta"), "at least 40 people");
        assert_eq!(en("hampir 300 orang hadir"), "almost 300 people");
        assert_eq!(en("lebih dari 25 desa terendam"), "more than 25 villages");
        assert_eq!(en("sekitar 60 persen lahan"), "about 60 percent");
        assert_eq!(en("maksimal Rp2 juta per orang"), "at most IDR 2 million");
        assert_eq!(en("didatangi puluhan nelayan"), "dozens of fishermen");
        assert_eq!(en("sebanyak ratusan warga mengungsi"), "hundreds of people");
        assert_eq!(en("sebanyak 15 ton beras"), "15 tons");
        assert_eq!(en("menyita dua unit mobil"), "2 cars");
        assert_eq!(en("tiga ekor sapi"), "3 cows");
        assert_eq!(en("lima unit"), "5 units");
    }
}
