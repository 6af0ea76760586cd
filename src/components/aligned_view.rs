//! The aligned text: one row per sentence, Indonesian left and English right.
//!
//! A long document is drawn in batches: the first rows at once, the rest a batch per task, so
//! the page paints and answers between batches instead of freezing while hundreds of rows are
//! built. The row count only grows, so editing a long text never makes drawn rows blink.

use super::legend::Legend;
use super::sentence_row::SentenceRow;
use crate::browser;
use crate::state::Shared;
use gloo_timers::callback::Timeout;
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

/// Rows drawn at once; a press release fits in it.
const FIRST_ROWS: usize = 40;
/// Rows added per task afterwards.
const BATCH_ROWS: usize = 40;

#[function_component(AlignedView)]
pub fn aligned_view(props: &AlignedViewProps) -> Html {
    let a = &props.analysis;
    let total = a.sentences.len();
    let limit = use_state_eq(|| FIRST_ROWS);
    {
        // One more batch per task until every row is drawn.
        let limit = limit.clone();
        use_effect_with((*limit, total), move |&(l, total)| {
            let timer = (l < total).then(|| Timeout::new(0, move || limit.set(l + BATCH_ROWS)));
            move || drop(timer)
        });
    }
    {
        // A fact clicked in the brief may point past the rows drawn so far: draw them all, then
        // scroll to the row.
        let limit = limit.clone();
        let pending = use_mut_ref(|| None::<usize>);
        use_effect_with((props.flash, *limit), move |&(flash, l)| {
            if let Some(i) = flash.filter(|&i| i >= l) {
                *pending.borrow_mut() = Some(i);
                limit.set(total.max(i + 1));
            } else if let Some(i) = pending.borrow_mut().take().filter(|&i| i < l) {
                browser::scroll_to(&format!("row-{i}"));
            }
        });
    }
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
                    .take(*limit)
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
