//! Writes the committed seed files, `corpus/<target>/seed-*`: the core's test fixtures and the
//! sample article (as in the core's tests) exported to every format. Run from `fuzz/`:
//! `cargo run --example seeds`. libFuzzer adds the files it finds to the same folders under
//! hashed names, which `.gitignore` keeps out of the repository.

use std::fs;
use std::path::Path;

use close_reader_core::formats::assignment_link::{assignment_file, base64url_encode};
use close_reader_core::formats::{brat, csv, doccano, journal, label_studio, native, w3c};
use close_reader_core::model::blocks::blocks;
use close_reader_core::model::classroom::with_feedback;
use close_reader_core::model::shape::{BlockKind, Mark, MarkKind, Shape, ShapeBlock};
use close_reader_core::{Assignment, Link, LinkKind};
use close_reader_fuzz::{article_doc, ARTICLE};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures")
        .join(name);
    let raw = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    // Compact, to keep the seeds small.
    let v: serde_json::Value = serde_json::from_str(&raw).expect("fixtures are JSON");
    serde_json::to_string(&v).expect("serialises")
}

fn write(target: &str, name: &str, bytes: impl AsRef<[u8]>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(target);
    fs::create_dir_all(&dir).expect("corpus folder");
    fs::write(dir.join(format!("seed-{name}")), bytes).expect("seed written");
}

/// `text NUL rest`, the input of the targets that take a text.
fn with_text(text: &str, rest: &[u8]) -> Vec<u8> {
    let mut v = text.as_bytes().to_vec();
    v.push(0);
    v.extend_from_slice(rest);
    v
}

fn main() {
    let doc = article_doc();
    let mut linked = doc.clone();
    linked
        .insert_link(Link::new("l1", "a6", "a2", LinkKind::SupportedBy))
        .expect("both ends exist");
    // Journals over the sample article: its links and a note changed, an annotation gone; and whole.
    let mut changed = linked.clone();
    let mut noted = changed.annotation("a2").expect("a2").clone();
    noted.note = "Who said so?".into();
    changed.replace(noted);
    changed.remove("a4");
    let touched = ["a2".to_string(), "a4".to_string()];
    write(
        "journal",
        "changes",
        journal::changes("d1", "c", &changed, &touched),
    );
    write("journal", "whole", journal::whole("d1", "c", &linked));
    let w3c = w3c::to_w3c_json(
        &doc,
        &w3c::W3cOptions {
            document_id: "scam",
            creator: Some("Rana"),
        },
    );
    let compact = |s: &str| {
        let v: serde_json::Value = serde_json::from_str(s).expect("JSON");
        serde_json::to_string(&v).expect("serialises")
    };
    let w3c = compact(&w3c);
    let v1 = fixture("format_v1_example.json");
    let recogito = fixture("recogito_annotations.json");
    let hypothesis = fixture("hypothesis_search.json");
    let jsonl = doccano::to_jsonl(&doc);
    let tasks = compact(&label_studio::to_json(&doc));
    let sheet = csv::to_csv(&doc, csv::CsvOptions { bom: true });
    let ann = brat::to_brat(&doc).ann;

    // The article as an assignment, and a student's file on it with the key as feedback.
    let mut assigned = doc.clone();
    assigned.assignment = Some(Assignment {
        instructions: "Mark every claim and its source.\r\nضع علامة 😀".into(),
        hide_suggestions: true,
        require_name: true,
        rubric: None,
    });
    let mut student = linked.clone();
    student.assignment = assigned.assignment.clone();
    student.annotator = Some("Rana".into());
    let feedback = with_feedback(&student, &assigned, "Answer key").expect("the same text");
    let assignment = compact(&assignment_file(&assigned));

    write("native", "v1-example.json", &v1);
    // Without the classroom sections, version 2 wrote what version 3 writes but for the version.
    let mut v2: serde_json::Value = serde_json::from_str(&native::to_json(&linked)).expect("JSON");
    v2["version"] = 2.into();
    write("native", "v2-article.json", compact(&v2.to_string()));
    write(
        "native",
        "v3-feedback.json",
        compact(&native::to_json(&feedback)),
    );
    // The article with a structure (version 4): its title a heading, the next two lines a quote,
    // the last a numbered item; a bold word, and a link across a line end.
    let mut shaped = linked.clone();
    let lines = blocks(&shaped.text);
    let from_to = |a: usize, b: usize| lines[a].span.start()..lines[b].span.end();
    let span =
        |r: std::ops::Range<usize>| close_reader_core::Span::new(r.start, r.end).expect("ordered");
    shaped.shape = Shape::new(
        &shaped.text,
        vec![
            ShapeBlock {
                span: span(from_to(0, 0)),
                kind: BlockKind::Heading(1),
            },
            ShapeBlock {
                span: span(from_to(1, 2)),
                kind: BlockKind::Quote(1),
            },
            ShapeBlock {
                span: span(from_to(3, 3)),
                kind: BlockKind::Item {
                    ordered: true,
                    depth: 1,
                    number: Some(3),
                },
            },
        ],
        vec![
            Mark {
                span: span(20..25),
                kind: MarkKind::Strong,
            },
            Mark {
                span: span(lines[1].span.end() - 6..lines[2].span.start() + 3),
                kind: MarkKind::Link("https://example.org/\"scam\"".into()),
            },
        ],
    )
    .expect("whole lines");
    write(
        "native",
        "v4-structure.json",
        compact(&native::to_json(&shaped)),
    );

    write(
        "assignment_link",
        "fragment",
        format!("#assignment={}", base64url_encode(assignment.as_bytes())),
    );
    write("assignment_link", "file.json", &assignment);
    write("assignment_link", "damaged", "#assignment=Zm9v+g");

    write("detect", "native.json", &v1);
    write("detect", "w3c.jsonld", &w3c);
    write("detect", "hypothesis.json", &hypothesis);
    write("detect", "doccano.jsonl", &jsonl);
    write("detect", "label-studio.json", &tasks);
    write("detect", "article.csv", &sheet);
    write("detect", "article.ann", &ann);

    write("w3c_import", "recogito.json", &recogito);
    write("w3c_import", "hypothesis.json", &hypothesis);
    write("w3c_import", "export.jsonld", &w3c);

    write("doccano", "article.jsonl", &jsonl);
    write(
        "doccano",
        "entities.jsonl",
        "{\"text\": \"ab cd\", \"entities\": [{\"id\": 1, \"start_offset\": 0, \"end_offset\": 2, \"label\": \"Claim\"}, {\"id\": 2, \"start_offset\": 3, \"end_offset\": 99, \"label\": \"Claim\"}]}\n{\"text\": \"second\", \"label\": [[0, 6, \"Hedge\"]]}\n",
    );
    write("label_studio", "article.json", &tasks);
    write(
        "label_studio",
        "utf16-offsets.json",
        r#"[{"data": {"text": "💩This is an annotation."}, "annotations": [{"result": [{"id": "r1", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 13, "end": 23, "text": "annotation", "labels": ["Claim"]}}, {"id": "r1", "from_name": "note", "to_name": "text", "type": "textarea", "value": {"start": 13, "end": 23, "text": ["a note"]}}]}]}]"#,
    );
    write("csv", "article.csv", &sheet);
    write("brat", "article.ann", &ann);
    write(
        "brat",
        "fragments.ann",
        with_text(
            "First line\nsecond line\n",
            b"T1\tClaim 6 10;11 17\tline second\n#1\tAnnotatorNotes T1\tacross\nR1\tRel Arg1:T1 Arg2:T1\n",
        ),
    );

    // Structured targets: a text, then bytes that `arbitrary` turns into parameters.
    let params: Vec<u8> = (0u8..=255)
        .map(|i| i.wrapping_mul(37).wrapping_add(11))
        .collect();
    for target in ["anchor", "exports", "text"] {
        write(target, "article", with_text(ARTICLE, &params));
        write(
            target,
            "paragraphs",
            with_text(
                "One\r\n\r\nTwo\n\tThree\u{a0}\rFour 😀 é\u{301}",
                &params[..64],
            ),
        );
    }
    write("text", "plain", ARTICLE);
    write("history", "ops", &params);
    write("history", "short", &params[..32]);
    write("order", "bytes", &params[..96]);
}
