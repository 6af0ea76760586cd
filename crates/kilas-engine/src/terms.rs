//! Personal terms: a user's own translations and do-not-translate list, laid over the gloss.
//!
//! A terms list is plain text, one term a line: `indonesian term<TAB>english` or
//! `indonesian term = english`. An empty English side (or `=`) keeps the term as written in
//! the source (names, brands, terms of art). Lines starting with `#` are comments.
//!
//! Terms match case-insensitively on word boundaries inside one sentence; runs of spaces and
//! line breaks in the text match one space in the term, and dashes and digits fold as in
//! [`crate::normalize::fold_char`]. At each position the longest term wins and matches never
//! overlap. A match replaces the gloss chunks that lie wholly inside its span by one chunk
//! carrying the user's English; when a chunk reaches outside the match (the term is part of
//! a longer phrase the glossary translates as a whole) the match is left alone, so no other
//! word's English is ever lost.
//!
//! The matcher is a small first-character index over folded patterns rather than an
//! Aho–Corasick automaton: lists are short (tens to a few thousand lines), the engine keeps
//! `serde` as its only dependency, and matching runs only at word starts.

use crate::gloss::{join_chunks, Chunk};
use crate::normalize::{fold_char, is_letter};
use std::collections::HashMap;

/// At most this many terms are kept (a list is typed by hand; this bounds the work).
pub const MAX_TERMS: usize = 5_000;
/// Terms longer than this many characters are ignored.
pub const MAX_TERM_CHARS: usize = 200;

/// One term of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The Indonesian side as written (trimmed).
    pub source: String,
    /// The English, or `None` to keep the source words as written in the text.
    pub english: Option<String>,
    /// Folded, lower-cased pattern; whitespace runs are one `' '`.
    pattern: Vec<char>,
}

/// A parsed terms list, ready to match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Terms {
    terms: Vec<Term>,
    /// Term indices by the first pattern character, longest pattern first.
    by_first: HashMap<char, Vec<usize>>,
}

/// One match in the input: byte span (char boundaries) and the term that matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub term: usize,
}

/// Lower-cased, folded characters of `s` with whitespace runs collapsed to one space.
fn pattern_of(s: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in s.chars() {
        let Some(f) = fold_char(c) else { continue };
        if f.is_whitespace() {
            if out.last().is_some_and(|l| *l != ' ') {
                out.push(' ');
            }
            continue;
        }
        out.extend(f.to_lowercase());
    }
    while out.last() == Some(&' ') {
        out.pop();
    }
    out
}

/// Letters and digits make words; a term must not start or end inside one.
fn is_word_char(c: char) -> bool {
    is_letter(c) || c.is_numeric()
}

/// Split one line into (term, english); `None` for blank lines and comments.
fn split_line(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_end_matches(['\r', '\n']);
    if line.trim().is_empty() || line.trim_start().starts_with('#') {
        return None;
    }
    let (term, english) = match line.split_once('\t') {
        Some(parts) => parts,
        None => line.split_once('=').unwrap_or((line, "")),
    };
    let term = term.trim();
    (!term.is_empty()).then_some((term, english.trim()))
}

impl Terms {
    /// Parse a terms list. Never fails: lines that say nothing are skipped, and a later line
    /// for the same term replaces an earlier one.
    ///
    /// ```
    /// let t = kilas_engine::terms::Terms::parse("Polda Metro Jaya\tJakarta police\nGojek =\n# note\n");
    /// assert_eq!(t.len(), 2);
    /// ```
    pub fn parse(text: &str) -> Terms {
        let mut terms: Vec<Term> = Vec::new();
        for line in text.lines() {
            let Some((source, english)) = split_line(line) else { continue };
            if source.chars().count() > MAX_TERM_CHARS {
                continue;
            }
            let pattern = pattern_of(source);
            if pattern.is_empty() {
                continue;
            }
            let english = match english {
                "" | "=" => None,
                e => Some(e.to_string()),
            };
            let term = Term { source: source.to_string(), english, pattern };
            if let Some(old) = terms.iter_mut().find(|t| t.pattern == term.pattern) {
                *old = term;
            } else if terms.len() < MAX_TERMS {
                terms.push(term);
            }
        }
        let mut by_first: HashMap<char, Vec<usize>> = HashMap::new();
        for (i, t) in terms.iter().enumerate() {
            if let Some(c) = t.pattern.first() {
                by_first.entry(*c).or_default().push(i);
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|i| std::cmp::Reverse(terms.get(*i).map_or(0, |t| t.pattern.len())));
        }
        Terms { terms, by_first }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// The terms, in list order.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// Where `pattern` matches `input` starting at byte `at`: the end byte, if it matches on
    /// a word boundary without passing `limit`.
    fn match_at(input: &str, at: usize, limit: usize, pattern: &[char]) -> Option<usize> {
        let rest = input.get(at..limit)?;
        let mut chars = rest.char_indices().peekable();
        let mut k = 0;
        let mut end = at;
        while k < pattern.len() {
            let want = pattern.get(k).copied()?;
            if want == ' ' {
                // One or more spaces (or invisible characters) in the text.
                let mut seen = false;
                while let Some(&(i, c)) = chars.peek() {
                    match fold_char(c) {
                        None => {}
                        Some(f) if f.is_whitespace() => seen = true,
                        Some(_) => break,
                    }
                    chars.next();
                    end = at + i + c.len_utf8();
                }
                if !seen {
                    return None;
                }
                k += 1;
                continue;
            }
            let (i, c) = chars.next()?;
            let Some(f) = fold_char(c) else { continue };
            for lc in f.to_lowercase() {
                if pattern.get(k) != Some(&lc) {
                    return None;
                }
                k += 1;
            }
            end = at + i + c.len_utf8();
        }
        // Word boundary after a pattern that ends in a word character.
        let last_is_word = pattern.last().is_some_and(|c| is_word_char(*c));
        let next = input.get(end..).and_then(|s| s.chars().next());
        if last_is_word && next.is_some_and(is_word_char) {
            return None;
        }
        Some(end)
    }

    /// Every match inside `input[start..end]`, leftmost and longest first, never overlapping.
    /// Spans out of range or off char boundaries give no matches.
    pub fn find(&self, input: &str, start: usize, end: usize) -> Vec<Match> {
        let mut out = Vec::new();
        if self.terms.is_empty() || input.get(start..end).is_none() {
            return out;
        }
        let mut prev: Option<char> = input.get(..start).and_then(|s| s.chars().next_back());
        let mut pos = start;
        while pos < end {
            let Some(c) = input.get(pos..end).and_then(|s| s.chars().next()) else { break };
            let at_boundary = !(prev.is_some_and(is_word_char) && is_word_char(c));
            let mut found = None;
            if at_boundary {
                let first = fold_char(c).and_then(|f| f.to_lowercase().next());
                if let Some(list) = first.and_then(|f| self.by_first.get(&f)) {
                    for &i in list {
                        let Some(t) = self.terms.get(i) else { continue };
                        if let Some(e) = Self::match_at(input, pos, end, &t.pattern) {
                            found = Some(Match { start: pos, end: e, term: i });
                            break;
                        }
                    }
                }
            }
            if let Some(m) = found.filter(|m| m.end > pos) {
                out.push(m);
                prev = input.get(..m.end).and_then(|s| s.chars().next_back());
                pos = m.end;
            } else {
                prev = Some(c);
                pos += c.len_utf8();
            }
        }
        out
    }

    /// Lay the terms over the gloss of the sentence `input[start..end]`: `chunks` are its
    /// chunks; returns the new gloss text when a term applied, `None` when nothing changed.
    pub fn apply(&self, input: &str, start: usize, end: usize, chunks: &mut Vec<Chunk>) -> Option<String> {
        let mut changed = false;
        for m in self.find(input, start, end) {
            let Some(term) = self.terms.get(m.term) else { continue };
            let overlaps = |c: &Chunk| {
                if c.start == c.end {
                    m.start <= c.start && c.start < m.end
                } else {
                    c.start < m.end && m.start < c.end
                }
            };
            let inside = |c: &Chunk| m.start <= c.start && c.end <= m.end;
            if chunks.iter().any(|c| overlaps(c) && !inside(c)) {
                continue;
            }
            let Some(first) = chunks.iter().position(overlaps) else { continue };
            let en = match &term.english {
                Some(e) if !chunks.iter().take(first).any(|c| !c.en.is_empty()) => capitalise_first(e),
                Some(e) => e.clone(),
                None => collapse_spaces(input.get(m.start..m.end).unwrap_or_default()),
            };
            chunks.retain(|c| !overlaps(c));
            let at = first.min(chunks.len());
            chunks.insert(at, Chunk { en, start: m.start, end: m.end, known: true, alternatives: vec![] });
            changed = true;
        }
        changed.then(|| join_chunks(chunks))
    }
}

/// The source words as written, with line breaks and space runs as one space.
fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The user's English at the start of a sentence gets a capital first letter.
fn capitalise_first(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(cs).collect(),
        _ => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, analyze_with_terms, Options};

    #[test]
    fn parses_tabs_equals_comments_and_keeps() {
        let t = Terms::parse("# my list\nPolda Metro Jaya\tJakarta Metropolitan Police\n\nGojek =\nsembako = staple food\r\nKPK\t=\n  \n\tnothing\n");
        let got: Vec<(&str, Option<&str>)> =
            t.terms().iter().map(|x| (x.source.as_str(), x.english.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                ("Polda Metro Jaya", Some("Jakarta Metropolitan Police")),
                ("Gojek", None),
                ("sembako", Some("staple food")),
                ("KPK", None),
            ]
        );
    }

    #[test]
    fn later_line_replaces_earlier_and_limits_hold() {
        let t = Terms::parse("pasar\tmarket\nPASAR\tbazaar");
        assert_eq!(t.len(), 1);
        assert_eq!(t.terms()[0].english.as_deref(), Some("bazaar"));
        let long = "a".repeat(MAX_TERM_CHARS + 1);
        assert!(Terms::parse(&format!("{long}\tx")).is_empty());
    }

    #[test]
    fn matches_case_insensitively_on_word_boundaries_longest_first() {
        let t = Terms::parse("bank\tbank\nbank mandiri =\nmandi\tbathe");
        let text = "Nasabah BANK  Mandiri mandi di bankir.";
        let m: Vec<&str> = t.find(text, 0, text.len()).iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(m, vec!["BANK  Mandiri", "mandi"]);
    }

    #[test]
    fn spaces_in_terms_match_line_breaks_and_nbsp() {
        let t = Terms::parse("kota palu\tPalu");
        let text = "di Kota\u{00A0}\nPalu.";
        let m = t.find(text, 0, text.len());
        assert_eq!(m.len(), 1);
        assert_eq!(&text[m[0].start..m[0].end], "Kota\u{00A0}\nPalu");
    }

    #[test]
    fn odd_input_never_panics() {
        let t = Terms::parse("é\tE\nİstanbul\tIstanbul\n\u{200B}\tx\n(ANTARA)=\n-\t-\n日本\tJapan");
        for text in ["", "é", "İSTANBUL istanbul", "(ANTARA)", "日本日本", "--", "a\u{200B}b", "ééé é"] {
            for s in 0..=text.len() {
                for e in s..=text.len() {
                    let _ = t.find(text, s, e);
                    let mut chunks =
                        vec![Chunk { en: "x".into(), start: s, end: e, known: true, alternatives: vec![] }];
                    let _ = t.apply(text, s, e, &mut chunks);
                }
            }
            let _ = t.find(text, 5, 2);
            let _ = t.find(text, 0, text.len() + 3);
        }
    }

    #[test]
    fn no_terms_leave_the_analysis_unchanged() {
        let text = "Kepala Dinas Kesehatan Kota Palu meninjau pasar. Ia mengatakan harga stabil.";
        let plain = analyze(text, &Options::default());
        let with = analyze_with_terms(text, &Options::default(), &Terms::default());
        assert_eq!(serde_json::to_string(&plain).unwrap(), serde_json::to_string(&with).unwrap());
    }

    #[test]
    fn own_translation_and_keep_as_written_replace_chunks() {
        let text = "Warga Desa Sukamaju membeli sembako di pasar. Pasar itu ramai.";
        let terms = Terms::parse("sembako\tbasic groceries\npasar = bazaar\nDesa Sukamaju\t=");
        let a = analyze_with_terms(text, &Options::default(), &terms);
        let g0 = &a.sentences[0].gloss;
        assert!(g0.contains("basic groceries"), "{g0}");
        assert!(g0.contains("bazaar"), "{g0}");
        assert!(g0.contains("Desa Sukamaju"), "{g0}");
        let g1 = &a.sentences[1].gloss;
        assert!(g1.starts_with("Bazaar") || g1.contains("bazaar"), "{g1}");
        for s in &a.sentences {
            for c in &s.chunks {
                assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end) && c.start <= c.end);
            }
        }
        let kept = a.sentences[0].chunks.iter().find(|c| c.en == "Desa Sukamaju").unwrap();
        assert_eq!(&text[kept.start..kept.end], "Desa Sukamaju");
        assert!(kept.known);
    }

    #[test]
    fn a_term_inside_a_longer_translated_phrase_is_left_alone() {
        let mut chunks = vec![
            Chunk { en: "Ministry of Law".into(), start: 0, end: 15, known: true, alternatives: vec![] },
            Chunk { en: ".".into(), start: 15, end: 16, known: true, alternatives: vec![] },
        ];
        let text = "Kementerian Huk.";
        let t = Terms::parse("hukum\tlaw\nhuk\tHUK");
        assert_eq!(t.apply(text, 0, text.len(), &mut chunks), None);
        assert_eq!(chunks.len(), 2);
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn matches_are_on_char_boundaries_in_order(
            list in "[a-zA-Zé İ\\-=\t\n]{0,60}",
            text in "[a-zA-Zé İ\\-.,\n\u{00A0}\u{200B}]{0,120}",
        ) {
            let t = Terms::parse(&list);
            let ms = t.find(&text, 0, text.len());
            let mut last = 0;
            for m in ms {
                prop_assert!(m.start >= last && m.start < m.end && m.end <= text.len());
                prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                last = m.end;
            }
            let a = crate::analysis::analyze_with_terms(&text, &Default::default(), &t);
            for s in &a.sentences {
                for c in &s.chunks {
                    prop_assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
                }
            }
        }
    }
}
