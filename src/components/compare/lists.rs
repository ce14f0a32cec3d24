//! The spans most annotators marked, and the key's spans most students missed.

use yew::prelude::*;

use close_reader_core::analysis::agreement::{KeySpanFound, RankedSpan};

use crate::state::compare::{quote, Compare};

/// How many rows each list shows.
const SHOWN: usize = 15;

pub fn lists(c: &Compare, ranked: &[(RankedSpan, Vec<String>)], found: &[KeySpanFound]) -> Html {
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
                            { " “" }<bdi>{ quote(&c.article, r.start, r.end) }</bdi>{ "”" }
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
                                { " “" }<bdi>{ quote(&c.article, k.span.start, k.span.end) }</bdi>{ "”" }
                            </li>
                        }) }
                    </ol>
                }
            }
        </section>
    }
}
