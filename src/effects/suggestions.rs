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
