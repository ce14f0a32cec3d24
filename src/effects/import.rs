//! Other tools' files opened through "Open file": told apart, read and placed by the core
//! (annotations and the links between them) in the worker, held for the user's review, then
//! applied: onto the open article as one undoable edit, or as a new document when the file carries
//! its own text (doccano, Label Studio). The page opens Close Reader files itself; every other file
//! goes to the worker, whose answer says what it is (see `worker/src/main.rs`).

use close_reader_core::formats::detect::Format;
use close_reader_core::formats::native;
use close_reader_core::formats::reader::Reading;
use close_reader_core::formats::wire;
use wasm_bindgen::JsValue;

use super::{commands, Ctx};
use crate::dom::clock::{new_doc_id, now_iso};
use crate::i18n::t;
use crate::io::worker;
use crate::limits::{too_long_message, MAX_TEXT_CHARS};
use crate::state::import::ImportAction;
use crate::state::import::{
    added, applied, linked, plan, Choices, FileReport, PendingImport, Target,
};
use crate::state::ui::UiAction;
use crate::state::{Action, Notice, Progress, Screen};

/// What a file of `format` holds, as a phrase ("a list of W3C Web Annotations"), in the
/// interface's language (the core's `Format::name` in English).
pub fn format_phrase(format: Format) -> String {
    match format {
        Format::Native => t!("messages-format-native"),
        Format::W3cAnnotation => t!("messages-format-w3c-annotation"),
        Format::W3cList => t!("messages-format-w3c-list"),
        Format::W3cPage => t!("messages-format-w3c-page"),
        Format::W3cCollection => t!("messages-format-w3c-collection"),
        Format::W3cGraph => t!("messages-format-w3c-graph"),
        Format::Hypothesis => t!("messages-format-hypothesis"),
        Format::Doccano => t!("messages-format-doccano"),
        Format::LabelStudio => t!("messages-format-label-studio"),
        Format::Csv => t!("messages-format-csv"),
        Format::BratAnn => t!("messages-format-brat"),
    }
}

/// A file that does not start as a Close Reader file, sent to the worker to be told apart and
/// read, with progress and Cancel while it works. Another tool's annotations are shown for review,
/// an article (a web page, PDF, Word file…) in the article's review, and a file that is neither
/// gets its message. Gives the bytes back when the file is (or is meant as) a Close Reader file,
/// for the page's own reader.
pub async fn from_file(ctx: &Ctx, name: &str, bytes: Vec<u8>) -> Option<Vec<u8>> {
    let fail = |why: String| {
        ctx.send(Action::notice(Some(Notice::error(t!(
            "messages-not-opened",
            name = name,
            why = why
        )))))
    };
    // The open document goes along for the formats that annotate it, all of them text.
    let open = {
        let state = ctx.state();
        let session = state.session.filter(|_| state.screen == Screen::Annotate);
        session
            .filter(|_| std::str::from_utf8(&bytes).is_ok())
            .map(|s| JsValue::from(native::to_json(&s.borrow().doc)))
    };
    ctx.send(Action::Ui(UiAction::Progress(Some(Progress {
        what: t!("messages-reading-file", name = name),
        fraction: -1.0,
    }))));
    let fields: [(&str, JsValue); 4] = [
        ("bytes", js_sys::Uint8Array::from(&bytes[..]).into()),
        ("name", name.into()),
        ("now", now_iso().into()),
        ("open", open.unwrap_or(JsValue::UNDEFINED)),
    ];
    let answer = worker::request("read", &fields, None).await;
    drop(fields);
    ctx.send(Action::Ui(UiAction::Progress(None)));
    let answer = match answer {
        Ok(a) => a.as_string().unwrap_or_default(),
        Err(why) if why == worker::CANCELLED => {
            ctx.send(Action::notice(Some(Notice::info(t!(
                "messages-cancelled-file-not-read",
                name = name
            )))));
            return None;
        }
        Err(why) => {
            fail(why);
            return None;
        }
    };
    let Ok(v) = serde_json::from_str::<serde_json::Value>(&answer) else {
        fail(t!("messages-answer-damaged"));
        return None;
    };
    match v.get("route").and_then(|r| r.as_str()) {
        Some("native") => return Some(bytes),
        Some("article") => super::arrival::show(ctx, name, &answer),
        Some("needs-article") => match v.get("format").and_then(wire::format_at) {
            Some(format) => fail(t!("messages-needs-article", format = format_phrase(format))),
            None => fail(t!("messages-answer-damaged")),
        },
        _ => match wire::reading_from_json(&v) {
            Some((format, reading)) => {
                if let Err(why) = review(ctx, name, format.name(), reading) {
                    fail(why);
                }
            }
            None => fail(t!("messages-answer-damaged")),
        },
    }
    None
}

/// Shows the review of a file read as `format` (its name as a phrase); returns why not.
fn review(ctx: &Ctx, name: &str, format: &'static str, reading: Reading) -> Result<(), String> {
    let (target, report) = match reading {
        Reading::NewDocument { doc, report, links } => {
            if doc.text.len() > MAX_TEXT_CHARS {
                return Err(too_long_message(doc.text.len()));
            }
            (
                Target::NewDocument(Box::new(doc)),
                FileReport { report, links },
            )
        }
        Reading::OntoOpen { report, links } => (Target::Open, FileReport { report, links }),
    };
    ctx.send(Action::Import(ImportAction::Review(Some(
        crate::state::Shared::new(PendingImport {
            file_name: name.to_string(),
            format,
            target,
            report,
        }),
    ))));
    Ok(())
}

/// Applies the import under review with the user's choices.
pub fn apply(ctx: &Ctx, choices: Choices) {
    let Some(p) = ctx.state().import else { return };
    match &p.target {
        Target::Open => ctx.send(Action::Import(ImportAction::Apply(choices))),
        Target::NewDocument(doc) => {
            // The links are made in the same batch as the annotations they join, so the new
            // document opens with them (its history starts after the import).
            let edits = plan(doc, &p.report, &choices);
            // What is added ("4 annotations and 3 links"): the core's `what_is_added`, translated.
            let what = match linked(&edits) {
                0 => t!("messages-added-annotations", count = added(&edits)),
                links => t!(
                    "messages-added-annotations-links",
                    count = added(&edits),
                    links = links
                ),
            };
            let doc = applied((**doc).clone(), edits);
            ctx.send(Action::Import(ImportAction::Review(None)));
            commands::open_new_saying(
                ctx,
                doc,
                new_doc_id(),
                Notice::info(t!(
                    "messages-imported-as-new",
                    name = &p.file_name,
                    added = what
                )),
            );
        }
    }
}
