//! Keeping the compare view's class set in this browser: written after every change of the
//! comparison (one write at a time, the latest state last), read back when the article's comparison
//! is opened again (its files read in slices, with progress), and removed from the library with Undo.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use close_reader_core::formats::native;
use close_reader_core::Document;

use super::Ctx;
use crate::dom::clock::now_iso;
use crate::state::class_set::{self, Keeping, Kept};
use crate::state::compare::Compare;
use crate::state::comparison::CompareAction;
use crate::state::document::DocAction;
use crate::state::{Action, Notice, Shared, Undo};
use crate::storage::class_sets::{self, Removed};
use crate::storage::library;

thread_local! {
    /// The native file of each collected document already written, so that a change of the key
    /// or the label does not serialise every file again. Holds the documents, so a pointer is never
    /// reused while it is here.
    static NATIVE: RefCell<Vec<(Rc<Document>, String)>> = const { RefCell::new(Vec::new()) };
    /// The record last written or read, with its article's id: an unchanged comparison is not
    /// written again.
    static LAST: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
    /// A write is under way; `AGAIN` asks for another with the state as it is when it ends.
    static WRITING: Cell<bool> = const { Cell::new(false) };
    static AGAIN: Cell<bool> = const { Cell::new(false) };
}

/// The native file of an entry's document, from the cache when it was written before.
fn native_of(doc: &Rc<Document>) -> String {
    NATIVE.with(|n| {
        let mut n = n.borrow_mut();
        if let Some((_, json)) = n.iter().find(|(d, _)| Rc::ptr_eq(d, doc)) {
            return json.clone();
        }
        let json = native::to_json(doc);
        n.push((doc.clone(), json.clone()));
        json
    })
}

/// Drops the cached files of documents no longer in the comparison.
fn prune(c: &Compare) {
    NATIVE.with(|n| {
        n.borrow_mut()
            .retain(|(d, _)| c.entries.iter().any(|e| Rc::ptr_eq(&e.doc, d)))
    });
}

/// Keeps the comparison on screen as it is now (called after each change of it). Nothing is
/// written while files are being read, nor over a kept set that could not be read.
pub fn keep(ctx: &Ctx) {
    if WRITING.with(Cell::get) {
        AGAIN.with(|a| a.set(true));
        return;
    }
    let Some(c) = ctx.state().compare else { return };
    if c.progress.is_some() || matches!(c.keeping, Keeping::Blocked(_)) {
        return;
    }
    prune(&c);
    let record = class_set::kept(&c, native_of).map(|k| (k.files(), k.to_json()));
    let id = c.doc_id.clone();
    let last_here = LAST.with(|l| l.borrow().as_ref().filter(|(i, _)| *i == id).cloned());
    let unchanged = match (&record, &last_here) {
        (Some((_, json)), Some((_, last))) => json == last,
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
            Some((files, json)) => match class_sets::save(&id, &json, files, &now_iso()).await {
                Ok(summary) => {
                    LAST.with(|l| *l.borrow_mut() = Some((id.clone(), json)));
                    Keeping::Kept {
                        bytes: summary.bytes,
                        usage: crate::storage::idb::estimate().await,
                    }
                }
                Err(e) => {
                    ctx.send(Action::notice(Some(Notice::error(format!(
                        "The class set could not be kept in this browser: {e}. Its files are still open here and the copy kept before is unchanged; free some space (remove documents or class sets you no longer need in the Library) or download the gradebook."
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

/// The comparison of an article as kept in this browser (a new one when none is kept). Its files
/// are read in slices with progress in the banner; a set that cannot be read is left as it is,
/// said so, and not written over.
pub async fn reopen(ctx: &Ctx, id: &str, article: Document) -> Compare {
    let blocked = |why: String| {
        ctx.send(Action::notice(Some(Notice::error(format!(
            "The class set kept for this article cannot be read: {why}. It is left as it is; files you add now are not kept, so as not to write over it."
        )))));
        let mut c = Compare::new(id, article.clone());
        c.keeping = Keeping::Blocked(why);
        c
    };
    let json = match class_sets::load(id).await {
        Ok(Some(json)) => json,
        Ok(None) => return Compare::new(id, article),
        Err(e) => return blocked(e.to_string()),
    };
    let kept = match Kept::from_json(&json) {
        Ok(k) => k,
        Err(why) => return blocked(why),
    };
    let texts: Vec<&str> = kept.documents().collect();
    let total = texts.len();
    let mut read: Vec<(String, Result<Rc<Document>, String>)> = Vec::with_capacity(total);
    let mut next = texts.iter();
    let done = Cell::new(0);
    crate::dom::slices::run(
        || match next.next() {
            Some(t) => {
                let doc = native::from_json(t)
                    .map(Rc::new)
                    .map_err(|e| format!("it cannot be read ({e})"));
                read.push((t.to_string(), doc));
                done.set(done.get() + 1);
                None
            }
            None => Some(()),
        },
        || {
            ctx.send(Action::notice(Some(Notice::info(format!(
                "Reopening the class set: {} of {total} files read…",
                done.get()
            )))));
            true
        },
    )
    .await;
    ctx.send(Action::notice(None));
    let docs = read.iter().map(|(_, d)| d.clone()).collect();
    let mut c = class_set::restore(id, article, &kept, docs);
    // The files read are the files kept: their text is cached, so the next write costs no
    // serialisation.
    NATIVE.with(|n| {
        let mut n = n.borrow_mut();
        for (text, doc) in read {
            if let Ok(doc) = doc {
                if c.entries.iter().any(|e| Rc::ptr_eq(&e.doc, &doc)) {
                    n.push((doc, text));
                }
            }
        }
    });
    LAST.with(|l| *l.borrow_mut() = Some((id.to_string(), json.clone())));
    c.keeping = Keeping::Kept {
        bytes: json.len(),
        usage: crate::storage::idb::estimate().await,
    };
    c
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
                    .map_or(0, |r| Kept::from_json(&r.record).map_or(0, |k| k.files()));
                ctx.send(Action::notice(Some(Notice {
                    undo: removed.map(|r| Shared::new(Undo::ClassSet(r))),
                    ..Notice::info(format!(
                        "Removed the class set of “{title}” ({}).",
                        class_set::files_phrase(files)
                    ))
                })));
            }
            Err(e) => ctx.send(Action::notice(Some(Notice::error(format!(
                "The class set of “{title}” was not removed: {e}."
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
                ctx.send(Action::notice(Some(Notice::info(format!(
                    "The class set of “{}” is back.",
                    removed.title
                )))));
            }
            Err(e) => ctx.send(Action::notice(Some(Notice::error(format!(
                "Could not put the class set back: {e}."
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
