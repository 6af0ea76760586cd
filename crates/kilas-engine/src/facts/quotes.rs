//! Quotations with their speakers, direct and indirect.

use super::{Fact, FactInput};

/// Quote facts; `found` holds the facts found so far (persons for speaker resolution).
pub fn extract(fi: &FactInput, found: &[Fact]) -> Vec<Fact> {
    let _ = (fi, found);
    Vec::new()
}
