//! The article: groups of paragraphs. A long article is put into the page a few groups at a time,
//! the first screen at once and the rest in short tasks after it, with a placeholder of the estimated
//! height below; the selected or flashed span's group is always there. Clicking a highlight selects
//! its span (clicking again where spans overlap steps to the next one), or, while linking, finishes
//! the link; hovering or selecting a span paints the spans linked to it.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clicks::{on_article, Click};
use crate::components::block_group::BlockGroup;
use crate::effects::use_ctx;
use crate::session::SessionRef;
use close_reader_core::model::pairing::linked_to;

/// Groups rendered with the first paint, and added per task afterwards (at first: then as many
/// as fit in about [`STEP_MS`], since a paragraph under hundreds of overlapping spans takes far
/// longer to put in the page than a plain one).
const FIRST_GROUPS: usize = 2;
const STEP_GROUPS: usize = 4;
const STEP_MS: f64 = 30.0;

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
    {
        let session = props.session.clone();
        let key = (props.rev, props.selected.clone(), (*hovered).clone());
        let beside = props.beside;
        use_effect_with(key, move |(_, selected, hovered)| {
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
    let groups = se.group_versions.len();
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
    // The groups in the page: those mounted so far, and at least up to the selected or flashed span.
    let mounted = use_state_eq(|| FIRST_GROUPS);
    let needed = [
        sel.as_ref().map(|s| &s.0),
        flash.as_ref().map(|f| &f.0),
        current.as_ref().map(|c| &c.0),
    ]
    .into_iter()
    .flatten()
    .filter(|r| !r.is_empty())
    .map(|r| se.group_of(r.end - 1) + 1)
    .max()
    .unwrap_or(0);
    let upto = (*mounted).max(needed).min(groups);
    // When the last step began and how many groups it added.
    let pace = use_mut_ref(|| (0.0_f64, STEP_GROUPS));
    {
        let mounted = mounted.clone();
        let pace = pace.clone();
        use_effect_with(upto, move |&upto| {
            let (began, step) = *pace.borrow();
            let took = crate::dom::slices::now() - began;
            let step = if began > 0.0 && took > 0.0 {
                ((step as f64 * STEP_MS / took) as usize).clamp(1, 4 * STEP_GROUPS)
            } else {
                step
            };
            let next = (upto < groups).then(|| {
                Timeout::new(0, move || {
                    *pace.borrow_mut() = (crate::dom::slices::now(), step);
                    mounted.set(upto + step)
                })
            });
            move || drop(next)
        });
    }
    // The placeholder stands for the groups not yet in the page, at the height they will likely take
    // (measured from those already in it), so the scroll bar is right from the start.
    let article_ref = use_node_ref();
    let rest_ref = use_node_ref();
    let px_per_char = use_mut_ref(|| None::<f64>);
    {
        let (article_ref, rest_ref) = (article_ref.clone(), rest_ref.clone());
        let shown_end = se.group(upto.max(1) - 1).end;
        let shown_chars = se
            .blocks
            .get(shown_end.max(1) - 1)
            .map_or(0, |b| b.span.end());
        let all_chars = se.doc.text.len();
        use_effect(move || {
            let (Some(article), Some(rest)) = (
                article_ref.cast::<web_sys::Element>(),
                rest_ref.cast::<web_sys::HtmlElement>(),
            ) else {
                return;
            };
            // Measured once: reading layout after every step would lay out the whole page each time.
            let per_char = *px_per_char.borrow_mut().get_or_insert_with(|| {
                let shown_px = rest.get_bounding_client_rect().top()
                    - article.get_bounding_client_rect().top();
                if shown_chars > 0 {
                    shown_px / shown_chars as f64
                } else {
                    0.5
                }
            });
            let px = per_char * all_chars.saturating_sub(shown_chars) as f64;
            let _ = rest.style().set_property("height", &format!("{px:.0}px"));
        });
    }
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
        <article ref={article_ref} data-doc={se.id.clone()} data-beside={props.beside.then_some("true")}
            class={classes!("article", props.linking.is_some().then_some("linking"), props.beside.then_some("beside-article"))} aria-label="Article" {onclick}
            tabindex={(!props.beside).then_some("0")} aria-describedby={(!props.beside).then_some("caret-help")} {onmouseover} {onmouseleave}>
            // Keyed groups in a container of their own: beside the unkeyed placeholder they would be
            // matched by position and rebuilt each time the list grows.
            <div class="groups">
            { for (0..upto).map(|g| {
                let range = se.group(g);
                let overlaps = |r: &std::ops::Range<usize>| r.start < range.end && range.start < r.end;
                html! {
                    <BlockGroup key={g} session={props.session.clone()} group={g} version={se.group_versions[g]}
                        selected={sel.clone().filter(|(r, _)| overlaps(r))}
                        flash={flash.clone().filter(|(r, _, _)| overlaps(r))}
                        current={current.clone().filter(|(r, _)| overlaps(r))} />
                }
            }) }
            </div>
            if upto < groups {
                <div ref={rest_ref} class="unmounted" aria-hidden="true"></div>
            }
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
