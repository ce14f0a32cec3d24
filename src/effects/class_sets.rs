//! Keeping the compare view's class set in this browser: written after every change of the
//! comparison (one write at a time, the latest state last), read back when the article's comparison
//! is opened again (its files read in slices, with progress), and removed from the library with Undo.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use close_reader_core::formats::native;
use close_reader_core::Document;

use super::Ctx;
use crate::dom::clock::now_iso;
use crate::i18n::{reasons, t};
use crate::state::class_set::{self, Keeping, Kept};
use crate::state::compare::Compare;
use crate::state::comparison::CompareAction;
use crate::state::document::DocAction;
use crate::state::{Action, Notice, Shared, Undo};
use crate::storage::class_sets::{self, Removed};
use crate::storage::library;

thread_local! {
    /// The record last written or read (header, then files), with its article's id: an unchanged
    /// comparison is not written again.
    static LAST: RefCell<Option<(String, Vec<Rc<str>>)>> = const { RefCell::new(None) };
    /// A write is under way; `AGAIN` asks for another with the state as it is when it ends.
    static WRITING: Cell<bool> = const { Cell::new(false) };
    static AGAIN: Cell<bool> = const { Cell::new(false) };
}

/// Keeps the comparison on screen as it is now (called after each change of it). Nothing is
/// written while files are being read, nor over a kept set that could not be read. The files go
/// as the worker wrote them when fitting them, so a change of the key writes a small header and
/// hands the browser the same strings again.
pub fn keep(ctx: &Ctx) {
    if WRITING.with(Cell::get) {
        AGAIN.with(|a| a.set(true));
        return;
    }
    let state = ctx.state();
    let Some(c) = state.compare else { return };
    if c.progress.is_some() || matches!(state.class_kept, Keeping::Blocked(_)) {
        return;
    }
    let record = class_set::kept(&c, native::to_json).map(|k| {
        let (header, files) = k.to_parts();
        let mut parts = vec![Rc::from(header)];
        parts.extend(files);
        (k.files(), parts)
    });
    let id = c.doc_id.clone();
    let last_here = LAST.with(|l| l.borrow().as_ref().filter(|(i, _)| *i == id).cloned());
    let unchanged = match (&record, &last_here) {
        (Some((_, parts)), Some((_, last))) => parts == last,
        // Nothing collected, and nothing kept by this page: nothing to remove either.
        (None, None) => true,
        _ => false,
    };
    if unchanged {
        return;
    }
    WRITING.with(|w| w.set(true));
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let keeping = match record {
            Some((files, parts)) => match class_sets::save(&id, &parts, files, &now_iso()).await {
                Ok(summary) => {
                    LAST.with(|l| *l.borrow_mut() = Some((id.clone(), parts)));
                    Keeping::Kept {
                        bytes: summary.bytes,
                        usage: crate::storage::idb::estimate().await,
                    }
                }
                Err(e) => {
                    ctx.send(Action::notice(Some(Notice::error(t!(
                        "messages-class-set-not-kept",
                        why = e.to_string()
                    )))));
                    Keeping::Failed(e.to_string())
                }
            },
            // Every file was removed from the comparison: so goes the kept set.
            None => match crate::storage::idb::delete_class(&id).await {
                Ok(()) => {
                    LAST.with(|l| *l.borrow_mut() = None);
                    Keeping::Not
                }
                Err(e) => Keeping::Failed(e.to_string()),
            },
        };
        if ctx.state().compare.is_some_and(|c| c.doc_id == id) {
            ctx.send(Action::Compare(CompareAction::Keeping(keeping)));
        }
        WRITING.with(|w| w.set(false));
        if AGAIN.with(|a| a.replace(false)) {
            keep(&ctx);
        }
    });
}

/// The comparison of an article as kept in this browser (a new one when none is kept), and
/// whether it is kept. Its files are read in slices with progress in the banner; a set that cannot
/// be read is left as it is, said so, and not written over.
pub async fn reopen(ctx: &Ctx, id: &str, article: Document) -> (Compare, Keeping) {
    let blocked = |why: String| {
        ctx.send(Action::notice(Some(Notice::error(t!(
            "messages-class-set-unreadable",
            why = &why
        )))));
        (Compare::new(id, article.clone()), Keeping::Blocked(why))
    };
    let (header, files) = match class_sets::load(id).await {
        Ok(Some(record)) => record,
        Ok(None) => return (Compare::new(id, article), Keeping::Not),
        Err(e) => return blocked(e.to_string()),
    };
    let kept = match Kept::from_parts(&header, files) {
        Ok(k) => k,
        Err(why) => return blocked(why),
    };
    // Read a slice at a time, with progress in the banner: a hundred long files take a while.
    let total = kept.files();
    let mut read = Vec::with_capacity(total);
    let mut slice = crate::dom::slices::now();
    for text in kept.documents() {
        read.push(
            native::from_json(text)
                .map(Rc::new)
                .map_err(|e| t!("messages-class-file-unreadable", why = reasons::load(&e))),
        );
        if crate::dom::slices::now() - slice > crate::dom::slices::SLICE_MS {
            ctx.send(Action::notice(Some(Notice::info(t!(
                "messages-class-set-reopening",
                done = read.len(),
                count = total
            )))));
            crate::dom::slices::pause().await;
            slice = crate::dom::slices::now();
        }
    }
    ctx.send(Action::notice(None));
    let c = class_set::restore(id, article, &kept, read);
    let (header, files) = kept.to_parts();
    let mut parts = vec![Rc::from(header)];
    parts.extend(files);
    let bytes = parts.iter().map(|p| p.len()).sum();
    LAST.with(|l| *l.borrow_mut() = Some((id.to_string(), parts)));
    let keeping = Keeping::Kept {
        bytes,
        usage: crate::storage::idb::estimate().await,
    };
    (c, keeping)
}

/// Removes an article's kept class set (from the library), with Undo in the notice.
pub fn remove(ctx: &Ctx, id: &str, title: &str) {
    let (ctx, id, title) = (ctx.clone(), id.to_string(), title.to_string());
    wasm_bindgen_futures::spawn_local(async move {
        match class_sets::remove(&id, &title).await {
            Ok(removed) => {
                LAST.with(|l| l.borrow_mut().take_if(|(i, _)| *i == id));
                // The comparison in memory goes too, or it would be kept again when reopened.
                ctx.send(Action::Compare(CompareAction::Forget(id.clone())));
                refresh_library(&ctx).await;
                let files = removed
                    .as_ref()
                    .map_or(0, |r| r.record.len().saturating_sub(1));
                ctx.send(Action::notice(Some(Notice {
                    undo: removed.map(|r| Shared::new(Undo::ClassSet(r))),
                    ..Notice::info(t!(
                        "messages-class-set-removed",
                        title = &title,
                        count = files
                    ))
                })));
            }
            Err(e) => ctx.send(Action::notice(Some(Notice::error(t!(
                "messages-class-set-not-removed",
                title = &title,
                why = e.to_string()
            ))))),
        }
    });
}

/// Undoes [`remove`].
pub fn put_back(ctx: &Ctx, removed: &Removed) {
    let (ctx, removed) = (ctx.clone(), removed.clone());
    wasm_bindgen_futures::spawn_local(async move {
        match class_sets::put_back(&removed).await {
            Ok(()) => {
                refresh_library(&ctx).await;
                ctx.send(Action::notice(Some(Notice::info(t!(
                    "messages-class-set-back",
                    title = &removed.title
                )))));
            }
            Err(e) => ctx.send(Action::notice(Some(Notice::error(t!(
                "messages-class-set-not-back",
                why = e.to_string()
            ))))),
        }
    });
}

async fn refresh_library(ctx: &Ctx) {
    if let Ok(list) = library::list().await {
        ctx.send(Action::Doc(DocAction::Library(list)));
    }
}

/// Remembers which article's comparison is on screen, so that a reload comes back to it.
pub fn remember_screen(comparing: Option<&str>) {
    crate::storage::prefs::set_comparing(comparing);
}
