//! Scrolling an annotation's first highlight (or any element of the article) into view.

use std::cell::Cell;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Frames after a scroll in which the element is kept in view.
const WATCH_FRAMES: u32 = 12;

thread_local! {
    /// Counts the user's own moves (wheel, touch, keys, pointer): a move ends the keeping in view,
    /// so that scrolling away at once is never undone.
    static MOVES: Cell<u32> = const { Cell::new(0) };
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// Counts the user's moves from now on (listeners on the window, capture phase, passive).
fn listen_for_moves() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let Some(w) = web_sys::window() else { return };
    for kind in ["wheel", "touchstart", "keydown", "pointerdown"] {
        let options = EventListenerOptions {
            phase: EventListenerPhase::Capture,
            passive: true,
        };
        EventListener::new_with_options(&w, kind, options, |_| {
            MOVES.with(|m| m.set(m.get().wrapping_add(1)))
        })
        .forget();
    }
}

/// Scrolls `el` to the middle of the viewport, and keeps it in view for the next frames: the
/// paragraphs brought near the viewport take their real heights only then (`content-visibility`,
/// and a book's groups put in the page), which the browser's scroll anchoring does not always make
/// up for. The keeping ends as soon as the user moves.
fn center(el: web_sys::Element) {
    listen_for_moves();
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    let moves = MOVES.with(Cell::get);
    watch(el, opts, moves, WATCH_FRAMES);
}

fn watch(el: web_sys::Element, opts: web_sys::ScrollIntoViewOptions, moves: u32, frames: u32) {
    let Some(w) = web_sys::window() else { return };
    let next = Closure::once_into_js(move || {
        if MOVES.with(Cell::get) != moves {
            return;
        }
        let rect = el.get_bounding_client_rect();
        if rect.top() < 0.0 || rect.bottom() > viewport_height() {
            el.scroll_into_view_with_scroll_into_view_options(&opts);
        }
        if frames > 1 {
            watch(el, opts, moves, frames - 1);
        }
    });
    let _ = w.request_animation_frame(next.unchecked_ref());
}

fn viewport_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok()?.as_f64())
        .unwrap_or(800.0)
}

/// Scrolls the first `<mark>` of annotation `id` to the middle of the viewport.
pub fn to_annotation(id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(marks) = doc.query_selector_all("article mark[data-ids]") else {
        return;
    };
    for i in 0..marks.length() {
        let Some(el) = marks
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let ids = el.get_attribute("data-ids").unwrap_or_default();
        if ids.split(' ').any(|x| x == id) {
            return center(el);
        }
    }
}

/// Scrolls the first element of the article matching `css` to the middle of the viewport, unless it
/// is already in view.
pub fn to_selector(css: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("article {css}")).ok().flatten())
    else {
        return;
    };
    let rect = el.get_bounding_client_rect();
    if rect.top() >= 80.0 && rect.bottom() <= viewport_height() - 20.0 {
        return;
    }
    center(el);
}
