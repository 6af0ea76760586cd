//! The Indonesian input: textarea, date field, samples, counts.

use crate::samples::SAMPLES;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcePaneProps {
    pub text: AttrValue,
    pub date: AttrValue,
    pub on_text: Callback<String>,
    pub on_date: Callback<String>,
    pub on_sample: Callback<usize>,
    pub on_clear: Callback<()>,
}

#[function_component(SourcePane)]
pub fn source_pane(props: &SourcePaneProps) -> Html {
    let on_input = props.on_text.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let on_date = props.on_date.reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    let words = props.text.split_whitespace().count();
    let chars = props.text.chars().count();
    html! {
        <section class="source-pane" aria-label="Indonesian text">
            <label for="source" class="pane-label">{ "Indonesian text" }</label>
            <textarea id="source" data-testid="source" value={props.text.clone()} oninput={on_input}
                placeholder="Paste an Indonesian press release here (ANTARA wire copy, a ministry or police release). Kilas glosses it into English as you type — nothing leaves this device." />
            <div class="source-tools">
                <label>{ "Published " }
                    <input type="date" data-testid="date" value={props.date.clone()} onchange={on_date} />
                </label>
                { for SAMPLES.iter().enumerate().map(|(i, s)| {
                    let cb = props.on_sample.reform(move |_: MouseEvent| i);
                    html! { <button type="button" onclick={cb}>{ format!("Sample: {}", s.label) }</button> }
                }) }
                <button type="button" onclick={on_clear}>{ "Clear" }</button>
                <span class="counts" aria-live="polite">{ format!("{words} words · {chars} characters") }</span>
            </div>
        </section>
    }
}
