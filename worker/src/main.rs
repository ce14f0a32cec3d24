//! The import worker: reads a file or a pasted web page into an article with its shape, off the
//! page's thread, and answers with a Close Reader file of it (which the page's own reader opens,
//! so the page needs no importer code) and what the preview shows beside it.
//!
//! Messages in: `{id, op: "file", bytes: Uint8Array}` or `{id, op: "paste", html: string}`.
//! Messages out: `{ready: true}` once, then per request `{id, ok: string}` (JSON: `file`, `kind`,
//! `byline`, `date`, `left_out`) or `{id, error: string}` (a message for the user).

use close_reader_core::import::{self, Article};
use close_reader_core::Document;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let reply = answer(&e.data());
        let _ = reply_to.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let ready = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&ready, &"ready".into(), &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}

fn answer(request: &JsValue) -> JsValue {
    let get = |k: &str| js_sys::Reflect::get(request, &k.into()).unwrap_or(JsValue::UNDEFINED);
    let id = get("id");
    let out = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&out, &"id".into(), &id);
    let result = match get("op").as_string().as_deref() {
        Some("file") => {
            let bytes = js_sys::Uint8Array::new(&get("bytes")).to_vec();
            import::open(&bytes).map(|o| (o.kind, o.article)).map_err(|e| e.to_string())
        }
        Some("paste") => Ok((
            "web page",
            import::html::from_paste(&get("html").as_string().unwrap_or_default()),
        )),
        _ => Err("The import worker was asked something it does not know.".to_string()),
    };
    match result {
        Ok((kind, article)) => {
            let _ = js_sys::Reflect::set(&out, &"ok".into(), &reply(kind, article).into());
        }
        Err(why) => {
            let _ = js_sys::Reflect::set(&out, &"error".into(), &why.into());
        }
    }
    out.into()
}

/// The answer: the article as a Close Reader file, and what the preview shows beside it.
fn reply(kind: &str, article: Article) -> String {
    // An article with no title of its own is named by its first line, as a paste is.
    let title = match article.title.trim() {
        "" => close_reader_core::model::names::ellipsize(
            article.text.as_str().lines().find(|l| !l.trim().is_empty()).unwrap_or("Untitled"),
            80,
        ),
        t => t.to_string(),
    };
    let mut doc = Document::new(&title, "", None);
    doc.text = article.text;
    doc.shape = article.shape;
    serde_json::json!({
        "file": close_reader_core::formats::native::to_json(&doc),
        "kind": kind,
        "byline": article.byline,
        "date": article.date,
        "left_out": article.left_out,
    })
    .to_string()
}
