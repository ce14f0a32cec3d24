//! Saving the open document to IndexedDB: at most half a second after a change (also while typing,
//! since the timer is not restarted by later changes), and at once when the page is hidden or closed;
//! also the article open beside it, when a link across the two changes it.
//!
//! A short document is written whole at every save. A long one (thousands of annotations) is
//! written whole once (its base: for a file just opened, the file itself, so nothing is serialised),
//! then as the changes since its base, until many have accumulated (`model::unsaved::Plan`).
//!
//! IndexedDB writes are asynchronous, and a page that is reloaded or closed may not finish them. So
//! when the page is hidden or closed, the changes storage has not confirmed are also written
//! synchronously to a journal in localStorage ([`journal_now`]), replayed on the next start
//! (`effects/recover.rs`). A confirmed save removes the journal it covers.

use std::cell::RefCell;
use std::rc::Rc;

use close_reader_core::formats::{journal, native};
use close_reader_core::model::names::slug;
use close_reader_core::model::unsaved::{Plan, Saved};
use gloo::timers::callback::Timeout;

use super::Ctx;
use crate::dom::clock::now_iso;
use crate::i18n::t;
use crate::session::{Session, SessionRef};
use crate::state::Action;
use crate::state::{document::DocAction, ui::UiAction};
use crate::storage::idb::{self, Base};
use crate::storage::{library::DocMeta, prefs};

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
    let job = prepare(ctx);
    crate::dom::perf::mark("save:prepared");
    if let Some(job) = job {
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

/// What one save writes.
enum Content {
    /// A new base, and the changes since it when the base is the file the document was opened
    /// from (then the base is not the document, and the changes stay in every later record).
    Whole { base: Base, changes: Option<String> },
    /// The changes since the base storage holds.
    Changes(String),
}

struct Job {
    /// The app's revision this save holds (the save status follows it).
    rev: u64,
    id: String,
    content: Content,
    meta: String,
    /// The session saved, and its version of unsaved changes this write holds.
    session: SessionRef,
    version: u64,
}

/// What to write for `s` now.
fn content_of(s: &Session) -> Content {
    // A save not written whole leaves the crash screen nothing current to offer: better none
    // than an older copy (a reload after a crash restores the latest save in any case).
    crate::dom::crash::forget();
    match (s.unsaved.plan(s.doc.annotations().len()), &s.base) {
        (Plan::Changes, _) => Content::Changes(journal::changes(
            &s.id,
            &s.created,
            &s.doc,
            &s.unsaved.touched(),
        )),
        (Plan::Whole, Some(base)) if !s.unsaved.is_stored() => Content::Whole {
            base: base.clone(),
            changes: Some(journal::changes(
                &s.id,
                &s.created,
                &s.doc,
                &s.unsaved.touched(),
            )),
        },
        (Plan::Whole, _) => {
            let json: Rc<str> = native::to_json(&s.doc).into();
            let base = Base::Bytes(Rc::from(json.as_bytes()));
            // What the crash screen offers, should the program stop before the next save.
            crate::dom::crash::remember(&format!("{}.close-reader.json", slug(&s.doc.title)), json);
            Content::Whole {
                base,
                changes: None,
            }
        }
    }
}

/// The write the state needs now, taken at once (the state may change before it runs). None
/// without changes, after a crash (the state may be half changed) or in a read-only tab.
fn prepare(ctx: &Ctx) -> Option<Job> {
    let state = ctx.state();
    let session = state.session.clone()?;
    if state.rev <= state.saved_rev || state.read_only.is_some() || crate::dom::crash::crashed() {
        return None;
    }
    let job = job_for(state.rev, session);
    prefs::set_last_open(Some(&job.id));
    Some(job)
}

fn job_for(rev: u64, session: SessionRef) -> Job {
    let (id, content, meta, version) = {
        let s = session.borrow();
        let meta = DocMeta::of(&s.id, &s.doc, &s.created, &now_iso());
        (
            s.id.clone(),
            content_of(&s),
            serde_json::to_string(&meta).expect("plain data"),
            s.unsaved.version(),
        )
    };
    Job {
        rev,
        id,
        content,
        meta,
        session,
        version,
    }
}

/// Performs a job; on success its changes leave the unsaved set.
async fn put(job: &Job) -> Result<(), idb::StorageError> {
    let how = match &job.content {
        Content::Whole { base, changes } => {
            idb::put(&job.id, base, changes.as_deref(), &job.meta).await?;
            if changes.is_some() {
                Saved::Base
            } else {
                Saved::Whole
            }
        }
        Content::Changes(changes) => {
            idb::put_changes(&job.id, changes, &job.meta).await?;
            Saved::Changes
        }
    };
    confirmed(&job.session, job.version, how);
    Ok(())
}

async fn write(ctx: &Ctx, job: Job) {
    let rev = job.rev;
    let put = put(&job).await;
    crate::dom::perf::mark("save:written");
    match put {
        Ok(()) => ctx.send(Action::Doc(DocAction::Saved(rev))),
        Err(e) => {
            ctx.send(Action::Doc(DocAction::SaveFailed {
                rev,
                message: t!("messages-not-saved", why = e.to_string()),
            }));
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

/// Writes the document open beside the main one if storage lacks something of it (after a swap,
/// the document that was open may not be saved yet).
pub fn save_beside_if_pending(ctx: &Ctx) {
    if ctx
        .state()
        .beside
        .as_ref()
        .is_some_and(|s| s.borrow().unsaved.pending())
    {
        save_beside(ctx);
    }
}

/// Writes the document open beside the main one (after a link across the two changed it). It has
/// no save status of its own: a failure is a notice.
pub fn save_beside(ctx: &Ctx) {
    let Some(session) = ctx.state().beside.clone() else {
        return;
    };
    let job = job_for(0, session);
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = put(&job).await {
            ctx.send(Action::Ui(UiAction::Notice(Some(
                crate::state::Notice::error(t!("messages-beside-not-saved", why = e.to_string())),
            ))));
        }
    });
}

thread_local! {
    /// Per document, the session (its serial) that last wrote its journal and the version of
    /// unsaved changes it was written at (versions count from zero in each session).
    static JOURNALLED: RefCell<std::collections::HashMap<String, (u64, u64)>> = RefCell::default();
}

/// Storage holds `session` as of `version`: those changes are no longer pending, and a journal
/// written at or before that version is no longer needed.
fn confirmed(session: &SessionRef, version: u64, how: Saved) {
    let mut s = session.borrow_mut();
    s.unsaved.saved(version, how);
    if how != Saved::Changes {
        s.base = None;
    }
    let covered = JOURNALLED.with(|j| {
        let mut j = j.borrow_mut();
        // A journal this session wrote is covered up to the version saved; one an earlier session
        // of the document wrote was replayed before this one opened (`recover::before_open`), or
        // replaced on purpose, so this save supersedes it.
        let covered = j
            .get(&s.id)
            .is_none_or(|&(by, at)| by != s.serial || at <= version);
        if covered {
            j.remove(&s.id);
        }
        covered
    });
    if covered {
        crate::storage::journal::remove(&s.id);
    }
}

/// Writes, synchronously, a journal of what storage has not confirmed of the open document and the
/// one beside it; called when the page is hidden or about to close. False when a journal could not
/// be written (local storage full or blocked).
pub fn journal_now(ctx: &Ctx) -> bool {
    let state = ctx.state();
    if state.read_only.is_some() || crate::dom::crash::crashed() {
        return true;
    }
    let mut written = true;
    for session in state.open_sessions() {
        let s = session.borrow();
        if !s.unsaved.pending() {
            continue;
        }
        let json = if s.unsaved.is_stored() {
            journal::changes(&s.id, &s.created, &s.doc, &s.unsaved.touched())
        } else {
            journal::whole(&s.id, &s.created, &s.doc)
        };
        match crate::storage::journal::write(&s.id, &json) {
            Ok(()) => {
                let version = s.unsaved.version();
                JOURNALLED.with(|j| j.borrow_mut().insert(s.id.clone(), (s.serial, version)));
            }
            Err(_) => written = false,
        }
    }
    if let Some(s) = &state.session {
        prefs::set_last_open(Some(&s.borrow().id));
    }
    written
}

/// Whether leaving now would lose changes: some are not in storage and no journal holds them.
pub fn would_lose(ctx: &Ctx) -> bool {
    let state = ctx.state();
    let pending = state.open_sessions().any(|s| s.borrow().unsaved.pending());
    state.read_only.is_none() && pending
}
