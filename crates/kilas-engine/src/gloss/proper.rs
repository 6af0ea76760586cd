//! Capitalised noun phrases that name offices, buildings and officials, into English order.
//!
//! Indonesian names are head-initial: `Gedung Kantor Bupati Wajo` is the building of the
//! office of the regent of Wajo. English puts the owner first: `the Wajo Regent's Office
//! Building`; an institution modifies from the front without `'s` (`Markas Polres Wajo` →
//! `the Wajo District Police (Polres) Headquarters`). Title words written apart that form one
//! glossary title are joined first (`Kepala Pelaksana` → `Executive Head`).
//!
//! Runs before the noun-phrase order ([`super::np_order`]); the units it orders become names
//! so that later passes leave them alone.

use super::unit::Cat;
use super::Unit;
use crate::glossary::{glossary, Pos};

/// Written with a capital, also as the sentence's first word.
fn capitalised(u: &Unit) -> bool {
    u.cap || u.src.starts_with(char::is_uppercase)
}

/// A capitalised common noun that can head a name (`Gedung`, `Kantor`, `Markas`).
fn head_noun(u: &Unit) -> bool {
    capitalised(u) && u.cat == Cat::Noun && !u.org && !u.place && !u.en.is_empty() && u.poss.is_none() && !u.plural
}

fn title(u: &Unit) -> bool {
    u.cap && u.cat == Cat::Title && !u.org && !u.place
}

fn office(u: &Unit) -> bool {
    u.cap && u.org && !u.place
}

/// The English adjective of a noun, when the glossary has one (`wilayah` → `regional`).
fn adjective_of(low: &str) -> Option<&'static str> {
    glossary().lookup_key(low).iter().find(|e| e.pos == Pos::Adjective).and_then(|e| e.senses.first().copied())
}

/// Join a capitalised title with the capitalised words after it when together they are one
/// glossary title (`Kepala` + `Pelaksana`).
pub fn join_titles(units: &mut Vec<Unit>) {
    let mut i = 0;
    while i < units.len() {
        if !(units[i].cap || units[i].src.starts_with(char::is_uppercase)) || units[i].cat != Cat::Title {
            i += 1;
            continue;
        }
        let mut best: Option<(usize, &'static str)> = None;
        let mut key = units[i].low.clone();
        let mut j = i + 1;
        // Offices stay apart: the chain rules order `Kepala` + `Kantor Wilayah` + `Kemenkumham`.
        while j < units.len()
            && j < i + 4
            && units[j].cap
            && !units[j].org
            && !units[j].place
            && matches!(units[j].cat, Cat::Noun | Cat::Adj | Cat::Title)
        {
            key.push(' ');
            key.push_str(&units[j].low);
            let hit = glossary().lookup_key(&key).iter().find(|e| e.pos == Pos::Title);
            if let Some(sense) = hit.and_then(|e| e.senses.first().copied()) {
                best = Some((j, sense));
            }
            j += 1;
        }
        if let Some((last, sense)) = best {
            let end = units[last].end;
            let low: Vec<String> = units[i..=last].iter().map(|u| u.low.clone()).collect();
            let src: Vec<String> = units[i..=last].iter().map(|u| u.src.clone()).collect();
            let u = &mut units[i];
            u.en = sense.to_string();
            u.low = low.join(" ");
            u.end = end;
            u.src = src.join(" ");
            u.alts.clear();
            units.drain(i + 1..=last);
        }
        i += 1;
    }
}

/// Order `Noun+ (Title+ | Office+) Place?` runs as English names.
pub fn compounds(units: &mut Vec<Unit>) {
    let mut i = 0;
    while i < units.len() {
        if !head_noun(&units[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < units.len() && head_noun(&units[j]) && (j == i || units[j].cap) {
            j += 1;
        }
        let titles = units[j..].iter().take_while(|u| title(u)).count();
        let offices = if titles == 0 { units[j..].iter().take_while(|u| office(u)).count() } else { 0 };
        let owners = titles + offices;
        if owners == 0 {
            i = j;
            continue;
        }
        let mut end = j + owners;
        let has_place = units.get(end).is_some_and(|u| u.cap && u.place);
        if has_place {
            end += 1;
        }
        let follows_noun = i > 0 && units.get(i - 1).is_some_and(|u| u.cat == Cat::Noun && !u.cap && !u.en.is_empty());
        let determined =
            i > 0 && units.get(i - 1).is_some_and(|u| u.cat == Cat::Det || u.poss.is_some() || u.en.ends_with("'s"));
        let run: Vec<Unit> = units.drain(i..end).collect();
        let (nouns, rest) = run.split_at(j - i);
        let (owner, place) = rest.split_at(owners);
        let mut english: Vec<Unit> = Vec::with_capacity(run.len());
        english.extend(place.iter().cloned());
        english.extend(owner.iter().cloned());
        if titles > 0 {
            if let Some(last) = english.last_mut() {
                last.post = "'s".into();
            }
        }
        for (k, n) in nouns.iter().enumerate().rev() {
            let mut n = n.clone();
            if k > 0 {
                if let Some(adj) = adjective_of(&n.low) {
                    n.en = adj.to_string();
                }
            }
            english.push(n);
        }
        for u in english.iter_mut() {
            u.cat = Cat::Name;
            u.org = false;
            u.place = false;
            u.cap = true;
        }
        if let Some(first) = english.first_mut() {
            if first.pre.is_empty() && !determined {
                first.pre = if follows_noun { "of the".into() } else { "the".into() };
            }
        }
        let len = english.len();
        units.splice(i..i, english);
        i += len;
    }
}

#[cfg(test)]
mod tests {
    use crate::gloss::{gloss_tokens, GlossContext};
    use crate::token::tokenize;

    fn gloss(s: &str) -> String {
        gloss_tokens(s, &tokenize(s), &mut GlossContext::default()).text
    }

    #[test]
    fn office_of_an_official() {
        let g = gloss("Rapat digelar di Kantor Gubernur Sulsel.");
        assert!(g.contains("the South Sulawesi Governor's Office"), "{g}");
    }

    #[test]
    fn nested_building_name() {
        let g = gloss("Warga berkumpul di Gedung Kantor Bupati Wajo.");
        assert!(g.contains("the Wajo Regent's Office Building"), "{g}");
    }

    #[test]
    fn institution_before_its_building() {
        let g = gloss("Apel digelar di halaman Markas Polres Wajo.");
        assert!(g.contains("of the Wajo District Police (Polres) Headquarters"), "{g}");
    }

    #[test]
    fn split_title_joined() {
        let g = gloss("Kepala Pelaksana BPBD Jawa Barat meninjau lokasi.");
        assert!(g.starts_with("Executive Head of the West Java"), "{g}");
    }
}
