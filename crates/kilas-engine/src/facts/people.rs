//! People: names with their roles (titles and degrees stripped from the name).
//!
//! A person named again by part of the name (`Andi` after `Andi Muhammad Ilham`) is the same
//! person: one fact per distinct person, at the first mention.

use super::entities::{self, Mention, MentionKind};
use super::lexicon::RANK_EN;
use super::{Fact, FactInput, FactKind, FactValue};
use crate::normalize::key;
use std::collections::HashMap;

/// One distinct person of a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// The fullest form of the name seen, and its span.
    pub name: String,
    pub start: usize,
    pub end: usize,
    /// Role as written and in English.
    pub role: Option<String>,
    pub role_en: Option<String>,
}

/// Distinct people, and for each person mention (by position) the index of its person.
pub fn resolve(input: &str, mentions: &[Mention]) -> (Vec<Person>, Vec<(usize, usize, usize)>) {
    let mut people: Vec<Person> = Vec::new();
    let mut links = Vec::new();
    // Name words of each person, and the people each word belongs to (keeps long inputs linear).
    let mut person_words: Vec<Vec<String>> = Vec::new();
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    for m in mentions.iter().filter(|m| m.kind == MentionKind::Person) {
        let name = input.get(m.start..m.end).unwrap_or("").to_string();
        let words = name_words(&name);
        if words.is_empty() {
            continue;
        }
        let role = m.role.and_then(|(a, b)| input.get(a..b)).map(str::to_string);
        let same = by_word.get(&words[0]).into_iter().flatten().copied().find(|&i| {
            let pw = &person_words[i];
            words.iter().all(|w| pw.contains(w)) || pw.iter().all(|w| words.contains(w))
        });
        let same = same.or_else(|| {
            // A longer form whose first word is new (`Teuku Zulfikar` after `Zulfikar`).
            words
                .iter()
                .skip(1)
                .find_map(|w| by_word.get(w))
                .into_iter()
                .flatten()
                .copied()
                .find(|&i| person_words[i].iter().all(|w| words.contains(w)))
        });
        let idx = match same {
            Some(i) => {
                let p = &mut people[i];
                if words.len() > person_words[i].len() {
                    p.name = name;
                    p.start = m.start;
                    p.end = m.end;
                    for w in &words {
                        by_word.entry(w.clone()).or_default().push(i);
                    }
                    person_words[i] = words.clone();
                }
                if p.role.is_none() && role.is_some() {
                    p.role_en = role.as_deref().map(role_en);
                    p.role = role;
                }
                i
            }
            None => {
                people.push(Person { name, start: m.start, end: m.end, role_en: role.as_deref().map(role_en), role });
                let i = people.len() - 1;
                for w in &words {
                    by_word.entry(w.clone()).or_default().push(i);
                }
                person_words.push(words.clone());
                i
            }
        };
        links.push((m.start, m.end, idx));
    }
    (people, links)
}

fn name_words(name: &str) -> Vec<String> {
    key(name).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Person facts.
pub fn extract(fi: &FactInput) -> Vec<Fact> {
    let mentions = entities::find(fi);
    let (people, _) = resolve(fi.input, &mentions);
    people
        .into_iter()
        .map(|p| Fact {
            kind: FactKind::Person,
            start: p.start,
            end: p.end,
            en: p.name.clone(),
            value: Some(FactValue::Text(p.name.clone())),
            text: p.name,
            unit: None,
            speaker: None,
            role: p.role_en,
            direct: None,
        })
        .collect()
}

/// English of the role words that open a role.
const ROLE_EN: &[(&str, &str)] = &[
    ("kepala pelaksana", "Executive Head"),
    ("direktur jenderal", "Director General"),
    ("direktur utama", "President Director"),
    ("sekretaris jenderal", "Secretary General"),
    ("sekretaris daerah", "Regional Secretary"),
    ("ketua umum", "Chairman"),
    ("juru bicara", "Spokesperson"),
    ("deputi kepala", "Deputy Head"),
    ("deputi", "Deputy"),
    ("wakil kepala", "Deputy Head"),
    ("wakil ketua", "Deputy Chairman"),
    ("wali kota", "Mayor"),
    ("wakil wali kota", "Deputy Mayor"),
    ("wakil bupati", "Deputy Regent"),
    ("wakil gubernur", "Deputy Governor"),
    ("kepala", "Head"),
    ("ketua", "Chairman"),
    ("wakil", "Deputy"),
    ("direktur", "Director"),
    ("menteri", "Minister"),
    ("gubernur", "Governor"),
    ("bupati", "Regent"),
    ("walikota", "Mayor"),
    ("camat", "District Head"),
    ("lurah", "Urban Village Head"),
    ("sekretaris", "Secretary"),
    ("presiden", "President"),
    ("pj", "Acting"),
    ("penjabat", "Acting"),
    ("plt", "Acting"),
    ("manajer", "Manager"),
    ("koordinator", "Coordinator"),
    ("anggota", "Member"),
    ("pelatih", "Coach"),
    ("atlet", "Athlete"),
    ("jaksa", "Prosecutor"),
    ("hakim", "Judge"),
    ("komandan", "Commander"),
    ("rektor", "Rector"),
    ("dekan", "Dean"),
    ("kapolres", "District Police Chief"),
    ("kapolda", "Regional Police Chief"),
    ("kapolsek", "Sector Police Chief"),
    ("kasat", "Unit Head"),
    ("kasi", "Section Head"),
    ("kabid", "Division Head"),
    ("kadis", "Office Head"),
    ("kadivyankumham", "Head of the Legal and Human Rights Services Division"),
    ("kakanwil", "Head of the Regional Office"),
    ("kajari", "Head of the District Prosecutor's Office"),
    ("juru bicara", "Spokesperson"),
    ("jubir", "Spokesperson"),
    ("guru", "Teacher"),
    ("dosen", "Lecturer"),
];

/// Unit words inside a role: `Kepala Bidang Pelayanan Hukum` → `Head of the Legal Services Division`.
const UNIT_EN: &[(&str, &str)] = &[
    ("bidang", "Division"),
    ("divisi", "Division"),
    ("seksi", "Section"),
    ("bagian", "Section"),
    ("subbagian", "Subsection"),
    ("subbidang", "Subdivision"),
    ("unit", "Unit"),
    ("satuan", "Unit"),
    ("urusan", "Affairs"),
];

/// A rough English rendering of a role: `Kepala Kanwil Kemenkumham Sulsel` → `Head of the
/// Regional Office Ministry of Law and Human Rights South Sulawesi`.
pub fn role_en(role: &str) -> String {
    // Drop bracketed short forms: they repeat the words before them.
    let mut words: Vec<&str> = Vec::new();
    let mut depth = 0;
    for w in role.split_whitespace() {
        if w.starts_with('(') {
            depth += 1;
        }
        if depth == 0 {
            words.push(w.trim_end_matches(','));
        }
        if w.ends_with(')') {
            depth = 0;
        }
    }
    // A rank closes the role: `… Polda Sumut Komisaris Besar Polisi`.
    let mut rank: Option<&str> = None;
    for n in (1..=4.min(words.len().saturating_sub(1))).rev() {
        let tail = key(&words[words.len() - n..].join(" "));
        if let Some((_, en)) = RANK_EN.iter().find(|(k, _)| *k == tail) {
            rank = Some(en);
            words.truncate(words.len() - n);
            break;
        }
    }
    if let Some(rank) = rank {
        let main = role_en(&words.join(" "));
        return if main.is_empty() { rank.to_string() } else { format!("{main}, {rank}") };
    }
    // Short role forms that hold their unit: `Kadis Kesehatan` is `Kepala Dinas Kesehatan`.
    if let Some(first) = words.first().map(|w| key(w)) {
        let unit = match first.as_str() {
            "kadis" => Some("Dinas"),
            "kabid" => Some("Bidang"),
            "kasi" | "kasie" => Some("Seksi"),
            "kadiv" => Some("Divisi"),
            "kabag" => Some("Bagian"),
            "kasubbag" => Some("Subbagian"),
            _ => None,
        };
        if let Some(u) = unit {
            if words.get(1).is_some_and(|w| key(w) != key(u)) {
                words.splice(0..1, ["Kepala", u]);
            }
        }
    }
    let low: Vec<String> = words.iter().map(|w| key(w)).collect();
    let mut i = 0;
    let mut title: Vec<&str> = Vec::new();
    while i < low.len() {
        let two = low.get(i + 1).map(|n| format!("{} {}", low[i], n));
        if let Some((_, en)) = two.as_ref().and_then(|t| ROLE_EN.iter().find(|(k, _)| k == t)) {
            title.push(en);
            i += 2;
        } else if let Some((_, en)) = ROLE_EN.iter().find(|(k, _)| *k == low[i]) {
            title.push(en);
            i += 1;
        } else {
            break;
        }
    }
    if title.is_empty() {
        return entities::word_by_word(&words.join(" "));
    }
    let mut out = title.join(" ");
    if i >= words.len() {
        return out;
    }
    // A unit: words up to the first organisation word.
    if let Some((_, unit)) = UNIT_EN.iter().find(|(k, _)| *k == low[i]) {
        let j = (i + 1..words.len())
            .find(|&k| {
                entities::known_org(words[k]).is_some()
                    || entities::known_place(words[k]).is_some()
                    || super::lexicon::ORG_HEADS.contains(&low[k].as_str())
            })
            .unwrap_or(words.len());
        let what = unit_name_en(&words[i + 1..j].join(" "));
        out = format!("{out} of the {} {unit}", what.trim());
        i = j;
        if i < words.len() {
            out.push_str(", ");
            out.push_str(&entities::org_en(&words[i..].join(" ")));
        }
        return out;
    }
    // `Direktur Reserse Narkoba Polda Sumut`: the unit's own words, then its institution.
    let inst = (i + 1..words.len()).find(|&k| {
        entities::known_org(words[k]).is_some()
            || super::lexicon::ORG_HEADS.contains(&low[k].as_str())
            || entities::known_place(words[k]).is_some()
    });
    if let Some(k) = inst.filter(|_| entities::known_org(words[i]).is_none() && !is_org_or_place_head(&low[i])) {
        let unit = unit_name_en(&words[i..k].join(" "));
        let rest = words[k..].join(" ");
        let what =
            if entities::known_place(&rest).is_some() { entities::place_en(&rest) } else { entities::org_en(&rest) };
        return format!("{out} of {unit}, {what}");
    }
    let rest = words[i..].join(" ");
    let place_like = entities::known_place(&rest).is_some()
        || ["Kabupaten", "Kota", "Provinsi", "Kecamatan", "Desa"].iter().any(|h| rest.starts_with(h));
    let what = if place_like { entities::place_en(&rest) } else { entities::org_en(&rest) };
    format!("{out} of {what}")
}

/// A word that opens an institution or place name itself (`Dinas`, `Kabupaten`).
fn is_org_or_place_head(w: &str) -> bool {
    super::lexicon::ORG_HEADS.contains(&w) || super::lexicon::PLACE_HEADS.contains(&w) || w == "kota"
}

/// English of a unit's name in a role, by the gloss engine (English word order, phrases from
/// the glossary) in title case: `Pelayanan Hukum` → `Legal Services`.
pub(super) fn unit_name_en(text: &str) -> String {
    let tokens = crate::token::tokenize(text);
    let mut ctx = crate::gloss::GlossContext::default();
    let en = crate::gloss::gloss_tokens(text, &tokens, &mut ctx).text;
    let en = en.trim().trim_end_matches('.');
    let en = en.strip_prefix("The ").or_else(|| en.strip_prefix("the ")).unwrap_or(en);
    if en.is_empty() {
        return entities::word_by_word(text);
    }
    en.split(' ')
        .map(|w| {
            if matches!(w, "of" | "and" | "the" | "for" | "in" | "on" | "to" | "a" | "an") {
                return w.to_string();
            }
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(start: usize, end: usize) -> Mention {
        Mention { kind: MentionKind::Person, start, end, en: String::new(), role: None }
    }

    #[test]
    fn first_names_merge_with_the_full_name() {
        let text = "Andi Muhammad Ilham hadir. Kata Andi. Budi pulang.";
        let m = [mention(0, 19), mention(32, 36), mention(38, 42)];
        let (people, links) = resolve(text, &m);
        let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Andi Muhammad Ilham", "Budi"]);
        assert_eq!(links.iter().map(|l| l.2).collect::<Vec<_>>(), [0, 0, 1]);
    }

    #[test]
    fn roles_in_english() {
        assert_eq!(role_en("Kepala Dinas Kesehatan Kota Bandung"), "Head of Bandung City Health Office");
        assert!(role_en("Kabid Pelayanan Hukum Kanwil Kemenkumham Sulsel").starts_with("Head of the"));
        assert_eq!(role_en("Bupati Aceh Utara"), "Regent of North Aceh");
        assert_eq!(
            role_en("Kapolres Sikka AKBP"),
            "District Police Chief of Sikka, Police Adjunct Senior Commissioner"
        );
        assert_eq!(
            role_en("Kepala Seksi Pelayanan Hukum Kanwil Kemenkumham Sulsel"),
            "Head of the Legal Services Section, South Sulawesi Regional Office of the Ministry of Law and Human Rights"
        );
    }
}
