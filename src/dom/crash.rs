//! The crash screen: a panic hook that replaces a frozen page with a message, a link that downloads
//! the work as last saved and a link that reloads. The release build aborts on panic, so the wasm
//! instance is dead once the hook returns: the screen is plain DOM built here, and its two links work
//! without any Rust behind them (a Blob URL with `download`, and an ordinary `href`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;

use crate::i18n::t;

thread_local! {
    /// The file name and native JSON of the last save (attempted or done): what the crash screen
    /// offers to download. Kept ready, since the hook must not touch the (possibly borrowed) session.
    static LAST: RefCell<Option<(Rc<str>, Rc<str>)>> = const { RefCell::new(None) };
    static CRASHED: Cell<bool> = const { Cell::new(false) };
}

/// True after a panic. The wasm instance may still answer events, but its state may be half
/// changed: nothing is saved any more, so a reload finds the last state saved before the crash.
pub fn crashed() -> bool {
    CRASHED.with(Cell::get)
}

/// Remembers the work as just handed to storage (called on every save).
pub fn remember(file_name: &str, json: Rc<str>) {
    LAST.with(|l| *l.borrow_mut() = Some((file_name.into(), json)));
}

/// Forgets it when another document opens (whose stored copy is then the latest).
pub fn forget() {
    LAST.with(|l| l.borrow_mut().take());
}

/// Shows the crash screen on the first panic; logs every panic to the console.
pub fn install() {
    // Through Yew, which otherwise puts its own hook in place when the app renders.
    yew::set_custom_panic_hook(Box::new(|info| {
        CRASHED.with(|c| c.set(true));
        let what = info.to_string();
        web_sys::console::error_1(&what.as_str().into());
        let _ = show(&what);
    }));
    if test_trigger_asked() {
        arm_test_trigger();
    }
}

/// `?crash-test` in the URL (a test trigger, documented in the README): then F9 panics.
fn test_trigger_asked() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s.split(['?', '&']).any(|p| p == "crash-test"))
}

fn arm_test_trigger() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    gloo::events::EventListener::new(&doc, "keydown", |e| {
        if e.unchecked_ref::<web_sys::KeyboardEvent>().key() == "F9" {
            panic!("crash test: F9 pressed with ?crash-test in the URL")
        }
    })
    .forget();
}

/// A new `tag` element holding `text` (as text, never markup), appended to `parent`.
fn add(parent: &web_sys::Element, tag: &str, text: &str) -> Option<web_sys::Element> {
    let e = parent.owner_document()?.create_element(tag).ok()?;
    e.set_text_content(Some(text));
    parent.append_child(&e).ok()?;
    Some(e)
}

fn show(what: &str) -> Option<()> {
    let doc = web_sys::window()?.document()?;
    let body = doc.body()?;
    if doc.get_element_by_id("crash").is_some() {
        return Some(());
    }
    // The page behind takes no clicks or focus any more.
    let app = body.children();
    for i in 0..app.length() {
        let _ = app.item(i)?.set_attribute("inert", "");
    }
    let screen = add(&body, "div", "")?;
    screen.set_id("crash");
    screen.set_class_name("crash");
    let _ = screen.set_attribute("role", "alertdialog");
    let _ = screen.set_attribute("aria-labelledby", "crash-title");
    let card = add(&screen, "div", "")?;
    card.set_class_name("crash-card");
    add(&card, "h2", &t!("messages-crash-title"))?.set_id("crash-title");
    let last = LAST.with(|l| l.borrow().clone());
    let said = match last {
        Some(_) => t!("messages-crash-download"),
        None => t!("messages-crash-reload"),
    };
    add(&card, "p", &said)?;
    let links = add(&card, "p", "")?;
    links.set_class_name("crash-links");
    if let Some((name, json)) = last {
        download_link(&links, &name, &json);
    }
    // Without `?crash-test` and without a fragment that would open something else: the page
    // reopens the document that was open.
    let path = web_sys::window()?.location().pathname().ok()?;
    let _ = add(&links, "a", &t!("messages-crash-reload-link"))?.set_attribute("href", &path);
    // What went wrong, in its own words, for a bug report (it is in the console too).
    add(&card, "pre", what)?;
    let first = links.first_element_child()?;
    let _ = first.unchecked_into::<web_sys::HtmlElement>().focus();
    Some(())
}

fn download_link(links: &web_sys::Element, name: &str, json: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&json.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let a = add(links, "a", &t!("messages-crash-download-link"))?;
    let _ = a.set_attribute("href", &url);
    let _ = a.set_attribute("download", name);
    a.set_class_name("crash-download");
    Some(())
}
