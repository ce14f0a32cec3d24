//! The test files and values: a document with every section a file can have, and each way its
//! file is made to fail (the core's own checks say why).

use close_reader_core::model::shape::{BlockKind, Mark, MarkKind, Shape, ShapeBlock};
use close_reader_core::model::{
    Annotation, Assignment, Criterion, Document, FeedbackKey, KeySpan, LetterBand, Link, LinkKind,
    Measure, Message, Rubric, Scale, Span, SpanMatch, Thread,
};
use serde_json::{json, Value};

pub const NOW: &str = "2026-03-01T10:00:00Z";
const TEXT: &str =
    "Harbour wall to be raised\nThe council will raise the wall, its engineer said.\nIt may cost more.";

pub fn span(start: usize, end: usize) -> Span {
    Span::new(start, end).unwrap()
}

pub fn rubric() -> Rubric {
    Rubric {
        criteria: vec![
            Criterion {
                name: "Finds the claims".into(),
                points: 4.0,
                measure: Measure::F1 {
                    label: "claim".into(),
                    matching: SpanMatch::Overlap,
                },
            },
            Criterion {
                name: "Notes".into(),
                points: 2.0,
                measure: Measure::Notes { at_least: 1 },
            },
        ],
        scale: Scale::Letters(vec![
            LetterBand {
                letter: "A".into(),
                min_percent: 80.0,
            },
            LetterBand {
                letter: "B".into(),
                min_percent: 0.0,
            },
        ]),
    }
}

pub fn message(id: &str, text: &str) -> Message {
    Message {
        id: id.into(),
        author: "Ms Diaz".into(),
        time: NOW.into(),
        text: text.into(),
    }
}

/// A document with every section a file can have: annotations, a link, an assignment with a
/// rubric, a feedback key, a conversation and a structure.
pub fn document() -> Document {
    let mut d = Document::new("Harbour", TEXT, None);
    d.insert(Annotation::new("a1", "claim", span(26, 58), NOW))
        .unwrap();
    d.insert(Annotation::new("a2", "source", span(64, 72), NOW))
        .unwrap();
    d.insert_link(Link::new("l1", "a1", "a2", LinkKind::SupportedBy))
        .unwrap();
    d.assignment = Some(Assignment {
        instructions: "Mark the claims.".into(),
        hide_suggestions: false,
        require_name: true,
        rubric: Some(rubric()),
    });
    d.feedback = Some(FeedbackKey {
        key_name: "Key".into(),
        spans: vec![KeySpan {
            label: "claim".into(),
            span: span(26, 58),
            note: String::new(),
        }],
    });
    d.threads = vec![Thread {
        id: "t1".into(),
        span: span(26, 58),
        annotation: Some("a1".into()),
        messages: vec![message("t1-m1", "Good.")],
    }];
    let blocks = vec![ShapeBlock {
        span: span(0, 25),
        kind: BlockKind::Heading(1),
    }];
    let marks = vec![Mark {
        span: span(30, 37),
        kind: MarkKind::Strong,
    }];
    d.shape = Shape::new(&d.text, blocks, marks).unwrap();
    d
}

/// Changes `v` at `pointer` (which must be there).
pub fn set(v: &mut Value, pointer: &str, to: Value) {
    *v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer}")) = to;
}

pub type Change = Box<dyn Fn(&mut Value)>;

pub fn at(pointer: &'static str, to: Value) -> Change {
    Box::new(move |v| set(v, pointer, to.clone()))
}

/// Every way the file of [`document`] is made to fail, with a piece of the core's message.
pub fn broken_files() -> Vec<(&'static str, Change)> {
    let long = "x".repeat(2_345);
    let many_criteria: Vec<Value> = (0..21)
        .map(|i| json!({"name": format!("C{i}"), "points": 1, "measure": "by-hand"}))
        .collect();
    vec![
        (
            "damaged: missing field `title` at line",
            Box::new(|v: &mut Value| {
                v["document"].as_object_mut().unwrap().remove("title");
            }),
        ),
        (
            "does not match its checksum",
            at("/document/sha256", json!("0".repeat(64))),
        ),
        ("label 2 has an empty id", at("/labels/1/id", json!(" "))),
        (
            "two labels share the id \"claim\"",
            at("/labels/1/id", json!("claim")),
        ),
        ("not a #rrggbb colour", at("/labels/0/color", json!("red"))),
        ("a key is one character", at("/labels/0/key", json!("cc"))),
        (
            "ends before it starts",
            at("/annotations/0/start", json!(70)),
        ),
        ("outside the text", at("/annotations/1/end", json!(500))),
        (
            "but the text at its offsets reads",
            at("/annotations/0/quote", json!("The mayor")),
        ),
        (
            "its prefix does not match",
            at("/annotations/0/prefix", json!("Nope")),
        ),
        (
            "its suffix does not match",
            at("/annotations/0/suffix", json!("Nope")),
        ),
        (
            "covers no text",
            Box::new(|v: &mut Value| {
                set(v, "/annotations/1/end", json!(64));
                set(v, "/annotations/1/quote", json!(""));
                set(v, "/annotations/1/suffix", json!(""));
            }),
        ),
        (
            "which the file does not define",
            at("/annotations/0/label", json!("opinion")),
        ),
        (
            "two annotations share the id",
            at("/annotations/1/id", json!("a1")),
        ),
        (
            "which Close Reader does not know",
            at("/links/0/kind", json!("refutes")),
        ),
        (
            "which is not 64 hexadecimal digits",
            Box::new(|v: &mut Value| {
                v["links"][0]["to_document"] =
                    json!({"sha256": "abc", "title": "Other", "quote": "x"});
            }),
        ),
        ("goes from the annotation", at("/links/0/from", json!("a9"))),
        ("goes to the annotation", at("/links/0/to", json!("a9"))),
        ("to itself", at("/links/0/to", json!("a1"))),
        (
            "(same annotations, same kind)",
            Box::new(|v: &mut Value| {
                let mut again = v["links"][0].clone();
                again["id"] = json!("l2");
                v["links"].as_array_mut().unwrap().push(again);
            }),
        ),
        (
            "two links share the id",
            Box::new(|v: &mut Value| {
                let mut again = v["links"][0].clone();
                again["kind"] = json!("hedges");
                v["links"].as_array_mut().unwrap().push(again);
            }),
        ),
        ("a link has an empty id", at("/links/0/id", json!(""))),
        (
            "its instructions are 2,345 characters long",
            at("/assignment/instructions", json!(long)),
        ),
        (
            "in its rubric, it has no criteria",
            at("/assignment/rubric/criteria", json!([])),
        ),
        (
            "in its rubric, it has 21 criteria",
            at("/assignment/rubric/criteria", json!(many_criteria)),
        ),
        (
            "criterion 1 has no name",
            at("/assignment/rubric/criteria/0/name", json!("")),
        ),
        (
            "the points of criterion 2 must be above 0",
            at("/assignment/rubric/criteria/1/points", json!(0)),
        ),
        (
            "measures the label \"opinion\"",
            at("/assignment/rubric/criteria/0/label", json!("opinion")),
        ),
        (
            "counts links of the kind \"refutes\"",
            at(
                "/assignment/rubric/criteria/1",
                json!({"name": "Links", "points": 1, "measure": "links-found", "kind": "refutes"}),
            ),
        ),
        (
            "criterion 2 of its rubric cannot be read: missing field `points`",
            Box::new(|v: &mut Value| {
                v["assignment"]["rubric"]["criteria"][1]
                    .as_object_mut()
                    .unwrap()
                    .remove("points");
            }),
        ),
        (
            "letter band 1 of its rubric cannot be read: missing field `letter`",
            Box::new(|v: &mut Value| {
                v["assignment"]["rubric"]["scale"]["bands"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("letter");
            }),
        ),
        (
            "its rubric cannot be read: missing field `scale`",
            Box::new(|v: &mut Value| {
                v["assignment"]["rubric"]
                    .as_object_mut()
                    .unwrap()
                    .remove("scale");
            }),
        ),
        (
            "problem in its assignment: missing field `instructions`",
            Box::new(|v: &mut Value| {
                v["assignment"]
                    .as_object_mut()
                    .unwrap()
                    .remove("instructions");
            }),
        ),
        (
            "problem in its feedback: invalid type",
            at("/feedback", json!(7)),
        ),
        (
            "Key span 1 of the feedback cannot be read: missing field `quote`",
            Box::new(|v: &mut Value| {
                v["feedback"]["spans"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("quote");
            }),
        ),
        (
            "Key span 1 of the feedback ends before it starts",
            at("/feedback/spans/0/start", json!(70)),
        ),
        (
            "Key span 1 of the feedback has offsets [26, 500)",
            at("/feedback/spans/0/end", json!(500)),
        ),
        (
            "Key span 1 of the feedback covers no text",
            Box::new(|v: &mut Value| {
                set(v, "/feedback/spans/0/end", json!(26));
                set(v, "/feedback/spans/0/quote", json!(""));
            }),
        ),
        (
            "Key span 1 of the feedback quotes",
            at("/feedback/spans/0/quote", json!("The mayor")),
        ),
        (
            "Key span 1 of the feedback uses the label",
            at("/feedback/spans/0/label", json!("opinion")),
        ),
        (
            "problem in its threads: it is not a list",
            at("/threads", json!({})),
        ),
        (
            "Comment thread 1 cannot be read: missing field `messages`",
            Box::new(|v: &mut Value| {
                v["threads"][0].as_object_mut().unwrap().remove("messages");
            }),
        ),
        (
            "Comment thread 1 ends before it starts",
            at("/threads/0/start", json!(70)),
        ),
        (
            "Comment thread 1 has offsets",
            at("/threads/0/end", json!(500)),
        ),
        (
            "Comment thread 1 quotes",
            at("/threads/0/quote", json!("The mayor")),
        ),
        (
            "as an earlier thread does",
            Box::new(|v: &mut Value| {
                let again = v["threads"][0].clone();
                v["threads"].as_array_mut().unwrap().push(again);
            }),
        ),
        ("Comment thread 1 has no id", at("/threads/0/id", json!(""))),
        (
            "Comment thread 1 has no messages",
            at("/threads/0/messages", json!([])),
        ),
        (
            "has a message (1) that has no author",
            at("/threads/0/messages/0/author", json!(" ")),
        ),
        (
            "has a message (1) that has no id",
            at("/threads/0/messages/0/id", json!("")),
        ),
        (
            "has a message (1) that has no text",
            at("/threads/0/messages/0/text", json!("")),
        ),
        (
            "not an RFC 3339 date and time",
            at("/threads/0/messages/0/time", json!("yesterday")),
        ),
        (
            "is 4,001 characters long",
            at("/threads/0/messages/0/text", json!("y".repeat(4_001))),
        ),
        (
            "has two messages with the id",
            Box::new(|v: &mut Value| {
                let again = v["threads"][0]["messages"][0].clone();
                v["threads"][0]["messages"]
                    .as_array_mut()
                    .unwrap()
                    .push(again);
            }),
        ),
        (
            "problem in its structure: invalid type",
            at("/structure", json!(3)),
        ),
        (
            "Block 1 of the structure cannot be read",
            at("/structure/blocks/0/start", json!("zero")),
        ),
        (
            "Mark 1 of the structure is a link without an \"href\"",
            at("/structure/marks/0/kind", json!("link")),
        ),
        (
            "Block 1 of the structure has the kind \"table\"",
            at("/structure/blocks/0/kind", json!("table")),
        ),
        (
            "Block 1 of the structure ends before it starts",
            at("/structure/blocks/0/start", json!(30)),
        ),
        (
            "Mark 1 of the structure covers no text",
            at("/structure/marks/0/end", json!(30)),
        ),
        (
            "is a heading without a \"level\"",
            Box::new(|v: &mut Value| {
                v["structure"]["blocks"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("level");
            }),
        ),
        (
            "is an item without an \"ordered\"",
            at(
                "/structure/blocks/0",
                json!({"start": 0, "end": 25, "kind": "item", "depth": 1}),
            ),
        ),
        (
            "is an item without a \"depth\"",
            at(
                "/structure/blocks/0",
                json!({"start": 0, "end": 25, "kind": "item", "ordered": false}),
            ),
        ),
        (
            "is a quote without a \"depth\"",
            at(
                "/structure/blocks/0",
                json!({"start": 0, "end": 25, "kind": "quote"}),
            ),
        ),
        (
            "has the depth 17; a depth runs from 1 to 16",
            at(
                "/structure/blocks/0",
                json!({"start": 0, "end": 25, "kind": "quote", "depth": 17}),
            ),
        ),
        (
            "is a heading of level 7",
            at("/structure/blocks/0/level", json!(7)),
        ),
        (
            "has the number 4294967296",
            at(
                "/structure/blocks/0",
                json!({"start": 0, "end": 25, "kind": "item", "ordered": true, "depth": 1, "number": 4_294_967_296_u64}),
            ),
        ),
        (
            "Block 1 of the structure reaches past the end",
            at("/structure/blocks/0/end", json!(500)),
        ),
        (
            "Mark 1 of the structure reaches past the end",
            at("/structure/marks/0/end", json!(500)),
        ),
        (
            "does not start and end at the edges of lines",
            at("/structure/blocks/0/end", json!(20)),
        ),
        (
            "overlaps the one before it",
            Box::new(|v: &mut Value| {
                v["structure"]["blocks"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"start": 0, "end": 25, "kind": "paragraph"}));
            }),
        ),
    ]
}
