//! Document structure: lines, the title, the dateline and boilerplate lines.
//!
//! Each physical line is a paragraph (wire copy puts one paragraph per line). A line is one
//! of: blank, the title, boilerplate (credits, "Baca juga", captions, copyright) or content.

use crate::normalize::{is_blank, is_dash, is_line_break};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LineKind {
    Blank,
    Title,
    Boilerplate,
    Content,
}

/// One physical line, trimmed of blank characters at both ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub kind: LineKind,
}

/// `Makassar (ANTARA) -`: the place and agency that open wire copy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    pub place: String,
    pub agency: Option<String>,
    /// Byte span of the whole dateline, dash included.
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Structure {
    pub lines: Vec<Line>,
    /// Index into `lines` of the title line.
    pub title: Option<usize>,
    pub dateline: Option<Dateline>,
}

/// Split the input into classified lines and find the title and dateline.
pub fn analyze_structure(input: &str) -> Structure {
    let mut lines: Vec<Line> = split_lines(input)
        .into_iter()
        .map(|(start, end)| {
            let kind = if start == end {
                LineKind::Blank
            } else if is_boilerplate(&input[start..end]) {
                LineKind::Boilerplate
            } else {
                LineKind::Content
            };
            Line { start, end, kind }
        })
        .collect();
    let title = find_title(input, &lines);
    if let Some(t) = title {
        lines[t].kind = LineKind::Title;
    }
    let dateline = lines
        .iter()
        .filter(|l| l.kind == LineKind::Content)
        .take(3)
        .find_map(|l| parse_dateline(input, l.start, l.end));
    Structure { lines, title, dateline }
}

/// Lines as trimmed byte spans (`start == end` for a blank line).
pub fn split_lines(input: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = input.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_line_break(c) {
            out.push(trim(input, line_start, i));
            let mut next = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(j, '\n')) = iter.peek() {
                    iter.next();
                    next = j + 1;
                }
            }
            line_start = next;
        }
    }
    if line_start < input.len() {
        out.push(trim(input, line_start, input.len()));
    }
    out
}

/// Shrink `[start, end)` to exclude blank characters at both ends.
pub fn trim(input: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    while start < end {
        let c = input[start..end].chars().next().unwrap_or(' ');
        if !is_blank(c) {
            break;
        }
        start += c.len_utf8();
    }
    while end > start {
        let c = input[start..end].chars().next_back().unwrap_or(' ');
        if !is_blank(c) {
            break;
        }
        end -= c.len_utf8();
    }
    (start, end)
}

/// Credits, cross-links, captions and copyright lines of Indonesian news pages.
const BOILERPLATE_PREFIXES: &[&str] = &[
    "baca juga",
    "pewarta",
    "editor",
    "copyright",
    "©",
    "hak cipta",
    "foto:",
    "foto :",
    "foto-",
    "foto dok",
    "(foto",
    "sumber:",
    "sumber :",
    "sumber foto",
    "penulis:",
    "penulis :",
    "reporter:",
    "reporter :",
    "redaktur",
    "penyunting",
    "simak berita",
    "simak juga",
    "simak video",
    "ikuti kami",
    "ikuti berita",
    "ikuti juga",
    "dapatkan update",
    "dapatkan berita",
    "follow us",
    "share",
    "bagikan",
    "tags:",
    "tag:",
    "lihat juga",
    "artikel terkait",
    "berita terkait",
    "keterangan foto",
    "caption:",
    "(*",
    "ant/",
    "cek berita",
    "kunjungi",
    "unduh aplikasi",
    "download aplikasi",
    "klik di sini",
    "klik link",
    "(ant)",
    "(antara)",
    "(rls)",
    "(adv)",
    "(inf)",
    "(hms)",
    "komentar",
    "rekomendasi untuk",
    "berita lainnya",
    "artikel ini telah tayang",
    "artikel ini sudah tayang",
    "scroll to",
    "advertisement",
    "gabung di",
    "gabung ke",
    "bergabunglah",
    "cek berita",
    "simak breaking",
    "baca selengkapnya",
    "selengkapnya di",
    "laporan wartawan",
    "kontributor",
    "fotografer",
    "grafis:",
    "video:",
    "infografis",
    "ilustrasi:",
    "ilustrasi -",
    "dok.",
    "dokumentasi:",
    "(dok",
    "tonton juga",
    "lihat video",
    "terpopuler",
];

/// Does this (trimmed) line carry no content of the article?
pub fn is_boilerplate(line: &str) -> bool {
    // Only the head and the tail of a line decide, so long lines cost little.
    let head_end = line.char_indices().nth(40).map_or(line.len(), |(i, _)| i);
    let head = line[..head_end].to_lowercase();
    if BOILERPLATE_PREFIXES.iter().any(|p| head.starts_with(p)) {
        return true;
    }
    // A lone agency tag or initials in brackets: "(*/Inf)", "(ADV)", "(T.A123/B456)".
    if line.starts_with('(') && line.ends_with(')') && line.len() <= 24 && !line.contains(' ') {
        return true;
    }
    // A photo caption credited at its end: "… (ANTARA FOTO/Nama)", "… (ANTARA/Nama)".
    let tail_start = line.char_indices().rev().nth(60).map_or(0, |(i, _)| i);
    let tail = line[tail_start..].to_lowercase();
    if let Some(open) = tail.rfind('(').filter(|_| tail.ends_with(')')) {
        let credit = &tail[open + 1..];
        if ["antara foto/", "antara/", "foto:", "foto/", "dok/", "istimewa", "foto antara"]
            .iter()
            .any(|p| credit.starts_with(p))
        {
            return true;
        }
    }
    false
}

fn find_title(input: &str, lines: &[Line]) -> Option<usize> {
    let first = lines.iter().position(|l| l.kind != LineKind::Blank)?;
    let line = lines[first];
    if line.kind != LineKind::Content {
        return None;
    }
    let text = &input[line.start..line.end];
    if parse_dateline(input, line.start, line.end).is_some() {
        return None;
    }
    let has_more = lines[first + 1..].iter().any(|l| l.kind == LineKind::Content);
    if !has_more {
        return None;
    }
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let upper = text.chars().filter(|c| c.is_uppercase()).count();
    let words = text.split_whitespace().count();
    let all_caps = letters >= 6 && upper * 10 >= letters * 8 && words >= 2;
    let short_heading = words <= 20 && !text.ends_with(['.', '!', '?', ',', ':', ';', '"', '\u{201D}']);
    (all_caps || short_heading).then_some(first)
}

/// Parse a dateline at the start of `input[start..end]`: a place of up to five capitalised
/// words, an optional `, 5/9` or `, KOMPAS.com`, an optional `(AGENCY)`, then a dash.
pub fn parse_dateline(input: &str, start: usize, end: usize) -> Option<Dateline> {
    let text = &input[start..end];
    let mut pos = 0;
    let mut place_end = 0;
    let mut words = 0;
    // Place words.
    loop {
        let rest = &text[pos..];
        let w_len = rest.find(|c: char| !(c.is_alphabetic() || c == '.' || c == '\'')).unwrap_or(rest.len());
        if w_len == 0 || !rest.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        words += 1;
        pos += w_len;
        place_end = pos;
        if words == 5 || !text[pos..].starts_with(' ') {
            break;
        }
        pos += 1;
    }
    if words == 0 {
        return None;
    }
    let place = text[..place_end].trim_end_matches('.').to_string();
    let mut agency = None;
    pos = place_end;
    let skip_spaces = |p: usize| p + text[p..].len() - text[p..].trim_start_matches(|c: char| is_blank(c)).len();
    // `, 5/9` or `, KOMPAS.com`
    if text[pos..].starts_with(',') {
        let p = skip_spaces(pos + 1);
        let len = text[p..].find(|c: char| is_blank(c)).unwrap_or(text.len() - p);
        let item = &text[p..p + len];
        if item.is_empty() || item.contains('(') {
            return None;
        }
        if !item.starts_with(|c: char| c.is_ascii_digit()) {
            agency = Some(item.to_string());
        }
        pos = p + len;
    }
    pos = skip_spaces(pos);
    if text[pos..].starts_with('(') {
        let close = text[pos..].find(')')?;
        let inner = text[pos + 1..pos + close].trim();
        if inner.is_empty() || inner.len() > 30 {
            return None;
        }
        agency = Some(inner.to_string());
        pos = skip_spaces(pos + close + 1);
    }
    let dash = text[pos..].chars().next()?;
    if !is_dash(dash) {
        return None;
    }
    let after = pos + dash.len_utf8();
    // A dash must be followed by a space (or end): `Jawa-Bali` is no dateline.
    if !text[after..].starts_with(|c: char| is_blank(c)) {
        return None;
    }
    // Require wire-copy shape: an agency, an ALL-CAPS place, or a short place.
    if agency.is_none() && words > 3 {
        return None;
    }
    Some(Dateline { place, agency, start, end: start + after })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(s: &str) -> Option<(String, Option<String>)> {
        parse_dateline(s, 0, s.len()).map(|d| (d.place, d.agency))
    }

    #[test]
    fn datelines() {
        assert_eq!(dl("Makassar (ANTARA) - Kepala"), Some(("Makassar".into(), Some("ANTARA".into()))));
        assert_eq!(dl("SURABAYA \u{2013} Dinas"), Some(("SURABAYA".into(), None)));
        assert_eq!(dl("Pati \u{2013} Warga"), Some(("Pati".into(), None)));
        assert_eq!(dl("Jakarta, 5/9 (ANTARA) - Menteri"), Some(("Jakarta".into(), Some("ANTARA".into()))));
        assert_eq!(dl("Labuan Bajo (ANTARA) - Delegasi"), Some(("Labuan Bajo".into(), Some("ANTARA".into()))));
        assert_eq!(dl("Jakarta, KOMPAS.com - Polisi"), Some(("Jakarta".into(), Some("KOMPAS.com".into()))));
        assert_eq!(dl("Pemerintah Desa Kledung menggelar"), None);
        assert_eq!(dl("Jawa-Bali listrik"), None);
    }

    #[test]
    fn boilerplate_lines() {
        for l in [
            "Baca juga: Polisi tangkap",
            "Pewarta: Rahmat",
            "Editor: Dewi",
            "COPYRIGHT © ANTARA 2024",
            "(*/Inf)",
            "Foto: dok",
            "Sumber: Bapenda",
        ] {
            assert!(is_boilerplate(l), "{l}");
        }
        assert!(!is_boilerplate("Kepala Kanwil mengatakan"));
        assert!(is_boilerplate(
            "Petugas memeriksa dokumen penumpang di Bandara Hasanuddin, Kamis. (ANTARA FOTO/Nama Fotografer)"
        ));
        assert!(is_boilerplate("Artikel ini telah tayang di laman resmi"));
        assert!(!is_boilerplate("Kegiatan itu digelar di Makassar (ANTARA)"));
    }

    #[test]
    fn short_first_line_is_a_title() {
        let s = "Kemenkumham Sulsel gelar klinik merek di Wajo\nMakassar (ANTARA) - Kanwil menggelar klinik.";
        let st = analyze_structure(s);
        assert_eq!(st.title, Some(0));
        let one = analyze_structure("Kanwil menggelar klinik merek di Wajo pekan ini");
        assert_eq!(one.title, None);
    }

    #[test]
    fn title_and_lines() {
        let s = "KLINIK KI BERGERAK DI WAJO\r\nMakassar (ANTARA) - Kanwil menggelar klinik.\n\nPewarta: A\n";
        let st = analyze_structure(s);
        assert_eq!(st.title, Some(0));
        let kinds: Vec<LineKind> = st.lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, [LineKind::Title, LineKind::Content, LineKind::Blank, LineKind::Boilerplate]);
        assert_eq!(st.dateline.unwrap().place, "Makassar");
    }
}
