//! The Indonesian input: textarea (type, paste or drop a file), file picker, samples, date,
//! counts and the "does not look Indonesian" notice.

use crate::samples::SAMPLES;
use kilas_engine::language::LanguageCheck;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Files larger than this are refused with a message (a press release is a few kilobytes).
const MAX_FILE_BYTES: f64 = 5_000_000.0;

#[derive(Properties, PartialEq)]
pub struct SourcePaneProps {
    pub text: AttrValue,
    pub date: AttrValue,
    pub language: Option<LanguageCheck>,
    pub busy: bool,
    pub on_text: Callback<String>,
    pub on_date: Callback<String>,
    /// A whole new document: (text, publication date if known).
    pub on_load: Callback<(String, Option<String>)>,
    pub on_clear: Callback<()>,
    pub on_error: Callback<String>,
}

/// Read a dropped or chosen file as text; HTML becomes plain text (never markup).
fn read_file(file: File, on_load: Callback<(String, Option<String>)>, on_error: Callback<String>) {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES {
        on_error.emit(format!("{name} is too large to be a press release (over 5 MB)."));
        return;
    }
    spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.text()).await {
            Ok(v) => {
                let raw = v.as_string().unwrap_or_default();
                let lower = name.to_lowercase();
                let looks_html =
                    lower.ends_with(".html") || lower.ends_with(".htm") || raw.trim_start().starts_with('<');
                let text = if looks_html { kilas_engine::html::to_text(&raw) } else { raw };
                on_load.emit((text, None));
            }
            Err(_) => {
                on_error.emit(format!("{name} could not be read as text. Kilas opens .txt, .md and .html files."))
            }
        }
    });
}

#[function_component(SourcePane)]
pub fn source_pane(props: &SourcePaneProps) -> Html {
    let on_input = props.on_text.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let on_date = props.on_date.reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    let on_file = {
        let (on_load, on_error) = (props.on_load.clone(), props.on_error.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read_file(file, on_load.clone(), on_error.clone());
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let (on_load, on_error) = (props.on_load.clone(), props.on_error.clone());
        Callback::from(move |e: DragEvent| {
            let file = e.data_transfer().and_then(|dt| dt.files()).and_then(|f| f.get(0));
            if let Some(file) = file {
                e.prevent_default();
                read_file(file, on_load.clone(), on_error.clone());
            }
        })
    };
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());
    let on_sample = |i: usize| {
        let on_load = props.on_load.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = SAMPLES.get(i) {
                on_load.emit((s.text.to_string(), Some(s.date.to_string())));
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
        <section class="source-pane" aria-label="Indonesian text">
            <div class="pane-head">
                <label for="source" class="pane-label">{ "Indonesian text" }</label>
                <span class="counts" aria-live="polite">
                    { format!("{words} words · {chars} characters") }
                    if props.busy { <span class="busy" role="status">{ " · analysing…" }</span> }
                </span>
            </div>
            <textarea id="source" data-testid="source" value={props.text.clone()} oninput={on_input}
                ondrop={on_drop} ondragover={on_dragover} spellcheck="false"
                placeholder="Paste an Indonesian press release here — ANTARA wire copy, a ministry or police release — or drop a .txt, .md or .html file. Kilas glosses it into English as you type; nothing leaves this device." />
            if let Some(n) = notice {
                <p class="notice" role="status" data-testid="language-notice">{ n }</p>
            }
            <div class="source-tools">
                <label class="field">{ "Published " }
                    <input type="date" data-testid="date" value={props.date.clone()} onchange={on_date} />
                </label>
                <label class="button file-button">{ "Open file…" }
                    <input type="file" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html" onchange={on_file} class="visually-hidden" />
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
