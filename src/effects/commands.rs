//! The async work behind buttons: opening saved documents and files, downloading, and the library's
//! rename, delete and undo-delete. Failures become specific notices; nothing is changed on failure.

use close_reader_core::formats::detect::opens_as_native;
use close_reader_core::formats::native;
use close_reader_core::model::names::slug;
use close_reader_core::Document;

use super::Ctx;
use close_reader_core::model::unsaved::{Unsaved, WHOLE_BELOW};

use crate::dom::clock::{local_time, new_doc_id, now_iso};
use crate::dom::perf;
use crate::i18n::t;
use crate::limits::{too_long_message, too_many_message, MAX_ANNOTATIONS, MAX_TEXT_CHARS};
use crate::state::comparison::CompareAction;
use crate::state::{beside::BesideAction, document::DocAction, ui::UiAction};
use crate::state::{Action, Conflict, Notice, Screen, Shared, Undo};
use crate::storage::idb::Base;
use crate::storage::library::{self, DocMeta, LoadFailure};
use crate::storage::prefs;

/// Opens a document from the library (a long one in slices, with progress and Cancel).
pub async fn open_saved(ctx: &Ctx, id: &str) {
    super::opening::begin();
    match super::recover::before_open(ctx, id).await {
        super::recover::BeforeOpen::Stored => {}
        super::recover::BeforeOpen::FromMemory(u) => {
            return open_unsaved(ctx, u.doc, u.id, u.created)
        }
        super::recover::BeforeOpen::Cancelled => {
            return cancelled(ctx, t!("messages-cancelled-not-restored"))
        }
    }
    let what = t!("messages-opening-saved");
    let loaded = super::opening::load(ctx, &what, id).await;
    let session = match loaded {
        None => return cancelled(ctx, t!("messages-cancelled-still-in-library")),
        Some(Ok((doc, meta, unsaved))) => {
            super::opening::prepare(ctx, &what, id.to_string(), doc, meta.created, unsaved).await
        }
        Some(Err(LoadFailure::Missing)) => {
            super::opening::end(ctx);
            return prefs::set_last_open(None);
        }
        Some(Err(e)) => {
            super::opening::end(ctx);
            return ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
                "messages-saved-not-opened",
                why = e.to_string()
            ))))));
        }
    };
    let Some(session) = session else {
        return cancelled(ctx, t!("messages-cancelled-still-in-library"));
    };
    super::opening::end(ctx);
    prefs::set_last_open(Some(id));
    ctx.send(Action::Doc(DocAction::Open {
        session: Box::new(session),
        saved: true,
    }));
}

/// Ends work the user cancelled, saying so and what it left (`said`).
fn cancelled(ctx: &Ctx, said: String) {
    super::opening::end(ctx);
    ctx.send(Action::Ui(UiAction::Notice(Some(Notice::info(said)))));
}

/// Opens a saved document beside the open one (side by side), for comparing two outlets' reports.
pub async fn open_beside(ctx: &Ctx, id: &str) {
    super::opening::begin();
    let what = t!("messages-opening-beside");
    let session = match super::opening::load(ctx, &what, id).await {
        None => None,
        Some(Ok((doc, meta, unsaved))) => {
            super::opening::prepare(ctx, &what, id.to_string(), doc, meta.created, unsaved).await
        }
        Some(Err(e)) => {
            super::opening::end(ctx);
            return ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
                "messages-beside-not-opened",
                why = e.to_string()
            ))))));
        }
    };
    match session {
        Some(session) => {
            super::opening::end(ctx);
            ctx.send(Action::Beside(BesideAction::Open(Box::new(session))));
        }
        None => cancelled(ctx, t!("messages-cancelled-nothing-beside")),
    }
}

/// Refreshes the library list and shows the library.
pub fn show_library(ctx: &Ctx) {
    super::persist::save_now(ctx);
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match library::list().await {
            Ok(list) => ctx.send(Action::Doc(DocAction::Library(list))),
            Err(e) => ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
                "messages-library-unreadable",
                why = e.to_string()
            )))))),
        }
        ctx.send(Action::Ui(UiAction::Show(Screen::Library)));
    });
}

/// Files dropped on the page: into the compare view's class when it shows, else one file opened.
pub fn dropped(ctx: &Ctx, files: web_sys::FileList) {
    if ctx.state().screen == Screen::Compare {
        return super::collect::add_files(ctx, files);
    }
    match files.length() {
        0 => {}
        1 => open_file(ctx, files.get(0).expect("one file")),
        n => ctx.send(Action::notice(Some(Notice::error(t!(
            "messages-dropped-several",
            count = n
        ))))),
    }
}

/// Opens a file the user picked or dropped.
pub fn open_file(ctx: &Ctx, file: web_sys::File) {
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let name = file.name();
        let fail = |why: String| {
            Action::Ui(UiAction::Notice(Some(Notice::error(t!(
                "messages-not-opened",
                name = &name,
                why = why
            )))))
        };
        perf::mark("open:start");
        let bytes = match crate::io::files::read(&file).await {
            Ok(b) => b,
            Err(e) => return ctx.send(fail(e)),
        };
        perf::mark("open:read");
        // Only a Close Reader file opens here at once; the worker tells any other apart.
        let bytes = match opens_as_native(&bytes) {
            true => bytes,
            false => match super::import::from_file(&ctx, &name, bytes).await {
                Some(bytes) => bytes,
                None => return,
            },
        };
        super::opening::begin();
        let what = t!("messages-opening-file", name = &name);
        let Some(read) = super::opening::read_native(&ctx, &what, bytes).await else {
            return cancelled(&ctx, t!("messages-cancelled-file-not-opened"));
        };
        super::opening::end(&ctx);
        let doc = match read {
            Ok(read) => read,
            Err(e) => return ctx.send(fail(crate::i18n::reasons::load(&e))),
        };
        perf::mark("open:parsed");
        if doc.text.len() > MAX_TEXT_CHARS {
            return ctx.send(fail(too_long_message(doc.text.len())));
        }
        if doc.annotations().len() > MAX_ANNOTATIONS {
            return ctx.send(fail(too_many_message(doc.annotations().len())));
        }
        if doc.assignment.is_some() && doc.annotations().is_empty() {
            return super::assignment::receive(&ctx, doc).await;
        }
        // A long file is kept as it is as the document's first copy in storage (see persist.rs).
        let base = (doc.annotations().len() >= WHOLE_BELOW).then(|| Base::File(file.into()));
        let sha = doc.text.sha256().to_string();
        let existing = same_text_saved(&ctx, &sha).await;
        perf::mark("open:checked");
        match existing {
            Some(existing) => {
                let conflict = Conflict::new(doc, base, existing.0, existing.1);
                ctx.send(Action::Doc(DocAction::Conflict(Some(Shared::new(
                    conflict,
                )))))
            }
            None => open_new_from(&ctx, doc, new_doc_id(), base),
        }
    });
}

/// The document already kept in this browser with the same text, if any, with its notes when they
/// are known: the open one first (its latest save may still be on its way), then the library as
/// stored now (not as last shown, since downloads and saves in this visit add to it). When storage
/// cannot be read, the list last shown stands in.
async fn same_text_saved(ctx: &Ctx, sha: &str) -> Option<(DocMeta, Option<usize>)> {
    let state = ctx.state();
    if let Some(session) = &state.session {
        let s = session.borrow();
        if s.doc.text.sha256() == sha {
            let meta = DocMeta::of(&s.id, &s.doc, &s.created, &now_iso());
            let updated = s
                .doc
                .annotations()
                .iter()
                .map(|a| a.modified.as_str())
                .max();
            let meta = DocMeta {
                // The open document changed when its last annotation did, or when it was saved.
                updated: state
                    .library
                    .iter()
                    .find(|m| m.id == s.id)
                    .map(|m| m.updated.clone())
                    .into_iter()
                    .chain(updated.map(str::to_string))
                    .max()
                    .unwrap_or(meta.updated.clone()),
                ..meta
            };
            return Some((meta, Some(notes(&s.doc))));
        }
    }
    let list = library::list()
        .await
        .unwrap_or_else(|_| state.library.to_vec());
    let meta = list.into_iter().find(|m| m.sha256 == sha)?;
    let noted = if meta.total() < WHOLE_BELOW {
        library::load(&meta.id).await.ok().map(|(d, _)| notes(&d))
    } else {
        None
    };
    Some((meta, noted))
}

/// How many annotations of `doc` have a note.
pub fn notes(doc: &Document) -> usize {
    doc.annotations()
        .iter()
        .filter(|a| !a.note.trim().is_empty())
        .count()
}

/// Opens `doc` under `id` (a new id, or an existing one it replaces); it is saved straight away.
pub fn open_new(ctx: &Ctx, doc: Document, id: String) {
    open_new_from(ctx, doc, id, None);
}

/// [`open_new`], then says `said` once the document shows.
pub fn open_new_saying(ctx: &Ctx, doc: Document, id: String, said: Notice) {
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if opened_new(&ctx, doc, id, None).await {
            ctx.send(Action::Ui(UiAction::Notice(Some(said))));
        }
    });
}

/// Opens a document restored from a journal that storage would not take, under its own id.
pub fn open_unsaved(ctx: &Ctx, doc: Document, id: String, created: String) {
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        super::opening::begin();
        let what = t!("messages-preparing", title = &doc.title);
        let prepared =
            super::opening::prepare(&ctx, &what, id, doc, created, Unsaved::new(false)).await;
        super::opening::end(&ctx);
        if let Some(session) = prepared {
            ctx.send(Action::Doc(DocAction::Open {
                session: Box::new(session),
                saved: false,
            }));
        }
    });
}

/// [`open_new`] for a document read from a file whose bytes `base` can be stored as they are.
pub fn open_new_from(ctx: &Ctx, doc: Document, id: String, base: Option<Base>) {
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        opened_new(&ctx, doc, id, base).await;
    });
}

/// Opens a document new to storage (prepared in slices); done when it shows (true), or cancelled.
async fn opened_new(ctx: &Ctx, doc: Document, id: String, base: Option<Base>) -> bool {
    super::persist::save_now(ctx);
    super::opening::begin();
    let what = t!("messages-preparing", title = &doc.title);
    let Some(mut session) =
        super::opening::prepare(ctx, &what, id, doc, now_iso(), Unsaved::new(false)).await
    else {
        cancelled(ctx, t!("messages-cancelled-not-opened"));
        return false;
    };
    session.base = base;
    super::opening::end(ctx);
    perf::mark("open:session");
    ctx.send(Action::Doc(DocAction::Open {
        session: Box::new(session),
        saved: false,
    }));
    perf::mark("open:rendered");
    ctx.send(Action::Ui(UiAction::Notice(None)));
    true
}

/// Replaces the library's copy of a document with an opened file, keeping the copy replaced in the
/// library under another title (and offering Undo), so that nothing is lost.
pub fn replace(ctx: &Ctx, c: Shared<Conflict>) {
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        // The open document's latest edits reach storage first, so the copy kept is the latest.
        super::persist::save_and_wait(&ctx).await;
        let id = c.existing.id.clone();
        let (old, meta) = match library::load(&id).await {
            Ok(loaded) => loaded,
            Err(LoadFailure::Missing) => {
                opened_new(&ctx, c.incoming.clone(), id, c.base.clone()).await;
                return;
            }
            Err(e) => {
                return ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
                    "messages-not-replaced-unreadable",
                    title = &c.existing.title,
                    why = e.to_string()
                ))))))
            }
        };
        let mut kept = old;
        kept.title = t!(
            "messages-replaced-title",
            title = &meta.title,
            time = local_time(&now_iso())
        );
        let kept_id = new_doc_id();
        if let Err(e) = library::save(&kept_id, &kept, &meta.created, &now_iso()).await {
            return ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
                "messages-not-replaced-unsaved",
                title = &c.existing.title,
                why = e.to_string()
            ))))));
        }
        if !opened_new(&ctx, c.incoming.clone(), id.clone(), c.base.clone()).await {
            return;
        }
        let list = library::list().await.unwrap_or_default();
        ctx.send(Action::Doc(DocAction::Library(list)));
        ctx.send(Action::Ui(UiAction::Notice(Some(Notice {
            undo: Some(Shared::new(Undo::Replace {
                id,
                kept_id,
                title: meta.title.clone(),
            })),
            ..Notice::info(t!(
                "messages-replaced",
                title = &meta.title,
                kept = &kept.title
            ))
        }))));
    });
}

/// Downloads the open document as `<title-slug>.close-reader.json`.
pub fn download(ctx: &Ctx) {
    let state = ctx.state();
    let Some(session) = state.session else { return };
    let (name, json) = {
        let s = session.borrow();
        (
            format!("{}.close-reader.json", slug(&s.doc.title)),
            native::to_json(&s.doc),
        )
    };
    if let Err(e) = crate::io::download::text_file(&name, "application/json", &json) {
        ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(e)))));
    }
}

/// Renames a saved document (and the open one, if it is that document).
pub fn rename(ctx: &Ctx, meta: DocMeta, title: String) {
    let title = title.trim().to_string();
    if title.is_empty() {
        return ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
            "messages-title-empty"
        ))))));
    }
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        super::persist::save_now(&ctx);
        match library::rename(&meta, &title, &now_iso()).await {
            Ok(_) => ctx.send(Action::Doc(DocAction::Retitle {
                id: meta.id.clone(),
                title,
            })),
            Err(e) => ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
                "messages-not-renamed",
                title = &meta.title,
                why = e.to_string()
            )))))),
        }
    });
}

/// Deletes a saved document; the notice offers to undo it.
pub fn delete(ctx: &Ctx, meta: DocMeta) {
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match library::delete(&meta).await {
            Ok(deleted) => {
                let open = ctx
                    .state()
                    .session
                    .as_ref()
                    .is_some_and(|s| s.borrow().id == meta.id);
                if open {
                    prefs::set_last_open(None);
                    ctx.send(Action::Doc(DocAction::Closed));
                }
                let list = library::list().await.unwrap_or_default();
                ctx.send(Action::Doc(DocAction::Library(list)));
                ctx.send(Action::Ui(UiAction::Notice(Some(Notice {
                    undo: Some(Shared::new(Undo::Delete(deleted))),
                    ..Notice::info(t!("messages-deleted", title = &meta.title))
                }))));
            }
            Err(e) => ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
                "messages-not-deleted",
                title = &meta.title,
                why = e.to_string()
            )))))),
        }
    });
}

/// Takes back what a notice offers to undo.
pub fn undo(ctx: &Ctx, what: Shared<Undo>) {
    match &*what {
        Undo::Delete(deleted) => restore(ctx, deleted),
        Undo::ClassSet(removed) => super::class_sets::put_back(ctx, removed),
        Undo::Replace { id, kept_id, title } => undo_replace(ctx, id, kept_id, title),
    }
}

/// Puts the version a file replaced back under its own id (and reopens it), and drops the copy kept.
fn undo_replace(ctx: &Ctx, id: &str, kept_id: &str, title: &str) {
    let (ctx, id, kept_id, title) = (
        ctx.clone(),
        id.to_string(),
        kept_id.to_string(),
        title.to_string(),
    );
    wasm_bindgen_futures::spawn_local(async move {
        super::persist::save_and_wait(&ctx).await;
        let result = async {
            let (mut doc, meta) = library::load(&kept_id).await.map_err(|e| e.to_string())?;
            doc.title = title.clone();
            library::save(&id, &doc, &meta.created, &now_iso())
                .await
                .map_err(|e| e.to_string())?;
            library::delete(&meta).await.map_err(|e| e.to_string())?;
            Ok::<(), String>(())
        }
        .await;
        match result {
            Ok(()) => {
                let list = library::list().await.unwrap_or_default();
                ctx.send(Action::Doc(DocAction::Library(list)));
                if ctx.state().session.is_some_and(|s| s.borrow().id == id) {
                    open_saved(&ctx, &id).await;
                }
                ctx.send(Action::Ui(UiAction::Notice(Some(Notice::info(t!(
                    "messages-replacement-undone",
                    title = &title
                ))))));
            }
            Err(e) => ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
                "messages-replacement-not-undone",
                why = e
            )))))),
        }
    });
}

/// Undoes a library deletion.
fn restore(ctx: &Ctx, deleted: &library::Deleted) {
    let ctx = ctx.clone();
    let deleted = library::Deleted {
        meta: deleted.meta.clone(),
        base: deleted.base.clone(),
        changes: deleted.changes.clone(),
        class_set: deleted.class_set.clone(),
    };
    wasm_bindgen_futures::spawn_local(async move {
        match library::restore(&deleted).await {
            Ok(()) => {
                let list = library::list().await.unwrap_or_default();
                ctx.send(Action::Doc(DocAction::Library(list)));
                ctx.send(Action::Ui(UiAction::Notice(Some(Notice::info(t!(
                    "messages-restored",
                    title = &deleted.meta.title
                ))))));
            }
            Err(e) => ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
                "messages-not-restored",
                why = e.to_string()
            )))))),
        }
    });
}

/// The article beside becomes the one edited, and a reload reopens it (`beside_id`). The open
/// document's changes reach storage before the swap; whatever either document still lacks in
/// storage (a failed save) stays pending and is saved again.
pub fn swap_sides(ctx: &Ctx, beside_id: &str) {
    let (ctx, beside_id) = (ctx.clone(), beside_id.to_string());
    wasm_bindgen_futures::spawn_local(async move {
        super::persist::save_and_wait(&ctx).await;
        prefs::set_last_open(Some(&beside_id));
        ctx.send(Action::Beside(BesideAction::Swap));
        super::persist::save_beside_if_pending(&ctx);
    });
}

/// Opens the compare view over a saved document (resuming the comparison already open for it).
pub async fn open_compare(ctx: &Ctx, id: &str) {
    // The open document's latest edits go to storage first, so the comparison sees them.
    super::persist::save_now(ctx);
    if let Some(c) = ctx.state().compare.filter(|c| c.doc_id == id) {
        ctx.send(Action::Compare(CompareAction::Open(c)));
        // The comparison in memory keeps its files, with the assignment (and its rubric) as
        // stored now: it may have been changed in the assignment dialog since.
        let open = ctx.state().session.and_then(|se| {
            let se = se.borrow();
            (se.id.as_str() == id).then(|| se.doc.clone())
        });
        let stored = match open {
            Some(doc) => Some(doc),
            None => library::load(id).await.ok().map(|(doc, _)| doc),
        };
        if let Some(doc) = stored {
            ctx.send(Action::Compare(CompareAction::Article(
                id.to_string(),
                Box::new(doc),
            )));
        }
        return;
    }
    match library::load(id).await {
        Ok((doc, _)) => {
            ctx.send(Action::Ui(UiAction::Notice(None)));
            let (c, keeping) = super::class_sets::reopen(ctx, id, doc).await;
            ctx.send(Action::Compare(CompareAction::Keeping(keeping)));
            ctx.send(Action::Compare(CompareAction::Open(
                crate::state::Shared::new(c),
            )));
        }
        Err(e) => ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
            "messages-compare-not-opened",
            why = e.to_string()
        )))))),
    }
}

/// Downloads the gradebook: one row per student against the key.
pub fn download_gradebook(ctx: &Ctx, c: &crate::state::compare::Compare) {
    let Some(csv) = c.gradebook() else {
        return ctx.send(Action::notice(Some(Notice::error(t!(
            "messages-gradebook-needs-key"
        )))));
    };
    let name = format!("{}-gradebook.csv", slug(&c.article.title));
    if let Err(e) = crate::io::download::text_file(&name, "text/csv", &csv) {
        ctx.send(Action::notice(Some(Notice::error(e))));
    }
}

/// Downloads one feedback file per student (their spans with the key inside), as one zip.
pub fn download_feedback(ctx: &Ctx, c: &crate::state::compare::Compare) {
    let files: Vec<(String, String)> = c
        .feedback_documents()
        .into_iter()
        .map(|(name, doc)| (name, native::to_json(&doc)))
        .collect();
    if files.is_empty() {
        return ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
            "messages-feedback-needs-files"
        ))))));
    }
    let entries: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, j)| (n.as_str(), j.as_bytes()))
        .collect();
    let zip = close_reader_core::formats::zip::stored_zip(&entries);
    let name = format!("{}-feedback.zip", slug(&c.article.title));
    match crate::io::download::bytes_file(&name, "application/zip", &zip) {
        Ok(()) => ctx.send(Action::Ui(UiAction::Notice(Some(Notice::info(t!(
            "messages-feedback-saved",
            count = files.len(),
            file = &name
        )))))),
        Err(e) => ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(e))))),
    }
}
