//! The article's structure in the native file (version 4): a shaped document is saved and opened
//! again byte for byte in any script, with every annotation where it was; a plain one is still
//! written as version 3, exactly as before; every broken structure is refused with a message naming
//! the block or mark, by the whole reader and the one that reads in slices alike; everything that
//! saves a document (journal, assignment, feedback, collected files, the summary) keeps the shape,
//! and the exports that cannot hold it drop it and nothing else. docs/format.md and the schema say
//! the same.

use close_reader_core::formats::native::{from_json, to_json, LoadError, PLAIN_VERSION, VERSION};
use close_reader_core::formats::native_stream::Reading;
use close_reader_core::model::shape::{BlockKind, Mark, MarkKind, Shape, ShapeBlock};
use close_reader_core::{Annotation, Assignment, Document, Link, LinkKind, Span};
use proptest::prelude::*;
use serde_json::{json, Value};

mod random_shapes;

const SCHEMA: &str = include_str!("../../docs/close-reader.schema.json");
const FORMAT_DOC: &str = include_str!("../../docs/format.md");
const V3_FEEDBACK: &str = include_str!("fixtures/format_v3_feedback.json");
const V3_SUMMARY: &str = include_str!("fixtures/format_v3_summary.json");

/// The article of format.md's structure example: a heading, paragraphs (one with emphasis, one
/// left without a block), a numbered list whose second item runs over two lines, a quote, a
/// caption and a note with a link and code.
const ARTICLE: &str = "Harbour wall to be raised before winter\n\
The council will raise the sea wall by half a metre, its engineer said on Monday.\n\
What changes:\n\
The quay closes for six weeks from 1 October.\n\
Parking moves to the old market,\n\
which opens at 6 a.m.\n\
“We cannot wait for the next storm,” the mayor said.\n\
The wall at high tide. Photo: council\n\
Figures from the council’s report, file wall-2025.pdf.";

fn cp(text: &str, needle: &str) -> Span {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is not in the text"));
    let start = text[..byte].chars().count();
    Span::new(start, start + needle.chars().count()).unwrap()
}

/// From the start of `first` to the end of `last`.
fn lines(text: &str, first: &str, last: &str) -> Span {
    Span::new(cp(text, first).start(), cp(text, last).end()).unwrap()
}

fn example_doc() -> Document {
    let t = ARTICLE;
    let mut d = Document::new(
        "Harbour wall to be raised",
        t,
        Some("https://example.org/harbour".into()),
    );
    let block = |span, kind| ShapeBlock { span, kind };
    let item = |number| BlockKind::Item {
        ordered: true,
        depth: 1,
        number: Some(number),
    };
    let blocks = vec![
        block(
            cp(t, "Harbour wall to be raised before winter"),
            BlockKind::Heading(1),
        ),
        block(cp(t, "What changes:"), BlockKind::Paragraph),
        block(
            cp(t, "The quay closes for six weeks from 1 October."),
            item(1),
        ),
        block(lines(t, "Parking moves", "at 6 a.m."), item(2)),
        block(
            cp(t, "“We cannot wait for the next storm,” the mayor said."),
            BlockKind::Quote(1),
        ),
        block(
            cp(t, "The wall at high tide. Photo: council"),
            BlockKind::Caption,
        ),
        block(
            cp(t, "Figures from the council’s report, file wall-2025.pdf."),
            BlockKind::Note,
        ),
    ];
    let mark = |span, kind| Mark { span, kind };
    let marks = vec![
        mark(cp(t, "half a metre"), MarkKind::Emphasis),
        mark(cp(t, "What changes"), MarkKind::Strong),
        mark(
            cp(t, "the council’s report"),
            MarkKind::Link("https://example.org/wall.pdf".into()),
        ),
        mark(cp(t, "wall-2025.pdf"), MarkKind::Code),
    ];
    d.shape = Shape::new(&d.text, blocks, marks).unwrap();
    let ann = |id: &str, label: &str, needle: &str| {
        Annotation::new(id, label, cp(t, needle), "2025-03-14T09:26:53Z")
    };
    d.insert(ann("a1", "claim", "We cannot wait for the next storm"))
        .unwrap();
    d.insert(ann("a2", "source", "the mayor")).unwrap();
    d.insert_link(Link::new("l1", "a1", "a2", LinkKind::SupportedBy))
        .unwrap();
    d
}

fn plain(d: &Document) -> Document {
    let mut p = d.clone();
    p.shape = Shape::default();
    p
}

fn read_in_slices(json: &str, budget: usize) -> Result<Document, LoadError> {
    let mut r = Reading::new(json.as_bytes().to_vec());
    loop {
        match r.step(budget) {
            close_reader_core::formats::native_stream::Step::Working { .. } => {}
            close_reader_core::formats::native_stream::Step::Done(d) => return Ok(*d),
            close_reader_core::formats::native_stream::Step::Failed(e) => return Err(e),
        }
    }
}

/// Opens `json` with the whole reader, and checks that the reader in slices says the same.
fn open(json: &str) -> Result<Document, LoadError> {
    let whole = from_json(json);
    for budget in [3, 64, 1 << 20] {
        assert_eq!(read_in_slices(json, budget), whole, "budget {budget}");
    }
    assert_eq!(Reading::run(json.as_bytes().to_vec()), whole);
    whole
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft7::new(&serde_json::from_str(SCHEMA).unwrap()).unwrap()
}

/// The JSON example under a heading of format.md.
fn example_under(heading: &str) -> &'static str {
    let at = FORMAT_DOC
        .find(heading)
        .unwrap_or_else(|| panic!("format.md has no {heading}"));
    let start = at + FORMAT_DOC[at..].find("```json\n").unwrap() + "```json\n".len();
    let len = FORMAT_DOC[start..].find("```").unwrap();
    &FORMAT_DOC[start..start + len]
}

// ---------------------------------------------------------------------------------------------
// Writing and reading

#[test]
fn the_structure_example_in_format_md_is_exactly_what_close_reader_writes() {
    let example = example_under("## The structure");
    let d = open(example).expect("the documented example opens");
    assert_eq!(d, example_doc());
    assert_eq!(
        to_json(&d),
        example,
        "format.md's example is not what Close Reader writes"
    );
    let v: Value = serde_json::from_str(example).unwrap();
    assert_eq!(v["version"], VERSION);
    let errors: Vec<String> = validator().iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn a_shaped_file_is_version_4_and_without_its_structure_the_plain_files_bytes() {
    let d = example_doc();
    let json = to_json(&d);
    let plain_json = to_json(&plain(&d));
    assert!(plain_json.contains("\n  \"version\": 3,\n") && !plain_json.contains("structure"));
    assert!(json.contains("\n  \"version\": 4,\n"));
    // The structure is one member after the others; take it away and the version back, and the
    // file is the plain document's.
    let from = json.find(",\n  \"structure\": {").unwrap();
    let to = from + json[from..].find("\n  }").unwrap() + "\n  }".len();
    let without = format!("{}{}", &json[..from], &json[to..]).replacen(
        "\"version\": 4,",
        "\"version\": 3,",
        1,
    );
    assert_eq!(without, plain_json);
    // Each block and mark is on a line of its own.
    assert!(json
        .contains("\n      {\"start\": 0, \"end\": 39, \"kind\": \"heading\", \"level\": 1},\n"));
    assert_eq!(PLAIN_VERSION, 3);
    assert_eq!(VERSION, 4);
}

#[test]
fn version_3_files_written_before_version_4_open_and_save_unchanged() {
    // Written by the writer before version 4 (core/tests/fixtures/remake_v3.sh).
    let feedback = open(V3_FEEDBACK).expect("the feedback file opens");
    assert!(feedback.shape.is_empty() && feedback.feedback.is_some());
    assert!(feedback.assignment.is_some());
    assert_eq!(to_json(&feedback), V3_FEEDBACK);
    let summarised = open(V3_SUMMARY).expect("the summarised file opens");
    assert_eq!(
        close_reader_core::analysis::evidence::to_json_with_summary(&summarised),
        V3_SUMMARY
    );
    // The first example of format.md, a version 3 file, too.
    let first = example_under("## A complete example");
    assert_eq!(to_json(&open(first).unwrap()), first);
    assert!(first.contains("\"version\": 3,"));
}

#[test]
fn a_version_3_file_with_a_structure_member_ignores_it() {
    // Version 3 never had a structure: such a member is not read (as version 2 ignores an
    // `assignment`), even when it would not be a valid one.
    let mut v: Value = serde_json::from_str(&to_json(&example_doc())).unwrap();
    v["version"] = json!(3);
    assert_eq!(open(&v.to_string()).unwrap(), plain(&example_doc()));
    v["structure"] = json!({"blocks": "none", "other": [1, {"x": null}]});
    assert_eq!(open(&v.to_string()).unwrap(), plain(&example_doc()));
    // Not JSON is still not JSON.
    let broken = v.to_string().replace("\"x\":null", "\"x\":nul");
    assert!(matches!(open(&broken), Err(LoadError::NotJson { .. })));
}

#[test]
fn a_version_4_file_without_structure_or_with_null_is_a_plain_text() {
    let mut v: Value = serde_json::from_str(&to_json(&example_doc())).unwrap();
    v["structure"] = Value::Null;
    assert_eq!(open(&v.to_string()).unwrap(), plain(&example_doc()));
    v.as_object_mut().unwrap().remove("structure");
    assert_eq!(open(&v.to_string()).unwrap(), plain(&example_doc()));
}

#[test]
fn fields_the_structure_does_not_know_are_ignored() {
    let mut v: Value = serde_json::from_str(&to_json(&example_doc())).unwrap();
    v["structure"]["tables"] = json!([{"start": 0, "end": 3, "rows": [[1]]}]);
    v["structure"]["blocks"][0]["align"] = json!("centre");
    v["structure"]["blocks"][1]["level"] = json!(3); // a paragraph has no level
    v["structure"]["marks"][0]["colour"] = json!("#ff0000");
    v["structure"]["marks"][1]["href"] = json!("https://x.example"); // only a link has one
    assert_eq!(open(&v.to_string()).unwrap(), example_doc());
    // Saved again, only what Close Reader knows is written.
    assert_eq!(
        to_json(&open(&v.to_string()).unwrap()),
        to_json(&example_doc())
    );
}

/// Each broken structure of a hand-made version 4 file, and the message it gets.
#[test]
fn a_broken_structure_is_refused_naming_the_block_or_mark() {
    let base: Value = serde_json::from_str(&to_json(&example_doc())).unwrap();
    type Breakage = fn(&mut Value);
    let cases: [(Breakage, &str); 20] = [
        (
            |v| v["structure"]["blocks"][1]["kind"] = json!("table"),
            "Block 2 of the structure has the kind \"table\", which Close Reader does not know (it knows paragraph, heading, item, quote, caption, note, preformatted).",
        ),
        (
            |v| v["structure"]["marks"][3]["kind"] = json!("underline"),
            "Mark 4 of the structure has the kind \"underline\", which Close Reader does not know (it knows strong, emphasis, code, link).",
        ),
        (
            |v| v["structure"]["blocks"][6]["end"] = json!(9999),
            "Block 7 of the structure reaches past the end of the text.",
        ),
        (
            |v| v["structure"]["marks"][0]["end"] = json!(100_000),
            "Mark 1 of the structure reaches past the end of the text.",
        ),
        (
            |v| v["structure"]["blocks"][0]["end"] = json!(10),
            "Block 1 of the structure does not start and end at the edges of lines.",
        ),
        (
            |v| {
                let start = v["structure"]["blocks"][2]["start"].as_u64().unwrap();
                v["structure"]["blocks"][2]["start"] = json!(start + 1);
            },
            "Block 3 of the structure does not start and end at the edges of lines.",
        ),
        (
            |v| v["structure"]["blocks"].as_array_mut().unwrap().swap(0, 1),
            "Block 2 of the structure overlaps the one before it or comes before it.",
        ),
        (
            |v| {
                let first = v["structure"]["blocks"][0].clone();
                v["structure"]["blocks"].as_array_mut().unwrap().insert(1, first);
            },
            "Block 2 of the structure overlaps the one before it or comes before it.",
        ),
        (
            |v| {
                v["structure"]["blocks"][0].as_object_mut().unwrap().remove("level");
            },
            "Block 1 of the structure is a heading without a \"level\".",
        ),
        (
            |v| v["structure"]["blocks"][0]["level"] = json!(7),
            "Block 1 of the structure is a heading of level 7; a level runs from 1 to 6.",
        ),
        (
            |v| {
                v["structure"]["blocks"][2].as_object_mut().unwrap().remove("ordered");
            },
            "Block 3 of the structure is an item without an \"ordered\".",
        ),
        (
            |v| v["structure"]["blocks"][4]["depth"] = json!(0),
            "Block 5 of the structure has the depth 0; a depth runs from 1 to 16.",
        ),
        (
            |v| v["structure"]["blocks"][3]["number"] = json!(5_000_000_000u64),
            "Block 4 of the structure has the number 5000000000, larger than any list's (4294967295).",
        ),
        (
            |v| {
                v["structure"]["marks"][2].as_object_mut().unwrap().remove("href");
            },
            "Mark 3 of the structure is a link without an \"href\".",
        ),
        (
            |v| v["structure"]["marks"][1]["start"] = json!(140),
            "Mark 2 of the structure ends before it starts (start 140, end 134).",
        ),
        (
            |v| v["structure"]["blocks"][5]["end"] = v["structure"]["blocks"][5]["start"].clone(),
            "Block 6 of the structure covers no text.",
        ),
        (
            |v| v["structure"]["blocks"][0]["start"] = json!("0"),
            "Block 1 of the structure cannot be read: invalid type: string \"0\", expected u64.",
        ),
        (
            |v| v["structure"]["marks"][0] = json!("bold"),
            "Mark 1 of the structure cannot be read: invalid type: string \"bold\", expected an object with \"start\", \"end\" and \"kind\".",
        ),
        (
            |v| {
                v["structure"].as_object_mut().unwrap().remove("marks");
            },
            "This Close Reader file has a problem in its structure: missing field `marks`.",
        ),
        (
            |v| v["structure"] = json!("headings"),
            "This Close Reader file has a problem in its structure: invalid type: string \"headings\", expected an object with \"blocks\" and \"marks\".",
        ),
    ];
    for (breakage, message) in cases {
        let mut v = base.clone();
        breakage(&mut v);
        for json in [serde_json::to_string_pretty(&v).unwrap(), v.to_string()] {
            let err = open(&json).expect_err(message);
            assert_eq!(err.to_string(), message);
        }
    }
}

#[test]
fn a_mark_across_lines_is_read_as_one_mark_per_line_and_written_so() {
    let mut v: Value = serde_json::from_str(&to_json(&example_doc())).unwrap();
    // Emphasis from "half a metre" to the end of "What changes": two lines and a line end.
    v["structure"]["marks"][0]["end"] = json!(134);
    let d = open(&v.to_string()).unwrap();
    let emphasis: Vec<Span> = d
        .shape
        .marks()
        .iter()
        .filter(|m| m.kind == MarkKind::Emphasis)
        .map(|m| m.span)
        .collect();
    assert_eq!(
        emphasis,
        [Span::new(79, 121).unwrap(), Span::new(122, 134).unwrap()]
    );
    let again = to_json(&d);
    assert!(again.contains("{\"start\": 79, \"end\": 121, \"kind\": \"emphasis\"},"));
    assert_eq!(to_json(&open(&again).unwrap()), again);
}

#[test]
fn format_md_gives_the_structures_messages() {
    for words in [
        "of the structure reaches past the end of the text.",
        "of the structure does not start and end at the edges of lines.",
        "of the structure overlaps the one before it or comes before it.",
        "of the structure covers no text.",
        "of the structure is a link without an \"href\".",
        "which Close Reader does not know (it knows paragraph, heading, item, quote, caption, note, preformatted).",
        "which Close Reader does not know (it knows strong, emphasis, code, link).",
        "This Close Reader file has a problem in its structure: {detail}.",
    ] {
        assert!(FORMAT_DOC.contains(words), "format.md lacks {words}");
    }
}

#[test]
fn a_structure_past_the_text_refuses_the_file_and_the_same_text_without_it_opens() {
    let mut v: Value = serde_json::from_str(&to_json(&example_doc())).unwrap();
    v["structure"]["blocks"][6]["end"] = json!(9999);
    assert!(matches!(
        open(&v.to_string()),
        Err(LoadError::Structure { .. })
    ));
    v.as_object_mut().unwrap().remove("structure");
    assert_eq!(open(&v.to_string()).unwrap(), plain(&example_doc()));
}

// ---------------------------------------------------------------------------------------------
// Everything that saves a document keeps its shape

#[test]
fn the_journal_keeps_the_shape_whole_and_leaves_it_to_the_stored_copy_in_changes() {
    use close_reader_core::formats::journal;
    let d = example_doc();
    let whole = journal::whole("d1", "c", &d);
    assert_eq!(journal::replay(&whole, None).unwrap(), d);
    let mut changed = d.clone();
    let mut a = changed.annotation("a2").unwrap().clone();
    a.note = "Who else?".into();
    changed.replace(a);
    let changes = journal::changes("d1", "c", &changed, &["a2".to_string()]);
    assert!(
        !changes.contains("structure"),
        "the changes carry no structure"
    );
    assert_eq!(journal::replay(&changes, Some(d.clone())).unwrap(), changed);
}

#[test]
fn assignment_feedback_collected_and_summarised_files_keep_the_shape() {
    use close_reader_core::formats::assignment_link::assignment_file;
    use close_reader_core::formats::collect::{fit, Fit};
    use close_reader_core::model::classroom::with_feedback;
    let mut teacher = example_doc();
    teacher.assignment = Some(Assignment::default());
    let handed_out = open(&assignment_file(&teacher)).unwrap();
    assert_eq!(handed_out.shape, teacher.shape);
    assert!(handed_out.annotations().is_empty());

    // A student's work on it, saved and collected, then given feedback.
    let mut student = handed_out.clone();
    student.annotator = Some("Rana".into());
    student
        .insert(Annotation::new(
            "a1",
            "claim",
            cp(ARTICLE, "raise the sea wall"),
            "t",
        ))
        .unwrap();
    let collected = open(&to_json(&student)).unwrap();
    assert_eq!(collected.shape, teacher.shape);
    let feedback = with_feedback(&collected, &teacher, "Key").unwrap();
    let reopened = open(&to_json(&feedback)).unwrap();
    assert_eq!(reopened.shape, teacher.shape);
    assert_eq!(reopened.feedback, feedback.feedback);
    // A student's file without the structure (from an app before version 4) gets the key's.
    let from_plain = with_feedback(&plain(&collected), &teacher, "Key").unwrap();
    assert_eq!(from_plain.shape, teacher.shape);

    // A file on a slightly different text is re-anchored onto the article, whose shape it takes.
    let mut edited = Document::new("Mine", &ARTICLE.replace("on Monday", "on monday"), None);
    edited
        .insert(Annotation::new(
            "a1",
            "claim",
            cp(ARTICLE, "raise the sea wall"),
            "t",
        ))
        .unwrap();
    match fit(&teacher, edited) {
        Fit::Reanchored { doc, unplaced } => {
            assert!(unplaced.is_empty());
            assert_eq!(doc.shape, teacher.shape);
        }
        other => panic!("not re-anchored: {other:?}"),
    }

    // The file with its evidence summary opens as the same document.
    let summarised = close_reader_core::analysis::evidence::to_json_with_summary(&teacher);
    assert!(summarised.find("\"structure\"").unwrap() < summarised.find("\"summary\"").unwrap());
    assert_eq!(open(&summarised).unwrap(), teacher);
}

#[test]
fn the_consensus_of_a_class_keeps_the_articles_shape() {
    use close_reader_core::analysis::agreement::consensus_document;
    let d = example_doc();
    let consensus = consensus_document(&d, &[], 1, "t");
    assert_eq!(consensus.shape, d.shape);
    assert_eq!(consensus.text, d.text);
}

/// W3C, CSV, doccano, Label Studio and brat cannot hold a structure: they drop it, and write
/// every span exactly as for the same document without one.
#[test]
fn exports_that_cannot_hold_structure_drop_it_and_keep_every_span() {
    use close_reader_core::formats::{brat, csv, doccano, label_studio, w3c};
    let shaped = example_doc();
    let bare = plain(&shaped);
    assert_ne!(shaped, bare);
    let opts = w3c::W3cOptions {
        document_id: "https://example.org/harbour",
        creator: Some("Rana"),
    };
    assert_eq!(
        w3c::to_w3c_json(&shaped, &opts),
        w3c::to_w3c_json(&bare, &opts)
    );
    assert_eq!(
        w3c::to_w3c(&shaped, &opts)["first"]["items"]
            .as_array()
            .map(Vec::len),
        Some(shaped.annotations().len() + shaped.links().len())
    );
    let csv_opts = csv::CsvOptions::default();
    assert_eq!(csv::to_csv(&shaped, csv_opts), csv::to_csv(&bare, csv_opts));
    assert_eq!(doccano::to_jsonl(&shaped), doccano::to_jsonl(&bare));
    assert_eq!(label_studio::to_json(&shaped), label_studio::to_json(&bare));
    assert_eq!(brat::to_brat_zip(&shaped), brat::to_brat_zip(&bare));
}

// ---------------------------------------------------------------------------------------------
// The schema

#[test]
fn the_schema_accepts_shaped_files_and_refuses_broken_structures() {
    let validator = validator();
    let base: Value = serde_json::from_str(&to_json(&example_doc())).unwrap();
    assert!(validator.is_valid(&base));
    type Breakage = fn(&mut Value);
    let breakages: [(&str, Breakage); 9] = [
        ("structure in version 3", |v| v["version"] = json!(3)),
        ("unknown block kind", |v| {
            v["structure"]["blocks"][0]["kind"] = json!("table")
        }),
        ("heading without level", |v| {
            v["structure"]["blocks"][0]
                .as_object_mut()
                .unwrap()
                .remove("level");
        }),
        ("level 7", |v| {
            v["structure"]["blocks"][0]["level"] = json!(7)
        }),
        ("item without depth", |v| {
            v["structure"]["blocks"][2]
                .as_object_mut()
                .unwrap()
                .remove("depth");
        }),
        ("link without href", |v| {
            v["structure"]["marks"][2]
                .as_object_mut()
                .unwrap()
                .remove("href");
        }),
        ("misspelt field", |v| {
            v["structure"]["blocks"][0]["levle"] = json!(1)
        }),
        ("negative start", |v| {
            v["structure"]["marks"][0]["start"] = json!(-1)
        }),
        ("no marks", |v| {
            v["structure"].as_object_mut().unwrap().remove("marks");
        }),
    ];
    for (what, breakage) in breakages {
        let mut v = base.clone();
        breakage(&mut v);
        assert!(
            !validator.is_valid(&v),
            "the schema accepts a file with {what}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Properties

/// Pieces of text: emoji (astral, ZWJ family, flag), CJK, Arabic and Hebrew, a combining accent,
/// every line end (CRLF, CR, LF, U+2028, U+2029), a tab and a no-break space.
const PIECES: &[&str] = &[
    "a",
    "Z",
    " ",
    "word",
    "e\u{301}",
    "😀",
    "👩\u{200d}👩\u{200d}👧",
    "🇫🇷",
    "世界",
    "قال",
    "שלום",
    "\r\n",
    "\n",
    "\r",
    "\u{2028}",
    "\u{2029}",
    "\t",
    "\u{a0}",
    "\"",
    "\\",
    "<b>",
];

fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..50).prop_map(|v| v.concat())
}

fn shaped_doc() -> impl Strategy<Value = Document> {
    (
        any_text(),
        random_shapes::shape_seed(),
        prop::collection::vec((0usize..120, 1usize..30, 0usize..3), 0..10),
    )
        .prop_map(|(text, seed, spans)| {
            let mut d = Document::new("Shaped", &text, None);
            d.shape = random_shapes::shape_for(&d.text, &seed);
            let n = d.text.len();
            for (i, (s, len, k)) in spans.into_iter().enumerate() {
                let span = Span::new(s.min(n), (s + len).min(n)).unwrap();
                let label = ["claim", "source", "hedge"][k];
                let _ = d.insert(Annotation::new(&format!("a{}", i + 1), label, span, "t"));
            }
            d
        })
}

proptest! {
    #[test]
    fn shaped_documents_round_trip_byte_for_byte_with_every_annotation_in_place(d in shaped_doc()) {
        let json = to_json(&d);
        let back = from_json(&json).expect("a saved file opens");
        prop_assert_eq!(&back.shape, &d.shape);
        let spans = |d: &Document| -> Vec<(String, Span, String)> {
            d.annotations().iter().map(|a| (a.id.clone(), a.span, d.quote(a).to_string())).collect()
        };
        prop_assert_eq!(spans(&back), spans(&d));
        prop_assert_eq!(&back, &d);
        prop_assert_eq!(to_json(&back), json.clone());
        let sliced = read_in_slices(&json, 17);
        prop_assert_eq!(sliced.as_ref(), Ok(&d));
        let v: Value = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&v["version"], &json!(if d.shape.is_empty() { 3 } else { 4 }));
        // The annotations are written as for the same text without structure.
        let bare: Value = serde_json::from_str(&to_json(&plain(&d))).unwrap();
        prop_assert_eq!(&v["annotations"], &bare["annotations"]);
        prop_assert!(validator().is_valid(&v));
    }
}
