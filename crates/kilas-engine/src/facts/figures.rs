//! Quantities, money and percentages (`Rp2,5 miliar`, `350 peserta`, `15,3 persen`).

use super::when::{items, to_fact};
use super::{Fact, FactInput};
use crate::recognize::ItemKind;

/// Quantity, money and percent facts with values in base units (ranges give their lower
/// bound). The English comes from the recogniser: markers keep their meaning (`sedikitnya` →
/// "at least") and counted nouns read in English (`puluhan calon` → "dozens of candidates").
pub fn extract(fi: &FactInput) -> Vec<Fact> {
    items(fi)
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Quantity | ItemKind::Money | ItemKind::Percent))
        .map(|i| to_fact(fi, i))
        .collect()
}
