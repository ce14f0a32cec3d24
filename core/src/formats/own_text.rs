//! The reading shared by the formats whose files carry their own text, one record per text (a
//! doccano line, a Label Studio task): a record opens as a new document, or adds its annotations
//! to the open document when its text is that document's.

use crate::anchoring::{place, ForeignAnnotation, ImportProblem, ImportReport};
use crate::formats::import::ImportError;
use crate::formats::import_links::ForeignLink;
use crate::model::{Document, Text};

/// One record of such a file, as each format reads it.
pub(crate) trait TextRecord {
    /// The text the record's annotations are on.
    fn text(&self) -> &str;
    /// Its annotations, with quotes and context from its own text so that they can be found again
    /// in `target` even if it differs a little; and a problem for each one that cannot be read.
    fn annotations(&self, target: &Text) -> (Vec<ForeignAnnotation>, Vec<ImportProblem>);
    /// Its links between annotations, and a problem for each one that cannot be read.
    fn links(&self) -> (Vec<ForeignLink>, Vec<ImportProblem>);
}

/// Places `record`'s annotations on `doc` and reads its links; the problems of both go in the report.
fn place_record(
    doc: &Document,
    record: &dyn TextRecord,
    now: &str,
) -> (ImportReport, Vec<ForeignLink>) {
    let (items, problems) = record.annotations(&doc.text);
    let (links, link_problems) = record.links();
    let mut report = place(doc, items, now);
    report.problems.extend(problems);
    report.problems.extend(link_problems);
    (report, links)
}

/// The annotations of the record whose text is `doc`'s (or, when none is, of the only record) placed
/// on `doc`, with its links. `what` names the records in the error: "lines", "tasks".
pub(crate) fn import<R: TextRecord>(
    doc: &Document,
    records: &[R],
    format: &'static str,
    what: &str,
    now: &str,
) -> Result<(ImportReport, Vec<ForeignLink>), ImportError> {
    let record = match records.iter().find(|r| Text::new(r.text()) == doc.text) {
        Some(r) => r,
        None if records.len() == 1 => &records[0],
        None => {
            return Err(ImportError::DifferentText {
                format,
                detail: format!(
                    "none of its {} {what} holds the text of this document",
                    records.len()
                ),
            })
        }
    };
    Ok(place_record(doc, record, now))
}

/// A new document (default labels) from the first record, with its annotations placed and its links.
pub(crate) fn open(
    first: &dyn TextRecord,
    title: &str,
    now: &str,
) -> (Document, ImportReport, Vec<ForeignLink>) {
    let doc = Document::new(title, first.text(), None);
    let (report, links) = place_record(&doc, first, now);
    (doc, report, links)
}
