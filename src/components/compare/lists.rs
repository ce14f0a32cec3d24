//! The spans most annotators marked, and the key's spans most students missed.

use yew::prelude::*;

use close_reader_core::analysis::agreement::{KeySpanFound, RankedSpan};

use crate::i18n::{list, t};
use crate::state::compare::{quote, Compare};

/// How many rows each list shows.
const SHOWN: usize = 15;

pub fn lists(c: &Compare, ranked: &[(RankedSpan, Vec<String>)], found: &[KeySpanFound]) -> Html {
    let n = c.students().len();
    let label = c.label_name(&c.label);
    html! {
        <section class="ranked" aria-label={t!("classroom-ranked")}>
            <h2>{ t!("classroom-ranked-heading", label = &label) }</h2>
            if ranked.is_empty() {
                <p class="empty">{ t!("classroom-ranked-empty") }</p>
            } else {
                <ol class="ranked-spans">
                    { for ranked.iter().take(SHOWN).map(|(r, names)| html! {
                        <li title={list(names)}>
                            <span class="count">{ t!("classroom-ranked-count", marked = r.who.len(), count = n) }</span>
                            { " “" }<bdi>{ quote(&c.article, r.start, r.end) }</bdi>{ "”" }
                            if r.exact.len() != r.who.len() { <span class="meta">{ " " }{ t!("classroom-ranked-exactly", count = r.exact.len()) }</span> }
                        </li>
                    }) }
                </ol>
            }
            if c.key.is_some() {
                <h2>{ t!("classroom-key-missed-heading", label = &label) }</h2>
                if found.is_empty() {
                    <p class="empty">{ t!("classroom-key-missed-empty") }</p>
                } else {
                    <ol class="key-missed">
                        { for found.iter().take(SHOWN).map(|k| html! {
                            <li>
                                <span class="count">{ t!("classroom-found-by", found = k.found_by.len(), count = n) }</span>
                                { " “" }<bdi>{ quote(&c.article, k.span.start, k.span.end) }</bdi>{ "”" }
                            </li>
                        }) }
                    </ol>
                }
            }
        </section>
    }
}
