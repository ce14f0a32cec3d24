//! Reading annotations made elsewhere in the W3C Web Annotation model (Recogito, annotation
//! servers, our own export) or in Hypothesis' API format, and placing them on an open document by
//! their quotes.
//!
//! Accepted: one annotation, an array of them, an `AnnotationPage`, an `AnnotationCollection`
//! (with `first.items` or `items`), a Hypothesis search result (`rows`) or export (`annotations`).
//! Only text selectors are used: `TextQuoteSelector` places the annotation, `TextPositionSelector`
//! only settles ties (Hypothesis counts it in UTF-16 units of the whole web page, so it is converted
//! but rarely names the same place). `RangeSelector`, `XPathSelector` and `CssSelector` point into
//! a web page's markup, which Close Reader does not have, so they are ignored.
//!
//! A `linking` annotation whose two targets are annotation IRIs (as Close Reader's export writes
//! links) is read as a link by [`import`]; its `tagging` body names the kind. Conversations (a
//! `replying` annotation, a `commenting` one whose target is another annotation's IRI) are not
//! kept: each is reported as left out, since a thread belongs to a Close Reader file.

use serde_json::Value;

use crate::anchoring::{
    place, ForeignAnnotation, ImportProblem, ImportReport, Position, ProblemKind,
};
use crate::formats::import::{parse_json, utf8, ImportError};
use crate::formats::import_links::ForeignLink;
use crate::model::text::Utf16Offsets;
use crate::model::{Document, LinkKind};

const FORMAT: &str = "W3C Web Annotation JSON";

/// Reads the file and places its annotations on `doc`. `now` stamps annotations without a date.
/// The file's links between its annotations are returned too: hand them to
/// [`crate::formats::import_links::link_edits`] once the annotations are planned.
pub fn import(
    doc: &Document,
    bytes: &[u8],
    now: &str,
) -> Result<(ImportReport, Vec<ForeignLink>), ImportError> {
    let value = parse_json(utf8(bytes, FORMAT)?, FORMAT)?;
    let items = annotation_items(&value)?;
    let utf16 = Utf16Offsets::new(&doc.text);
    let mut foreign = Vec::new();
    let mut links = Vec::new();
    let mut problems = Vec::new();
    for (i, v) in items.iter().enumerate() {
        if let Some(dropped) = conversation_item(i + 1, v) {
            problems.push(dropped);
            continue;
        }
        match read_link(i + 1, v) {
            Some(Ok(link)) => links.push(link),
            Some(Err(problem)) => problems.push(problem),
            None => foreign.push(read_item(&utf16, i + 1, v)),
        }
    }
    let mut report = place(doc, foreign, now);
    report.problems.extend(problems);
    Ok((report, links))
}

/// A message of a conversation (a `replying` annotation, or a comment whose target is another
/// annotation rather than the text), which an import does not keep: reported, so the user knows.
fn conversation_item(n: usize, v: &Value) -> Option<ImportProblem> {
    let motivation = v.get("motivation").and_then(Value::as_str);
    let on_annotation =
        motivation == Some("commenting") && v.get("target").is_some_and(|t| t.is_string());
    if motivation != Some("replying") && !on_annotation {
        return None;
    }
    Some(ImportProblem {
        place: format!("Annotation {n}"),
        source_id: str_field(v, "id"),
        quote: None,
        kind: ProblemKind::Malformed(
            "it is a comment or reply in a conversation on another annotation; an import keeps the spans and their notes, not conversations (open the Close Reader file to keep them)".into(),
        ),
    })
}

/// A `linking` annotation from one annotation IRI to another, as a link; `None` for anything else
/// (which is read as an annotation of the text).
fn read_link(n: usize, v: &Value) -> Option<Result<ForeignLink, ImportProblem>> {
    if v.get("motivation").and_then(Value::as_str) != Some("linking") {
        return None;
    }
    let targets = v.get("target")?.as_array().filter(|t| t.len() == 2)?;
    let from = targets[0].as_str()?;
    let id = str_field(v, "id");
    let problem = |detail: String| ImportProblem {
        place: format!("Annotation {n}"),
        source_id: id.clone(),
        quote: None,
        kind: ProblemKind::Malformed(detail),
    };
    let Some(to) = targets[1].as_str() else {
        return Some(Err(problem(
            "it links an annotation to another article, which an import cannot follow".into(),
        )));
    };
    let mut tags = ForeignAnnotation::default();
    read_bodies(v, &mut tags);
    let Some(kind) = tags.tags.iter().find_map(|t| LinkKind::parse(t.trim())) else {
        return Some(Err(problem(format!(
            "it links two annotations, but its kind ({}) is none of supported-by, hedges, same-claim, contradicts",
            if tags.tags.is_empty() { "none given".to_string() } else { format!("\"{}\"", tags.tags.join("\", \"")) }
        ))));
    };
    Some(Ok(ForeignLink {
        place: format!("Annotation {n}"),
        id,
        from: from.to_string(),
        to: to.to_string(),
        kind,
    }))
}

/// True when `v` is of the W3C type `wanted`, named as compacted JSON-LD does (`type` or `@type`,
/// bare, prefixed with `oa:` or as the full IRI).
pub(crate) fn has_type(v: &Value, wanted: &str) -> bool {
    let is = |t: &Value| {
        t.as_str().is_some_and(|t| {
            t == wanted
                || t.strip_prefix("oa:") == Some(wanted)
                || t.strip_prefix("http://www.w3.org/ns/oa#") == Some(wanted)
                || t.strip_prefix("https://www.w3.org/ns/oa#") == Some(wanted)
        })
    };
    match v.get("type").or_else(|| v.get("@type")) {
        Some(Value::Array(ts)) => ts.iter().any(is),
        Some(t) => is(t),
        None => false,
    }
}

/// The annotations of a JSON-LD `@graph` (a common shape of W3C exports): its annotations, and the
/// items of the pages and collections in it.
fn graph_items(graph: &[Value]) -> Vec<&Value> {
    graph
        .iter()
        .flat_map(|node| {
            if has_type(node, "Annotation") {
                vec![node]
            } else if has_type(node, "AnnotationPage") {
                node.get("items")
                    .and_then(Value::as_array)
                    .map_or(vec![], |a| a.iter().collect())
            } else if has_type(node, "AnnotationCollection") {
                node.get("first")
                    .and_then(|f| f.get("items"))
                    .or_else(|| node.get("items"))
                    .and_then(Value::as_array)
                    .map_or(vec![], |a| a.iter().collect())
            } else {
                vec![]
            }
        })
        .collect()
}

/// The annotations in any of the accepted wrappings.
pub fn annotation_items(v: &Value) -> Result<Vec<&Value>, ImportError> {
    let shape = |detail: &str| ImportError::Shape {
        format: FORMAT,
        detail: detail.to_string(),
    };
    fn array(v: &Value) -> Option<Vec<&Value>> {
        v.as_array().map(|a| a.iter().collect())
    }
    match v {
        Value::Array(items) => Ok(items.iter().collect()),
        Value::Object(o) => {
            if let Some(graph) = o.get("@graph").and_then(Value::as_array) {
                let items = graph_items(graph);
                if items.is_empty() && !graph.is_empty() {
                    return Err(shape("its JSON-LD \"@graph\" holds no annotations"));
                }
                return Ok(items);
            }
            if has_type(v, "AnnotationCollection") {
                let from_first = o.get("first").and_then(|f| f.get("items")).and_then(array);
                return from_first.or_else(|| o.get("items").and_then(array)).or_else(|| {
                    // An empty collection may have no page at all.
                    (o.get("total").and_then(Value::as_u64) == Some(0)).then(Vec::new)
                }).ok_or_else(|| {
                    shape("the AnnotationCollection has no embedded page of items (\"first\": {\"items\": [...]}); a collection whose pages are only links cannot be read offline")
                });
            }
            if has_type(v, "AnnotationPage") {
                return o
                    .get("items")
                    .and_then(array)
                    .ok_or_else(|| shape("the AnnotationPage has no \"items\" array"));
            }
            for key in ["rows", "annotations"] {
                if let Some(items) = o.get(key).and_then(array) {
                    return Ok(items);
                }
            }
            if o.contains_key("target") {
                return Ok(vec![v]);
            }
            Err(shape("it is a JSON object but not an annotation, page or collection (no \"type\", \"target\", \"rows\" or \"items\")"))
        }
        _ => Err(shape("the file holds a single JSON value, not annotations")),
    }
}

/// Hypothesis' own API format (not W3C): `tags`, `text`, `uri`, and `target` as an array.
fn is_hypothesis(v: &Value) -> bool {
    v.get("uri").is_some() && (v.get("tags").is_some() || v.get("text").is_some())
}

fn str_field(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

fn read_item(utf16: &Utf16Offsets, n: usize, v: &Value) -> ForeignAnnotation {
    let mut item = ForeignAnnotation {
        place: format!("Annotation {n}"),
        id: str_field(v, "id").or_else(|| str_field(v, "@id")),
        created: str_field(v, "created"),
        modified: str_field(v, "modified").or_else(|| str_field(v, "updated")),
        ..Default::default()
    };
    if !v.is_object() {
        item.place = format!("Annotation {n} (not an object)");
        return item;
    }
    read_bodies(v, &mut item);
    if is_hypothesis(v) {
        if let Some(tags) = v.get("tags").and_then(Value::as_array) {
            item.tags
                .extend(tags.iter().filter_map(Value::as_str).map(str::to_string));
        }
        if let Some(text) = v.get("text").and_then(Value::as_str) {
            push_note(&mut item.note, text);
        }
    }
    let units = is_hypothesis(v).then_some(utf16);
    for selector in selectors(v.get("target")) {
        read_selector(selector, units, &mut item);
    }
    item
}

fn push_note(note: &mut String, text: &str) {
    if text.is_empty() {
        return;
    }
    if !note.is_empty() {
        note.push_str("\n\n");
    }
    note.push_str(text);
}

/// Tags from `tagging`/`classifying` bodies; notes from the other textual bodies and `bodyValue`.
fn read_bodies(v: &Value, item: &mut ForeignAnnotation) {
    if let Some(text) = v.get("bodyValue").and_then(Value::as_str) {
        push_note(&mut item.note, text);
    }
    let bodies: Vec<&Value> = match v.get("body") {
        Some(Value::Array(bs)) => bs.iter().collect(),
        Some(b @ Value::Object(_)) => vec![b],
        _ => Vec::new(),
    };
    let motivation_tags = v.get("motivation").and_then(Value::as_str) == Some("tagging");
    for b in bodies {
        let Some(value) = b.get("value").and_then(Value::as_str) else {
            continue;
        };
        let purpose = b.get("purpose").and_then(Value::as_str);
        match purpose {
            Some("tagging" | "classifying" | "identifying") => item.tags.push(value.to_string()),
            None if motivation_tags => item.tags.push(value.to_string()),
            _ => push_note(&mut item.note, value),
        }
    }
}

/// Every selector of every target (a target may be one object or several).
fn selectors(target: Option<&Value>) -> Vec<&Value> {
    let targets: Vec<&Value> = match target {
        Some(Value::Array(ts)) => ts.iter().collect(),
        Some(t) => vec![t],
        None => Vec::new(),
    };
    let mut out = Vec::new();
    for t in targets {
        match t.get("selector") {
            Some(Value::Array(ss)) => out.extend(ss.iter()),
            Some(s @ Value::Object(_)) => out.push(s),
            _ => {}
        }
    }
    out
}

/// Reads one selector; `utf16` is given when positions count UTF-16 units (Hypothesis).
fn read_selector(s: &Value, utf16: Option<&Utf16Offsets>, item: &mut ForeignAnnotation) {
    if has_type(s, "TextQuoteSelector") && item.quote.is_none() {
        if let Some(exact) = s.get("exact").and_then(Value::as_str) {
            item.quote = Some(exact.to_string());
            item.prefix = str_field(s, "prefix").unwrap_or_default();
            item.suffix = str_field(s, "suffix").unwrap_or_default();
        }
    } else if has_type(s, "TextPositionSelector") && item.position.is_none() {
        let (Some(start), Some(end)) = (
            s.get("start").and_then(Value::as_u64),
            s.get("end").and_then(Value::as_u64),
        ) else {
            return;
        };
        // A hint that does not convert (half an emoji, past the end) is no hint.
        let convert = |units: u64| match utf16 {
            Some(map) => map.to_cp(units).map(|cp| cp as u64),
            None => Some(units),
        };
        if let (Some(start), Some(end)) = (convert(start), convert(end)) {
            item.position = Some(Position {
                start,
                end,
                trusted: false,
            });
        }
    }
}
