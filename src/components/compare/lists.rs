//! The spans most annotators marked, and the key's spans most students missed.

use yew::prelude::*;

use super::CompareRef;
use crate::state::compare::quote;

#[derive(Properties, PartialEq)]
pub struct ListsProps {
    pub compare: CompareRef,
}

/// How many rows each list shows.
const SHOWN: usize = 15;

#[component]
pub fn Lists(props: &ListsProps) -> Html {
    let data = use_memo(props.compare.clone(), |c| (c.0.ranked(), c.0.key_found()));
    let (ranked, found) = &*data;
    let c = &props.compare.0;
    let n = c.students().len();
    let label = c.label_name(&c.label);
    html! {
        <section class="ranked" aria-label="Spans by annotators">
            <h2>{ format!("Most marked · {label}") }</h2>
            if ranked.is_empty() {
                <p class="empty">{ "No spans of this label yet." }</p>
            } else {
                <ol class="ranked-spans">
                    { for ranked.iter().take(SHOWN).map(|(r, names)| html! {
                        <li title={names.join(", ")}>
                            <span class="count">{ format!("{} of {n}", r.who.len()) }</span>
                            { format!(" “{}”", quote(&c.article, r.start, r.end)) }
                            if r.exact.len() != r.who.len() { <span class="meta">{ format!(" ({} exactly)", r.exact.len()) }</span> }
                        </li>
                    }) }
                </ol>
            }
            if c.key.is_some() {
                <h2>{ format!("The key's {label} spans, least found first") }</h2>
                if found.is_empty() {
                    <p class="empty">{ "The key has no spans of this label." }</p>
                } else {
                    <ol class="key-missed">
                        { for found.iter().take(SHOWN).map(|k| html! {
                            <li>
                                <span class="count">{ format!("found by {} of {n}", k.found_by.len()) }</span>
                                { format!(" “{}”", quote(&c.article, k.span.start, k.span.end)) }
                            </li>
                        }) }
                    </ol>
                }
            }
        </section>
    }
}
