//! An import waiting for the user's review, and applying it: the pure decision of what applying
//! does (which labels to create for unknown tags, which annotations to add and which of the file's
//! links between them to make, as edits the history can undo in one step) is the core's
//! `formats::import_plan`. Nothing changes until the user applies; cancelling drops the review.

use close_reader_core::Document;

use super::{AppState, Notice, Shared};
use crate::i18n::{reasons, t};

// The decision itself is the core's, shared with the command line's `convert`.
pub use close_reader_core::formats::import_plan::{
    added, applied, linked, plan, plan_review, tag_counts, Choices, FileReport, Plan, TagChoice,
};

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
    pub report: FileReport,
}

pub enum ImportAction {
    /// Show (or, with `None`, cancel) the review of an import.
    Review(Option<Shared<PendingImport>>),
    /// Apply the reviewed import onto the open document, as one undoable edit.
    Apply(Choices),
}

impl ImportAction {
    pub fn edits(&self) -> bool {
        match self {
            ImportAction::Review(p) => p.is_some(),
            ImportAction::Apply(_) => true,
        }
    }
}

impl AppState {
    pub(super) fn reduce_import(&mut self, a: ImportAction) -> bool {
        match a {
            ImportAction::Review(p) => self.import = p,
            ImportAction::Apply(choices) => {
                let Some(p) = self.import.take() else {
                    return false;
                };
                self.apply_import(&p, &choices);
            }
        }
        true
    }

    /// Adds a reviewed import's annotations (and the labels chosen for its tags) to the open
    /// document in one undoable step, and says what happened.
    fn apply_import(&mut self, p: &PendingImport, choices: &Choices) {
        let file = &p.file_name;
        if p.target != Target::Open {
            return;
        }
        let done = self.with_session(|se| {
            let edits = plan(&se.doc, &p.report, choices);
            let n = added(&edits);
            if n == 0 {
                return Ok((0, 0));
            }
            let total = se.doc.annotations().len() + n;
            if total > crate::limits::MAX_ANNOTATIONS {
                return Err(crate::limits::too_many_message(total));
            }
            let links = linked(&edits);
            se.apply_batch(edits)
                .map(|()| (n, links))
                .map_err(|e| reasons::edit(&e))
        });
        self.notice = Some(match done {
            Some(Ok((0, _))) => Notice::info(t!("state-import-nothing", file = file)),
            Some(Ok((n, 0))) => {
                self.edited();
                Notice::info(t!("state-import-added", count = n, file = file))
            }
            Some(Ok((n, links))) => {
                self.edited();
                Notice::info(t!(
                    "state-import-added-with-links",
                    count = n,
                    links = links,
                    file = file
                ))
            }
            Some(Err(e)) => Notice::error(t!("state-import-failed", file = file, why = e)),
            None => Notice::error(t!("state-import-no-article", file = file)),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{document::DocAction, edit::EditAction, import::ImportAction};
    use close_reader_core::anchoring::{place, ForeignAnnotation};
    use close_reader_core::formats::import_plan::what_is_added;
    use close_reader_core::{Edit, Label};

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

    fn report(d: &Document) -> FileReport {
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
        .into()
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
        assert_eq!(r.report.unknown_tags, ["Opinion", "Rhetoric"]);
        assert_eq!(tag_counts(&r.report), (vec![2, 1], 1));
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
        let r: FileReport = place(&d, vec![quoted("worked", &["Opinion!"])], "now").into();
        assert_eq!(r.report.unknown_tags, ["Opinion!"]);
        let edits = plan(&d, &r, &Choices::defaults(&r));
        let after = applied(d.clone(), edits.clone());
        assert_eq!(after.labels.last().unwrap().id, "opinion-2");
        let mut s = crate::session::Session::open("d".into(), d.clone(), "t".into());
        s.apply_batch(edits).unwrap();
        assert_eq!(s.doc, after);
        s.undo().unwrap();
        assert_eq!(s.doc, d);
    }

    /// The brat file of an article about a plan: a claim, its source, a hedge on the claim and an
    /// opinion (a type no label names), with relations between them.
    const ANN: &str = "T1\tSource 4 12\tminister\n\
        T2\tClaim 18 34\tthe plan worked.\n\
        T3\tOpinion 35 42\tCritics\n\
        T4\tHedge 43 51\tdisagree\n\
        R1\tSupportedBy Arg1:T2 Arg2:T1\n\
        R2\tContradicts Arg1:T3 Arg2:T2\n\
        R3\tHedges Arg1:T4 Arg2:T2\n\
        R4\tSupportedBy Arg1:T2 Arg2:T9\n";

    fn brat_file(d: &Document) -> FileReport {
        let (report, links) =
            close_reader_core::formats::brat::import(d, ANN.as_bytes(), "now").unwrap();
        FileReport { report, links }
    }

    /// Every link of `d` as (from quote, kind, to quote), in the document's order.
    fn links_of(d: &Document) -> Vec<(String, String, String)> {
        let quote = |id: &str| d.quote(d.annotation(id).unwrap()).to_string();
        d.links()
            .iter()
            .map(|l| (quote(&l.from), l.kind.to_string(), quote(&l.to)))
            .collect()
    }

    fn link(from: &str, kind: &str, to: &str) -> (String, String, String) {
        (from.into(), kind.into(), to.into())
    }

    #[test]
    fn links_come_after_the_annotations_and_one_undo_takes_all_back() {
        let d = doc();
        let file = brat_file(&d);
        assert_eq!(file.links.len(), 4);
        let p = plan_review(&d, &file, &Choices::defaults(&file));
        let kinds: Vec<&str> = p
            .edits
            .iter()
            .map(|e| match e {
                Edit::AddLabel(_) => "label",
                Edit::Add(_) => "annotation",
                Edit::AddLink(_) => "link",
                other => panic!("an import plans no {other:?}"),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "label",
                "annotation",
                "annotation",
                "annotation",
                "annotation",
                "link",
                "link",
                "link"
            ]
        );
        assert_eq!(what_is_added(&p.edits), "4 annotations and 3 links");
        let messages: Vec<String> = p.unmade_links.iter().map(|u| u.to_string()).collect();
        assert_eq!(
            messages,
            ["Line 8 (\"R4\"), was skipped: it links \"T9\", which was not imported, so the link cannot be made."]
        );
        assert_eq!(plan(&d, &file, &Choices::defaults(&file)), p.edits);

        let mut s = crate::session::Session::open("d".into(), d.clone(), "t".into());
        s.apply_batch(p.edits).unwrap();
        let want = [
            link("the plan worked.", "supported-by", "minister"),
            link("Critics", "contradicts", "the plan worked."),
            link("disagree", "hedges", "the plan worked."),
        ];
        assert_eq!(links_of(&s.doc), want);
        assert_eq!(
            s.doc.links()[0].id,
            "l1",
            "link ids count from the document's"
        );
        s.undo().unwrap();
        assert_eq!(
            s.doc, d,
            "one undo removes the links, annotations and the new label"
        );
        s.redo().unwrap();
        assert_eq!(links_of(&s.doc), want);
    }

    #[test]
    fn a_link_to_a_skipped_annotation_is_listed_and_the_others_are_made() {
        let d = doc();
        let file = brat_file(&d);
        assert_eq!(file.report.unknown_tags, ["Opinion"]);
        let skip = Choices {
            tags: vec![TagChoice::Skip],
            untagged: TagChoice::Skip,
        };
        let p = plan_review(&d, &file, &skip);
        assert_eq!(what_is_added(&p.edits), "3 annotations and 2 links");
        let ends: Vec<&str> = p
            .unmade_links
            .iter()
            .map(|u| u.source_id.as_deref().unwrap())
            .collect();
        assert_eq!(ends, ["R2", "R4"]);
        assert!(
            p.unmade_links[0]
                .to_string()
                .ends_with("it links \"T3\", which was not imported, so the link cannot be made."),
            "{}",
            p.unmade_links[0]
        );
        let after = applied(d, p.edits);
        assert_eq!(
            links_of(&after),
            [
                link("the plan worked.", "supported-by", "minister"),
                link("disagree", "hedges", "the plan worked."),
            ]
        );
    }

    #[test]
    fn links_count_on_from_the_open_documents_own() {
        let mut d = doc();
        for (id, label, start, end) in [("a1", "claim", 0, 3), ("a2", "source", 13, 17)] {
            let span = close_reader_core::Span::new(start, end).unwrap();
            d.insert(close_reader_core::Annotation::new(id, label, span, "t"))
                .unwrap();
        }
        d.insert_link(close_reader_core::Link::new(
            "l1",
            "a1",
            "a2",
            close_reader_core::LinkKind::SupportedBy,
        ))
        .unwrap();
        let file = brat_file(&d);
        let edits = plan(&d, &file, &Choices::defaults(&file));
        let ids: Vec<&str> = edits
            .iter()
            .filter_map(|e| match e {
                Edit::AddLink(l) => Some(l.id.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["l2", "l3", "l4"]);
        let after = applied(d, edits);
        assert_eq!(after.links().len(), 4);
    }

    #[test]
    fn a_file_without_links_plans_none_and_says_only_annotations() {
        let d = doc();
        let r = report(&d);
        let p = plan_review(&d, &r, &Choices::defaults(&r));
        assert_eq!(linked(&p.edits), 0);
        assert!(p.unmade_links.is_empty());
        assert_eq!(what_is_added(&p.edits), "4 annotations");
        assert_eq!(what_is_added(&p.edits[..3]), "1 annotation");
    }

    #[test]
    fn a_new_document_from_doccano_keeps_its_relations_as_links() {
        let jsonl = r#"{"text": "Officials said rents may fall 😀.", "entities": [{"id": 1, "label": "Source", "start_offset": 0, "end_offset": 9}, {"id": 2, "label": "Claim", "start_offset": 15, "end_offset": 29}, {"id": 3, "label": "Hedge", "start_offset": 21, "end_offset": 24}], "relations": [{"id": 1, "from_id": 2, "to_id": 1, "type": "supported-by"}, {"id": 2, "from_id": 3, "to_id": 2, "type": "hedges"}]}"#;
        let (doc, report, links) =
            close_reader_core::formats::doccano::open(jsonl.as_bytes(), "Rents", "now").unwrap();
        let file = FileReport { report, links };
        let edits = plan(&doc, &file, &Choices::defaults(&file));
        assert_eq!(what_is_added(&edits), "3 annotations and 2 links");
        let made = applied(doc, edits);
        assert_eq!(
            links_of(&made),
            [
                link("rents may fall", "supported-by", "Officials"),
                link("may", "hedges", "rents may fall"),
            ]
        );
    }

    #[test]
    fn the_reducer_applies_an_import_with_links_as_one_undo_step() {
        use crate::state::{Action, AppState};
        use std::rc::Rc;
        use yew::Reducible;
        let session = crate::session::Session::open("d1".into(), doc(), "t".into());
        let s = Rc::new(AppState::default()).reduce(Action::Doc(DocAction::Open {
            session: Box::new(session),
            saved: true,
        }));
        let file = brat_file(&doc());
        let choices = Choices::defaults(&file);
        let s = s
            .reduce(Action::Import(ImportAction::Review(Some(Shared::new(
                PendingImport {
                    file_name: "plan.ann".into(),
                    format: "brat annotations",
                    target: Target::Open,
                    report: file,
                },
            )))))
            .reduce(Action::Import(ImportAction::Apply(choices)));
        let doc_of = |s: &AppState| s.session.as_ref().unwrap().borrow().doc.clone();
        assert_eq!(links_of(&doc_of(&s)).len(), 3);
        assert_eq!(doc_of(&s).annotations().len(), 4);
        let s = s.reduce(Action::edit(EditAction::Undo));
        assert_eq!(
            doc_of(&s),
            doc(),
            "one undo: no link, annotation or label is left"
        );
    }
}
