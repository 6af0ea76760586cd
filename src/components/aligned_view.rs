//! The aligned text: one row per sentence, Indonesian left and English right.

use super::legend::Legend;
use super::sentence_row::SentenceRow;
use crate::state::Shared;
use kilas_engine::facts::FactKind;
use kilas_engine::terms::Terms;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AlignedViewProps {
    pub analysis: Shared,
    pub hidden_kinds: Rc<Vec<FactKind>>,
    pub show_alternatives: bool,
    pub collapse_boilerplate: bool,
    pub flash: Option<usize>,
    /// The personal terms, to mark the English they gave.
    pub terms: Rc<Terms>,
    pub on_toggle_kind: Callback<FactKind>,
    pub on_toggle_collapse: Callback<()>,
}

#[function_component(AlignedView)]
pub fn aligned_view(props: &AlignedViewProps) -> Html {
    let a = &props.analysis;
    let boilerplate = a.sentences.iter().filter(|s| s.boilerplate).count();
    let on_collapse = props.on_toggle_collapse.reform(|_: MouseEvent| ());
    html! {
        <section class="aligned-section" aria-label="Indonesian and English, sentence by sentence">
            <div class="aligned-head">
                <Legend hidden={(*props.hidden_kinds).clone()} on_toggle={props.on_toggle_kind.clone()} />
                if boilerplate > 0 {
                    <button type="button" class="link" onclick={on_collapse} aria-pressed={props.collapse_boilerplate.to_string()}>
                        { if props.collapse_boilerplate { format!("Show {boilerplate} credit and boilerplate lines") } else { "Hide credit and boilerplate lines".to_string() } }
                    </button>
                }
            </div>
            <div class="col-heads" aria-hidden="true"><span>{ "Indonesian" }</span><span>{ "English" }</span></div>
            <div class="aligned">
                { for a.sentences.iter().enumerate()
                    .filter(|(_, s)| !(props.collapse_boilerplate && s.boilerplate))
                    .map(|(i, _)| html! {
                        <SentenceRow key={i} analysis={props.analysis.clone()} index={i}
                            hidden_kinds={props.hidden_kinds.clone()} show_alternatives={props.show_alternatives}
                            flash={props.flash == Some(i)} terms={props.terms.clone()} />
                    }) }
            </div>
        </section>
    }
}
