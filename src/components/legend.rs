//! The colour legend of fact kinds, each a toggle for its highlighting.

use kilas_engine::facts::FactKind;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub hidden: Vec<FactKind>,
    pub on_toggle: Callback<FactKind>,
}

#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    html! {
        <fieldset class="legend">
            <legend>{ "Highlight" }</legend>
            { for FactKind::ALL.iter().map(|&k| {
                let on = !props.hidden.contains(&k);
                let onchange = props.on_toggle.reform(move |_: Event| k);
                html! {
                    <label class={classes!("kind-toggle", k.as_str())}>
                        <input type="checkbox" checked={on} {onchange} />
                        <span class="swatch" aria-hidden="true"></span>{ k.label() }
                    </label>
                }
            }) }
        </fieldset>
    }
}
