//! Quantities, money and percentages (`Rp2,5 miliar`, `350 peserta`, `15,3 persen`).

use super::when::{items, to_fact};
use super::{Fact, FactInput, FactKind, FactValue};
use crate::gloss::irregular::plural;
use crate::glossary::{glossary, Pos};
use crate::recognize::ItemKind;

/// Quantity, money and percent facts with values in base units (ranges give their lower
/// bound; `sekitar`, `lebih dari`, `hampir` show in the English rendering as "about").
pub fn extract(fi: &FactInput) -> Vec<Fact> {
    items(fi)
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Quantity | ItemKind::Money | ItemKind::Percent))
        .map(|i| to_fact(fi, i))
        .map(counted_in_english)
        .collect()
}

/// The counted noun in English: `puluhan calon` is "dozens of candidates", `tiga rumah`
/// "three houses". The recogniser names only measure units in English and leaves other nouns
/// as written; the glossary's first noun sense replaces them, plural unless the count is one.
fn counted_in_english(mut f: Fact) -> Fact {
    if f.kind != FactKind::Quantity {
        return f;
    }
    let Some(noun) = f.unit.clone() else { return f };
    // Only a noun still as written in the source (English units are already translated).
    let written = f.text.split_whitespace().last().is_some_and(|w| w.eq_ignore_ascii_case(&noun));
    if !written || noun.is_empty() || !f.en.ends_with(noun.as_str()) {
        return f;
    }
    let Some(sense) = glossary()
        .lookup_key(&noun.to_lowercase())
        .iter()
        .find(|e| matches!(e.pos, Pos::Noun | Pos::Classifier))
        .and_then(|e| e.senses.first().copied())
    else {
        return f;
    };
    let one = matches!(f.value, Some(FactValue::Number(n)) if n == 1.0);
    let en = if one { sense.to_string() } else { plural(sense) };
    f.en = format!("{}{en}", &f.en[..f.en.len() - noun.len()]);
    f.unit = Some(en);
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quantity(text: &str, en: &str, unit: &str, value: f64) -> Fact {
        Fact {
            kind: FactKind::Quantity,
            start: 0,
            end: text.len(),
            text: text.into(),
            en: en.into(),
            value: Some(FactValue::Number(value)),
            unit: Some(unit.into()),
            speaker: None,
            role: None,
            direct: None,
        }
    }

    #[test]
    fn counted_nouns_in_english() {
        let f = counted_in_english(quantity("puluhan calon", "dozens of calon", "calon", 10.0));
        assert_eq!(f.en, "dozens of candidates");
        assert_eq!(f.unit.as_deref(), Some("candidates"));
        let f = counted_in_english(quantity("tiga rumah", "three rumah", "rumah", 3.0));
        assert_eq!(f.en, "three houses");
        let f = counted_in_english(quantity("satu sekolah", "one sekolah", "sekolah", 1.0));
        assert_eq!(f.en, "one school");
        // Already English: unchanged.
        let f = counted_in_english(quantity("350 peserta", "350 people", "people", 350.0));
        assert_eq!(f.en, "350 people");
    }
}
