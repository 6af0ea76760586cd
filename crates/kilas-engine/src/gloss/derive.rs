//! English from Indonesian derivations: the morphology's class of a word applied to the
//! English of its root (`di-` → past participle, `peN-…-an` → noun, reduplication → plural).

use super::irregular;
use super::unit::{Cat, VForm};
use crate::glossary::{Entry, Pos};
use crate::morph::{Derivation, WordAnalysis};

/// English, word class and verb form for a derived word whose root entry is `root`.
pub struct Derived {
    pub en: String,
    pub cat: Cat,
    pub vform: Option<VForm>,
    pub plural: bool,
    pub poss: Option<&'static str>,
}

const ORDINALS: &[(&str, &str)] = &[
    ("dua", "second"),
    ("tiga", "third"),
    ("empat", "fourth"),
    ("lima", "fifth"),
    ("enam", "sixth"),
    ("tujuh", "seventh"),
    ("delapan", "eighth"),
    ("sembilan", "ninth"),
    ("sepuluh", "tenth"),
    ("satu", "first"),
];

fn first_sense(e: &Entry) -> &'static str {
    e.senses.first().copied().unwrap_or("")
}

/// The English of a word from its analysis and root entry.
pub fn derive(a: &WordAnalysis, root: &Entry) -> Derived {
    let sense = first_sense(root);
    let verbish = matches!(root.pos, Pos::Verb);
    let adj = matches!(root.pos, Pos::Adjective);
    let poss = a.classes.contains(&Derivation::Possessive).then_some("its");
    let mut d =
        Derived { en: sense.to_string(), cat: super::lookup::cat_of(root), vform: None, plural: false, poss: None };
    match a.class {
        Derivation::Passive => {
            d.cat = Cat::Verb;
            d.vform = Some(VForm::Participle);
        }
        Derivation::Active | Derivation::Causative | Derivation::Applicative | Derivation::Iterative => {
            d.cat = Cat::Verb;
            d.vform = Some(VForm::Base);
            if adj && a.class == Derivation::Causative {
                d.en = format!("make {sense}");
            }
        }
        Derivation::Intransitive | Derivation::Reciprocal => {
            if verbish {
                d.cat = Cat::Verb;
                d.vform = Some(VForm::Base);
            } else if adj {
                d.cat = Cat::Adj;
            } else {
                d.cat = Cat::Verb;
                d.en = format!("have {sense}");
                d.vform = Some(VForm::Base);
            }
        }
        Derivation::Stative => {
            if adj {
                d.en = format!("most {sense}");
                d.cat = Cat::Adj;
            } else {
                d.cat = Cat::Verb;
                d.vform = Some(VForm::Participle);
            }
        }
        Derivation::Superlative => {
            d.en = format!("most {sense}");
            d.cat = Cat::Adj;
        }
        Derivation::Nominal => {
            d.cat = Cat::Noun;
            if verbish {
                d.en = irregular::ing(sense);
            }
        }
        Derivation::Agentive => {
            d.cat = Cat::Noun;
            if verbish && !sense.contains(' ') {
                d.en = if sense.ends_with('e') { format!("{sense}r") } else { format!("{sense}er") };
            }
        }
        Derivation::Plural => {
            d.plural = matches!(d.cat, Cat::Noun);
        }
        Derivation::Ordinal => {
            if let Some((_, o)) = ORDINALS.iter().find(|(n, _)| *n == a.root) {
                d.en = o.to_string();
                d.cat = Cat::Adj;
            }
        }
        Derivation::Equative => {
            if adj {
                d.en = format!("as {sense} as");
                d.cat = Cat::Prep;
            } else {
                d.en = format!("one {sense}");
            }
        }
        Derivation::Adverbial => {
            d.cat = Cat::Adv;
            if adj && !sense.contains(' ') {
                if let Some(a) = super::clause::adverb(sense) {
                    d.en = a;
                }
            }
        }
        Derivation::Loanword => {
            if let Some(en) = &a.english {
                d.en = en.clone();
            }
        }
        Derivation::Plain | Derivation::Possessive => {}
    }
    // Function words keep their class whatever the affixes (`terus menerus` → `continuously`).
    if matches!(root.pos, Pos::Adverb | Pos::Conjunction | Pos::Preposition | Pos::Particle) && d.cat == Cat::Verb {
        d.cat = super::lookup::cat_of(root);
        d.vform = None;
        d.en = sense.to_string();
    }
    if matches!(d.cat, Cat::Noun) {
        d.poss = poss;
    } else if poss.is_some() && d.cat == Cat::Verb {
        d.en = format!("{} it", d.en);
    }
    d
}
