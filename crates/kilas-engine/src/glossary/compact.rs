//! The compact glossary text embedded in the engine, written by `build.rs` (which includes
//! this file) and by [`super::Glossary::from_sources`]; read back by `entry::parse_compact`.
//!
//! One entry per line, grouped by lookup key (`normalize::key` of the form); the groups are
//! ordered by the part of speech of their first entry, then by key:
//!
//! ```text
//! [TAB]form<TAB>p<TAB>senses[<TAB>expansion[<TAB>domain]]
//! ```
//!
//! * a line that starts with a TAB belongs to the same key as the line before it; the key
//!   itself is not stored (it is the folded, lower-cased form, rebuilt at start-up);
//! * `p` is a one-letter part of speech ([`POS_LETTERS`]);
//! * `senses` is left empty when it is just the form (`Wates` → Wates);
//! * only domains the engine reads are kept ([`KEPT_DOMAINS`]); for places and countries
//!   the domain `place` is implied, and `-` says "no domain";
//! * trailing empty columns are dropped; comments, blank lines and notes never get here.
//!
//! Every field the engine reads comes back exactly as `parse_line` reads the data files.

use crate::normalize::key;

/// Domains some engine code reads (`gloss::lookup`, `facts::entities` test for `place`).
/// A domain not listed here is dropped from the embedded text: add it here before reading it.
pub const KEPT_DOMAINS: &[&str] = &["place"];

/// Part-of-speech codes of the data files and their one-letter compact codes.
pub const POS_LETTERS: &[(&str, &str)] = &[
    ("n", "n"),
    ("v", "v"),
    ("adj", "j"),
    ("adv", "d"),
    ("pron", "i"),
    ("prep", "r"),
    ("conj", "k"),
    ("num", "m"),
    ("det", "e"),
    ("part", "q"),
    ("intj", "x"),
    ("cls", "l"),
    ("acr", "a"),
    ("abbr", "b"),
    ("title", "t"),
    ("org", "o"),
    ("place", "p"),
    ("country", "c"),
    ("unit", "u"),
    ("name", "y"),
    ("phr", "f"),
];

/// The domain a part of speech implies in the compact text (`place` for places, countries).
pub fn implied_domain(pos: &str) -> Option<&'static str> {
    matches!(pos, "place" | "country" | "p" | "c").then_some("place")
}

/// One data line (`form<TAB>pos<TAB>senses…`, already checked by the data tests) in compact
/// form, without the line break; `None` for comments, blank and malformed lines.
pub fn compact_line(line: &str, continues: bool) -> Option<String> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    if line.trim().is_empty() || line.starts_with('#') {
        return None;
    }
    let cols: Vec<&str> = line.split('\t').collect();
    let (form, pos, senses) = (cols.first()?, cols.get(1)?, cols.get(2)?);
    // The lines `parse_line` rejects are left out, as the engine always skipped them.
    let untrimmed = form.is_empty() || form.trim() != *form || form.contains("  ");
    if cols.len() > 6 || untrimmed || senses.split(';').any(|s| s.trim().is_empty()) {
        return None;
    }
    let letter = POS_LETTERS.iter().find(|(p, _)| p == pos)?.1;
    let senses = if senses.trim() == *form && !form.contains(';') { "" } else { senses };
    let expansion = cols.get(3).map_or("", |s| s.trim());
    let domain = cols.get(4).map_or("", |s| s.trim());
    let kept = KEPT_DOMAINS.contains(&domain);
    let domain = match implied_domain(pos) {
        Some(d) if d == domain => "",
        Some(_) if !kept => "-",
        _ if kept => domain,
        _ => "",
    };
    let mut out: Vec<&str> = vec![form, letter, senses, expansion, domain];
    while out.len() > 2 && out.last().is_some_and(|c| c.is_empty()) {
        out.pop();
    }
    let mut s = String::with_capacity(line.len() + 1);
    if continues {
        s.push('\t');
    }
    s.push_str(&out.join("\t"));
    Some(s)
}

/// Merge data files (earlier files first) into the compact text: grouped by key (groups in
/// part-of-speech, then key order); within a key the lower-case spelling first, then other
/// spellings by form, each in file order.
/// Returns the text and the number of entries.
pub fn merge<'a>(files: impl IntoIterator<Item = &'a str>) -> (String, usize) {
    let mut all: Vec<(String, bool, &str, usize, usize, &str)> = Vec::new();
    for (rank, text) in files.into_iter().enumerate() {
        for (n, line) in text.lines().enumerate() {
            let l = line.strip_suffix('\r').unwrap_or(line);
            if l.trim().is_empty() || l.starts_with('#') {
                continue;
            }
            let form = l.split('\t').next().unwrap_or("");
            let k = key(form);
            let other_case = form != k;
            all.push((k, other_case, form, rank, n, l));
        }
    }
    all.sort_by(|a, b| (&a.0, a.1, a.2, a.3, a.4).cmp(&(&b.0, b.1, b.2, b.3, b.4)));
    let mut groups: Vec<Vec<String>> = Vec::new();
    let mut previous: Option<&str> = None;
    for (k, _, _, _, _, line) in &all {
        let continues = previous == Some(k.as_str());
        if let Some(c) = compact_line(line, continues) {
            match groups.last_mut() {
                Some(g) if continues => g.push(c),
                _ => groups.push(vec![c]),
            }
            previous = Some(k);
        }
    }
    // Keys are found by hash, so their order is free: keys whose first entry has the same
    // part of speech (places, acronyms, titles …) sit together, which gzip rewards (≈ 6 %).
    groups.sort_by_key(|g| g.first().and_then(|l| l.split('\t').nth(1)).map(str::to_string));
    let count = groups.iter().map(Vec::len).sum();
    let mut text = String::new();
    for line in groups.iter().flatten() {
        text.push_str(line);
        text.push('\n');
    }
    (text, count)
}
