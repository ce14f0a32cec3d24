//! The "Export" menu's work: the open document written in another tool's format (or as the
//! readable report) by the core, and offered as a download named after the title.

use close_reader_core::analysis::report::{self, ReportOptions};
use close_reader_core::formats::{
    brat, csv, doccano, label_studio,
    w3c::{self, W3cOptions},
};
use close_reader_core::model::names::slug;

use super::Ctx;
use crate::dom::clock::{local_time, now_iso};
use crate::state::ui::UiAction;
use crate::state::{Action, Notice};

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

    /// The menu item's name: the format's own name.
    pub fn name(self) -> &'static str {
        match self {
            Export::W3c => "W3C Web Annotation",
            Export::Csv => "CSV",
            Export::Brat => "brat",
            Export::Doccano => "doccano",
            Export::LabelStudio => "Label Studio",
            Export::Report => "HTML report",
        }
    }

    /// What the file is for, shown as the item's tooltip.
    pub fn hint(self) -> &'static str {
        match self {
            Export::W3c => {
                "JSON-LD for Hypothesis, Recogito and annotation servers (.annotations.jsonld)"
            }
            Export::Csv => "One row per span, for spreadsheets (.csv)",
            Export::Brat => "brat standoff: the text, .ann and configuration in a ZIP (.brat.zip)",
            Export::Doccano => "doccano sequence-labelling JSONL (.doccano.jsonl)",
            Export::LabelStudio => "Label Studio tasks with their annotations (.label-studio.json)",
            Export::Report => {
                "The article with highlights and notes, to read or print (.report.html)"
            }
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
}

/// Writes the open document as `what` and offers it as `<title-slug>.<extension>`.
pub fn run(ctx: &Ctx, what: Export) {
    let state = ctx.state();
    let Some(session) = state.session else { return };
    let s = session.borrow();
    let doc = &s.doc;
    let name = format!("{}.{}", slug(&doc.title), what.extension());
    let text = |t: String| crate::io::download::text_file(&name, what.mime(), &t);
    let result = match what {
        Export::Brat => {
            crate::io::download::bytes_file(&name, what.mime(), &brat::to_brat_zip(doc))
        }
        Export::W3c => text(w3c::to_w3c_json(
            doc,
            &W3cOptions {
                document_id: &s.id,
                creator: doc.annotator.as_deref(),
            },
        )),
        Export::Csv => text(csv::to_csv(doc, csv::CsvOptions { bom: false })),
        Export::Doccano => text(doccano::to_jsonl(doc)),
        Export::LabelStudio => text(label_studio::to_json(doc)),
        Export::Report => text(report::to_html(
            doc,
            &ReportOptions {
                generated: Some(&local_time(&now_iso())),
            },
        )),
    };
    if let Err(e) = result {
        ctx.send(Action::Ui(UiAction::Notice(Some(Notice::error(e)))));
    }
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
