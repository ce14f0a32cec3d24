//! Scrolling an annotation's first highlight into view.

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
