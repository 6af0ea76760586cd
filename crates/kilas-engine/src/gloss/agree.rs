//! Subject–verb agreement: which clause a word belongs to, the head of its subject, and
//! whether that subject is plural (`warga dan petugas adalah` → `are`, `prioritas kami
//! adalah` → `is`: the head `prioritas` comes first, `kami` only owns it).

use super::unit::{Cat, Unit};

/// Words that open a new clause inside a sentence.
const CLAUSE_OPENERS: &[&str] = &[
    "bahwa",
    "jika",
    "kalau",
    "apabila",
    "karena",
    "sebab",
    "agar",
    "supaya",
    "sehingga",
    "ketika",
    "saat",
    "setelah",
    "sebelum",
    "meski",
    "meskipun",
    "walaupun",
    "namun",
    "tetapi",
    "tapi",
    "sedangkan",
    "sementara",
    "hingga",
    "sejak",
    "bila",
];

/// Is unit `u` a boundary between clauses? `yang` opens a relative clause, which counts
/// only for verbs inside it (`inner`), not for the verb of the main clause after it.
fn boundary(u: &Unit, inner: bool) -> bool {
    (u.cat == Cat::Punct && !matches!(u.en.as_str(), "-" | "/" | "%" | "'" | "(" | ")"))
        || u.low == "dateline"
        || u.is_any(CLAUSE_OPENERS)
        || (inner && u.is("yang"))
}

/// The index where the clause holding unit `i` starts (the first unit after a boundary).
pub fn clause_start(units: &[Unit], i: usize) -> usize {
    start_of(units, i, true)
}

fn start_of(units: &[Unit], i: usize, inner: bool) -> usize {
    let mut k = i.min(units.len());
    while k > 0 && !boundary(&units[k - 1], inner) {
        k -= 1;
    }
    k
}

/// Active verbs that take a clause as their object (`mencatat 200 siswa telah mendaftar`).
fn embeds(u: &Unit) -> bool {
    u.low.starts_with("me")
        && matches!(
            u.en.split(' ').next().unwrap_or(""),
            "record"
                | "report"
                | "say"
                | "state"
                | "explain"
                | "reveal"
                | "note"
                | "confirm"
                | "estimate"
                | "claim"
                | "stress"
                | "add"
                | "mention"
                | "announce"
                | "assert"
                | "admit"
                | "deny"
        )
}

/// English pronouns that take a plural verb.
fn plural_pronoun(en: &str) -> bool {
    matches!(en, "we" | "they" | "you" | "We" | "They" | "You" | "us" | "them")
}

/// An English noun whose default sense is already plural (`warga` → "residents").
fn plural_sense(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !["ss", "us", "is", "ics"].iter().any(|e| w.ends_with(e))
        && !matches!(w, "news" | "series" | "species" | "means" | "headquarters" | "whereabouts")
        && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// Is this nominal unit plural in English?
pub fn is_plural(u: &Unit) -> bool {
    if u.plural {
        return true;
    }
    let last = u.en.rsplit(' ').next().unwrap_or("");
    plural_pronoun(&u.en)
        || matches!(last, "people" | "police" | "children" | "men" | "women" | "personnel" | "both")
        || (u.cat == Cat::Noun && plural_sense(last))
        || u.is_any(&["keduanya", "ketiganya", "kedua", "mereka"])
}

/// The subject head of the clause that ends before unit `i`: the first nominal of the clause
/// (Indonesian noun phrases put their head first), or `None` when the clause has none.
fn head_of(units: &[Unit], i: usize, inner: bool) -> Option<usize> {
    let start = start_of(units, i, inner);
    // An object-voice agent (`dokumen itu sedang mereka periksa`) is the subject.
    let end = i.min(units.len());
    // (Not for the main clause past a relative one: `bantuan yang kami terima` is about `bantuan`.)
    let agent = (start..end).rev().find(|&k| units[k].low.ends_with(super::voice::AGENT_MARK));
    if let Some(k) = agent.filter(|&k| inner || !units[start..k].iter().any(|u| u.is("yang"))) {
        return Some(k);
    }
    let nominal = |k: &usize| {
        let u = &units[*k];
        matches!(u.cat, Cat::Noun | Cat::Pron | Cat::Name | Cat::Title | Cat::Figure)
            || (u.cat == Cat::Num && u.low.chars().next().is_some_and(|c| c.is_ascii_digit()))
            || u.is_any(&["keduanya", "ketiganya", "semuanya"])
    };
    // A clause embedded without `bahwa` (`mencatat 200 siswa telah mendaftar`): the subject
    // is the first nominal after the last verb.
    let last_verb = (start..end).rev().find(|&k| units[k].cat == Cat::Verb).filter(|&k| embeds(&units[k]));
    last_verb.and_then(|v| (v + 1..end).find(nominal)).or_else(|| (start..end).find(nominal))
}

/// Grammatical person and number of the subject before unit `i`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Number {
    /// `I`
    First,
    Singular,
    Plural,
}

/// The number of the subject of the clause that ends before unit `i` (singular when unsure).
pub fn subject_number(units: &[Unit], i: usize) -> Number {
    number_of(units, i, true)
}

/// The number of the main clause's subject before unit `i`, past any relative clause
/// (`bantuan yang kami terima adalah` → `aid`, not `we`).
pub fn main_subject_number(units: &[Unit], i: usize) -> Number {
    number_of(units, i, false)
}

fn number_of(units: &[Unit], i: usize, inner: bool) -> Number {
    let Some(h) = head_of(units, i, inner) else {
        return Number::Singular;
    };
    let head = &units[h];
    if head.cat == Cat::Pron && head.en == "I" {
        return Number::First;
    }
    // Two subjects joined by `dan`: `warga dan petugas` → plural.
    let coordinated =
        units[h + 1..i.min(units.len())].iter().take_while(|u| !u.is("yang")).any(|u| u.is_any(&["dan", "serta"]));
    // A number before the noun: `3 rumah` (the number is the first nominal).
    let counted = matches!(head.cat, Cat::Num | Cat::Figure)
        && units.get(h + 1).is_some_and(|u| matches!(u.cat, Cat::Noun | Cat::Cls) && (u.plural || is_plural(u)))
        && !matches!(head.low.as_str(), "1" | "satu" | "se");
    if is_plural(head) || coordinated || counted {
        Number::Plural
    } else {
        Number::Singular
    }
}

/// `be` in the present or past, agreeing with `n`.
pub fn be(n: Number, past: bool) -> &'static str {
    match (n, past) {
        (Number::First, false) => "am",
        (Number::Plural, false) => "are",
        (Number::Singular, false) => "is",
        (Number::Plural, true) => "were",
        (_, true) => "was",
    }
}

/// `have` or `has`, agreeing with `n`.
pub fn have(n: Number) -> &'static str {
    if n == Number::Singular {
        "has"
    } else {
        "have"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(en: &str, cat: Cat, low: &str) -> Unit {
        Unit::new(en, 0, 0, cat, low)
    }

    #[test]
    fn head_first_subjects() {
        // `prioritas kami adalah` → the head `priority` is singular.
        let s = vec![u("priority", Cat::Noun, "prioritas"), u("we", Cat::Pron, "kami"), u("is", Cat::Verb, "adalah")];
        assert_eq!(subject_number(&s, 2), Number::Singular);
        let s = vec![u("we", Cat::Pron, "kami"), u("is", Cat::Verb, "adalah")];
        assert_eq!(subject_number(&s, 1), Number::Plural);
        let s = vec![
            u("resident", Cat::Noun, "warga"),
            u("and", Cat::Conj, "dan"),
            u("officer", Cat::Noun, "petugas"),
            u("is", Cat::Verb, "adalah"),
        ];
        assert_eq!(subject_number(&s, 3), Number::Plural);
    }

    #[test]
    fn clauses_start_after_bahwa() {
        let s = vec![
            u("they", Cat::Pron, "mereka"),
            u("said", Cat::Verb, "mengatakan"),
            u("that", Cat::Conj, "bahwa"),
            u("school", Cat::Noun, "sekolah"),
            u("is", Cat::Verb, "adalah"),
        ];
        assert_eq!(clause_start(&s, 4), 3);
        assert_eq!(subject_number(&s, 4), Number::Singular);
        assert_eq!(be(Number::Plural, true), "were");
        assert_eq!(have(Number::Singular), "has");
    }
}
