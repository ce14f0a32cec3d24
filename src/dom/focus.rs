//! Moves keyboard focus into a dialog when one opens, so that Tab, Escape and a screen reader start
//! inside it rather than on the button that opened it (or on the page behind).

use wasm_bindgen::JsCast;

/// Focuses the first field or button of the open modal dialog, unless focus is already inside it.
pub fn into_dialog() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(dialog) = doc.query_selector("[aria-modal=true]").ok().flatten() else {
        return;
    };
    if doc
        .active_element()
        .is_some_and(|a| dialog.contains(Some(&a)))
    {
        return;
    }
    let first = dialog
        .query_selector("input:not([disabled]), textarea, select, button:not([disabled])")
        .ok()
        .flatten()
        .unwrap_or(dialog);
    if let Ok(el) = first.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}
