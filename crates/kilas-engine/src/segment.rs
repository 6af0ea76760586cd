//! Sentence units: the spans the gloss, facts and summary work on.
//!
//! Every non-blank byte of the input belongs to exactly one unit. Lines are hard boundaries;
//! inside a body line, units end at `.`, `!`, `?` or an ellipsis when a new sentence visibly
//! starts. Dotted abbreviations never end a unit (their dots live inside the token), a
//! quotation holding several sentences stays one unit with its attribution, list items and
//! table rows are units of their own, and run-on text is cut at clause boundaries so that no
//! unit exceeds [`MAX_WORDS`] words.

use crate::normalize::{is_dash, is_double_quote};
use crate::structure::{LineKind, Structure};
use crate::token::{Token, TokenKind, FINAL_ABBREVIATIONS};
use serde::{Deserialize, Serialize};

/// The longest unit, in word tokens, before it is cut at a clause boundary.
pub const MAX_WORDS: usize = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Title,
    Body,
    ListItem,
    TableRow,
    Boilerplate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub kind: UnitKind,
    /// Index of the line (paragraph) the unit belongs to.
    pub paragraph: usize,
    /// Indices into the document's token list: `tokens[first_token..end_token]`.
    pub first_token: usize,
    pub end_token: usize,
}

impl Sentence {
    /// Title and boilerplate units are kept out of facts and the summary.
    pub fn is_boilerplate(&self) -> bool {
        matches!(self.kind, UnitKind::Title | UnitKind::Boilerplate)
    }
}

/// Split the document into units, given its structure and its tokens (in order).
pub fn split_sentences(input: &str, structure: &Structure, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut tok = 0;
    for (paragraph, line) in structure.lines.iter().enumerate() {
        if line.kind == LineKind::Blank {
            continue;
        }
        while tok < tokens.len() && tokens[tok].start < line.start {
            tok += 1;
        }
        let first = tok;
        while tok < tokens.len() && tokens[tok].start < line.end {
            tok += 1;
        }
        let line_tokens = first..tok;
        if line_tokens.is_empty() {
            continue;
        }
        let push = |out: &mut Vec<Sentence>, a: usize, b: usize, kind: UnitKind| {
            out.push(Sentence {
                start: tokens[a].start,
                end: tokens[b - 1].end,
                kind,
                paragraph,
                first_token: a,
                end_token: b,
            });
        };
        let text = &input[line.start..line.end];
        match line.kind {
            LineKind::Title => push(&mut out, first, tok, UnitKind::Title),
            LineKind::Boilerplate => push(&mut out, first, tok, UnitKind::Boilerplate),
            _ => {
                let (body_end, tag) = split_trailing_tag(input, tokens, first, tok);
                let kind = if is_list_item(text) {
                    UnitKind::ListItem
                } else if is_table_row(text) {
                    UnitKind::TableRow
                } else {
                    UnitKind::Body
                };
                let spans = if kind == UnitKind::Body {
                    split_body(input, tokens, first, body_end)
                } else {
                    vec![(first, body_end)]
                };
                for (a, b) in spans {
                    for (c, d) in limit_length(input, tokens, a, b) {
                        push(&mut out, c, d, kind);
                    }
                }
                if tag {
                    push(&mut out, body_end, tok, UnitKind::Boilerplate);
                }
            }
        }
    }
    out
}

/// A trailing agency tag glued to the last sentence: `… ungkap Anggoro.(*/Inf)`.
/// Returns where the body ends and whether a tag follows.
fn split_trailing_tag(input: &str, tokens: &[Token], first: usize, end: usize) -> (usize, bool) {
    if end - first < 3 || tokens[end - 1].text(input) != ")" {
        return (end, false);
    }
    let Some(open) = (first..end - 1).rev().take(8).find(|&k| tokens[k].text(input) == "(") else {
        return (end, false);
    };
    if open == first {
        return (end, false);
    }
    let inner = &input[tokens[open].end..tokens[end - 1].start];
    let lower = inner.to_lowercase();
    let is_tag = inner.starts_with('*')
        || (inner.contains('/') && !inner.contains(' ') && !inner.chars().next().is_some_and(|c| c.is_ascii_digit()))
        || matches!(lower.as_str(), "ant" | "rls" | "adv" | "inf" | "hms" | "red" | "antara");
    if is_tag {
        (open, true)
    } else {
        (end, false)
    }
}

fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    let Some(c) = chars.next() else { return false };
    if matches!(c, '•' | '*' | '·' | '▪' | '◦' | '●') || (is_dash(c) && chars.clone().next() == Some(' ')) {
        return true;
    }
    // `1.`, `12)`, `a.`, `B.` followed by a space.
    let marker_len = if c.is_ascii_digit() {
        line.find(|d: char| !d.is_ascii_digit()).unwrap_or(line.len())
    } else if c.is_ascii_alphabetic() {
        1
    } else {
        return false;
    };
    let rest = &line[marker_len..];
    (rest.starts_with(". ") || rest.starts_with(") ")) && marker_len <= 3
}

fn is_table_row(line: &str) -> bool {
    line.matches('|').count() >= 2 || line.contains('\t') || line.matches("   ").count() >= 2
}

/// Where a body line breaks into sentences.
fn split_body(input: &str, tokens: &[Token], first: usize, end: usize) -> Vec<(usize, usize)> {
    let quotes: Vec<usize> = (first..end).filter(|&k| is_quote_token(input, &tokens[k])).collect();
    // Pair quotes in order; an odd one out (a quote continued from another paragraph) is ignored.
    let paired = quotes.len() - quotes.len() % 2;
    let mut spans = Vec::new();
    let mut start = first;
    let mut in_quote = false;
    let mut qi = 0;
    for k in first..end {
        let t = &tokens[k];
        if qi < paired && quotes[qi] == k {
            qi += 1;
            if in_quote {
                in_quote = false;
                let closes_sentence = k > first && is_terminal(tokens[k - 1].text(input));
                if closes_sentence && starts_sentence(input, tokens, k + 1, end) {
                    spans.push((start, k + 1));
                    start = k + 1;
                }
            } else {
                in_quote = true;
            }
            continue;
        }
        if in_quote {
            continue;
        }
        let ends = match t.kind {
            TokenKind::Punctuation => is_terminal(t.text(input)),
            TokenKind::Abbreviation => {
                let word = t.text(input).trim_end_matches('.').to_lowercase();
                let next_starts = k + 1 < end
                    && starts_capitalised_word(input, &tokens[k + 1])
                    && tokens[k + 1].kind != TokenKind::Abbreviation;
                (FINAL_ABBREVIATIONS.contains(&word.as_str()) || is_degree(t.text(input))) && next_starts
            }
            _ => false,
        };
        if ends && starts_sentence(input, tokens, k + 1, end) {
            // Keep a closing bracket glued to its sentence: `(lihat tabel.)`.
            let mut stop = k + 1;
            while stop < end && matches!(tokens[stop].text(input), ")" | "]") {
                stop += 1;
            }
            spans.push((start, stop));
            start = stop;
        }
    }
    if start < end {
        spans.push((start, end));
    }
    spans
}

/// Academic degrees written after a name (`S.H.`, `M.Si.`, `Ph.D.`): a capitalised word after
/// one starts a new sentence (`… kata Rina, M.Kes. Ia menambahkan …`), unlike after a title
/// before a name (`Dr.`, `H.`) or initials (`H.M. Said`).
const DEGREES: &[&str] = &[
    "sh", "mh", "se", "mm", "st", "mt", "sik", "ssos", "msi", "spd", "mpd", "skom", "mkom", "sag", "mag", "skep",
    "mkes", "sked", "sip", "mip", "spsi", "mpsi", "phd", "msc", "sfarm", "mkn", "shut", "mhum", "sak", "mak", "skm",
    "mkm", "str", "amd", "sgz", "mba", "mpa", "mph", "lc", "ma", "ss", "stp", "sp", "mp", "sikom", "mikom", "ssi",
    "sh.i", "mpdi", "spdi",
];

fn is_degree(text: &str) -> bool {
    let key: String = text.chars().filter(|c| *c != '.').flat_map(char::to_lowercase).collect();
    text.matches('.').count() >= 2 && DEGREES.contains(&key.as_str())
}

fn is_quote_token(input: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punctuation && t.text(input).chars().next().is_some_and(is_double_quote)
}

fn is_terminal(text: &str) -> bool {
    matches!(text, "!" | "?" | "\u{2026}") || (text.starts_with('.') && text.bytes().all(|b| b == b'.'))
}

fn starts_capitalised_word(input: &str, t: &Token) -> bool {
    t.is_wordlike() && t.text(input).starts_with(char::is_uppercase)
}

/// Does a new sentence visibly start at token `k`? (End of line counts.)
fn starts_sentence(input: &str, tokens: &[Token], k: usize, end: usize) -> bool {
    if k >= end {
        return true;
    }
    let first = tokens[k].text(input).chars().next().unwrap_or(' ');
    first.is_uppercase() || first.is_ascii_digit() || is_double_quote(first) || first == '('
}

/// Clause-opening words where an over-long unit may be cut.
const CLAUSE_OPENERS: &[&str] = &[
    "sementara",
    "sedangkan",
    "namun",
    "tetapi",
    "sehingga",
    "karena",
    "meskipun",
    "walaupun",
    "kemudian",
    "lalu",
    "selain",
    "adapun",
    "ujar",
    "kata",
    "jelas",
    "tambah",
    "katanya",
    "ujarnya",
    "serta",
    "dan",
    "yang",
];

/// Cut `tokens[a..b]` so that no piece has more than [`MAX_WORDS`] words.
fn limit_length(input: &str, tokens: &[Token], a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = a;
    loop {
        let words: Vec<usize> =
            (start..b).filter(|&k| tokens[k].is_wordlike() || tokens[k].kind == TokenKind::Number).collect();
        if words.len() <= MAX_WORDS {
            out.push((start, b));
            return out;
        }
        // Search the window of words 20..=MAX_WORDS for the best cut, preferring punctuation,
        // then clause openers, closest to the 45th word.
        let lo = words[20];
        let hi = words[MAX_WORDS];
        let mut best: Option<(usize, usize)> = None; // (rank, cut before token)
        for k in lo..hi {
            let text = tokens[k].text(input);
            let rank = if matches!(text, "," | ";" | ":")
                || (tokens[k].kind == TokenKind::Punctuation && is_dash(text.chars().next().unwrap_or(' ')))
            {
                Some((0, k + 1))
            } else if CLAUSE_OPENERS.contains(&text.to_lowercase().as_str()) {
                Some((1, k))
            } else {
                None
            };
            if let Some((r, cut)) = rank {
                let dist = cut.abs_diff(words[45]);
                let score = r * 1000 + dist;
                if best.is_none_or(|(s, _)| score < s) {
                    best = Some((score, cut));
                }
            }
        }
        let cut = best.map_or(words[50], |(_, c)| c);
        out.push((start, cut));
        start = cut;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::analyze_structure;
    use crate::token::tokenize;

    fn split(s: &str) -> Vec<&str> {
        let st = analyze_structure(s);
        let toks = tokenize(s);
        split_sentences(s, &st, &toks).iter().map(|u| &s[u.start..u.end]).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        let s = "Kasat Reskrim AKBP Rudi T. Siregar, S.I.K., M.H. menyebut pelaku diamankan di Jl. Dr. Sutomo No. 12, Pekanbaru. Penangkapan berlangsung malam hari.";
        assert_eq!(split(s).len(), 2);
    }

    #[test]
    fn multi_sentence_quote_is_one_unit() {
        let s = "\"Banyak produk sudah dikenal. Mereknya belum terdaftar,\" kata Andi. Ia menambahkan hal itu.";
        assert_eq!(
            split(s),
            ["\"Banyak produk sudah dikenal. Mereknya belum terdaftar,\" kata Andi.", "Ia menambahkan hal itu."]
        );
    }

    #[test]
    fn degrees_end_sentences_before_a_capital() {
        let s = "Hal itu disampaikan Kepala Dinas Kesehatan dr. Rina Amalia, M.Kes. Ia menambahkan vaksin tersedia.";
        assert_eq!(split(s).len(), 2);
        let s = "Kantornya di Jl. H.M. Said No. 1, Medan. Ia datang.";
        assert_eq!(split(s).len(), 2);
        let s = "Ketua tim Dr. Andi, S.H., M.H. mengatakan hal itu.";
        assert_eq!(split(s).len(), 1);
    }

    #[test]
    fn numbers_and_times_do_not_split() {
        assert_eq!(split("Dana Rp2,5 miliar cair pukul 09.00 WIB untuk 1.250 warga. Berikutnya tahap dua.").len(), 2);
    }

    #[test]
    fn trailing_tag_is_boilerplate() {
        let s = "Kegiatan dihadiri 350 orang, ungkap Anggoro.(*/Inf)";
        let st = analyze_structure(s);
        let toks = tokenize(s);
        let units = split_sentences(s, &st, &toks);
        assert_eq!(units.len(), 2);
        assert_eq!(&s[units[1].start..units[1].end], "(*/Inf)");
        assert!(units[1].is_boilerplate());
    }

    #[test]
    fn list_items_and_tables() {
        let s = "Pemenang sebagai berikut:\n1. Juara I: Desa A. Hadiah Rp50.000.000,-\n2) Juara II: Desa B\n1  | PBJT | 128.500 | 55,44";
        let st = analyze_structure(s);
        let toks = tokenize(s);
        let kinds: Vec<UnitKind> = split_sentences(s, &st, &toks).iter().map(|u| u.kind).collect();
        assert_eq!(kinds, [UnitKind::Body, UnitKind::ListItem, UnitKind::ListItem, UnitKind::TableRow]);
    }

    #[test]
    fn run_on_text_is_cut() {
        let words =
            "warga desa bersama kelompok tani membersihkan saluran irigasi sepanjang tiga kilometer ".repeat(12);
        let units = split(&words);
        assert!(units.len() >= 2);
        for u in units {
            assert!(u.split_whitespace().count() <= MAX_WORDS, "{u}");
        }
    }
}
