//! One sentence row: the Indonesian with its facts highlighted, the English chunks, and the
//! tooltip that explains a chunk and lights up its source words.

use crate::state::Shared;
use kilas_engine::explain::explain;
use kilas_engine::facts::{Fact, FactKind};
use kilas_engine::gloss::spaces_before;
use kilas_engine::terms::Terms;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SentenceRowProps {
    pub analysis: Shared,
    pub index: usize,
    pub hidden_kinds: Rc<Vec<FactKind>>,
    pub show_alternatives: bool,
    pub flash: bool,
    /// The personal terms: chunks they gave are marked and say so in the tooltip.
    pub terms: Rc<Terms>,
}

/// The smallest visible fact that contains `[start, end)`.
fn fact_at<'a>(facts: &[&'a Fact], start: usize, end: usize) -> Option<&'a Fact> {
    facts.iter().filter(|f| f.start <= start && end <= f.end).min_by_key(|f| f.end - f.start).copied()
}

/// One rendered piece: the fact it belongs to, the space before it, and the piece itself.
type Piece<'a> = (Option<&'a Fact>, &'static str, Html);

/// Wrap runs of consecutive pieces that share a fact in one mark; the space before a run
/// stays outside its mark.
fn render_pieces(pieces: Vec<Piece>) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let fact = pieces[i].0;
        let same = |p: &Piece| match (p.0, fact) {
            (Some(a), Some(b)) => std::ptr::eq(a, b),
            _ => false,
        };
        let mut j = i + 1;
        while j < pieces.len() && fact.is_some() && same(&pieces[j]) {
            j += 1;
        }
        out.push(html! { { pieces[i].1 } });
        let inner: Html = pieces[i..j]
            .iter()
            .enumerate()
            .map(|(k, (_, gap, h))| {
                if k == 0 {
                    h.clone()
                } else {
                    html! { <>{ *gap }{ h.clone() }</> }
                }
            })
            .collect();
        out.push(wrap(fact, inner));
        i = j;
    }
    out.into_iter().collect()
}

fn wrap(fact: Option<&Fact>, inner: Html) -> Html {
    match fact {
        Some(f) => html! {
            <mark class={classes!("fact", f.kind.as_str())} data-testid="fact" data-kind={f.kind.as_str()}
                title={format!("{}: {}", f.kind.label(), if f.en.is_empty() { &f.text } else { &f.en })}>{ inner }</mark>
        },
        None => inner,
    }
}

/// The index of the English chunk an event happened in (its `data-i`).
fn chunk_of(e: &Event) -> Option<usize> {
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("[data-i]").ok()??.get_attribute("data-i")?.parse().ok()
}

#[function_component(SentenceRow)]
pub fn sentence_row(props: &SentenceRowProps) -> Html {
    let hovered = use_state_eq(|| None::<usize>);
    let a = &props.analysis;
    let text: &str = &a.text;
    let s = &a.sentences[props.index];
    let facts: Vec<&Fact> = a
        .facts
        .iter()
        .filter(|f| f.start < s.end && f.end > s.start && !props.hidden_kinds.contains(&f.kind))
        .collect();
    let hl = (*hovered).and_then(|i| s.chunks.get(i)).map(|c| (c.start, c.end));

    // Indonesian: tokens (hover-highlighted), grouped into fact marks, spaces kept as typed.
    let first = a.tokens.partition_point(|t| t.start < s.start);
    let last = a.tokens.partition_point(|t| t.start < s.end);
    let mut prev_end = s.start;
    let src_items: Vec<Piece> = a.tokens[first..last]
        .iter()
        .map(|t| {
            // Any run of spaces between tokens shows as one space, as the browser would.
            let gap = if prev_end < t.start { " " } else { "" };
            prev_end = t.end;
            let lit = hl.is_some_and(|(hs, he)| t.start >= hs && t.end <= he);
            let cls = classes!("tok", lit.then_some("hl"), (!t.known).then_some("unknown"));
            (fact_at(&facts, t.start, t.end), gap, html! { <span class={cls}>{ &t.text }</span> })
        })
        .collect();
    let src = render_pieces(src_items);

    // English: chunks with tooltips, grouped into the same fact marks.
    let spaces = spaces_before(&s.chunks);
    let user_spans: Vec<(usize, usize)> =
        props.terms.find(text, s.start, s.end).iter().map(|m| (m.start, m.end)).collect();
    let en_items: Vec<Piece> = s
        .chunks
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let is_word = c.en.chars().any(char::is_alphanumeric);
            let tip_id = format!("tip-{}-{i}", props.index);
            let user = user_spans.contains(&(c.start, c.end));
            let tooltip = (*hovered == Some(i) && is_word).then(|| {
                let ex = explain(text, a, c.start, c.end);
                html! {
                    <span class="tooltip" role="tooltip" id={tip_id.clone()} data-testid="tooltip">
                        <span class="tip-source" lang="id">{ &ex.source }</span>
                        if let Some(x) = &ex.expansion { <span class="tip-line">{ format!("= {x}") }</span> }
                        { for ex.morphology.iter().map(|m| html! { <span class="tip-line" lang="id">{ m }</span> }) }
                        <span class="tip-line">{ std::iter::once(c.en.as_str()).chain(c.alternatives.iter().map(String::as_str)).collect::<Vec<_>>().join(" · ") }</span>
                        if user { <span class="tip-line">{ "from My terms" }</span> }
                        if !c.known { <span class="tip-line warn">{ "not in the glossary: kept as written" }</span> }
                    </span>
                }
            });
            let cls = classes!("chunk", (!c.known).then_some("unknown"), user.then_some("user-term"), (*hovered == Some(i)).then_some("active"));
            let alts = (props.show_alternatives && !c.alternatives.is_empty())
                .then(|| html! { <span class="alts">{ format!(" ({})", c.alternatives.join(", ")) }</span> });
            let chunk = if is_word {
                html! {
                    <span class={cls} tabindex="0" data-i={i.to_string()}
                        aria-describedby={tooltip.as_ref().map(|_| tip_id.clone())}>{ &c.en }{ alts }{ tooltip }</span>
                }
            } else {
                html! { <span class={cls}>{ &c.en }</span> }
            };
            (fact_at(&facts, c.start, c.end), if spaces[i] { " " } else { "" }, chunk)
        })
        .collect();
    let en = render_pieces(en_items);

    // One set of listeners per row, not per chunk: the chunk comes from the event's target.
    let over = {
        let h = hovered.clone();
        Callback::from(move |e: MouseEvent| h.set(chunk_of(&e)))
    };
    let leave = {
        let h = hovered.clone();
        Callback::from(move |_: MouseEvent| h.set(None))
    };
    let focus_in = {
        let h = hovered.clone();
        Callback::from(move |e: FocusEvent| h.set(chunk_of(&e)))
    };
    let focus_out = {
        let h = hovered.clone();
        Callback::from(move |_: FocusEvent| h.set(None))
    };

    let cls = classes!(
        "row",
        s.boilerplate.then_some("boilerplate"),
        s.in_summary.then_some("in-summary"),
        props.flash.then_some("flash")
    );
    html! {
        <div class={cls} data-testid="row" id={format!("row-{}", props.index)}>
            <p class="src" lang="id" data-testid="src">{ src }</p>
            <p class="en" lang="en" data-testid="en" onmouseover={over} onmouseleave={leave} onfocusin={focus_in}
                onfocusout={focus_out}>{ en }</p>
        </div>
    }
}
