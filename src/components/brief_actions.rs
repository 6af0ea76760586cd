//! Copy the brief as Markdown or plain text, download it as .md or .json, print.

use crate::browser;
use crate::state::Shared;
use kilas_engine::brief;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BriefActionsProps {
    pub analysis: Shared,
    pub on_status: Callback<String>,
}

fn file_stem(a: &Shared) -> String {
    let head: String = brief::headline(a).chars().filter(|c| c.is_alphanumeric() || *c == ' ').take(40).collect();
    let slug = head.split_whitespace().collect::<Vec<_>>().join("-").to_lowercase();
    if slug.is_empty() {
        "kilas-brief".into()
    } else {
        format!("kilas-{slug}")
    }
}

#[function_component(BriefActions)]
pub fn brief_actions(props: &BriefActionsProps) -> Html {
    let copy_md = {
        let (a, status) = (props.analysis.clone(), props.on_status.clone());
        Callback::from(move |_: MouseEvent| {
            let ok = browser::copy_text(&brief::render_markdown(&a));
            status.emit(
                if ok { "Brief copied as Markdown." } else { "Copying is blocked here; use Download .md." }.into(),
            );
        })
    };
    let copy_text = {
        let (a, status) = (props.analysis.clone(), props.on_status.clone());
        Callback::from(move |_: MouseEvent| {
            let ok = browser::copy_text(&brief::render_text(&a));
            status.emit(
                if ok { "Brief copied as plain text." } else { "Copying is blocked here; use Download .md." }.into(),
            );
        })
    };
    let download_md = {
        let a = props.analysis.clone();
        Callback::from(move |_: MouseEvent| {
            browser::download(&format!("{}.md", file_stem(&a)), "text/markdown", &brief::render_markdown(&a))
        })
    };
    let download_json = {
        let a = props.analysis.clone();
        Callback::from(move |_: MouseEvent| {
            let json = serde_json::to_string_pretty(&*a.analysis).unwrap_or_else(|_| "{}".into());
            browser::download(&format!("{}.json", file_stem(&a)), "application/json", &json)
        })
    };
    let print = Callback::from(|_: MouseEvent| browser::print());
    html! {
        <div class="actions" role="group" aria-label="Brief actions">
            <button type="button" data-testid="copy-md" onclick={copy_md} title="Copy the brief as Markdown (Ctrl+Shift+C)">{ "Copy Markdown" }</button>
            <button type="button" data-testid="copy-text" onclick={copy_text}>{ "Copy text" }</button>
            <button type="button" data-testid="download-md" onclick={download_md}>{ "Download .md" }</button>
            <button type="button" data-testid="download-json" onclick={download_json}>{ "Download .json" }</button>
            <button type="button" data-testid="print" onclick={print}>{ "Print" }</button>
        </div>
    }
}
