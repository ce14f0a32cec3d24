//! Suggestions in the side panel: the current one as a card (its label, words and reason, with
//! Accept, Reject and Next), and the Suggestions tab (show or hide them, how many of each label are
//! open, accept all of one label, and the keys).

use close_reader_core::analysis::lang::detect::{name as language_name, readable_languages, TAGS};
use close_reader_core::model::names::ellipsize;
use yew::prelude::*;

use crate::effects::{suggestions, use_ctx};
use crate::session::SessionRef;
use crate::state::suggestions::SuggestAction;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct SuggestionCardProps {
    pub session: SessionRef,
    pub rev: u64,
    pub id: AttrValue,
}

#[component]
pub fn SuggestionCard(props: &SuggestionCardProps) -> Html {
    let ctx = use_ctx();
    let se = props.session.0.borrow();
    let Some(s) = se.suggest.get(&props.id) else {
        return html! {};
    };
    let slot = close_reader_core::model::label::slot(&se.doc.labels, s.label);
    let name = se
        .doc
        .label(s.label)
        .map_or(s.label.to_string(), |l| l.name.clone());
    let quote = se.doc.text.slice(s.span).to_string();
    let accept = ctx.callback(|_: MouseEvent| Action::suggest(SuggestAction::Accept(None)));
    let reject = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| suggestions::reject(&ctx, None))
    };
    let next = ctx.callback(|_: MouseEvent| Action::suggest(SuggestAction::Step(true)));
    html! {
        <section class={classes!("suggestion-card", format!("l{slot}"))} aria-label="Current suggestion">
            <h2>{ format!("Suggested {}", name.to_lowercase()) }</h2>
            <blockquote dir="auto">{ ellipsize(&quote, 300) }</blockquote>
            <p class="reason">{ s.reason.clone() }</p>
            <div class="row">
                <button class="primary" onclick={accept} title="Accept (A or Enter)">{ "Accept" }</button>
                <button onclick={reject} title="Reject (X)">{ "Reject" }</button>
                <button class="quiet" onclick={next} title="Next suggestion (N)">{ "Next ›" }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct SuggestionTabProps {
    pub session: SessionRef,
    pub rev: u64,
    pub suggestions_rev: u64,
}

#[component]
pub fn SuggestionTab(props: &SuggestionTabProps) -> Html {
    let ctx = use_ctx();
    let se = props.session.0.borrow();
    let shown = se.suggest.shown;
    let counts: Vec<(String, String, usize)> = se
        .doc
        .labels
        .iter()
        .map(|l| {
            let n = se
                .suggest
                .visible(&se.doc)
                .filter(|s| s.label == l.id)
                .count();
            (l.id.clone(), l.name.clone(), n)
        })
        .filter(|(id, _, _)| matches!(id.as_str(), "claim" | "source" | "hedge"))
        .collect();
    let total: usize = counts.iter().map(|c| c.2).sum();
    let toggle = ctx.callback(move |_: Event| Action::suggest(SuggestAction::Show(!shown)));
    let rejected = se.suggest.rejected.len();
    if se.suggest.off {
        return html! {
            <section class="suggestions" aria-label="Suggestions">
                <p class="hint">{ "Suggestions are off for this assignment: your teacher wants to see what you find on your own." }</p>
            </section>
        };
    }
    let language = se.suggest.language;
    let unreadable = se.suggest.unreadable();
    let set_language = ctx.callback(|e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        let tag = TAGS.iter().copied().find(|t| *t == v).unwrap_or("en");
        Action::suggest(SuggestAction::Language(tag))
    });
    let chosen = language.unwrap_or("en");
    let language_field = html! {
        <label class="inline-field">{ "Article language " }
            <select onchange={set_language} aria-label="Article language">
                { for TAGS.iter().map(|t| html! { <option value={*t} selected={*t == chosen}>{ language_name(t) }</option> }) }
            </select>
        </label>
    };
    if let Some(tag) = unreadable {
        return html! {
            <section class="suggestions" aria-label="Suggestions">
                <p class="hint unreadable">{ format!("No suggestions: this article reads as {}, and the suggestions read {} only. If it is in one of those, say so here.", language_name(tag), readable_languages()) }</p>
                { language_field }
            </section>
        };
    }
    html! {
        <section class="suggestions" aria-label="Suggestions">
            { language_field }
            <label class="toggle">
                <input type="checkbox" checked={shown} onchange={toggle} />
                { " Show suggestions in the article" }
            </label>
            <p class="hint">{ "Hints, not labels: dashed outlines mark words that are often hedges, sources or claims, each with its reason. N and P step through them; A or Enter accepts, X rejects." }</p>
            if shown {
                <p class="overview">{ format!("{total} open suggestion{}{}", if total == 1 { "" } else { "s" },
                    if rejected > 0 { format!(" ({rejected} rejected)") } else { String::new() }) }</p>
                <ul class="suggestion-counts">
                    { for counts.into_iter().map(|(id, name, n)| {
                        let label = id.clone();
                        let all = ctx.callback(move |_: MouseEvent| Action::suggest(SuggestAction::AcceptAll(label.clone())));
                        html! {
                            <li data-label={id}>
                                <span>{ format!("{name}: {n}") }</span>
                                if n > 0 {
                                    <button onclick={all}>{ format!("Accept all {n}") }</button>
                                }
                            </li>
                        }
                    }) }
                </ul>
                <button onclick={ctx.callback(|_: MouseEvent| Action::suggest(SuggestAction::Step(true)))} disabled={total == 0}>{ "Go to the first (N)" }</button>
            }
        </section>
    }
}
