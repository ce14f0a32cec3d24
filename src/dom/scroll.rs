//! Scrolling an annotation's first highlight (or any element of the article) into view.

use wasm_bindgen::JsCast;

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
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Center);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
            return;
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
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok()?.as_f64())
        .unwrap_or(800.0);
    if rect.top() >= 80.0 && rect.bottom() <= height - 20.0 {
        return;
    }
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}
