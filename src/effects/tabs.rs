//! Two tabs on one document: the tabs of this browser talk over a `BroadcastChannel`, so that only
//! one edits a document and the others show it read-only and offer to take over. Neither can then
//! overwrite the other's saves: a tab that takes over asks the editing tab to save and stop, and
//! reads the document back from storage before it edits.
//!
//! Messages are `"<kind> <document id>"`: `hello` (this tab opened it), `busy` (this tab edits it),
//! `take` (this tab takes it over) and `released` (this tab has saved and stopped editing it).

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::Ctx;
use crate::i18n::t;
use crate::state::tabs::ReadOnly;
use crate::state::{document::DocAction, ui::UiAction};
use crate::state::{Action, AppState, Notice};

/// How long a tab taking over waits for the editing tab to save (it may have been closed).
const WAIT_MS: i32 = 1500;

thread_local! {
    static CHANNEL: Option<web_sys::BroadcastChannel> =
        web_sys::BroadcastChannel::new("close-reader.tabs").ok();
    /// The document this tab last said it opened.
    static ANNOUNCED: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The document being taken over, and what ends the wait for the editing tab.
    static WAITING: RefCell<Option<(String, js_sys::Function)>> = const { RefCell::new(None) };
}

fn post(kind: &str, id: &str) {
    CHANNEL.with(|c| {
        if let Some(c) = c {
            let _ = c.post_message(&format!("{kind} {id}").into());
        }
    });
}

fn open_id(state: &AppState) -> Option<String> {
    Some(state.session.as_ref()?.borrow().id.clone())
}

/// Called after each change with the open document's id: when another document opens here, asks
/// whether a tab edits it.
pub fn watch(id: Option<String>) {
    let changed = ANNOUNCED.with(|a| {
        let mut a = a.borrow_mut();
        (*a != id).then(|| *a = id.clone()).is_some()
    });
    if changed {
        // The crash screen's copy belongs to the document before.
        crate::dom::crash::forget();
        if let Some(id) = id {
            post("hello", &id);
        }
    }
}

/// Listens to the other tabs for as long as the page lives.
pub fn install(ctx: Ctx) {
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let Some(text) = e.data().as_string() else {
                return;
            };
            let Some((kind, id)) = text.split_once(' ') else {
                return;
            };
            heard(&ctx, kind, id);
        });
    CHANNEL.with(|c| {
        if let Some(c) = c {
            c.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        }
    });
    on_message.forget();
}

fn heard(ctx: &Ctx, kind: &str, id: &str) {
    let state = ctx.state();
    let editing = open_id(&state).as_deref() == Some(id) && state.read_only.is_none();
    match kind {
        "hello" if editing => post("busy", id),
        "busy" if editing => ctx.send(Action::Doc(DocAction::ReadOnly(Some(
            ReadOnly::OpenElsewhere,
        )))),
        "take" if editing => {
            // What is not saved yet is taken now and the tab stops at once (no edit gets in
            // after this); the other tab goes on once it is written.
            let saved = super::persist::save_and_wait(ctx);
            ctx.send(Action::Doc(DocAction::ReadOnly(Some(ReadOnly::TakenOver))));
            let id = id.to_string();
            wasm_bindgen_futures::spawn_local(async move {
                saved.await;
                post("released", &id);
            });
        }
        "released" => WAITING.with(|w| {
            let mut w = w.borrow_mut();
            if w.as_ref().is_some_and(|(waiting, _)| waiting == id) {
                if let Some((_, done)) = w.take() {
                    let _ = done.call0(&JsValue::NULL);
                }
            }
        }),
        _ => {}
    }
}

/// Resolves when the editing tab says it has saved and stopped, or after [`WAIT_MS`].
async fn released(id: &str) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, WAIT_MS);
        }
        WAITING.with(|w| *w.borrow_mut() = Some((id.to_string(), resolve)));
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    WAITING.with(|w| w.borrow_mut().take());
}

/// Makes this tab the one that edits the open document: the other tab saves and becomes read-only,
/// then the document is read back from storage, so that its latest save is what is edited here.
pub fn take_over(ctx: &Ctx) {
    let Some(id) = open_id(&ctx.state()) else {
        return;
    };
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        post("take", &id);
        released(&id).await;
        super::opening::begin();
        let what = t!("messages-taking-over");
        let loaded = super::opening::load(&ctx, &what, &id).await;
        let prepared = match loaded {
            Some(Ok((doc, meta, unsaved))) => {
                super::opening::prepare(&ctx, &what, id, doc, meta.created, unsaved)
                    .await
                    .map(Ok)
            }
            Some(Err(e)) => Some(Err(e)),
            None => None,
        };
        super::opening::end(&ctx);
        match prepared {
            None => ctx.send(Action::Ui(UiAction::Notice(Some(Notice::info(t!(
                "messages-take-over-cancelled"
            )))))),
            Some(Ok(session)) => {
                ctx.send(Action::Doc(DocAction::Open {
                    session: Box::new(session),
                    saved: true,
                }));
                ctx.send(Action::Doc(DocAction::ReadOnly(None)));
                ctx.send(Action::Ui(UiAction::Notice(Some(Notice::info(t!(
                    "messages-taken-over"
                ))))));
            }
            Some(Err(e)) => ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
                "messages-not-taken-over",
                why = e.to_string()
            )))))),
        }
    });
}
