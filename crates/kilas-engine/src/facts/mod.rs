//! Key facts: people with roles, organisations, places, dates, figures and quotes, each with
//! its source span, a normalised value and an English rendering.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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
}

impl FactKind {
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
        }
    }
}

/// A normalised value: a number in base units, or text (ISO dates, names).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum FactValue {
    Number(f64),
    Text(String),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
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
    /// Quotes only: false for indirect speech.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direct: Option<bool>,
}
