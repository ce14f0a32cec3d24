//! What the import worker and the page say to each other about another tool's file: the worker
//! reads and places it ([`crate::formats::reader`]), and the page gets the [`Reading`] back for the
//! review. The model carries no serde, so the reading is written here as compact JSON, and read
//! back exactly (every annotation, problem and link as the reader gave them).
//!
//! A new document's text and labels travel as a Close Reader file (the native format keeps all of
//! a document).
//!
//! The compare view's collected files are fitted to the article in the worker too
//! ([`crate::formats::collect::fit`]); the [`Fit`] comes back the same way.

use serde_json::{json, Value};

use crate::anchoring::{
    AnchorFailure, Anchoring, ImportProblem, ImportReport, LabelResolution, PlacedAnnotation,
    ProblemKind,
};
use crate::formats::collect::Fit;
use crate::formats::detect::Format;
use crate::formats::import_links::ForeignLink;
use crate::formats::native;
use crate::formats::reader::Reading;
use crate::model::{Annotation, LinkKind, Span};

/// The reading of a file recognised as `format`, as JSON.
pub fn reading_to_json(format: Format, reading: &Reading) -> Value {
    let (doc, report, links) = match reading {
        Reading::NewDocument { doc, report, links } => (Some(native::to_json(doc)), report, links),
        Reading::OntoOpen { report, links } => (None, report, links),
    };
    json!({
        "format": format_index(format),
        "doc": doc,
        "placed": report.placed.iter().map(placed).collect::<Vec<_>>(),
        "problems": report.problems.iter().map(problem).collect::<Vec<_>>(),
        "unknown_tags": report.unknown_tags,
        "links": links.iter().map(link).collect::<Vec<_>>(),
    })
}

/// [`reading_to_json`] read back; `None` when the JSON is not one it wrote.
pub fn reading_from_json(v: &Value) -> Option<(Format, Reading)> {
    let format = format_at(v.get("format")?)?;
    let report = ImportReport {
        placed: list(v.get("placed")?, read_placed)?,
        problems: list(v.get("problems")?, read_problem)?,
        unknown_tags: list(v.get("unknown_tags")?, |t| t.as_str().map(str::to_string))?,
    };
    let links = list(v.get("links")?, read_link)?;
    let reading = match v.get("doc")?.as_str() {
        Some(file) => Reading::NewDocument {
            doc: native::from_json(file).ok()?,
            report,
            links,
        },
        None => Reading::OntoOpen { report, links },
    };
    Some((format, reading))
}

/// How a collected file fits the article, as JSON.
pub fn fit_to_json(fit: &Fit) -> Value {
    match fit {
        Fit::Same(doc) => json!({ "same": native::to_json(doc) }),
        Fit::Reanchored { doc, unplaced } => json!({
            "reanchored": native::to_json(doc),
            "unplaced": unplaced.iter().map(|(l, q)| json!([l, q])).collect::<Vec<_>>(),
        }),
        Fit::Different { title } => json!({ "different": title }),
    }
}

/// [`fit_to_json`] read back; `None` when the JSON is not one it wrote.
pub fn fit_from_json(v: &Value) -> Option<Fit> {
    if let Some(file) = v.get("same") {
        return Some(Fit::Same(native::from_json(file.as_str()?).ok()?));
    }
    if let Some(file) = v.get("reanchored") {
        return Some(Fit::Reanchored {
            doc: native::from_json(file.as_str()?).ok()?,
            unplaced: list(v.get("unplaced")?, |p| Some((text(p, 0)?, text(p, 1)?)))?,
        });
    }
    Some(Fit::Different {
        title: v.get("different")?.as_str()?.to_string(),
    })
}

/// The fitted file's native text in an answer of [`fit_to_json`] (none for another article), so
/// that the page can keep it without writing the document again.
pub fn fitted_native(v: &Value) -> Option<&str> {
    v.get("same").or_else(|| v.get("reanchored"))?.as_str()
}

/// A format by its place in [`Format::ALL`].
pub fn format_index(format: Format) -> usize {
    Format::ALL.iter().position(|f| *f == format).unwrap_or(0)
}

/// The format at a place written by [`format_index`].
pub fn format_at(v: &Value) -> Option<Format> {
    Format::ALL.get(usize::try_from(v.as_u64()?).ok()?).copied()
}

fn list<T>(v: &Value, item: impl Fn(&Value) -> Option<T>) -> Option<Vec<T>> {
    v.as_array()?.iter().map(item).collect()
}

fn text(v: &Value, i: usize) -> Option<String> {
    v.get(i)?.as_str().map(str::to_string)
}

fn maybe_text(v: &Value, i: usize) -> Option<Option<String>> {
    match v.get(i)? {
        Value::Null => Some(None),
        t => t.as_str().map(|s| Some(s.to_string())),
    }
}

fn number(v: &Value, i: usize) -> Option<u64> {
    v.get(i)?.as_u64()
}

fn size(v: &Value, i: usize) -> Option<usize> {
    usize::try_from(number(v, i)?).ok()
}

fn placed(p: &PlacedAnnotation) -> Value {
    let a = &p.annotation;
    let label = match &p.label {
        LabelResolution::Known(l) => json!(["k", l]),
        LabelResolution::Unknown(t) => json!(["u", t]),
        LabelResolution::Missing => json!(["m"]),
    };
    let how = match p.anchoring {
        Anchoring::Offsets => json!(["o"]),
        Anchoring::Quote => json!(["q"]),
        Anchoring::QuoteAndPosition => json!(["p"]),
        Anchoring::Fuzzy { distance } => json!(["f", distance]),
    };
    json!([
        [
            a.id,
            a.label,
            a.span.start(),
            a.span.end(),
            a.note,
            a.created,
            a.modified
        ],
        label,
        p.other_tags,
        p.source_id,
        how
    ])
}

fn read_placed(v: &Value) -> Option<PlacedAnnotation> {
    let a = v.get(0)?;
    let annotation = Annotation {
        id: text(a, 0)?,
        label: text(a, 1)?,
        span: Span::new(size(a, 2)?, size(a, 3)?)?,
        note: text(a, 4)?,
        created: text(a, 5)?,
        modified: text(a, 6)?,
    };
    let l = v.get(1)?;
    let label = match l.get(0)?.as_str()? {
        "k" => LabelResolution::Known(text(l, 1)?),
        "u" => LabelResolution::Unknown(text(l, 1)?),
        "m" => LabelResolution::Missing,
        _ => return None,
    };
    let h = v.get(4)?;
    let anchoring = match h.get(0)?.as_str()? {
        "o" => Anchoring::Offsets,
        "q" => Anchoring::Quote,
        "p" => Anchoring::QuoteAndPosition,
        "f" => Anchoring::Fuzzy {
            distance: size(h, 1)?,
        },
        _ => return None,
    };
    Some(PlacedAnnotation {
        annotation,
        label,
        other_tags: list(v.get(2)?, |t| t.as_str().map(str::to_string))?,
        source_id: maybe_text(v, 3)?,
        anchoring,
    })
}

fn problem(p: &ImportProblem) -> Value {
    let kind = match &p.kind {
        ProblemKind::Malformed(detail) => json!(["malformed", detail]),
        ProblemKind::NoQuote => json!(["no-quote"]),
        ProblemKind::BadOffsets { start, end, len } => json!(["offsets", start, end, len]),
        ProblemKind::Unplaceable(AnchorFailure::NotFound { allowed }) => {
            json!(["not-found", allowed])
        }
        ProblemKind::Unplaceable(AnchorFailure::Ambiguous { count, distance }) => {
            json!(["ambiguous", count, distance])
        }
        ProblemKind::Unplaceable(AnchorFailure::ContextMismatch) => json!(["context"]),
    };
    json!([p.place, p.source_id, p.quote, kind])
}

fn read_problem(v: &Value) -> Option<ImportProblem> {
    let k = v.get(3)?;
    let kind = match k.get(0)?.as_str()? {
        "malformed" => ProblemKind::Malformed(text(k, 1)?),
        "no-quote" => ProblemKind::NoQuote,
        "offsets" => ProblemKind::BadOffsets {
            start: number(k, 1)?,
            end: number(k, 2)?,
            len: size(k, 3)?,
        },
        "not-found" => ProblemKind::Unplaceable(AnchorFailure::NotFound {
            allowed: size(k, 1)?,
        }),
        "ambiguous" => ProblemKind::Unplaceable(AnchorFailure::Ambiguous {
            count: size(k, 1)?,
            distance: size(k, 2)?,
        }),
        "context" => ProblemKind::Unplaceable(AnchorFailure::ContextMismatch),
        _ => return None,
    };
    Some(ImportProblem {
        place: text(v, 0)?,
        source_id: maybe_text(v, 1)?,
        quote: maybe_text(v, 2)?,
        kind,
    })
}

fn link(l: &ForeignLink) -> Value {
    json!([l.place, l.id, l.from, l.to, l.kind.as_str()])
}

fn read_link(v: &Value) -> Option<ForeignLink> {
    Some(ForeignLink {
        place: text(v, 0)?,
        id: maybe_text(v, 1)?,
        from: text(v, 2)?,
        to: text(v, 3)?,
        kind: LinkKind::parse(v.get(4)?.as_str()?)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::detect::detect;
    use crate::formats::reader::read;
    use crate::formats::{brat, csv, doccano, label_studio, w3c};
    use crate::model::Document;

    fn article() -> Document {
        let mut doc = Document::new(
            "T",
            "The minister said the plan works. Critics reportedly doubt it. The minister said so.",
            None,
        );
        let claim = doc.labels[0].id.clone();
        let source = doc.labels[1].id.clone();
        let a = Annotation::new("a1", &claim, Span::new(22, 32).unwrap(), "now");
        let b = Annotation::new("a2", &source, Span::new(0, 12).unwrap(), "now");
        doc.insert(a).unwrap();
        doc.insert(b).unwrap();
        doc
    }

    fn round_trip(format: Format, reading: Reading) {
        let v = reading_to_json(format, &reading);
        let text = v.to_string();
        let back = reading_from_json(&serde_json::from_str(&text).unwrap());
        assert_eq!(back, Some((format, reading)), "{format:?}");
    }

    #[test]
    fn every_exported_file_reads_back_the_same_through_the_wire() {
        let doc = article();
        let files: Vec<(String, Option<&Document>)> = vec![
            (doccano::to_jsonl(&doc), None),
            (label_studio::to_json(&doc), None),
            (csv::to_csv(&doc, csv::CsvOptions::default()), Some(&doc)),
            (
                w3c::to_w3c_json(
                    &doc,
                    &w3c::W3cOptions {
                        document_id: "d",
                        creator: None,
                    },
                ),
                Some(&doc),
            ),
            (brat::to_brat(&doc).ann, Some(&doc)),
        ];
        let other = Document::new(
            "O",
            "Another text altogether, with the minister in it.",
            None,
        );
        for (file, open) in files {
            let format = detect(file.as_bytes()).unwrap();
            round_trip(
                format,
                read(format, file.as_bytes(), open, "T", "now").unwrap(),
            );
            // Placed elsewhere: problems (not found, ambiguous) travel too.
            if let Ok(r) = read(format, file.as_bytes(), Some(&other), "T", "now") {
                round_trip(format, r);
            }
        }
    }

    #[test]
    fn every_fit_travels() {
        let doc = article();
        let fits = [
            Fit::Same(doc.clone()),
            Fit::Reanchored {
                doc: doc.clone(),
                unplaced: vec![("Claim".into(), "a quote".into())],
            },
            Fit::Different {
                title: "Another".into(),
            },
        ];
        for fit in fits {
            let text = fit_to_json(&fit).to_string();
            let v: Value = serde_json::from_str(&text).unwrap();
            match &fit {
                Fit::Same(d) | Fit::Reanchored { doc: d, .. } => {
                    assert_eq!(fitted_native(&v), Some(native::to_json(d).as_str()))
                }
                Fit::Different { .. } => assert_eq!(fitted_native(&v), None),
            }
            assert_eq!(
                fit_from_json(&serde_json::from_str(&text).unwrap()),
                Some(fit)
            );
        }
    }

    #[test]
    fn every_kind_of_problem_and_resolution_travels() {
        let a = Annotation::new("x", "", Span::new(1, 4).unwrap(), "t");
        let placed = |label, anchoring| PlacedAnnotation {
            annotation: a.clone(),
            label,
            other_tags: vec!["more".into()],
            source_id: Some("s".into()),
            anchoring,
        };
        let problem = |kind| ImportProblem {
            place: "item 1".into(),
            source_id: None,
            quote: Some("q".into()),
            kind,
        };
        let report = ImportReport {
            placed: vec![
                placed(LabelResolution::Known("claim".into()), Anchoring::Offsets),
                placed(LabelResolution::Unknown("Tag".into()), Anchoring::Quote),
                placed(LabelResolution::Missing, Anchoring::QuoteAndPosition),
                placed(LabelResolution::Missing, Anchoring::Fuzzy { distance: 3 }),
            ],
            problems: vec![
                problem(ProblemKind::Malformed("no text".into())),
                problem(ProblemKind::NoQuote),
                problem(ProblemKind::BadOffsets {
                    start: 9,
                    end: 2,
                    len: 5,
                }),
                problem(ProblemKind::Unplaceable(AnchorFailure::NotFound {
                    allowed: 2,
                })),
                problem(ProblemKind::Unplaceable(AnchorFailure::Ambiguous {
                    count: 2,
                    distance: 0,
                })),
                problem(ProblemKind::Unplaceable(AnchorFailure::ContextMismatch)),
            ],
            unknown_tags: vec!["Tag".into()],
        };
        let links = vec![ForeignLink {
            place: "Line 4".into(),
            id: None,
            from: "T1".into(),
            to: "T2".into(),
            kind: LinkKind::Contradicts,
        }];
        round_trip(Format::Csv, Reading::OntoOpen { report, links });
    }
}
