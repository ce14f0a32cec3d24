//! The async work behind buttons: opening saved documents and files, downloading, and the library's
//! rename, delete and undo-delete. Failures become specific notices; nothing is changed on failure.

use std::rc::Rc;

use close_reader_core::formats::detect::{detect, meant_as_native, Format};
use close_reader_core::formats::native::{self, text_sha256};
use close_reader_core::model::names::slug;
use close_reader_core::Document;

use super::Ctx;
use crate::dom::clock::{new_doc_id, now_iso};
use crate::dom::perf;
use crate::limits::{too_long_message, MAX_TEXT_CHARS};
use crate::session::Session;
use crate::state::{Action, Conflict, Notice, Screen};
use crate::storage::library::{self, DocMeta, LoadFailure};
use crate::storage::prefs;

/// Opens a document from the library.
pub async fn open_saved(ctx: &Ctx, id: &str) {
    match library::load(id).await {
        Ok((doc, meta)) => {
            prefs::set_last_open(Some(id));
            let session = Session::open(id.to_string(), doc, meta.created);
            ctx.send(Action::Open {
                session: Box::new(session),
                saved: true,
            });
        }
        Err(LoadFailure::Missing) => prefs::set_last_open(None),
        Err(e) => ctx.send(Action::Notice(Some(Notice::error(format!(
            "The saved document could not be opened: {e}."
        ))))),
    }
}

/// Opens a saved document beside the open one (side by side), for comparing two outlets' reports.
pub async fn open_beside(ctx: &Ctx, id: &str) {
    match library::load(id).await {
        Ok((doc, meta)) => {
            let session = Session::open(id.to_string(), doc, meta.created);
            ctx.send(Action::OpenBeside(Box::new(session)));
        }
        Err(e) => ctx.send(Action::Notice(Some(Notice::error(format!(
            "That article could not be opened beside this one: {e}."
        ))))),
    }
}

/// Refreshes the library list and shows the library.
pub fn show_library(ctx: &Ctx) {
    super::persist::save_now(ctx);
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match library::list().await {
            Ok(list) => ctx.send(Action::Library(list)),
            Err(e) => ctx.send(Action::Notice(Some(Notice::error(format!(
                "The library cannot be read: {e}."
            ))))),
        }
        ctx.send(Action::Show(Screen::Library));
    });
}

/// Opens a file the user picked or dropped.
pub fn open_file(ctx: &Ctx, file: web_sys::File) {
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let name = file.name();
        let fail = |why: String| {
            Action::Notice(Some(Notice::error(format!(
                "“{name}” was not opened: {why} Nothing was changed."
            ))))
        };
        perf::mark("open:start");
        let bytes = match crate::io::files::read(&file).await {
            Ok(b) => b,
            Err(e) => return ctx.send(fail(e)),
        };
        perf::mark("open:read");
        match detect(&bytes) {
            Ok(Format::Native) => {}
            Ok(format) => {
                if let Err(why) = super::import::review(&ctx, &name, &bytes, format) {
                    ctx.send(fail(why));
                }
                return;
            }
            Err(e) if !meant_as_native(&name, &bytes, &e) => return ctx.send(fail(e.to_string())),
            Err(_) => {}
        }
        let doc = match native::from_bytes(&bytes) {
            Ok(d) => d,
            Err(e) => return ctx.send(fail(e.to_string())),
        };
        perf::mark("open:parsed");
        if doc.text.len() > MAX_TEXT_CHARS {
            return ctx.send(fail(too_long_message(doc.text.len())));
        }
        if doc.assignment.is_some() && doc.annotations().is_empty() {
            return super::assignment::receive(&ctx, doc).await;
        }
        let sha = text_sha256(doc.text.as_str());
        let existing = same_text_saved(&ctx, &sha).await;
        perf::mark("open:checked");
        match existing {
            Some(existing) => ctx.send(Action::Conflict(Some(Rc::new(Conflict {
                incoming: doc,
                existing,
            })))),
            None => open_new(&ctx, doc, new_doc_id()),
        }
    });
}

/// The document already kept in this browser with the same text, if any: the open one first (its latest
/// save may still be on its way), then the library as stored now (not as last shown, since downloads and
/// saves in this visit add to it).
/// When storage cannot be read, the list last shown stands in.
async fn same_text_saved(ctx: &Ctx, sha: &str) -> Option<DocMeta> {
    let state = ctx.state();
    if let Some(session) = &state.session {
        let s = session.borrow();
        if text_sha256(s.doc.text.as_str()) == sha {
            return Some(DocMeta::of(&s.id, &s.doc, &s.created, &now_iso()));
        }
    }
    let list = library::list()
        .await
        .unwrap_or_else(|_| state.library.to_vec());
    list.into_iter().find(|m| m.sha256 == sha)
}

/// Opens `doc` under `id` (a new id, or an existing one it replaces); it is saved straight away.
pub fn open_new(ctx: &Ctx, doc: Document, id: String) {
    super::persist::save_now(ctx);
    let session = Session::open(id, doc, now_iso());
    perf::mark("open:session");
    ctx.send(Action::Open {
        session: Box::new(session),
        saved: false,
    });
    perf::mark("open:rendered");
    ctx.send(Action::Notice(None));
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
        ctx.send(Action::Notice(Some(Notice::error(e))));
    }
}

/// Renames a saved document (and the open one, if it is that document).
pub fn rename(ctx: &Ctx, meta: DocMeta, title: String) {
    let title = title.trim().to_string();
    if title.is_empty() {
        return ctx.send(Action::Notice(Some(Notice::error(
            "A title cannot be empty.",
        ))));
    }
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        super::persist::save_now(&ctx);
        match library::rename(&meta, &title, &now_iso()).await {
            Ok(_) => ctx.send(Action::Retitle {
                id: meta.id.clone(),
                title,
            }),
            Err(e) => ctx.send(Action::Notice(Some(Notice::error(format!(
                "“{}” was not renamed: {e}.",
                meta.title
            ))))),
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
                    ctx.send(Action::Closed);
                }
                let list = library::list().await.unwrap_or_default();
                ctx.send(Action::Library(list));
                ctx.send(Action::Notice(Some(Notice {
                    undo: Some(Rc::new(deleted)),
                    ..Notice::info(format!("Deleted “{}”.", meta.title))
                })));
            }
            Err(e) => ctx.send(Action::Notice(Some(Notice::error(format!(
                "“{}” was not deleted: {e}.",
                meta.title
            ))))),
        }
    });
}

/// Undoes a library deletion.
pub fn restore(ctx: &Ctx, deleted: Rc<library::Deleted>) {
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match library::restore(&deleted).await {
            Ok(()) => {
                let list = library::list().await.unwrap_or_default();
                ctx.send(Action::Library(list));
                ctx.send(Action::Notice(Some(Notice::info(format!(
                    "Restored “{}”.",
                    deleted.meta.title
                )))));
            }
            Err(e) => ctx.send(Action::Notice(Some(Notice::error(format!(
                "Could not restore it: {e}."
            ))))),
        }
    });
}

/// Opens the compare view over a saved document (resuming the comparison already open for it).
pub async fn open_compare(ctx: &Ctx, id: &str) {
    if ctx.state().compare.as_ref().is_some_and(|c| c.doc_id == id) {
        let c = ctx.state().compare;
        return ctx.send(Action::Compare(c));
    }
    // The open document's latest edits go to storage first, so the comparison sees them.
    super::persist::save_now(ctx);
    match library::load(id).await {
        Ok((doc, _)) => {
            let c = crate::state::compare::Compare::new(id, doc);
            ctx.send(Action::Notice(None));
            ctx.send(Action::Compare(Some(Rc::new(c))));
        }
        Err(e) => ctx.send(Action::Notice(Some(Notice::error(format!(
            "That article could not be opened for comparing: {e}."
        ))))),
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
        return ctx.send(Action::Notice(Some(Notice::error(
            "Choose a key and add students' files first: each feedback file shows a student's spans against the key.",
        ))));
    }
    let entries: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, j)| (n.as_str(), j.as_bytes()))
        .collect();
    let zip = close_reader_core::formats::zip::stored_zip(&entries);
    let name = format!("{}-feedback.zip", slug(&c.article.title));
    match crate::io::download::bytes_file(&name, "application/zip", &zip) {
        Ok(()) => ctx.send(Action::Notice(Some(Notice::info(format!(
            "{} feedback files were saved in {name}: give each student theirs; it opens in Close Reader showing their spans against the key.",
            files.len()
        ))))),
        Err(e) => ctx.send(Action::Notice(Some(Notice::error(e)))),
    }
}
