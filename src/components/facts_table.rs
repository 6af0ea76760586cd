//! The key facts of the brief, grouped: Who, Organisations, Where, When, Figures, Quotes, Reported (indirect speech).

use crate::state::Shared;
use kilas_engine::facts::{Fact, FactKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FactsTableProps {
    pub analysis: Shared,
    pub on_fact: Callback<usize>,
}

const GROUPS: &[(&str, &[FactKind])] = &[
    ("Who", &[FactKind::Person]),
    ("Organisations", &[FactKind::Organization]),
    ("Where", &[FactKind::Place]),
    ("When", &[FactKind::Date, FactKind::Time, FactKind::Duration]),
    ("Figures", &[FactKind::Quantity, FactKind::Money, FactKind::Percent]),
    ("Quotes", &[FactKind::Quote]),
    ("Reported", &[FactKind::Statement]),
];

fn describe(f: &Fact) -> String {
    let main = if f.en.is_empty() { f.text.clone() } else { f.en.clone() };
    match (f.kind, &f.role, &f.speaker) {
        (FactKind::Person, Some(role), _) if !role.is_empty() => format!("{main} — {role}"),
        (FactKind::Quote, _, Some(speaker)) => format!("{speaker}: “{main}”"),
        (FactKind::Statement, _, Some(speaker)) => {
            format!("{speaker} said that {}", kilas_engine::brief::reported_clause(&f.text, &main))
        }
        _ => main,
    }
}

#[function_component(FactsTable)]
pub fn facts_table(props: &FactsTableProps) -> Html {
    let a = &props.analysis;
    let rows: Vec<Html> = GROUPS
        .iter()
        .filter_map(|(label, kinds)| {
            let mut seen = Vec::<String>::new();
            let items: Vec<Html> = a
                .facts
                .iter()
                .filter(|f| kinds.contains(&f.kind))
                .filter(|f| !kilas_engine::brief::is_source_agency(a, f))
                .filter_map(|f| {
                    let d = describe(f);
                    if seen.contains(&d) {
                        return None;
                    }
                    seen.push(d.clone());
                    let start = f.start;
                    let onclick = props.on_fact.reform(move |_: MouseEvent| start);
                    Some(html! {
                        <li><button type="button" class={classes!("fact-link", f.kind.as_str())} {onclick}
                            title="Show this in the text">{ d }</button></li>
                    })
                })
                .collect();
            (!items.is_empty()).then(|| {
                html! {
                    <tr><th scope="row">{ *label }</th><td><ul class="fact-list">{ for items }</ul></td></tr>
                }
            })
        })
        .collect();
    if rows.is_empty() {
        return html! { <p class="muted">{ "No key facts found yet." }</p> };
    }
    html! {
        <table class="facts" aria-label="Key facts">
            <tbody>{ for rows }</tbody>
        </table>
    }
}
