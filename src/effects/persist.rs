//! Saving the open document to IndexedDB: at most half a second after a change (also while typing,
//! since the timer is not restarted by later changes), and at once when the page is hidden or closed;
//! also the article open beside it, when a link across the two changes it.

use std::cell::RefCell;
use std::rc::Rc;

use close_reader_core::formats::native;
use gloo::timers::callback::Timeout;

use super::Ctx;
use crate::dom::clock::now_iso;
use crate::state::Action;
use crate::storage::{idb, library::DocMeta, prefs};

const DELAY_MS: u32 = 500;

/// Called after every render whose state has unsaved changes.
pub fn schedule(ctx: &Ctx, timer: &Rc<RefCell<Option<Timeout>>>) {
    if timer.borrow().is_some() {
        return;
    }
    let (ctx2, timer2) = (ctx.clone(), timer.clone());
    *timer.borrow_mut() = Some(Timeout::new(DELAY_MS, move || {
        timer2.borrow_mut().take();
        save_now(&ctx2);
    }));
}

/// Writes the latest state now if it has unsaved changes.
pub fn save_now(ctx: &Ctx) {
    let state = ctx.state();
    let Some(session) = state.session.clone() else {
        return;
    };
    if state.rev <= state.saved_rev {
        return;
    }
    let rev = state.rev;
    let (id, json, meta) = {
        let s = session.borrow();
        let meta = DocMeta::of(&s.id, &s.doc, &s.created, &now_iso());
        (
            s.id.clone(),
            native::to_json(&s.doc),
            serde_json::to_string(&meta).expect("plain data"),
        )
    };
    prefs::set_last_open(Some(&id));
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match idb::put(&id, &json, &meta).await {
            Ok(()) => ctx.send(Action::Saved(rev)),
            Err(e) => ctx.send(Action::SaveFailed {
                rev,
                message: format!("Not saved: {e}. Your work is still here in this tab; use Download to keep a copy."),
            }),
        }
    });
}

/// Writes the document open beside the main one (after a link across the two changed it). It has
/// no save status of its own: a failure is a notice.
pub fn save_beside(ctx: &Ctx) {
    let Some(session) = ctx.state().beside.clone() else {
        return;
    };
    let (id, json, meta) = {
        let s = session.borrow();
        let meta = DocMeta::of(&s.id, &s.doc, &s.created, &now_iso());
        (
            s.id.clone(),
            native::to_json(&s.doc),
            serde_json::to_string(&meta).expect("plain data"),
        )
    };
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = idb::put(&id, &json, &meta).await {
            ctx.send(Action::Notice(Some(crate::state::Notice::error(format!(
                "The article beside was not saved: {e}. Download it to keep a copy."
            )))));
        }
    });
}
