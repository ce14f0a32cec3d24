//! The side panel's list of annotations, windowed: every entry has the same height, so only the rows
//! near the viewport are rendered (plus a margin), inside a list as tall as all of them. Ten thousand
//! annotations then cost no more per edit than forty.

use close_reader_core::model::label::slot;
use std::cell::Cell;
use std::rc::Rc;

use close_reader_core::model::names::ellipsize;
use close_reader_core::Annotation;
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use yew::prelude::*;

use crate::effects::use_ctx;
use crate::i18n::t;
use crate::session::SessionRef;
use crate::state::ui::UiAction;
use crate::state::Action;

/// Rows rendered beyond the visible ones, above and below; ranges move in steps of this size.
const MARGIN_ROWS: usize = 12;
/// Row height before the first row has been measured (CSS sets the real one).
const DEFAULT_ROW_PX: f64 = 104.0;

#[derive(Properties, PartialEq)]
pub struct EntryListProps {
    pub session: SessionRef,
    pub rev: u64,
    pub selected: Option<AttrValue>,
    /// Positions in `doc.annotations()` (text order) of the entries to list: the side panel applies
    /// the label filters.
    pub shown: Rc<Vec<usize>>,
}

/// The rows to render for a list whose top is `top` px from the viewport's top (negative once scrolled
/// past), in a viewport `viewport` px tall: the visible ones plus a margin, in whole steps.
pub fn window(top: f64, viewport: f64, row: f64, total: usize) -> (usize, usize) {
    let row = row.max(1.0);
    let first_visible = ((-top).max(0.0) / row).floor() as usize;
    let last_visible = ((viewport - top).max(0.0) / row).ceil() as usize;
    let start = first_visible.saturating_sub(MARGIN_ROWS) / MARGIN_ROWS * MARGIN_ROWS;
    let end = (last_visible + MARGIN_ROWS).div_ceil(MARGIN_ROWS) * MARGIN_ROWS;
    (start.min(total), end.min(total))
}

#[component]
pub fn EntryList(props: &EntryListProps) -> Html {
    let ctx = use_ctx();
    let list = use_node_ref();
    let range = use_state_eq(|| (0usize, 3 * MARGIN_ROWS));
    let row_px = use_mut_ref(|| Cell::new(DEFAULT_ROW_PX));
    let measured = use_state(|| Rc::new(Cell::new(false)));
    let measured = (*measured).clone();
    let total = props.shown.len();

    // Recompute the window on any scroll (the panel's own, or the page's on narrow screens) and resize.
    // When the number of entries changes (an edit), the list's top read at the last scroll serves:
    // reading layout then would lay out the page the edit just changed, within the edit.
    let top = use_mut_ref(|| None::<f64>);
    {
        let (list, range, row_px) = (list.clone(), range.clone(), row_px.clone());
        use_effect_with(total, move |&total| {
            let update = move |read: bool| {
                let Some(el) = list.cast::<web_sys::Element>() else {
                    return;
                };
                let vh = web_sys::window()
                    .and_then(|w| w.inner_height().ok())
                    .and_then(|h| h.as_f64())
                    .unwrap_or(800.0);
                let known = *top.borrow();
                let at = match known.filter(|_| !read) {
                    Some(at) => at,
                    None => {
                        let at = el.get_bounding_client_rect().top();
                        *top.borrow_mut() = Some(at);
                        at
                    }
                };
                range.set(window(at, vh, row_px.borrow().get(), total));
            };
            update(false);
            let window = web_sys::window().expect("window");
            let capture = EventListenerOptions {
                phase: EventListenerPhase::Capture,
                passive: true,
            };
            let u = update.clone();
            let scroll =
                EventListener::new_with_options(&window, "scroll", capture, move |_| u(true));
            let resize = EventListener::new(&window, "resize", move |_| update(true));
            move || drop((scroll, resize))
        });
    }

    // After each render: the list's height and top padding stand in for the rows not rendered
    // (set through the CSSOM: the CSP allows no inline style attributes), and the row height is measured.
    {
        let (list, row_px, measured) = (list.clone(), row_px.clone(), measured.clone());
        let (start, _) = *range;
        use_effect(move || {
            if let Some(el) = list.cast::<web_sys::HtmlElement>() {
                // Measured once: reading layout after every edit would lay out the whole page.
                if !measured.get() {
                    if let Some(first) = el.first_element_child().filter(|c| c.tag_name() == "LI") {
                        let h = first.get_bounding_client_rect().height();
                        if h > 0.0 {
                            row_px.borrow().set(h);
                            measured.set(true);
                        }
                    }
                }
                let row = row_px.borrow().get();
                let style = el.style();
                let _ = style.set_property("height", &format!("{}px", row * total as f64));
                let _ = style.set_property("padding-top", &format!("{}px", row * start as f64));
            }
        });
    }

    let se = props.session.0.borrow();
    let doc = &se.doc;
    let slot = |label: &str| slot(&doc.labels, label);
    let (start, end) = *range;
    let rows = props.shown[start.min(total)..end.min(total)]
        .iter()
        .filter_map(|&i| doc.annotations().get(i))
        .map(|a: &Annotation| {
            let onclick = {
                let (ctx, id) = (ctx.clone(), a.id.clone());
                // The article scrolls to it once its paragraph is in the page.
                Callback::from(move |_: MouseEvent| ctx.send(Action::Ui(UiAction::Focus(id.clone()))))
            };
            let name = doc.label(&a.label).map_or(a.label.clone(), |l| l.name.clone());
            let current = props.selected.as_deref() == Some(a.id.as_str());
            let comments = crate::state::thread_view::comment_count(doc, &a.id);
            html! {
                <li key={a.id.clone()} class={classes!("entry", current.then_some("current"))}>
                    <button {onclick} aria-current={current.then_some("true")} data-entry={a.id.clone()}>
                        <span class={classes!("badge", format!("l{}", slot(&a.label)))}>{ name }</span>
                        if comments > 0 {
                            <span class="comment-count">{ t!("panel-comment-count", count = comments) }</span>
                        }
                        <span class="quote">{ ellipsize(doc.quote(a), 140) }</span>
                        if !a.note.is_empty() { <span class="note-preview">{ ellipsize(&a.note, 100) }</span> }
                    </button>
                </li>
            }
        });
    html! {
        <ol ref={list} class="ann-list" aria-label={t!("panel-entry-list", count = total)}>
            { for rows }
        </ol>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_visible_rows_with_a_margin_in_steps() {
        // The list starts 300 px down a 900 px viewport: rows 0..6 visible, 0..24 rendered.
        assert_eq!(window(300.0, 900.0, 100.0, 10_000), (0, 24));
        // Scrolled 5,000 px past its top: rows 50..59 visible.
        let (start, end) = window(-5_000.0, 900.0, 100.0, 10_000);
        assert!(start <= 50 && end >= 59, "{start}..{end}");
        assert!(end - start <= 9 + 4 * MARGIN_ROWS);
        assert_eq!(start % MARGIN_ROWS, 0);
        // Never past the end, and an empty list renders nothing.
        assert_eq!(window(-1e9, 900.0, 100.0, 10_000).1, 10_000);
        assert_eq!(window(0.0, 900.0, 100.0, 0), (0, 0));
    }

    #[test]
    fn small_scrolls_keep_the_same_range() {
        let a = window(-5_000.0, 900.0, 100.0, 10_000);
        let b = window(-5_030.0, 900.0, 100.0, 10_000);
        assert_eq!(a, b, "no re-render for a few pixels");
    }
}
