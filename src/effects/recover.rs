//! On start, before anything opens: the journals of unsaved changes that a page wrote as it closed
//! (see `persist.rs`) are replayed onto the stored copies and saved, so that an edit made a moment
//! before a reload or a closed tab is there. A journal that cannot be replayed is set aside, never
//! deleted, and the user is told.

use close_reader_core::formats::journal;
use close_reader_core::Document;

use super::Ctx;
use crate::dom::clock::now_iso;
use crate::i18n::{list, reasons, t};
use crate::state::ui::UiAction;
use crate::state::{Action, Notice};
use crate::storage::library::{self, DocMeta, LoadFailure};
use crate::storage::{idb, journal as stored_journal};

/// A document whose recovered changes storage would not take: it opens from memory instead.
pub struct Unsaved {
    pub id: String,
    pub doc: Document,
    pub created: String,
}

/// What replaying one document's journal came to.
enum Outcome {
    /// Replayed and saved (its title); the journal is gone.
    Restored(String),
    /// Replayed, but storage would not take it: it opens from memory.
    Unsaved(Unsaved),
    /// The user cancelled: the journal stays.
    Cancelled,
    /// It could not be replayed: kept aside, and the user told.
    SetAside,
}

async fn one(ctx: &Ctx, id: &str, json: &str) -> Outcome {
    match replay(ctx, id, json).await {
        Ok(Some((doc, created))) => match save(id, json, &doc, &created).await {
            Ok(()) => {
                stored_journal::remove(id);
                Outcome::Restored(doc.title)
            }
            Err(e) => {
                ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
                    "messages-restored-not-saved",
                    title = &doc.title,
                    why = e.to_string()
                ))))));
                Outcome::Unsaved(Unsaved {
                    id: id.to_string(),
                    doc,
                    created,
                })
            }
        },
        Ok(None) => Outcome::Cancelled,
        Err(why) => {
            stored_journal::set_aside(id, json);
            ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
                "messages-changes-set-aside",
                why = why
            ))))));
            Outcome::SetAside
        }
    }
}

/// Replays every journal left; returns the documents it could restore but not save.
pub async fn run(ctx: &Ctx) -> Vec<Unsaved> {
    let mut restored = Vec::new();
    let mut unsaved = Vec::new();
    for (id, json) in stored_journal::all() {
        match one(ctx, &id, &json).await {
            Outcome::Restored(title) => restored.push(title),
            Outcome::Unsaved(u) => unsaved.push(u),
            // Cancelled: the journal stays, and is replayed before the document opens.
            Outcome::Cancelled | Outcome::SetAside => {}
        }
    }
    say_restored(ctx, &restored);
    unsaved
}

/// Tells the user which documents got their last changes back (nothing when none did).
fn say_restored(ctx: &Ctx, titles: &[String]) {
    if titles.is_empty() {
        return;
    }
    let titles: Vec<String> = titles
        .iter()
        .map(|title| t!("messages-quoted-title", title = title))
        .collect();
    ctx.send(Action::Ui(UiAction::Notice(Some(Notice::info(t!(
        "messages-changes-restored",
        titles = list(&titles)
    ))))));
}

/// What opening a stored document does after [`before_open`].
pub enum BeforeOpen {
    /// Open it from storage (which holds its last changes).
    Stored,
    /// Open this, restored from its journal, from memory (storage would not take it).
    FromMemory(Unsaved),
    /// The user cancelled restoring it: it does not open without its last changes.
    Cancelled,
}

/// Before a stored document opens: a journal still left for it (restoring was cancelled at start,
/// or storage refused the restored copy) is replayed first, so that the document never opens
/// without its last changes and no later save can drop them.
pub async fn before_open(ctx: &Ctx, id: &str) -> BeforeOpen {
    let Some(json) = stored_journal::read(id) else {
        return BeforeOpen::Stored;
    };
    match one(ctx, id, &json).await {
        Outcome::Restored(title) => {
            say_restored(ctx, &[title]);
            BeforeOpen::Stored
        }
        Outcome::Unsaved(u) => BeforeOpen::FromMemory(u),
        Outcome::Cancelled => BeforeOpen::Cancelled,
        Outcome::SetAside => BeforeOpen::Stored,
    }
}

/// The document as the journal left it, with its creation time; `None` when cancelled.
async fn replay(ctx: &Ctx, id: &str, json: &str) -> Result<Option<(Document, String)>, String> {
    let about = journal::about(json).map_err(|e| reasons::journal(&e))?;
    let stored = if about.needs_stored {
        let loaded = super::opening::load(ctx, &t!("messages-restoring"), id).await;
        if !matches!(loaded, Some(Ok(_))) {
            super::opening::end(ctx);
        }
        match loaded {
            None => return Ok(None),
            Some(Ok((doc, _, _))) => Some(doc),
            Some(Err(LoadFailure::Missing)) => None,
            Some(Err(e)) => return Err(e.to_string()),
        }
    } else {
        None
    };
    super::opening::end(ctx);
    let doc = journal::replay(json, stored).map_err(|e| reasons::journal(&e))?;
    Ok(Some((doc, about.created)))
}

/// Saves a restored document: the journal itself as the changes to the stored copy when it holds
/// changes (it is written in that form), else the whole document.
async fn save(
    id: &str,
    json: &str,
    doc: &Document,
    created: &str,
) -> Result<(), idb::StorageError> {
    let needs_stored = journal::about(json).is_ok_and(|a| a.needs_stored);
    if needs_stored {
        let meta = DocMeta::of(id, doc, created, &now_iso());
        let meta = serde_json::to_string(&meta).expect("plain data");
        idb::put_changes(id, json, &meta).await
    } else {
        library::save(id, doc, created, &now_iso())
            .await
            .map(|_| ())
    }
}
