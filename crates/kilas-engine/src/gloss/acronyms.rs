//! Acronyms: the English long form with the acronym in parentheses on first mention, the
//! short form afterwards; nothing added when the source already wrote the long form.

use super::GlossContext;
use crate::glossary::{Entry, Pos};

/// Is this entry an acronym the gloss expands (it has an Indonesian expansion and capitals)?
pub fn is_expandable(e: &Entry) -> bool {
    matches!(e.pos, Pos::Acronym) && e.expansion.is_some() && e.form.chars().any(char::is_uppercase)
}

/// The English of an acronym entry in this document, or `None` for other entries.
pub fn render(e: &'static Entry, ctx: &mut GlossContext) -> Option<String> {
    if !is_expandable(e) {
        return None;
    }
    let first = ctx.expanded.insert(e.form);
    let long = e.senses.first().copied().unwrap_or(e.form);
    if ctx.long_form_written || !first || long == e.form {
        Some(e.form.to_string())
    } else {
        Some(format!("{long} ({})", e.form))
    }
}
