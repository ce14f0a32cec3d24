//! Search in the article (`/` or `Ctrl+F` focuses it): matches in the text, and annotations whose label
//! or note matches, stepped through in text order with Enter / Shift+Enter or the arrows. The current
//! text match can be marked as a span with a label button; the current annotation is selected.

use close_reader_core::model::label::slot_at;
use close_reader_core::model::search::{hits, Hit};
use yew::prelude::*;

use crate::components::groups::Reveal;
use crate::effects::use_ctx;
use crate::i18n::t;
use crate::session::SessionRef;
use crate::state::Action;
use crate::state::{edit::EditAction, ui::UiAction};

/// Matches painted around the current one (painting every match of a common word would be slow).
const PAINT_AROUND: usize = 100;

#[derive(Properties, PartialEq)]
pub struct SearchBarProps {
    pub session: SessionRef,
    pub rev: u64,
    /// Where the current match is, shared with the article, which keeps it in the page.
    pub reveal: Reveal,
}

#[component]
pub fn SearchBar(props: &SearchBarProps) -> Html {
    let ctx = use_ctx();
    let query = use_state(String::new);
    let current = use_state(|| 0usize);
    let found = {
        let session = props.session.clone();
        use_memo(((*query).clone(), props.rev), move |(q, _)| {
            hits(&session.0.borrow().doc, q)
        })
    };
    let total = found.len();
    let at = if total == 0 {
        0
    } else {
        (*current).min(total - 1)
    };

    // Paint the matches near the current one, the current one apart, and bring it into view. The
    // article keeps the current match in the page (a book has only part of itself there): once it
    // is, this runs again.
    {
        let (found, session) = (found.clone(), props.session.clone());
        let set = props.reveal.set.clone();
        use_effect_with(
            (found, at, props.rev, props.reveal.at),
            move |(found, at, _, _)| {
                let text_hit = found.get(*at).filter(|h| h.annotation.is_none());
                set.set(text_hit.map(|h| h.span.start()));
                let article = crate::effects::keyboard::article();
                let se = session.0.borrow();
                let range = |h: &Hit| {
                    article
                        .as_ref()
                        .and_then(|a| crate::dom::ranges::range_of(a, &se.blocks, h.span))
                };
                let near: Vec<_> = found
                    .iter()
                    .enumerate()
                    .skip(at.saturating_sub(PAINT_AROUND))
                    .take(2 * PAINT_AROUND)
                    .filter(|(i, h)| *i != *at && h.annotation.is_none())
                    .filter_map(|(_, h)| range(h))
                    .collect();
                crate::dom::ranges::paint("search", &near);
                let cur = text_hit.and_then(&range);
                crate::dom::ranges::paint("search-current", cur.as_slice());
                if let Some(r) = &cur {
                    crate::dom::ranges::scroll_to(r);
                }
                || {
                    crate::dom::ranges::paint("search", &[]);
                    crate::dom::ranges::paint("search-current", &[]);
                }
            },
        );
    }

    let go = {
        let (current, found, ctx) = (current.clone(), found.clone(), ctx.clone());
        move |to: usize| {
            current.set(to);
            if let Some(Hit {
                annotation: Some(id),
                ..
            }) = found.get(to)
            {
                ctx.send(Action::Ui(UiAction::Focus(id.clone())));
            }
        }
    };
    let step = move |forward: bool| {
        if total > 0 {
            go(if forward {
                (at + 1) % total
            } else {
                (at + total - 1) % total
            });
        }
    };
    let oninput = {
        let (query, current) = (query.clone(), current.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            current.set(0);
        })
    };
    let onkeydown = {
        let (step, query) = (step.clone(), query.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                step(!e.shift_key());
            }
            "Escape" => {
                query.set(String::new());
                let input: web_sys::HtmlElement = e.target_unchecked_into();
                let _ = input.blur();
            }
            _ => {}
        })
    };
    let (prev, next) = (step.clone(), step);
    let current_text = found
        .get(at)
        .filter(|h| h.annotation.is_none())
        .map(|h| h.span);
    let labels = props.session.0.borrow().doc.labels.clone();
    let status = match (query.trim().is_empty(), total) {
        (true, _) => String::new(),
        (false, 0) => t!("annotate-search-none"),
        (false, n) => t!("annotate-search-count", current = at + 1, total = n),
    };
    html! {
        <div class="search-bar" role="search">
            <input id="search" type="search" placeholder={t!("annotate-search.placeholder")} aria-label={t!("annotate-search")}
                value={(*query).clone()} {oninput} {onkeydown} autocomplete="off" />
            <span class="search-count" role="status" aria-live="polite">{ status }</span>
            if total > 0 {
                <button class="quiet" aria-label={t!("annotate-search-previous")} title={t!("annotate-search-previous.title")}
                    onclick={Callback::from(move |_: MouseEvent| prev(false))}>{ "↑" }</button>
                <button class="quiet" aria-label={t!("annotate-search-next")} title={t!("annotate-search-next.title")}
                    onclick={Callback::from(move |_: MouseEvent| next(true))}>{ "↓" }</button>
            }
            if let Some(span) = current_text {
                <span class="search-mark" role="group" aria-label={t!("annotate-mark-match")}>
                    { for labels.iter().enumerate().map(|(i, l)| {
                        let label = l.id.clone();
                        html! {
                            <button class={classes!("label-button", format!("l{}", slot_at(i)))}
                                title={t!("annotate-mark-as.title", label = &l.name)}
                                onclick={ctx.callback(move |_: MouseEvent| Action::edit(EditAction::LabelSpan { label: label.clone(), span }))}>
                                { t!("annotate-mark-as", label = &l.name) }
                            </button>
                        }
                    }) }
                </span>
            }
        </div>
    }
}
