//! The article: groups of paragraphs, as many as the page holds (`groups.rs` decides which: a long
//! article a few groups at a time, a book only near the viewport); the selected or flashed span's
//! group is always there. Clicking a highlight selects its span (clicking again where spans overlap
//! steps to the next one), or, while linking, finishes the link; hovering or selecting a span paints
//! the spans linked to it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clicks::{on_article, Click};
use crate::components::block_group::BlockGroup;
use crate::components::groups::use_groups_in_page;
use crate::effects::use_ctx;
use crate::i18n::t;
use crate::layout::{numbered, Item};
use crate::session::SessionRef;
use close_reader_core::model::pairing::linked_to;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub session: SessionRef,
    pub rev: u64,
    pub selected: Option<AttrValue>,
    pub flash: Option<(AttrValue, u32)>,
    /// The span a link is being made from: a click on a highlight finishes the link.
    pub linking: Option<AttrValue>,
    /// The current suggestion (stepped to or clicked).
    pub suggestion: Option<AttrValue>,
    /// Changes when suggestions are shown, hidden or read back (their groups then re-render).
    pub suggestions_rev: u64,
    /// The article shown beside the open one: clicks only finish a link across to it.
    #[prop_or_default]
    pub beside: bool,
    /// A place to keep in the page (the search's current match, see [`crate::components::groups::Reveal`]).
    #[prop_or_default]
    pub reveal: Option<usize>,
}

#[component]
pub fn Article(props: &ArticleProps) -> Html {
    let ctx = use_ctx();
    let onclick = {
        let (ctx, selected, linking) = (ctx.clone(), props.selected.clone(), props.linking.clone());
        let current = props.suggestion.clone();
        let session = props.session.clone();
        let beside = props.beside;
        Callback::from(move |e: MouseEvent| {
            let target = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let attr = |css: &str, name: &str| {
                target
                    .as_ref()
                    .and_then(|el| el.closest(css).ok().flatten())
                    .and_then(|el| el.get_attribute(name))
            };
            let (marks, sids) = (
                attr("mark[data-ids]", "data-ids"),
                attr("[data-sid]", "data-sid"),
            );
            let dragged = web_sys::window()
                .and_then(|w| w.get_selection().ok().flatten())
                .is_some_and(|s| !s.is_collapsed());
            let click = Click {
                beside,
                linking: linking.as_deref(),
                selected: selected.as_deref(),
                current: current.as_deref(),
                marks: marks.as_deref().map(|m| m.split(' ').collect()),
                suggestions: sids.as_deref().map(|m| m.split(' ').collect()),
                dragged,
                shift: e.shift_key(),
            };
            // Decided first: the borrow must end before the reducer runs (it edits this session).
            let action = on_article(&session.borrow().doc, &click);
            if let Some(a) = action {
                ctx.send(a);
            }
        })
    };
    // Hovering a highlight (or selecting its span) paints the spans linked to it.
    let hovered = use_state_eq(|| None::<String>);
    let onmouseover = {
        let hovered = hovered.clone();
        Callback::from(move |e: MouseEvent| {
            let ids = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("mark[data-ids]").ok().flatten())
                .and_then(|m| m.get_attribute("data-ids"));
            hovered.set(ids);
        })
    };
    let onmouseleave = {
        let hovered = hovered.clone();
        Callback::from(move |_: MouseEvent| hovered.set(None))
    };
    let se = props.session.0.borrow();
    let sel = props
        .selected
        .as_ref()
        .map(|id| (se.blocks_of(id), id.clone()));
    let flash = props
        .flash
        .as_ref()
        .map(|(id, n)| (se.blocks_of(id), id.clone(), *n));
    let current = props.suggestion.as_ref().and_then(|id| {
        let span = se.suggest.get(id)?.span;
        Some((
            close_reader_core::model::blocks::blocks_touching(&se.blocks, span),
            id.clone(),
        ))
    });
    // The groups that must be in the page: the first and last of each span shown, and the search's match.
    let revealed = props
        .reveal
        .map(|at| se.blocks.partition_point(|b| b.span.end() <= at));
    let mut pinned = Vec::new();
    for r in [
        sel.as_ref().map(|s| s.0.clone()),
        flash.as_ref().map(|f| f.0.clone()),
        current.as_ref().map(|c| c.0.clone()),
        revealed.map(|b| b..b + 1),
    ]
    .into_iter()
    .flatten()
    {
        if !r.is_empty() && r.end <= se.blocks.len() {
            pinned.push(se.group_of(r.start));
            pinned.push(se.group_of(r.end - 1));
        }
    }
    drop(se);
    let in_page = use_groups_in_page(&props.session, &pinned);
    {
        let session = props.session.clone();
        let key = (
            props.rev,
            props.selected.clone(),
            (*hovered).clone(),
            in_page.shown.clone(),
        );
        let beside = props.beside;
        use_effect_with(key, move |(_, selected, hovered, _)| {
            if beside {
                return;
            }
            let mut ids: Vec<&str> = hovered
                .as_deref()
                .map(|h| h.split(' ').collect())
                .unwrap_or_default();
            ids.extend(selected.as_deref());
            paint_linked(&session.0.borrow(), &ids);
        });
    }
    let se = props.session.0.borrow();
    // The current suggestion is scrolled into view (after its group is in the page).
    use_effect_with(props.suggestion.clone(), |id| {
        if let Some(id) = id {
            crate::dom::scroll::to_selector(&format!("[data-sid~=\"{id}\"]"));
        }
    });
    // A span chosen in the side panel is scrolled to once its group is in the page.
    use_effect_with(props.flash.clone(), |flash| {
        if let Some((id, _)) = flash {
            crate::dom::scroll::to_annotation(id);
        }
    });
    html! {
        <article data-doc={se.id.clone()} data-beside={props.beside.then_some("true")}
            class={classes!("article", props.linking.is_some().then_some("linking"), props.beside.then_some("beside-article"), in_page.windowed.then_some("windowed"))} aria-label={t!("annotate-article")} {onclick}
            data-print-note={in_page.windowed.then(|| t!("annotate-too-long-to-print"))}
            tabindex={(!props.beside).then_some("0")} aria-describedby={(!props.beside).then_some("caret-help")} {onmouseover} {onmouseleave}>
            // Every child keyed (groups by number, gaps by their first group): keyed and unkeyed
            // siblings would be matched by position and rebuilt each time the list changes.
            <div class="groups" ref={in_page.list.clone()}>
            { for numbered(&in_page.items).map(|(item, n)| match item {
                Item::Group(g) => {
                    let g = *g;
                    let range = se.group(g);
                    let overlaps = |r: &std::ops::Range<usize>| r.start < range.end && range.start < r.end;
                    html! {
                        <BlockGroup key={g} session={props.session.clone()} group={g} version={se.group_versions[g]}
                            selected={sel.clone().filter(|(r, _)| overlaps(r))}
                            flash={flash.clone().filter(|(r, _, _)| overlaps(r))}
                            current={current.clone().filter(|(r, _)| overlaps(r))} />
                    }
                }
                Item::Gap(r, _) => {
                    // Its height: the list's `--gap-n` (dom/page.rs).
                    let class = classes!(if in_page.windowed { "gap" } else { "unmounted" }, format!("gap-{n}"));
                    html! { <div key={format!("gap{}", r.start)} {class} aria-hidden="true"></div> }
                }
            }) }
            </div>
        </article>
    }
}

/// Paints the spans linked to any of `ids` as the `linked` highlight (clears it for none).
fn paint_linked(se: &crate::session::Session, ids: &[&str]) {
    let linked = linked_to(&se.doc, ids);
    let ranges: Vec<web_sys::Range> = match crate::effects::keyboard::article() {
        Some(article) => linked
            .iter()
            .filter_map(|id| se.doc.annotation(id))
            .filter_map(|a| crate::dom::ranges::range_of(&article, &se.blocks, a.span))
            .collect(),
        None => Vec::new(),
    };
    crate::dom::ranges::paint("linked", &ranges);
}

#[cfg(test)]
mod tests {
    use crate::clicks::next_selection;

    #[test]
    fn repeated_clicks_cycle_through_overlapping_spans() {
        let ids = ["a2", "a1", "a3"];
        assert_eq!(next_selection(&ids, None).as_deref(), Some("a2"));
        assert_eq!(next_selection(&ids, Some("a2")).as_deref(), Some("a1"));
        assert_eq!(next_selection(&ids, Some("a3")).as_deref(), Some("a2"));
        assert_eq!(next_selection(&ids, Some("zz")).as_deref(), Some("a2"));
    }
}
