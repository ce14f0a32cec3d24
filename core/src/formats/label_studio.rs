//! Label Studio's JSON tasks, for teams that label text there: one task with the text in
//! `data.text` and the spans as `labels` results; each note as a per-region `textarea` result
//! that shares its region's `id` (how Label Studio ties `perRegion` fields to a region).
//!
//! Offsets: Label Studio has stored code point offsets since 2022 (frontend fix "text with emoji
//! breaks region offsets"); older versions stored JavaScript string indices (UTF-16 units). Export
//! writes code points. Import tries code points first and UTF-16 second, keeping whichever makes
//! the region's own `text` match, and otherwise anchors that text by quote.
//!
//! Links become Label Studio relations (`"type": "relation"`, `from_id`, `to_id`, the kind as its
//! one label, declared in the config's `<Relations>`); links into another article have no place in
//! a task and are left out. Relations whose label is a link kind are read back as links by
//! [`import`] and [`open`].

use serde::Serialize;
use serde_json::Value;

use crate::anchoring::{ForeignAnnotation, ImportProblem, ImportReport, Position, ProblemKind};
use crate::formats::import::{parse_json, utf8, ImportError};
use crate::formats::import_links::ForeignLink;
use crate::formats::markup::escape;
use crate::formats::own_text::{self, TextRecord};
use crate::model::document::CONTEXT_LEN;
use crate::model::text::Utf16Offsets;
use crate::model::{Document, LinkKind, Span, Text};

const FORMAT: &str = "Label Studio JSON";

#[derive(Serialize)]
struct Task<'a> {
    data: TaskData<'a>,
    annotations: Vec<Completion<'a>>,
}

#[derive(Serialize)]
struct TaskData<'a> {
    text: &'a str,
}

#[derive(Serialize)]
struct Completion<'a> {
    result: Vec<ResultItem<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum ResultItem<'a> {
    Region(Region<'a>),
    Relation(Relation<'a>),
}

#[derive(Serialize)]
struct Relation<'a> {
    from_id: &'a str,
    to_id: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    direction: &'static str,
    labels: [&'static str; 1],
}

#[derive(Serialize)]
struct Region<'a> {
    id: &'a str,
    from_name: &'static str,
    to_name: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    value: RegionValue<'a>,
}

#[derive(Serialize)]
struct RegionValue<'a> {
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    labels: Option<Vec<&'a str>>,
    text: RegionText<'a>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum RegionText<'a> {
    Quote(&'a str),
    Note(Vec<&'a str>),
}

/// The document as a one-task Label Studio import/export file.
pub fn to_json(doc: &Document) -> String {
    let mut result = Vec::new();
    for a in doc.annotations() {
        let name = doc
            .label(&a.label)
            .map_or(a.label.as_str(), |l| l.name.as_str());
        let (start, end) = (a.span.start(), a.span.end());
        result.push(ResultItem::Region(Region {
            id: &a.id,
            from_name: "label",
            to_name: "text",
            kind: "labels",
            value: RegionValue {
                start,
                end,
                labels: Some(vec![name]),
                text: RegionText::Quote(doc.quote(a)),
            },
        }));
        if !a.note.is_empty() {
            result.push(ResultItem::Region(Region {
                id: &a.id,
                from_name: "note",
                to_name: "text",
                kind: "textarea",
                value: RegionValue {
                    start,
                    end,
                    labels: None,
                    text: RegionText::Note(vec![&a.note]),
                },
            }));
        }
    }
    for l in doc.links().iter().filter(|l| l.other.is_none()) {
        result.push(ResultItem::Relation(Relation {
            from_id: &l.from,
            to_id: &l.to,
            kind: "relation",
            direction: "right",
            labels: [l.kind.as_str()],
        }));
    }
    let tasks = [Task {
        data: TaskData {
            text: doc.text.as_str(),
        },
        annotations: vec![Completion { result }],
    }];
    let mut s = serde_json::to_string_pretty(&tasks).expect("plain data serialises");
    s.push('\n');
    s
}

/// A labelling configuration matching [`to_json`]: the labels with their colours and a note per region.
pub fn label_config(doc: &Document) -> String {
    let mut s = String::from("<View>\n  <Labels name=\"label\" toName=\"text\">\n");
    for l in &doc.labels {
        s.push_str(&format!(
            "    <Label value=\"{}\" background=\"{}\"/>\n",
            escape(&l.name),
            escape(&l.color)
        ));
    }
    s.push_str("  </Labels>\n  <Text name=\"text\" value=\"$text\"/>\n");
    s.push_str(
        "  <TextArea name=\"note\" toName=\"text\" perRegion=\"true\" editable=\"true\"/>\n",
    );
    s.push_str("  <Relations>\n");
    for k in LinkKind::ALL {
        s.push_str(&format!("    <Relation value=\"{k}\"/>\n"));
    }
    s.push_str("  </Relations>\n</View>\n");
    s
}

/// One task of the file: its text and every region of every annotation in it.
pub struct ParsedTask {
    pub number: usize,
    pub text: String,
    pub regions: Vec<Value>,
}

fn task_text(task: &Value) -> Option<&str> {
    let data = task.get("data")?.as_object()?;
    if let Some(t) = data.get("text").and_then(Value::as_str) {
        return Some(t);
    }
    let mut strings = data.values().filter_map(Value::as_str);
    match (strings.next(), strings.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// The tasks of a file: an array of tasks, or one task.
pub fn parse(bytes: &[u8]) -> Result<Vec<ParsedTask>, ImportError> {
    let v = parse_json(utf8(bytes, FORMAT)?, FORMAT)?;
    let tasks: Vec<&Value> = match &v {
        Value::Array(ts) => ts.iter().collect(),
        Value::Object(_) => vec![&v],
        _ => {
            return Err(ImportError::Shape {
                format: FORMAT,
                detail: "the file is not a list of tasks".into(),
            })
        }
    };
    let mut out = Vec::new();
    for (i, task) in tasks.into_iter().enumerate() {
        let number = i + 1;
        let text = task_text(task).ok_or_else(|| ImportError::Shape {
            format: FORMAT,
            detail: format!(
                "task {number} has no text in \"data\" (expected \"data\": {{\"text\": \"…\"}})"
            ),
        })?;
        let mut regions = Vec::new();
        for key in ["annotations", "completions"] {
            if let Some(anns) = task.get(key).and_then(Value::as_array) {
                for ann in anns {
                    if let Some(result) = ann.get("result").and_then(Value::as_array) {
                        regions.extend(result.iter().cloned());
                    }
                }
            }
        }
        out.push(ParsedTask {
            number,
            text: text.to_string(),
            regions,
        });
    }
    if out.is_empty() {
        return Err(ImportError::Shape {
            format: FORMAT,
            detail: "the file holds no tasks".into(),
        });
    }
    Ok(out)
}

/// The span a region means in its task's text: code points if its `text` agrees there, else UTF-16
/// units if they agree, else `None` (untrusted: anchor by its text).
fn region_span(
    own: &Text,
    utf16: &Utf16Offsets,
    start: u64,
    end: u64,
    quote: Option<&str>,
) -> Option<Span> {
    let span_if = |s: Option<usize>, e: Option<usize>| {
        let span = Span::new(s?, e?)?;
        (!span.is_empty() && span.end() <= own.len()).then_some(span)
    };
    let as_cp = span_if(usize::try_from(start).ok(), usize::try_from(end).ok());
    let Some(quote) = quote else { return as_cp };
    let agrees = |s: &Option<Span>| s.is_some_and(|s| own.slice(s) == quote);
    if agrees(&as_cp) {
        return as_cp;
    }
    let as_utf16 = span_if(utf16.to_cp(start), utf16.to_cp(end));
    agrees(&as_utf16).then_some(as_utf16).flatten()
}

impl TextRecord for ParsedTask {
    fn text(&self) -> &str {
        &self.text
    }

    /// The task's regions, with notes joined to their regions by id.
    fn annotations(&self, target: &Text) -> (Vec<ForeignAnnotation>, Vec<ImportProblem>) {
        let own = Text::new(self.text.as_str());
        let utf16 = Utf16Offsets::new(&own);
        let same = own == *target;
        let mut items: Vec<ForeignAnnotation> = Vec::new();
        let mut problems = Vec::new();
        let mut notes: Vec<(String, String)> = Vec::new();
        for (i, r) in self.regions.iter().enumerate() {
            let place = format!("Task {}, result {}", self.number, i + 1);
            let id = r.get("id").and_then(Value::as_str).map(str::to_string);
            let malformed = |detail: &str| ImportProblem {
                place: place.clone(),
                source_id: id.clone(),
                quote: None,
                kind: ProblemKind::Malformed(detail.to_string()),
            };
            let value = r.get("value");
            match r.get("type").and_then(Value::as_str) {
                Some("textarea") => {
                    let texts = value.and_then(|v| v.get("text")).and_then(Value::as_array);
                    let note: Vec<&str> = texts
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .collect();
                    if let Some(id) = &id {
                        notes.push((id.clone(), note.join("\n")));
                    }
                    continue;
                }
                Some("labels") => {}
                _ => continue,
            }
            let Some(value) = value else {
                problems.push(malformed("it has no \"value\""));
                continue;
            };
            let labels: Vec<String> = value
                .get("labels")
                .and_then(Value::as_array)
                .map(|ls| {
                    ls.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            let (Some(start), Some(end)) = (
                value.get("start").and_then(Value::as_u64),
                value.get("end").and_then(Value::as_u64),
            ) else {
                problems.push(malformed("its \"start\" and \"end\" are not whole numbers"));
                continue;
            };
            let quote = value.get("text").and_then(Value::as_str);
            let item = ForeignAnnotation {
                place: place.clone(),
                id: id.clone(),
                tags: labels,
                ..Default::default()
            };
            match region_span(&own, &utf16, start, end, quote) {
                Some(span) => items.push(ForeignAnnotation {
                    quote: Some(own.slice(span).to_string()),
                    prefix: own.before(span.start(), CONTEXT_LEN).to_string(),
                    suffix: own.after(span.end(), CONTEXT_LEN).to_string(),
                    position: Some(Position {
                        start: span.start() as u64,
                        end: span.end() as u64,
                        trusted: same,
                    }),
                    ..item
                }),
                None => match quote {
                    Some(q) if !q.is_empty() => items.push(ForeignAnnotation {
                        quote: Some(q.to_string()),
                        ..item
                    }),
                    _ => problems.push(ImportProblem {
                        kind: ProblemKind::BadOffsets {
                            start,
                            end,
                            len: own.len(),
                        },
                        ..malformed("")
                    }),
                },
            }
        }
        for (id, note) in notes {
            if let Some(item) = items
                .iter_mut()
                .find(|it| it.id.as_deref() == Some(id.as_str()))
            {
                if !item.note.is_empty() {
                    item.note.push('\n');
                }
                item.note.push_str(&note);
            }
        }
        (items, problems)
    }

    /// The task's relations whose label is a link kind, as links between its regions' ids.
    fn links(&self) -> (Vec<ForeignLink>, Vec<ImportProblem>) {
        let mut links = Vec::new();
        let mut problems = Vec::new();
        for (i, r) in self.regions.iter().enumerate() {
            if r.get("type").and_then(Value::as_str) != Some("relation") {
                continue;
            }
            let place = format!("Task {}, result {}", self.number, i + 1);
            let ends = (
                r.get("from_id").and_then(Value::as_str),
                r.get("to_id").and_then(Value::as_str),
            );
            let labels: Vec<&str> = r
                .get("labels")
                .and_then(Value::as_array)
                .map(|ls| ls.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let kind = labels.iter().find_map(|l| LinkKind::parse(l.trim()));
            let detail = match (ends, kind) {
                ((Some(from), Some(to)), Some(kind)) => {
                    // "left" points from to_id to from_id.
                    let (from, to) = match r.get("direction").and_then(Value::as_str) {
                        Some("left") => (to, from),
                        _ => (from, to),
                    };
                    links.push(ForeignLink {
                        place,
                        id: None,
                        from: from.to_string(),
                        to: to.to_string(),
                        kind,
                    });
                    continue;
                }
                ((Some(_), Some(_)), None) => format!(
                "its relation label ({}) is none of supported-by, hedges, same-claim, contradicts",
                if labels.is_empty() {
                    "none given".to_string()
                } else {
                    format!("\"{}\"", labels.join("\", \""))
                }
            ),
                _ => "it is a relation without \"from_id\" and \"to_id\"".to_string(),
            };
            problems.push(ImportProblem {
                place,
                source_id: None,
                quote: None,
                kind: ProblemKind::Malformed(detail),
            });
        }
        (links, problems)
    }
}

/// Places the regions of the task whose text is `doc`'s (or of the only task) on `doc`, and reads
/// its relations as links, to hand to [`crate::formats::import_links::link_edits`] once the
/// annotations are planned.
pub fn import(
    doc: &Document,
    bytes: &[u8],
    now: &str,
) -> Result<(ImportReport, Vec<ForeignLink>), ImportError> {
    own_text::import(doc, &parse(bytes)?, FORMAT, "tasks", now)
}

/// A new document from the file's first task (default labels), with its regions placed and its
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

    #[test]
    fn old_utf16_offsets_are_recognised_by_their_text() {
        // "💩This is an annotation." — Label Studio before 2022 wrote 13, 23 for "annotation".
        let task = r#"[{"data": {"text": "💩This is an annotation."}, "annotations": [{"result": [
            {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": 13, "end": 23, "text": "annotation", "labels": ["Claim"]}},
            {"id": "r2", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": 12, "end": 22, "text": "annotation", "labels": ["Hedge"]}}]}]}]"#;
        let (d, r, _) = open(task.as_bytes(), "T", "now").unwrap();
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        for p in &r.placed {
            assert_eq!(d.text.slice(p.annotation.span), "annotation");
        }
    }

    #[test]
    fn a_label_config_lists_the_labels() {
        let d = Document::new("T", "x", None);
        let c = label_config(&d);
        assert!(
            c.contains("<Label value=\"Claim\" background=\"#c2410c\"/>"),
            "{c}"
        );
    }
}
