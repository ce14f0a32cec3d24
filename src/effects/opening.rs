//! Opening a document in slices, with progress and Cancel: a file read by the core's streaming
//! reader, a stored document read back, and the session prepared block by block. A long document
//! (tens of megabytes, hundreds of thousands of spans) opens without freezing the page; a short one
//! is done within the first slice and shows no progress at all.

use std::cell::Cell;

use close_reader_core::formats::native::LoadError;
use close_reader_core::formats::native_stream::{Reading, Step};
use close_reader_core::model::unsaved::Unsaved;
use close_reader_core::Document;

use super::Ctx;
use crate::dom::slices;
use crate::i18n::t;
use crate::session::{Building, Session};
use crate::state::ui::UiAction;
use crate::state::{Action, Progress};
use crate::storage::library::{self, DocMeta, LoadFailure};

/// Bytes of a file read per step of the streaming reader (a step stays far below a slice).
const STEP_BYTES: usize = 64 * 1024;
/// Blocks prepared per step.
const STEP_BLOCKS: usize = 16;

thread_local! {
    /// Set by Cancel; the work under way stops at its next pause.
    static CANCELLED: Cell<bool> = const { Cell::new(false) };
}

/// Cancels the opening under way (the Cancel button of the progress bar).
pub fn cancel() {
    CANCELLED.with(|c| c.set(true));
}

/// Starts a new piece of work that Cancel can stop.
pub fn begin() {
    CANCELLED.with(|c| c.set(false));
}

fn cancelled() -> bool {
    CANCELLED.with(Cell::get)
}

/// Shows how far the work is, from `from` to `to` of the bar as `fraction` goes from 0 to 1, and
/// says whether to go on.
fn report(ctx: &Ctx, what: &str, from: f64, to: f64, fraction: f64) -> bool {
    if cancelled() {
        return false;
    }
    ctx.send(Action::Ui(UiAction::Progress(Some(Progress {
        what: what.to_string(),
        fraction: from + (to - from) * fraction.clamp(0.0, 1.0),
    }))));
    true
}

/// Reads a native file's bytes in slices; `None` when cancelled. The bar runs to 80 %.
pub async fn read_native(
    ctx: &Ctx,
    what: &str,
    bytes: Vec<u8>,
) -> Option<Result<Document, LoadError>> {
    let mut reading = Reading::new(bytes);
    let done = Cell::new(0.0);
    let read = slices::run(
        || match reading.step(STEP_BYTES) {
            Step::Working { progress } => {
                done.set(progress);
                None
            }
            Step::Done(doc) => Some(Ok(*doc)),
            Step::Failed(e) => Some(Err(e)),
        },
        || report(ctx, what, 0.0, 0.8, done.get()),
    )
    .await?;
    Some(read)
}

/// Prepares the session for `doc` in slices; `None` when cancelled. The bar runs from 80 %.
pub async fn prepare(
    ctx: &Ctx,
    what: &str,
    id: String,
    doc: Document,
    created: String,
    unsaved: Unsaved,
) -> Option<Session> {
    let mut building = Building::new(id, doc, created, unsaved);
    let done = Cell::new(0.0);
    let ready = slices::run(
        || {
            let ready = building.step(STEP_BLOCKS);
            done.set(building.progress());
            ready.then_some(())
        },
        || report(ctx, what, 0.8, 1.0, done.get()),
    )
    .await;
    ready.map(|()| building.finish())
}

/// Reads a stored document back in slices (its base, then the changes since), with what its
/// session must keep writing as changes; `None` when cancelled.
pub async fn load(
    ctx: &Ctx,
    what: &str,
    id: &str,
) -> Option<Result<(Document, DocMeta, Unsaved), LoadFailure>> {
    let stored = match library::fetch(id).await {
        Ok(s) => s,
        Err(e) => return Some(Err(e)),
    };
    let (meta, changes) = (stored.meta, stored.changes);
    let Some(bytes) = stored.base.bytes().await else {
        return Some(Err(LoadFailure::Damaged(t!(
            "messages-stored-file-unreadable"
        ))));
    };
    let base = read_native(ctx, what, bytes).await?;
    Some(match base {
        Ok(base) => library::assemble(id, &meta, changes.as_deref(), base),
        Err(e) => Err(LoadFailure::Damaged(crate::i18n::reasons::load(&e))),
    })
}

/// Hides the progress bar.
pub fn end(ctx: &Ctx) {
    if ctx.state().progress.is_some() {
        ctx.send(Action::Ui(UiAction::Progress(None)));
    }
}
