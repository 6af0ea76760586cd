//! The app state and every change to it, in one reducer.

use kilas_engine::{analyze, Analysis, Date, Options};
use std::rc::Rc;
use yew::Reducible;

/// A finished analysis, shared by the components; equal only to itself (cheap prop checks).
#[derive(Clone, Debug)]
pub struct Shared(pub Rc<Analysis>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Shared {
    type Target = Analysis;
    fn deref(&self) -> &Analysis {
        &self.0
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    /// The Indonesian text as typed or pasted.
    pub text: String,
    /// Publication date field (`YYYY-MM-DD`), used to resolve `Rabu (4/9)`.
    pub date: String,
    /// Result of the last analysis of `text`.
    pub analysis: Option<Shared>,
}

pub enum Action {
    SetText(String),
    SetDate(String),
    Clear,
}

impl State {
    /// Start from a restored draft.
    pub fn restored(text: String, date: String) -> State {
        let mut s = State { text, date, analysis: None };
        s.reanalyze();
        s
    }

    fn reanalyze(&mut self) {
        self.analysis = if self.text.trim().is_empty() {
            None
        } else {
            let options = Options { date: Date::parse_iso(&self.date), ..Options::default() };
            Some(Shared(Rc::new(analyze(&self.text, &options))))
        };
    }
}

impl PartialEq for Action {
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetText(t) => next.text = t,
            Action::SetDate(d) => next.date = d,
            Action::Clear => next.text.clear(),
        }
        next.reanalyze();
        Rc::new(next)
    }
}
