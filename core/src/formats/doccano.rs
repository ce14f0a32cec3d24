//! doccano's JSONL for sequence labelling, the usual way to hand annotated spans to NLP tools:
//! one JSON object per line, `{"text": …, "label": [[start, end, "Label"], …]}`, or doccano's newer
//! `entities` form `{"id", "start_offset", "end_offset", "label"}`.
//!
//! doccano stores offsets from Python, so they count code points (its early UTF-16 offsets were
//! fixed in 2019). Notes have no place in the format and are not exported.
//!
//! A document with links is written in the form of doccano's relation extraction projects instead:
//! `{"text", "entities": [{"id", "label", "start_offset", "end_offset"}], "relations": [{"id",
//! "from_id", "to_id", "type"}]}`, the type being the link's kind (`supported-by`…). Links into
//! another article are left out. Relations are read back as links by [`import`] and [`open`].

use serde::Serialize;
use serde_json::Value;

use crate::anchoring::{ForeignAnnotation, ImportProblem, ImportReport, Position, ProblemKind};
use crate::formats::import::{utf8, ImportError};
use crate::formats::import_links::ForeignLink;
use crate::formats::own_text::{self, TextRecord};
use crate::model::document::CONTEXT_LEN;
use crate::model::{Document, LinkKind, Span, Text};

const FORMAT: &str = "doccano JSONL";

#[derive(Serialize)]
struct Line<'a> {
    text: &'a str,
    label: Vec<(usize, usize, &'a str)>,
}

#[derive(Serialize)]
struct RelationLine<'a> {
    text: &'a str,
    entities: Vec<Entity<'a>>,
    relations: Vec<Relation>,
}

#[derive(Serialize)]
struct Entity<'a> {
    id: usize,
    label: &'a str,
    start_offset: usize,
    end_offset: usize,
}

#[derive(Serialize)]
struct Relation {
    id: usize,
    from_id: usize,
    to_id: usize,
    #[serde(rename = "type")]
    kind: &'static str,
}

/// One line: the document's text and its spans as `[start, end, label name]`; or, when the
/// document has links, its spans as numbered `entities` and its links as `relations`.
pub fn to_jsonl(doc: &Document) -> String {
    if doc.links().iter().any(|l| l.other.is_none()) {
        return relations_jsonl(doc);
    }
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

fn relations_jsonl(doc: &Document) -> String {
    let number = |id: &str| doc.position(id).map(|i| i + 1);
    let entities = doc
        .annotations()
        .iter()
        .enumerate()
        .map(|(i, a)| Entity {
            id: i + 1,
            label: doc
                .label(&a.label)
                .map_or(a.label.as_str(), |l| l.name.as_str()),
            start_offset: a.span.start(),
            end_offset: a.span.end(),
        })
        .collect();
    let relations = doc
        .links()
        .iter()
        .filter(|l| l.other.is_none())
        .filter_map(|l| Some((number(&l.from)?, number(&l.to)?, l.kind)))
        .enumerate()
        .map(|(i, (from_id, to_id, kind))| Relation {
            id: i + 1,
            from_id,
            to_id,
            kind: kind.as_str(),
        })
        .collect();
    let line = RelationLine {
        text: doc.text.as_str(),
        entities,
        relations,
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
    /// Each span's `id` in the `entities` form (`None` in the `[start, end, label]` form).
    pub span_ids: Vec<Option<String>>,
    /// The `relations` of a relation extraction line, as written.
    pub relations: Vec<Value>,
}

/// An entity id as text (doccano writes numbers; strings are accepted too).
fn id_text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// How an entity is named as a foreign annotation's id: not a plain id, so the annotation gets a
/// fresh `aN` id of its own.
fn entity_source(id: &str) -> String {
    format!("entity {id}")
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
        let (spans, span_ids) = match v.get("label").or_else(|| v.get("entities")) {
            None | Some(Value::Null) => (Vec::new(), Vec::new()),
            Some(Value::Array(items)) => (
                items.iter().map(read_span).collect(),
                items.iter().map(|i| id_text(i.get("id"))).collect(),
            ),
            Some(_) => return Err(shape("has a \"label\" that is not a list")),
        };
        let relations = match v.get("relations") {
            Some(Value::Array(rs)) => rs.clone(),
            _ => Vec::new(),
        };
        out.push(Record {
            line,
            text: text.to_string(),
            spans,
            span_ids,
            relations,
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

impl TextRecord for Record {
    fn text(&self) -> &str {
        &self.text
    }

    /// The record's spans.
    fn annotations(&self, target: &Text) -> (Vec<ForeignAnnotation>, Vec<ImportProblem>) {
        let own = Text::new(self.text.as_str());
        let same = own == *target;
        let mut items = Vec::new();
        let mut problems = Vec::new();
        for (i, span) in self.spans.iter().enumerate() {
            let place = format!("Line {}, span {}", self.line, i + 1);
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
            let entity = self.span_ids.get(i).cloned().flatten();
            items.push(ForeignAnnotation {
                id: entity
                    .filter(|_| !self.relations.is_empty())
                    .map(|e| entity_source(&e)),
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

    /// The record's relations whose type is a link kind, as links between its entities.
    fn links(&self) -> (Vec<ForeignLink>, Vec<ImportProblem>) {
        let mut links = Vec::new();
        let mut problems = Vec::new();
        for (i, r) in self.relations.iter().enumerate() {
            let place = format!("Line {}, relation {}", self.line, i + 1);
            let ty = r.get("type").and_then(Value::as_str).unwrap_or("");
            let ends = (id_text(r.get("from_id")), id_text(r.get("to_id")));
            let detail = match (ends, LinkKind::parse(ty.trim())) {
                ((Some(from), Some(to)), Some(kind)) => {
                    links.push(ForeignLink {
                        place,
                        id: id_text(r.get("id")),
                        from: entity_source(&from),
                        to: entity_source(&to),
                        kind,
                    });
                    continue;
                }
                ((Some(_), Some(_)), None) => format!(
                    "its type \"{ty}\" is none of supported-by, hedges, same-claim, contradicts"
                ),
                _ => "it has no \"from_id\" and \"to_id\"".to_string(),
            };
            problems.push(ImportProblem {
                place,
                source_id: id_text(r.get("id")),
                quote: None,
                kind: ProblemKind::Malformed(detail),
            });
        }
        (links, problems)
    }
}

/// Places the spans of the line whose text is `doc`'s (or, when none is, of the only line) on
/// `doc`, and reads its relations as links, to hand to
/// [`crate::formats::import_links::link_edits`] once the annotations are planned.
pub fn import(
    doc: &Document,
    bytes: &[u8],
    now: &str,
) -> Result<(ImportReport, Vec<ForeignLink>), ImportError> {
    own_text::import(doc, &parse(bytes)?, FORMAT, "lines", now)
}

/// A new document from the file's first line (default labels), with its spans placed and its
/// relations as links.
pub fn open(
    bytes: &[u8],
    title: &str,
    now: &str,
) -> Result<(Document, ImportReport, Vec<ForeignLink>), ImportError> {
    Ok(own_text::open(&parse(bytes)?[0], title, now))
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
        let (r, _) = import(&d, file.as_bytes(), "now").unwrap();
        assert_eq!(r.placed.len(), 1);
        let msgs: Vec<String> = r.problems.iter().map(|p| p.to_string()).collect();
        assert!(msgs[0].contains("[3, 99)"), "{msgs:?}");
        assert!(msgs[1].contains("start_offset -1"), "{msgs:?}");
    }
}
