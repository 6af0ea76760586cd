//! The brief on top: headline, summary sentences in English, the facts table and actions.

use super::brief_actions::BriefActions;
use super::facts_table::FactsTable;
use crate::state::Shared;
use kilas_engine::brief;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BriefCardProps {
    pub analysis: Shared,
    /// A fact was clicked: flash the sentence that holds byte offset `start`.
    pub on_fact: Callback<usize>,
    pub on_status: Callback<String>,
}

#[function_component(BriefCard)]
pub fn brief_card(props: &BriefCardProps) -> Html {
    let a = &props.analysis;
    let source = a.dateline.as_ref().map(|d| match &d.agency {
        Some(agency) => format!("{} ({agency})", d.place),
        None => d.place.clone(),
    });
    html! {
        <section class="brief card" data-testid="brief" aria-labelledby="brief-headline">
            <div class="brief-head">
                <h2 id="brief-headline">{ brief::headline(a) }</h2>
                <BriefActions analysis={props.analysis.clone()} on_status={props.on_status.clone()} />
            </div>
            <ul class="summary">
                { for a.summary.iter().map(|&i| html! { <li>{ &a.sentences[i].gloss }</li> }) }
            </ul>
            <FactsTable analysis={props.analysis.clone()} on_fact={props.on_fact.clone()} />
            if let Some(src) = source {
                <p class="source-line">{ format!("Source: {src}") }</p>
            }
        </section>
    }
}
