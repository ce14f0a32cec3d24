//! Rejected suggestions stay rejected: read back from storage when a document opens, and saved
//! again after each rejection (only once read, so an early save cannot wipe them).

use yew::prelude::*;

use super::{use_ctx, Ctx};
use crate::session::SessionRef;
use crate::state::suggestions::SuggestAction;
use crate::state::Action;
use crate::storage::prefs;

/// Rejects a suggestion (or the current one).
pub fn reject(ctx: &Ctx, id: Option<String>) {
    ctx.send(Action::suggest(SuggestAction::Reject(id)));
}

/// Loads the open document's rejections once, and saves them whenever they change.
#[hook]
pub fn use_rejections(session: &SessionRef, suggestions_rev: u64) {
    let ctx = use_ctx();
    let doc_id = session.borrow().id.clone();
    // Keyed by the session itself: a document opened again is a new session that must load them.
    let opened = (std::rc::Rc::as_ptr(&session.0) as usize, doc_id.clone());
    use_effect_with(opened, move |(_, id)| {
        ctx.send(Action::suggest(SuggestAction::RejectedLoaded(
            prefs::rejected_suggestions(id),
        )));
    });
    let session = session.clone();
    use_effect_with((doc_id, suggestions_rev), move |(id, _)| {
        let se = session.borrow();
        if se.suggest.loaded {
            let mut ids: Vec<&str> = se.suggest.rejected.iter().map(String::as_str).collect();
            close_reader_core::model::order::sort(&mut ids);
            prefs::save_rejected_suggestions(id, &ids);
        }
    });
}

/// Asks the worker for the open document's suggestions when they are in a language other than
/// English (the page has English's table only), once per document and language.
#[hook]
pub fn use_worker_suggestions(session: &SessionRef, suggestions_rev: u64) {
    let ctx = use_ctx();
    let wanted = session.borrow().suggest.wanted;
    let opened = std::rc::Rc::as_ptr(&session.0) as usize;
    let session = session.clone();
    use_effect_with((opened, wanted, suggestions_rev), move |(_, wanted, _)| {
        let Some(tag) = *wanted else {
            return;
        };
        if IN_FLIGHT.with(|f| f.borrow().as_ref() == Some(&(opened, tag))) {
            return;
        }
        IN_FLIGHT.with(|f| *f.borrow_mut() = Some((opened, tag)));
        let text = session.borrow().doc.text.as_str().to_string();
        #[cfg(target_arch = "wasm32")]
        wasm_bindgen_futures::spawn_local(async move {
            let answer = crate::io::worker::request(
                "suggest",
                &[("tag", tag.into()), ("text", text.into())],
                None,
            )
            .await;
            IN_FLIGHT.with(|f| f.borrow_mut().take());
            let all = match answer.map(|a| a.as_string().unwrap_or_default()) {
                Ok(json) => wire::from_json(&json, &mut known_rule).unwrap_or_else(|why| {
                    web_sys::console::warn_1(&why.into());
                    Vec::new()
                }),
                // Cancelled with other work: asked again on the next change.
                Err(why) if why == crate::io::worker::CANCELLED => return,
                Err(why) => {
                    web_sys::console::warn_1(&format!("suggestions for {tag}: {why}").into());
                    Vec::new()
                }
            };
            ctx.send(Action::suggest(SuggestAction::Arrived(tag, all)));
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (ctx, text);
    });
}

thread_local! {
    /// The document (its session's address) and language whose suggestions are being computed.
    static IN_FLIGHT: std::cell::RefCell<Option<(usize, &'static str)>> = const { std::cell::RefCell::new(None) };
    /// The rule keys met so far, as the `'static` names a suggestion carries.
    static RULES: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A rule key as a `'static` name: each distinct key (a few dozen) is kept once.
#[cfg(target_arch = "wasm32")]
fn known_rule(rule: &str) -> &'static str {
    RULES.with(|r| {
        let mut r = r.borrow_mut();
        if let Some(k) = r.iter().find(|k| **k == rule) {
            return *k;
        }
        let k: &'static str = Box::leak(rule.to_string().into_boxed_str());
        r.push(k);
        k
    })
}

#[cfg(target_arch = "wasm32")]
use close_reader_core::analysis::suggest::wire;
