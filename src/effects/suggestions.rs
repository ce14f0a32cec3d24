//! Rejected suggestions stay rejected: read back from storage when a document opens, and saved
//! again after each rejection (only once read, so an early save cannot wipe them).

use yew::prelude::*;

use super::{use_ctx, Ctx};
use crate::state::{Action, AppState};
use crate::storage::prefs;

/// Rejects a suggestion (or the current one).
pub fn reject(ctx: &Ctx, id: Option<String>) {
    ctx.send(Action::RejectSuggestion(id));
}

/// Loads the open document's rejections once, and saves them whenever they change.
#[hook]
pub fn use_rejections(state: &AppState) {
    let ctx = use_ctx();
    let doc_id = state.session.as_ref().map(|s| s.borrow().id.clone());
    // Keyed by the session itself: a document opened again is a new session that must load them.
    let opened = state
        .session
        .as_ref()
        .map(|s| (std::rc::Rc::as_ptr(s) as usize, s.borrow().id.clone()));
    use_effect_with(opened, move |opened| {
        if let Some((_, id)) = opened {
            ctx.send(Action::RejectedLoaded(prefs::rejected_suggestions(id)));
        }
    });
    let session = state.session.clone();
    use_effect_with((doc_id, state.suggestions_rev), move |(id, _)| {
        if let (Some(id), Some(session)) = (id, session) {
            let se = session.borrow();
            if se.suggest.loaded {
                let mut ids: Vec<&str> = se.suggest.rejected.iter().map(String::as_str).collect();
                close_reader_core::model::order::sort(&mut ids);
                prefs::save_rejected_suggestions(id, &ids);
            }
        }
    });
}
