//! A minimal async IndexedDB client: one database, three object stores with out-of-line string keys.
//! `docs` holds each document's native file as last written whole (its base, as UTF-8 bytes, so
//! that a long file is stored and read without being converted to and from a JavaScript string;
//! older versions stored a string, still read), `changes` the changes
//! made to it since (a long document is not written whole at every save, see `effects/persist.rs`),
//! and `meta` the small record the library lists.

use std::cell::RefCell;

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

use crate::i18n::t;

const DB_NAME: &str = "close-reader";
/// Version 2 added the `changes` store, version 3 the class sets' stores.
const DB_VERSION: u32 = 3;
pub const DOCS: &str = "docs";
pub const META: &str = "meta";
pub const CHANGES: &str = "changes";
/// A class set kept for an article (`state/class_set.rs`), under the article's id.
pub const CLASSES: &str = "classes";
/// Its short account for the library, under the same id.
pub const CLASS_META: &str = "class-meta";
const STORES: [&str; 5] = [DOCS, META, CHANGES, CLASSES, CLASS_META];

/// Why the browser did not store or read something, in words for the user.
#[derive(Clone, Debug, PartialEq)]
pub struct StorageError {
    pub name: String,
    pub message: String,
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self.name.as_str() {
            "QuotaExceededError" => t!("messages-storage-full"),
            "Unavailable" | "SecurityError" => t!("messages-storage-unavailable"),
            _ => t!(
                "messages-storage-refused",
                name = &self.name,
                message = &self.message
            ),
        })
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
        for store in STORES {
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

/// A transaction over every store, on the open connection (or a new one): the docs, meta and
/// changes stores, in that order.
async fn open_stores(
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, [IdbObjectStore; 3]), StorageError> {
    stores(&db().await?, mode)
}

fn stores(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, [IdbObjectStore; 3]), StorageError> {
    let names = js_sys::Array::of3(&DOCS.into(), &META.into(), &CHANGES.into());
    let tx = db
        .transaction_with_str_sequence_and_mode(&names, mode)
        .map_err(|e| {
            // A connection closed under us (should its `close` event not have come first): the
            // next request (a save is retried) opens a new one.
            forget_connection();
            to_error(e)
        })?;
    let store = |n: &str| tx.object_store(n).map_err(to_error);
    let all = [store(DOCS)?, store(META)?, store(CHANGES)?];
    Ok((tx, all))
}

/// Writes a document whole (its new base) with its library record, in one transaction, with the
/// changes since that base (or none: those recorded against the previous base go).
pub async fn put(
    id: &str,
    base: &Base,
    changes_json: Option<&str>,
    meta_json: &str,
) -> Result<(), StorageError> {
    let value: JsValue = match base {
        Base::Bytes(b) => js_sys::Uint8Array::from(&b[..]).into(),
        Base::File(f) => f.into(),
    };
    let (tx, [docs, meta, changes]) = open_stores(IdbTransactionMode::Readwrite).await?;
    docs.put_with_key(&value, &id.into()).map_err(to_error)?;
    meta.put_with_key(&meta_json.into(), &id.into())
        .map_err(to_error)?;
    match changes_json {
        Some(c) => changes.put_with_key(&c.into(), &id.into()).map(|_| ()),
        None => changes.delete(&id.into()).map(|_| ()),
    }
    .map_err(to_error)?;
    committed(&tx).await
}

/// Writes the changes made to a document since its base, with its library record.
pub async fn put_changes(
    id: &str,
    changes_json: &str,
    meta_json: &str,
) -> Result<(), StorageError> {
    let (tx, [_, meta, changes]) = open_stores(IdbTransactionMode::Readwrite).await?;
    changes
        .put_with_key(&changes_json.into(), &id.into())
        .map_err(to_error)?;
    meta.put_with_key(&meta_json.into(), &id.into())
        .map_err(to_error)?;
    committed(&tx).await
}

/// A document's base as stored: its native file's bytes, or the file itself (a long file it was
/// opened from, kept by the browser as it is, without a copy through the page).
#[derive(Clone, Debug, PartialEq)]
pub enum Base {
    Bytes(std::rc::Rc<[u8]>),
    File(web_sys::Blob),
}

impl Base {
    /// The bytes, read from a file a slice at a time.
    pub async fn bytes(self) -> Option<Vec<u8>> {
        match self {
            Base::Bytes(b) => Some(b.to_vec()),
            Base::File(f) => crate::io::files::read_blob(&f).await,
        }
    }

    /// Its first `n` bytes (or fewer), without reading the rest.
    pub async fn head(&self, n: usize) -> Option<Vec<u8>> {
        match self {
            Base::Bytes(b) => Some(b[..b.len().min(n)].to_vec()),
            Base::File(f) => {
                let part = f.slice_with_f64_and_f64(0.0, n as f64).ok()?;
                crate::io::files::read_blob(&part).await
            }
        }
    }
}

/// One document as stored: its base file, its library record, and the changes since the base.
pub struct Stored {
    pub base: Base,
    pub meta: String,
    pub changes: Option<String>,
}

/// Reads one document.
pub async fn get(id: &str) -> Result<Option<Stored>, StorageError> {
    let (_tx, [docs, meta, changes]) = open_stores(IdbTransactionMode::Readonly).await?;
    let d = request(&docs.get(&id.into()).map_err(to_error)?).await?;
    let m = request(&meta.get(&id.into()).map_err(to_error)?).await?;
    let c = request(&changes.get(&id.into()).map_err(to_error)?).await?;
    let base = if let Some(blob) = d.dyn_ref::<web_sys::Blob>() {
        Some(Base::File(blob.clone()))
    } else if let Some(bytes) = d.dyn_ref::<js_sys::Uint8Array>() {
        Some(Base::Bytes(bytes.to_vec().into()))
    } else {
        d.as_string().map(|s| Base::Bytes(s.into_bytes().into()))
    };
    Ok(base.zip(m.as_string()).map(|(base, meta)| Stored {
        base,
        meta,
        changes: c.as_string(),
    }))
}

/// Every library record.
pub async fn all_meta() -> Result<Vec<String>, StorageError> {
    let (_tx, [_, meta, _]) = open_stores(IdbTransactionMode::Readonly).await?;
    let all = request(&meta.get_all().map_err(to_error)?).await?;
    Ok(js_sys::Array::from(&all)
        .iter()
        .filter_map(|v| v.as_string())
        .collect())
}

/// Removes a document, its changes, its record and its class set.
pub async fn delete(id: &str) -> Result<(), StorageError> {
    let db = db().await?;
    let names: js_sys::Array = STORES.iter().map(|s| JsValue::from(*s)).collect();
    let tx = db
        .transaction_with_str_sequence_and_mode(&names, IdbTransactionMode::Readwrite)
        .map_err(to_error)?;
    for store in STORES {
        tx.object_store(store)
            .map_err(to_error)?
            .delete(&id.into())
            .map_err(to_error)?;
    }
    committed(&tx).await
}

/// The class-set stores, in one transaction: the sets and their accounts.
async fn class_stores(
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, [IdbObjectStore; 2]), StorageError> {
    let db = db().await?;
    let names = js_sys::Array::of2(&CLASSES.into(), &CLASS_META.into());
    let tx = db
        .transaction_with_str_sequence_and_mode(&names, mode)
        .map_err(|e| {
            forget_connection();
            to_error(e)
        })?;
    let store = |n: &str| tx.object_store(n).map_err(to_error);
    let both = [store(CLASSES)?, store(CLASS_META)?];
    Ok((tx, both))
}

/// Writes an article's class set (its header and files, stored as an array of strings) and its
/// account, in one transaction.
pub async fn put_class(
    id: &str,
    parts: &[std::rc::Rc<str>],
    meta_json: &str,
) -> Result<(), StorageError> {
    let value: js_sys::Array = parts.iter().map(|p| JsValue::from_str(p)).collect();
    let (tx, [sets, meta]) = class_stores(IdbTransactionMode::Readwrite).await?;
    sets.put_with_key(&value, &id.into()).map_err(to_error)?;
    meta.put_with_key(&meta_json.into(), &id.into())
        .map_err(to_error)?;
    committed(&tx).await
}

/// An article's class set (as [`put_class`] wrote it) and its account, if one is kept.
pub async fn get_class(id: &str) -> Result<Option<(Vec<String>, String)>, StorageError> {
    let (_tx, [sets, meta]) = class_stores(IdbTransactionMode::Readonly).await?;
    let s = request(&sets.get(&id.into()).map_err(to_error)?).await?;
    let m = request(&meta.get(&id.into()).map_err(to_error)?).await?;
    if !js_sys::Array::is_array(&s) {
        return Ok(None);
    }
    let parts = js_sys::Array::from(&s)
        .iter()
        .map(|p| p.as_string().unwrap_or_default())
        .collect();
    Ok(Some((parts, m.as_string().unwrap_or_default())))
}

/// Every class set's account, by article id.
pub async fn all_class_meta() -> Result<Vec<(String, String)>, StorageError> {
    let (_tx, [_, meta]) = class_stores(IdbTransactionMode::Readonly).await?;
    let keys = request(&meta.get_all_keys().map_err(to_error)?).await?;
    let values = request(&meta.get_all().map_err(to_error)?).await?;
    Ok(js_sys::Array::from(&keys)
        .iter()
        .zip(js_sys::Array::from(&values).iter())
        .filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?)))
        .collect())
}

/// Removes an article's class set.
pub async fn delete_class(id: &str) -> Result<(), StorageError> {
    let (tx, stores) = class_stores(IdbTransactionMode::Readwrite).await?;
    for store in stores {
        store.delete(&id.into()).map_err(to_error)?;
    }
    committed(&tx).await
}

/// This site's storage use and quota in bytes, as the browser estimates them (not every browser
/// says).
pub async fn estimate() -> Option<(f64, f64)> {
    let storage = web_sys::window()?.navigator().storage();
    let estimate = JsFuture::from(storage.estimate().ok()?).await.ok()?;
    let get = |k: &str| {
        js_sys::Reflect::get(&estimate, &k.into())
            .ok()
            .and_then(|v| v.as_f64())
    };
    Some((get("usage")?, get("quota")?))
}
