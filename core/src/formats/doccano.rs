//! doccano's JSONL for sequence labelling, the usual way to hand annotated spans to NLP tools:
//! one JSON object per line, `{"text": …, "label": [[start, end, "Label"], …]}`, or doccano's newer
//! `entities` form `{"id", "start_offset", "end_offset", "label"}`.
//!
//! doccano stores offsets from Python, so they count code points (its early UTF-16 offsets were
//! fixed in 2019). Notes have no place in the format and are not exported.

use serde::Serialize;
use serde_json::Value;

use crate::formats::import::{
    place, utf8, ForeignAnnotation, ImportError, ImportProblem, ImportReport, Position, ProblemKind,
};
use crate::model::document::CONTEXT_LEN;
use crate::model::{Document, Span, Text};

const FORMAT: &str = "doccano JSONL";

#[derive(Serialize)]
struct Line<'a> {
    text: &'a str,
    label: Vec<(usize, usize, &'a str)>,
}

/// One line: the document's text and its spans as `[start, end, label name]`.
pub fn to_jsonl(doc: &Document) -> String {
    let label = doc
        .annotations()
        .iter()
        .map(|a| {
            let name = doc
                .label(&a.label)
                .map_or(a.label.as_str(), |l| l.name.as_str());
            (a.span.start(), a.span.end(), name)
        })
        .collect();
    let line = Line {
        text: doc.text.as_str(),
        label,
    };
    let mut s = serde_json::to_string(&line).expect("plain data serialises");
    s.push('\n');
    s
}

/// One record of the file.
pub struct Record {
    pub line: usize,
    pub text: String,
    pub spans: Vec<Result<(u64, u64, String), String>>,
}

fn offset(v: &Value, what: &str) -> Result<u64, String> {
    v.as_u64()
        .ok_or_else(|| format!("its {what} {v} is not a whole number of characters"))
}

fn read_span(v: &Value) -> Result<(u64, u64, String), String> {
    match v {
        Value::Array(parts) if parts.len() == 3 => {
            let label = parts[2].as_str().ok_or("its label is not a string")?;
            Ok((
                offset(&parts[0], "start")?,
                offset(&parts[1], "end")?,
                label.to_string(),
            ))
        }
        Value::Object(o) => {
            let get = |k: &str| o.get(k).ok_or_else(|| format!("it has no \"{k}\""));
            let label = get("label")?.as_str().ok_or("its label is not a string")?;
            Ok((
                offset(get("start_offset")?, "start_offset")?,
                offset(get("end_offset")?, "end_offset")?,
                label.to_string(),
            ))
        }
        Value::String(_) => {
            Err("it is a label for the whole text (text classification), not a span".into())
        }
        _ => Err(
            "it is not [start, end, \"Label\"] nor {\"start_offset\", \"end_offset\", \"label\"}"
                .into(),
        ),
    }
}

/// Splits the file into records; a line that is not a JSON object with a `text` is an error.
pub fn parse(bytes: &[u8]) -> Result<Vec<Record>, ImportError> {
    let s = utf8(bytes, FORMAT)?;
    let mut out = Vec::new();
    for (i, raw) in s.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(raw).map_err(|e| ImportError::Syntax {
            format: FORMAT,
            line,
            column: e.column(),
            detail: "this line is not valid JSON (each line must be one JSON object)".into(),
        })?;
        let shape = |detail: &str| ImportError::Shape {
            format: FORMAT,
            detail: format!("line {line} {detail}"),
        };
        let text = v
            .get("text")
            .and_then(Value::as_str)
            .ok_or_else(|| shape("has no \"text\" string"))?;
        let spans = match v.get("label").or_else(|| v.get("entities")) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items.iter().map(read_span).collect(),
            Some(_) => return Err(shape("has a \"label\" that is not a list")),
        };
        out.push(Record {
            line,
            text: text.to_string(),
            spans,
        });
    }
    if out.is_empty() {
        return Err(ImportError::Shape {
            format: FORMAT,
            detail: "the file has no lines".into(),
        });
    }
    Ok(out)
}

/// Spans of one record as foreign annotations. Their quotes and context come from the record's
/// own text, so they can be found again in `target` even if it differs a little.
pub fn record_annotations(
    record: &Record,
    target: &Text,
) -> (Vec<ForeignAnnotation>, Vec<ImportProblem>) {
    let own = Text::new(record.text.as_str());
    let same = own == *target;
    let mut items = Vec::new();
    let mut problems = Vec::new();
    for (i, span) in record.spans.iter().enumerate() {
        let place = format!("Line {}, span {}", record.line, i + 1);
        let malformed = |detail: String| ImportProblem {
            place: place.clone(),
            source_id: None,
            quote: None,
            kind: ProblemKind::Malformed(detail),
        };
        let (start, end, label) = match span {
            Ok(s) => s.clone(),
            Err(why) => {
                problems.push(malformed(why.clone()));
                continue;
            }
        };
        let within = start < end && end <= own.len() as u64;
        if !within {
            problems.push(ImportProblem {
                kind: ProblemKind::BadOffsets {
                    start,
                    end,
                    len: own.len(),
                },
                ..malformed(String::new())
            });
            continue;
        }
        let span = Span::new(start as usize, end as usize).expect("checked");
        items.push(ForeignAnnotation {
            place,
            tags: vec![label],
            quote: Some(own.slice(span).to_string()),
            prefix: own.before(span.start(), CONTEXT_LEN).to_string(),
            suffix: own.after(span.end(), CONTEXT_LEN).to_string(),
            position: Some(Position {
                start,
                end,
                trusted: same,
            }),
            ..Default::default()
        });
    }
    (items, problems)
}

/// Places the spans of the record whose text is `doc`'s (or, when none is, of the only record)
/// on `doc`.
pub fn import(doc: &Document, bytes: &[u8], now: &str) -> Result<ImportReport, ImportError> {
    let records = parse(bytes)?;
    let record = match records
        .iter()
        .find(|r| Text::new(r.text.as_str()) == doc.text)
    {
        Some(r) => r,
        None if records.len() == 1 => &records[0],
        None => {
            return Err(ImportError::DifferentText {
                format: FORMAT,
                detail: format!(
                    "none of its {} lines holds the text of this document",
                    records.len()
                ),
            })
        }
    };
    let (items, problems) = record_annotations(record, &doc.text);
    let mut report = place(doc, items, now);
    report.problems.extend(problems);
    Ok(report)
}

/// A new document from the file's first line (default labels), with its spans placed.
pub fn open(bytes: &[u8], title: &str, now: &str) -> Result<(Document, ImportReport), ImportError> {
    let records = parse(bytes)?;
    let doc = Document::new(title, &records[0].text, None);
    let (items, problems) = record_annotations(&records[0], &doc.text);
    let mut report = place(&doc, items, now);
    report.problems.extend(problems);
    Ok((doc, report))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Annotation;

    #[test]
    fn offsets_are_code_points_like_python() {
        let mut d = Document::new("T", "😀 Claim here", None);
        d.insert(Annotation::new(
            "a1",
            "claim",
            Span::new(2, 7).unwrap(),
            "t",
        ))
        .unwrap();
        assert_eq!(
            to_jsonl(&d),
            "{\"text\":\"😀 Claim here\",\"label\":[[2,7,\"Claim\"]]}\n"
        );
    }

    #[test]
    fn both_shapes_read_and_bad_spans_are_named() {
        let file = r#"{"text": "ab cd", "entities": [{"id": 1, "start_offset": 0, "end_offset": 2, "label": "Claim"}, {"id": 2, "start_offset": 3, "end_offset": 99, "label": "Claim"}, {"id": 3, "start_offset": -1, "end_offset": 2, "label": "Claim"}]}"#;
        let d = Document::new("T", "ab cd", None);
        let r = import(&d, file.as_bytes(), "now").unwrap();
        assert_eq!(r.placed.len(), 1);
        let msgs: Vec<String> = r.problems.iter().map(|p| p.to_string()).collect();
        assert!(msgs[0].contains("[3, 99)"), "{msgs:?}");
        assert!(msgs[1].contains("start_offset -1"), "{msgs:?}");
    }
}
