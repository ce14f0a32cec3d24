//! Another tool's annotations, read and placed by the core, added to a document with the choices
//! the app's import review starts with (`formats::import_plan::Choices::defaults`): a tag that
//! names no label becomes a new label named after it, annotations without any tag are left out
//! (the review asks which label to give them; the command line cannot ask), then the file's links
//! whose two ends were added. The plan is the core's, the one the app applies.

use close_reader_core::anchoring::ImportProblem;
use close_reader_core::formats::import_plan::{
    added, applied, plan_review, tag_counts, Choices, FileReport,
};
use close_reader_core::{Document, Edit};

/// What adding the file did.
#[derive(Debug, Default, PartialEq)]
pub struct Added {
    pub annotations: usize,
    /// Names of the labels made for the file's tags.
    pub new_labels: Vec<String>,
    /// Placed annotations left out for having no tag.
    pub untagged: usize,
    /// The file's links that could not be made, with the core's reasons.
    pub unmade_links: Vec<ImportProblem>,
}

/// `doc` with the placed annotations of `file` and the links between them added, and what was.
pub fn add(doc: Document, file: &FileReport) -> (Document, Added) {
    let plan = plan_review(&doc, file, &Choices::defaults(file));
    let new_labels = plan
        .edits
        .iter()
        .filter_map(|e| match e {
            Edit::AddLabel(l) => Some(l.name.clone()),
            _ => None,
        })
        .collect();
    let report = Added {
        annotations: added(&plan.edits),
        new_labels,
        untagged: tag_counts(&file.report).1,
        unmade_links: plan.unmade_links,
    };
    (applied(doc, plan.edits), report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use close_reader_core::anchoring::{place, ForeignAnnotation};

    fn quoted(quote: &str, tags: &[&str]) -> ForeignAnnotation {
        ForeignAnnotation {
            place: "item".into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            quote: Some(quote.into()),
            ..Default::default()
        }
    }

    #[test]
    fn unknown_tags_become_labels_and_untagged_annotations_are_counted_as_left_out() {
        let doc = Document::new("T", "The minister said the plan worked.", None);
        let file: FileReport = place(
            &doc,
            vec![
                quoted("minister", &["source"]),
                quoted("said", &["Opinion"]),
                quoted("worked", &["opinion"]),
                quoted("plan", &[]),
            ],
            "now",
        )
        .into();
        let (doc, added) = add(doc, &file);
        assert_eq!(added.annotations, 3);
        assert_eq!(added.new_labels, ["Opinion"]);
        assert_eq!(added.untagged, 1);
        assert_eq!(doc.annotations().len(), 3);
    }
}
