//! Suggestions in the side panel: the current one as a card (its label, words and reason, with
//! Accept, Reject and Next), and the Suggestions tab (show or hide them, how many of each label are
//! open, accept all of one label, and the keys).

use close_reader_core::analysis::lang::detect::TAGS;
use close_reader_core::analysis::lang::RULE_TAGS;
use close_reader_core::model::names::ellipsize;
use yew::prelude::*;

use crate::effects::{suggestions, use_ctx};
use crate::i18n::{list, t, why};
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
        <section class={classes!("suggestion-card", format!("l{slot}"))} aria-label={t!("panel-current-suggestion")}>
            <h2>{ t!("panel-suggested", label = name.to_lowercase()) }</h2>
            <blockquote dir="auto">{ ellipsize(&quote, 300) }</blockquote>
            <p class="reason">{ why::reason(&s.why) }</p>
            <div class="row">
                <button class="primary" onclick={accept} title={t!("panel-accept.title")}>{ t!("panel-accept") }</button>
                <button onclick={reject} title={t!("panel-reject.title")}>{ t!("panel-reject") }</button>
                <button class="quiet" onclick={next} title={t!("panel-next.title")}>{ t!("panel-next") }</button>
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
            <section class="suggestions" aria-label={t!("panel-suggestions")}>
                <p class="hint">{ t!("panel-suggestions-off") }</p>
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
        <label class="inline-field">{ t!("panel-article-language") }{ " " }
            <select onchange={set_language} aria-label={t!("panel-article-language")}>
                { for TAGS.iter().map(|tag| html! { <option value={*tag} selected={*tag == chosen}>{ t!("panel-language", language = *tag) }</option> }) }
            </select>
        </label>
    };
    if let Some(tag) = unreadable {
        // The languages the suggestions read, named in the interface's language: "English, Spanish and French".
        let readable: Vec<String> = RULE_TAGS
            .iter()
            .map(|tag| t!("panel-language-in-text", language = *tag))
            .collect();
        let readable = list(&readable);
        return html! {
            <section class="suggestions" aria-label={t!("panel-suggestions")}>
                <p class="hint unreadable">{ t!("panel-unreadable", language = t!("panel-language-in-text", language = tag), readable = readable) }</p>
                { language_field }
            </section>
        };
    }
    html! {
        <section class="suggestions" aria-label={t!("panel-suggestions")}>
            { language_field }
            <label class="toggle">
                <input type="checkbox" checked={shown} onchange={toggle} />
                { " " }{ t!("panel-show-suggestions") }
            </label>
            <p class="hint">{ t!("panel-suggestions-hint") }</p>
            if shown {
                <p class="overview">{ if rejected > 0 {
                    t!("panel-open-suggestions-rejected", count = total, rejected = rejected)
                } else {
                    t!("panel-open-suggestions", count = total)
                } }</p>
                <ul class="suggestion-counts">
                    { for counts.into_iter().map(|(id, name, n)| {
                        let label = id.clone();
                        let all = ctx.callback(move |_: MouseEvent| Action::suggest(SuggestAction::AcceptAll(label.clone())));
                        html! {
                            <li data-label={id}>
                                <span>{ t!("panel-suggestion-count", label = &name, count = n) }</span>
                                if n > 0 {
                                    <button onclick={all}>{ t!("panel-accept-all", count = n) }</button>
                                }
                            </li>
                        }
                    }) }
                </ul>
                <button onclick={ctx.callback(|_: MouseEvent| Action::suggest(SuggestAction::Step(true)))} disabled={total == 0}>{ t!("panel-go-first") }</button>
            }
        </section>
    }
}
