//! Dates, clock times and durations (`Rabu (4/9)`, `pukul 09.00 WITA`, `tiga hari`).

use super::{Fact, FactInput, FactKind, FactValue};
use crate::recognize::{latest_full_date, recognize_range, Context, Item, ItemKind, Value, View};

/// Every recognised item of the content units (boilerplate and titles skipped), in order.
/// Relative dates resolve against the publication date, or the latest full date in the text.
pub(super) fn items(fi: &FactInput) -> Vec<Item> {
    let v = View::new(fi.input, fi.tokens);
    let content = || fi.sentences.iter().filter(|s| !s.is_boilerplate());
    let anchor = fi.date.or_else(|| content().filter_map(|s| latest_full_date(&v, s.first_token, s.end_token)).max());
    let mut ctx = Context { anchor, ..Context::default() };
    content().flat_map(|s| recognize_range(&v, s.first_token, s.end_token, &mut ctx)).collect()
}

/// Turn a recognised item into a fact.
pub(super) fn to_fact(fi: &FactInput, item: &Item) -> Fact {
    let kind = match item.kind {
        ItemKind::Date => FactKind::Date,
        ItemKind::Time => FactKind::Time,
        ItemKind::Duration => FactKind::Duration,
        ItemKind::Money => FactKind::Money,
        ItemKind::Percent => FactKind::Percent,
        ItemKind::Quantity => FactKind::Quantity,
    };
    let value = match &item.value {
        Value::Number(n) => FactValue::Number(*n),
        Value::Iso(s) => FactValue::Text(s.clone()),
    };
    Fact {
        kind,
        start: item.start,
        end: item.end,
        text: fi.input.get(item.start..item.end).unwrap_or("").to_string(),
        en: item.en.clone(),
        value: Some(value),
        unit: item.unit.clone(),
        speaker: None,
        role: None,
        direct: None,
    }
}

/// Date, time and duration facts with ISO values.
pub fn extract(fi: &FactInput) -> Vec<Fact> {
    items(fi)
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Date | ItemKind::Time | ItemKind::Duration))
        .map(|i| to_fact(fi, i))
        .collect()
}
