//! Object voice and relative clauses: `sudah kami periksa` (object voice, the pronoun is the
//! agent) → `we have checked`; `yang disalurkan` after a noun → a reduced relative (`the aid
//! distributed`); a list after such a subject (`antara lain`) → `includes`.

use super::agree;
use super::unit::{Cat, Unit, VForm};
use crate::glossary::{glossary, Pos};

/// Pronouns that can be the agent of an object-voice verb.
const AGENTS: &[&str] = &["kami", "kita", "saya", "aku", "dia", "ia", "mereka", "kamu", "anda", "beliau", "engkau"];

/// Appended to the `low` of a pronoun that is an object-voice agent.
pub const AGENT_MARK: &str = "@agent";

/// Markers that may stand before an object-voice agent (`sudah kami`, `akan mereka`).
const MARKERS: &[&str] = &[
    "sudah", "telah", "akan", "belum", "sedang", "tengah", "tidak", "tak", "bisa", "dapat", "harus", "perlu", "masih",
    "baru", "segera", "terus", "tetap", "pernah", "ingin", "mau", "sempat", "juga", "pun", "lalu", "kemudian",
];

/// Nouns in `-ation` whose verb is not the `-ate` form.
const ATION_VERBS: &[(&str, &str)] = &[
    ("registration", "register"),
    ("confirmation", "confirm"),
    ("information", "inform"),
    ("examination", "examine"),
    ("preparation", "prepare"),
    ("declaration", "declare"),
    ("consideration", "consider"),
    ("observation", "observe"),
    ("presentation", "present"),
    ("implementation", "implement"),
    ("transformation", "transform"),
    ("recommendation", "recommend"),
    ("consultation", "consult"),
    ("exploration", "explore"),
    ("conservation", "conserve"),
    ("reservation", "reserve"),
    ("organization", "organize"),
    ("organisation", "organise"),
    ("socialization", "socialize"),
    ("socialisation", "socialise"),
    ("realization", "realize"),
    ("realisation", "realise"),
    ("utilization", "utilize"),
    ("utilisation", "utilise"),
    ("optimization", "optimize"),
    ("optimisation", "optimise"),
    ("inspection", "inspect"),
    ("protection", "protect"),
    ("collection", "collect"),
    ("selection", "select"),
    ("construction", "construct"),
    ("distribution", "distribute"),
    ("contribution", "contribute"),
    ("execution", "execute"),
    ("prosecution", "prosecute"),
];

/// The verb of an English action noun (`evacuation` → `evacuate`), when it is regular.
pub fn verb_of_noun(noun: &str) -> Option<String> {
    if noun.contains(' ') || !noun.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    if let Some((_, v)) = ATION_VERBS.iter().find(|(n, _)| *n == noun) {
        return Some(v.to_string());
    }
    if let Some(stem) = noun.strip_suffix("ification") {
        return Some(format!("{stem}ify"));
    }
    if let Some(stem) = noun.strip_suffix("ation") {
        if stem.len() >= 3 {
            return Some(format!("{stem}ate"));
        }
    }
    None
}

/// A bare (object-voice) verb form: no active, passive or stative prefix.
fn bare(u: &Unit) -> bool {
    let l = u.low.as_str();
    // Roots that look prefixed (`terima`, `kenal`, `sebut`) are bare when the glossary has them.
    let root = !l.starts_with("me")
        && !l.starts_with("di")
        && glossary().lookup_key(l).iter().any(|e| matches!(e.pos, Pos::Verb | Pos::Noun));
    // A phrase counts by its first word (`tindak lanjuti`).
    !u.cap
        && (root || !["me", "ber", "di", "ter", "ke", "se"].iter().any(|p| l.starts_with(p)))
        && (!l.contains(' ') || u.cat == Cat::Verb)
}

/// `sudah kami evakuasi` → `we have evacuated`; `yang kami terima` → `which we received`:
/// the pronoun moves before the markers and the word after it becomes its verb.
pub fn object_voice(units: &mut Vec<Unit>) {
    let n = units.len();
    let mut i = 1;
    while i + 1 < n {
        if !(units[i].cat == Cat::Pron && units[i].is_any(AGENTS)) {
            i += 1;
            continue;
        }
        // The markers just before the pronoun, and what opens them.
        let mut m = i;
        while m > 0 && units[m - 1].is_any(MARKERS) {
            m -= 1;
        }
        let opener = m.checked_sub(1).map(|k| &units[k]);
        let after_yang = m == i && opener.is_some_and(|u| u.is("yang"));
        let after_marker = m < i;
        let after_det = m == i && opener.is_some_and(|u| u.is_any(&["itu", "ini", "tersebut"]));
        let next = &units[i + 1];
        let verb = next.cat == Cat::Verb && matches!(next.vform, Some(VForm::Base)) && bare(next);
        let noun_verb = (after_marker || after_yang) && next.cat == Cat::Noun && bare(next) && !next.plural;
        if !((after_marker || after_yang) && (verb || noun_verb) || after_det && verb) {
            i += 1;
            continue;
        }
        if noun_verb {
            let Some(v) = verb_of_noun(&units[i + 1].en) else {
                i += 1;
                continue;
            };
            let u = &mut units[i + 1];
            u.en = v;
            u.cat = Cat::Verb;
            u.vform = Some(VForm::Base);
        }
        if units[i].en == "he" && units[i].is("mereka") {
            units[i].en = "they".into();
        }
        // Subject forms: the pronoun is the agent.
        units[i].en = match units[i].en.as_str() {
            "us" => "we".into(),
            "them" => "they".into(),
            "him" => "he".into(),
            "me" => "I".into(),
            e => e.to_string(),
        };
        units[i].poss = None;
        // Mark the agent so the noun-phrase rules do not read it as a possessor (`warga kami`).
        units[i].low.push_str(AGENT_MARK);
        let p = units.remove(i);
        units.insert(m, p);
        i += 2;
    }
}

/// `yang` right before a passive or stative participle: `bantuan yang disalurkan` → `the aid
/// distributed`, `warga yang terdampak` → `residents affected`. Returns whether it applied.
pub fn reduced_relative(units: &mut [Unit], i: usize) -> bool {
    if i == 0 || !units[i - 1].is("yang") {
        return false;
    }
    let before = i.checked_sub(2).map(|k| &units[k]);
    if !before.is_some_and(|u| matches!(u.cat, Cat::Noun | Cat::Name | Cat::Det | Cat::Adj)) {
        return false;
    }
    // A participle followed by its own object is not reduced (`yang diberi nama`).
    units[i - 1].en.clear();
    units[i].pre.clear();
    true
}

/// `antara lain` / `meliputi` after a subject with no verb of its own: `bantuan yang
/// disalurkan antara lain beras` → `the aid distributed includes rice`.
pub fn includes(units: &mut [Unit]) {
    for i in 1..units.len() {
        if !units[i].is("antara lain") {
            continue;
        }
        let start = agree::clause_start(units, i);
        if start >= i {
            continue;
        }
        // No finite verb in the clause before it (participles of reduced relatives are fine).
        let finite = units[start..i].iter().any(|u| {
            (u.cat == Cat::Verb && !matches!(u.vform, Some(VForm::Participle)) && !u.low.starts_with("di"))
                && !u.low.starts_with("ter")
                || u.is_any(&["adalah", "merupakan", "yaitu", "yakni", "ialah"])
        });
        let prev = &units[i - 1];
        let subject = matches!(prev.cat, Cat::Noun | Cat::Verb | Cat::Det | Cat::Name | Cat::Adj);
        if finite || !subject {
            continue;
        }
        let plural = agree::main_subject_number(units, i) == agree::Number::Plural;
        units[i].en = if plural { "include".into() } else { "includes".into() };
        units[i].cat = Cat::Verb;
        units[i].vform = Some(VForm::Fixed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_nouns_to_verbs() {
        assert_eq!(verb_of_noun("evacuation").as_deref(), Some("evacuate"));
        assert_eq!(verb_of_noun("verification").as_deref(), Some("verify"));
        assert_eq!(verb_of_noun("registration").as_deref(), Some("register"));
        assert_eq!(verb_of_noun("house"), None);
    }
}
