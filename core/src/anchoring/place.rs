//! The one place where foreign annotations are put onto a document's text: by trusted offsets when
//! the quote agrees, otherwise by anchoring the quote (`quote.rs`), with tags resolved to the
//! document's labels (`tags.rs`). Every importer and the classroom's re-anchoring go through
//! [`place`]; nothing here changes the document until [`apply`].

use std::collections::HashSet;

use super::foreign::{
    ForeignAnnotation, ImportProblem, ImportReport, LabelResolution, PlacedAnnotation, Position,
    ProblemKind,
};
use super::quote::{anchor, Anchored, Anchoring, Quote, TextIndex};
use super::tags::resolve_tags;
use crate::model::{Annotation, Document, Span};

/// Places every foreign annotation on `doc`'s text. `now` stamps annotations the file gives no
/// time for (the core has no clock). Deterministic: the same input gives the same report.
pub fn place(doc: &Document, items: Vec<ForeignAnnotation>, now: &str) -> ImportReport {
    let index = TextIndex::new(&doc.text);
    let mut ids = IdMaker::new(doc);
    let mut report = ImportReport::default();
    let mut unknown_seen = HashSet::new();
    for item in items {
        let span = match locate(&index, &item) {
            Ok(found) => found,
            Err(kind) => {
                report.problems.push(ImportProblem {
                    place: item.place,
                    source_id: item.id,
                    quote: item.quote,
                    kind,
                });
                continue;
            }
        };
        let (label, other_tags) = resolve_tags(doc, &item.tags);
        if let LabelResolution::Unknown(tag) = &label {
            if unknown_seen.insert(tag.to_lowercase()) {
                report.unknown_tags.push(tag.clone());
            }
        }
        let created = item.created.clone().unwrap_or_else(|| now.to_string());
        let annotation = Annotation {
            id: ids.next(item.id.as_deref()),
            label: match &label {
                LabelResolution::Known(id) => id.clone(),
                _ => String::new(),
            },
            span: span.span,
            note: item.note,
            modified: item.modified.unwrap_or_else(|| created.clone()),
            created,
        };
        report.placed.push(PlacedAnnotation {
            annotation,
            label,
            other_tags,
            source_id: item.id,
            anchoring: span.how,
        });
    }
    report
}

fn locate(index: &TextIndex, item: &ForeignAnnotation) -> Result<Anchored, ProblemKind> {
    let len = index.len();
    let fits = |p: &Position| p.start < p.end && p.end <= len as u64;
    if let Some(p) = item.position.filter(|p| p.trusted && fits(p)) {
        let span = Span::new(p.start as usize, p.end as usize).expect("start < end");
        if item
            .quote
            .as_deref()
            .is_none_or(|q| index.text().slice(span) == q)
        {
            return Ok(Anchored {
                span,
                how: Anchoring::Offsets,
            });
        }
    }
    let Some(quote) = item.quote.as_deref().filter(|q| !q.is_empty()) else {
        return Err(match item.position {
            Some(p) if p.trusted => ProblemKind::BadOffsets {
                start: p.start,
                end: p.end,
                len,
            },
            _ => ProblemKind::NoQuote,
        });
    };
    let hint = item
        .position
        .filter(|p| p.start <= p.end)
        .and_then(|p| Some((usize::try_from(p.start).ok()?, usize::try_from(p.end).ok()?)));
    anchor(
        index,
        &Quote {
            exact: quote,
            prefix: &item.prefix,
            suffix: &item.suffix,
            hint,
        },
    )
    .map_err(ProblemKind::Unplaceable)
}

/// Hands out annotation ids: the file's own id when it is short, plain and still free, otherwise
/// the next `aN` that the document and this import have not used.
struct IdMaker {
    used: HashSet<String>,
    next: u64,
}

impl IdMaker {
    fn new(doc: &Document) -> IdMaker {
        let next = doc.next_annotation_id()[1..].parse().unwrap_or(1);
        IdMaker {
            used: doc.annotations().iter().map(|a| a.id.clone()).collect(),
            next,
        }
    }

    fn next(&mut self, wanted: Option<&str>) -> String {
        if let Some(local) = wanted.map(local_id).filter(|w| is_plain_id(w)) {
            if self.used.insert(local.to_string()) {
                return local.to_string();
            }
        }
        loop {
            let id = format!("a{}", self.next);
            self.next += 1;
            if self.used.insert(id.clone()) {
                return id;
            }
        }
    }
}

/// The last segment of an IRI-like id (`urn:x:doc:a3`, `https://h/doc#a3` → `a3`).
fn local_id(id: &str) -> &str {
    id.rsplit(['#', ':', '/']).next().unwrap_or(id)
}

fn is_plain_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}

/// Inserts the placed annotations into `doc`. `label_for` maps a tag the document did not know
/// (or `None` for an annotation without tags) to a label id; annotations it leaves without a
/// label are not inserted. Returns how many were inserted.
pub fn apply(
    doc: &mut Document,
    report: &ImportReport,
    label_for: impl Fn(Option<&str>) -> Option<String>,
) -> usize {
    let mut inserted = 0;
    for p in &report.placed {
        let label = match &p.label {
            LabelResolution::Known(id) => Some(id.clone()),
            LabelResolution::Unknown(tag) => label_for(Some(tag)),
            LabelResolution::Missing => label_for(None),
        };
        let Some(label) = label else { continue };
        let mut a = p.annotation.clone();
        a.label = label;
        if doc.annotation(&a.id).is_some() {
            a.id = doc.next_annotation_id();
        }
        if doc.insert(a).is_ok() {
            inserted += 1;
        }
    }
    inserted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document::new(
            "T",
            "The minister said the plan worked. The plan failed.",
            None,
        )
    }

    fn quoted(place: &str, quote: &str, tags: &[&str]) -> ForeignAnnotation {
        ForeignAnnotation {
            place: place.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            quote: Some(quote.into()),
            ..Default::default()
        }
    }

    #[test]
    fn tags_resolve_by_id_or_name_ignoring_case_and_unknown_ones_are_listed_once() {
        let d = doc();
        let r = place(
            &d,
            vec![
                quoted("item 1", "minister", &["SOURCE"]),
                quoted("item 2", "worked", &["important", "claim"]),
                quoted("item 3", "failed", &["Opinion"]),
                quoted("item 4", "said", &["opinion"]),
                quoted("item 5", "The minister", &[]),
            ],
            "now",
        );
        let labels: Vec<&LabelResolution> = r.placed.iter().map(|p| &p.label).collect();
        assert_eq!(
            labels,
            [
                &LabelResolution::Known("source".into()),
                &LabelResolution::Known("claim".into()),
                &LabelResolution::Unknown("Opinion".into()),
                &LabelResolution::Unknown("opinion".into()),
                &LabelResolution::Missing,
            ]
        );
        assert_eq!(r.placed[1].other_tags, ["important"]);
        assert_eq!(r.unknown_tags, ["Opinion"]);
        assert_eq!(r.placed[0].annotation.created, "now");
    }

    #[test]
    fn trusted_offsets_win_when_the_quote_agrees_and_are_checked_when_it_does_not() {
        let d = doc();
        let at = |s, e, q: Option<&str>| ForeignAnnotation {
            place: "row".into(),
            quote: q.map(String::from),
            position: Some(Position {
                start: s,
                end: e,
                trusted: true,
            }),
            ..Default::default()
        };
        let r = place(
            &d,
            vec![
                at(35, 43, Some("The plan")),
                at(0, 3, Some("minister")),
                at(0, 3, None),
                at(5, 999, None),
                at(u64::MAX, 3, None),
            ],
            "now",
        );
        assert_eq!(r.placed[0].annotation.span, Span::new(35, 43).unwrap());
        assert_eq!(r.placed[0].anchoring, Anchoring::Offsets);
        assert_eq!(r.placed[1].annotation.span, Span::new(4, 12).unwrap());
        assert_eq!(r.placed[2].annotation.span, Span::new(0, 3).unwrap());
        assert_eq!(r.problems.len(), 2);
        assert!(
            r.problems[0].to_string().contains("[5, 999)"),
            "{}",
            r.problems[0]
        );
    }

    #[test]
    fn ids_are_kept_when_plain_and_free_otherwise_fresh() {
        let mut d = doc();
        d.insert(Annotation::new(
            "a1",
            "claim",
            Span::new(0, 3).unwrap(),
            "t",
        ))
        .unwrap();
        let with_id = |id: &str| ForeignAnnotation {
            id: Some(id.into()),
            ..quoted("x", "plan", &["claim"])
        };
        let r = place(
            &d,
            vec![
                with_id("a1"),
                with_id("urn:close-reader:doc:a7"),
                with_id("a7"),
                with_id("has space"),
            ],
            "now",
        );
        let ids: Vec<&str> = r.placed.iter().map(|p| p.annotation.id.as_str()).collect();
        // "plan" occurs twice with no context: every one is ambiguous, so nothing is placed.
        assert!(ids.is_empty());
        assert_eq!(r.problems.len(), 4);
        let with_id = |id: &str| ForeignAnnotation {
            id: Some(id.into()),
            ..quoted("x", "minister", &["claim"])
        };
        let r = place(
            &d,
            vec![
                with_id("a1"),
                with_id("urn:close-reader:doc:a7"),
                with_id("a7"),
                with_id("has space"),
            ],
            "now",
        );
        let ids: Vec<&str> = r.placed.iter().map(|p| p.annotation.id.as_str()).collect();
        assert_eq!(ids, ["a2", "a7", "a3", "a4"]);
    }

    #[test]
    fn apply_inserts_with_the_users_choice_for_unknown_tags() {
        let mut d = doc();
        let r = place(
            &d,
            vec![
                quoted("1", "minister", &["Opinion"]),
                quoted("2", "said", &[]),
                quoted("3", "worked", &["hedge"]),
            ],
            "now",
        );
        let n = apply(&mut d, &r, |tag| {
            (tag == Some("Opinion")).then(|| "claim".to_string())
        });
        assert_eq!(n, 2);
        let labels: Vec<&str> = d.annotations().iter().map(|a| a.label.as_str()).collect();
        assert_eq!(labels, ["claim", "hedge"]);
    }
}
