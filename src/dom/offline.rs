//! Registers the service worker that keeps the hosted app for offline use (`sw.js`, written by
//! `cargo xtask dist`). Only over http(s): the one-file build opened from `file://` needs none.

use wasm_bindgen_futures::JsFuture;

/// Registers `./sw.js` for this directory; failures only leave the app online-only, so they are logged.
pub fn register_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let protocol = window.location().protocol().unwrap_or_default();
    if protocol != "https:" && protocol != "http:" {
        return;
    }
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let promise = navigator.service_worker().register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = JsFuture::from(promise).await {
            web_sys::console::warn_2(&"Close Reader will not work offline:".into(), &e);
        }
    });
}
