//! The English brief: headline, summary sentences, key facts and source line.

use crate::analysis::Analysis;

/// The brief as Markdown that pastes cleanly into mail and chat.
pub fn render_markdown(a: &Analysis) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", headline(a)));
    for &i in &a.summary {
        out.push_str(&format!("- {}\n", a.sentences[i].gloss));
    }
    if let Some(d) = &a.dateline {
        out.push_str(&format!("\nSource: {}", d.place));
        if let Some(agency) = &d.agency {
            out.push_str(&format!(" ({agency})"));
        }
        out.push('\n');
    }
    out
}

/// The brief as plain text.
pub fn render_text(a: &Analysis) -> String {
    let mut out = format!("{}\n\n", headline(a));
    for &i in &a.summary {
        out.push_str(&format!("* {}\n", a.sentences[i].gloss));
    }
    out
}

/// A one-line English headline: the glossed title, else the first summary sentence.
pub fn headline(a: &Analysis) -> String {
    if let Some(s) = a.sentences.iter().find(|s| s.kind == crate::segment::UnitKind::Title) {
        return s.gloss.clone();
    }
    a.summary.first().map(|&i| a.sentences[i].gloss.clone()).unwrap_or_else(|| "(empty document)".to_string())
}
