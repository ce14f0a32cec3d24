//! Conversations on spans in the native file: a thread on an annotation and one on a missed key
//! span survive saving and reopening byte for byte (any random thread, too), match the JSON
//! Schema, leave files without threads as they were, are ignored by a reader that does not know
//! them, are refused with a message naming the thread, and merge the teacher's copy with the
//! student's replies without losing a message.

mod support;

use close_reader_core::formats::native::{from_json, to_json, PLAIN_VERSION};
use close_reader_core::formats::native_stream::Reading;
use close_reader_core::model::{merge_threads, Message, Thread};
use close_reader_core::{Document, Span};
use proptest::prelude::*;
use serde_json::{json, Value};
use support::{any_doc, article_doc, find};

const SCHEMA: &str = include_str!("../../docs/close-reader.schema.json");

fn schema_errors(v: &Value) -> Vec<String> {
    let schema = jsonschema::draft7::new(&serde_json::from_str(SCHEMA).unwrap()).unwrap();
    schema
        .iter_errors(v)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

fn msg(id: &str, author: &str, time: &str, text: &str) -> Message {
    Message {
        id: id.into(),
        author: author.into(),
        time: time.into(),
        text: text.into(),
    }
}

/// The article with a teacher's comment on its first annotation and one on a span it lacks.
fn commented() -> Document {
    let mut d = article_doc();
    let first = d.annotations()[0].clone();
    let on_annotation = Thread::start(
        &d.threads,
        first.span,
        Some(&first.id),
        msg(
            "teacher-m1",
            "Ms Haddad",
            "2026-12-07T09:00:00Z",
            "Who says so? 😀",
        ),
    );
    d.threads.push(on_annotation);
    let (s, e) = find(d.text.as_str(), "قال الوزير");
    let missed = Thread::start(
        &d.threads,
        Span::new(s, e).unwrap(),
        None,
        msg(
            "teacher-m1",
            "Ms Haddad",
            "2026-12-07T09:01:00Z",
            "You missed this source.\nLook again.",
        ),
    );
    d.threads.push(missed);
    d
}

fn refusal(v: &Value) -> String {
    from_json(&v.to_string())
        .expect_err("the file should be refused")
        .to_string()
}

#[test]
fn threads_round_trip_byte_for_byte_in_a_version_3_file_the_schema_accepts() {
    let d = commented();
    let json = to_json(&d);
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["version"], PLAIN_VERSION, "threads need no new version");
    assert_eq!(schema_errors(&v), Vec::<String>::new());
    assert_eq!(v["threads"][1]["quote"], json!("قال الوزير"));
    assert!(
        v["threads"][1].get("annotation").is_none(),
        "a missed span names no annotation"
    );
    assert_eq!(v["threads"][0]["annotation"], json!(d.annotations()[0].id));
    let opened = from_json(&json).unwrap();
    assert_eq!(opened, d);
    assert_eq!(to_json(&opened), json, "saved again byte for byte");
    assert_eq!(
        Reading::run(json.clone().into_bytes()).unwrap(),
        d,
        "the streaming reader too"
    );
}

#[test]
fn a_file_without_threads_is_written_as_before_and_null_means_none() {
    let d = article_doc();
    let json = to_json(&d);
    assert!(!json.contains("threads"));
    let with_null = json.replacen("\"links\": [", "\"threads\": null,\n  \"links\": [", 1);
    assert_ne!(with_null, json);
    assert_eq!(from_json(&with_null).unwrap(), d);
}

#[test]
fn an_older_reader_ignores_threads_as_an_unknown_member() {
    let json = to_json(&commented()).replacen("\"threads\":", "\"threads_of_a_later_version\":", 1);
    assert_eq!(from_json(&json).unwrap(), article_doc());
}

#[test]
fn a_thread_survives_the_removal_of_its_annotation() {
    let mut d = commented();
    let id = d.annotations()[0].id.clone();
    d.remove(&id);
    let opened = from_json(&to_json(&d)).unwrap();
    assert_eq!(opened.threads, d.threads);
    assert_eq!(opened.threads[0].annotation.as_deref(), Some(id.as_str()));
}

#[test]
fn a_broken_thread_is_refused_naming_it() {
    let file: Value = serde_json::from_str(&to_json(&commented())).unwrap();
    let with = |edit: &dyn Fn(&mut Value)| {
        let mut v = file.clone();
        edit(&mut v);
        v
    };
    let cases: Vec<(Value, &str)> = vec![
        (
            with(&|v| v["threads"] = json!({"t1": {}})),
            "This Close Reader file has a problem in its threads: it is not a list.",
        ),
        (
            with(&|v| v["threads"][1]["quote"] = json!("قال")),
            "Comment thread 2 quotes \"قال\", but the text at its offsets reads \"قال الوزير\".",
        ),
        (
            with(&|v| v["threads"][1]["end"] = json!(100_000)),
            "Comment thread 2 has offsets [",
        ),
        (
            with(&|v| v["threads"][1]["id"] = json!("t1")),
            "Comment thread 2 has the id \"t1\", as an earlier thread does.",
        ),
        (
            with(&|v| v["threads"][0]["messages"][0]["time"] = json!("Monday 9am")),
            "Comment thread 1 has a message (1) that has the time \"Monday 9am\", which is not an RFC 3339 date and time (such as 2026-12-07T18:02:11Z).",
        ),
        (
            with(&|v| v["threads"][0]["messages"][0]["author"] = json!("")),
            "Comment thread 1 has a message (1) that has no author.",
        ),
        (
            with(&|v| v["threads"][0]["messages"] = json!([])),
            "Comment thread 1 has no messages.",
        ),
    ];
    for (v, expected) in cases {
        let got = refusal(&v);
        assert!(got.starts_with(expected), "{got}\n  expected {expected}");
    }
    let missing = refusal(&with(&|v| {
        v["threads"][0]["messages"][0]
            .as_object_mut()
            .unwrap()
            .remove("text");
    }));
    assert!(
        missing.starts_with("Comment thread 1 cannot be read: missing field `text`"),
        "{missing}"
    );
}

#[test]
fn the_teacher_sees_the_students_reply_and_keeps_a_comment_written_meanwhile() {
    let teachers = commented();
    // The student opens the feedback file, replies on the first thread, and hands the file in.
    let mut students = from_json(&to_json(&teachers)).unwrap();
    let thread = &mut students.threads[0];
    let id = thread.next_message_id("student");
    thread.messages.push(msg(
        &id,
        "Rana",
        "2026-12-08T16:30:00Z",
        "The minister does.",
    ));
    let handed_in = to_json(&students);
    // Meanwhile the teacher added a second comment on the other thread.
    let mut teachers_now = teachers.clone();
    let t = &mut teachers_now.threads[1];
    let id = t.next_message_id("teacher");
    t.messages.push(msg(
        &id,
        "Ms Haddad",
        "2026-12-08T08:00:00Z",
        "Hint: the Arabic line.",
    ));
    let merged = merge_threads(
        &teachers_now.threads,
        &from_json(&handed_in).unwrap().threads,
    );
    let texts: Vec<Vec<&str>> = merged
        .iter()
        .map(|t| t.messages.iter().map(|m| m.text.as_str()).collect())
        .collect();
    assert_eq!(
        texts,
        [
            vec!["Who says so? 😀", "The minister does."],
            vec![
                "You missed this source.\nLook again.",
                "Hint: the Arabic line."
            ],
        ]
    );
}

fn any_message(side: usize) -> impl Strategy<Value = Message> {
    (
        "[A-Za-z😀 ]{0,6}[A-Za-z]",
        0u32..24,
        0u32..60,
        "[a-z😀\"\\\\\n\u{2028} ]{0,20}[a-z]",
    )
        .prop_map(move |(author, h, m, text)| Message {
            id: String::new(),
            author: if side == 0 {
                format!("T {author}")
            } else {
                author
            },
            time: format!("2026-12-07T{h:02}:{m:02}:00Z"),
            text,
        })
}

fn with_threads() -> impl Strategy<Value = Document> {
    (
        any_doc(),
        prop::collection::vec(
            (
                0usize..200,
                1usize..30,
                any::<bool>(),
                prop::collection::vec(any_message(0), 1..4),
            ),
            0..4,
        ),
    )
        .prop_map(|(mut d, threads)| {
            let n = d.text.len();
            for (s, l, on_annotation, messages) in threads {
                let s = s % n;
                let span = Span::new(s, (s + l).min(n)).unwrap();
                let annotation = d
                    .annotations()
                    .first()
                    .filter(|_| on_annotation)
                    .map(|a| a.id.clone());
                let mut t =
                    Thread::start(&d.threads, span, annotation.as_deref(), messages[0].clone());
                t.messages[0].id = "teacher-m1".into();
                for mut m in messages.into_iter().skip(1) {
                    m.id = t.next_message_id("student");
                    t.messages.push(m);
                }
                d.threads.push(t);
            }
            d
        })
}

proptest! {
    #[test]
    fn any_document_with_threads_round_trips_exactly(d in with_threads()) {
        let json = to_json(&d);
        let opened = from_json(&json).unwrap();
        prop_assert_eq!(&opened, &d);
        prop_assert_eq!(to_json(&opened), json.clone());
        let v: Value = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(schema_errors(&v), Vec::<String>::new());
    }

    #[test]
    fn merging_never_loses_a_message_and_is_idempotent(a in with_threads(), extra in prop::collection::vec(any_message(1), 0..3)) {
        // The student's copy: the teacher's threads with replies added to the first.
        let mut theirs = a.threads.clone();
        if let Some(t) = theirs.first_mut() {
            for mut m in extra {
                m.id = t.next_message_id("student");
                t.messages.push(m);
            }
        }
        let merged = merge_threads(&a.threads, &theirs);
        for t in a.threads.iter().chain(&theirs) {
            let m = merged.iter().find(|x| x.id == t.id).unwrap();
            for message in &t.messages {
                prop_assert!(m.messages.contains(message), "lost {:?}", message);
            }
            prop_assert_eq!(m.problem(), None);
        }
        prop_assert_eq!(merge_threads(&merged, &theirs), merged.clone());
        prop_assert_eq!(merge_threads(&merged, &a.threads), merged);
    }
}
