//! The classroom sections of the native file (version 3): an assignment and a feedback key survive
//! saving and reopening in any script and are left out when absent; written files match the JSON
//! Schema and the examples in docs/format.md; a broken section is refused with the message
//! format.md lists; version 2 files still open without them; the other exports do not change.

mod marked;

use close_reader_core::analysis::evidence::to_json_with_summary;
use close_reader_core::analysis::report;
use close_reader_core::formats::native::{from_json, to_json, LoadError};
use close_reader_core::formats::{brat, csv, doccano, label_studio, w3c};
use close_reader_core::model::classroom::with_feedback;
use close_reader_core::{
    default_labels, Annotation, Assignment, Document, FeedbackKey, KeySpan, Label, LinkKind, Span,
};
use marked::{link, marked, marked_with};
use proptest::prelude::*;
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../../docs/close-reader.schema.json");
const FORMAT_DOC: &str = include_str!("../../docs/format.md");

fn validator() -> jsonschema::Validator {
    jsonschema::draft7::new(&serde_json::from_str(SCHEMA).unwrap()).unwrap()
}

fn schema_errors(v: &Value) -> Vec<String> {
    validator()
        .iter_errors(v)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

fn value(d: &Document) -> Value {
    serde_json::from_str(&to_json(d)).unwrap()
}

fn load(v: &Value) -> Result<Document, LoadError> {
    from_json(&serde_json::to_string_pretty(v).unwrap())
}

fn message(v: &Value) -> String {
    load(v).expect_err("the file should be refused").to_string()
}

/// A student's work in every awkward script: emoji (astral, ZWJ family, flag), Arabic (right to
/// left), CJK and CRLF, a link, and the teacher's assignment.
fn student() -> Document {
    let mut d = marked(
        "Toll 😀 — تقرير",
        "{source a1|قال الوزير} 👩\u{200d}👩\u{200d}👧:\r\n{claim a2|the toll rose\r\nto 40} {hedge a3|reportedly}. 世界 {claim a4|Aid 🇫🇷 arrived}.",
    );
    link(&mut d, "a2", "a1", LinkKind::SupportedBy);
    d.annotator = Some("Zoë 🇫🇷".into());
    d.assignment = Some(Assignment {
        instructions: "Mark every claim.\r\nضع علامة على كل ادعاء 😀\t世界 \"quoted\" \\".into(),
        hide_suggestions: true,
        require_name: true,
        rubric: None,
    });
    d
}

/// The teacher's key on the same text, with a label of its own and notes.
fn key() -> Document {
    let mut labels = default_labels();
    labels.push(Label::new("place", "Place 🌍", "#0f766e", "p"));
    let mut k = marked_with(
        "Key",
        &labels,
        "{source k1|قال الوزير} 👩\u{200d}👩\u{200d}👧:\r\n{claim k2|the toll rose\r\nto 40 {hedge k3|reportedly}}. {place k4|世界} {claim k5|Aid 🇫🇷 arrived}.",
    );
    let mut noted = k.annotation("k2").unwrap().clone();
    noted.note = "Include the hedge: «reportedly».\r\nSecond line 😀".into();
    k.replace(noted).unwrap();
    k
}

fn feedback_doc() -> Document {
    with_feedback(&student(), &key(), "Ms Haddad — الأستاذة").expect("the same text")
}

/// Without the classroom sections.
fn plain(d: &Document) -> Document {
    let mut p = d.clone();
    p.assignment = None;
    p.feedback = None;
    p
}

// ---------------------------------------------------------------------------------------------
// Saving and reopening

#[test]
fn both_sections_survive_save_and_reopen_byte_for_byte() {
    let d = feedback_doc();
    let json = to_json(&d);
    let back = from_json(&json).expect("a feedback file opens");
    assert_eq!(back, d);
    assert_eq!(back.feedback.as_ref().unwrap().spans.len(), 5);
    assert_eq!(to_json(&back), json, "saving again gives the same bytes");
    assert!(
        json.find("\"annotator\"") < json.find("\"assignment\"")
            && json.find("\"assignment\"") < json.find("\"feedback\""),
        "after annotator, assignment then feedback"
    );
    let v = value(&d);
    assert_eq!(
        v["assignment"],
        json!({
            "instructions": "Mark every claim.\r\nضع علامة على كل ادعاء 😀\t世界 \"quoted\" \\",
            "hide_suggestions": true,
            "require_name": true
        })
    );
    assert_eq!(v["feedback"]["key"], json!({"name": "Ms Haddad — الأستاذة"}));
    assert_eq!(
        v["feedback"]["spans"][1],
        json!({
            "label": "claim",
            "start": 19,
            "end": 50,
            "quote": "the toll rose\r\nto 40 reportedly",
            "note": "Include the hedge: «reportedly».\r\nSecond line 😀"
        }),
        "offsets in code points: the ZWJ family counts five"
    );
    assert_eq!(v["feedback"]["spans"][3]["label"], "place");
    assert!(
        back.label("place").is_some(),
        "the key's own label is in the file"
    );
}

#[test]
fn a_document_without_them_writes_neither() {
    let json = to_json(&plain(&feedback_doc()));
    assert!(!json.contains("assignment") && !json.contains("feedback"));
    // An empty assignment and an empty key are still written: they say what the file is.
    let mut d = Document::new("T", "abc", None);
    d.assignment = Some(Assignment::default());
    d.feedback = Some(FeedbackKey {
        key_name: String::new(),
        spans: Vec::new(),
    });
    let v = value(&d);
    assert_eq!(
        v["assignment"],
        json!({"instructions": "", "hide_suggestions": false, "require_name": false})
    );
    assert_eq!(v["feedback"], json!({"key": {"name": ""}, "spans": []}));
    assert_eq!(load(&v).unwrap(), d);
}

#[test]
fn null_sections_are_absent_ones() {
    let mut v = value(&feedback_doc());
    v["assignment"] = Value::Null;
    v["feedback"] = Value::Null;
    assert_eq!(load(&v).unwrap(), plain(&feedback_doc()));
}

#[test]
fn instructions_of_exactly_the_limit_open_counted_in_code_points() {
    let mut v = value(&feedback_doc());
    v["assignment"]["instructions"] = json!("👩\u{200d}👧".repeat(666) + "😀😀");
    let d = load(&v).unwrap();
    assert_eq!(d.assignment.unwrap().instructions.chars().count(), 2_000);
}

// ---------------------------------------------------------------------------------------------
// Refusals

#[test]
fn every_broken_section_is_refused_with_its_message() {
    type Breakage = fn(&mut Value);
    let cases: [(Breakage, &str); 13] = [
        (
            |v| v["assignment"]["instructions"] = json!("x".repeat(2_001)),
            "This Close Reader file has a problem in its assignment: its instructions are 2,001 characters long; at most 2,000 are allowed.",
        ),
        (
            |v| v["assignment"]["hide_suggestions"] = json!("yes"),
            "This Close Reader file has a problem in its assignment: invalid type: string \"yes\", expected a boolean.",
        ),
        (
            |v| {
                v["assignment"].as_object_mut().unwrap().remove("require_name");
            },
            "This Close Reader file has a problem in its assignment: missing field `require_name`.",
        ),
        (
            |v| v["assignment"] = json!("Read it"),
            "This Close Reader file has a problem in its assignment: invalid type: string \"Read it\", expected an object with \"instructions\", \"hide_suggestions\" and \"require_name\".",
        ),
        (
            |v| {
                v["feedback"].as_object_mut().unwrap().remove("key");
            },
            "This Close Reader file has a problem in its feedback: missing field `key`.",
        ),
        (
            |v| v["feedback"]["key"] = json!({"nom": "x"}),
            "This Close Reader file has a problem in its feedback: missing field `name`.",
        ),
        (
            |v| v["feedback"]["spans"][1]["start"] = json!("20"),
            "Key span 2 of the feedback cannot be read: invalid type: string \"20\", expected u64.",
        ),
        (
            |v| {
                v["feedback"]["spans"][0].as_object_mut().unwrap().remove("note");
            },
            "Key span 1 of the feedback cannot be read: missing field `note`.",
        ),
        (
            |v| {
                v["feedback"]["spans"][1]["start"] = json!(50);
                v["feedback"]["spans"][1]["end"] = json!(19);
            },
            "Key span 2 of the feedback ends before it starts (start 50, end 19).",
        ),
        (
            |v| v["feedback"]["spans"][4]["end"] = json!(999),
            "Key span 5 of the feedback has offsets [55, 999), outside the text (which has 70 characters).",
        ),
        (
            |v| v["feedback"]["spans"][0]["end"] = json!(0),
            "Key span 1 of the feedback covers no text.",
        ),
        (
            // UTF-16 offsets from another tool: the family counts eight there.
            |v| {
                v["feedback"]["spans"][1]["start"] = json!(22);
                v["feedback"]["spans"][1]["end"] = json!(53);
            },
            "Key span 2 of the feedback quotes \"the toll rose to 40 reportedly\", but the text at its offsets reads \"toll rose to 40 reportedly. 世\".",
        ),
        (
            |v| v["feedback"]["spans"][3]["label"] = json!("Place"),
            "Key span 4 of the feedback uses the label \"Place\", which the file does not define.",
        ),
    ];
    for (breakage, expected) in cases {
        let mut v = value(&feedback_doc());
        breakage(&mut v);
        assert_eq!(message(&v), expected);
    }
}

#[test]
fn format_md_lists_every_classroom_message() {
    let messages = [
        LoadError::BadAssignment {
            detail: "{detail}".into(),
        }
        .to_string(),
        LoadError::BadFeedback {
            detail: "{detail}".into(),
        }
        .to_string(),
        LoadError::BadKeySpan {
            index: 1,
            detail: "cannot be read: {detail}".into(),
        }
        .to_string(),
    ];
    for m in messages {
        let m = m.replace("Key span 1", "Key span {n}");
        assert!(FORMAT_DOC.contains(&m), "format.md lacks: {m}");
    }
    // The others, as the loader gives them, with their values replaced by the table's placeholders.
    type Breakage = fn(&mut Value);
    let cases: [(Breakage, &[(&str, &str)]); 6] = [
        (
            |v| v["assignment"]["instructions"] = json!("x".repeat(2_001)),
            &[("2,001", "{length}")],
        ),
        (
            |v| {
                v["feedback"]["spans"][1]["start"] = json!(50);
                v["feedback"]["spans"][1]["end"] = json!(19);
            },
            &[("start 50, end 19", "start {start}, end {end}")],
        ),
        (
            |v| v["feedback"]["spans"][1]["end"] = json!(999),
            &[("[19, 999)", "[{start}, {end})"), ("70", "{length}")],
        ),
        (|v| v["feedback"]["spans"][1]["end"] = json!(19), &[]),
        (
            |v| v["feedback"]["spans"][1]["quote"] = json!("x"),
            &[
                ("\"x\"", "\"{quote}\""),
                ("\"the toll rose to 40 reportedly\"", "\"{found}\""),
            ],
        ),
        (
            |v| v["feedback"]["spans"][1]["label"] = json!("x"),
            &[("\"x\"", "\"{label}\"")],
        ),
    ];
    for (breakage, placeholders) in cases {
        let mut v = value(&feedback_doc());
        breakage(&mut v);
        let mut m = message(&v).replace("Key span 2", "Key span {n}");
        for (value, placeholder) in placeholders {
            m = m.replace(value, placeholder);
        }
        assert!(FORMAT_DOC.contains(&m), "format.md lacks: {m}");
    }
}

// ---------------------------------------------------------------------------------------------
// The JSON Schema and the documentation

#[test]
fn the_schema_accepts_files_with_both_sections_and_rejects_broken_ones() {
    let validator = validator();
    for d in [feedback_doc(), student(), {
        let mut d = Document::new("", "", None);
        d.assignment = Some(Assignment::default());
        d.feedback = Some(FeedbackKey {
            key_name: String::new(),
            spans: Vec::new(),
        });
        d
    }] {
        assert_eq!(schema_errors(&value(&d)), Vec::<String>::new());
    }
    // The schema counts the instructions' length in code points, as the loader does.
    let mut v = value(&feedback_doc());
    v["assignment"]["instructions"] = json!("😀".repeat(2_000));
    assert!(validator.is_valid(&v));

    type Breakage = fn(&mut Value);
    let breakages: [(&str, Breakage); 10] = [
        ("over-long instructions", |v| {
            v["assignment"]["instructions"] = json!("😀".repeat(2_001))
        }),
        ("a string for a boolean", |v| {
            v["assignment"]["require_name"] = json!("true")
        }),
        ("an assignment without hide_suggestions", |v| {
            v["assignment"]
                .as_object_mut()
                .unwrap()
                .remove("hide_suggestions");
        }),
        ("a misspelt assignment field", |v| {
            v["assignment"]["instruction"] = json!("")
        }),
        ("feedback without spans", |v| {
            v["feedback"].as_object_mut().unwrap().remove("spans");
        }),
        ("a key without a name", |v| v["feedback"]["key"] = json!({})),
        ("a key span start as a string", |v| {
            v["feedback"]["spans"][0]["start"] = json!("9")
        }),
        ("a negative key span end", |v| {
            v["feedback"]["spans"][0]["end"] = json!(-1)
        }),
        ("a key span without a quote", |v| {
            v["feedback"]["spans"][0]
                .as_object_mut()
                .unwrap()
                .remove("quote");
        }),
        ("a key span with an id", |v| {
            v["feedback"]["spans"][0]["id"] = json!("k1")
        }),
    ];
    for (what, breakage) in breakages {
        let mut v = value(&feedback_doc());
        breakage(&mut v);
        assert!(
            !validator.is_valid(&v),
            "the schema accepts a file with {what}"
        );
        // The loader ignores unknown fields (format.md, "How Close Reader reads the file").
        if !what.contains("misspelt") && !what.contains("with an id") {
            assert!(load(&v).is_err(), "the loader accepts a file with {what}");
        }
    }
}

/// The ```json block after `heading` in format.md.
fn block_after(heading: &str) -> &'static str {
    let at = FORMAT_DOC
        .find(heading)
        .unwrap_or_else(|| panic!("format.md has no {heading}"));
    let start = at + FORMAT_DOC[at..].find("```json\n").unwrap() + "```json\n".len();
    let len = FORMAT_DOC[start..].find("```").unwrap();
    &FORMAT_DOC[start..start + len]
}

#[test]
fn the_section_examples_in_format_md_open_on_the_complete_example_and_are_what_close_reader_writes()
{
    let complete: Value = serde_json::from_str(block_after("## A complete example")).unwrap();
    let assignment: Value = serde_json::from_str(block_after("### `assignment`")).unwrap();
    let feedback: Value = serde_json::from_str(block_after("### `feedback`")).unwrap();
    let mut v = complete.clone();
    v["assignment"] = assignment["assignment"].clone();
    v["feedback"] = feedback["feedback"].clone();
    assert_eq!(schema_errors(&v), Vec::<String>::new());
    let d = load(&v).expect("the documented sections open");
    let a = d.assignment.as_ref().unwrap();
    assert!(a.hide_suggestions && a.require_name);
    assert!(a.instructions.contains('\n'));
    let key = d.feedback.as_ref().unwrap();
    assert_eq!(key.key_name, "Answer key");
    assert_eq!(d.text.slice(key.spans[0].span), "قال");
    assert_eq!(key.spans[0].span, Span::new(9, 12).unwrap());
    let written = value(&d);
    assert_eq!(written["assignment"], v["assignment"]);
    assert_eq!(written["feedback"], v["feedback"]);
    // Each block is laid out as Close Reader writes it (two-space indent, fields in order).
    let json = to_json(&d);
    for block in [
        block_after("### `assignment`"),
        block_after("### `feedback`"),
    ] {
        let inner: Vec<&str> = block.lines().skip(1).collect();
        let inner = inner[..inner.len() - 1].join("\n");
        assert!(
            json.contains(&inner),
            "not what Close Reader writes:\n{inner}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Version 2, and the other exports

#[test]
fn a_version_2_file_opens_without_the_sections_and_saves_as_version_3() {
    let d = plain(&feedback_doc());
    let v3 = to_json(&d);
    let v2 = v3.replace("\"version\": 3,", "\"version\": 2,");
    assert_ne!(v2, v3);
    let opened = from_json(&v2).expect("version 2 files open");
    assert_eq!(opened, d);
    assert_eq!(to_json(&opened), v3, "only the version changes");
    // Sections in a version 2 file did not exist then: they are not read, even when broken.
    let mut v = value(&feedback_doc());
    v["version"] = json!(2);
    assert_eq!(load(&v).unwrap(), d);
    v["assignment"]["instructions"] = json!(7);
    v["feedback"]["spans"][0]["end"] = json!(999);
    assert_eq!(load(&v).unwrap(), d);
}

#[test]
fn the_other_exports_do_not_change() {
    let (with, without) = (feedback_doc(), plain(&feedback_doc()));
    let opts = w3c::W3cOptions {
        document_id: "urn:x:toll",
        creator: Some("Zoë"),
    };
    assert_eq!(
        w3c::to_w3c_json(&with, &opts),
        w3c::to_w3c_json(&without, &opts)
    );
    for bom in [false, true] {
        let o = csv::CsvOptions { bom };
        assert_eq!(csv::to_csv(&with, o), csv::to_csv(&without, o));
    }
    assert_eq!(doccano::to_jsonl(&with), doccano::to_jsonl(&without));
    assert_eq!(
        label_studio::to_json(&with),
        label_studio::to_json(&without)
    );
    // The key's label is the only difference the feedback brings: brat declares every label.
    let mut without_labels = without.clone();
    without_labels.labels = with.labels.clone();
    assert_eq!(brat::to_brat(&with), brat::to_brat(&without_labels));
    let r = report::ReportOptions { generated: None };
    assert_eq!(
        report::to_html(&with, &r),
        report::to_html(&without_labels, &r)
    );
    let summary = |d: &Document| -> Value {
        serde_json::from_str::<Value>(&to_json_with_summary(d)).unwrap()["summary"].clone()
    };
    assert_eq!(summary(&with), summary(&without_labels));
}

// ---------------------------------------------------------------------------------------------
// Properties over random documents

const PIECES: &[&str] = &[
    "a",
    "Z",
    " ",
    "é",
    "e\u{301}",
    "👩\u{200d}👧",
    "🇫🇷",
    "😀",
    "世",
    "ق",
    "ש",
    "\r\n",
    "\n",
    "\t",
    "\u{a0}",
    "\"",
    "\\",
];

fn any_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|v| v.concat())
}

type Spans = Vec<(usize, usize, usize, String)>;

fn random_classroom_doc() -> impl Strategy<Value = Document> {
    let spans = || prop::collection::vec((0usize..120, 1usize..30, 0usize..4, any_text(5)), 0..8);
    (
        any_text(50),
        prop::option::of((any_text(40), any::<bool>(), any::<bool>())),
        prop::option::of((any_text(6), spans())),
        spans(),
    )
        .prop_map(
            |(text, assignment, feedback, annotations): (
                String,
                _,
                Option<(String, Spans)>,
                Spans,
            )| {
                let mut d = Document::new("Random", &text, None);
                d.labels.push(Label::new("mine", "Mine 😀", "#0a0b0c", "m"));
                let labels = ["claim", "source", "hedge", "mine"];
                let n = d.text.len();
                let fit = |s: usize, len: usize| Span::new(s.min(n), (s + len).min(n)).unwrap();
                for (i, (s, len, k, note)) in annotations.into_iter().enumerate() {
                    let mut a =
                        Annotation::new(&format!("a{}", i + 1), labels[k], fit(s, len), "t");
                    a.note = note;
                    let _ = d.insert(a); // empty spans at the end of the text are skipped
                }
                d.assignment =
                    assignment.map(
                        |(instructions, hide_suggestions, require_name)| Assignment {
                            instructions,
                            hide_suggestions,
                            require_name,
                            rubric: None,
                        },
                    );
                d.feedback = feedback.map(|(key_name, spans)| FeedbackKey {
                    key_name,
                    spans: spans
                        .into_iter()
                        .map(|(s, len, k, note)| KeySpan {
                            label: labels[k].into(),
                            span: fit(s, len),
                            note,
                        })
                        .filter(|k| !k.span.is_empty())
                        .collect(),
                });
                d
            },
        )
}

proptest! {
    #[test]
    fn any_classroom_document_round_trips_and_matches_the_schema(d in random_classroom_doc()) {
        let json = to_json(&d);
        let back = from_json(&json);
        prop_assert_eq!(back.as_ref(), Ok(&d));
        prop_assert_eq!(to_json(&back.unwrap()), json);
        let errors = schema_errors(&value(&d));
        prop_assert!(errors.is_empty(), "{:?}", errors);
    }
}
