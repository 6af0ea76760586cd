//! Counted and measured noun phrases: `15 ton beras` → `15 tonnes of rice`, `1.280 jiwa` →
//! `1,280 people`, `bantuan senilai Rp1 miliar` → `aid worth IDR 1 billion`, and the
//! participles and damage degrees that follow a noun (`warga terdampak banjir` → `residents
//! affected by the flood`, `rumah rusak berat` → `badly damaged houses`).
//!
//! Runs after [`super::np_order::plurals`] and before the clause rules and noun-phrase order.

use super::unit::{Cat, VForm};
use super::Unit;
use crate::glossary::{glossary, Pos};

/// Classifiers that are dropped between a number and a noun (see `np_order`), never measures.
const DROPPED: &[&str] =
    &["orang", "buah", "ekor", "unit", "biji", "lembar", "butir", "batang", "helai", "pucuk", "potong", "bidang"];

/// Quantifiers that count a following measure like a number does.
const QUANTIFIERS: &[&str] =
    &["beberapa", "sejumlah", "puluhan", "ratusan", "ribuan", "jutaan", "belasan", "banyak", "berbagai"];

/// Words of value or size that take a figure after a noun (`senilai Rp1 miliar`): they are
/// not adjectives of the noun but introduce the figure.
const VALUE_OF: &[&str] =
    &["senilai", "seharga", "sebesar", "seberat", "seluas", "sepanjang", "setinggi", "sedalam", "selebar"];

/// Participles that follow a noun and take an agent (`warga terdampak banjir`).
const BY_PARTICIPLES: &[&str] = &["terdampak", "terendam", "tertimbun", "tertimpa", "terseret", "terjangkit"];

/// Damage and injury with their degree: the English adverb comes first.
const DEGREES: &[(&str, &str, &str)] = &[
    ("rusak", "berat", "badly damaged"),
    ("rusak", "parah", "severely damaged"),
    ("rusak", "sedang", "moderately damaged"),
    ("rusak", "ringan", "slightly damaged"),
    ("rusak", "total", "completely destroyed"),
    ("luka", "berat", "seriously injured"),
    ("luka", "parah", "seriously injured"),
    ("luka", "ringan", "slightly injured"),
];

/// Injury phrases read as one glossary entry (`luka berat`); after a person they describe him.
const INJURED: &[(&str, &str)] =
    &[("luka berat", "seriously injured"), ("luka ringan", "slightly injured"), ("luka-luka", "injured")];

/// Collective nouns that news uses for many people at once (`warga` → `residents`).
const COLLECTIVE: &[&str] =
    &["warga", "pengungsi", "petani", "nelayan", "pedagang", "siswa", "mahasiswa", "wisatawan", "pemudik"];

/// Disasters whose victims are counted in numbers.
const DISASTERS: &[&str] = &[
    "banjir",
    "banjir bandang",
    "gempa",
    "gempa bumi",
    "longsor",
    "tanah longsor",
    "bencana",
    "kebakaran",
    "tsunami",
    "erupsi",
    "kecelakaan",
];

/// Death counts after a number: `12 korban meninggal` → `12 deaths`.
const DEATHS: &[&str] = &["korban meninggal dunia", "korban meninggal", "korban tewas"];

/// The glossary's measure or counting word for `low` (`ton` → `tonnes`, `karung` → `sacks`).
fn measure_of(low: &str) -> Option<&'static str> {
    if DROPPED.contains(&low) {
        return None;
    }
    glossary()
        .lookup_key(low)
        .iter()
        .find(|e| matches!(e.pos, Pos::Unit | Pos::Classifier))
        .and_then(|e| e.senses.first().copied())
        .filter(|s| !s.is_empty() && s.chars().next().is_some_and(char::is_lowercase))
}

/// A numeral (not a percentage or an amount of money) or a counting quantifier.
fn counts(u: &Unit) -> bool {
    (u.cat == Cat::Num && u.low != "dateline" && !u.en.contains("percent") && !u.en.starts_with("IDR"))
        || u.is_any(QUANTIFIERS)
}

fn singular_number(u: &Unit) -> bool {
    u.cat == Cat::Num && (u.is_any(&["1", "satu", "se", "sebuah", "seorang"]) || u.en == "1" || u.en == "one")
}

/// The singular of a one-word plural English measure (`tonnes` → `tonne`).
fn singular(w: &str) -> String {
    if w.contains(' ') {
        return w.to_string();
    }
    if w == "people" {
        return "person".into();
    }
    for end in ["ches", "shes", "xes", "sses"] {
        if let Some(stem) = w.strip_suffix(end) {
            return format!("{stem}{}", &end[..end.len() - 2]);
        }
    }
    w.strip_suffix('s').filter(|s| !s.ends_with('s')).map_or_else(|| w.to_string(), str::to_string)
}

/// A common noun that can be what is measured (`beras`, not `Beras` in a name).
fn measured(u: &Unit) -> bool {
    u.cat == Cat::Noun && !u.cap && !u.en.is_empty() && measure_of(&u.low).is_none()
}

/// Apply the measure, value, participle and degree rules to one sentence.
pub fn apply(units: &mut Vec<Unit>) {
    degrees(units);
    let n = units.len();
    for i in 1..n {
        let (before, rest) = units.split_at_mut(i);
        let Some(q) = before.last() else { continue };
        let Some(w) = rest.first() else { continue };
        if !counts(q) || w.cap {
            continue;
        }
        if w.is("kepala keluarga") {
            let one = singular_number(q);
            let w = &mut rest[0];
            w.en = "household".into();
            w.plural = !one;
            continue;
        }
        if w.is_any(DEATHS) {
            let one = singular_number(q);
            let w = &mut rest[0];
            w.en = "death".into();
            w.cat = Cat::Noun;
            w.plural = !one;
            continue;
        }
        // `satu unit alat berat` → `one heavy equipment`: the classifier after one goes too
        // (after other numbers `np_order::plurals` drops it).
        if singular_number(q) && w.is_any(DROPPED) && w.cat != Cat::Num && rest.get(1).is_some_and(measured) {
            rest[0].en.clear();
            continue;
        }
        let Some(sense) = measure_of(&w.low) else { continue };
        let one = singular_number(q);
        let next_measured = rest.get(1).is_some_and(measured);
        let w = &mut rest[0];
        w.en = if one { singular(sense) } else { sense.to_string() };
        w.cat = Cat::Noun;
        w.vform = None;
        w.plural = false;
        // A measure before what it measures: `tonnes of rice`, `sacks of fertiliser`.
        if next_measured && sense != "people" {
            w.post = "of".into();
        }
    }
    for i in 0..n {
        let next_is_figure = units.get(i + 1).is_some_and(|u| matches!(u.cat, Cat::Num | Cat::Figure));
        if next_is_figure && units[i].is_any(VALUE_OF) {
            units[i].cat = Cat::Prep;
        }
        // The recogniser reads `sebesar Rp2 miliar` as one amount: after a noun it says `of`.
        let after_noun = i > 0 && units.get(i - 1).is_some_and(|u| u.cat == Cat::Noun);
        if after_noun && units[i].cat == Cat::Num && units[i].en.starts_with("IDR") {
            let word = match units[i].low.as_str() {
                "sebesar" => "of",
                "senilai" => "worth",
                "seharga" => "priced at",
                _ => "",
            };
            if !word.is_empty() && units[i].pre.is_empty() {
                units[i].pre = word.into();
            }
        }
        let before_noun = units.get(i + 1).is_some_and(|u| matches!(u.cat, Cat::Noun | Cat::Name));
        if after_noun
            && before_noun
            && units[i].is_any(BY_PARTICIPLES)
            && units[i].en.ends_with("ed")
            && !units[i].en.contains(' ')
        {
            units[i].en.push_str(" by");
            units[i].vform = Some(VForm::Fixed);
            // A participle with its agent stays after the noun, whether the glossary calls it
            // a verb or an adjective.
            units[i].cat = Cat::Verb;
        }
        if after_noun && units[i].cat == Cat::Noun {
            if let Some((_, en)) = INJURED.iter().find(|(k, _)| units[i].is(k)) {
                let person = units.get(i - 1).is_some_and(|u| super::clause::is_person(&u.en));
                if person {
                    units[i].en = (*en).to_string();
                    units[i].cat = Cat::Adj;
                    units[i].plural = false;
                }
            }
        }
    }
    relational(units);
    collective(units);
}

/// Nouns that take what they measure with `of`: `jumlah tiket` → `the number of tickets`,
/// `harga beras` → `the price of rice`. The bool says whether the measured noun is plural.
const RELATIONAL: &[(&str, &str, bool)] = &[("jumlah", "number", true), ("harga", "price", false)];

/// A noun that takes what it measures with `of` (`jumlah`, `harga`).
pub fn is_relational(low: &str) -> bool {
    RELATIONAL.iter().any(|(w, _, _)| *w == low)
}

fn relational(units: &mut [Unit]) {
    for k in 0..units.len().saturating_sub(1) {
        let Some(&(_, en, plural)) = RELATIONAL.iter().find(|(w, _, _)| units[k].is(w)) else { continue };
        if units[k].cat != Cat::Noun || units[k].cap || !units[k].post.is_empty() || !measured(&units[k + 1]) {
            continue;
        }
        units[k].en = en.to_string();
        units[k].post = "of".into();
        if plural && !units[k + 1].en.contains(' ') {
            units[k + 1].plural = true;
        }
    }
}

/// `rusak berat` → one adjective `badly damaged` (so the noun phrase can put it first).
fn degrees(units: &mut Vec<Unit>) {
    let mut k = 0;
    while k + 1 < units.len() {
        let hit = DEGREES.iter().find(|(a, b, _)| units[k].is(a) && units[k + 1].is(b));
        if let Some((a, b, en)) = hit {
            if !units[k].cap && !units[k + 1].cap {
                let end = units[k + 1].end;
                let u = &mut units[k];
                u.en = (*en).to_string();
                u.cat = Cat::Adj;
                u.vform = None;
                u.end = end;
                u.low = format!("{a} {b}");
                u.alts.clear();
                units.remove(k + 1);
            }
        }
        k += 1;
    }
}

/// Collective nouns read as plurals unless something counts them as one.
fn collective(units: &mut [Unit]) {
    for k in 0..units.len() {
        // Victims of a disaster are many (`korban banjir`); a crime's victim may be one.
        let disaster_victims = units[k].is("korban") && units.get(k + 1).is_some_and(|u| u.is_any(DISASTERS));
        let collective = units[k].is_any(COLLECTIVE) || disaster_victims;
        if !collective || units[k].cat != Cat::Noun || units[k].cap || units[k].poss.is_some() {
            continue;
        }
        // Only as an object (`kepada warga`, `mengevakuasi warga`): a subject's verb agreement
        // belongs to the clause rules, and after a noun it modifies that noun (`permukiman warga`).
        let prev = k.checked_sub(1).and_then(|p| units.get(p));
        let object = prev.is_some_and(|p| matches!(p.cat, Cat::Prep | Cat::Verb) && !p.en.is_empty());
        let counted = !object;
        if !counted {
            units[k].plural = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::singular;

    #[test]
    fn singular_of_measures() {
        assert_eq!(singular("tonnes"), "tonne");
        assert_eq!(singular("boxes"), "box");
        assert_eq!(singular("inches"), "inch");
        assert_eq!(singular("people"), "person");
        assert_eq!(singular("metres above sea level"), "metres above sea level");
        assert_eq!(singular("hectares"), "hectare");
    }
}
