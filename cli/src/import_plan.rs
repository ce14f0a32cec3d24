//! Another tool's annotations, read and placed by the core, added to a document with the choices
//! the app's import review starts with: a tag that names no label becomes a new label named after
//! it, annotations without any tag are left out (the review asks which label to give them; the
//! command line cannot ask), then the file's links whose two ends were added. Placing, labels'
//! names and links are the core's (`anchoring::place`, `label_name_for_tag`, `named_label`,
//! `import_links::link_edits`), applied as one batch of edits as the app applies them.

use close_reader_core::anchoring::{self, ImportProblem, ImportReport, LabelResolution};
use close_reader_core::formats::import_links::{link_edits, ForeignLink};
use close_reader_core::model::label::named_label;
use close_reader_core::{Document, Edit, History};

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

/// Adds the placed annotations of `report` and the `links` between them to `doc`.
pub fn add(doc: &mut Document, report: &ImportReport, links: &[ForeignLink]) -> Added {
    let mut scratch = doc.clone();
    let mut edits = Vec::new();
    let mut added = Added::default();
    // One label per unknown tag that some placed annotation carries (tags are matched ignoring case).
    let mut label_of_tag: Vec<(String, String)> = Vec::new();
    for tag in &report.unknown_tags {
        let carried = report.placed.iter().any(|p| {
            matches!(&p.label, LabelResolution::Unknown(t) if t.to_lowercase() == tag.to_lowercase())
        });
        if !carried {
            continue;
        }
        let label = named_label(&scratch.labels, &anchoring::label_name_for_tag(tag));
        scratch.labels.push(label.clone());
        label_of_tag.push((tag.to_lowercase(), label.id.clone()));
        added.new_labels.push(label.name.clone());
        edits.push(Edit::AddLabel(label));
    }
    anchoring::apply(&mut scratch, report, |tag| {
        let tag = tag?.to_lowercase();
        label_of_tag
            .iter()
            .find(|(t, _)| *t == tag)
            .map(|(_, id)| id.clone())
    });
    added.untagged = report
        .placed
        .iter()
        .filter(|p| p.label == LabelResolution::Missing)
        .count();
    edits.extend(
        scratch
            .annotations()
            .iter()
            .filter(|a| doc.annotation(&a.id).is_none())
            .map(|a| Edit::Add(a.clone())),
    );
    added.annotations = edits.iter().filter(|e| matches!(e, Edit::Add(_))).count();
    if !links.is_empty() {
        let (link_edits, unmade) = link_edits(doc, report, &edits, links);
        edits.extend(link_edits);
        added.unmade_links = unmade;
    }
    if !edits.is_empty() {
        History::default()
            .apply(doc, Edit::Batch(edits))
            .expect("edits planned on a copy of this document apply to it");
    }
    added
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
    fn unknown_tags_become_labels_and_untagged_annotations_are_left_out() {
        let mut doc = Document::new("T", "The minister said the plan worked.", None);
        let report = place(
            &doc,
            vec![
                quoted("minister", &["source"]),
                quoted("said", &["Opinion"]),
                quoted("worked", &["opinion"]),
                quoted("plan", &[]),
            ],
            "now",
        );
        let added = add(&mut doc, &report, &[]);
        assert_eq!(added.annotations, 3);
        assert_eq!(added.new_labels, ["Opinion"]);
        assert_eq!(added.untagged, 1);
        let opinion = doc.labels.iter().find(|l| l.name == "Opinion").unwrap();
        let labels: Vec<&str> = doc.annotations().iter().map(|a| a.label.as_str()).collect();
        assert_eq!(labels, ["source", &opinion.id, &opinion.id]);
    }
}
