//! Organisations and places: glossary, gazetteer and patterns (`Kabupaten X`, `Polres X`).
//!
//! One fact per distinct surface form (compared without case and punctuation), at its first
//! mention.

use super::entities::{self, MentionKind};
use super::{Fact, FactInput, FactKind, FactValue};
use crate::normalize::key;
use std::collections::HashSet;

/// Organization and place facts.
pub fn extract(fi: &FactInput) -> Vec<Fact> {
    let mut seen = HashSet::new();
    // Words of the institutions named so far, for lone short forms.
    let mut org_words: HashSet<String> = HashSet::new();
    let mut out = Vec::new();
    for m in entities::find(fi) {
        let kind = match m.kind {
            MentionKind::Organization => FactKind::Organization,
            MentionKind::Place => FactKind::Place,
            MentionKind::Person => continue,
        };
        let Some(text) = fi.input.get(m.start..m.end) else { continue };
        let norm: String = key(text).chars().filter(|c| c.is_alphanumeric()).collect();
        if norm.is_empty() || !seen.insert(norm) {
            continue;
        }
        // A lone short form of an institution already named in full (`BPBD` after
        // `Badan … (BPBD) Aceh Utara`) is the same institution.
        if kind == FactKind::Organization && !text.contains(' ') && org_words.contains(text) {
            continue;
        }
        if kind == FactKind::Organization {
            org_words.extend(text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string));
        }
        out.push(Fact {
            kind,
            start: m.start,
            end: m.end,
            text: text.to_string(),
            en: m.en.clone(),
            value: Some(FactValue::Text(m.en)),
            unit: None,
            speaker: None,
            role: None,
            direct: None,
        });
    }
    out
}
