//! Key facts: people with roles, organisations, places, dates, figures and quotes, each with
//! its source span, a normalised value and an English rendering; direct quotations (`quote`)
//! and reported speech (`statement`) with their speakers.

mod entities;
mod figures;
mod lexicon;
mod organizations;
mod people;
mod quotes;
mod statements;
mod when;

use crate::date::Date;
use crate::segment::Sentence;
use crate::structure::Structure;
use crate::token::Token;
use serde::{Deserialize, Serialize};

/// Everything the fact extractors may read about one document.
pub struct FactInput<'a> {
    pub input: &'a str,
    pub tokens: &'a [Token],
    /// Sentence units; boilerplate units must never produce facts.
    pub sentences: &'a [Sentence],
    pub structure: &'a Structure,
    /// Publication date for resolving `Rabu (4/9)`, `tahun lalu`.
    pub date: Option<Date>,
}

/// All key facts of a document, ordered by position.
pub fn extract(fi: &FactInput) -> Vec<Fact> {
    let mut facts = Vec::new();
    facts.extend(when::extract(fi));
    facts.extend(figures::extract(fi));
    facts.extend(people::extract(fi));
    facts.extend(organizations::extract(fi));
    facts.extend(quotes::extract(fi));
    facts.sort_by(|a, b| (a.start, a.end, a.kind).cmp(&(b.start, b.end, b.kind)));
    facts
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    Person,
    Organization,
    Place,
    Date,
    Time,
    Duration,
    Quantity,
    Money,
    Percent,
    Quote,
    /// Reported (indirect) speech: `X mengatakan bahwa …`, `Menurut X, …`.
    Statement,
}

impl FactKind {
    pub const ALL: [FactKind; 11] = [
        FactKind::Person,
        FactKind::Organization,
        FactKind::Place,
        FactKind::Date,
        FactKind::Time,
        FactKind::Duration,
        FactKind::Quantity,
        FactKind::Money,
        FactKind::Percent,
        FactKind::Quote,
        FactKind::Statement,
    ];

    /// English label for legends and tables.
    pub fn label(self) -> &'static str {
        match self {
            FactKind::Person => "Person",
            FactKind::Organization => "Organisation",
            FactKind::Place => "Place",
            FactKind::Date => "Date",
            FactKind::Time => "Time",
            FactKind::Duration => "Duration",
            FactKind::Quantity => "Quantity",
            FactKind::Money => "Money",
            FactKind::Percent => "Percent",
            FactKind::Quote => "Quote",
            FactKind::Statement => "Statement",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Person => "person",
            FactKind::Organization => "organization",
            FactKind::Place => "place",
            FactKind::Date => "date",
            FactKind::Time => "time",
            FactKind::Duration => "duration",
            FactKind::Quantity => "quantity",
            FactKind::Money => "money",
            FactKind::Percent => "percent",
            FactKind::Quote => "quote",
            FactKind::Statement => "statement",
        }
    }
}

/// A normalised value: a number in base units, or text (ISO dates, names).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FactValue {
    Number(f64),
    Text(String),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub kind: FactKind,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub en: String,
    pub value: Option<FactValue>,
    pub unit: Option<String>,
    pub speaker: Option<String>,
    pub role: Option<String>,
    /// Quotes and statements: true for a direct quotation (`quote`), false for reported
    /// speech (`statement`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direct: Option<bool>,
}
