//! A condition the page exposes for its browser tests: `data-handled` on the root element counts the
//! keys, clicks and selection changes the app has handled, set once the page has re-rendered after
//! each. A test that checks that something did *not* happen waits for the count to move past the
//! input instead of sleeping.

use std::cell::Cell;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;

thread_local! {
    static HANDLED: Cell<u64> = const { Cell::new(0) };
}

/// After the event's own handlers and the render they cause (microtasks), the count goes up.
fn handled() {
    let bump = wasm_bindgen::closure::Closure::once_into_js(|| {
        let n = HANDLED.with(|h| {
            h.set(h.get() + 1);
            h.get()
        });
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-handled", &n.to_string());
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback(bump.unchecked_ref());
    }
}

/// Listens, after every other listener, for the inputs the count follows.
pub fn install() -> Vec<EventListener> {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let last = EventListenerOptions {
        phase: EventListenerPhase::Bubble,
        passive: true,
    };
    ["keydown", "click", "selectionchange", "pointerup"]
        .into_iter()
        .map(|kind| EventListener::new_with_options(&doc, kind, last, |_| handled()))
        .collect()
}
