//! Collecting students' files for the compare view: up to 100 at once (picked or dropped), read one
//! by one with progress shown and a Cancel button, each matched to the article by the core (same
//! text, re-anchored, or set aside) in the worker, whose wasm holds the re-anchoring, and added as
//! it is read.

use std::cell::Cell;
use std::rc::Rc;

use close_reader_core::formats::native;
use close_reader_core::formats::wire;
use wasm_bindgen::JsValue;

use super::Ctx;
use crate::i18n::t;
use crate::state::comparison::CompareAction;
use crate::state::ui::UiAction;
use crate::state::{Action, Notice};

/// The most files one comparison reads at a time.
pub const MAX_FILES: usize = 100;

thread_local! {
    /// Set by the Cancel button; the reading loop stops at the next file.
    static CANCELLED: Cell<bool> = const { Cell::new(false) };
}

pub fn cancel() {
    CANCELLED.with(|c| c.set(true));
}

/// Reads `files` into the open comparison.
pub fn add_files(ctx: &Ctx, files: web_sys::FileList) {
    let mut list: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    if list.is_empty() {
        return;
    }
    if list.len() > MAX_FILES {
        ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(t!(
            "messages-too-many-files",
            count = list.len(),
            limit = MAX_FILES
        ))))));
        list.truncate(MAX_FILES);
    } else {
        ctx.send(Action::Ui(UiAction::Notice(None)));
    }
    CANCELLED.with(|c| c.set(false));
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let total = list.len();
        let send = |a: CompareAction| ctx.send(Action::Compare(a));
        send(CompareAction::Progress(Some((0, total))));
        let clock = web_sys::window().and_then(|w| w.performance());
        let now = || clock.as_ref().map(|p| p.now()).unwrap_or(0.0);
        let mut shown_at = now();
        let mut ready = Vec::new();
        for (done, file) in list.into_iter().enumerate() {
            if CANCELLED.with(Cell::get) {
                let left = total - done;
                send(CompareAction::Added(std::mem::take(&mut ready)));
                send(CompareAction::Progress(None));
                ctx.send(Action::Ui(UiAction::Notice(Some(Notice::info(t!(
                    "messages-reading-stopped",
                    done = done,
                    count = total,
                    left = left
                ))))));
                return;
            }
            let name = file.name();
            let (result, native) = match read_one(&ctx, &file).await {
                Ok((fit, native)) => (Ok(fit), native),
                Err(e) => (Err(e), None),
            };
            ready.push((name, result, native));
            // Show what was read about five times a second: each showing recomputes the view.
            if now() - shown_at > 200.0 || done + 1 == total {
                send(CompareAction::Added(std::mem::take(&mut ready)));
                send(CompareAction::Progress(
                    (done + 1 < total).then_some((done + 1, total)),
                ));
                shown_at = now();
            }
            crate::dom::slices::pause().await;
        }
    });
}

/// A file fitted to the article, with the fitted file's native text as the worker wrote it.
type Read = Result<(close_reader_core::formats::collect::Fit, Option<Rc<str>>), String>;

/// Reads one file and has the worker fit it against the article of the comparison.
async fn read_one(ctx: &Ctx, file: &web_sys::File) -> Read {
    let bytes = crate::io::files::read(file).await?;
    let article = ctx
        .state()
        .compare
        .map(|c| native::to_json(&c.article))
        .ok_or_else(|| t!("messages-comparison-closed"))?;
    let fields: [(&str, JsValue); 2] = [
        ("article", article.into()),
        ("bytes", js_sys::Uint8Array::from(&bytes[..]).into()),
    ];
    let answer = crate::io::worker::request("fit", &fields, None).await?;
    let v: serde_json::Value = serde_json::from_str(&answer.as_string().unwrap_or_default())
        .map_err(|_| t!("messages-answer-damaged"))?;
    let fit = wire::fit_from_json(&v).ok_or_else(|| t!("messages-answer-damaged"))?;
    Ok((fit, wire::fitted_native(&v).map(Rc::from)))
}
