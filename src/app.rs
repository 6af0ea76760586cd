//! The top-level component: wires the reducer to the panes and keeps the draft saved.

use crate::components::{aligned_view::AlignedView, brief_card::BriefCard, source_pane::SourcePane};
use crate::samples::SAMPLES;
use crate::state::{Action, State};
use crate::storage;
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let (text, date) = storage::load_draft();
        State::restored(text, date)
    });
    let storage_error = use_state(|| None::<String>);

    {
        let storage_error = storage_error.clone();
        use_effect_with((state.text.clone(), state.date.clone()), move |(text, date)| {
            storage_error.set(storage::save_draft(text, date).err());
        });
    }

    let on_text = {
        let s = state.clone();
        Callback::from(move |t: String| s.dispatch(Action::SetText(t)))
    };
    let on_date = {
        let s = state.clone();
        Callback::from(move |d: String| s.dispatch(Action::SetDate(d)))
    };
    let on_sample = {
        let s = state.clone();
        Callback::from(move |i: usize| {
            if let Some(sample) = SAMPLES.get(i) {
                s.dispatch(Action::SetDate(sample.date.to_string()));
                s.dispatch(Action::SetText(sample.text.to_string()));
            }
        })
    };
    let on_clear = {
        let s = state.clone();
        Callback::from(move |()| s.dispatch(Action::Clear))
    };

    html! {
        <main class="app">
            <header class="masthead">
                <h1>{ "Kilas" }</h1>
                <p class="tagline">{ "Indonesian press releases, in English, on your device." }</p>
            </header>
            if let Some(msg) = (*storage_error).clone() {
                <p class="notice" role="alert">{ msg }</p>
            }
            <SourcePane text={state.text.clone()} date={state.date.clone()} {on_text} {on_date} {on_sample} {on_clear} />
            if let Some(a) = state.analysis.clone() {
                <BriefCard analysis={a.clone()} />
                <AlignedView analysis={a} />
            } else {
                <p class="empty">{ "The English brief and the sentence-by-sentence gloss appear here." }</p>
            }
        </main>
    }
}
