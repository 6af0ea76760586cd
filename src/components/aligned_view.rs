//! One row per sentence: Indonesian left, English right.

use crate::state::Shared;
use kilas_engine::gloss::spaces_before;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AlignedViewProps {
    pub analysis: Shared,
}

#[function_component(AlignedView)]
pub fn aligned_view(props: &AlignedViewProps) -> Html {
    let a = &props.analysis;
    html! {
        <section class="aligned" aria-label="Indonesian and English, sentence by sentence">
            { for a.sentences.iter().map(|s| {
                let mut class = classes!("row");
                if s.boilerplate { class.push("boilerplate"); }
                if s.in_summary { class.push("in-summary"); }
                html! {
                    <div class={class} data-testid="row">
                        <p class="src" lang="id" data-testid="src">{ &s.text }</p>
                        <p class="en" lang="en" data-testid="en">
                            { for s.chunks.iter().zip(spaces_before(&s.chunks)).map(|(c, space)| {
                                let cls = if c.known { "chunk" } else { "chunk unknown" };
                                html! { <>{ if space { " " } else { "" } }<span class={cls}>{ &c.en }</span></> }
                            }) }
                        </p>
                    </div>
                }
            }) }
        </section>
    }
}
