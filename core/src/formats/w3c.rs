//! Export to the W3C Web Annotation Data Model (JSON-LD), the standard other annotation tools
//! (Hypothesis, Recogito, annotation servers) read: one `AnnotationCollection` whose first and
//! only `AnnotationPage` embeds every annotation.
//!
//! Positions in `TextPositionSelector` count Unicode code points of the document text, as the
//! model's "characters" do. Labels become `tagging` bodies (by label name), notes `commenting`
//! bodies. Links between annotations become `linking` annotations (after all the others) whose two
//! targets are the linked annotations' IRIs, and whose `tagging` body is the link's kind
//! (`supported-by`…): see [`link_item`]. A link into another article targets that article's text
//! (`urn:sha256:…`) with a `TextQuoteSelector` of the far claim. Conversations on spans come
//! last, as `commenting` and `replying` annotations (`w3c_threads.rs`).

use serde_json::{json, Map, Value};

use crate::formats::w3c_threads;
use crate::model::{Annotation, Document, OtherDocument};

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// What the caller knows that the document does not.
#[derive(Clone, Copy, Debug)]
pub struct W3cOptions<'a> {
    /// A stable id for the document: an absolute IRI (`https://…`, `urn:…`) is used as the
    /// collection id and annotations become `<iri>#<annotation id>`; anything else (such as the
    /// library's document id) becomes `urn:close-reader:<id>` first.
    pub document_id: &'a str,
    /// The annotator's name, written as the `creator` of every annotation.
    pub creator: Option<&'a str>,
}

/// The collection's IRI for a document id.
pub fn collection_iri(document_id: &str) -> String {
    if is_absolute_iri(document_id) {
        document_id.to_string()
    } else {
        let safe: String = document_id
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || "-._~".contains(c) {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        format!(
            "urn:close-reader:{}",
            if safe.is_empty() { "document" } else { &safe }
        )
    }
}

fn is_absolute_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    !rest.is_empty()
        && !s.contains(char::is_whitespace)
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
}

/// An annotation's IRI inside the collection.
pub fn annotation_iri(collection: &str, annotation_id: &str) -> String {
    let id: String = annotation_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-._~".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    if collection.starts_with("urn:") {
        format!("{collection}:{id}")
    } else {
        format!("{collection}#{id}")
    }
}

/// What the annotations' targets name as their source: the article's URL when known, otherwise
/// a URN made from the text's SHA-256, so two copies of the same text share it.
pub fn source_iri(doc: &Document) -> String {
    match doc.source_url.as_deref().filter(|u| is_absolute_iri(u)) {
        Some(url) => url.to_string(),
        None => format!("urn:sha256:{}", doc.text.sha256()),
    }
}

/// The whole document as an `AnnotationCollection`.
pub fn to_w3c(doc: &Document, opts: &W3cOptions) -> Value {
    let collection = collection_iri(opts.document_id);
    let source = source_iri(doc);
    let mut items: Vec<Value> = doc
        .annotations()
        .iter()
        .map(|a| annotation_item(doc, a, &collection, &source, opts.creator))
        .collect();
    items.extend(link_items(doc, &collection, opts.creator));
    items.extend(w3c_threads::thread_items(doc, &collection, &source));
    let mut out = Map::new();
    out.insert("@context".into(), json!(CONTEXT));
    out.insert("id".into(), json!(collection));
    out.insert("type".into(), json!("AnnotationCollection"));
    if !doc.title.trim().is_empty() {
        out.insert("label".into(), json!(doc.title));
    }
    out.insert("total".into(), json!(items.len()));
    if !items.is_empty() {
        out.insert(
            "first".into(),
            json!({
                "id": format!("{}{}page1", collection, if collection.starts_with("urn:") { ":" } else { "#" }),
                "type": "AnnotationPage",
                "startIndex": 0,
                "items": items,
            }),
        );
    }
    Value::Object(out)
}

/// [`to_w3c`] as pretty JSON with a final newline, ready to save as `.jsonld`.
pub fn to_w3c_json(doc: &Document, opts: &W3cOptions) -> String {
    let mut s = serde_json::to_string_pretty(&to_w3c(doc, opts)).expect("plain data serialises");
    s.push('\n');
    s
}

fn annotation_item(
    doc: &Document,
    a: &Annotation,
    collection: &str,
    source: &str,
    creator: Option<&str>,
) -> Value {
    let (prefix, suffix) = doc.context(a);
    let label_name = doc
        .label(&a.label)
        .map_or(a.label.as_str(), |l| l.name.as_str());
    let mut body =
        vec![json!({ "type": "TextualBody", "purpose": "tagging", "value": label_name })];
    if !a.note.is_empty() {
        body.push(json!({
            "type": "TextualBody",
            "purpose": "commenting",
            "format": "text/plain",
            "value": a.note,
        }));
    }
    let mut item = Map::new();
    item.insert("id".into(), json!(annotation_iri(collection, &a.id)));
    item.insert("type".into(), json!("Annotation"));
    let motivation = if a.note.is_empty() {
        "tagging"
    } else {
        "commenting"
    };
    item.insert("motivation".into(), json!(motivation));
    insert_provenance(&mut item, &a.created, &a.modified, creator);
    item.insert("body".into(), Value::Array(body));
    item.insert(
        "target".into(),
        json!({
            "source": source,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": doc.quote(a),
                    "prefix": prefix,
                    "suffix": suffix,
                },
                {
                    "type": "TextPositionSelector",
                    "start": a.span.start(),
                    "end": a.span.end(),
                },
            ],
        }),
    );
    Value::Object(item)
}

fn insert_provenance(
    item: &mut Map<String, Value>,
    created: &str,
    modified: &str,
    creator: Option<&str>,
) {
    if !created.is_empty() {
        item.insert("created".into(), json!(created));
    }
    if !modified.is_empty() {
        item.insert("modified".into(), json!(modified));
    }
    if let Some(name) = creator.filter(|n| !n.trim().is_empty()) {
        item.insert("creator".into(), json!({ "type": "Person", "name": name }));
    }
}

/// A link between two annotations, as [`link_item`] writes it.
#[derive(Clone, Copy, Debug)]
pub struct LinkRef<'a> {
    pub id: &'a str,
    pub from: &'a str,
    pub to: &'a str,
    /// What the link says, e.g. "supported-by"; written as a `tagging` body when not empty.
    pub kind: &'a str,
    pub created: &'a str,
    pub modified: &'a str,
    /// Set when `to` is in another article.
    pub to_document: Option<&'a OtherDocument>,
}

/// The IRI of a link inside the collection: `link-` and its id, apart from annotation ids.
pub fn link_iri(collection: &str, link_id: &str) -> String {
    annotation_iri(collection, &format!("link-{link_id}"))
}

/// The document's links as `linking` annotations, by link id.
fn link_items(doc: &Document, collection: &str, creator: Option<&str>) -> Vec<Value> {
    doc.links()
        .iter()
        .map(|l| {
            link_item(
                &LinkRef {
                    id: &l.id,
                    from: &l.from,
                    to: &l.to,
                    kind: l.kind.as_str(),
                    created: "",
                    modified: "",
                    to_document: l.other.as_ref(),
                },
                collection,
                creator,
            )
        })
        .collect()
}

/// One link as a `linking` annotation whose two targets are the linked annotations' IRIs (or, for
/// the far end in another article, that article's text and the far claim's quote).
pub fn link_item(link: &LinkRef, collection: &str, creator: Option<&str>) -> Value {
    let mut item = Map::new();
    item.insert("id".into(), json!(link_iri(collection, link.id)));
    item.insert("type".into(), json!("Annotation"));
    item.insert("motivation".into(), json!("linking"));
    insert_provenance(&mut item, link.created, link.modified, creator);
    if !link.kind.is_empty() {
        item.insert(
            "body".into(),
            json!([{ "type": "TextualBody", "purpose": "tagging", "value": link.kind }]),
        );
    }
    let to = match link.to_document {
        None => json!(annotation_iri(collection, link.to)),
        Some(other) => json!({
            "source": format!("urn:sha256:{}", other.sha256),
            "selector": { "type": "TextQuoteSelector", "exact": other.quote },
        }),
    };
    item.insert(
        "target".into(),
        json!([annotation_iri(collection, link.from), to]),
    );
    Value::Object(item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn doc() -> Document {
        let mut d = Document::new(
            "T",
            "Reply 😀: قال means he said.\r\nSecond line.",
            Some("https://example.org/a".into()),
        );
        let mut a = Annotation::new(
            "a1",
            "source",
            Span::new(9, 12).unwrap(),
            "2025-03-14T09:26:53Z",
        );
        a.note = "Arabic".into();
        d.insert(a).unwrap();
        d.insert(Annotation::new(
            "a2",
            "claim",
            Span::new(22, 35).unwrap(),
            "2025-03-14T09:27:10Z",
        ))
        .unwrap();
        d
    }

    #[test]
    fn ids_are_iris_built_from_the_document_id() {
        assert_eq!(collection_iri("doc 42/β"), "urn:close-reader:doc-42--");
        assert_eq!(collection_iri("https://ex.org/d"), "https://ex.org/d");
        assert_eq!(
            annotation_iri("urn:close-reader:d", "a1"),
            "urn:close-reader:d:a1"
        );
        assert_eq!(
            annotation_iri("https://ex.org/d", "a1"),
            "https://ex.org/d#a1"
        );
    }

    #[test]
    fn positions_count_code_points_and_quotes_keep_crlf() {
        let v = to_w3c(
            &doc(),
            &W3cOptions {
                document_id: "d1",
                creator: Some("Rana"),
            },
        );
        let items = v["first"]["items"].as_array().unwrap();
        let sel = &items[0]["target"]["selector"];
        assert_eq!(sel[0]["exact"], "قال");
        assert_eq!(
            (sel[1]["start"].as_u64(), sel[1]["end"].as_u64()),
            (Some(9), Some(12))
        );
        assert_eq!(
            items[1]["target"]["selector"][0]["exact"],
            "said.\r\nSecond"
        );
        assert_eq!(items[0]["motivation"], "commenting");
        assert_eq!(items[1]["motivation"], "tagging");
        assert_eq!(items[0]["body"][0]["value"], "Source");
        assert_eq!(items[0]["body"][1]["value"], "Arabic");
        assert_eq!(items[0]["creator"]["name"], "Rana");
        assert_eq!(items[0]["target"]["source"], "https://example.org/a");
        assert_eq!(v["total"], 2);
    }

    #[test]
    fn a_text_without_url_is_named_by_its_checksum() {
        let d = Document::new("", "", None);
        assert!(source_iri(&d).starts_with("urn:sha256:e3b0c442"));
        let v = to_w3c(
            &d,
            &W3cOptions {
                document_id: "x",
                creator: None,
            },
        );
        assert_eq!(v["total"], 0);
        assert!(v.get("first").is_none());
    }

    #[test]
    fn links_become_linking_annotations_targeting_both_ids() {
        let mut d = doc();
        d.insert_link(crate::model::Link::new(
            "l1",
            "a2",
            "a1",
            crate::model::LinkKind::SupportedBy,
        ))
        .unwrap();
        let v = to_w3c(
            &d,
            &W3cOptions {
                document_id: "d",
                creator: None,
            },
        );
        assert_eq!(v["total"], 3, "two annotations and a link");
        let link = &v["first"]["items"][2];
        assert_eq!(link["id"], "urn:close-reader:d:link-l1");
        assert_eq!(link["motivation"], "linking");
        assert_eq!(
            link["target"],
            json!(["urn:close-reader:d:a2", "urn:close-reader:d:a1"])
        );
        assert_eq!(
            link["body"],
            json!([{"type": "TextualBody", "purpose": "tagging", "value": "supported-by"}])
        );
        assert!(
            link.get("created").is_none(),
            "links have no times of their own"
        );
    }
}
