//! The "Export" menu's work: the open document written in another tool's format (or as the
//! readable report) by the core, and offered as a download named after the title. The writers run
//! in the worker (their code is not in the page's wasm): the document goes to it as a Close Reader
//! file, and while it writes, the bar shows and Cancel stops it.

use close_reader_core::formats::native;
use close_reader_core::model::names::slug;
use wasm_bindgen::JsValue;

use super::Ctx;
use crate::dom::clock::{local_time, now_iso};
use crate::i18n::t;
use crate::io::worker;
use crate::state::ui::UiAction;
use crate::state::{Action, Notice, Progress};

/// Every export, in the menu's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    W3c,
    Csv,
    Brat,
    Doccano,
    LabelStudio,
    Report,
}

impl Export {
    pub const ALL: [Export; 6] = [
        Export::W3c,
        Export::Csv,
        Export::Brat,
        Export::Doccano,
        Export::LabelStudio,
        Export::Report,
    ];

    /// The menu item's name: the format's own name (the report's in the interface's language).
    pub fn name(self) -> String {
        match self {
            Export::W3c => "W3C Web Annotation".into(),
            Export::Csv => "CSV".into(),
            Export::Brat => "brat".into(),
            Export::Doccano => "doccano".into(),
            Export::LabelStudio => "Label Studio".into(),
            Export::Report => t!("messages-export-report"),
        }
    }

    /// What the file is for, shown as the item's tooltip.
    pub fn hint(self) -> String {
        match self {
            Export::W3c => t!("messages-export-w3c-hint"),
            Export::Csv => t!("messages-export-csv-hint"),
            Export::Brat => t!("messages-export-brat-hint"),
            Export::Doccano => t!("messages-export-doccano-hint"),
            Export::LabelStudio => t!("messages-export-label-studio-hint"),
            Export::Report => t!("messages-export-report-hint"),
        }
    }

    /// The file name's ending after the title's slug.
    pub fn extension(self) -> &'static str {
        match self {
            Export::W3c => "annotations.jsonld",
            Export::Csv => "csv",
            Export::Brat => "brat.zip",
            Export::Doccano => "doccano.jsonl",
            Export::LabelStudio => "label-studio.json",
            Export::Report => "report.html",
        }
    }

    fn mime(self) -> &'static str {
        match self {
            Export::W3c => "application/ld+json",
            Export::Csv => "text/csv;charset=utf-8",
            Export::Brat => "application/zip",
            Export::Doccano => "application/jsonl",
            Export::LabelStudio => "application/json",
            Export::Report => "text/html;charset=utf-8",
        }
    }

    /// What the worker calls this export.
    fn key(self) -> &'static str {
        match self {
            Export::W3c => "w3c",
            Export::Csv => "csv",
            Export::Brat => "brat",
            Export::Doccano => "doccano",
            Export::LabelStudio => "label-studio",
            Export::Report => "report",
        }
    }
}

/// Writes the open document as `what` (in the worker) and offers it as `<title-slug>.<extension>`.
pub fn run(ctx: &Ctx, what: Export) {
    let state = ctx.state();
    let Some(session) = state.session else { return };
    let (name, title, fields) = {
        let s = session.borrow();
        let doc = &s.doc;
        let fields: [(&str, JsValue); 4] = [
            ("what", what.key().into()),
            ("file", native::to_json(doc).into()),
            ("doc_id", s.id.as_str().into()),
            ("generated", local_time(&now_iso()).into()),
        ];
        (
            format!("{}.{}", slug(&doc.title), what.extension()),
            doc.title.clone(),
            fields,
        )
    };
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        ctx.send(Action::Ui(UiAction::Progress(Some(Progress {
            what: t!("messages-exporting", title = &title, format = what.name()),
            fraction: -1.0,
        }))));
        let written = worker::request("export", &fields, None).await;
        ctx.send(Action::Ui(UiAction::Progress(None)));
        let result = match written {
            Ok(file) => match file.as_string() {
                Some(text) => crate::io::download::text_file(&name, what.mime(), &text),
                None => crate::io::download::bytes_file(
                    &name,
                    what.mime(),
                    &js_sys::Uint8Array::new(&file).to_vec(),
                ),
            },
            Err(why) if why == worker::CANCELLED => {
                return ctx.send(Action::Ui(UiAction::Notice(Some(Notice::info(t!(
                    "messages-export-cancelled"
                ))))))
            }
            Err(why) => Err(why),
        };
        if let Err(e) = result {
            ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(e)))));
        }
    });
}

/// Prints the annotate view: the print style sheet leaves the title and the highlighted article,
/// followed by the legend and the numbered notes.
pub fn print(ctx: &Ctx) {
    prepare_print(ctx);
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Builds the print-only legend and notes for the open document (also run on the browser's own
/// `beforeprint`, so Ctrl+P prints them too).
pub fn prepare_print(ctx: &Ctx) {
    if let Some(session) = ctx.state().session {
        crate::dom::print_notes::fill(&session.borrow().doc);
    }
}
