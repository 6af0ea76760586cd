//! The working unit of the gloss: one source span with its English and what kind of word it is.

use super::irregular;
use super::Chunk;

/// The English word class the rules need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cat {
    Noun,
    Adj,
    Verb,
    Adv,
    Pron,
    Prep,
    Conj,
    Num,
    Det,
    /// Aspect, modality and negation markers (`akan`, `telah`, `tidak`).
    Part,
    Cls,
    /// Titles written before names (`Kepala`, `Direktur`).
    Title,
    /// Proper names, institutions, places, acronyms, codes, unknown capitalised words.
    Name,
    /// Dates, times, money and percentages read by the recognisers.
    Figure,
    Punct,
    Other,
}

/// How a verb's English is finally inflected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VForm {
    Base,
    Past,
    Participle,
    Ing,
    /// Already inflected in the glossary (`attended`, `he said`).
    Fixed,
}

/// One source span and its English.
#[derive(Clone, Debug)]
pub struct Unit {
    /// English (for verbs: the base form until [`Unit::finish`]).
    pub en: String,
    pub start: usize,
    pub end: usize,
    pub known: bool,
    pub alts: Vec<String>,
    pub cat: Cat,
    /// Lower-case Indonesian of the span.
    pub low: String,
    /// The source starts with a capital letter.
    pub cap: bool,
    pub vform: Option<VForm>,
    /// English words put before the unit's English (`was`, `by`, `this`).
    pub pre: String,
    /// English words put after it (`by`).
    pub post: String,
    pub plural: bool,
    /// A possessive (`its`, `their`) owned by this noun.
    pub poss: Option<&'static str>,
    /// A place or country name (modifies a noun from the front: `Wajo Regency`).
    pub place: bool,
    /// An institution, office or acronym (chained with `of the`).
    pub org: bool,
    /// The source text of the span, for names kept verbatim.
    pub src: String,
}

impl Unit {
    /// Read this unit as a name: its source as written, no verb form, number, possessor or
    /// other senses.
    pub fn keep_as_name(&mut self) {
        self.en = self.src.clone();
        self.cat = Cat::Name;
        self.vform = None;
        self.plural = false;
        self.poss = None;
        self.alts.clear();
    }

    pub fn new(en: impl Into<String>, start: usize, end: usize, cat: Cat, low: impl Into<String>) -> Unit {
        Unit {
            en: en.into(),
            start,
            end,
            known: true,
            alts: vec![],
            cat,
            low: low.into(),
            cap: false,
            vform: None,
            pre: String::new(),
            post: String::new(),
            plural: false,
            poss: None,
            place: false,
            org: false,
            src: String::new(),
        }
    }

    pub fn is(&self, low: &str) -> bool {
        self.low == low
    }

    pub fn is_any(&self, lows: &[&str]) -> bool {
        lows.contains(&self.low.as_str())
    }

    pub fn is_nominal(&self) -> bool {
        matches!(self.cat, Cat::Noun | Cat::Name | Cat::Pron | Cat::Title)
    }

    /// The final English of the unit.
    pub fn english(&self) -> String {
        let mut core = match self.vform {
            Some(VForm::Past) => irregular::past(&self.en),
            Some(VForm::Participle) => irregular::participle(&self.en),
            Some(VForm::Ing) => irregular::ing(&self.en),
            _ => self.en.clone(),
        };
        if self.plural {
            core = irregular::plural(&core);
        }
        let mut out = String::new();
        for part in [self.pre.as_str(), self.poss.unwrap_or(""), core.as_str(), self.post.as_str()] {
            if part.is_empty() {
                continue;
            }
            if !out.is_empty() && !part.starts_with('\'') {
                out.push(' ');
            }
            out.push_str(part);
        }
        out
    }

    pub fn into_chunk(self) -> Chunk {
        let en = self.english();
        Chunk { en, start: self.start, end: self.end, known: self.known, alternatives: self.alts }
    }
}
