//! Conversations on spans in the W3C Web Annotation export, as Hypothesis-style tools read them:
//! a thread's first message is a `commenting` annotation whose target is the student's annotation
//! (its IRI in the collection) or, for a key span the student missed, the span of the text itself;
//! each later message is a `replying` annotation whose target is the message it answers (the one
//! before it: a conversation here is a line, not a tree). Author and time become `creator` and
//! `created`, the text a `commenting` TextualBody.

use serde_json::{json, Map, Value};

use crate::formats::w3c::annotation_iri;
use crate::model::document::CONTEXT_LEN;
use crate::model::{Document, Message, Thread};

/// The IRI of one message: `thread-<thread id>-<message id>` inside the collection, apart from
/// annotation and link ids.
pub fn message_iri(collection: &str, thread: &Thread, message: &Message) -> String {
    annotation_iri(collection, &format!("thread-{}-{}", thread.id, message.id))
}

/// Every thread's messages as annotations, thread by thread, each after the one it answers.
pub(crate) fn thread_items(doc: &Document, collection: &str, source: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for t in &doc.threads {
        let mut answered: Option<String> = None;
        for m in &t.messages {
            let target = match &answered {
                Some(previous) => json!(previous),
                None => first_target(doc, t, collection, source),
            };
            let mut item = Map::new();
            let id = message_iri(collection, t, m);
            item.insert("id".into(), json!(id));
            item.insert("type".into(), json!("Annotation"));
            let motivation = if answered.is_some() {
                "replying"
            } else {
                "commenting"
            };
            item.insert("motivation".into(), json!(motivation));
            item.insert("created".into(), json!(m.time));
            item.insert(
                "creator".into(),
                json!({ "type": "Person", "name": m.author }),
            );
            item.insert(
                "body".into(),
                json!([{
                    "type": "TextualBody",
                    "purpose": "commenting",
                    "format": "text/plain",
                    "value": m.text,
                }]),
            );
            item.insert("target".into(), target);
            out.push(Value::Object(item));
            answered = Some(id);
        }
    }
    out
}

/// The student's annotation when the document still has it, otherwise the span of the text.
fn first_target(doc: &Document, t: &Thread, collection: &str, source: &str) -> Value {
    if let Some(a) = t.annotation.as_deref().and_then(|id| doc.annotation(id)) {
        return json!(annotation_iri(collection, &a.id));
    }
    let span = t.span;
    let (exact, prefix, suffix) = if span.end() <= doc.text.len() {
        (
            doc.text.slice(span),
            doc.text.before(span.start(), CONTEXT_LEN),
            doc.text.after(span.end(), CONTEXT_LEN),
        )
    } else {
        ("", "", "")
    };
    json!({
        "source": source,
        "selector": [
            { "type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix },
            { "type": "TextPositionSelector", "start": span.start(), "end": span.end() },
        ],
    })
}
