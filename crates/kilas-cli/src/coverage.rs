//! `kilas coverage`: how much of the text the glossary knows, and what it misses most.

use kilas_engine::Analysis;
use serde::Serialize;
use std::collections::BTreeMap;

/// Word counts over one or more documents.
#[derive(Default)]
pub struct Coverage {
    documents: usize,
    words: usize,
    unknown: usize,
    /// Folded unknown form → count (ordered, so ties break alphabetically).
    forms: BTreeMap<String, usize>,
}

#[derive(Serialize)]
pub struct Report {
    pub documents: usize,
    pub words: usize,
    pub known_words: usize,
    pub unknown_words: usize,
    /// Unknown words per hundred words.
    pub unknown_rate: f64,
    pub top_unknown: Vec<UnknownForm>,
}

#[derive(Serialize)]
pub struct UnknownForm {
    pub form: String,
    pub count: usize,
}

impl Coverage {
    pub fn add(&mut self, a: &Analysis) {
        self.documents += 1;
        self.words += a.stats.words;
        self.unknown += a.stats.unknown_words;
        for t in a.tokens.iter().filter(|t| !t.known) {
            *self.forms.entry(t.text.to_lowercase()).or_insert(0) += 1;
        }
    }

    pub fn report(&self, top: usize) -> Report {
        let mut forms: Vec<(&String, &usize)> = self.forms.iter().collect();
        forms.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        Report {
            documents: self.documents,
            words: self.words,
            known_words: self.words.saturating_sub(self.unknown),
            unknown_words: self.unknown,
            unknown_rate: if self.words == 0 {
                0.0
            } else {
                (10000.0 * self.unknown as f64 / self.words as f64).round() / 100.0
            },
            top_unknown: forms.into_iter().take(top).map(|(f, &c)| UnknownForm { form: f.clone(), count: c }).collect(),
        }
    }

    pub fn render_text(&self, top: usize) -> String {
        let r = self.report(top);
        let mut out = format!(
            "documents: {}\nwords: {}\nunknown: {} ({:.2} %)\n",
            r.documents, r.words, r.unknown_words, r.unknown_rate
        );
        if !r.top_unknown.is_empty() {
            out.push_str("most frequent unknown forms:\n");
            for f in &r.top_unknown {
                out.push_str(&format!("{:>6}  {}\n", f.count, f.form));
            }
        }
        out
    }
}
