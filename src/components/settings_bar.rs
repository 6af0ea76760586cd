//! Settings: summary length, alternatives, theme, text size.

use crate::settings::{Settings, TextSize, Theme};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsBarProps {
    pub settings: Settings,
    pub on_change: Callback<Settings>,
}

#[function_component(SettingsBar)]
pub fn settings_bar(props: &SettingsBarProps) -> Html {
    let s = props.settings.clone();
    let select = |f: fn(&mut Settings, &str)| {
        let (s, cb) = (s.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let mut next = s.clone();
            f(&mut next, &e.target_unchecked_into::<HtmlSelectElement>().value());
            cb.emit(next);
        })
    };
    let on_alts = {
        let (s, cb) = (s.clone(), props.on_change.clone());
        Callback::from(move |_: Event| {
            let mut next = s.clone();
            next.show_alternatives = !next.show_alternatives;
            cb.emit(next);
        })
    };
    html! {
        <details class="settings">
            <summary>{ "Settings" }</summary>
            <div class="settings-grid">
                <label>{ "Summary length " }
                    <select onchange={select(|s, v| s.summary_sentences = v.parse().unwrap_or(3))}>
                        { for (1..=6).map(|n| html! { <option value={n.to_string()} selected={s.summary_sentences == n}>{ format!("{n} sentence{}", if n == 1 { "" } else { "s" }) }</option> }) }
                    </select>
                </label>
                <label><input type="checkbox" checked={s.show_alternatives} onchange={on_alts} />{ " Show alternative translations" }</label>
                <label>{ "Theme " }
                    <select onchange={select(|s, v| s.theme = Theme::from_name(v))}>
                        { for Theme::ALL.iter().map(|(t, n)| html! { <option value={*n} selected={s.theme == *t}>{ *n }</option> }) }
                    </select>
                </label>
                <label>{ "Text size " }
                    <select onchange={select(|s, v| s.text_size = TextSize::from_name(v))}>
                        { for TextSize::ALL.iter().map(|(t, n)| html! { <option value={*n} selected={s.text_size == *t}>{ *n }</option> }) }
                    </select>
                </label>
            </div>
        </details>
    }
}
