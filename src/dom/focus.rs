//! Moves keyboard focus into a dialog when one opens, and keeps Tab inside it, so that Tab, Escape and a screen reader start
//! inside it rather than on the button that opened it (or on the page behind).

use wasm_bindgen::JsCast;

/// Focuses the open modal dialog's control marked `data-autofocus` (the choice that loses nothing),
/// else its first field or button, unless focus is already inside it.
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
        .query_selector("[data-autofocus]")
        .ok()
        .flatten()
        .or_else(|| {
            dialog
                .query_selector("input:not([disabled]), textarea, select, button:not([disabled])")
                .ok()
                .flatten()
        })
        .unwrap_or(dialog);
    if let Ok(el) = first.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Keeps Tab inside the open modal dialog: from its last control Tab goes to its first, and
/// Shift+Tab from its first to its last. True when it moved the focus (the key is then handled).
pub fn keep_tab_in_dialog(shift: bool) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(dialog) = doc.query_selector("[aria-modal=true]").ok().flatten() else {
        return false;
    };
    let Ok(list) = dialog.query_selector_all(
        "a[href], input:not([disabled]):not([type=hidden]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])",
    ) else {
        return false;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return false;
    };
    let active = doc.active_element();
    let at =
        |el: &web_sys::HtmlElement| active.as_ref() == Some(el.unchecked_ref::<web_sys::Element>());
    let outside = !active.as_ref().is_some_and(|a| dialog.contains(Some(a)));
    let target = match (shift, outside) {
        (_, true) => first,
        (false, false) if at(last) => first,
        (true, false) if at(first) => last,
        _ => return false,
    };
    let _ = target.focus();
    true
}
