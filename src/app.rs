//! The top-level component: wires the reducer to the panes, saves the draft, debounces long
//! texts and sends them to the analysis worker, and handles the keyboard shortcuts
//! (Ctrl+Enter, Ctrl+Shift+C).

use crate::browser;
use crate::components::{
    aligned_view::AlignedView, brief_card::BriefCard, settings_bar::SettingsBar, source_pane::SourcePane,
    terms_panel::TermsPanel,
};
use crate::settings::Settings;
use crate::state::{Action, State};
use crate::storage;
use crate::worker::{Analyser, Job, Reply};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use kilas_engine::brief;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Pause in typing after which a long text is analysed.
const DEBOUNCE_MS: u32 = 300;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let (text, date) = storage::load_draft();
        State::restored(text, date, Settings::from_storage(&storage::load_settings()), storage::load_terms())
    });
    let storage_error = use_state(|| None::<String>);
    // The analysis worker, started with the first long text (most pastes are short and never
    // need it); `Some(None)` where it cannot start: then all analysis runs here.
    let analyser = use_mut_ref(|| None::<Option<Rc<Analyser>>>);

    // Keep the draft and settings saved; show storage problems, never fail on them.
    {
        let storage_error = storage_error.clone();
        let settings = state.settings.to_storage();
        use_effect_with((state.text.clone(), state.date.clone(), settings), move |(text, date, settings)| {
            let result = storage::save(text, date, settings).err();
            if *storage_error != result {
                storage_error.set(result);
            }
        });
    }
    // Keep the terms saved (a failure shows like a draft's).
    {
        let storage_error = storage_error.clone();
        use_effect_with(state.terms_text.clone(), move |terms| {
            if let Err(e) = storage::save_terms(terms) {
                storage_error.set(Some(e));
            }
        });
    }
    // A loaded document replaced a draft: keep that draft in storage too, beside the notice.
    use_effect_with(state.undo.clone(), |undo| {
        if let Some(u) = undo.as_ref().filter(|u| !u.restored) {
            storage::save_previous(&u.text, &u.date);
        }
    });
    // The page's static introduction (index.html, painted before the wasm loads) shows only
    // while there is nothing to analyse.
    use_effect_with(state.analysis.is_some(), |has_analysis| browser::set_hidden("intro", *has_analysis));
    // Theme and text size on the root element.
    use_effect_with((state.settings.theme, state.settings.text_size), |(theme, size)| {
        browser::apply_appearance(theme.name(), size.name());
    });
    // Long texts: analyse after a pause in typing (the timeout is cancelled when dropped), in
    // the worker when there is one; its answer comes back as `Action::Analysed`.
    {
        let s = state.clone();
        let analyser = analyser.clone();
        use_effect_with((state.stale, state.revision), move |(stale, _)| {
            let timer = stale.then(|| {
                Timeout::new(DEBOUNCE_MS, move || {
                    let job = Job {
                        id: s.revision,
                        text: s.text.clone(),
                        date: s.date.clone(),
                        summary_sentences: s.settings.summary_sentences,
                        terms: s.terms_text.clone(),
                    };
                    let worker = analyser
                        .borrow_mut()
                        .get_or_insert_with(|| {
                            let (d, fallback) = (s.dispatcher(), s.dispatcher());
                            Analyser::start(
                                move |r: Reply| {
                                    d.dispatch(Action::Analysed { revision: r.id, analysis: Rc::new(r.analysis) })
                                },
                                move |_| fallback.dispatch(Action::Fallback),
                            )
                        })
                        .clone();
                    let sent = worker.is_some_and(|a| a.submit(&job));
                    if !sent {
                        s.dispatch(Action::Analyze);
                    }
                })
            });
            move || drop(timer)
        });
    }
    // Un-flash a sentence row after the animation.
    {
        let s = state.clone();
        use_effect_with(state.flash, move |flash| {
            let timer = flash.map(|_| Timeout::new(1600, move || s.dispatch(Action::Flash(None))));
            move || drop(timer)
        });
    }
    // Keyboard shortcuts.
    {
        let s = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "keydown", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    if e.ctrl_key() && e.key() == "Enter" {
                        e.prevent_default();
                        s.dispatch(Action::Analyze);
                    } else if e.ctrl_key() && e.shift_key() && e.key().eq_ignore_ascii_case("c") {
                        e.prevent_default();
                        s.dispatch(Action::Analyze);
                        if let Some(a) = &s.analysis {
                            browser::copy_text(&brief::render_markdown(a));
                            s.dispatch(Action::Status(Some("Brief copied as Markdown.".into())));
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }

    let dispatch = |f: fn(String) -> Action| {
        let s = state.clone();
        Callback::from(move |v: String| s.dispatch(f(v)))
    };
    let on_load = {
        let s = state.clone();
        Callback::from(move |(text, date, label): (String, Option<String>, String)| {
            s.dispatch(Action::Load { text, date, label })
        })
    };
    let on_terms = {
        let s = state.clone();
        Callback::from(move |t: String| s.dispatch(Action::SetTerms(t)))
    };
    let on_swap = {
        let s = state.clone();
        Callback::from(move |_: MouseEvent| s.dispatch(Action::SwapDraft))
    };
    let on_dismiss_undo = {
        let s = state.clone();
        Callback::from(move |_: MouseEvent| s.dispatch(Action::DismissUndo))
    };
    // How many of the terms occur in the text (for the panel's count line).
    let terms_used = {
        let mut used: Vec<usize> =
            state.terms.find(&state.text, 0, state.text.len()).into_iter().map(|m| m.term).collect();
        used.sort_unstable();
        used.dedup();
        used.len()
    };
    let on_clear = {
        let s = state.clone();
        Callback::from(move |()| s.dispatch(Action::Clear))
    };
    let on_status = {
        let s = state.clone();
        Callback::from(move |m: String| s.dispatch(Action::Status(Some(m))))
    };
    let on_settings = {
        let s = state.clone();
        Callback::from(move |x: Settings| s.dispatch(Action::SetSettings(x)))
    };
    let on_toggle_kind = {
        let s = state.clone();
        Callback::from(move |k| s.dispatch(Action::ToggleKind(k)))
    };
    let on_toggle_collapse = {
        let s = state.clone();
        Callback::from(move |()| {
            let mut next = s.settings.clone();
            next.collapse_boilerplate = !next.collapse_boilerplate;
            s.dispatch(Action::SetSettings(next));
        })
    };
    let on_fact = {
        let s = state.clone();
        Callback::from(move |start: usize| {
            let Some(a) = &s.analysis else { return };
            if let Some(i) = a.sentences.iter().position(|x| x.start <= start && start < x.end.max(x.start + 1)) {
                browser::scroll_to(&format!("row-{i}"));
                s.dispatch(Action::Flash(Some(i)));
            }
        })
    };

    html! {
        <main class="app">
            <header class="masthead">
                <h1>{ "Kilas" }</h1>
                <p class="tagline">{ "Indonesian press releases, in English, on your device." }</p>
                <SettingsBar settings={state.settings.clone()} on_change={on_settings} />
            </header>
            if let Some(msg) = (*storage_error).clone() {
                <p class="notice" role="alert">{ msg }</p>
            }
            <p class="status" role="status" aria-live="polite">{ state.status.clone().unwrap_or_default() }</p>
            <SourcePane text={state.text.clone()} date={state.date.clone()} language={state.language}
                busy={state.stale} on_text={dispatch(Action::SetText)} on_date={dispatch(Action::SetDate)}
                {on_load} {on_clear} />
            if let Some(u) = state.undo.clone() {
                <p class="notice undo" role="status" data-testid="undo-notice">
                    if u.restored {
                        { "Your previous text is back." }{ " " }
                        <button type="button" class="link" data-testid="undo-load" onclick={on_swap}>{ format!("Show {} again", u.label) }</button>
                    } else {
                        { format!("Opened {}. Your previous text was kept.", u.label) }{ " " }
                        <button type="button" class="link" data-testid="undo-load" onclick={on_swap}>{ "Undo" }</button>
                    }
                    <button type="button" class="link dismiss" aria-label="Dismiss" onclick={on_dismiss_undo}>{ "×" }</button>
                </p>
            }
            <TermsPanel text={state.terms_text.clone()} count={state.terms.len()} used={terms_used} on_change={on_terms} />
            if let Some(a) = state.analysis.clone() {
                <BriefCard analysis={a.clone()} {on_fact} {on_status} />
                <AlignedView analysis={a} hidden_kinds={Rc::new(state.settings.hidden_kinds.clone())}
                    show_alternatives={state.settings.show_alternatives} collapse_boilerplate={state.settings.collapse_boilerplate}
                    flash={state.flash} terms={state.terms.clone()} {on_toggle_kind} {on_toggle_collapse} />
            }
        </main>
    }
}
