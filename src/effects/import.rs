//! Other tools' files opened through "Open file": read and placed by the core (annotations and the
//! links between them), held for the user's review, then applied: onto the open article as one
//! undoable edit, or as a new document when the file carries its own text (doccano, Label Studio).

use close_reader_core::formats::detect::Format;
use close_reader_core::formats::reader::{read, ReadError, Reading};

use super::{commands, Ctx};
use crate::dom::clock::{new_doc_id, now_iso};
use crate::limits::{too_long_message, MAX_TEXT_CHARS};
use crate::state::import::ImportAction;
use crate::state::import::{
    applied, plan, what_is_added, Choices, FileReport, PendingImport, Target,
};
use crate::state::{Action, Notice, Screen};

/// Shown when a file of annotations is opened with no article to put them on.
pub const NEEDS_ARTICLE: &str =
    "Open the article first, then open this file to add its annotations.";

/// Reads `bytes` (already recognised as `format`) with the core's reader for it and shows the
/// review; returns why not.
pub fn review(ctx: &Ctx, name: &str, bytes: &[u8], format: Format) -> Result<(), String> {
    let state = ctx.state();
    let session = state.session.filter(|_| state.screen == Screen::Annotate);
    // The open document is borrowed only while the file is read, never while an action is sent.
    let reading = {
        let open = session.as_ref().map(|s| s.borrow());
        read(
            format,
            bytes,
            open.as_ref().map(|s| &s.doc),
            &title_of(name),
            &now_iso(),
        )
    }
    .map_err(|e| match e {
        ReadError::NeedsArticle => format!("it holds {}. {NEEDS_ARTICLE}", format.name()),
        e => e.to_string(),
    })?;
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
            format: format.name(),
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
            let what = what_is_added(&edits);
            let doc = applied((**doc).clone(), edits);
            ctx.send(Action::Import(ImportAction::Review(None)));
            commands::open_new_saying(
                ctx,
                doc,
                new_doc_id(),
                Notice::info(format!(
                    "Opened “{}” as a new document with {what}.",
                    p.file_name
                )),
            );
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
