//! People: names with their roles (titles and degrees stripped from the name).

use super::{Fact, FactInput};

/// Person facts.
pub fn extract(fi: &FactInput) -> Vec<Fact> {
    let _ = fi;
    Vec::new()
}
