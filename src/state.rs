//! The app state and every change to it, in one reducer.

use crate::settings::Settings;
use kilas_engine::analysis::analyze_with_terms;
use kilas_engine::facts::FactKind;
use kilas_engine::language::{check, LanguageCheck};
use kilas_engine::terms::Terms;
use kilas_engine::{Analysis, Date, Options};
use std::rc::Rc;
use yew::Reducible;

/// Texts up to this many bytes are analysed on every keystroke; longer ones after a pause,
/// in the analysis worker when there is one (see [`crate::worker`]).
pub const INSTANT_LIMIT: usize = 6_000;

/// A finished analysis with the text it was made from; equal only to itself, so props
/// comparisons stay cheap however long the document.
#[derive(Clone, Debug)]
pub struct Shared {
    pub analysis: Rc<Analysis>,
    pub text: Rc<str>,
}

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
    }
}

impl std::ops::Deref for Shared {
    type Target = Analysis;
    fn deref(&self) -> &Analysis {
        &self.analysis
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The Indonesian text as typed or pasted.
    pub text: String,
    /// Publication date field (`YYYY-MM-DD`), used to resolve `Rabu (4/9)`.
    pub date: String,
    pub settings: Settings,
    /// Result of the last analysis (of `text`, unless `stale`).
    pub analysis: Option<Shared>,
    /// The text changed since the last analysis (a long text waits for a pause in typing,
    /// then for the worker).
    pub stale: bool,
    /// Bumped whenever the input of the analysis changes: a worker's answer for an older
    /// revision is dropped.
    pub revision: u64,
    pub language: Option<LanguageCheck>,
    /// A sentence row to flash after a click on a fact in the brief.
    pub flash: Option<usize>,
    /// A transient status line ("Copied", "Saved").
    pub status: Option<String>,
    /// The personal terms list as typed, and parsed.
    pub terms_text: String,
    pub terms: Rc<Terms>,
    /// The draft a loaded document replaced, restorable from the notice.
    pub undo: Option<Undo>,
}

/// The other of two drafts after a load: what [`Action::SwapDraft`] brings back.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub text: String,
    pub date: String,
    /// What was loaded (`report.txt`, `the sample`).
    pub label: String,
    /// The previous draft is showing again (the notice then offers the loaded one back).
    pub restored: bool,
}

pub enum Action {
    SetText(String),
    /// Replace the text and date at once (a sample or an opened file, named by `label`);
    /// a non-empty draft it replaces stays restorable.
    Load {
        text: String,
        date: Option<String>,
        label: String,
    },
    /// Swap the current text with the one a load replaced (undo, and back again).
    SwapDraft,
    /// Forget the undo notice.
    DismissUndo,
    SetTerms(String),
    SetDate(String),
    /// Analyse now, on the main thread.
    Analyze,
    /// A worker's analysis of the text at `revision` (ignored if the text changed since).
    Analysed {
        revision: u64,
        analysis: Rc<Analysis>,
    },
    /// The worker failed: analyse on the main thread if an analysis is due.
    Fallback,
    SetSettings(Settings),
    ToggleKind(FactKind),
    Clear,
    Flash(Option<usize>),
    Status(Option<String>),
}

impl State {
    /// Start from a restored draft and settings.
    pub fn restored(text: String, date: String, settings: Settings, terms_text: String) -> State {
        let terms = Rc::new(Terms::parse(&terms_text));
        let mut s = State {
            terms_text,
            terms,
            undo: None,
            text,
            date,
            settings,
            analysis: None,
            stale: false,
            revision: 0,
            language: None,
            flash: None,
            status: None,
        };
        s.refresh();
        s
    }

    /// The input changed: analyse a short text now, mark a long one for later (the app
    /// analyses it after a pause in typing, off the main thread when it can).
    fn refresh(&mut self) {
        self.revision += 1;
        if self.text.len() <= INSTANT_LIMIT {
            self.reanalyze();
        } else {
            self.stale = true;
        }
    }

    /// The options the analysis of this state uses.
    pub fn options(&self) -> Options {
        Options { date: Date::parse_iso(&self.date), summary_sentences: self.settings.summary_sentences }
    }

    fn reanalyze(&mut self) {
        self.stale = false;
        if self.text.trim().is_empty() {
            self.analysis = None;
            self.language = None;
            return;
        }
        self.language = Some(check(&self.text));
        self.analysis = Some(Shared {
            analysis: Rc::new(analyze_with_terms(&self.text, &self.options(), &self.terms)),
            text: Rc::from(self.text.as_str()),
        });
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.status = None;
        match action {
            Action::SetText(t) => {
                next.text = t;
                next.refresh();
            }
            Action::Load { text, date, label } => {
                let old_text = std::mem::replace(&mut next.text, text);
                let old_date = next.date.clone();
                if let Some(d) = date {
                    next.date = d;
                }
                next.undo = (!old_text.trim().is_empty() && old_text != next.text).then_some(Undo {
                    text: old_text,
                    date: old_date,
                    label,
                    restored: false,
                });
                next.refresh();
            }
            Action::SwapDraft => {
                let Some(undo) = next.undo.take() else { return self };
                let text = std::mem::replace(&mut next.text, undo.text);
                let date = std::mem::replace(&mut next.date, undo.date);
                next.undo = Some(Undo { text, date, label: undo.label, restored: !undo.restored });
                next.refresh();
            }
            Action::DismissUndo => next.undo = None,
            Action::SetTerms(t) => {
                let terms = Terms::parse(&t);
                next.terms_text = t;
                if terms != *next.terms {
                    next.terms = Rc::new(terms);
                    next.refresh();
                }
            }
            Action::SetDate(d) => {
                next.date = d;
                next.refresh();
            }
            Action::Analyze => next.reanalyze(),
            Action::Analysed { revision, analysis } => {
                if revision != next.revision || !next.stale {
                    return self;
                }
                // A background answer leaves the status line alone.
                next.status = self.status.clone();
                next.stale = false;
                next.language = Some(check(&next.text));
                next.analysis = Some(Shared { analysis, text: Rc::from(next.text.as_str()) });
            }
            Action::Fallback => {
                if !next.stale {
                    return self;
                }
                next.reanalyze();
            }
            Action::SetSettings(s) => {
                let resummarise = s.summary_sentences != next.settings.summary_sentences;
                next.settings = s;
                if resummarise {
                    next.refresh();
                }
            }
            Action::ToggleKind(k) => {
                let hidden = &mut next.settings.hidden_kinds;
                if let Some(i) = hidden.iter().position(|h| *h == k) {
                    hidden.remove(i);
                } else {
                    hidden.push(k);
                }
            }
            Action::Clear => {
                next.text.clear();
                next.refresh();
            }
            Action::Flash(i) => next.flash = i,
            Action::Status(s) => next.status = s,
        }
        Rc::new(next)
    }
}
