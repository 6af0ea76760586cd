//! Quantities, money and percentages (`Rp2,5 miliar`, `350 peserta`, `15,3 persen`).

use super::{Fact, FactInput};

/// Quantity, money and percent facts with values in base units.
pub fn extract(fi: &FactInput) -> Vec<Fact> {
    let _ = fi;
    Vec::new()
}
