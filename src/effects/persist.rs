//! Saving the open document to IndexedDB: at most half a second after a change (also while typing,
//! since the timer is not restarted by later changes), and at once when the page is hidden or closed;
//! also the article open beside it, when a link across the two changes it.

use std::cell::RefCell;
use std::rc::Rc;

use close_reader_core::formats::native;
use close_reader_core::model::names::slug;
use gloo::timers::callback::Timeout;

use super::Ctx;
use crate::dom::clock::now_iso;
use crate::state::Action;
use crate::storage::{idb, library::DocMeta, prefs};

const DELAY_MS: u32 = 500;
const RETRY_MS: u32 = 4000;

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
    if let Some(job) = prepare(ctx) {
        let ctx = ctx.clone();
        wasm_bindgen_futures::spawn_local(async move { write(&ctx, job).await });
    }
}

/// Like [`save_now`], with the state as of this call; the future ends when the write has ended
/// (another tab waits for it before it takes over).
pub fn save_and_wait(ctx: &Ctx) -> impl std::future::Future<Output = ()> {
    let job = prepare(ctx);
    let ctx = ctx.clone();
    async move {
        if let Some(job) = job {
            write(&ctx, job).await;
        }
    }
}

struct Job {
    rev: u64,
    id: String,
    json: std::rc::Rc<str>,
    meta: String,
}

/// The write the state needs now, taken at once (the state may change before it runs). None
/// without changes, after a crash (the state may be half changed) or in a read-only tab.
fn prepare(ctx: &Ctx) -> Option<Job> {
    let state = ctx.state();
    let session = state.session.clone()?;
    if state.rev <= state.saved_rev || state.read_only.is_some() || crate::dom::crash::crashed() {
        return None;
    }
    let rev = state.rev;
    let (id, json, meta) = {
        let s = session.borrow();
        let meta = DocMeta::of(&s.id, &s.doc, &s.created, &now_iso());
        let json: std::rc::Rc<str> = native::to_json(&s.doc).into();
        // What the crash screen offers, should the program stop before the next save.
        crate::dom::crash::remember(
            &format!("{}.close-reader.json", slug(&s.doc.title)),
            json.clone(),
        );
        (
            s.id.clone(),
            json,
            serde_json::to_string(&meta).expect("plain data"),
        )
    };
    prefs::set_last_open(Some(&id));
    Some(Job {
        rev,
        id,
        json,
        meta,
    })
}

async fn write(ctx: &Ctx, job: Job) {
    let Job {
        rev,
        id,
        json,
        meta,
    } = job;
    match idb::put(&id, &json, &meta).await {
        Ok(()) => ctx.send(Action::Saved(rev)),
        Err(e) => {
            ctx.send(Action::SaveFailed {
                rev,
                message: format!("Not saved in this browser: {e}. Your work is kept in this tab: use Download to keep a copy. Saving is retried every few seconds."),
            });
            retry_later(ctx);
        }
    }
}

thread_local! {
    static RETRY: RefCell<Option<Timeout>> = const { RefCell::new(None) };
}

/// After a failed save, tries again in a few seconds (one timer at a time), so that saving resumes
/// by itself once storage works again (space freed, the browser's storage back).
fn retry_later(ctx: &Ctx) {
    let ctx = ctx.clone();
    RETRY.with(|r| {
        r.borrow_mut().get_or_insert_with(|| {
            Timeout::new(RETRY_MS, move || {
                RETRY.with(|r| r.borrow_mut().take());
                save_now(&ctx);
            })
        });
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
