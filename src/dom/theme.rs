//! Which theme the page is drawn in: the system's dark setting (`prefers-color-scheme`), which the
//! style sheet follows; the app is told now and whenever it changes.

use close_reader_core::model::contrast::Theme;
use gloo::events::EventListener;

const DARK: &str = "(prefers-color-scheme: dark)";

fn query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media(DARK).ok().flatten()
}

/// The theme in use now.
pub fn current() -> Theme {
    if query().is_some_and(|q| q.matches()) {
        Theme::Dark
    } else {
        Theme::Light
    }
}

/// Calls `changed` with the theme whenever the system's setting changes; the listener lives as
/// long as the returned guard.
pub fn watch(changed: impl Fn(Theme) + 'static) -> Option<EventListener> {
    let q = query()?;
    Some(EventListener::new(
        &q,
        "change",
        move |_| changed(current()),
    ))
}
