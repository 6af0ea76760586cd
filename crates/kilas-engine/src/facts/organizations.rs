//! Organisations and places: glossary, gazetteer and patterns (`Kabupaten X`, `Polres X`).

use super::{Fact, FactInput};

/// Organization and place facts.
pub fn extract(fi: &FactInput) -> Vec<Fact> {
    let _ = fi;
    Vec::new()
}
