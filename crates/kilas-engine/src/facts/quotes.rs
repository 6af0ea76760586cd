//! Direct quotations with their speakers (reported speech is in `statements`).
//!
//! Direct quotations are found on the content lines by their double quotes (straight or
//! curly); a quotation whose paragraph ends without a closing mark continues when the next
//! paragraph opens with a quote mark, as wire copy writes it. The speaker is read from the
//! attribution after the quotation (`," kata Andi.`, `," ujarnya.`) or before it
//! (`Andi mengatakan, "…"`); pronouns and bare quotations go to the person named last.

use super::entities;
use super::lexicon::{SAID_AFTER, SAID_BEFORE};
use super::people::{self, Person};
use super::{statements, Fact, FactInput, FactKind};
use crate::normalize::{is_closing_quote, is_double_quote, is_opening_quote, key};
use crate::structure::LineKind;
use crate::token::Token;

/// Quote facts (direct quotations) followed by statement facts (reported speech).
pub fn extract(fi: &FactInput) -> Vec<Fact> {
    // Speakers need every mention (first names, pronoun antecedents), not only the merged
    // person facts, so the mentions are found again here.
    let mentions = entities::find(fi);
    let (people, links) = people::resolve(fi.input, &mentions);
    let spans = direct_spans(fi);
    let mut out = Vec::new();
    for (open, close, parts) in &spans {
        let text: Vec<&str> = parts.iter().filter_map(|&(a, b)| fi.input.get(a..b)).map(str::trim).collect();
        let text = text.join(" ");
        let words = text.split_whitespace().count();
        let speaker = speaker_after(fi, *close, &links, &people)
            .or_else(|| speaker_before(fi, *open, &links, &people))
            .or_else(|| (words >= 4).then(|| last_person(*open, &links, &people)).flatten());
        // Scare quotes around a term are no quotation.
        if words < 4 && speaker.is_none() {
            continue;
        }
        let (start, end) = (parts.first().map_or(*open, |p| p.0), parts.last().map_or(*close, |p| p.1));
        out.push(Fact {
            kind: FactKind::Quote,
            start,
            end,
            text,
            en: String::new(),
            value: None,
            unit: None,
            speaker,
            role: None,
            direct: Some(true),
        });
    }
    let statements = statements::extract(fi, &spans, &out, &links, &people);
    out.extend(statements);
    out
}

/// Person mentions: (start, end, index into the people).
pub(super) type Links = [(usize, usize, usize)];

/// A direct quotation: opening mark, closing mark, and its text, one part per paragraph.
pub(super) type Span = (usize, usize, Vec<(usize, usize)>);

/// A quotation still open: opening mark, finished parts, start of the current part.
type Open = (usize, Vec<(usize, usize)>, usize);

/// The person mentioned last before `pos`.
pub(super) fn last_person(pos: usize, links: &Links, people: &[Person]) -> Option<String> {
    // Links are in document order: search from the last one starting before `pos`.
    let k = links.partition_point(|l| l.0 < pos);
    links[..k].iter().rev().find(|l| l.1 <= pos).and_then(|l| people.get(l.2)).map(|p| p.name.clone())
}

/// The person whose mention starts in `[a, b)`.
fn person_in(a: usize, b: usize, links: &Links, people: &[Person]) -> Option<String> {
    links.iter().find(|l| l.0 >= a && l.0 < b).and_then(|l| people.get(l.2)).map(|p| p.name.clone())
}

fn tokens_from<'a>(fi: &FactInput<'a>, pos: usize) -> &'a [Token] {
    let k = fi.tokens.partition_point(|t| t.start < pos);
    fi.tokens.get(k..).unwrap_or(&[])
}

pub(super) fn is_pronoun(w: &str) -> bool {
    matches!(w, "dia" | "ia" | "beliau")
}

/// `," kata Andi.`, `," ujarnya.`, `," kata Kepala Dinas X Nama.`
fn speaker_after(fi: &FactInput, close: usize, links: &Links, people: &[Person]) -> Option<String> {
    let toks = tokens_from(fi, close);
    let line_end = fi.input[close..].find('\n').map_or(fi.input.len(), |n| close + n);
    let mut k = 0;
    while toks.get(k).is_some_and(|t| matches!(t.text(fi.input), "," | "\"" | "\u{201D}" | "\u{2019}")) {
        k += 1;
    }
    let verb = toks.get(k).filter(|t| t.start < line_end)?;
    let w = key(verb.text(fi.input));
    if !SAID_AFTER.contains(&w.as_str()) {
        return None;
    }
    let next = toks.get(k + 1).map(|t| key(t.text(fi.input))).unwrap_or_default();
    if w.ends_with("nya") || is_pronoun(&next) {
        return last_person(close, links, people);
    }
    let from = toks.get(k + 1).map_or(line_end, |t| t.start);
    let stop =
        toks[k + 1..].iter().find(|t| matches!(t.text(fi.input), "." | "!" | "?" | "\"")).map_or(line_end, |t| t.start);
    person_in(from, stop.min(line_end), links, people).or_else(|| last_person(close, links, people))
}

/// `Andi mengatakan, "…"`, `Menurut Andi, "…"`, `Ia menegaskan: "…"`.
fn speaker_before(fi: &FactInput, open: usize, links: &Links, people: &[Person]) -> Option<String> {
    let k = fi.sentences.partition_point(|s| s.start <= open);
    let unit = fi.sentences.get(k.checked_sub(1)?).filter(|s| open < s.end.max(s.start + 1))?;
    if unit.start >= open {
        return None;
    }
    let toks = fi.tokens.get(unit.first_token..unit.end_token)?;
    let before: Vec<&Token> = toks.iter().filter(|t| t.end <= open).collect();
    let last = before.last()?;
    if !matches!(last.text(fi.input), ":" | ",") {
        return None;
    }
    let said = before.iter().any(|t| {
        let w = key(t.text(fi.input));
        SAID_BEFORE.contains(&w.as_str()) || w == "menurut" || w == "kata"
    });
    if !said {
        return None;
    }
    let k = links.partition_point(|l| l.0 < open);
    links[..k]
        .iter()
        .rev()
        .take_while(|l| l.0 >= unit.start)
        .find(|l| l.1 <= open)
        .and_then(|l| people.get(l.2))
        .map(|p| p.name.clone())
        .or_else(|| last_person(open, links, people))
}

/// Direct quotations: (opening mark, closing mark, inner parts one per paragraph).
fn direct_spans(fi: &FactInput) -> Vec<Span> {
    let lines: Vec<_> = fi.structure.lines.iter().filter(|l| l.kind == LineKind::Content).collect();
    let mut out = Vec::new();
    // (opening mark, parts so far, start of the current part)
    let mut open: Option<Open> = None;
    for (li, line) in lines.iter().enumerate() {
        let text = fi.input.get(line.start..line.end).unwrap_or("");
        for (off, c) in text.char_indices() {
            if !is_double_quote(c) {
                continue;
            }
            let pos = line.start + off;
            let after = pos + c.len_utf8();
            if off == 0 && open.is_some() {
                // A new paragraph of the same quotation.
                if let Some(o) = open.as_mut() {
                    o.2 = after;
                }
                continue;
            }
            let opening = if is_opening_quote(c) {
                true
            } else if is_closing_quote(c) {
                false
            } else {
                open.is_none()
            };
            if opening {
                open = Some((pos, Vec::new(), after));
            } else if let Some((o, mut parts, s)) = open.take() {
                parts.push((s, pos));
                out.push((o, pos, parts));
            }
        }
        if let Some(o) = open.as_mut() {
            let continues = lines.get(li + 1).is_some_and(|n| fi.input[n.start..n.end].starts_with(is_double_quote));
            if continues {
                o.1.push((o.2, line.end));
            } else {
                open = None;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::split_sentences;
    use crate::structure::analyze_structure;
    use crate::token::tokenize;

    fn with_input<T>(text: &str, f: impl FnOnce(&FactInput) -> T) -> T {
        let structure = analyze_structure(text);
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &structure, &tokens);
        let fi = FactInput { input: text, tokens: &tokens, sentences: &sentences, structure: &structure, date: None };
        f(&fi)
    }

    #[test]
    fn a_quotation_continues_on_the_next_paragraph() {
        let text = "Ia datang.\n\u{201C}Kami siap bekerja keras.\n\u{201C}Semua sudah disiapkan,\u{201D} kata Budi.";
        let spans = with_input(text, direct_spans);
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].2.len(), 2);
    }
}
