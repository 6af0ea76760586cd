//! The brief: headline and summary sentences in English.

use crate::state::Shared;
use kilas_engine::brief;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BriefCardProps {
    pub analysis: Shared,
}

#[function_component(BriefCard)]
pub fn brief_card(props: &BriefCardProps) -> Html {
    let a = &props.analysis;
    html! {
        <section class="brief" data-testid="brief" aria-label="English brief">
            <h2>{ brief::headline(a) }</h2>
            <ul>
                { for a.summary.iter().map(|&i| html! { <li>{ &a.sentences[i].gloss }</li> }) }
            </ul>
        </section>
    }
}
