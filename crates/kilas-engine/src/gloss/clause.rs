//! Clause-level rules: tense and aspect (`akan`, `telah`, `sedang`, `belum`), negation,
//! passives with their agents (`dibuka Direktur X` → `was opened by Director X`), `yang`,
//! comparison (`lebih`, `paling`), and the attribution tails of quotes (`, kata Andi.` →
//! `, Andi said.`).

use super::agree::{self, Number};
use super::irregular;
use super::unit::{Cat, Unit, VForm};
use super::voice;

/// Markers that leave the next verb in its base form.
const MODALS: &[&str] = &[
    "bisa",
    "dapat",
    "harus",
    "mampu",
    "ingin",
    "mau",
    "perlu",
    "boleh",
    "bakal",
    "hendak",
    "wajib",
    "untuk",
    "agar",
    "supaya",
    "guna",
    "akan",
    "mesti",
    "sempat",
    "dapat",
    "jangan",
    "mari",
    "ayo",
    "coba",
    "cara",
    "demi",
    "mulai",
    "terus",
    "tetap",
    "segera",
    "berhasil",
    "gagal",
    "diharapkan",
];

/// Verbs of saying that close a quote, with their English.
const SAY: &[(&str, &str)] = &[
    ("kata", "said"),
    ("ujar", "said"),
    ("ucap", "said"),
    ("tutur", "said"),
    ("ungkap", "revealed"),
    ("jelas", "explained"),
    ("tegas", "stressed"),
    ("sebut", "said"),
    ("imbuh", "added"),
    ("tambah", "added"),
    ("terang", "explained"),
    ("papar", "explained"),
    ("lanjut", "continued"),
    ("pungkas", "concluded"),
    ("tandas", "asserted"),
];

fn say_of(low: &str) -> Option<(&'static str, bool)> {
    let (stem, nya) = match low.strip_suffix("nya") {
        Some(s) => (s, true),
        None => (low, false),
    };
    SAY.iter().find(|(k, _)| *k == stem).map(|(_, en)| (*en, nya))
}

fn is_punct(u: &Unit, p: &str) -> bool {
    u.cat == Cat::Punct && u.en == p
}

/// The index of the previous unit that is not an adverb like `masih`, `juga`, `pun`.
fn prev_meaningful(units: &[Unit], i: usize) -> Option<usize> {
    let mut k = i;
    while k > 0 {
        k -= 1;
        let u = &units[k];
        // Adverbs, and adverbial phrases read as one `-ly` word (`berulang kali` → `repeatedly`).
        let ly_phrase = (u.cat == Cat::Other && u.low.contains(' ') && !u.en.contains(' ') && u.en.ends_with("ly"))
            || (u.cat == Cat::Verb && is_ly_adverb(&u.en));
        if u.en.is_empty()
            || ly_phrase
            || (u.cat == Cat::Adv
                && !u.is_any(&["tidak", "tak", "belum", "akan", "telah", "sudah", "sedang", "seharusnya", "sebaiknya"]))
        {
            continue;
        }
        return Some(k);
    }
    None
}

/// A one-word `-ly` adverb (`allegedly`), not a verb or noun that ends in `-ly` (`supply`).
fn is_ly_adverb(en: &str) -> bool {
    en.len() > 5
        && en.ends_with("ly")
        && en.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            en,
            "apply" | "reply" | "supply" | "multiply" | "comply" | "imply" | "family" | "assembly" | "rally"
        )
}

/// Verbs (and passive participles) that take a `to` verb: `mulai surut` → `started to recede`,
/// `diperkirakan naik` → `estimated to rise`.
const TO_VERBS: &[&str] = &[
    "start",
    "begin",
    "continue",
    "try",
    "fail",
    "decide",
    "plan",
    "manage",
    "need",
    "hope",
    "agree",
    "refuse",
    "seek",
    "attempt",
    "intend",
    "promise",
    "choose",
    "prepare",
    "estimated",
    "expected",
    "predicted",
    "reported",
    "believed",
    "scheduled",
    "planned",
    "projected",
    "targeted",
    "allowed",
    "asked",
    "required",
    "considered",
    "said",
    "obliged",
    "forced",
    "compelled",
    "urged",
    "invited",
    "encouraged",
    "ordered",
    "advised",
    "told",
];

/// The form of a base verb after another verb: `to` + base after `TO_VERBS`, `in` + -ing
/// after `succeed`; otherwise it stays a base.
fn infinitive(units: &mut [Unit], i: usize, prev: Option<usize>) -> VForm {
    let Some(k) = prev.filter(|&k| k + 1 == i && units[k].cat == Cat::Verb && units[i].pre.is_empty()) else {
        return VForm::Base;
    };
    let en = units[k].en.clone();
    let first = en.split(' ').next().unwrap_or("");
    if en.contains(' ') && !en.starts_with("to ") {
        return VForm::Base;
    }
    if first == "succeed" {
        units[i].pre = "in".into();
        return VForm::Ing;
    }
    if TO_VERBS.contains(&first) {
        units[i].pre = "to".into();
    }
    VForm::Base
}

/// `mencapai` read with its figure (`reached IDR 5 million`) after a modal or a `to` verb:
/// `diperkirakan mencapai` → `estimated to reach`, `bisa mencapai` → `can reach`.
fn reach_after_verbs(units: &mut [Unit]) {
    for i in 1..units.len() {
        if !units[i].en.starts_with("reached ") || !units[i].is("mencapai") {
            continue;
        }
        let prev = &units[i - 1];
        let last = prev.en.rsplit(' ').next().unwrap_or("").to_string();
        if prev.cat == Cat::Verb && TO_VERBS.contains(&last.as_str()) {
            units[i].en.replace_range(..7, "to reach");
        } else if after_modal(units, i) || prev.is_any(MODALS) {
            units[i].en.replace_range(..7, "reach");
        }
    }
}

/// A `be` sense (`berada` → `be located`, `bermanfaat` → `be useful`) after a subject:
/// `is`/`are` in quotes, `was`/`were` in narrative; `be` stays after modals and `to`.
fn conjugate_be(units: &mut [Unit], i: usize, in_quote: bool) {
    if after_modal(units, i) || !units[i].pre.is_empty() {
        return;
    }
    let prev = prev_meaningful(units, i);
    let after_relative = prev.is_some_and(|k| closes_relative(units, k));
    if !after_relative && prev.is_some_and(|k| matches!(units[k].cat, Cat::Verb | Cat::Prep | Cat::Part)) {
        return;
    }
    // After `yang` the verb agrees with the noun `yang` follows.
    let number = match prev {
        Some(k) if units[k].is("yang") => {
            if k > 0 && agree::is_plural(&units[k - 1]) {
                Number::Plural
            } else {
                Number::Singular
            }
        }
        Some(_) if after_relative => agree::main_subject_number(units, i),
        Some(_) => agree::subject_number(units, i),
        None => return,
    };
    let be = agree::be(number, !in_quote);
    let rest = units[i].en[3..].to_string();
    // `sangat bermanfaat` → `is very useful`: the verb goes before the adverb.
    if i > 0 && units[i - 1].cat == Cat::Adv && units[i - 1].pre.is_empty() && !units[i - 1].en.is_empty() {
        units[i - 1].pre = be.to_string();
        units[i].en = rest;
    } else {
        units[i].en = format!("{be} {rest}");
    }
}

/// Does verb `k` end a short relative clause (`yang terdampak`, `yang kami terima`), so the
/// next verb belongs to the main clause?
fn closes_relative(units: &[Unit], k: usize) -> bool {
    // Only passive or stative participles and object-voice verbs close it; an active verb
    // after `yang` often takes a second verb (`yang menolak mempekerjakan`).
    let participle = matches!(units[k].vform, Some(VForm::Participle))
        || (matches!(units[k].vform, Some(VForm::Fixed))
            && irregular::is_participle(units[k].en.split(' ').next().unwrap_or("")));
    let object_voice = k > 0 && units[k - 1].low.ends_with(voice::AGENT_MARK);
    units[k].cat == Cat::Verb
        && (participle || object_voice)
        && units[..k]
            .iter()
            .rev()
            .take(2)
            .take_while(|u| u.is("yang") || u.low.ends_with(voice::AGENT_MARK))
            .any(|u| u.is("yang"))
}

/// English modals after which a verb stays in its base form (`will not help`, `should be`).
const MODAL_EN: &[&str] =
    &["will", "would", "can", "could", "should", "must", "may", "might", "shall", "not", "to", "well", "better"];

/// Does the nearest English before unit `i` end in a modal (`tidak akan` → `will not`)?
fn after_modal(units: &[Unit], i: usize) -> bool {
    units[..i.min(units.len())]
        .iter()
        .rev()
        .map(Unit::english)
        .find(|e| !e.is_empty())
        .is_some_and(|e| e.rsplit(' ').next().is_some_and(|w| MODAL_EN.contains(&w)) && !e.ends_with("did not"))
}

/// Apply tense, aspect, negation, passives, comparison and attribution tails (source order).
pub fn apply(units: &mut Vec<Unit>) {
    stative_participles(units);
    attribution(units);
    voice::object_voice(units);
    small_words(units);
    let mut in_quote = false;
    let n = units.len();
    for i in 0..n {
        if is_punct(&units[i], "\"") {
            in_quote = !in_quote;
            continue;
        }
        comparison(units, i);
        if units[i].cat != Cat::Verb {
            continue;
        }
        if units[i].en.starts_with("be ") {
            conjugate_be(units, i, in_quote);
            continue;
        }
        let prev = prev_meaningful(units, i);
        let prev_low = prev.map(|k| units[k].low.clone()).unwrap_or_default();
        let prev_cat = prev.map(|k| units[k].cat);
        match units[i].vform {
            Some(VForm::Base) if controlled(units, i) => {
                units[i].pre = "to".into();
                // `ingin pelaku usaha memahami` → `want businesses to understand`.
                if let Some(c) = (0..i).rev().find(|&c| units[c].cat == Cat::Verb) {
                    if let Some(stem) = units[c].en.strip_suffix(" to") {
                        units[c].en = stem.to_string();
                    }
                }
            }
            Some(VForm::Base) => {
                let form = match prev_low.as_str() {
                    "telah" | "sudah" => {
                        if let Some(k) = prev {
                            let have = perfect(units, k, in_quote);
                            // `sudah` reads as the perfect alone: `sudah menerima` → `have received`.
                            units[k].en = have.to_string();
                        }
                        VForm::Participle
                    }
                    "untuk" | "guna" => {
                        if let Some(k) = prev {
                            units[k].en = "to".into();
                        }
                        VForm::Base
                    }
                    "sedang" | "tengah" | "lagi" => {
                        if let Some(k) = prev {
                            let past = !in_quote && reported(units, k);
                            units[k].en = agree::be(agree::subject_number(units, k), past).into();
                        }
                        VForm::Ing
                    }
                    "belum" => {
                        if let Some(k) = prev {
                            units[k].en = format!("{} not yet", perfect(units, k, in_quote));
                        }
                        VForm::Participle
                    }
                    // `meminta warga tidak membuang` → `asked residents not to throw`.
                    "tidak" | "tak" if prev.is_some_and(|k| controlled(units, k)) => {
                        if let Some(k) = prev {
                            units[k].en = "not".into();
                        }
                        units[i].pre = "to".into();
                        VForm::Base
                    }
                    "tidak" | "tak" | "tidaklah" => {
                        if let Some(k) = prev {
                            let singular = agree::subject_number(units, k) == Number::Singular;
                            units[k].en = match (in_quote, singular) {
                                (true, true) => "does not".into(),
                                (true, false) => "do not".into(),
                                _ => "did not".into(),
                            };
                        }
                        VForm::Base
                    }
                    "akan" => {
                        // Reported speech in past narrative: `mengatakan bahwa … akan` → `would`.
                        if let Some(k) = prev {
                            if !in_quote && units[k].en == "will" && reported(units, k) {
                                units[k].en = "would".into();
                            }
                        }
                        VForm::Base
                    }
                    l if MODALS.contains(&l) => VForm::Base,
                    _ if after_modal(units, i) => VForm::Base,
                    // `saat membuka` → `when opening`, `dengan melampirkan` → `by attaching`.
                    "dengan" => {
                        if let Some(k) = prev {
                            units[k].en = "by".into();
                        }
                        VForm::Ing
                    }
                    "saat" | "ketika" | "sambil" | "seraya" | "sembari" | "usai" | "setelah" | "sebelum" | "sejak"
                    | "tanpa" | "dalam" => VForm::Ing,
                    _ if prev.is_some_and(|k| {
                        units[k]
                            .en
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| matches!(w, "by" | "of" | "for" | "without" | "after" | "before"))
                    }) =>
                    {
                        VForm::Ing
                    }
                    // After a reduced relative the verb is the main one: `warga yang terdampak mendapat`.
                    _ if prev.is_some_and(|k| closes_relative(units, k)) && !in_quote => VForm::Past,
                    _ if prev_cat == Some(Cat::Verb) => VForm::Base,
                    _ if prev_cat == Some(Cat::Prep) => VForm::Ing,
                    _ if in_quote => VForm::Base,
                    _ => VForm::Past,
                };
                let form = if form == VForm::Base { infinitive(units, i, prev) } else { form };
                units[i].vform = Some(form);
            }
            Some(VForm::Participle) => passive(units, i, prev, &prev_low, in_quote),
            Some(VForm::Fixed)
                if irregular::is_participle(units[i].en.split(' ').next().unwrap_or(""))
                    && units[i].low.starts_with("di") =>
            {
                passive(units, i, prev, &prev_low, in_quote)
            }
            // `warga yang terdampak` → `residents affected`.
            Some(VForm::Fixed) if prev_low == "yang" && units[i].low.starts_with("ter") => {
                voice::reduced_relative(units, i);
                stative_cause(units, i);
            }
            Some(VForm::Fixed) if units[i].low.starts_with("ter") => stative_cause(units, i),
            _ => {}
        }
    }
    voice::includes(units);
    backshift_will(units);
    reach_after_verbs(units);
    said_that(units);
    there_be(units);
}

/// `ada` → `there is`: `there are` before a plural, `there was/were` in past narrative (outside
/// quotes, in a sentence whose other verbs are past).
fn there_be(units: &mut [Unit]) {
    let past_story = units.iter().any(|u| u.vform == Some(VForm::Past))
        || units.iter().any(|u| u.is_any(&["dulu", "dahulu", "kemarin", "semalam"]));
    let mut in_quote = false;
    for i in 0..units.len() {
        if is_punct(&units[i], "\"") {
            in_quote = !in_quote;
            continue;
        }
        let Some(rest) = units[i].en.strip_prefix("there is").map(str::to_string) else {
            continue;
        };
        if !(rest.is_empty() || rest.starts_with(' ')) {
            continue;
        }
        // Past an approximation (`sekitar`, `lebih dari`) to the number itself.
        let approx = |u: &Unit| {
            u.cat != Cat::Num
                && [
                    "around",
                    "about",
                    "approximately",
                    "nearly",
                    "almost",
                    "more than",
                    "less than",
                    "at least",
                    "over",
                    "some",
                ]
                .contains(&u.en.as_str())
        };
        let plural = units[i + 1..].iter().filter(|u| !u.en.is_empty()).find(|u| !approx(u)).is_some_and(|u| {
            agree::is_plural(u)
                || u.is_any(&["banyak", "beberapa", "sejumlah", "para", "puluhan", "ratusan", "ribuan", "berbagai"])
                || ["many ", "several ", "dozens", "hundreds", "thousands", "various "]
                    .iter()
                    .any(|p| u.en.starts_with(p))
                || (matches!(u.cat, Cat::Num | Cat::Figure)
                    && !u.en.split(' ').next().is_some_and(|w| matches!(w, "one" | "1" | "a" | "an" | "0" | "zero")))
        });
        let be = match (past_story && !in_quote, plural) {
            (false, false) => "is",
            (false, true) => "are",
            (true, false) => "was",
            (true, true) => "were",
        };
        units[i].en = format!("there {be}{rest}");
    }
}

/// `mengatakan bahwa` → `said`: English news drops `that` after a verb of saying.
fn said_that(units: &mut [Unit]) {
    const SAY: &[&str] = &["said", "says", "say", "added", "stated", "explained", "stressed", "revealed", "noted"];
    for i in 1..units.len() {
        if units[i].is("bahwa")
            && units[i - 1].cat == Cat::Verb
            && units[i - 1].en.rsplit(' ').next().is_some_and(|w| SAY.contains(&w))
        {
            units[i].en.clear();
        }
    }
}

/// A `ter-` word between `yang` and the main verb that the glossary calls an adjective but
/// reads as a participle ("affected") is a verb here, so the relative is reduced like a
/// passive one: `petani yang terdampak mendapat` → `the farmer affected received`.
fn stative_participles(units: &mut [Unit]) {
    for i in 1..units.len().saturating_sub(1) {
        let u = &units[i];
        if units[i - 1].is("yang")
            && u.cat == Cat::Adj
            && u.low.starts_with("ter")
            && u.en.ends_with("ed")
            && !u.en.contains(' ')
            && units[i + 1].cat == Cat::Verb
        {
            units[i].cat = Cat::Verb;
            units[i].vform = Some(VForm::Fixed);
        }
    }
}

fn passive(units: &mut [Unit], i: usize, prev: Option<usize>, prev_low: &str, in_quote: bool) {
    let reduced = prev_low == "yang" && voice::reduced_relative(units, i);
    let plural_subject = prev.is_some_and(|k| {
        units[k].plural || (units[k].is_any(&["mereka", "kami", "kita"]) && (k == 0 || units[k - 1].cat == Cat::Punct))
    }) || (prev_low != "yang" && agree::subject_number(units, i) == Number::Plural);
    let be = match (in_quote, plural_subject) {
        (true, false) => "is",
        (true, true) => "are",
        (false, false) => "was",
        (false, true) => "were",
    };
    if let Some(k) = prev {
        match prev_low {
            "untuk" | "guna" => units[k].en = "to".into(),
            "sudah" => units[k].en = perfect(units, k, in_quote).to_string(),
            "telah" => units[k].en = perfect(units, k, in_quote).to_string(),
            _ => {}
        }
    }
    // Reported speech in past narrative: `bahwa bantuan akan disalurkan` → `would be distributed`.
    if let Some(k) = prev.filter(|&k| prev_low == "akan" && !in_quote && units[k].en == "will") {
        if reported(units, k) {
            units[k].en = "would".into();
        }
    }
    let pre = match prev_low {
        "akan" | "bisa" | "dapat" | "harus" | "perlu" | "mampu" | "boleh" | "bakal" | "wajib" | "mesti" | "untuk"
        | "agar" | "supaya" => "be",
        "telah" | "sudah" => "been",
        "sedang" | "tengah" => "being",
        "belum" => {
            if let Some(k) = prev {
                units[k].en = format!("{} not yet", perfect(units, k, in_quote));
            }
            "been"
        }
        "tidak" | "tak" => {
            if let Some(k) = prev {
                units[k].en = format!("{be} not");
            }
            ""
        }
        "yang" => be,
        "seharusnya" | "sebaiknya" => "be",
        _ if after_modal(units, i) => "be",
        _ => match prev.map(|k| units[k].cat) {
            Some(Cat::Noun | Cat::Name | Cat::Pron | Cat::Det | Cat::Figure | Cat::Title) => be,
            _ => "",
        },
    };
    let pre = if reduced { "" } else { pre };
    // `juga dikenal` → `was also known`: the auxiliary goes before the adverb.
    if matches!(pre, "is" | "are" | "was" | "were")
        && i > 0
        && units[i - 1].cat == Cat::Adv
        && units[i - 1].pre.is_empty()
    {
        units[i - 1].pre = pre.to_string();
    } else {
        units[i].pre = pre.to_string();
    }
    // An agent right after the verb: `dibuka Direktur X` → `opened by Director X`.
    if let Some(next) = units.get(i + 1) {
        let agent = matches!(next.cat, Cat::Name | Cat::Title | Cat::Pron)
            || (next.cat == Cat::Noun && !next.plural)
            || next.is_any(&["sekitar", "para", "ratusan", "ribuan", "puluhan", "sejumlah", "seluruh", "semua"])
            || (next.cat == Cat::Num && next.low.chars().next().is_some_and(|c| c.is_ascii_digit()));
        let last = units[i].en.rsplit(' ').next().unwrap_or("");
        let ends_in_prep = matches!(
            last,
            "to" | "in" | "at" | "on" | "from" | "with" | "into" | "for" | "as" | "by" | "of" | "over" | "about"
        );
        // Time words are not agents: `diperbaiki bulan depan` → `repaired next month`; naming
        // verbs take a name, not an agent: `disebut X` → `called X`.
        let time = is_time(next)
            || matches!(
                last,
                "called"
                    | "named"
                    | "dubbed"
                    | "titled"
                    | "labelled"
                    | "labeled"
                    | "appointed"
                    | "elected"
                    | "declared"
            );
        if agent && !time && !ends_in_prep && !next.is("oleh") && !next.is_any(&["ini", "itu", "tersebut", "nya"]) {
            units[i].post = "by".into();
        }
    }
}

/// Verbs of saying that open reported speech (`mengatakan bahwa …`).
const REPORTING: &[&str] = &[
    "mengatakan",
    "menjelaskan",
    "menegaskan",
    "menyebutkan",
    "mengungkapkan",
    "menyampaikan",
    "menambahkan",
    "menuturkan",
    "menyatakan",
    "memastikan",
    "mengakui",
    "menerangkan",
    "memaparkan",
    "mengingatkan",
    "mengklaim",
    "melaporkan",
    "mengumumkan",
];

/// Is unit `k` inside speech reported by a verb of saying earlier in the sentence?
fn reported(units: &[Unit], k: usize) -> bool {
    units[..k.min(units.len())]
        .iter()
        .rev()
        .take_while(|u| !(u.cat == Cat::Punct && matches!(u.en.as_str(), "." | "\"" | ";")))
        .any(|u| u.is_any(REPORTING))
}

/// `will` in speech reported in past narrative becomes `would` (`tidak akan` → `would not`).
fn backshift_will(units: &mut [Unit]) {
    let mut in_quote = false;
    for k in 0..units.len() {
        if is_punct(&units[k], "\"") {
            in_quote = !in_quote;
        }
        let will = units[k].en == "will" || units[k].en.starts_with("will ");
        if will && !in_quote && units[k].cat != Cat::Verb && reported(units, k) {
            units[k].en.replace_range(..4, "would");
        }
    }
}

/// The perfect auxiliary for `telah`/`sudah` at unit `k`: `had` in reported speech of past
/// narrative, else `have`/`has` by the subject's number.
fn perfect(units: &[Unit], k: usize, in_quote: bool) -> &'static str {
    if !in_quote && reported(units, k) {
        "had"
    } else {
        agree::have(agree::subject_number(units, k))
    }
}

/// A month with at most a year (`June`, `July 2023`), not a day (`July 20`).
fn month_alone(en: &str) -> bool {
    let mut words = en.split(' ');
    let month = words.next().is_some_and(|m| crate::recognize::MONTHS_FULL_EN.contains(&m));
    let rest: Vec<&str> = words.collect();
    month && (rest.is_empty() || (rest.len() == 1 && rest[0].len() == 4 && rest[0].bytes().all(|b| b.is_ascii_digit())))
}

/// A time word (`bulan depan`, `tahun lalu`, `pagi`), never an agent or a cause.
fn is_time(u: &Unit) -> bool {
    matches!(
        u.low.split(' ').next().unwrap_or(""),
        "bulan" | "tahun" | "pekan" | "minggu" | "hari" | "pagi" | "siang" | "sore" | "malam" | "besok" | "kemarin"
    )
}

/// A stative participle and its cause: `terdampak banjir` → `affected by the flood`.
fn stative_cause(units: &mut [Unit], i: usize) {
    let one_word = !units[i].en.contains(' ') && irregular::is_participle(&units[i].en);
    let cause = units.get(i + 1).is_some_and(|u| u.cat == Cat::Noun && !u.cap && !u.en.is_empty() && !is_time(u));
    if one_word && cause && units[i].post.is_empty() && i > 0 && units[i - 1].cat != Cat::Punct {
        units[i].post = "by".into();
    }
}

/// `lebih besar` → `bigger`, `paling besar` → `biggest`; longer adjectives take more/most.
fn comparison(units: &mut [Unit], i: usize) {
    let (lebih, paling) = (units[i].is("lebih"), units[i].is("paling"));
    if !(lebih || paling) || i + 1 >= units.len() || units[i + 1].cat != Cat::Adj {
        return;
    }
    let adj = units[i + 1].en.clone();
    if adj.contains(' ') || adj.len() > 6 {
        units[i].en = if lebih { "more".into() } else { "most".into() };
        return;
    }
    let stem = adj
        .strip_suffix('y')
        .map(|s| format!("{s}i"))
        .or_else(|| adj.strip_suffix('e').map(str::to_string))
        .unwrap_or(adj.clone());
    let doubled = {
        let b = adj.as_bytes();
        b.len() == 3
            && !matches!(b[2], b'a' | b'e' | b'i' | b'o' | b'u' | b'w' | b'y')
            && matches!(b[1], b'a' | b'e' | b'i' | b'o' | b'u')
    };
    let stem = if doubled { format!("{adj}{}", &adj[2..]) } else { stem };
    units[i + 1].en = if lebih { format!("{stem}er") } else { format!("{stem}est") };
    units[i].en = if lebih { String::new() } else { "the".into() };
}

/// `, kata Andi.` → `, Andi said.`; `ujarnya` → `he said`; `kata dia` → `he said`.
fn attribution(units: &mut Vec<Unit>) {
    let n = units.len();
    let mut i = 0;
    while i < n {
        let after_quote =
            i > 0 && (is_punct(&units[i - 1], ",") || is_punct(&units[i - 1], "\"") || is_punct(&units[i - 1], "."));
        let Some((said, nya)) = say_of(&units[i].low).filter(|_| after_quote || units[i].low.ends_with("nya")) else {
            i += 1;
            continue;
        };
        if nya {
            units[i].en = format!("he {said}");
            units[i].cat = Cat::Other;
            units[i].vform = None;
            i += 1;
            continue;
        }
        // The speaker: names, titles and pronouns after the verb (`kata Kepala Dinas X`).
        let mut j = i + 1;
        while j < n
            && !(units[j].cat == Cat::Punct && matches!(units[j].en.as_str(), "." | "," | "!" | "?" | "\""))
            && (matches!(units[j].cat, Cat::Name | Cat::Title | Cat::Pron | Cat::Noun | Cat::Det | Cat::Adj)
                || units[j].cap
                || units[j].is_any(&["dan", "selaku", "sebagai"]))
        {
            j += 1;
        }
        units[i].en = said.to_string();
        units[i].cat = Cat::Other;
        units[i].vform = None;
        if j > i + 1 {
            let v = units.remove(i);
            for k in i..j - 1 {
                if units[k].is_any(&["dia", "ia", "beliau"]) {
                    units[k].en = "he".into();
                }
            }
            units.insert(j - 1, v);
        }
        i = j;
    }
}

/// Verbs after which an adjective stays an adjective (`menjadi besar` → `became big`).
const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "become", "became", "feel", "felt", "seem", "look", "remain", "stay", "get",
    "make", "keep", "have", "has", "had", "admit", "admitted", "admits", "claim", "claimed", "claims", "declare",
    "declared", "appear", "appeared", "turn", "turned", "prove", "proved", "sound", "sounded", "grow", "grew",
    "becomes", "remained", "stayed", "seemed", "looked", "feels", "seems", "looks", "remains", "stays",
];

/// Words the glossary may give as adjectives that have no `-ly` adverb in use.
const NO_LY: &[&str] = &[
    "front",
    "back",
    "top",
    "bottom",
    "left",
    "right",
    "main",
    "alert",
    "ready",
    "other",
    "same",
    "own",
    "only",
    "next",
    "last",
    "first",
    "second",
    "third",
    "former",
    "alone",
    "alive",
    "asleep",
    "awake",
    "afraid",
    "aware",
    "upstairs",
    "downstairs",
    "inside",
    "outside",
    "online",
    "offline",
    "overseas",
    "abroad",
    "home",
    "together",
    "apart",
    "away",
    "ahead",
    "enough",
    "still",
    "even",
    "just",
    "already",
    "again",
    "often",
    "soon",
    "now",
    "then",
    "here",
    "there",
    "today",
    "tomorrow",
    "yesterday",
    "tonight",
    "forward",
    "backward",
    "upward",
    "downward",
    "straight",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "friendly",
    "lively",
    "lonely",
    "live",
];

/// `smooth` → `smoothly`, `easy` → `easily`, `basic` → `basically`; one plain word only.
pub(crate) fn adverb(adj: &str) -> Option<String> {
    if adj.contains(' ') || !adj.bytes().all(|b| b.is_ascii_lowercase()) || adj.len() < 3 || adj.ends_with("ly") {
        return None;
    }
    // Words that are not adjectives or have no `-ly` adverb stay out (`front`, `alert`).
    if NO_LY.contains(&adj)
        || ["ment", "tion", "sion", "ness", "ity", "ism", "ship", "hood", "ing", "ist"].iter().any(|e| adj.ends_with(e))
    {
        return None;
    }
    Some(if let Some(s) = adj.strip_suffix('y') {
        format!("{s}ily")
    } else if adj.ends_with("ll") {
        // `full` → `fully`.
        format!("{adj}y")
    } else if adj == "true" || adj == "due" {
        format!("{}ly", &adj[..adj.len() - 1])
    } else if adj.ends_with("le") {
        format!("{}y", &adj[..adj.len() - 1])
    } else if adj.ends_with("ic") {
        format!("{adj}ally")
    } else if adj == "good" {
        "well".to_string()
    } else if matches!(
        adj,
        "fast"
            | "hard"
            | "late"
            | "early"
            | "long"
            | "high"
            | "low"
            | "far"
            | "near"
            | "well"
            | "more"
            | "less"
            | "much"
    ) {
        adj.to_string()
    } else {
        format!("{adj}ly")
    })
}

/// Verbs that take an object and a `to` verb: `mendorong pelaku usaha mendaftarkan` →
/// `encourage businesses to register`.
const CONTROL: &[&str] = &[
    "encourage",
    "ask",
    "invite",
    "urge",
    "force",
    "help",
    "allow",
    "order",
    "request",
    "push",
    "call",
    "remind",
    "appeal",
    "instruct",
    "persuade",
    "tell",
    "enable",
    "require",
    "permit",
    "want",
    "expect",
];

/// Is verb `i` the second verb after a control verb and its object?
fn controlled(units: &[Unit], i: usize) -> bool {
    let mut k = i;
    let mut seen_object = false;
    while k > 0 && i - k < 12 {
        k -= 1;
        let u = &units[k];
        if u.cat == Cat::Verb {
            let first = u.en.split(' ').next().unwrap_or("");
            return seen_object && CONTROL.contains(&first);
        }
        match u.cat {
            Cat::Noun | Cat::Name | Cat::Pron | Cat::Adj | Cat::Det | Cat::Num | Cat::Title | Cat::Figure => {
                seen_object = true
            }
            Cat::Punct if matches!(u.en.as_str(), "," | "(" | ")") => {}
            // `memaksa 800 jiwa dari 200 keluarga mengungsi`: a `dari` phrase inside the object.
            Cat::Prep if u.is("dari") => {}
            Cat::Conj if u.is_any(&["dan", "serta", "atau"]) => {}
            _ => return false,
        }
    }
    false
}

/// English nouns for people, after which `yang` is `who`.
pub fn is_person(en: &str) -> bool {
    const PEOPLE: &[&str] = &[
        "people",
        "person",
        "resident",
        "residents",
        "citizen",
        "citizens",
        "official",
        "officials",
        "officer",
        "officers",
        "participant",
        "participants",
        "child",
        "children",
        "student",
        "students",
        "teacher",
        "teachers",
        "worker",
        "workers",
        "farmer",
        "farmers",
        "victim",
        "victims",
        "suspect",
        "suspects",
        "witness",
        "witnesses",
        "perpetrator",
        "perpetrators",
        "member",
        "members",
        "man",
        "men",
        "woman",
        "women",
        "leader",
        "leaders",
        "patient",
        "patients",
        "community",
        "public",
        "family",
        "families",
        "actor",
        "actors",
        "businesses",
        "employee",
        "employees",
        "someone",
    ];
    let last = en.rsplit(' ').next().unwrap_or("");
    PEOPLE.contains(&last) || last.ends_with("ers")
}

/// Nouns for a person's role, which stand before a name in apposition (`penyanyi Ariana
/// Grande` → `singer Ariana Grande`, not `Ariana Grande's singer`).
pub fn is_role(en: &str) -> bool {
    let last = en.rsplit(' ').next().unwrap_or("");
    is_person(en)
        || ["er", "or", "ist", "man", "person", "ian", "ant", "ent"].iter().any(|s| last.ends_with(s))
        || matches!(
            last,
            "chief"
                | "head"
                | "host"
                | "star"
                | "minister"
                | "president"
                | "regent"
                | "mayor"
                | "governor"
                | "judge"
                | "coach"
                | "captain"
                | "general"
                | "officer"
                | "colleague"
                | "friend"
                | "wife"
                | "husband"
                | "son"
                | "daughter"
                | "brother"
                | "sister"
                | "mother"
                | "father"
        )
}

/// `yang` after people → `who`; a question's `apakah` → nothing; a preposition before a
/// phrase that brings its own (`pada malam hari` → `at night`) → nothing.
fn small_words(units: &mut [Unit]) {
    let n = units.len();
    for i in 0..n {
        // `pada saat` → `when`, not `on when`.
        if units[i].is_any(&["pada", "di"])
            && units.get(i + 1).is_some_and(|u| u.en == "when" || u.en.starts_with("when "))
        {
            units[i].en.clear();
        }
        // `secara anonim` → `anonymously`; `secara mematikan` → `in a deadly manner`.
        if units[i].is("secara") && i + 1 < n && units[i + 1].pre.is_empty() {
            let next = &units[i + 1];
            if next.cat == Cat::Adj {
                if let Some(adv) = adverb(&next.en) {
                    units[i + 1].en = adv;
                    units[i + 1].cat = Cat::Adv;
                    units[i].en.clear();
                } else if !next.en.contains(' ') && next.en.bytes().all(|b| b.is_ascii_lowercase()) {
                    units[i + 1].en = format!("{} manner", next.en);
                    units[i].en = "in a".into();
                }
            } else if ["in ", "by ", "with ", "as "].iter().any(|p| next.en.starts_with(p)) || next.en.ends_with("ly") {
                units[i].en.clear();
            }
        }
        // `diubah menjadi` → `changed into`, `meningkat menjadi 5 persen` → `increased to`:
        // after another verb `menjadi` is the result, not a second verb.
        if units[i].is("menjadi")
            && i > 0
            && units[i - 1].cat == Cat::Verb
            && !units[i - 1].is("menjadi")
            && !units[i - 1].en.split(' ').next().is_some_and(|w| {
                COPULAS.contains(&w)
                    || TO_VERBS.contains(&w)
                    || [
                        "want", "wish", "hope", "choose", "elect", "appoint", "select", "aspire", "dream", "expect",
                        "deserve", "tend", "seem", "appear", "return", "help", "prepare", "train", "learn",
                    ]
                    .iter()
                    .any(|v| w.starts_with(v))
                    || matches!(
                        w,
                        "can"
                            | "could"
                            | "must"
                            | "should"
                            | "may"
                            | "might"
                            | "will"
                            | "would"
                            | "shall"
                            | "able"
                            | "has"
                            | "have"
                            | "had"
                            | "need"
                            | "ought"
                            | "to"
                    )
            })
        {
            let figure = units.get(i + 1).is_some_and(|u| matches!(u.cat, Cat::Num | Cat::Figure));
            let change = ["change", "develop", "turn", "transform", "divide", "split", "convert", "evolve"]
                .iter()
                .any(|c| units[i - 1].en.starts_with(c));
            units[i].en = if change && !figure { "into".into() } else { "to".into() };
            units[i].cat = Cat::Prep;
            units[i].vform = None;
        }
        // `diperkirakan akan naik` → `expected to rise`.
        if units[i].is("akan")
            && i > 0
            && units[i - 1].cat == Cat::Verb
            && units[i - 1].en.rsplit(' ').next().is_some_and(|w| TO_VERBS.contains(&w) && w.ends_with("ed"))
        {
            units[i].en = "to".into();
        }
        // `sel yang ada di paru-paru` → `cells which are in the lungs`, not `which there is`.
        if units[i].is("ada")
            && i > 1
            && units[i - 1].is("yang")
            && units.get(i + 1).is_some_and(|u| u.cat == Cat::Prep || u.is_any(&["di", "dalam", "pada"]))
        {
            let plural = agree::is_plural(&units[i - 2]);
            units[i].en = if plural { "are".into() } else { "is".into() };
            units[i].cat = Cat::Other;
            units[i].vform = None;
        }
        if units[i].is("yang") && i > 0 && units[i - 1].is_any(&["siapa", "apa", "mana"]) {
            units[i].en.clear();
        } else if units[i].is("yang") && i > 0 && units[i - 1].is_any(&["seperti", "sebagaimana"]) {
            // `seperti yang diharapkan` → `as expected`.
            units[i - 1].en = "as".into();
            units[i].en.clear();
        } else if units[i].is("yang") && i > 0 && units.get(i + 1).is_none_or(|u| u.cat != Cat::Adj) && {
            // The word before `yang`, past an appositive comma (not before a bare adjective:
            // `petani yang terdampak` → `the affected farmer`).
            let mut k = if i > 1 && is_punct(&units[i - 1], ",") { i - 2 } else { i - 1 };
            // Past a parenthesis: `seorang pria (38) yang` → the word before `(`.
            if is_punct(&units[k], ")") {
                if let Some(open) = (0..k).rev().take(6).find(|&o| is_punct(&units[o], "(")) {
                    k = open.saturating_sub(1);
                }
            }
            // The head of the noun phrase comes first: `pekerja listrik yang` → `worker … who`.
            let head_person = (k.saturating_sub(2)..k)
                .rev()
                .take_while(|&h| matches!(units[h].cat, Cat::Noun | Cat::Adj) && !units[h].cap)
                .any(|h| units[h].cat == Cat::Noun && is_person(&units[h].en))
                && matches!(units[k].cat, Cat::Noun | Cat::Adj);
            is_person(&units[k].english()) || (units[k].cat == Cat::Name && units[k].cap) || head_person
        } {
            units[i].en = "who".into();
        }
        // Object pronouns after prepositions and verbs: `di depan mereka` → `in front of them`.
        let prev_prep = i > 0
            && matches!(
                units[i - 1].en.rsplit(' ').next().unwrap_or(""),
                "of" | "to" | "for" | "with" | "by" | "from" | "about" | "at" | "on" | "in"
            );
        // After a verb of saying the pronoun opens the reported clause: `mengatakan dia akan` → `he`.
        let says = i > 0 && (units[i - 1].is_any(REPORTING) || units[i - 1].is_any(&["berkata", "bilang"]));
        if units[i].cat == Cat::Pron
            && i > 0
            && !says
            && (prev_prep || matches!(units[i - 1].cat, Cat::Prep | Cat::Verb))
        {
            let obj = match units[i].en.as_str() {
                "they" => Some("them"),
                "he" => Some("him"),
                "we" => Some("us"),
                "I" => Some("me"),
                "she" => Some("her"),
                _ => None,
            };
            if let Some(o) = obj {
                units[i].en = o.into();
            }
        }
        // The copula agrees with the head of the main subject: `prioritas kami adalah` → `is`.
        if units[i].is_any(&["adalah", "merupakan", "ialah"]) && matches!(units[i].en.as_str(), "is" | "are") {
            let number = agree::main_subject_number(units, i);
            // Backshifted in speech reported in past narrative: `mengatakan bahwa X adalah` → `was`.
            let in_quote = units[..i].iter().filter(|u| is_punct(u, "\"")).count() % 2 == 1;
            units[i].en = agree::be(number, !in_quote && reported(units, i)).into();
            // A plural subject takes a plural predicate noun: `mereka adalah petugas` → `officers`.
            // (`kami adalah negara miskin` stays `a poor country`: `we` is often one body.)
            let we = i > 0 && units[i - 1].cat == Cat::Pron && units[i - 1].en.eq_ignore_ascii_case("we");
            if number == Number::Plural && !we {
                if let Some(next) = units.get_mut(i + 1).filter(|u| u.cat == Cat::Noun && !u.cap && u.poss.is_none()) {
                    next.plural = true;
                }
            }
        } else if i > 0 && matches!(units[i].en.as_str(), "is" | "was") {
            // Agreement of `is` with a plural subject: `kami adalah` → `we are`.
            let p = &units[i - 1];
            let plural = p.plural || matches!(p.en.as_str(), "we" | "they" | "you" | "We" | "They" | "You");
            if plural {
                units[i].en = if units[i].en == "is" { "are".into() } else { "were".into() };
            } else if matches!(p.en.as_str(), "I") && units[i].en == "is" {
                units[i].en = "am".into();
            }
        }
        // A clause-closing `itu` before the verb: `kegiatan yang dibuka pukul 09.00 itu diikuti`.
        if units[i].is_any(&["itu", "tersebut"])
            && i > 0
            && i + 1 < n
            && !matches!(units[i - 1].cat, Cat::Noun | Cat::Punct | Cat::Prep | Cat::Conj)
            && (units[i + 1].cat == Cat::Verb
                || (units[i + 1].is_any(&["sudah", "telah", "akan", "sedang", "belum", "tidak", "masih", "juga"])
                    && units[i.saturating_sub(8)..i].iter().any(|u| u.is("yang"))))
        {
            units[i].en.clear();
        }
        // An adjective closing a verb phrase is its manner: `berlangsung lancar` → `took place smoothly`.
        if units[i].cat == Cat::Adj
            && i > 0
            && units[i - 1].cat == Cat::Verb
            && (i + 1 >= n || matches!(units[i + 1].cat, Cat::Punct | Cat::Conj | Cat::Prep))
            && !units[i - 1].en.split(' ').next().is_some_and(|w| COPULAS.contains(&w))
        {
            if let Some(adv) = adverb(&units[i].en) {
                units[i].en = adv;
            }
        }
        // `pada bulan Juni` / `pada Juli 2023` → `in`; `pada akhir tahun` → `at the end of`.
        if units[i].is("pada") {
            if let Some(next) = units[i + 1..].iter().find(|u| !u.en.is_empty()) {
                if month_alone(&next.en) {
                    units[i].en = "in".into();
                } else if matches!(next.low.split(' ').next(), Some("akhir" | "awal" | "ujung")) {
                    units[i].en = "at".into();
                }
            }
        }
        // `pada tahun 2020` → `in 2020`; `pada tahun lalu` → `last year`.
        if units[i].is("pada") && i + 2 < n && units[i + 1].is("tahun") {
            let year = &units[i + 2];
            if year.cat == Cat::Num && year.low.len() == 4 && year.low.bytes().all(|b| b.is_ascii_digit()) {
                units[i].en = "in".into();
                units[i + 1].en.clear();
            } else if year.is_any(&["ini", "lalu", "depan"]) {
                units[i].en.clear();
            }
        }
        if units[i].is("apakah") && units.iter().any(|u| u.en == "?") && (i == 0 || units[i - 1].cat == Cat::Punct) {
            units[i].en.clear();
        }
        if units[i].cat == Cat::Prep
            && i > 0
            && !units[i].en.is_empty()
            && units[i - 1].en.rsplit(' ').next() == Some(units[i].en.as_str())
        {
            units[i].en.clear();
        }
        if units[i].cat == Cat::Prep && i + 1 < n {
            let next = units[i + 1].en.split(' ').next().unwrap_or("");
            if matches!(next, "at" | "in" | "on" | "during" | "from" | "to" | "for") && units[i + 1].cat != Cat::Prep {
                units[i].en.clear();
            }
        }
    }
}

#[cfg(test)]
mod adverb_tests {
    use super::adverb;

    #[test]
    fn adverbs_only_from_adjectives() {
        assert_eq!(adverb("full").as_deref(), Some("fully"));
        assert_eq!(adverb("smooth").as_deref(), Some("smoothly"));
        assert_eq!(adverb("easy").as_deref(), Some("easily"));
        assert_eq!(adverb("true").as_deref(), Some("truly"));
        assert_eq!(adverb("front"), None);
        assert_eq!(adverb("alert"), None);
        assert_eq!(adverb("management"), None);
    }
}
