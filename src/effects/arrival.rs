//! Articles that arrive as web pages, PDF, Word, OpenDocument, EPUB or Markdown: sent to the
//! import worker, shown in the review with progress and Cancel while it reads, and opened as a new
//! document from the review. The worker answers with a Close Reader file, read here by the same
//! reader as any other file, so the page carries no importer.

use close_reader_core::formats::native;
use close_reader_core::Document;

use super::Ctx;
use crate::i18n::{reasons, t};
use crate::io::worker;
use crate::limits::{too_long_message, MAX_TEXT_CHARS};
use crate::state::ui::UiAction;
use crate::state::{Action, Arrival, Notice, Shared};

/// The worker's answer read: the article as a document, and what the review shows beside it.
pub fn parse(answer: &str, name: Option<String>) -> Result<Arrival, String> {
    let v: serde_json::Value =
        serde_json::from_str(answer).map_err(|_| t!("messages-answer-damaged"))?;
    let text = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
    let file = text("file").ok_or_else(|| t!("messages-answer-damaged"))?;
    let doc: Document = native::from_json(&file).map_err(|e| reasons::load(&e))?;
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
            .map(|l| {
                l.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default(),
    })
}

/// Shows the article the worker read from the file `name` (its answer) for review, or says why
/// it was not opened.
pub fn show(ctx: &Ctx, name: &str, answer: &str) {
    match parse(answer, Some(name.to_string())) {
        Ok(arrival) => {
            ctx.send(Action::Ui(UiAction::Notice(None)));
            ctx.send(Action::Ui(UiAction::Arrival(Some(Shared::new(arrival)))));
        }
        Err(why) => ctx.send(Action::notice(Some(Notice::error(t!(
            "messages-not-opened",
            name = name,
            why = why
        ))))),
    }
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
