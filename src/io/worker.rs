//! The worker, started when first needed: a file or a web page's paste is sent to it and its answer
//! awaited, so that parsing never blocks the page; so are the exports to other tools' formats and
//! the report, whose writers live only in the worker's wasm. Cancel ends the worker (its work
//! stops at once) and the next request starts a fresh one. A refused request's reason (the core's
//! words, in English) is said in the interface's language.
//!
//! The hosted build starts `close-reader-worker_loader.js` (Trunk's loader of the worker's wasm);
//! the one-file build defines `closeReaderWorker()`, which starts the same worker from the page's
//! embedded copy (see `xtask/src/onefile.rs`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

use crate::i18n::t;

/// What the hosted build's worker is started from.
const LOADER: &str = "./close-reader-worker_loader.js";

type Waiting = Rc<RefCell<HashMap<u32, (Function, Function)>>>;

struct Live {
    worker: Worker,
    /// Resolves when the worker's wasm is running.
    ready: Promise,
    waiting: Waiting,
    _handlers: (
        Closure<dyn Fn(MessageEvent)>,
        Closure<dyn Fn(web_sys::Event)>,
    ),
}

thread_local! {
    static LIVE: RefCell<Option<Rc<Live>>> = const { RefCell::new(None) };
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

/// Why the worker could not be used, in words for the user.
fn no_worker() -> String {
    t!("messages-no-worker")
}

fn start() -> Result<Rc<Live>, String> {
    let window = web_sys::window().ok_or_else(no_worker)?;
    let embedded = Reflect::get(&window, &"closeReaderWorker".into()).unwrap_or(JsValue::UNDEFINED);
    let worker: Worker = match embedded.dyn_ref::<Function>() {
        Some(f) => f
            .call0(&JsValue::NULL)
            .map_err(|_| no_worker())?
            .unchecked_into(),
        None => Worker::new(LOADER).map_err(|_| no_worker())?,
    };
    let waiting: Waiting = Rc::default();
    let mut ready_resolve = None;
    let ready = Promise::new(&mut |resolve, _| ready_resolve = Some(resolve));
    let ready_resolve = ready_resolve.expect("the promise calls back at once");
    let on_message = {
        let waiting = waiting.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
            let data = e.data();
            let get = |k: &str| Reflect::get(&data, &k.into()).unwrap_or(JsValue::UNDEFINED);
            if get("ready").is_truthy() {
                let _ = ready_resolve.call0(&JsValue::NULL);
                return;
            }
            let Some(id) = get("id").as_f64() else { return };
            let Some((resolve, reject)) = waiting.borrow_mut().remove(&(id as u32)) else {
                return;
            };
            let ok = get("ok");
            match ok.is_undefined() {
                false => resolve.call1(&JsValue::NULL, &ok),
                true => reject.call1(&JsValue::NULL, &refusal(&get("error"))),
            }
            .ok();
        })
    };
    let on_error = {
        let waiting = waiting.clone();
        Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
            fail_all(&waiting, &no_worker());
            LIVE.with(|l| l.borrow_mut().take());
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Rc::new(Live {
        worker,
        ready,
        waiting,
        _handlers: (on_message, on_error),
    }))
}

/// What a refused request says: the worker's words (the core's, in English) in the interface's
/// language when they are one of the core's reasons (see `i18n/reasons.rs`), else as they are.
fn refusal(error: &JsValue) -> JsValue {
    let said = error
        .as_string()
        .and_then(|e| crate::i18n::reasons::from_worker(&e));
    said.map_or_else(|| error.clone(), JsValue::from)
}

fn fail_all(waiting: &Waiting, why: &str) {
    for (_, (_, reject)) in waiting.borrow_mut().drain() {
        let _ = reject.call1(&JsValue::NULL, &why.into());
    }
}

/// Sends `op` with one field to the worker and waits for its answer (JSON text), or the message
/// to show when it failed or was cancelled. `transfer` moves a buffer instead of copying it.
pub async fn ask(
    op: &str,
    field: &str,
    value: JsValue,
    transfer: Option<JsValue>,
) -> Result<String, String> {
    let answer = request(op, &[(field, value)], transfer).await?;
    Ok(answer.as_string().unwrap_or_default())
}

/// Sends `op` with its `fields` to the worker and waits for its answer as the worker gave it (a
/// string, or the bytes of a file), or the message to show when it failed or was cancelled.
pub async fn request(
    op: &str,
    fields: &[(&str, JsValue)],
    transfer: Option<JsValue>,
) -> Result<JsValue, String> {
    let live = match LIVE.with(|l| l.borrow().clone()) {
        Some(live) => live,
        None => {
            let live = start()?;
            LIVE.with(|l| *l.borrow_mut() = Some(live.clone()));
            live
        }
    };
    JsFuture::from(live.ready.clone())
        .await
        .map_err(|_| no_worker())?;
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    });
    let message = Object::new();
    let set = |k: &str, v: &JsValue| Reflect::set(&message, &k.into(), v).ok();
    set("id", &id.into());
    set("op", &op.into());
    for (field, value) in fields {
        set(field, value);
    }
    let answer = Promise::new(&mut |resolve, reject| {
        live.waiting.borrow_mut().insert(id, (resolve, reject));
    });
    let sent = match transfer {
        Some(t) => live
            .worker
            .post_message_with_transfer(&message, &js_sys::Array::of1(&t)),
        None => live.worker.post_message(&message),
    };
    if sent.is_err() {
        live.waiting.borrow_mut().remove(&id);
        return Err(no_worker());
    }
    JsFuture::from(answer)
        .await
        .map_err(|e| e.as_string().unwrap_or_else(no_worker))
}

/// Stops the work under way: the worker ends, and what waited for it is told it was cancelled.
pub fn cancel() {
    if let Some(live) = LIVE.with(|l| l.borrow_mut().take()) {
        live.worker.terminate();
        fail_all(&live.waiting, CANCELLED);
    }
}

/// The answer of a request ended by [`cancel`].
pub const CANCELLED: &str = "cancelled";
