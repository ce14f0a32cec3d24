//! Articles that arrive as web pages, PDF, Word, OpenDocument, EPUB or Markdown: sent to the
//! import worker, shown in the review with progress and Cancel while it reads, and opened as a new
//! document from the review. The worker answers with a Close Reader file, read here by the same
//! reader as any other file, so the page carries no importer.

use close_reader_core::formats::native;
use close_reader_core::Document;
use wasm_bindgen::JsValue;

use super::Ctx;
use crate::io::worker;
use crate::limits::{too_long_message, MAX_TEXT_CHARS};
use crate::state::ui::UiAction;
use crate::state::{Action, Arrival, Notice, Progress, Shared};

/// The worker's answer read: the article as a document, and what the review shows beside it.
pub fn parse(answer: &str, name: Option<String>) -> Result<Arrival, String> {
    let v: serde_json::Value =
        serde_json::from_str(answer).map_err(|_| "the reader's answer was damaged.".to_string())?;
    let text = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
    let file = text("file").ok_or("the reader's answer was damaged.")?;
    let doc: Document = native::from_json(&file).map_err(|e| e.to_string())?;
    if doc.text.len() > MAX_TEXT_CHARS {
        return Err(too_long_message(doc.text.len()));
    }
    Ok(Arrival {
        doc,
        kind: text("kind").unwrap_or_default(),
        name,
        byline: text("byline"),
        date: text("date"),
        left_out: v
            .get("left_out")
            .and_then(|l| l.as_array())
            .map(|l| l.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
            .unwrap_or_default(),
    })
}

/// Reads a file that is not an annotation file (a web page, PDF, Word file…) in the worker and
/// shows it for review. While it reads, the bar shows and Cancel stops the worker.
pub fn from_file(ctx: &Ctx, name: String, bytes: Vec<u8>) {
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        ctx.send(Action::Ui(UiAction::Progress(Some(Progress {
            what: format!("Reading “{name}”…"),
            fraction: -1.0,
        }))));
        let buffer = js_sys::Uint8Array::from(&bytes[..]);
        drop(bytes);
        let transfer: JsValue = buffer.buffer().into();
        let answer = worker::ask("file", "bytes", buffer.into(), Some(transfer)).await;
        ctx.send(Action::Ui(UiAction::Progress(None)));
        let shown = answer.and_then(|a| parse(&a, Some(name.clone())));
        match shown {
            Ok(arrival) => {
                ctx.send(Action::Ui(UiAction::Notice(None)));
                ctx.send(Action::Ui(UiAction::Arrival(Some(Shared::new(arrival)))));
            }
            Err(why) if why == worker::CANCELLED => ctx.send(Action::notice(Some(Notice::info(
                format!("“{name}” was not opened; nothing was changed."),
            )))),
            Err(why) => ctx.send(Action::notice(Some(Notice::error(format!(
                "“{name}” was not opened: {why} Nothing was changed."
            ))))),
        }
    });
}

/// Reads a web page's paste (the clipboard's HTML) in the worker: the article with its shape.
pub async fn from_paste(html: String) -> Result<Arrival, String> {
    let answer = worker::ask("paste", "html", html.into(), None).await?;
    parse(&answer, None)
}

/// Cancel on the progress bar: stops the worker too.
pub fn cancel() {
    worker::cancel();
}
