//! The English brief: a one-line headline, the summary sentences in English (document order),
//! a key-facts table (who, organisations, where, when, figures), the quotes, a few reported
//! statements (`X said that …`) and the source line.
//!
//! [`build`] collects the parts; [`render_markdown`] and [`render_text`] lay them out for
//! pasting into mail and chat. Nothing here invents text: every line is the gloss of a span of
//! the input or a fact's English rendering.

use crate::analysis::{Analysis, SentenceOut};
use crate::facts::{Fact, FactKind};
use crate::gloss::Chunk;
use crate::segment::UnitKind;
use serde::Serialize;

/// Longest headline, in words, before it is cut at a clause boundary.
const HEADLINE_WORDS: usize = 18;
/// Most entries per row of the facts table.
const ROW_ITEMS: usize = 8;
/// Most reported statements listed after the quotes.
const STATEMENTS: usize = 3;

/// The parts of a brief, in English.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Brief {
    pub headline: String,
    /// The summary units: index into `Analysis.sentences`, source text and English.
    pub summary: Vec<BriefSentence>,
    /// People: `Name (role)` or the bare name.
    pub who: Vec<String>,
    pub organisations: Vec<String>,
    #[serde(rename = "where")]
    pub places: Vec<String>,
    pub when: Vec<String>,
    pub figures: Vec<String>,
    pub quotes: Vec<BriefQuote>,
    /// Reported speech (`statement` facts with a speaker), at most three.
    pub statements: Vec<BriefQuote>,
    /// `Makassar (ANTARA)`: the dateline place and agency.
    pub source: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BriefSentence {
    pub index: usize,
    pub text: String,
    pub en: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BriefQuote {
    pub speaker: Option<String>,
    pub text: String,
    pub en: String,
}

/// Collect the brief of an analysed document.
pub fn build(a: &Analysis) -> Brief {
    let summary = a
        .summary
        .iter()
        .filter_map(|&i| {
            a.sentences.get(i).map(|s| BriefSentence { index: i, text: s.text.clone(), en: sentence_en(a, s) })
        })
        .collect();
    let facts_of = |kinds: &[FactKind]| -> Vec<&Fact> { a.facts.iter().filter(|f| kinds.contains(&f.kind)).collect() };
    let who =
        dedup(facts_of(&[FactKind::Person]).into_iter().map(|f| match f.role.as_deref().filter(|r| !r.is_empty()) {
            Some(role) => format!("{} ({role})", name_of(f)),
            None => name_of(f),
        }));
    let orgs: Vec<&Fact> =
        facts_of(&[FactKind::Organization]).into_iter().filter(|f| !is_source_agency(a, f)).collect();
    let organisations = merge_by_english(&drop_contained(&orgs));
    let places = dedup(facts_of(&[FactKind::Place]).into_iter().map(english_of));
    let when = dedup(facts_of(&[FactKind::Date, FactKind::Time]).into_iter().map(english_of));
    let figures =
        dedup(
            facts_of(&[FactKind::Money, FactKind::Percent, FactKind::Quantity, FactKind::Duration])
                .into_iter()
                .map(|f| if f.unit.as_deref() == Some("years old") { age_of(f) } else { english_with_source(f) }),
        );
    let quotes = facts_of(&[FactKind::Quote])
        .into_iter()
        .filter(|f| f.direct != Some(false))
        .map(|f| BriefQuote { speaker: f.speaker.clone(), text: f.text.clone(), en: quote_en(a, f) })
        .collect();
    let statements = facts_of(&[FactKind::Statement])
        .into_iter()
        .filter(|f| f.speaker.is_some())
        .take(STATEMENTS)
        .map(|f| BriefQuote { speaker: f.speaker.clone(), text: f.text.clone(), en: statement_en(a, f) })
        .collect();
    let source = a.dateline.as_ref().map(|d| match &d.agency {
        Some(agency) => format!("{} ({agency})", d.place),
        None => d.place.clone(),
    });
    Brief { headline: headline(a), summary, who, organisations, places, when, figures, quotes, statements, source }
}

/// The brief as Markdown that pastes cleanly into mail and chat.
pub fn render_markdown(a: &Analysis) -> String {
    let b = build(a);
    let mut out = format!("# {}\n\n", b.headline);
    for s in &b.summary {
        out.push_str(&format!("- {}\n", s.en));
    }
    let rows = rows(&b);
    if !rows.is_empty() {
        out.push_str("\n| Key facts | |\n|---|---|\n");
        for (label, items) in rows {
            out.push_str(&format!("| {label} | {} |\n", escape_cell(&items.join("; "))));
        }
    }
    if !b.quotes.is_empty() || !b.statements.is_empty() {
        out.push_str(if b.quotes.is_empty() { "\nStatements:\n" } else { "\nQuotes:\n" });
        for q in &b.quotes {
            out.push_str(&format!("- {}: \"{}\"\n", q.speaker.as_deref().unwrap_or("unattributed"), q.en));
        }
        for q in &b.statements {
            out.push_str(&format!("- {}\n", said_that(q)));
        }
    }
    if let Some(src) = &b.source {
        out.push_str(&format!("\nSource: {src}\n"));
    }
    out
}

/// The brief as plain text.
pub fn render_text(a: &Analysis) -> String {
    let b = build(a);
    let mut out = format!("{}\n\n", b.headline);
    for s in &b.summary {
        out.push_str(&format!("* {}\n", s.en));
    }
    let rows = rows(&b);
    if !rows.is_empty() {
        out.push('\n');
        for (label, items) in rows {
            out.push_str(&format!("{:<15}{}\n", format!("{label}:"), items.join("; ")));
        }
    }
    if !b.quotes.is_empty() || !b.statements.is_empty() {
        out.push('\n');
        for q in &b.quotes {
            out.push_str(&format!("{}: \"{}\"\n", q.speaker.as_deref().unwrap_or("unattributed"), q.en));
        }
        for q in &b.statements {
            out.push_str(&format!("{}\n", said_that(q)));
        }
    }
    if let Some(src) = &b.source {
        out.push_str(&format!("\nSource: {src}\n"));
    }
    out
}

/// A one-line English headline: the glossed title, else the top-scoring summary sentence,
/// cut at a clause boundary when long.
pub fn headline(a: &Analysis) -> String {
    if let Some(s) = a.sentences.iter().find(|s| s.kind == UnitKind::Title) {
        return capitalise(&one_line(&s.gloss));
    }
    let top = a.summary.iter().filter_map(|&i| a.sentences.get(i)).fold(None::<&SentenceOut>, |best, s| match best {
        Some(b) if b.score >= s.score => Some(b),
        _ => Some(s),
    });
    match top {
        Some(s) => shorten(&drop_parentheses(&one_line(&sentence_en(a, s)))),
        None => "(empty document)".to_string(),
    }
}

fn rows(b: &Brief) -> Vec<(&'static str, Vec<String>)> {
    [
        ("Who", &b.who),
        ("Organisations", &b.organisations),
        ("Where", &b.places),
        ("When", &b.when),
        ("Figures", &b.figures),
    ]
    .into_iter()
    .filter(|(_, items)| !items.is_empty())
    .map(|(label, items)| (label, items.iter().take(ROW_ITEMS).cloned().collect()))
    .collect()
}

/// Whether a fact is the dateline's agency (`(ANTARA)`): the source line names it, so lists of
/// the story's organisations leave it out.
pub fn is_source_agency(a: &Analysis, f: &Fact) -> bool {
    f.kind == FactKind::Organization
        && a.dateline.as_ref().and_then(|d| d.agency.as_deref()).is_some_and(|agency| f.text == agency)
}

/// The English of a unit without its dateline, starting with a capital letter.
fn sentence_en(a: &Analysis, s: &SentenceOut) -> String {
    let from = a.dateline.as_ref().filter(|d| d.start >= s.start && d.end <= s.end).map(|d| d.end);
    let text = match from {
        Some(from) if !s.chunks.is_empty() => join(s.chunks.iter().filter(|c| c.start >= from)),
        _ => s.gloss.clone(),
    };
    capitalise(text.trim())
}

/// The English of a quotation: its fact rendering, else the glossed chunks of its span.
pub(crate) fn quote_en(a: &Analysis, f: &Fact) -> String {
    if !f.en.trim().is_empty() {
        return one_line(&f.en);
    }
    let chunks = a.sentences.iter().flat_map(|s| s.chunks.iter()).filter(|c| c.start >= f.start && c.end <= f.end);
    let text = join(chunks);
    let text = text.trim().trim_end_matches(',').trim_matches('"').trim();
    capitalise(text)
}

/// The English of a reported statement: its fact rendering, else the glossed chunks.
fn statement_en(a: &Analysis, f: &Fact) -> String {
    reported_clause(&f.text, &quote_en(a, f))
}

/// A reported clause's English as it reads after "X said that": a clause that starts with a
/// common word in the Indonesian (`tersangka meminta …`) starts in lower case in English
/// ("the suspect asked …"); names and acronyms keep their capitals.
pub fn reported_clause(source: &str, en: &str) -> String {
    let lower_start = source.starts_with(|c: char| c.is_lowercase());
    let mut chars = en.chars();
    match chars.next() {
        Some(c) if lower_start && chars.next().is_some_and(|d| d.is_lowercase()) => {
            c.to_lowercase().chain(en.chars().skip(1)).collect()
        }
        _ => en.to_string(),
    }
}

/// `Andi said that the aid has been distributed.`
fn said_that(q: &BriefQuote) -> String {
    let en = q.en.trim().trim_end_matches(['.', ',', ';']);
    format!("{} said that {en}.", q.speaker.as_deref().unwrap_or("unattributed"))
}

/// Chunk English joined with single spaces, none before closing or after opening marks.
fn join<'a>(chunks: impl Iterator<Item = &'a Chunk>) -> String {
    let mut out = String::new();
    for c in chunks {
        let en = c.en.trim();
        if en.is_empty() {
            continue;
        }
        let closing = en.starts_with(['.', ',', ';', ':', '!', '?', ')', ']', '%', '\u{201D}']);
        let after_opening = out.ends_with(['(', '[', '\u{201C}']);
        if !out.is_empty() && !closing && !after_opening {
            out.push(' ');
        }
        out.push_str(en);
    }
    out
}

fn name_of(f: &Fact) -> String {
    if f.en.trim().is_empty() {
        f.text.clone()
    } else {
        f.en.clone()
    }
}

fn english_of(f: &Fact) -> String {
    one_line(if f.en.trim().is_empty() { &f.text } else { &f.en })
}

/// English with the source in parentheses when they differ (`Regional Office … (Kanwil …)`).
fn english_with_source(f: &Fact) -> String {
    let en = english_of(f);
    let src = one_line(&f.text);
    if en.to_lowercase() == src.to_lowercase() || en.contains(&src) {
        en
    } else {
        format!("{en} ({src})")
    }
}

/// One item per English name, with every source form that differs from it: `Palu City Police
/// (Kepolisian Resor Kota Palu; Polresta Palu)`, not the same English twice.
fn merge_by_english(facts: &[&Fact]) -> Vec<String> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for f in facts {
        let en = english_of(f);
        let src = one_line(&f.text);
        let i = match groups.iter().position(|(e, _)| e.eq_ignore_ascii_case(&en)) {
            Some(i) => i,
            None => {
                groups.push((en.clone(), Vec::new()));
                groups.len() - 1
            }
        };
        let sources = &mut groups[i].1;
        if !en.eq_ignore_ascii_case(&src) && !en.contains(&src) && !sources.contains(&src) {
            sources.push(src);
        }
    }
    groups
        .into_iter()
        .filter(|(en, _)| !en.trim().is_empty())
        .map(|(en, sources)| if sources.is_empty() { en } else { format!("{en} ({})", sources.join("; ")) })
        .collect()
}

/// A person's age as a figure: `RS (38)` → `RS, 38 years old`.
fn age_of(f: &Fact) -> String {
    let name = f.text.split('(').next().unwrap_or("").trim();
    match &f.value {
        Some(crate::facts::FactValue::Number(n)) if !name.is_empty() => format!("{name}, {n} years old"),
        _ => english_with_source(f),
    }
}

/// Leave out a fact whose English is part of a longer fact's English (`Regional Office` next to
/// `South Sulawesi Regional Office of the Ministry of Law and Human Rights`).
fn drop_contained<'a>(facts: &[&'a Fact]) -> Vec<&'a Fact> {
    let key = |f: &Fact| english_of(f).to_lowercase();
    facts
        .iter()
        .filter(|f| {
            let k = key(f);
            !facts.iter().any(|g| {
                let other = key(g);
                other.len() > k.len() && other.contains(&k)
            })
        })
        .copied()
        .collect()
}

fn dedup(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for it in items {
        let it = it.trim().to_string();
        if !it.is_empty() && !out.iter().any(|o| o.eq_ignore_ascii_case(&it)) {
            out.push(it);
        }
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Cut a long sentence at the first clause comma after a few words, else after
/// [`HEADLINE_WORDS`] words with an ellipsis; no final full stop.
fn shorten(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let s = if words.len() <= HEADLINE_WORDS {
        s.to_string()
    } else if let Some(k) =
        words.iter().enumerate().skip(6).take(HEADLINE_WORDS - 6).find(|(_, w)| w.ends_with(',')).map(|(k, _)| k)
    {
        words[..=k].join(" ").trim_end_matches(',').to_string()
    } else {
        format!("{}…", words[..HEADLINE_WORDS].join(" "))
    };
    capitalise(s.trim_end_matches('.'))
}

/// Remove parenthesised asides (acronym expansions) from a headline.
fn drop_parentheses(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    one_line(&out).replace(" ,", ",")
}

/// Keep a table cell on one line and its pipes literal.
fn escape_cell(s: &str) -> String {
    one_line(s).replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Options};

    #[test]
    fn empty_document_has_a_headline() {
        let a = analyze("", &Options::default());
        assert_eq!(headline(&a), "(empty document)");
        assert!(render_markdown(&a).starts_with("# (empty document)"));
        assert!(render_text(&a).starts_with("(empty document)"));
    }

    #[test]
    fn dateline_goes_to_the_source_line() {
        let a = analyze("Makassar (ANTARA) - Kantor dibuka. Rapat koordinasi digelar.", &Options::default());
        let md = render_markdown(&a);
        assert!(md.contains("Source: Makassar (ANTARA)"), "{md}");
        let b = build(&a);
        assert!(!b.summary[0].en.contains("Makassar"), "{:?}", b.summary);
    }

    #[test]
    fn long_headlines_are_shortened() {
        let long = "one two three four five six seven, eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.";
        assert_eq!(shorten(long), "One two three four five six seven");
        assert_eq!(shorten("Short one."), "Short one");
    }

    #[test]
    fn parentheses_leave_headlines() {
        assert_eq!(drop_parentheses("Office (Kanwil (x)) opens , today"), "Office opens, today");
    }

    fn org(text: &str, en: &str) -> Fact {
        Fact {
            kind: FactKind::Organization,
            start: 0,
            end: 0,
            text: text.into(),
            en: en.into(),
            value: None,
            unit: None,
            speaker: None,
            role: None,
            direct: None,
        }
    }

    #[test]
    fn shorter_organisations_inside_longer_ones_are_dropped() {
        let a = org("Kanwil", "Regional Office");
        let b = org("Kanwil Kemenkumham Sulsel", "South Sulawesi Regional Office of the Ministry of Law");
        let c = org("BPBD", "Regional Disaster Management Agency");
        let kept: Vec<&str> = drop_contained(&[&a, &b, &c]).iter().map(|f| f.text.as_str()).collect();
        assert_eq!(kept, ["Kanwil Kemenkumham Sulsel", "BPBD"]);
    }

    #[test]
    fn cells_escape_pipes() {
        assert_eq!(escape_cell("a | b\nc"), "a \\| b c");
    }
}
