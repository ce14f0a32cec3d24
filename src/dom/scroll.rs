//! Scrolling an annotation's first highlight (or any element of the article) into view.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Frames after a scroll in which the element is kept in view.
const WATCH_FRAMES: u32 = 12;

/// Scrolls `el` to the middle of the viewport, and keeps it in view for the next frames: the
/// paragraphs brought near the viewport take their real heights only then (`content-visibility`,
/// and a book's groups put in the page), which the browser's scroll anchoring does not always make
/// up for.
fn center(el: web_sys::Element) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    watch(el, opts, WATCH_FRAMES);
}

fn watch(el: web_sys::Element, opts: web_sys::ScrollIntoViewOptions, frames: u32) {
    let Some(w) = web_sys::window() else { return };
    let next = Closure::once_into_js(move || {
        let rect = el.get_bounding_client_rect();
        if rect.top() < 0.0 || rect.bottom() > viewport_height() {
            el.scroll_into_view_with_scroll_into_view_options(&opts);
        }
        if frames > 1 {
            watch(el, opts, frames - 1);
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
