//! Performance marks behind a debug flag (`?perf` in the page's URL): named points in time that
//! Chromium's tools and `cargo xtask bench` read with `performance.getEntriesByType("mark")`.

use std::cell::OnceCell;

thread_local! {
    static ENABLED: OnceCell<bool> = const { OnceCell::new() };
}

fn enabled() -> bool {
    ENABLED.with(|e| {
        *e.get_or_init(|| {
            web_sys::window()
                .and_then(|w| w.location().search().ok())
                .is_some_and(|s| s.split(['?', '&']).any(|p| p == "perf"))
        })
    })
}

/// Records `performance.mark(name)` when the flag is on.
pub fn mark(name: &str) {
    if !enabled() {
        return;
    }
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Marks `name` when dropped: the end of a scope, whichever way it is left.
pub struct Done(pub &'static str);

impl Drop for Done {
    fn drop(&mut self) {
        mark(self.0);
    }
}
