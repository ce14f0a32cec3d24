//! Links read from another tool's file (brat relations, Label Studio relations, doccano relations,
//! W3C `linking` annotations, the CSV `links` column), turned into link edits once the import's
//! annotations have their ids in the document.
//!
//! A foreign link names its two ends by the ids they had in the file; [`link_edits`] finds the
//! annotations placed from those ids in the import's report, keeps only links whose two ends the
//! import really adds, and says why each other link is not imported.

use std::collections::HashSet;

use crate::anchoring::{ImportProblem, ImportReport, ProblemKind};
use crate::model::{Document, Edit, Link, LinkKind};

/// One link as the file gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ForeignLink {
    /// Where it was in the file ("Line 4", "Task 1, result 3").
    pub place: String,
    /// Its id in the file, if it had one.
    pub id: Option<String>,
    /// The ids its two ends had in the file.
    pub from: String,
    pub to: String,
    pub kind: LinkKind,
}

/// The link edits to append after the import's planned edits (`planned`, which add the annotations),
/// and a problem for each link that cannot be made. Link ids count on from the document's.
pub fn link_edits(
    doc: &Document,
    report: &ImportReport,
    planned: &[Edit],
    links: &[ForeignLink],
) -> (Vec<Edit>, Vec<ImportProblem>) {
    let mut added = HashSet::new();
    collect_added(planned, &mut added);
    let placed_id = |source: &str| {
        report
            .placed
            .iter()
            .find(|p| p.source_id.as_deref() == Some(source))
            .map(|p| p.annotation.id.as_str())
            .filter(|id| added.contains(*id))
    };
    let mut scratch = doc.clone();
    for e in planned {
        let _ = e.apply(&mut scratch);
    }
    let mut next: u64 = doc.next_link_id()[1..].parse().unwrap_or(1);
    let mut edits = Vec::new();
    let mut problems = Vec::new();
    for l in links {
        let problem = |detail: String| ImportProblem {
            place: l.place.clone(),
            source_id: l.id.clone(),
            quote: None,
            kind: ProblemKind::Malformed(detail),
        };
        let (Some(from), Some(to)) = (placed_id(&l.from), placed_id(&l.to)) else {
            let missing = if placed_id(&l.from).is_none() {
                &l.from
            } else {
                &l.to
            };
            problems.push(problem(format!(
                "it links \"{missing}\", which was not imported, so the link cannot be made"
            )));
            continue;
        };
        let link = Link::new(&format!("l{next}"), from, to, l.kind);
        match scratch.insert_link(link.clone()) {
            Ok(()) => {
                next += 1;
                edits.push(Edit::AddLink(link));
            }
            Err(e) => problems.push(problem(format!("the link was not made: {e}"))),
        }
    }
    (edits, problems)
}

/// The report of an import that keeps annotations only: each link it read becomes a problem saying
/// so. Every reader returns its links; this is the one way to leave them out.
pub fn without_links((mut report, links): (ImportReport, Vec<ForeignLink>)) -> ImportReport {
    report.problems.extend(links.into_iter().map(|l| ImportProblem {
        place: l.place,
        source_id: l.id,
        quote: None,
        kind: ProblemKind::Malformed(format!(
            "its {} link from \"{}\" to \"{}\" is not imported (this import keeps annotations only)",
            l.kind, l.from, l.to
        )),
    }));
    report
}

fn collect_added<'e>(edits: &'e [Edit], out: &mut HashSet<&'e str>) {
    for e in edits {
        match e {
            Edit::Add(a) => {
                out.insert(a.id.as_str());
            }
            Edit::Batch(inner) => collect_added(inner, out),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anchoring::{place, ForeignAnnotation};

    fn foreign(id: &str, quote: &str) -> ForeignAnnotation {
        ForeignAnnotation {
            place: id.into(),
            id: Some(id.into()),
            tags: vec!["claim".into()],
            quote: Some(quote.into()),
            ..Default::default()
        }
    }

    fn link(from: &str, to: &str, kind: LinkKind) -> ForeignLink {
        ForeignLink {
            place: "Line 9".into(),
            id: Some("R1".into()),
            from: from.into(),
            to: to.into(),
            kind,
        }
    }

    #[test]
    fn links_join_the_annotations_placed_from_their_ends() {
        let doc = Document::new("T", "The minister said the plan worked.", None);
        let report = place(
            &doc,
            vec![
                foreign("T1", "minister"),
                foreign("T2", "plan worked"),
                foreign("T3", "absent"),
            ],
            "now",
        );
        let planned: Vec<Edit> = report
            .placed
            .iter()
            .map(|p| Edit::Add(p.annotation.clone()))
            .collect();
        let (edits, problems) = link_edits(
            &doc,
            &report,
            &planned,
            &[
                link("T2", "T1", LinkKind::SupportedBy),
                link("T2", "T3", LinkKind::SupportedBy),
                link("T1", "T2", LinkKind::SameClaim),
                link("T2", "T1", LinkKind::SameClaim),
            ],
        );
        let made: Vec<(&str, &str, &str)> = edits
            .iter()
            .map(|e| match e {
                Edit::AddLink(l) => (l.id.as_str(), l.from.as_str(), l.to.as_str()),
                _ => panic!("only links"),
            })
            .collect();
        assert_eq!(made, [("l1", "T2", "T1"), ("l2", "T1", "T2")]);
        let messages: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            messages,
            [
                "Line 9 (\"R1\"), was skipped: it links \"T3\", which was not imported, so the link cannot be made.",
                "Line 9 (\"R1\"), was skipped: the link was not made: link \"l3\" repeats link \"l2\" (same annotations, same kind).",
            ]
        );
        // The whole plan applies as one step.
        let mut d = doc.clone();
        let mut all = planned;
        all.extend(edits);
        crate::model::History::default()
            .apply(&mut d, Edit::Batch(all))
            .unwrap();
        assert_eq!(d.sources_of("T2")[0].id, "T1");
    }
}
