//! Dates, clock times and durations (`Rabu (4/9)`, `pukul 09.00 WITA`, `tiga hari`).

use super::{Fact, FactInput};

/// Date, time and duration facts with ISO values.
pub fn extract(fi: &FactInput) -> Vec<Fact> {
    let _ = fi;
    Vec::new()
}
