//! The Indonesian input: textarea (type, paste, or drop a file on the pane), file picker with
//! plain-words errors, samples, date, counts and the "does not look Indonesian" notice.

use crate::file_text;
use crate::samples::SAMPLES;
use kilas_engine::language::LanguageCheck;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcePaneProps {
    pub text: AttrValue,
    pub date: AttrValue,
    pub language: Option<LanguageCheck>,
    pub busy: bool,
    pub on_text: Callback<String>,
    pub on_date: Callback<String>,
    /// A whole new document: (text, publication date if known, what it is: a file name).
    pub on_load: Callback<(String, Option<String>, String)>,
    pub on_clear: Callback<()>,
}

/// Read a dropped or chosen file as text; HTML becomes plain text (never markup). Problems
/// go to `on_error` as plain words.
fn read_file(file: File, on_load: Callback<(String, Option<String>, String)>, on_error: Callback<Option<String>>) {
    let name = file.name();
    if let Err(e) = file_text::check_before_reading(&name, file.size()) {
        on_error.emit(Some(e));
        return;
    }
    spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                match file_text::decode(&name, &bytes) {
                    Ok(text) => {
                        on_error.emit(None);
                        on_load.emit((text, None, name));
                    }
                    Err(e) => on_error.emit(Some(e)),
                }
            }
            Err(_) => on_error.emit(Some(format!(
                "{name} could not be read (it may have been moved, or the browser was not allowed to read it). Try again, or paste its text."
            ))),
        }
    });
}

#[function_component(SourcePane)]
pub fn source_pane(props: &SourcePaneProps) -> Html {
    let on_input = props.on_text.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let on_date = props.on_date.reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    let file_error = use_state(|| None::<String>);
    let dragging = use_state(|| false);
    let on_error = {
        let file_error = file_error.clone();
        Callback::from(move |e: Option<String>| file_error.set(e))
    };
    let on_file = {
        let (on_load, on_error) = (props.on_load.clone(), on_error.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read_file(file, on_load.clone(), on_error.clone());
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let (on_load, on_error, dragging) = (props.on_load.clone(), on_error.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            dragging.set(false);
            let file = e.data_transfer().and_then(|dt| dt.files()).and_then(|f| f.get(0));
            if let Some(file) = file {
                e.prevent_default();
                read_file(file, on_load.clone(), on_error.clone());
            }
        })
    };
    // Only a drag that carries files lights up the pane (dragged text drops as usual).
    let carries_files = |e: &DragEvent| e.data_transfer().is_some_and(|dt| dt.types().includes(&"Files".into(), 0));
    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if carries_files(&e) && !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let dismiss_error = {
        let file_error = file_error.clone();
        Callback::from(move |_: MouseEvent| file_error.set(None))
    };
    let on_sample = |i: usize| {
        let (on_load, file_error) = (props.on_load.clone(), file_error.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = SAMPLES.get(i) {
                file_error.set(None);
                on_load.emit((s.text.to_string(), Some(s.date.to_string()), format!("the sample “{}”", s.short)));
            }
        })
    };
    let words = props.text.split_whitespace().count();
    let chars = props.text.chars().count();
    let notice = props.language.filter(|l| !l.looks_indonesian).map(|l| {
        format!(
            "This does not look like Indonesian: only {:.0} % of its words are common Indonesian words. Kilas reads Indonesian only, so the English below may be nonsense.",
            l.marker_share * 100.0
        )
    });
    html! {
        <section class={classes!("source-pane", dragging.then_some("dragging"))} aria-label="Indonesian text"
            ondrop={on_drop} ondragover={on_dragover} ondragleave={on_dragleave}>
            <div class="pane-head">
                <label for="source" class="pane-label">{ "Indonesian text" }</label>
                <span class="counts" aria-live="polite">
                    { format!("{words} words · {chars} characters") }
                    if props.busy { <span class="busy" role="status">{ " · analysing…" }</span> }
                </span>
            </div>
            <textarea id="source" data-testid="source" value={props.text.clone()} oninput={on_input}
                spellcheck="false"
                placeholder="Paste an Indonesian press release here — ANTARA wire copy, a ministry or police release — or drop a .txt or .html file. Kilas glosses it into English as you type; nothing leaves this device." />
            if let Some(e) = (*file_error).clone() {
                <p class="notice error" role="alert" data-testid="file-error">{ e }
                    { " " }<button type="button" class="link" onclick={dismiss_error}>{ "Dismiss" }</button></p>
            }
            if let Some(n) = notice {
                <p class="notice" role="status" data-testid="language-notice">{ n }</p>
            }
            <div class="source-tools">
                <label class="field">{ "Published " }
                    <input type="date" data-testid="date" value={props.date.clone()} onchange={on_date} />
                </label>
                <label class="button file-button">{ "Open file…" }
                    <input type="file" data-testid="open-file" accept=".txt,.html,.htm,.md,text/plain,text/html,text/markdown"
                        onchange={on_file} class="visually-hidden" />
                </label>
                <button type="button" onclick={on_clear}>{ "Clear" }</button>
                <span class="samples" role="group" aria-label="Sample articles">
                    <span class="muted">{ "Samples:" }</span>
                    { for SAMPLES.iter().enumerate().map(|(i, s)| html! {
                        <button type="button" class="sample" onclick={on_sample(i)} title={s.label}>{ s.short }</button>
                    }) }
                </span>
            </div>
        </section>
    }
}
