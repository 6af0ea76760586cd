//! "My terms": the user's own translations and do-not-translate list, one term a line,
//! applied to the gloss as they type and kept in local storage.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermsPanelProps {
    /// The list as typed (shown as text in a textarea, never as markup).
    pub text: AttrValue,
    /// How many terms the list holds, and how many of them occur in the current text.
    pub count: usize,
    pub used: usize,
    pub on_change: Callback<String>,
}

#[function_component(TermsPanel)]
pub fn terms_panel(props: &TermsPanelProps) -> Html {
    let on_input = props.on_change.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let on_download = {
        let text = props.text.clone();
        Callback::from(move |_: MouseEvent| crate::browser::download("kilas-terms.txt", "text/plain", &text))
    };
    let summary = match props.count {
        0 => "My terms".to_string(),
        1 => "My terms (1)".to_string(),
        n => format!("My terms ({n})"),
    };
    html! {
        <details class="terms-panel" data-testid="terms">
            <summary>{ summary }</summary>
            <div class="terms-body">
                <label for="terms-input" class="terms-help">
                    { "One term a line: " }<code>{ "Indonesian = English" }</code>
                    { " (a tab works too). Leave the English out — " }<code>{ "Gojek =" }</code>
                    { " — to keep a name exactly as written. Your terms replace Kilas's English everywhere they occur, and stay on this device." }
                </label>
                <textarea id="terms-input" data-testid="terms-input" class="terms-input" value={props.text.clone()}
                    oninput={on_input} spellcheck="false" rows="5"
                    placeholder={"sembako = basic groceries\nPolda Metro Jaya = Jakarta Metropolitan Police\nGojek ="} />
                <div class="terms-foot">
                    <p class="muted terms-count" data-testid="terms-count" aria-live="polite">
                        { match props.count {
                            0 => "No terms yet.".to_string(),
                            n => format!("{n} term{} · {} used in this text · saved on this device", if n == 1 { "" } else { "s" }, props.used),
                        } }
                    </p>
                    if props.count > 0 {
                        <button type="button" data-testid="terms-download" onclick={on_download}
                            title="The same list works with the command line: kilas gloss --terms kilas-terms.txt">{ "Download list" }</button>
                    }
                </div>
            </div>
        </details>
    }
}
