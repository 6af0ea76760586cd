//! Name finder: people, organisations and places as spans of the source.
//!
//! Capitalised words are grouped into runs (`Kepala Kanwil Kemenkumham Sulsel Andi Muhammad
//! Ilham`), and each run is cut into a role, an organisation or place, and a person name. A run
//! is classified by its head word (`Kabupaten`, `Dinas`, `Polres`), by the gazetteer and the
//! glossary, by the word just before it (`di Sengkang`, `kata Andi`) and otherwise taken for a
//! person. Every mention is returned; the callers merge repeated mentions.

use super::lexicon::*;
use super::FactInput;
use crate::glossary::{glossary, Pos};
use crate::normalize::{is_dash, is_double_quote, key};
use crate::token::{Token, TokenKind};
use std::collections::HashSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    Person,
    Organization,
    Place,
}

/// One mention of a name.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub kind: MentionKind,
    pub start: usize,
    pub end: usize,
    /// English rendering (organisations and places).
    pub en: String,
    /// People: the role written before the name (`Kepala Kanwil Kemenkumham Sulsel`), as a span.
    pub role: Option<(usize, usize)>,
}

/// All mentions of the content units, in document order.
pub fn find(fi: &FactInput) -> Vec<Mention> {
    let mut out = Vec::new();
    let dateline = fi.structure.dateline.as_ref();
    let plain = plain_acronyms(fi);
    for s in fi.sentences.iter().filter(|s| !s.is_boilerplate()) {
        let toks = fi.tokens.get(s.first_token..s.end_token).unwrap_or(&[]);
        let mut from = 0;
        if let Some(d) = dateline.filter(|d| d.start == s.start) {
            from = toks.iter().position(|t| t.start >= d.end).unwrap_or(toks.len());
            dateline_mentions(fi.input, &toks[..from], &mut out);
        }
        Finder { input: fi.input, toks, plain: &plain }.run_all(from, &mut out);
    }
    out
}

/// `Makassar (ANTARA) -`: the place, and the agency as an organisation.
fn dateline_mentions(input: &str, toks: &[Token], out: &mut Vec<Mention>) {
    let place_end = toks.iter().position(|t| !t.is_wordlike()).unwrap_or(toks.len());
    if place_end > 0 {
        let (a, b) = (toks[0].start, toks[place_end - 1].end);
        let text = &input[a..b];
        out.push(Mention { kind: MentionKind::Place, start: a, end: b, en: place_en(text), role: None });
    }
    for t in &toks[place_end..] {
        if t.is_wordlike() {
            let text = t.text(input);
            out.push(Mention {
                kind: MentionKind::Organization,
                start: t.start,
                end: t.end,
                en: org_en(text),
                role: None,
            });
        }
    }
}

/// How many earlier mentions the finder looks back at (keeps long inputs linear).
const RECENT: usize = 200;

struct Finder<'a> {
    input: &'a str,
    toks: &'a [Token],
    /// Acronyms the document spells out in lower case (`usaha mikro … (UMKM)`): no institutions.
    plain: &'a HashSet<String>,
}

/// Acronyms introduced in brackets after a lower-case word.
fn plain_acronyms(fi: &FactInput) -> HashSet<String> {
    let t = fi.tokens;
    let mut out = HashSet::new();
    for k in 1..t.len().saturating_sub(2) {
        let (prev, open, acr, close) = (&t[k - 1], &t[k], &t[k + 1], &t[k + 2]);
        if open.text(fi.input) == "(" && close.text(fi.input) == ")" && acr.kind == TokenKind::Acronym {
            let p = prev.text(fi.input);
            if prev.is_wordlike() && p.starts_with(|c: char| c.is_lowercase()) {
                out.insert(acr.text(fi.input).to_string());
            }
        }
    }
    out
}

/// `2024`: a four-digit year.
fn is_year(text: &str) -> bool {
    text.len() == 4 && text.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

fn is_roman(text: &str) -> bool {
    !text.is_empty() && text.len() <= 4 && text.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

fn lower(s: &str) -> String {
    key(s)
}

/// Letters of a token, lower-case, without dots (`S.H.` → `sh`).
fn bare(s: &str) -> String {
    key(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

pub fn in_list(list: &[&str], w: &str) -> bool {
    super::lexicon::contains(list, w)
}

/// Gazetteer entry by lower-case key; short forms (≤ 3 letters) only when written in capitals.
fn lookup_pair(list: &'static [(&'static str, &'static str)], text: &str) -> Option<&'static str> {
    let k = crate::normalize::key_cow(text);
    let en = super::lexicon::pair_lookup(list, &k)?;
    if k.chars().count() <= 3 && text.chars().any(|c| c.is_lowercase()) {
        return None;
    }
    Some(en)
}

/// Is this text a known place (gazetteer or glossary)?
pub fn known_place(text: &str) -> Option<String> {
    // `AS` is written for the United States as a state actor far more than as a place.
    if text == "AS" {
        return None;
    }
    if let Some(en) = lookup_pair(PLACES, text) {
        return Some(en.to_string());
    }
    glossary()
        .lookup(text)
        .iter()
        .find(|e| matches!(e.pos, Pos::Place | Pos::Country) || (e.pos == Pos::Acronym && e.domain == Some("place")))
        .map(|e| e.senses[0].to_string())
}

/// Is this text a known organisation (gazetteer, glossary `org`, or an acronym whose
/// expansion starts with an organisation head word)?
pub fn known_org(text: &str) -> Option<String> {
    if let Some(en) = lookup_pair(ORGS, text) {
        return Some(en.to_string());
    }
    glossary()
        .lookup(text)
        .iter()
        .find(|e| {
            e.pos == Pos::Organization
                || (matches!(e.pos, Pos::Acronym | Pos::Abbreviation)
                    && !in_list(PLAIN_ACRONYMS, &lower(text))
                    && e.expansion.and_then(|x| x.split(' ').next()).is_some_and(|h| in_list(ORG_HEADS, &lower(h))))
        })
        .map(|e| e.senses[0].to_string())
}

/// A common word (glossary or morphology knows it and it is no name).
fn is_common(text: &str) -> bool {
    let k = lower(text);
    // Noble and clan titles that open names (`Teuku`, `Andi`, `Daeng`) read like affixed words.
    if in_list(&["teuku", "tengku", "cut", "andi", "daeng", "gusti", "karaeng", "opu", "puang"], &k) {
        return false;
    }
    if in_list(COMMON_NOUNS, &k) || looks_derived(&k) {
        return true;
    }
    let g = glossary().lookup_key(&k);
    if !g.is_empty() {
        return g.iter().any(|e| {
            !matches!(e.pos, Pos::Name | Pos::Organization | Pos::Place | Pos::Country | Pos::Acronym | Pos::Title)
        });
    }
    crate::morph::analyze_word(text).known
}

/// Affixed shapes names seldom have: `pe-…-an`, `ke-…-an`, `-nya`, `me-`/`ber-` verbs.
fn looks_derived(w: &str) -> bool {
    let n = w.chars().count();
    if n < 6 || w.contains('-') {
        return false;
    }
    let nominal = w.ends_with("an") && !w.ends_with("wan") && ["pe", "ke", "per"].iter().any(|p| w.starts_with(p));
    let verbal = ["meng", "meny", "mem", "men", "ber", "ter", "di"].iter().any(|p| w.starts_with(p))
        && (w.ends_with("kan") || w.ends_with("i") && n >= 8);
    nominal || verbal || w.ends_with("nya")
}

/// Acronym that the glossary explains as something other than an institution or place (`UMKM`).
fn glossary_plain_acronym(text: &str) -> bool {
    if in_list(PLAIN_ACRONYMS, &lower(text)) {
        return true;
    }
    let g = glossary().lookup(text);
    !g.is_empty() && known_org(text).is_none() && known_place(text).is_none()
}

fn is_degree(t: &Token, text: &str) -> bool {
    matches!(t.kind, TokenKind::Abbreviation | TokenKind::Acronym | TokenKind::Word)
        && in_list(DEGREES, &bare(text))
        && (t.kind != TokenKind::Word || text.chars().filter(|c| c.is_uppercase()).count() >= 2)
}

/// A position or rank: the lexicon, short forms such as `Kabidyankumham`, `Kasubbid`, and the
/// glossary's titles (`Dirjen`).
fn is_role_word(w: &str) -> bool {
    const SHORT: &[&str] = &[
        "kabid", "kadiv", "kasubbid", "kasubdit", "kasubag", "kasubbag", "kasat", "kapol", "kakan", "kadis", "kabag",
        "kasie", "kanit", "kajari", "kajati", "kalapas", "karutan", "wakapol", "danrem", "dandim", "pangdam",
        "kasubsi",
    ];
    if in_list(ROLE_WORDS, w) || SHORT.iter().any(|p| w.starts_with(p)) {
        return true;
    }
    // Honorifics that are part of how a person is named (`Gus Dur`) stay with the name.
    let g = glossary().lookup_key(w);
    // `Dirjen`: an abbreviation whose long form is a role (`Direktur Jenderal`).
    if g.iter().any(|e| {
        matches!(e.pos, Pos::Acronym | Pos::Abbreviation | Pos::Title)
            && e.expansion.and_then(|x| x.split(' ').next()).is_some_and(|h| in_list(ROLE_WORDS, &lower(h)))
    }) {
        return true;
    }
    g.iter().any(|e| e.pos == Pos::Title)
        && !in_list(NAME_PREFIXES, w)
        && !in_list(&["gus", "sultan", "raden", "teuku", "cut", "tengku", "andi"], w)
}

fn is_name_prefix(text: &str) -> bool {
    in_list(NAME_PREFIXES, &lower(text))
}

impl<'a> Finder<'a> {
    fn text(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.input))
    }

    fn low(&self, i: usize) -> String {
        lower(self.text(i))
    }

    /// A capitalised word-like token.
    fn is_cap(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else { return false };
        t.is_wordlike() && self.text(i).starts_with(|c: char| c.is_uppercase())
    }

    /// Does token `i` start a sentence (first, or after an opening quote, colon or dash)?
    fn sentence_initial(&self, i: usize, from: usize) -> bool {
        if i <= from {
            return true;
        }
        let p = self.text(i - 1);
        p.starts_with(|c: char| is_double_quote(c) || is_dash(c)) || matches!(p, ":" | "(" | "." | "!" | "?")
    }

    fn run_all(&self, from: usize, out: &mut Vec<Mention>) {
        let n = self.toks.len();
        let mut i = from;
        while i < n {
            if !self.is_cap(i) {
                i += 1;
                continue;
            }
            let j = self.run_end(i);
            self.segment(i, j, from, out);
            i = j.max(i + 1);
        }
    }

    /// End (exclusive) of the capitalised run that starts at `i`.
    fn run_end(&self, i: usize) -> usize {
        let n = self.toks.len();
        let orgish =
            |a: usize, b: usize| (a..b).any(|k| in_list(ORG_HEADS, &self.low(k)) || is_role_word(&self.low(k)));
        let mut j = i + 1;
        loop {
            if j >= n {
                break;
            }
            if self.is_cap(j) && !in_list(NOT_NAMES, &self.low(j)) {
                j += 1;
                continue;
            }
            let w = self.low(j);
            // `Kota Bandung dr. Rina Kusumawati`: a lower-case title before a name.
            if matches!(w.as_str(), "dr." | "drg." | "dr" | "drg") && self.is_cap(j + 1) {
                j += 2;
                continue;
            }
            // Connectors inside names: `Hukum dan HAM`, `bin`, `van`.
            if self.is_cap(j + 1) && !in_list(NOT_NAMES, &self.low(j + 1)) {
                let mut k = j + 1;
                while self.is_cap(k) {
                    k += 1;
                }
                let defined = self.text(k) == "(" && self.toks.get(k + 1).is_some_and(|t| t.kind == TokenKind::Acronym);
                // `Partai Golkar dan Presiden SBY`: a role after `dan` starts a new name.
                // `Partai Demokrat dan PDI Perjuangan`: a second institution is a second name.
                let second = (in_list(ORG_HEADS, &self.low(j + 1)) && self.toks[j + 1].kind == TokenKind::Word)
                    || known_org(self.text(j + 1)).is_some_and(|_| self.toks[j + 1].kind == TokenKind::Acronym);
                if (w == "dan" || w == "&")
                    && (orgish(i, j) || defined)
                    && !is_role_word(&self.low(j + 1))
                    && !(second && (known_org(self.text(i)).is_some() || in_list(ORG_HEADS, &self.low(i))))
                {
                    j += 2;
                    continue;
                }
                if matches!(w.as_str(), "bin" | "binti" | "van" | "von" | "de" | "al" | "el" | "da" | "der") {
                    j += 2;
                    continue;
                }
            }
            // A unit number inside an institution name: `Daop 2 Bandung`, `Densus 88`.
            if self.toks[j].kind == TokenKind::Number && w.len() <= 3 && orgish(i, j) && self.is_cap(j + 1) {
                j += 2;
                continue;
            }
            // `Joko Widodo (Jokowi)`: the short name people use ends the run.
            // `Mustofa (Nigeria)`, `Tatang Hakim (Golkar)`: a person's country or party.
            let annotates = |j: usize| {
                let c = j + 2;
                self.text(c) == ")"
                    && !orgish(i, j)
                    && (known_place(self.text(j + 1)).is_some() || known_org(self.text(j + 1)).is_some())
                    && (i..j).all(|k| self.toks[k].kind == TokenKind::Word && !is_common(self.text(k)))
            };
            if w == "(" && (annotates(j) || self.is_alias(j) && !is_common(self.text(j - 1)) && !orgish(j - 1, j)) {
                break;
            }
            // Bracketed short form inside an organisation or role: `Dinas Kesehatan (Dinkes) Kota`.
            if w == "(" && self.is_cap(j + 1) {
                let close = (j + 2..(j + 6).min(n)).find(|&k| self.text(k) == ")");
                let short = self.toks[j + 1].kind == TokenKind::Acronym
                    || (self.toks[j + 1].kind == TokenKind::Word && self.text(j + 1).chars().count() <= 8);
                if let Some(c) =
                    close.filter(|&c| (j + 1..c).all(|k| self.is_cap(k)) && (orgish(i, j) || short && c == j + 2))
                {
                    // After the short form, only a place or unit continues the name:
                    // `(Dinkes) Kota Bandung`, `(Rutan) Kelas IIB Kupang`, `(Daop) 2 Bandung`.
                    let next = self.low(c + 1);
                    let in_role = is_role_word(&self.low(i));
                    let goes_on = in_list(PLACE_HEADS, &next)
                        || (in_role && in_list(ORG_HEADS, &next))
                        || matches!(
                            next.as_str(),
                            "kelas"
                                | "wilayah"
                                | "cabang"
                                | "perwakilan"
                                | "stasiun"
                                | "kantor"
                                | "unit"
                                | "balai"
                                | "daop"
                                | "embarkasi"
                                | "sektor"
                        )
                        || known_place(self.text(c + 1)).is_some()
                        || self.toks.get(c + 1).is_some_and(|t| t.kind == TokenKind::Number)
                        || {
                            // Another defined part follows (`(Persero) Daerah Operasi (Daop)`), or
                            // one proper name ends it (`(TPA) Manggar`).
                            let mut k = c + 1;
                            while self.is_cap(k) && !in_list(NOT_NAMES, &self.low(k)) {
                                k += 1;
                            }
                            (k > c + 1 && self.text(k) == "(" && self.is_cap(k + 1))
                                || (k == c + 2
                                    && self.toks[c + 1].kind == TokenKind::Word
                                    && !is_common(self.text(c + 1)))
                        };
                    j = c + 1;
                    if goes_on {
                        continue;
                    }
                    break;
                }
            }
            // `Badan Meteorologi, Klimatologi, dan Geofisika`.
            if w == "," && orgish(i, j) && self.is_cap(j + 1) && self.toks[j + 1].kind == TokenKind::Word {
                let mut k = j + 1;
                while self.is_cap(k) && self.toks[k].kind == TokenKind::Word && k < j + 3 {
                    k += 1;
                }
                if self.text(k) == "," && self.low(k + 1) == "dan" && self.is_cap(k + 2) {
                    j = k + 3;
                    continue;
                }
                if self.low(k) == "dan" && self.is_cap(k + 1) {
                    j = k + 2;
                    continue;
                }
            }
            break;
        }
        // A bracket ending the run is not part of it.
        j
    }

    /// Cut the run `[a, b)` into mentions.
    fn segment(&self, mut a: usize, b: usize, from: usize, out: &mut Vec<Mention>) {
        // Words that are never names at the start (`Menurut`, `Sementara`, weekdays).
        while a < b && in_list(NOT_NAMES, &self.low(a)) {
            a += 1;
        }
        if a >= b {
            return;
        }
        // Only degrees or honorifics.
        let after_comma = a > 0 && self.text(a - 1) == ",";
        let dotted = (a..b).any(|k| self.toks[k].kind == TokenKind::Abbreviation);
        if (after_comma || dotted || b - a > 1)
            && (a..b).all(|k| {
                is_degree(&self.toks[k], self.text(k)) || is_name_prefix(self.text(k)) || !self.toks[k].is_wordlike()
            })
        {
            return;
        }
        if (a..b).all(|k| is_roman(self.text(k)) || self.toks[k].kind == TokenKind::Reduplication) {
            return;
        }
        let first = self.low(a);
        // A sentence-initial common word alone (`Banjir yang melanda`) is no name.
        if b - a == 1
            && self.sentence_initial(a, from)
            && self.toks[a].kind == TokenKind::Word
            && known_org(self.text(a)).is_none()
            && known_place(self.text(a)).is_none()
        {
            let next = self.low(a + 1);
            let in_quote = a > 0 && self.text(a - 1).starts_with(is_double_quote);
            let verbal = ["me", "ber", "di", "ter"].iter().any(|p| next.starts_with(p)) && next.len() >= 6 && !in_quote;
            // `Marwan yang …`, `Hanung juga …`: an unknown word as the subject.
            let subject = !is_common(self.text(a))
                && matches!(
                    next.as_str(),
                    "yang"
                        | "juga"
                        | "tak"
                        | "tidak"
                        | "belum"
                        | "sudah"
                        | "telah"
                        | "akan"
                        | "pun"
                        | "kemudian"
                        | "lantas"
                        | "masih"
                        | "sempat"
                        | "bahkan"
                        | "langsung"
                        | "lalu"
                        | "dan"
                        | "bisa"
                        | "dapat"
                        | "harus"
                );
            let cue = in_list(SAID_BEFORE, next.as_str())
                || verbal
                || subject
                || matches!(next.as_str(), "(" | ",")
                || out.iter().rev().take(RECENT).any(|m| {
                    m.kind == MentionKind::Person && self.input[m.start..m.end].split(' ').any(|w| w == self.text(a))
                });
            // Listed common nouns stay common even before a speech verb (`Warga mengatakan`).
            let listed = in_list(COMMON_NOUNS, &first);
            if listed || (is_common(self.text(a)) && !in_list(SAID_BEFORE, next.as_str())) || !cue {
                return;
            }
        }
        if is_role_word(&first)
            || (b - a >= 2 && in_list(ROLE_WORDS, &lower(&format!("{} {}", self.text(a), self.text(a + 1)))))
        {
            self.role_run(a, b, out);
            return;
        }
        self.plain_run(a, b, out);
    }

    /// A run that starts with a role: `Kepala Kanwil Kemenkumham Sulsel Andi Muhammad Ilham`.
    fn role_run(&self, a: usize, b: usize, out: &mut Vec<Mention>) {
        let mut end = b;
        while end > a && (is_degree(&self.toks[end - 1], self.text(end - 1)) || !self.toks[end - 1].is_wordlike()) {
            if self.text(end - 1) == ")" && (a..end).any(|k| self.text(k) == "(") {
                break;
            }
            end -= 1;
        }
        let strict = |k: usize| {
            let t = &self.toks[k];
            let text = self.text(k);
            let w = lower(text);
            let initial = t.kind == TokenKind::Abbreviation && text.chars().filter(|c| c.is_alphabetic()).count() == 1;
            (t.kind == TokenKind::Word || initial)
                && !matches!(w.as_str(), "tbk" | "persero")
                && !is_role_word(&w)
                && !in_list(UNIT_WORDS, &w)
                && !in_list(ORG_HEADS, &w)
                && !in_list(PLACE_HEADS, &w)
                && known_place(text).is_none()
                && known_org(text).is_none()
        };
        let mut p = end;
        while p > a + 1 {
            let k = p - 1;
            let prev_head = in_list(PLACE_HEADS, &self.low(k - 1)) || in_list(ORG_HEADS, &self.low(k - 1));
            if !strict(k) || prev_head && k - 1 > a || in_list(DIRECTIONS, &self.low(k)) {
                break;
            }
            if k + 1 < end && in_list(&["i", "ni"], &self.low(k)) && in_list(BALINESE_SECOND, &self.low(k + 1)) {
                p -= 1;
                break;
            }
            let bigram = format!("{} {}", self.text(k - 1), self.text(k));
            if known_place(&bigram).is_some() || known_org(&bigram).is_some() {
                break;
            }
            if is_common(self.text(k)) && !(k > a + 1 && strict(k - 1) && !is_common(self.text(k - 1))) && p == end {
                // A common word ends the run: keep it only when a name word stands before it.
                break;
            }
            // A common word inside the name (`Teguh Wicaksono`) is kept when the institution or
            // place part ends just before it and a true name word follows.
            let boundary_before = self.is_boundary(k - 1) && !looks_derived(&self.low(k));
            let name_after = (k + 1..end).any(|i| strict(i) && !is_common(self.text(i)));
            let after_name = strict(k - 1) && !is_common(self.text(k - 1));
            if is_common(self.text(k)) && p != end && !after_name && !(boundary_before && name_after) {
                break;
            }
            p -= 1;
        }
        // Honorifics between role and name (`Dr.`, `H.`) belong to neither.
        let mut name_start = p;
        while name_start < end && is_name_prefix(self.text(name_start)) && name_start + 1 < end {
            name_start += 1;
        }
        let mut role_end = p;
        while role_end > a
            && (is_name_prefix(self.text(role_end - 1)) || !self.toks[role_end - 1].is_wordlike())
            && !(self.text(role_end - 1) == ")" && (a..role_end).any(|k| self.text(k) == "("))
        {
            role_end -= 1;
        }
        if name_start < end && p < end {
            out.push(Mention {
                kind: MentionKind::Person,
                start: self.toks[name_start].start,
                end: self.toks[end - 1].end,
                en: String::new(),
                role: Some((self.toks[a].start, self.toks[role_end.max(a + 1) - 1].end)),
            });
        }
        // The organisation or place inside the role.
        while role_end > a + 1
            && (is_role_word(&self.low(role_end - 1))
                || (self.low(role_end - 1) == "besar" && self.low(role_end.saturating_sub(2)) == "komisaris"))
        {
            role_end -= 1;
        }
        let inner = (a + 1..role_end).find(|&k| {
            if self.text(k - 1) == "(" {
                return false;
            }
            let w = self.low(k);
            let t = self.text(k);
            (in_list(ORG_HEADS, &w) && !in_list(UNIT_WORDS, &w))
                || known_org(t).is_some()
                || in_list(PLACE_HEADS, &w)
                || known_place(t).is_some()
                || (self.toks[k].kind == TokenKind::Acronym
                    && !glossary_plain_acronym(t)
                    && self.text(k.saturating_sub(1)) != "(")
        });
        if let Some(k) = inner {
            self.plain_run(k, role_end, out);
        }
    }

    /// A run without a leading role.
    fn plain_run(&self, mut a: usize, b: usize, out: &mut Vec<Mention>) {
        while a < b && (!self.toks[a].is_wordlike() || matches!(self.low(a).as_str(), "dan" | "serta" | "atau")) {
            a += 1;
        }
        if a >= b {
            return;
        }
        let mut end = b;
        while end > a
            && !self.toks[end - 1].is_wordlike()
            && !(self.text(end - 1) == ")" && (a..end).any(|k| self.text(k) == "("))
        {
            end -= 1;
        }
        if end <= a {
            return;
        }
        // Two institutions in a row: `Stasiun Klimatologi Jawa Barat Badan Meteorologi …`.
        const MAJOR: &[&str] = &[
            "badan",
            "dinas",
            "kementerian",
            "komisi",
            "dewan",
            "lembaga",
            "majelis",
            "mahkamah",
            "pengadilan",
            "kejaksaan",
            "partai",
            "universitas",
            "direktorat",
            "inspektorat",
            "pemerintah",
        ];
        if let Some(k) = (a + 2..end).find(|&k| {
            in_list(MAJOR, &self.low(k))
                && (known_place(self.text(k - 1)).is_some()
                    || self.text(k - 1) == ")"
                    || (k >= a + 3 && known_place(&format!("{} {}", self.text(k - 2), self.text(k - 1))).is_some()))
        }) {
            self.plain_run(a, k, out);
            self.plain_run(k, end, out);
            return;
        }
        let first = self.low(a);
        let span = |x: usize, y: usize| (self.toks[x].start, self.toks[y - 1].end);
        let push = |out: &mut Vec<Mention>, kind, x: usize, y: usize, en: String| {
            let (s, e) = span(x, y);
            out.push(Mention { kind, start: s, end: e, en, role: None });
        };
        let two = if end - a >= 2 { lower(&format!("{} {}", self.text(a), self.text(a + 1))) } else { String::new() };
        // A common word before an institution: `Fraksi Partai Demokrat`.
        if !in_list(ORG_HEADS, &first)
            && !in_list(PLACE_HEADS, &first)
            && known_org(self.text(a)).is_none()
            && known_place(self.text(a)).is_none()
        {
            if let Some(k) = (a + 1..end).find(|&k| {
                (in_list(ORG_HEADS, &self.low(k)) && self.toks[k].kind == TokenKind::Word)
                    || known_org(self.text(k)).is_some()
            }) {
                if k == a + 1 && is_common(self.text(a)) {
                    self.plain_run(k, end, out);
                    return;
                }
            }
        }
        if in_list(ORG_HEADS, &first) || in_list(ORG_HEADS, &two) {
            // A name after the institution: `Partai Demokrat Saan Mustopa`.
            let mut t = end;
            while t > a + 2
                && self.toks[t - 1].kind == TokenKind::Word
                && known_org(self.text(t - 1)).is_none()
                && known_place(self.text(t - 1)).is_none()
                && !in_list(ORG_HEADS, &self.low(t - 1))
                && !in_list(PLACE_HEADS, &self.low(t - 1))
                && !is_role_word(&self.low(t - 1))
                && !in_list(DIRECTIONS, &self.low(t - 1))
            {
                t -= 1;
            }
            let mut t0 = t;
            while t0 > a + 1 && is_name_prefix(self.text(t0 - 1)) {
                t0 -= 1;
            }
            let boundary = t < end && t0 > a + 1 && (t..end).any(|k| !is_common(self.text(k))) && {
                let b = self.text(t0 - 1);
                known_org(b).is_some() || known_place(b).is_some()
            };
            if boundary && end - t >= 2 {
                self.plain_run(a, t0, out);
                let (s, e) = span(t, end);
                out.push(Mention { kind: MentionKind::Person, start: s, end: e, en: String::new(), role: None });
                return;
            }
            if end - a == 1 && known_org(self.text(a)).is_none() {
                return; // `Dinas` alone
            }
            if end - a == 2 && is_roman(self.text(a + 1)) {
                return; // `Komisi III`
            }
            let (s, e) = span(a, end);
            push(out, MentionKind::Organization, a, end, org_en(&self.input[s..e]));
            if (a..end).any(|k| self.text(k) == "(") {
                self.nested_place(a, end, out);
            }
            return;
        }
        if in_list(PLACE_HEADS, &first) || in_list(PLACE_HEADS, &two) {
            if end - a == 1 {
                return;
            }
            let (s, e) = span(a, end);
            push(out, MentionKind::Place, a, end, place_en(&self.input[s..e]));
            return;
        }
        // `AP (29)`: initials with an age are a person, even when they spell an institution.
        if end == a + 1
            && self.toks[a].kind == TokenKind::Acronym
            && self.text(a + 1) == "("
            && self.toks.get(a + 2).is_some_and(|t| t.kind == TokenKind::Number)
            && self.text(a + 3) == ")"
            && self.text(a).chars().count() <= 3
        {
            push(out, MentionKind::Person, a, end, String::new());
            return;
        }
        // `suku Bugis`, `bahasa Jawa`, `Bugis` alone: an ethnic group or language, no person,
        // and no place after an ethnic cue.
        let ethnic_text = lower(&self.input[self.toks[a].start..self.toks[end - 1].end]);
        if in_list(ETHNIC, &ethnic_text) {
            let prev = if a > 0 { self.low(a - 1) } else { String::new() };
            if in_list(ETHNIC_CUES, &prev) || known_place(self.text(a)).is_none() {
                return;
            }
        }
        // Longest known place or organisation at the start.
        for k in (a + 1..=end.min(a + 4)).rev() {
            let (s, e) = span(a, k);
            let text = &self.input[s..e];
            if let Some(en) = known_org(text) {
                // A known organisation followed by a place or unit is one name (`KPU Kota
                // Yogyakarta`); followed by a person's name it is not (`Pertamina Hanung`).
                if k < end && !self.continues_org(k, end) {
                    push(out, MentionKind::Organization, a, k, en);
                    self.plain_run(k, end, out);
                    return;
                }
                let e2 = if k < end { end } else { k };
                let en = if e2 > k { org_en(&self.input[s..span(a, e2).1]) } else { en };
                push(out, MentionKind::Organization, a, e2, en);
                return;
            }
            if let Some(en) = known_place(text) {
                let prev = if a > 0 { self.low(a - 1) } else { String::new() };
                let listed = matches!(prev.as_str(), "," | "dan" | "serta" | "atau")
                    && out.last().is_some_and(|m| {
                        m.kind == MentionKind::Place && self.toks[a - 1].start.saturating_sub(m.end) <= 12
                    });
                if in_list(COUNTRY_LIKE, &lower(text)) && k == end && !in_list(PLACE_CUES, &prev) && !listed {
                    return;
                }
                // `Jakarta Pusat`: a direction after a place belongs to it.
                let mut k2 = k;
                while k2 < end
                    && in_list(&["utara", "selatan", "barat", "timur", "tengah", "raya", "kidul", "lor"], &self.low(k2))
                {
                    k2 += 1;
                }
                push(
                    out,
                    MentionKind::Place,
                    a,
                    k2,
                    if k2 == k { en } else { place_en(&self.input[s..span(a, k2).1]) },
                );
                if k2 < end {
                    self.plain_run(k2, end, out);
                }
                return;
            }
        }
        // `Sriwijaya Air`, `Global Mediacom Tbk`: a company or institution by its last word.
        if end - a >= 2 && in_list(ORG_TAILS, &self.low(end - 1)) {
            let (s, e) = span(a, end);
            push(out, MentionKind::Organization, a, end, org_en(&self.input[s..e]));
            return;
        }
        // Strip honorifics and degrees around a name.
        let mut x = a;
        while x + 1 < end && is_name_prefix(self.text(x)) {
            x += 1;
        }
        let mut y = end;
        while y > x + 1 && is_degree(&self.toks[y - 1], self.text(y - 1)) {
            y -= 1;
        }
        let prev = if a > 0 { self.low(a - 1) } else { String::new() };
        let prev2 = if a > 1 { self.low(a - 2) } else { String::new() };
        let t = &self.toks[x];
        let text = self.text(x);
        // `48 juta KL`, `20 MW`: a unit after a number is no institution.
        let after_number = x > 0
            && ((self.toks[x - 1].kind == TokenKind::Number && !is_year(self.text(x - 1)))
                || matches!(prev.as_str(), "ribu" | "juta" | "miliar" | "triliun" | "ratus" | "puluh"));
        if y - x == 1 && t.kind == TokenKind::Acronym && after_number && text.chars().count() <= 3 {
            return;
        }
        if y - x == 1 && t.kind == TokenKind::Acronym {
            let letters = text.chars().filter(|c| c.is_alphabetic()).count();
            let suspect =
                in_list(&["inisial", "berinisial", "tersangka", "terdakwa", "pelaku", "korban", "saksi"], &prev)
                    || (prev == "dan" && in_list(&["inisial", "berinisial"], &prev2))
                    || (self.text(x + 1) == "(" && self.toks.get(x + 2).is_some_and(|t| t.kind == TokenKind::Number))
                    || out
                        .iter()
                        .rev()
                        .take(RECENT)
                        .any(|m| m.kind == MentionKind::Person && &self.input[m.start..m.end] == text);
            if letters <= 3 && suspect {
                push(out, MentionKind::Person, x, y, String::new());
                return;
            }
            if glossary_plain_acronym(text)
                || self.plain.contains(text)
                || in_list(DEGREES, &bare(text))
                || letters < 2
                || is_roman(text)
            {
                return;
            }
            let (s, e) = span(x, y);
            push(out, MentionKind::Organization, x, y, org_en(&self.input[s..e]));
            return;
        }
        let (s, e) = span(x, y);
        let text_xy = &self.input[s..e];
        // A phrase with its short form in brackets is an institution or programme.
        if let Some(o) = (x..y).find(|&k| self.text(k) == "(") {
            if self.toks.get(o + 1).is_some_and(|t| glossary_plain_acronym(t.text(self.input))) {
                return;
            }
            push(out, MentionKind::Organization, x, y, org_en(text_xy));
            self.nested_place(x, y, out);
            return;
        }
        // `Bandung-Gambir`, `Banda Aceh-Medan`: a route between places.
        let route = (x..y).any(|k| {
            self.text(k)
                .split(|c: char| is_dash(c))
                .filter(|p| p.starts_with(|c: char| c.is_uppercase()) && !in_list(NOT_NAMES, &lower(p)))
                .count()
                >= 2
                && self.toks[k].kind == TokenKind::Word
        });
        // `Januari-Juni`, `Senin-Jumat`: a period, no name.
        if (x..y).any(|k| {
            self.text(k).split(|c: char| is_dash(c)).any(|p| in_list(NOT_NAMES, &lower(p)))
                && self.text(k).contains(|c: char| is_dash(c))
        }) {
            return;
        }
        let route_cue = matches!(
            prev.as_str(),
            "jalur"
                | "rute"
                | "ruas"
                | "lintas"
                | "penghubung"
                | "poros"
                | "relasi"
                | "jurusan"
                | "trayek"
                | "tujuan"
                | "jalan"
                | "kawasan"
                | "wilayah"
                | "di"
                | "ke"
                | "dari"
                | "perbatasan"
                | "antara"
                | "arah"
        );
        let route = route
            && (route_cue
                || (x..y).any(|k| self.text(k).split(|c: char| is_dash(c)).any(|p| known_place(p).is_some())));
        if route {
            push(out, MentionKind::Place, x, y, title_case(text_xy));
            return;
        }
        // The next item of a list of places: `di Rancasari, Buahbatu, dan Sukajadi`.
        let next = self.low(y);
        let next2 = self.low(y + 1);
        let degree_next = self.toks.get(y + 1).is_some_and(|t| is_degree(t, self.text(y + 1)));
        let listy = x == a
            && (matches!(prev.as_str(), "dan" | "serta" | "atau")
                || (prev == ","
                    && matches!(next.as_str(), "," | "dan" | "serta" | "." | "")
                    && !in_list(SAID_BEFORE, next2.as_str())
                    && !next2.starts_with("me")
                    && !degree_next
                    && self.role_before(a).is_none()));
        if listy {
            let prev_start = self.toks[a - 1].start;
            if out.last().is_some_and(|m| m.kind == MentionKind::Place && prev_start.saturating_sub(m.end) <= 12) {
                push(out, MentionKind::Place, x, y, place_en(text_xy));
                return;
            }
        }
        if self.toks[x].kind == TokenKind::Acronym && self.plain.contains(self.text(x)) {
            return;
        }
        if (x..y).any(|k| self.toks[k].kind == TokenKind::Reduplication)
            || text_xy.chars().filter(|c| c.is_alphabetic()).count() < 2
        {
            return;
        }
        let common = (x..y).filter(|&k| is_common(self.text(k))).count();
        let evidence = (self.text(y) == "(" && self.toks.get(y + 1).is_some_and(|t| t.kind == TokenKind::Number))
            || in_list(PERSON_CUES, &prev)
            || in_list(SAID_AFTER, &prev)
            || in_list(SAID_BEFORE, self.low(y).as_str())
            || self.role_before(a).is_some()
            || x > a;
        let strong = in_list(SAID_AFTER, &prev) || in_list(SAID_BEFORE, self.low(y).as_str());
        // `aplikasi Android`, `spesies Allosaurus`, `proyek Hambalang`: a thing, not a person.
        if in_list(THING_CUES, &prev) && !strong {
            // `gunung Merapi`, `sungai Musi`: a natural feature is a place.
            if in_list(&["gunung", "sungai", "danau", "pulau", "selat", "teluk"], &prev) {
                push(out, MentionKind::Place, x, y, place_en(text_xy));
            }
            return;
        }
        if (common == y - x && !strong) || (is_common(self.text(x)) && !evidence) || common >= 2 && !evidence {
            return;
        }
        let last = self.low(y - 1);
        let place_cue = in_list(PLACE_CUES, &prev) || in_list(DIRECTIONS, &last);
        if place_cue && !in_list(PERSON_CUES, &prev) {
            push(out, MentionKind::Place, x, y, place_en(&self.input[s..e]));
        } else {
            let (s, e) = span(x, y);
            let role = self.role_before(a).or_else(|| self.role_after(y));
            out.push(Mention { kind: MentionKind::Person, start: s, end: e, en: String::new(), role });
        }
    }

    /// Is the bracket opening at `o` a short personal name (`(Jokowi)`, `(Gus Dur)`), not an
    /// acronym?
    fn is_alias(&self, o: usize) -> bool {
        let Some(c) = (o + 1..(o + 4).min(self.toks.len())).find(|&k| self.text(k) == ")") else { return false };
        c > o + 1
            && (o + 1..c).all(|k| {
                let t = self.text(k);
                self.toks[k].kind == TokenKind::Word
                    && t.starts_with(|ch: char| ch.is_uppercase())
                    && t.chars().skip(1).any(|ch| ch.is_lowercase())
                    && !in_list(ORG_HEADS, &lower(t))
                    && known_org(t).is_none()
                    && known_place(t).is_none()
            })
    }

    /// Do the words `[k, end)` after a known organisation continue its name: a place, a unit
    /// or institution word, a bracket or number, or a short form?
    fn continues_org(&self, k: usize, end: usize) -> bool {
        let w = self.low(k);
        let t = self.text(k);
        in_list(PLACE_HEADS, &w)
            || in_list(ORG_HEADS, &w)
            || in_list(UNIT_WORDS, &w)
            || in_list(ORG_TAILS, &w)
            || in_list(DIRECTIONS, &w)
            || known_place(t).is_some()
            || known_org(t).is_some()
            || self.toks[k].kind != TokenKind::Word
            || (k..end).any(|i| known_place(self.text(i)).is_some())
    }

    /// Does token `k` end an institution or place (`Sumut`, `BPBD`, `Yogyakarta`, `)`)?
    fn is_boundary(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else { return false };
        let text = self.text(k);
        text == ")" || t.kind == TokenKind::Acronym || known_place(text).is_some() || known_org(text).is_some()
    }

    /// `Sulastri (52), pedagang kain asal Kecamatan Ampana, mengaku …`: a description
    /// set off by commas after the name (age in brackets skipped).
    fn role_after(&self, y: usize) -> Option<(usize, usize)> {
        let mut k = y;
        if self.text(k) == "("
            && self.toks.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number)
            && self.text(k + 2) == ")"
        {
            k += 3;
        }
        if self.text(k) != "," {
            return None;
        }
        let first = k + 1;
        let w = self.low(first);
        let verbal = ["me", "ber", "di", "ter"].iter().any(|p| w.starts_with(p)) && w.len() >= 6;
        if !self.toks.get(first)?.is_wordlike()
            || self.is_cap(first)
            || verbal
            || in_list(NOT_NAMES, &w)
            || in_list(SAID_BEFORE, w.as_str())
        {
            return None;
        }
        let mut end = first;
        while end < self.toks.len() && end < first + 10 {
            let t = self.low(end);
            if matches!(t.as_str(), "," | "." | ";" | ":" | "\"" | "(")
                || in_list(SAID_BEFORE, t.as_str())
                || t.starts_with(is_double_quote)
            {
                break;
            }
            end += 1;
        }
        // The description must be closed by a comma or the end of the sentence.
        if end == first || end >= first + 10 || !matches!(self.text(end), "," | "." | "") {
            return None;
        }
        Some((self.toks[first].start, self.toks[end - 1].end))
    }

    /// `Kepala Bidang …, Dr. Nama`: the role run that ends just before a comma before `a`.
    fn role_before(&self, a: usize) -> Option<(usize, usize)> {
        if a < 2 || self.text(a - 1) != "," {
            return None;
        }
        let end = a - 1;
        let mut k = end;
        while k > 0 && (self.is_cap(k - 1) || matches!(self.low(k - 1).as_str(), "dan" | "(" | ")")) {
            k -= 1;
        }
        (k < end && is_role_word(&self.low(k))).then(|| (self.toks[k].start, self.toks[end - 1].end))
    }
}

impl Finder<'_> {
    /// The place that ends a formal institution name: `… (Disdik) Provinsi Kalimantan Tengah`.
    fn nested_place(&self, a: usize, b: usize, out: &mut Vec<Mention>) {
        let Some(close) = (a..b).rev().find(|&k| self.text(k) == ")") else { return };
        let mut k = close + 1;
        while k < b && !in_list(&["kabupaten", "kota", "provinsi", "kecamatan", "desa", "distrik"], &self.low(k)) {
            if known_place(self.text(k)).is_some()
                || (k + 1 < b && known_place(&format!("{} {}", self.text(k), self.text(k + 1))).is_some())
            {
                break;
            }
            k += 1;
        }
        if k >= b {
            return;
        }
        if self.low(k) == "provinsi" {
            k += 1;
        }
        let b = (k..b).find(|&i| self.text(i) == "(").unwrap_or(b);
        if k < b {
            let (s, e) = (self.toks[k].start, self.toks[b - 1].end);
            let text = &self.input[s..e];
            out.push(Mention { kind: MentionKind::Place, start: s, end: e, en: place_en(text), role: None });
        }
    }
}

/// English for a place name: `Kabupaten Wajo` → `Wajo Regency`.
pub fn place_en(text: &str) -> String {
    if let Some(en) = known_place(text) {
        return en;
    }
    // `Aceh Utara` → `North Aceh`.
    if let Some((name, dir)) = text.rsplit_once(' ') {
        let en_dir = match lower(dir).as_str() {
            "utara" => Some("North"),
            "selatan" => Some("South"),
            "barat" => Some("West"),
            "timur" => Some("East"),
            "tengah" => Some("Central"),
            "tenggara" => Some("Southeast"),
            _ => None,
        };
        if let Some(d) = en_dir {
            if !name.contains(' ') || known_place(name).is_some() {
                return format!("{d} {}", known_place(name).unwrap_or_else(|| title_case(name)));
            }
        }
    }
    head_en(text).unwrap_or_else(|| title_case(text))
}

/// English for an organisation name: known names, then the glossary word by word.
pub fn org_en(text: &str) -> String {
    if let Some(en) = known_org(text) {
        return en;
    }
    // Company names keep their legal form as written: `PT Semen Tonasa Tbk`.
    if ["PT ", "CV ", "PT. "].iter().any(|p| text.starts_with(p)) {
        return text.to_string();
    }
    if let Some(en) = composed_org_en(text) {
        return en;
    }
    if let Some(en) = head_en(text) {
        return en;
    }
    // The gloss engine puts the words in English order: `Koperasi Nelayan Mandiri` →
    // `Independent Fisherman Cooperative`.
    super::people::unit_name_en(text)
}

/// English for an institution name built from known parts, English order:
/// `Kanwil Kemenkumham Sulsel` → `South Sulawesi Regional Office of the Ministry of Law and
/// Human Rights`; `Dinas Kesehatan (Dinkes) Kota Bandung` → `Bandung City Health Office (Dinkes)`.
fn composed_org_en(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut orgs: Vec<String> = Vec::new();
    let mut place: Option<String> = None;
    let mut short: Option<&str> = None;
    let mut unknown = false;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if w.starts_with('(') {
            // `(Dinkes)`: the short form; it names the words before it when those were unknown.
            let inner = w.trim_matches(|c: char| c == '(' || c == ')');
            short = Some(inner);
            if unknown {
                if let Some(en) = known_org(inner) {
                    orgs.push(en);
                    unknown = false;
                }
            }
            i += 1;
            continue;
        }
        let mut matched = false;
        for j in (i + 1..=(i + 6).min(words.len())).rev() {
            let phrase = words[i..j].join(" ");
            if phrase.contains('(') {
                continue;
            }
            let head = lower(words[i]);
            if in_list(&["kota", "kabupaten", "provinsi", "kecamatan", "desa"], &head)
                || known_place(&phrase).is_some() && !in_list(ORG_HEADS, &head)
            {
                if j == i + 1 && known_place(&phrase).is_none() {
                    continue;
                }
                place = Some(place_en(&phrase));
                i = j;
                matched = true;
                break;
            }
            if let Some(en) = known_org(&phrase) {
                orgs.push(en);
                i = j;
                matched = true;
                break;
            }
        }
        if !matched {
            unknown = true;
            i += 1;
        }
    }
    if orgs.is_empty() || unknown {
        return None;
    }
    let mut out = String::new();
    if let Some(p) = place {
        out.push_str(&p);
        out.push(' ');
    }
    out.push_str(&orgs[0]);
    for o in &orgs[1..] {
        out.push_str(" of the ");
        out.push_str(o.trim_start_matches("the "));
    }
    if let Some(s) = short {
        if !out.contains(s) {
            out.push_str(&format!(" ({s})"));
        }
    }
    Some(out)
}

fn head_en(text: &str) -> Option<String> {
    let mut words = text.splitn(2, ' ');
    let head = lower(words.next()?);
    let rest = words.next()?;
    let (_, en, after) = HEAD_EN.iter().find(|(h, _, _)| *h == head)?;
    let rest_en = known_place(rest).unwrap_or_else(|| title_case(rest));
    Some(if *after { format!("{rest_en} {en}") } else { format!("{en} {rest_en}") })
}

/// Gloss by the glossary, longest phrase first, each part by its first sense; unknown words
/// stay as written. Indonesian puts modifiers after the head; the parts keep source order.
pub fn word_by_word(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut done = false;
        for j in (i + 2..=(i + 4).min(words.len())).rev() {
            let phrase = words[i..j].join(" ");
            if phrase.contains(['(', ')', ',']) {
                continue;
            }
            if let Some(e) = glossary().lookup(&phrase).first() {
                out.push(e.senses[0].to_string());
                i = j;
                done = true;
                break;
            }
        }
        if done {
            continue;
        }
        let w = words[i];
        if w.starts_with('(') {
            // A short form in brackets stays as written.
            out.push(w.to_string());
            i += 1;
            continue;
        }
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        let en = known_org(core)
            .or_else(|| known_place(core))
            .or_else(|| glossary().lookup(core).first().map(|e| e.senses[0].to_string()));
        match en {
            Some(e) if !core.is_empty() => out.push(w.replace(core, &e)),
            _ => out.push(w.to_string()),
        }
        i += 1;
    }
    out.join(" ")
}

/// `KUPANG` → `Kupang`; mixed case stays.
pub fn title_case(text: &str) -> String {
    if text.chars().any(|c| c.is_lowercase()) {
        return text.to_string();
    }
    text.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_shapes_are_common_words() {
        assert!(looks_derived("pemberangkatan"));
        assert!(looks_derived("angkanya"));
        assert!(!looks_derived("kurniawan"));
        assert!(!looks_derived("sudarsana"));
    }

    #[test]
    fn english_of_places() {
        assert_eq!(place_en("Kabupaten Wajo"), "Wajo Regency");
        assert_eq!(place_en("KUPANG"), "Kupang");
        assert_eq!(place_en("Kecamatan Panakkukang"), "Panakkukang District");
        assert_eq!(place_en("Lembata Timur"), "East Lembata");
    }

    #[test]
    fn roman_numerals_and_short_forms() {
        assert!(!is_roman("IIB") && is_roman("III") && is_roman("IV"));
        assert!(is_role_word("kabidhumas") && is_role_word("kepala") && !is_role_word("andi"));
    }
}
