//! Applying another tool's file after its review, as a pure decision: which labels to create for
//! the file's unknown tags, which placed annotations to add and which of the file's links between
//! them to make, as edits the history applies (and undoes) in one step. The app's import review
//! and the command line's `convert` both plan with it, so an import cannot differ between them.

use crate::anchoring::{self, ImportProblem, ImportReport, LabelResolution};
use crate::formats::import_links::{link_edits, ForeignLink};
use crate::model::label::named_label;
use crate::model::{Document, Edit, History};

/// What the core read from a file: the report on its annotations (placed, not placed, unknown
/// tags) and the links between them, which name their ends by the ids they had in the file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileReport {
    pub report: ImportReport,
    pub links: Vec<ForeignLink>,
}

impl From<ImportReport> for FileReport {
    /// A report on a file without links.
    fn from(report: ImportReport) -> FileReport {
        FileReport {
            report,
            links: Vec::new(),
        }
    }
}

/// What to do with the annotations of one unknown tag (or of those without any tag).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TagChoice {
    /// Give them this existing label (by id).
    Label(String),
    /// Create a label named after the tag.
    Create,
    Skip,
}

/// The user's answers: one per [`ImportReport::unknown_tags`], and one for untagged annotations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choices {
    pub tags: Vec<TagChoice>,
    pub untagged: TagChoice,
}

impl Choices {
    /// Unknown tags become new labels; untagged annotations wait for the user to pick a label.
    pub fn defaults(file: &FileReport) -> Choices {
        Choices {
            tags: vec![TagChoice::Create; file.report.unknown_tags.len()],
            untagged: TagChoice::Skip,
        }
    }
}

/// How many annotations of the report carry each unknown tag (in `unknown_tags` order) and how
/// many carry none.
pub fn tag_counts(report: &ImportReport) -> (Vec<usize>, usize) {
    let mut per_tag = vec![0; report.unknown_tags.len()];
    let mut untagged = 0;
    for p in &report.placed {
        match &p.label {
            LabelResolution::Unknown(t) => {
                if let Some(i) = tag_index(report, t) {
                    per_tag[i] += 1;
                }
            }
            LabelResolution::Missing => untagged += 1,
            LabelResolution::Known(_) => {}
        }
    }
    (per_tag, untagged)
}

/// The unknown tags are listed once each, ignoring case.
fn tag_index(report: &ImportReport, tag: &str) -> Option<usize> {
    let t = tag.to_lowercase();
    report
        .unknown_tags
        .iter()
        .position(|u| u.to_lowercase() == t)
}

/// What applying an import does, as the review shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    /// New labels, then the annotations, then the links between them: one `Edit::Batch`.
    pub edits: Vec<Edit>,
    /// The file's links that cannot be made (an end not imported, a link repeating another),
    /// each with the core's sentence saying why.
    pub unmade_links: Vec<ImportProblem>,
}

/// The edits that carry out the import on `doc`: new labels first, then the annotations the
/// choices give a label, in text order, then the file's links whose two ends are added.
pub fn plan(doc: &Document, file: &FileReport, choices: &Choices) -> Vec<Edit> {
    plan_review(doc, file, choices).edits
}

/// [`plan`], with the links it cannot make.
pub fn plan_review(doc: &Document, file: &FileReport, choices: &Choices) -> Plan {
    let mut edits = annotation_edits(doc, &file.report, choices);
    let (links, unmade_links) = if file.links.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        link_edits(doc, &file.report, &edits, &file.links)
    };
    edits.extend(links);
    Plan {
        edits,
        unmade_links,
    }
}

/// The labels and annotations of [`plan`].
fn annotation_edits(doc: &Document, report: &ImportReport, choices: &Choices) -> Vec<Edit> {
    let (counts, _) = tag_counts(report);
    let mut scratch = doc.clone();
    let mut edits = Vec::new();
    let mut label_of_tag: Vec<Option<String>> = Vec::new();
    for (i, tag) in report.unknown_tags.iter().enumerate() {
        let choice = choices.tags.get(i).unwrap_or(&TagChoice::Skip);
        label_of_tag.push(match choice {
            TagChoice::Label(id) => scratch.label(id).map(|l| l.id.clone()),
            TagChoice::Create if counts[i] > 0 => {
                let name = anchoring::label_name_for_tag(tag);
                let label = named_label(&scratch.labels, &name);
                scratch.labels.push(label.clone());
                let id = label.id.clone();
                edits.push(Edit::AddLabel(label));
                Some(id)
            }
            TagChoice::Create | TagChoice::Skip => None,
        });
    }
    let untagged = match &choices.untagged {
        TagChoice::Label(id) => scratch.label(id).map(|l| l.id.clone()),
        _ => None,
    };
    anchoring::apply(&mut scratch, report, |tag| match tag {
        Some(t) => tag_index(report, t).and_then(|i| label_of_tag[i].clone()),
        None => untagged.clone(),
    });
    edits.extend(
        scratch
            .annotations()
            .iter()
            .filter(|a| doc.annotation(&a.id).is_none())
            .map(|a| Edit::Add(a.clone())),
    );
    edits
}

/// How many annotations [`plan`] would add.
pub fn added(edits: &[Edit]) -> usize {
    edits.iter().filter(|e| matches!(e, Edit::Add(_))).count()
}

/// How many links [`plan`] would make.
pub fn linked(edits: &[Edit]) -> usize {
    edits
        .iter()
        .filter(|e| matches!(e, Edit::AddLink(_)))
        .count()
}

/// What [`plan`] adds, in words: "3 annotations", "3 annotations and 1 link".
pub fn what_is_added(edits: &[Edit]) -> String {
    let count = |n: usize, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    match linked(edits) {
        0 => count(added(edits), "annotation"),
        links => format!(
            "{} and {}",
            count(added(edits), "annotation"),
            count(links, "link")
        ),
    }
}

/// `doc` with the planned edits applied, for a new document (no history to undo into).
pub fn applied(mut doc: Document, edits: Vec<Edit>) -> Document {
    if !edits.is_empty() {
        History::default()
            .apply(&mut doc, Edit::Batch(edits))
            .expect("a plan made for this document applies to it");
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anchoring::{place, ForeignAnnotation};

    fn quoted(quote: &str, tags: &[&str]) -> ForeignAnnotation {
        ForeignAnnotation {
            place: format!("item {quote}"),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            quote: Some(quote.into()),
            ..Default::default()
        }
    }

    #[test]
    fn the_first_choices_make_a_label_per_carried_tag_and_leave_untagged_ones_out() {
        let d = Document::new("T", "The minister said the plan worked.", None);
        let file: FileReport = place(
            &d,
            vec![
                quoted("minister", &["SOURCE"]),
                quoted("said", &["Opinion"]),
                quoted("worked", &["opinion"]),
                quoted("plan", &[]),
            ],
            "now",
        )
        .into();
        let plan = plan_review(&d, &file, &Choices::defaults(&file));
        assert_eq!(what_is_added(&plan.edits), "3 annotations");
        let after = applied(d, plan.edits);
        let quoted: Vec<(&str, &str)> = after
            .annotations()
            .iter()
            .map(|a| (after.quote(a), a.label.as_str()))
            .collect();
        assert_eq!(
            quoted,
            [
                ("minister", "source"),
                ("said", "opinion"),
                ("worked", "opinion")
            ]
        );
        assert_eq!(after.label("opinion").unwrap().name, "Opinion");
    }
}
