//! Other tools' files opened through "Open file": read and placed by the core, held for the
//! user's review, then applied: onto the open article as one undoable edit, or as a new document
//! when the file carries its own text (doccano, Label Studio).

use std::rc::Rc;

use close_reader_core::formats::detect::Format;
use close_reader_core::formats::import::ImportError;
use close_reader_core::formats::{brat, csv, doccano, label_studio, w3c_import};

use super::{commands, Ctx};
use crate::dom::clock::{new_doc_id, now_iso};
use crate::limits::{too_long_message, MAX_TEXT_CHARS};
use crate::state::import::{added, applied, plan, Choices, PendingImport, Target};
use crate::state::{Action, Notice, Screen};

/// Shown when a file of annotations is opened with no article to put them on.
pub const NEEDS_ARTICLE: &str =
    "Open the article first, then open this file to add its annotations.";

/// Reads `bytes` (already recognised as `format`) and shows the review; returns why not.
pub fn review(ctx: &Ctx, name: &str, bytes: &[u8], format: Format) -> Result<(), String> {
    let now = now_iso();
    let state = ctx.state();
    let why = |e: ImportError| e.to_string();
    let (target, report) = if format.carries_text() {
        let title = title_of(name);
        let (doc, report) = match format {
            Format::LabelStudio => label_studio::open(bytes, &title, &now),
            _ => doccano::open(bytes, &title, &now),
        }
        .map_err(why)?;
        if doc.text.len() > MAX_TEXT_CHARS {
            return Err(too_long_message(doc.text.len()));
        }
        (Target::NewDocument(Box::new(doc)), report)
    } else {
        let session = state
            .session
            .filter(|_| state.screen == Screen::Annotate)
            .ok_or_else(|| format!("it holds {}. {NEEDS_ARTICLE}", format.name()))?;
        let s = session.borrow();
        let report = match format {
            Format::Csv => csv::import(&s.doc, bytes, &now),
            Format::BratAnn => brat::import(&s.doc, bytes, &now),
            _ => w3c_import::import(&s.doc, bytes, &now),
        }
        .map_err(why)?;
        (Target::Open, report)
    };
    ctx.send(Action::ReviewImport(Some(Rc::new(PendingImport {
        file_name: name.to_string(),
        format: format.name(),
        target,
        report,
    }))));
    Ok(())
}

/// Applies the import under review with the user's choices.
pub fn apply(ctx: &Ctx, choices: Choices) {
    let Some(p) = ctx.state().import else { return };
    match &p.target {
        Target::Open => ctx.send(Action::ApplyImport(choices)),
        Target::NewDocument(doc) => {
            let edits = plan(doc, &p.report, &choices);
            let n = added(&edits);
            let doc = applied((**doc).clone(), edits);
            ctx.send(Action::ReviewImport(None));
            commands::open_new(ctx, doc, new_doc_id());
            ctx.send(Action::Notice(Some(Notice::info(format!(
                "Opened “{}” as a new document with {n} annotation{}.",
                p.file_name,
                if n == 1 { "" } else { "s" }
            )))));
        }
    }
}

/// A title from a file name: the part before its first dot (`scam.doccano.jsonl` → `scam`).
fn title_of(name: &str) -> String {
    let stem = name.split('.').next().unwrap_or("").trim();
    if stem.is_empty() {
        "Imported article".into()
    } else {
        stem.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::title_of;

    #[test]
    fn titles_come_from_the_file_name() {
        assert_eq!(title_of("scam.doccano.jsonl"), "scam");
        assert_eq!(title_of(".hidden"), "Imported article");
    }
}
