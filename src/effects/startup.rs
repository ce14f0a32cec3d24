//! On start: register the offline worker, warm the suggestion tables, restore changes a closing page
//! could not save, list the library, then open what the URL asks for (an assignment, `#sample`) or
//! the document that was open last, so that a reload comes back to the same place; then migrate
//! documents an older version saved.

use close_reader_core::model::hash::text_sha256;
use close_reader_core::Document;

use super::Ctx;
use crate::dom::clock::{new_doc_id, now_iso};
use crate::i18n::t;
use crate::sample;
use crate::session::Session;
use crate::state::{document::DocAction, ui::UiAction};
use crate::state::{Action, Notice};
use crate::storage::{library, prefs};

pub fn run(ctx: Ctx) {
    crate::dom::offline::register_worker();
    // The suggestion rules index their word tables on first use: do it while the page is idle, so
    // the first article opened does not wait for it.
    gloo::timers::callback::Timeout::new(100, || {
        close_reader_core::analysis::suggest::suggest("");
    })
    .forget();
    // Read before anything renders: the screens shown while starting change it.
    let comparing = prefs::comparing();
    wasm_bindgen_futures::spawn_local(async move {
        // Changes a page could not save before it closed come back first.
        let mut unsaved = super::recover::run(&ctx).await;
        let list = match library::list().await {
            Ok(list) => list,
            Err(e) => {
                ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
                    "messages-saved-unreadable",
                    why = e.to_string()
                ))))));
                Vec::new()
            }
        };
        ctx.send(Action::Doc(DocAction::Library(list.clone())));
        if !super::assignment::open_from_fragment(&ctx).await {
            let wants_sample = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .is_some_and(|h| h == "#sample");
            if wants_sample {
                clear_hash();
                open_sample(&ctx, &list).await;
            } else if let Some(id) = prefs::last_open() {
                match unsaved.iter().position(|u| u.id == id) {
                    Some(i) => {
                        let u = unsaved.swap_remove(i);
                        super::commands::open_unsaved(&ctx, u.doc, u.id, u.created);
                    }
                    None => super::commands::open_saved(&ctx, &id).await,
                }
            }
            // The comparison that was on screen comes back, with its kept class set.
            match comparing.filter(|_| !wants_sample) {
                Some(id) if list.iter().any(|m| m.id == id) => {
                    super::commands::open_compare(&ctx, &id).await
                }
                Some(_) => prefs::set_comparing(None),
                None => {}
            }
        }
        // Then, in the background, documents an older version saved are rewritten as this one.
        let is_open = |id: &str| {
            let state = ctx.state();
            let open = state.open_sessions().any(|s| s.borrow().id == id);
            open
        };
        if library::migrate_stored(is_open).await > 0 {
            if let Ok(list) = library::list().await {
                ctx.send(Action::Doc(DocAction::Library(list)));
            }
        }
    });
}

pub fn clear_hash() {
    if let Some(w) = web_sys::window() {
        let path = w.location().pathname().unwrap_or_default()
            + &w.location().search().unwrap_or_default();
        let _ = w
            .history()
            .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)));
    }
}

/// Opens the sample article: the saved copy if there is one, else a fresh one.
pub async fn open_sample(ctx: &Ctx, library: &[library::DocMeta]) {
    let sha = text_sha256(sample::TEXT);
    let saved = library
        .iter()
        .find(|m| m.sha256 == sha)
        .map(|m| m.id.clone());
    match saved {
        Some(id) => super::commands::open_saved(ctx, &id).await,
        None => {
            let mut doc =
                Document::new(sample::TITLE, sample::TEXT, Some(sample::SOURCE_URL.into()));
            crate::intake::name_default_labels(&mut doc);
            let session = Session::open(new_doc_id(), doc, now_iso());
            ctx.send(Action::Doc(DocAction::Open {
                session: Box::new(session),
                saved: false,
            }));
        }
    }
}
