//! A minimal async IndexedDB client: one database, two object stores with out-of-line string keys.
//! `docs` holds each document's native file; `meta` holds the small record the library lists.

use std::cell::RefCell;

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "close-reader";
const DB_VERSION: u32 = 1;
pub const DOCS: &str = "docs";
pub const META: &str = "meta";

/// Why the browser did not store or read something, in words for the user.
#[derive(Clone, Debug, PartialEq)]
pub struct StorageError {
    pub name: String,
    pub message: String,
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.name.as_str() {
            "QuotaExceededError" => write!(f, "your browser's storage for this page is full"),
            "Unavailable" | "SecurityError" => write!(f, "this browser does not allow the page to store data (IndexedDB is unavailable, as in some private windows)"),
            _ => write!(f, "the browser refused to store it ({}: {})", self.name, self.message),
        }
    }
}

fn to_error(v: JsValue) -> StorageError {
    match v.dyn_ref::<web_sys::DomException>() {
        Some(e) => StorageError {
            name: e.name(),
            message: e.message(),
        },
        None => StorageError {
            name: "Error".into(),
            message: format!("{v:?}"),
        },
    }
}

fn unavailable(what: &str) -> StorageError {
    StorageError {
        name: "Unavailable".into(),
        message: what.into(),
    }
}

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// Resolves when `req` succeeds (with its result) or rejects with its error.
async fn request(req: &IdbRequest) -> Result<JsValue, StorageError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = req.clone();
        let on_success = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let bad = req.clone();
        let on_error = Closure::once_into_js(move |_: web_sys::Event| {
            let err = bad
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or(JsValue::NULL);
            let _ = reject.call1(&JsValue::NULL, &err);
        });
        req.set_onsuccess(Some(on_success.unchecked_ref()));
        req.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(to_error)
}

/// Resolves when the transaction has committed.
async fn committed(tx: &IdbTransaction) -> Result<(), StorageError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        // `error` and then `abort` both fire on a failed transaction: each gets its own one-shot
        // handler, and whichever runs first settles the promise.
        let fail = |t: IdbTransaction, reject: js_sys::Function| {
            Closure::once_into_js(move |_: web_sys::Event| {
                let err = t.error().map(JsValue::from).unwrap_or(JsValue::NULL);
                let _ = reject.call1(&JsValue::NULL, &err);
            })
        };
        tx.set_oncomplete(Some(on_complete.unchecked_ref()));
        tx.set_onerror(Some(fail(tx.clone(), reject.clone()).unchecked_ref()));
        tx.set_onabort(Some(fail(tx.clone(), reject).unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(to_error)
}

async fn db() -> Result<IdbDatabase, StorageError> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or_else(|| unavailable("no indexedDB"))?;
    let open = factory
        .open_with_u32(DB_NAME, DB_VERSION)
        .map_err(to_error)?;
    let on_upgrade = Closure::once_into_js(move |e: web_sys::Event| {
        let req: web_sys::IdbOpenDbRequest = e.target().expect("request").unchecked_into();
        let db: IdbDatabase = req.result().expect("database").unchecked_into();
        for store in [DOCS, META] {
            if !db.object_store_names().contains(store) {
                let _ = db.create_object_store(store);
            }
        }
    });
    open.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db: IdbDatabase = request(&open).await?.unchecked_into();
    // The browser closes the connection when it clears the site's data, and another tab running a
    // newer version asks it to close so that it can upgrade: the next request opens a new one.
    let closed = Closure::<dyn Fn()>::new(forget_connection);
    db.set_onclose(Some(closed.as_ref().unchecked_ref()));
    closed.forget();
    let upgrade = Closure::<dyn Fn(web_sys::Event)>::new(|e: web_sys::Event| {
        if let Some(db) = e.target().and_then(|t| t.dyn_into::<IdbDatabase>().ok()) {
            db.close();
        }
        forget_connection();
    });
    db.set_onversionchange(Some(upgrade.as_ref().unchecked_ref()));
    upgrade.forget();
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

fn forget_connection() {
    DB.with(|d| d.borrow_mut().take());
}

/// A transaction over both stores, on the open connection (or a new one).
async fn open_stores(
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, IdbObjectStore, IdbObjectStore), StorageError> {
    stores(&db().await?, mode)
}

fn stores(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, IdbObjectStore, IdbObjectStore), StorageError> {
    let names = js_sys::Array::of2(&DOCS.into(), &META.into());
    let tx = db
        .transaction_with_str_sequence_and_mode(&names, mode)
        .map_err(|e| {
            // A connection closed under us (should its `close` event not have come first): the
            // next request (a save is retried) opens a new one.
            forget_connection();
            to_error(e)
        })?;
    let docs = tx.object_store(DOCS).map_err(to_error)?;
    let meta = tx.object_store(META).map_err(to_error)?;
    Ok((tx, docs, meta))
}

/// Writes a document and its library record in one transaction.
pub async fn put(id: &str, doc_json: &str, meta_json: &str) -> Result<(), StorageError> {
    let (tx, docs, meta) = open_stores(IdbTransactionMode::Readwrite).await?;
    docs.put_with_key(&doc_json.into(), &id.into())
        .map_err(to_error)?;
    meta.put_with_key(&meta_json.into(), &id.into())
        .map_err(to_error)?;
    committed(&tx).await
}

/// Reads one document's file and library record.
pub async fn get(id: &str) -> Result<Option<(String, String)>, StorageError> {
    let (_tx, docs, meta) = open_stores(IdbTransactionMode::Readonly).await?;
    let d = request(&docs.get(&id.into()).map_err(to_error)?).await?;
    let m = request(&meta.get(&id.into()).map_err(to_error)?).await?;
    Ok(d.as_string().zip(m.as_string()))
}

/// Every library record.
pub async fn all_meta() -> Result<Vec<String>, StorageError> {
    let (_tx, _docs, meta) = open_stores(IdbTransactionMode::Readonly).await?;
    let all = request(&meta.get_all().map_err(to_error)?).await?;
    Ok(js_sys::Array::from(&all)
        .iter()
        .filter_map(|v| v.as_string())
        .collect())
}

/// Removes a document and its record.
pub async fn delete(id: &str) -> Result<(), StorageError> {
    let (tx, docs, meta) = open_stores(IdbTransactionMode::Readwrite).await?;
    docs.delete(&id.into()).map_err(to_error)?;
    meta.delete(&id.into()).map_err(to_error)?;
    committed(&tx).await
}
