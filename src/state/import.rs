//! An import waiting for the user's review, and the pure decision of what applying it does: which
//! labels to create for unknown tags and which annotations to add, as edits the history can undo
//! in one step. Nothing changes until the user applies; cancelling drops the review.

use close_reader_core::formats::import::{self, ImportReport, LabelResolution};
use close_reader_core::model::names::slug;
use close_reader_core::{Document, Edit, History, Label};

/// Where the imported annotations go.
#[derive(Debug, PartialEq)]
pub enum Target {
    /// Onto the open document (W3C, Hypothesis, CSV, brat `.ann`).
    Open,
    /// Into a new document made from the file's own text (doccano, Label Studio).
    NewDocument(Box<Document>),
}

/// A file read and placed, shown to the user before anything changes.
#[derive(Debug, PartialEq)]
pub struct PendingImport {
    pub file_name: String,
    /// What the file is, as a phrase ("Hypothesis annotations").
    pub format: &'static str,
    pub target: Target,
    pub report: ImportReport,
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
    pub fn defaults(report: &ImportReport) -> Choices {
        Choices {
            tags: vec![TagChoice::Create; report.unknown_tags.len()],
            untagged: TagChoice::Skip,
        }
    }
}

/// Colours of new labels by position, the same as the app's highlight palette.
const PALETTE: [&str; 8] = [
    "#c2410c", "#1d4ed8", "#7e22ce", "#047857", "#b45309", "#be185d", "#0e7490", "#4d7c0f",
];

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

/// The edits that carry out the import on `doc`: new labels first, then the annotations the
/// choices give a label, in text order.
pub fn plan(doc: &Document, report: &ImportReport, choices: &Choices) -> Vec<Edit> {
    let (counts, _) = tag_counts(report);
    let mut scratch = doc.clone();
    let mut edits = Vec::new();
    let mut label_of_tag: Vec<Option<String>> = Vec::new();
    for (i, tag) in report.unknown_tags.iter().enumerate() {
        let choice = choices.tags.get(i).unwrap_or(&TagChoice::Skip);
        label_of_tag.push(match choice {
            TagChoice::Label(id) => scratch.label(id).map(|l| l.id.clone()),
            TagChoice::Create if counts[i] > 0 => {
                let label = new_label(&scratch, tag);
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
    import::apply(&mut scratch, report, |tag| match tag {
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

/// `doc` with the planned edits applied, for a new document (no history to undo into).
pub fn applied(mut doc: Document, edits: Vec<Edit>) -> Document {
    if !edits.is_empty() {
        History::default()
            .apply(&mut doc, Edit::Batch(edits))
            .expect("a plan made for this document applies to it");
    }
    doc
}

/// A label named after `tag` (at most 40 characters), with an id no label has, the next colour of
/// the palette, and no key of its own (the digit keys reach it).
fn new_label(doc: &Document, tag: &str) -> Label {
    let name: String = tag.trim().chars().take(40).collect();
    let base = slug(&name);
    let mut id = base.clone();
    let mut n = 2;
    while doc.labels.iter().any(|l| l.id.eq_ignore_ascii_case(&id)) {
        id = format!("{base}-{n}");
        n += 1;
    }
    let color = PALETTE[doc.labels.len() % PALETTE.len()];
    Label::new(&id, &name, color, "")
}

#[cfg(test)]
mod tests {
    use super::*;
    use close_reader_core::formats::import::{place, ForeignAnnotation};

    fn doc() -> Document {
        Document::new(
            "T",
            "The minister said the plan worked. Critics disagree.",
            None,
        )
    }

    fn quoted(quote: &str, tags: &[&str]) -> ForeignAnnotation {
        ForeignAnnotation {
            place: format!("item {quote}"),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            quote: Some(quote.into()),
            ..Default::default()
        }
    }

    fn report(d: &Document) -> ImportReport {
        place(
            d,
            vec![
                quoted("minister", &["source"]),
                quoted("worked", &["Opinion"]),
                quoted("Critics", &["opinion"]),
                quoted("disagree", &["Rhetoric"]),
                quoted("said", &[]),
            ],
            "now",
        )
    }

    fn labels_of(d: &Document) -> Vec<(String, String)> {
        d.annotations()
            .iter()
            .map(|a| (d.quote(a).to_string(), a.label.clone()))
            .collect()
    }

    #[test]
    fn defaults_create_a_label_per_unknown_tag_and_skip_untagged() {
        let d = doc();
        let r = report(&d);
        assert_eq!(r.unknown_tags, ["Opinion", "Rhetoric"]);
        assert_eq!(tag_counts(&r), (vec![2, 1], 1));
        let edits = plan(&d, &r, &Choices::defaults(&r));
        assert_eq!(added(&edits), 4);
        let after = applied(d, edits);
        let new: Vec<(&str, &str, &str)> = after.labels[3..]
            .iter()
            .map(|l| (l.id.as_str(), l.name.as_str(), l.color.as_str()))
            .collect();
        assert_eq!(
            new,
            [
                ("opinion", "Opinion", "#047857"),
                ("rhetoric", "Rhetoric", "#b45309")
            ]
        );
        assert_eq!(
            labels_of(&after),
            [
                ("minister".into(), "source".into()),
                ("worked".into(), "opinion".into()),
                ("Critics".into(), "opinion".into()),
                ("disagree".into(), "rhetoric".into()),
            ]
        );
    }

    #[test]
    fn mapping_and_skipping_create_no_label() {
        let d = doc();
        let r = report(&d);
        let choices = Choices {
            tags: vec![TagChoice::Label("claim".into()), TagChoice::Skip],
            untagged: TagChoice::Label("hedge".into()),
        };
        let edits = plan(&d, &r, &choices);
        assert!(edits.iter().all(|e| matches!(e, Edit::Add(_))));
        let after = applied(d, edits);
        assert_eq!(after.labels.len(), 3);
        assert_eq!(
            labels_of(&after),
            [
                ("minister".into(), "source".into()),
                ("said".into(), "hedge".into()),
                ("worked".into(), "claim".into()),
                ("Critics".into(), "claim".into()),
            ]
        );
    }

    #[test]
    fn a_new_labels_id_never_clashes_and_applying_onto_a_session_is_one_undo() {
        let mut d = doc();
        d.labels.push(Label::new("opinion", "Op-ed", "#000000", ""));
        // "Opinion" does not name the label "Op-ed" (id "opinion" does, ignoring case), so use
        // a tag that slugs to an existing id without naming it.
        let r = place(&d, vec![quoted("worked", &["Opinion!"])], "now");
        assert_eq!(r.unknown_tags, ["Opinion!"]);
        let edits = plan(&d, &r, &Choices::defaults(&r));
        let after = applied(d.clone(), edits.clone());
        assert_eq!(after.labels.last().unwrap().id, "opinion-2");
        let mut s = crate::session::Session::open("d".into(), d.clone(), "t".into());
        s.apply_batch(edits).unwrap();
        assert_eq!(s.doc, after);
        s.undo().unwrap();
        assert_eq!(s.doc, d);
    }
}
