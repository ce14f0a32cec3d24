//! Long work in slices: a step run again and again for about [`SLICE_MS`], then a pause in which
//! the browser paints (progress) and handles input (Cancel among it), so that opening a long
//! document never blocks the page for more than a fraction of a second at a time.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How long one slice runs before the page gets its turn.
pub const SLICE_MS: f64 = 25.0;

/// Milliseconds on a monotonic clock.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Lets the browser paint and handle input before going on.
pub async fn pause() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ =
                w.set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Runs `step` until it returns a result, in slices; after each slice, `between` is told how far
/// the work is (it may show progress) and answers whether to go on (false: cancelled, `None`).
pub async fn run<T>(
    mut step: impl FnMut() -> Option<T>,
    mut between: impl FnMut() -> bool,
) -> Option<T> {
    loop {
        let start = now();
        while now() - start < SLICE_MS {
            if let Some(done) = step() {
                return Some(done);
            }
        }
        if !between() {
            return None;
        }
        pause().await;
    }
}
