//! Reported (indirect) speech: `X mengatakan bahwa …`, `X menjelaskan, …` without quote marks,
//! `Menurut X, …` and `…, katanya.`
//!
//! These are `statement` facts, never `quote` facts: a quote is one direct quotation. The
//! speaker is resolved as for quotes (a named person, or a pronoun to the person named last);
//! the text is the reported clause. A clause that overlaps a direct quotation is no statement.

use super::lexicon::{SAID_AFTER, SAID_BEFORE};
use super::people::Person;
use super::quotes::{is_pronoun, last_person, Links, Span};
use super::{Fact, FactInput, FactKind};
use crate::gloss::{gloss_tokens, GlossContext};
use crate::normalize::key;
use crate::token::Token;

/// Most tokens between a speech verb and its `bahwa` (`mengatakan di Makassar, Kamis, bahwa`).
const BAHWA_WINDOW: usize = 12;
/// Most tokens between the subject's name and its speech verb.
const SUBJECT_GAP: usize = 8;
/// Speech verbs whose clause may follow without `bahwa` or a comma (`X mengatakan harga naik`);
/// other verbs take an object there (`menjelaskan program itu`).
const BARE_CLAUSE: &[&str] = &["mengatakan", "menuturkan", "menegaskan", "menambahkan", "mengungkapkan", "berkata"];
/// Words after a speech verb that open an adjunct, not the clause (`mengatakan di Makassar, …`).
const PREPOSITIONS: &[&str] = &[
    "di", "kepada", "pada", "saat", "ketika", "usai", "seusai", "dalam", "melalui", "ke", "dari", "secara", "kemarin",
];
/// Fewest words a reported clause must have.
const MIN_WORDS: usize = 3;

/// Statement facts of the content sentences.
/// `direct` holds the direct quotations and `quotes` their facts (for their speakers).
pub fn extract(fi: &FactInput, direct: &[Span], quotes: &[Fact], links: &Links, people: &[Person]) -> Vec<Fact> {
    let mut out = Vec::new();
    for s in fi.sentences.iter().filter(|s| !s.is_boilerplate()) {
        let toks = fi.tokens.get(s.first_token..s.end_token).unwrap_or(&[]);
        let Some((speaker, a, b)) = reported(fi, toks, s.start, links, people) else { continue };
        let (Some(first), Some(last)) = (toks.get(a), b.checked_sub(1).and_then(|i| toks.get(i))) else { continue };
        let (start, end) = (first.start, last.end);
        if end <= start || b - a < MIN_WORDS {
            continue;
        }
        // A direct quotation in the clause, or one by the same speaker in the sentence.
        let quoted = direct.iter().any(|(o, c, _)| *o < end && *c > start)
            || quotes.iter().any(|q| q.start < s.end && q.end > s.start && q.speaker.as_ref() == Some(&speaker));
        if quoted {
            continue;
        }
        let Some(text) = fi.input.get(start..end) else { continue };
        let en = english(fi, toks.get(a..b).unwrap_or(&[]));
        out.push(Fact {
            kind: FactKind::Statement,
            start,
            end,
            text: text.to_string(),
            en,
            value: None,
            unit: None,
            speaker: Some(speaker),
            role: None,
            direct: Some(false),
        });
    }
    out
}

/// The speaker and the clause (token range within the sentence) of reported speech.
fn reported(
    fi: &FactInput,
    toks: &[Token],
    sentence_start: usize,
    links: &Links,
    people: &[Person],
) -> Option<(String, usize, usize)> {
    let w = |i: usize| toks.get(i).map(|t| key(t.text(fi.input))).unwrap_or_default();
    // The clause ends before the final stop.
    let mut end = toks.len();
    while end > 0 && matches!(w(end - 1).as_str(), "." | "!" | "?" | "\"" | "\u{201d}") {
        end -= 1;
    }
    // `Menurut X, …` / `Menurutnya, …` at the start of the sentence.
    let opener = (0..toks.len().min(3)).find(|&i| matches!(w(i).as_str(), "menurut" | "menurutnya"));
    if let Some(m) = opener {
        let comma = (m + 1..toks.len().min(m + BAHWA_WINDOW)).find(|&i| w(i) == ",")?;
        let speaker = if w(m) == "menurutnya" || (comma == m + 2 && is_pronoun(&w(m + 1))) {
            last_person(toks.get(m)?.start, links, people)
        } else {
            person_between(toks.get(m)?.end, toks.get(comma)?.start, links, people)
        }?;
        return Some((speaker, comma + 1, end));
    }
    // `X mengatakan bahwa …`, `X menjelaskan, …`.
    if let Some(v) = (0..toks.len()).find(|&i| SAID_BEFORE.contains(&w(i).as_str())) {
        let next = w(v + 1);
        let bare = BARE_CLAUSE.contains(&w(v).as_str())
            && !PREPOSITIONS.contains(&next.as_str())
            && toks.get(v + 1).is_some_and(|t| t.is_wordlike());
        let clause = match next.as_str() {
            "bahwa" | "," | ":" => Some(v + 2),
            // `X mengatakan ketinggian air mencapai satu meter.`
            _ if bare => Some(v + 1),
            _ => (v + 1..toks.len().min(v + 1 + BAHWA_WINDOW))
                .take_while(|&i| !SAID_BEFORE.contains(&w(i).as_str()) && w(i) != "\"")
                .find(|&i| w(i) == "bahwa")
                .map(|i| i + 1),
        };
        if let Some(mut a) = clause {
            while matches!(w(a).as_str(), "bahwa" | "," | ":") {
                a += 1;
            }
            let verb = toks.get(v)?;
            // The subject is named just before the verb (`Andi di Makassar, Kamis, mengatakan`).
            let near = toks.get(v.saturating_sub(SUBJECT_GAP)).map_or(sentence_start, |t| t.start);
            let subject = person_between(near, verb.start, links, people).or_else(|| {
                // `Ia mengatakan …`, `Dia pun menjelaskan …`.
                (0..v).any(|i| is_pronoun(&w(i))).then(|| last_person(sentence_start, links, people)).flatten()
            });
            if let Some(s) = subject {
                return Some((s, a, end));
            }
        }
    }
    // `…, katanya.` / `…, kata Andi.` closing the sentence.
    let comma = (1..end).rev().find(|&i| w(i) == ",")?;
    if comma + 4 < end {
        return None;
    }
    let verb = w(comma + 1);
    let two = format!("{verb} {}", w(comma + 2));
    if !SAID_AFTER.contains(&verb.as_str()) && !SAID_AFTER.contains(&two.as_str()) {
        return None;
    }
    let at = toks.get(comma)?.start;
    let speaker = if verb.ends_with("nya") || is_pronoun(&w(comma + 2)) || comma + 2 >= end {
        last_person(at, links, people)
    } else {
        person_between(toks.get(comma + 2)?.start, toks.get(end - 1)?.end, links, people)
    }?;
    Some((speaker, 0, comma))
}

/// The last person whose mention lies inside `[a, b)`.
fn person_between(a: usize, b: usize, links: &Links, people: &[Person]) -> Option<String> {
    let k = links.partition_point(|l| l.0 < b);
    links[..k]
        .iter()
        .rev()
        .take_while(|l| l.0 >= a)
        .find(|l| l.1 <= b)
        .and_then(|l| people.get(l.2))
        .map(|p| p.name.clone())
}

/// The English of the clause, glossed on its own.
fn english(fi: &FactInput, toks: &[Token]) -> String {
    let mut ctx = GlossContext::new(None, fi.date);
    gloss_tokens(fi.input, toks, &mut ctx).text.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::split_sentences;
    use crate::structure::analyze_structure;
    use crate::token::tokenize;

    fn statements(text: &str) -> Vec<Fact> {
        let structure = analyze_structure(text);
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &structure, &tokens);
        let fi = FactInput { input: text, tokens: &tokens, sentences: &sentences, structure: &structure, date: None };
        super::super::quotes::extract(&fi).into_iter().filter(|f| f.kind == FactKind::Statement).collect()
    }

    #[test]
    fn bahwa_clause_with_its_speaker() {
        let f = statements(
            "Kepala Dinas Sosial Kota Ambon Yohanis Latuheru mengatakan bahwa bantuan sudah disalurkan kepada 200 keluarga.",
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].speaker.as_deref(), Some("Yohanis Latuheru"));
        assert_eq!(f[0].direct, Some(false));
        assert_eq!(f[0].text, "bantuan sudah disalurkan kepada 200 keluarga");
        assert!(!f[0].en.is_empty());
    }

    #[test]
    fn comma_clause_place_and_day_before_bahwa_and_pronouns() {
        let text = "Camat Lembah Hijau Ratna Sulistyowati menjelaskan, jalan desa akan diaspal tahun depan.\n\
Ia mengatakan di Lembah Hijau, Selasa, bahwa dana sudah tersedia di kas daerah.\n\
Menurutnya, warga diminta ikut mengawasi pekerjaan itu.";
        let f = statements(text);
        let got: Vec<(&str, &str)> = f.iter().map(|x| (x.speaker.as_deref().unwrap_or(""), x.text.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Ratna Sulistyowati", "jalan desa akan diaspal tahun depan"),
                ("Ratna Sulistyowati", "dana sudah tersedia di kas daerah"),
                ("Ratna Sulistyowati", "warga diminta ikut mengawasi pekerjaan itu"),
            ]
        );
    }

    #[test]
    fn menurut_and_closing_attribution() {
        let text = "Menurut Kepala Puskesmas Tanjung Biru Hendrik Manuputty, stok vaksin cukup sampai akhir bulan.\n\
Petugas tambahan akan datang dari kota, katanya.";
        let f = statements(text);
        assert_eq!(f.len(), 2, "{f:#?}");
        assert_eq!(f[0].text, "stok vaksin cukup sampai akhir bulan");
        assert_eq!(f[1].text, "Petugas tambahan akan datang dari kota");
        assert!(f.iter().all(|x| x.speaker.as_deref() == Some("Hendrik Manuputty")));
    }

    #[test]
    fn direct_quotations_are_no_statements() {
        let text =
            "Bupati Lembah Hijau Darmawan Saputra mengatakan, \"Kami akan membangun dua jembatan baru tahun ini.\"\n\
\"Jalan ke pasar juga diperbaiki,\" katanya.\n\
Warga mengatakan bahwa hujan turun sejak pagi.";
        let f = statements(text);
        assert!(f.is_empty(), "{f:#?}");
    }
}
