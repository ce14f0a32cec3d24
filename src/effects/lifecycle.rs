//! The page's life around the document: leaving (the journal and a last save), being hidden, the
//! browser's own print command, an assignment link pasted into the address bar, and the system's
//! theme. Installed once by the root; the listeners live as long as the returned guards.

use gloo::events::{EventListener, EventListenerOptions};

use super::{persist, Ctx};
use crate::state::ui::UiAction;
use crate::state::Action;

pub fn install(ctx: &Ctx) -> Vec<EventListener> {
    let window = web_sys::window().expect("window");
    let document = window.document().expect("document");
    let mut guards = Vec::new();
    // Leaving: the changes storage has not confirmed go to the journal at once (storage's own
    // writes may not finish), and a save starts.
    let c = ctx.clone();
    guards.push(EventListener::new(&window, "pagehide", move |_| {
        persist::journal_now(&c);
        persist::save_now(&c);
    }));
    let c = ctx.clone();
    guards.push(EventListener::new_with_options(
        &window,
        "beforeunload",
        EventListenerOptions::enable_prevent_default(),
        move |e| {
            // Only when no journal could hold the changes: the browser asks before leaving.
            if !persist::journal_now(&c) && persist::would_lose(&c) {
                e.prevent_default();
                let _ = js_sys::Reflect::set(e, &"returnValue".into(), &true.into());
            }
        },
    ));
    let c = ctx.clone();
    guards.push(EventListener::new(
        &document,
        "visibilitychange",
        move |_| {
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.hidden());
            if hidden {
                persist::journal_now(&c);
                persist::save_now(&c);
            }
        },
    ));
    let c = ctx.clone();
    guards.push(EventListener::new(&window, "beforeprint", move |_| {
        super::export::prepare_print(&c)
    }));
    guards.push(EventListener::new(&window, "afterprint", |_| {
        crate::dom::print_notes::clear()
    }));
    // An assignment link pasted into a tab that already shows the app changes only the fragment.
    let c = ctx.clone();
    guards.push(EventListener::new(&window, "hashchange", move |_| {
        let c = c.clone();
        wasm_bindgen_futures::spawn_local(async move {
            super::assignment::open_from_fragment(&c).await;
        });
    }));
    // The page follows the system's theme; label colours are checked as drawn in it.
    ctx.send(Action::Ui(UiAction::Theme(crate::dom::theme::current())));
    let c = ctx.clone();
    guards.extend(crate::dom::theme::watch(move |t| {
        c.send(Action::Ui(UiAction::Theme(t)))
    }));
    guards.extend(crate::dom::settled::install());
    guards
}
