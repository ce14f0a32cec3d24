//! The native file is the user's saved work: these tests check that saving and reopening loses nothing in
//! any script, that the JSON other tools read has the documented offsets and quotes, that every broken file
//! is refused with the message the user will see, and that docs/format.md and the JSON Schema tell the truth.

use close_reader_core::formats::native::{from_bytes, from_json, to_json, LoadError};
use close_reader_core::model::document::AnnotationError;
use close_reader_core::model::hash::text_sha256;
use close_reader_core::{Annotation, Document, Label, Span};
use proptest::prelude::*;
use serde_json::{json, Value};

mod random_shapes;

const SCHEMA: &str = include_str!("../../docs/close-reader.schema.json");
const FORMAT_DOC: &str = include_str!("../../docs/format.md");

/// Every awkward kind of text at once: a ZWJ family, a flag, CJK, Arabic, Hebrew, e + combining acute,
/// CRLF, a tab and a no-break space.
const MIXED: &str =
    "Family 👩\u{200d}👩\u{200d}👧 and flag 🇫🇷: 世界和平. قال الوزير إن. שלום עולם. cafe\u{301} noir\r\n\tTab\u{a0}nbsp end.";

// ---------------------------------------------------------------------------------------------
// Helpers

fn ann(id: &str, label: &str, start: usize, end: usize) -> Annotation {
    Annotation {
        id: id.into(),
        label: label.into(),
        span: Span::new(start, end).expect("start <= end"),
        note: String::new(),
        created: "2025-03-14T09:26:53Z".into(),
        modified: "2025-03-14T09:26:53Z".into(),
    }
}

/// Code-point offsets of the first occurrence of `needle`, computed independently of the crate.
fn find(text: &str, needle: &str) -> (usize, usize) {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is not in the text"));
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// The code points `[start, end)` of `text`, computed independently of the crate.
fn cp_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// A document over `text` with one annotation per `(id, label, needle)`, placed on the needle.
fn doc_marking(text: &str, marks: &[(&str, &str, &str)]) -> Document {
    let mut d = Document::new("Test article", text, None);
    for (id, label, needle) in marks {
        let (s, e) = find(text, needle);
        d.insert(ann(id, label, s, e)).expect("valid annotation");
    }
    d
}

fn as_value(doc: &Document) -> Value {
    serde_json::from_str(&to_json(doc)).expect("to_json writes JSON")
}

fn load(v: &Value) -> Result<Document, LoadError> {
    from_json(&serde_json::to_string_pretty(v).unwrap())
}

fn load_err(v: &Value) -> LoadError {
    load(v).expect_err("the file should be refused")
}

fn message(v: &Value) -> String {
    load_err(v).to_string()
}

/// A plain, valid file to break in one way at a time. Text: "The minister said the plan worked." (34 code
/// points). In the file the annotations come in text order: a1 "minister", a3 "said", a2 "the plan worked".
fn base_doc() -> Document {
    doc_marking(
        "The minister said the plan worked.",
        &[
            ("a1", "source", "minister"),
            ("a2", "claim", "the plan worked"),
            ("a3", "hedge", "said"),
        ],
    )
}

fn base() -> Value {
    as_value(&base_doc())
}

/// The JSON of the annotation with this id.
fn ann_mut<'v>(v: &'v mut Value, id: &str) -> &'v mut Value {
    v["annotations"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|a| a["id"] == id)
        .expect("annotation present")
}

fn mixed_doc() -> Document {
    let mut d = doc_marking(
        MIXED,
        &[
            ("zwj", "claim", "👩\u{200d}👩\u{200d}👧"),
            ("flag", "source", "🇫🇷"),
            ("cjk", "claim", "世界和平"),
            ("arabic", "source", "قال الوزير"),
            ("arabic-word", "hedge", "الوزير"),
            ("hebrew", "claim", "שלום עולם"),
            ("accent", "hedge", "cafe\u{301}"),
            ("crlf", "claim", "noir\r\n\tTab"),
            ("nbsp", "source", "Tab\u{a0}nbsp"),
            ("end", "hedge", "end."),
        ],
    );
    d.title = "Un café \u{301}👩\u{200d}👩\u{200d}👧 — عنوان".into();
    d.source_url = Some("https://example.org/a?b=1&c=\u{e9}".into());
    d.annotator = Some("Zoë 🇫🇷".into());
    d.labels
        .push(Label::new("quote", "Quotation «»", "#ABCDEF", ""));
    let mut noted = d.annotation("zwj").unwrap().clone();
    noted.note = "Line one\r\nline two\twith \"quotes\" and \\ and 😀".into();
    noted.modified = "2025-03-15T10:00:00+01:00".into();
    d.replace(noted).unwrap();
    // Overlapping and nested spans, one with the custom label.
    let (s, _) = find(MIXED, "flag");
    let (_, e) = find(MIXED, "世界");
    d.insert(ann("across", "quote", s, e)).unwrap();
    d
}

fn schema_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    jsonschema::draft7::new(&schema).expect("the schema compiles")
}

fn schema_errors(validator: &jsonschema::Validator, v: &Value) -> Vec<String> {
    validator
        .iter_errors(v)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Saving and reopening

#[test]
fn mixed_scripts_survive_save_and_reopen_byte_for_byte() {
    let d = mixed_doc();
    let json = to_json(&d);
    let back = from_json(&json).expect("a saved file opens");
    assert_eq!(back, d);
    assert_eq!(
        to_json(&back),
        json,
        "saving the reopened document changes the file"
    );
    // The user sees the same words highlighted.
    for (id, needle) in [
        ("zwj", "👩\u{200d}👩\u{200d}👧"),
        ("flag", "🇫🇷"),
        ("arabic-word", "الوزير"),
        ("accent", "cafe\u{301}"),
        ("crlf", "noir\r\n\tTab"),
        ("nbsp", "Tab\u{a0}nbsp"),
        ("across", "flag 🇫🇷: 世界"),
    ] {
        assert_eq!(
            back.quote(back.annotation(id).unwrap()),
            needle,
            "annotation {id}"
        );
    }
    assert_eq!(
        back.annotation("zwj").unwrap().note,
        "Line one\r\nline two\twith \"quotes\" and \\ and 😀"
    );
    assert_eq!(back.annotator.as_deref(), Some("Zoë 🇫🇷"));
    assert_eq!(back.label("quote").unwrap().color, "#ABCDEF");
}

#[test]
fn bytes_and_documents_without_optional_parts_round_trip() {
    for d in [
        Document::new("", "", None),
        Document::new("No annotations", "Just text.\r\n", None),
        base_doc(),
        {
            let mut d = base_doc();
            d.labels.clear();
            while let Some(id) = d.annotations().first().map(|a| a.id.clone()) {
                d.remove(&id);
            }
            d
        },
    ] {
        let json = to_json(&d);
        let back = from_bytes(json.as_bytes()).expect("a saved file opens");
        assert_eq!(back, d);
        assert_eq!(to_json(&back), json);
    }
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let mut bytes = vec![0xef, 0xbb, 0xbf];
    bytes.extend_from_slice(to_json(&base_doc()).as_bytes());
    assert_eq!(from_bytes(&bytes).unwrap(), base_doc());
}

// ---------------------------------------------------------------------------------------------
// What the written JSON says

#[test]
fn offsets_count_code_points_and_context_is_exact() {
    // 😀 is one code point (two UTF-16 units, four bytes), so "minister" starts at 6, not 7 or 9.
    let text = "😀 the minister said so";
    let mut d = Document::new("T", text, None);
    d.insert(ann("a1", "claim", 6, 14)).unwrap();
    let v = as_value(&d);
    let a = &v["annotations"][0];
    assert_eq!(a["start"], 6);
    assert_eq!(a["end"], 14);
    assert_eq!(a["quote"], "minister");
    assert_eq!(a["prefix"], "😀 the ");
    assert_eq!(a["suffix"], " said so");
}

#[test]
fn the_arabic_example_from_the_docs_has_the_documented_offsets() {
    // docs/format.md: قال is [9, 12) in code points, [10, 13) in UTF-16, [12, 18) in bytes.
    let text = "Reply 😀: قال means he said.\r\nSecond line.";
    let (s, e) = find(text, "قال");
    assert_eq!((s, e), (9, 12));
    let utf16 = |cp: usize| text.chars().take(cp).map(char::len_utf16).sum::<usize>();
    assert_eq!((utf16(s), utf16(e)), (10, 13));
    assert_eq!(text.find("قال"), Some(12));
    let mut d = Document::new("T", text, None);
    d.insert(ann("a1", "source", 9, 12)).unwrap();
    d.insert(ann("a3", "hedge", 22, 35)).unwrap();
    let v = as_value(&d);
    assert_eq!(v["annotations"][0]["quote"], "قال");
    assert_eq!(
        v["annotations"][1]["quote"], "said.\r\nSecond",
        "CRLF counts as two code points"
    );
}

#[test]
fn context_is_at_most_32_code_points_each_side() {
    let text = format!("{}X{}", "😀".repeat(40), "é".repeat(40));
    let mut d = Document::new("T", &text, None);
    d.insert(ann("a1", "claim", 40, 41)).unwrap();
    d.insert(ann("a2", "claim", 0, 2)).unwrap();
    let v = as_value(&d);
    let (a2, a1) = (&v["annotations"][0], &v["annotations"][1]);
    assert_eq!(a1["quote"], "X");
    assert_eq!(a1["prefix"], "😀".repeat(32));
    assert_eq!(a1["suffix"], "é".repeat(32));
    assert_eq!(a2["prefix"], "", "nothing before the start of the text");
    assert_eq!(a2["suffix"], "😀".repeat(32));
}

#[test]
fn crlf_counts_as_two_code_points() {
    let mut d = Document::new("T", "one\r\ntwo", None);
    d.insert(ann("a1", "claim", 5, 8)).unwrap();
    let v = as_value(&d);
    assert_eq!(v["annotations"][0]["quote"], "two");
    assert_eq!(v["annotations"][0]["prefix"], "one\r\n");
}

#[test]
fn annotations_are_written_by_start_then_longer_first_then_id() {
    let mut d = Document::new("T", "0123456789", None);
    for a in [
        ann("b", "claim", 0, 3),
        ann("d", "claim", 2, 4),
        ann("a", "claim", 0, 3),
        ann("c", "hedge", 0, 5),
    ] {
        d.insert(a).unwrap();
    }
    let v = as_value(&d);
    let ids: Vec<&str> = v["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["c", "a", "b", "d"]);

    // A file listing them in another order still opens, and is written back in order.
    let mut shuffled = v.clone();
    shuffled["annotations"].as_array_mut().unwrap().reverse();
    assert_eq!(to_json(&load(&shuffled).unwrap()), to_json(&d));
}

#[test]
fn layout_is_two_space_pretty_json_with_one_final_newline() {
    let json = to_json(&Document::new("T", "abc", None));
    assert!(json.starts_with(
        "{\n  \"format\": \"close-reader\",\n  \"version\": 3,\n  \"document\": {\n    \"title\""
    ));
    assert!(json.ends_with("\n}\n") && !json.ends_with("\n\n"));
    assert!(json.contains("\"annotations\": []"));
    assert!(json.contains("\"links\": []"), "links are always written");
    // SHA-256 of "abc" (FIPS 180-2 test vector), lowercase hex.
    assert_eq!(
        as_value(&Document::new("T", "abc", None))["document"]["sha256"],
        ABC_SHA256
    );
    assert_eq!(text_sha256("abc"), ABC_SHA256);
    // Absent optional fields are left out, not written as null.
    assert!(!json.contains("source_url") && !json.contains("annotator") && !json.contains("null"));
}

const ABC_SHA256: &str = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

#[test]
fn non_ascii_is_written_as_itself_and_control_characters_are_escaped() {
    let json = to_json(&Document::new("قال", "a\r\n\tb\u{a0}😀", None));
    assert!(json.contains("\"title\": \"قال\""));
    assert!(json.contains("\"text\": \"a\\r\\n\\tb\u{a0}😀\""));
}

#[test]
fn the_example_in_format_md_is_exactly_what_close_reader_writes() {
    let start = FORMAT_DOC
        .find("```json\n")
        .expect("format.md has a JSON example")
        + "```json\n".len();
    let len = FORMAT_DOC[start..].find("```").unwrap();
    let example = &FORMAT_DOC[start..start + len];
    let d = from_json(example).expect("the documented example opens");
    assert_eq!(
        to_json(&d),
        example,
        "format.md's example is not what Close Reader writes"
    );
    assert_eq!(d.quote(d.annotation("a1").unwrap()), "قال");
    assert_eq!(d.annotation("a1").unwrap().span, Span::new(9, 12).unwrap());
    assert!(schema_validator().is_valid(&serde_json::from_str(example).unwrap()));
}

#[test]
fn format_md_lists_every_message_the_loader_can_give() {
    let samples = [
        from_bytes(&[0xff]).unwrap_err(),
        LoadError::NotCloseReader { found: None },
        LoadError::TextChanged,
        LoadError::BadVersion,
    ];
    for e in samples {
        assert!(FORMAT_DOC.contains(&e.to_string()), "format.md lacks: {e}");
    }
}

// ---------------------------------------------------------------------------------------------
// Files that are refused, and what the user is told

#[test]
fn binary_files_are_not_text() {
    let png = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00];
    let err = from_bytes(&png).unwrap_err();
    assert_eq!(err, LoadError::NotUtf8);
    assert_eq!(
        err.to_string(),
        "This file is not text (it is not valid UTF-8), so it is not a Close Reader file."
    );
}

#[test]
fn text_that_is_not_json_says_where() {
    let err = from_json("{\n  \"format\": close-reader\n}").unwrap_err();
    assert!(matches!(err, LoadError::NotJson { line: 2, .. }), "{err:?}");
    let LoadError::NotJson { column, .. } = err else {
        unreachable!()
    };
    assert_eq!(
        err.to_string(),
        format!("This file is not valid JSON (the error is at line 2, column {column}). Close Reader files are JSON.")
    );
    assert!(matches!(
        from_json("").unwrap_err(),
        LoadError::NotJson { .. }
    ));
    assert!(matches!(
        from_bytes(b"Just some notes.").unwrap_err(),
        LoadError::NotJson { line: 1, .. }
    ));
}

#[test]
fn other_json_is_not_a_close_reader_file() {
    assert_eq!(
        load_err(&json!({"format": "web-annotation", "version": 1})).to_string(),
        "This is a JSON file, but not a Close Reader file: its \"format\" is \"web-annotation\", not \"close-reader\"."
    );
    let no_format =
        "This is a JSON file, but not a Close Reader file: it has no \"format\": \"close-reader\" field.";
    assert_eq!(message(&json!({"version": 1, "document": {}})), no_format);
    assert_eq!(
        load_err(&json!([1, 2, 3])),
        LoadError::NotCloseReader { found: None }
    );
    assert_eq!(
        load_err(&json!({"format": 1})),
        LoadError::NotCloseReader { found: None }
    );
    let mut v = base();
    v.as_object_mut().unwrap().remove("format");
    assert_eq!(load_err(&v), LoadError::NotCloseReader { found: None });
}

#[test]
fn a_newer_version_is_refused_with_advice() {
    let mut v = base();
    v["version"] = json!(5);
    assert_eq!(
        message(&v),
        "This file was saved by a newer Close Reader (file version 5); this app reads versions up to 4. Open it in the newer version."
    );
}

#[test]
fn a_missing_or_invalid_version_is_refused() {
    let mut v = base();
    v.as_object_mut().unwrap().remove("version");
    assert_eq!(
        message(&v),
        "This Close Reader file has no valid \"version\" (it must be a whole number from 1 to 4)."
    );
    for bad in [
        json!(0),
        json!(-1),
        json!("1"),
        json!(1.5),
        json!(1.0),
        json!(null),
    ] {
        v["version"] = bad.clone();
        assert_eq!(load_err(&v), LoadError::BadVersion, "version {bad}");
    }
}

#[test]
fn missing_fields_and_wrong_types_are_damage() {
    // Edits to the saved text, so that the reported line and column are those of to_json's layout.
    let saved = to_json(&base_doc());
    let edit = |from: &str, to: &str| {
        assert!(saved.contains(from), "{from:?} is not in the file");
        from_json(&saved.replacen(from, to, 1))
            .expect_err("the file should be refused")
            .to_string()
    };
    // Line 8 column 3 is the closing brace of "document", where the field was expected.
    assert_eq!(
        edit("    \"sha256\":", "    \"sha\":"),
        "This Close Reader file is damaged: missing field `sha256` at line 8 column 3."
    );
    assert_eq!(
        edit("\"start\": 4,", "\"start\": \"4\","),
        "This Close Reader file is damaged: invalid type: string \"4\", expected u64 at line 33 column 18."
    );
    // A field given twice is ambiguous, so it is refused rather than one of the two being picked.
    assert_eq!(
        edit(
            "    \"title\":",
            "    \"text\": \"Other text\",\n    \"title\":"
        ),
        "This Close Reader file is damaged: duplicate field `text` at line 7 column 10."
    );

    type Breakage = fn(&mut Value);
    let breakages: [(&str, Breakage); 7] = [
        ("no annotations array", |v| {
            v.as_object_mut().unwrap().remove("annotations");
        }),
        ("no labels array", |v| {
            v.as_object_mut().unwrap().remove("labels");
        }),
        ("no text", |v| {
            v["document"].as_object_mut().unwrap().remove("text");
        }),
        ("annotation without quote", |v| {
            ann_mut(v, "a1").as_object_mut().unwrap().remove("quote");
        }),
        ("start as a string", |v| {
            ann_mut(v, "a1")["start"] = json!("4")
        }),
        ("negative start", |v| ann_mut(v, "a1")["start"] = json!(-4)),
        ("label without colour", |v| {
            v["labels"][0].as_object_mut().unwrap().remove("color");
        }),
    ];
    for (what, breakage) in breakages {
        let mut v = base();
        breakage(&mut v);
        assert!(
            matches!(load_err(&v), LoadError::Malformed { .. }),
            "{what}: {:?}",
            load(&v)
        );
    }
}

#[test]
fn edited_text_is_caught_by_the_checksum() {
    let changed = "The article text in this file does not match its checksum (sha256): the text was changed after the file was saved, so the annotations' positions cannot be trusted.";
    let mut v = base();
    v["document"]["text"] = json!("The minister said the plan failed.");
    assert_eq!(message(&v), changed);
    // A single invisible change counts too: a composed é for e + U+0301.
    let mut v = as_value(&mixed_doc());
    let text = v["document"]["text"]
        .as_str()
        .unwrap()
        .replace("e\u{301}", "\u{e9}");
    v["document"]["text"] = json!(text);
    assert_eq!(load_err(&v), LoadError::TextChanged);
    // So is a checksum that is not one.
    let mut v = base();
    v["document"]["sha256"] = json!("");
    assert_eq!(load_err(&v), LoadError::TextChanged);
}

#[test]
fn an_uppercase_checksum_from_another_tool_is_accepted() {
    let mut v = base();
    v["document"]["sha256"] = json!(v["document"]["sha256"].as_str().unwrap().to_uppercase());
    assert_eq!(load(&v).unwrap(), base_doc());
}

#[test]
fn broken_labels_are_named() {
    let mut v = base();
    v["labels"][2]["id"] = json!("claim");
    assert_eq!(
        message(&v),
        "This Close Reader file has a problem in its labels: two labels share the id \"claim\"."
    );

    let mut v = base();
    v["labels"][1]["color"] = json!("blue");
    assert_eq!(
        message(&v),
        "This Close Reader file has a problem in its labels: label \"source\" has the colour \"blue\", which is not a #rrggbb colour."
    );
    for bad in [
        "#12345", "#1234567", "#12345g", "1d4ed8x", "#1d4ed", "#1d4éd",
    ] {
        v["labels"][1]["color"] = json!(bad);
        assert!(
            matches!(load_err(&v), LoadError::BadLabels { .. }),
            "colour {bad}"
        );
    }

    let mut v = base();
    v["labels"][0]["id"] = json!("  ");
    assert_eq!(
        message(&v),
        "This Close Reader file has a problem in its labels: label 1 has an empty id."
    );

    let mut v = base();
    v["labels"][0]["key"] = json!("cl");
    assert_eq!(
        message(&v),
        "This Close Reader file has a problem in its labels: label \"claim\" has the key \"cl\"; a key is one character."
    );
    // One code point is one character, even outside the BMP; an empty key means none.
    for ok in ["😀", "ق", ""] {
        v["labels"][0]["key"] = json!(ok);
        assert!(load(&v).is_ok(), "key {ok:?}");
    }
}

#[test]
fn reversed_offsets_are_refused() {
    let mut v = base();
    ann_mut(&mut v, "a1")["start"] = json!(12);
    ann_mut(&mut v, "a1")["end"] = json!(4);
    assert_eq!(
        message(&v),
        "Annotation 1 (\"a1\") ends before it starts (start 12, end 4)."
    );
}

#[test]
fn offsets_past_the_end_of_the_text_are_refused() {
    // The text has 34 code points; the second annotation in the file ("said") ends past it.
    let mut v = base();
    let a = ann_mut(&mut v, "a3");
    a["start"] = json!(30);
    a["end"] = json!(99);
    assert_eq!(
        message(&v),
        "Annotation 2: annotation \"a3\" has offsets [30, 99), outside the text (which has 34 characters)."
    );
    // Counting bytes instead of code points overshoots: "🇫🇷!" has 3 code points but 9 bytes.
    let mut d = Document::new("T", "🇫🇷!", None);
    d.insert(ann("a1", "claim", 0, 2)).unwrap();
    let mut v = as_value(&d);
    v["annotations"][0]["end"] = json!(8);
    assert!(matches!(
        load_err(&v),
        LoadError::Annotation {
            index: 1,
            error: AnnotationError::OutOfText { len: 3, .. }
        }
    ));
}

#[test]
fn utf16_offsets_from_another_tool_are_caught_by_the_quote() {
    // A tool counting UTF-16 units puts "minister" at [7, 15) after the emoji; in code points that reads
    // "inister " (the message collapses the trailing space).
    let mut d = Document::new("T", "😀 the minister said", None);
    d.insert(ann("m1", "claim", 6, 14)).unwrap();
    let mut v = as_value(&d);
    v["annotations"][0]["start"] = json!(7);
    v["annotations"][0]["end"] = json!(15);
    let err = load_err(&v);
    assert_eq!(
        err,
        LoadError::QuoteMismatch {
            index: 1,
            id: "m1".into(),
            expected: "minister".into(),
            found: "inister".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "Annotation 1 (\"m1\") quotes \"minister\", but the text at its offsets reads \"inister\"."
    );
}

#[test]
fn a_quote_that_differs_from_the_text_is_refused_with_both_texts() {
    let mut v = base();
    ann_mut(&mut v, "a2")["quote"] = json!("the plan failed");
    let msg = message(&v);
    assert_eq!(
        msg,
        "Annotation 3 (\"a2\") quotes \"the plan failed\", but the text at its offsets reads \"the plan worked\"."
    );
    // Long quotes are shortened in the message, but the comparison is exact.
    let long = format!("{} end", "word ".repeat(40));
    let mut d = Document::new("T", &long, None);
    d.insert(ann("a1", "claim", 0, long.chars().count()))
        .unwrap();
    let mut v = as_value(&d);
    v["annotations"][0]["quote"] = json!(format!("{long}!"));
    let LoadError::QuoteMismatch {
        expected, found, ..
    } = load_err(&v)
    else {
        panic!("not a quote mismatch")
    };
    assert_eq!(expected.chars().count(), 80);
    assert!(expected.ends_with('…') && found.ends_with('…'));
}

#[test]
fn wrong_context_is_refused() {
    let mut v = base();
    ann_mut(&mut v, "a1")["prefix"] = json!("A ");
    assert_eq!(
        message(&v),
        "Annotation 1 (\"a1\"): its prefix does not match the text around it."
    );
    let mut v = base();
    ann_mut(&mut v, "a3")["suffix"] = json!(" nothing");
    assert_eq!(
        load_err(&v),
        LoadError::ContextMismatch {
            index: 2,
            id: "a3".into(),
            which: "suffix"
        }
    );
}

#[test]
fn shorter_context_that_matches_is_accepted() {
    let mut v = base();
    ann_mut(&mut v, "a1")["prefix"] = json!("e ");
    ann_mut(&mut v, "a2")["prefix"] = json!("");
    ann_mut(&mut v, "a2")["suffix"] = json!("");
    assert_eq!(load(&v).unwrap(), base_doc());
}

#[test]
fn an_unknown_label_is_named() {
    let mut v = base();
    ann_mut(&mut v, "a1")["label"] = json!("opinion");
    assert_eq!(
        message(&v),
        "Annotation 1: annotation \"a1\" uses the label \"opinion\", which the file does not define."
    );
    // Label ids are case-sensitive.
    let mut v = base();
    ann_mut(&mut v, "a1")["label"] = json!("Source");
    assert!(matches!(
        load_err(&v),
        LoadError::Annotation {
            error: AnnotationError::UnknownLabel { .. },
            ..
        }
    ));
}

#[test]
fn duplicate_annotation_ids_are_refused() {
    let mut v = base();
    ann_mut(&mut v, "a3")["id"] = json!("a1");
    assert_eq!(
        message(&v),
        "Annotation 2: two annotations share the id \"a1\"."
    );
}

#[test]
fn an_empty_span_is_refused() {
    let mut v = base();
    let a = ann_mut(&mut v, "a1");
    a["end"] = a["start"].clone();
    a["quote"] = json!("");
    a["suffix"] = json!("minister said the plan worked.");
    assert_eq!(
        message(&v),
        "Annotation 1: annotation \"a1\" covers no text."
    );
    assert_eq!(
        load_err(&v),
        LoadError::Annotation {
            index: 1,
            error: AnnotationError::Empty { id: "a1".into() }
        }
    );
}

// ---------------------------------------------------------------------------------------------
// The JSON Schema

#[test]
fn the_schema_is_draft_07_and_accepts_what_close_reader_writes() {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    assert!(
        jsonschema::draft7::meta::is_valid(&schema),
        "the schema is not valid draft-07"
    );
    let validator = schema_validator();
    for d in [base_doc(), mixed_doc(), Document::new("", "", None), {
        let mut d = base_doc();
        d.annotator = Some("Rana".into());
        d.source_url = Some("https://example.org".into());
        d
    }] {
        let v = as_value(&d);
        assert_eq!(
            schema_errors(&validator, &v),
            Vec::<String>::new(),
            "{}",
            to_json(&d)
        );
    }
}

#[test]
fn the_schema_rejects_broken_files() {
    let validator = schema_validator();
    type Breakage = fn(&mut Value);
    let breakages: [(&str, Breakage); 14] = [
        ("start as a string", |v| {
            ann_mut(v, "a1")["start"] = json!("4")
        }),
        ("missing sha256", |v| {
            v["document"].as_object_mut().unwrap().remove("sha256");
        }),
        ("uppercase sha256", |v| {
            let up = v["document"]["sha256"].as_str().unwrap().to_uppercase();
            v["document"]["sha256"] = json!(up);
        }),
        ("short sha256", |v| v["document"]["sha256"] = json!("abc")),
        ("negative end", |v| ann_mut(v, "a1")["end"] = json!(-1)),
        ("fractional start", |v| {
            ann_mut(v, "a1")["start"] = json!(4.5)
        }),
        ("misspelt field", |v| ann_mut(v, "a1")["strat"] = json!(4)),
        ("missing note", |v| {
            ann_mut(v, "a1").as_object_mut().unwrap().remove("note");
        }),
        ("extra document field", |v| {
            v["document"]["author"] = json!("x")
        }),
        ("colour name", |v| v["labels"][0]["color"] = json!("red")),
        ("two-character key", |v| v["labels"][0]["key"] = json!("cl")),
        ("annotator without name", |v| {
            v["annotator"] = json!({"nom": "Rana"})
        }),
        ("newer version", |v| v["version"] = json!(5)),
        ("other format", |v| v["format"] = json!("web-annotation")),
    ];
    assert!(validator.is_valid(&base()));
    for (what, breakage) in breakages {
        let mut v = base();
        breakage(&mut v);
        assert!(
            !validator.is_valid(&v),
            "the schema accepts a file with {what}"
        );
    }
    // The schema counts a key's length in code points, as the loader does.
    let mut v = base();
    v["labels"][0]["key"] = json!("😀");
    assert!(validator.is_valid(&v));
}

#[test]
fn files_the_schema_refuses_for_their_shape_are_refused_by_the_loader_too() {
    let mut v = base();
    ann_mut(&mut v, "a1")["start"] = json!("4");
    assert!(matches!(load_err(&v), LoadError::Malformed { .. }));
    let mut v = base();
    v["document"].as_object_mut().unwrap().remove("sha256");
    assert!(matches!(load_err(&v), LoadError::Malformed { .. }));
}

// ---------------------------------------------------------------------------------------------
// Properties over random texts and spans

/// Pieces of text: single code points from many scripts, and sequences (ZWJ family, flag, e + accent,
/// CRLF). Lone joiners and accents are included so that spans can cut through clusters.
const PIECES: &[&str] = &[
    "a",
    "Z",
    " ",
    "é",
    "e\u{301}",
    "\u{301}",
    "👩\u{200d}👩\u{200d}👧",
    "\u{200d}",
    "🇫🇷",
    "🇯",
    "😀",
    "世",
    "界",
    "ق",
    "ا",
    "ل",
    "ש",
    "ל",
    "ם",
    "\r\n",
    "\r",
    "\n",
    "\t",
    "\u{a0}",
    ".",
    "\"",
    "\\",
];

fn any_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|v| v.concat())
}

/// A document of a random text; seven in ten have a random structure (and are written as version
/// 4), the others none (version 3).
fn random_doc() -> impl Strategy<Value = Document> {
    (
        any_text(60),
        any_text(8),
        prop::option::of(any_text(6)),
        prop::collection::vec((0usize..160, 1usize..40, 0usize..4, any_text(6)), 0..12),
        prop::option::weighted(0.7, random_shapes::shape_seed()),
    )
        .prop_map(|(text, title, annotator, spans, shape)| {
            let mut d = Document::new(&title, &text, None);
            if let Some(seed) = shape {
                d.shape = random_shapes::shape_for(&d.text, &seed);
            }
            d.annotator = annotator;
            d.labels.push(Label::new("mine", "Mine 😀", "#0a0B0c", "m"));
            let labels = ["claim", "source", "hedge", "mine"];
            let n = d.text.len();
            for (i, (s, len, k, note)) in spans.into_iter().enumerate() {
                let (s, e) = (s.min(n), (s + len).min(n));
                let mut a = ann(&format!("a{}", i + 1), labels[k], s, e);
                a.note = note;
                let _ = d.insert(a); // empty spans at the end of the text are skipped
            }
            d
        })
}

proptest! {
    #[test]
    fn any_document_round_trips_and_saves_identically(d in random_doc()) {
        let json = to_json(&d);
        let back = from_json(&json);
        prop_assert_eq!(back.as_ref(), Ok(&d));
        prop_assert_eq!(to_json(&back.unwrap()), json);
    }

    #[test]
    fn written_offsets_quotes_and_context_agree_in_code_points(d in random_doc()) {
        let v = as_value(&d);
        let text = v["document"]["text"].as_str().unwrap();
        prop_assert_eq!(v["document"]["sha256"].as_str().unwrap(), text_sha256(text));
        let n = text.chars().count();
        let anns = v["annotations"].as_array().unwrap();
        prop_assert_eq!(anns.len(), d.annotations().len());
        let mut previous: Option<(u64, std::cmp::Reverse<u64>, String)> = None;
        for a in anns {
            let (s, e) = (a["start"].as_u64().unwrap() as usize, a["end"].as_u64().unwrap() as usize);
            prop_assert!(s < e && e <= n);
            prop_assert_eq!(a["quote"].as_str().unwrap(), cp_slice(text, s, e));
            prop_assert_eq!(a["prefix"].as_str().unwrap(), cp_slice(text, s.saturating_sub(32), s));
            prop_assert_eq!(a["suffix"].as_str().unwrap(), cp_slice(text, e, (e + 32).min(n)));
            let key = (s as u64, std::cmp::Reverse(e as u64), a["id"].as_str().unwrap().to_string());
            prop_assert!(previous.as_ref().is_none_or(|p| *p < key), "out of order at {:?}", key);
            previous = Some(key);
        }
    }

    #[test]
    fn every_written_file_matches_the_schema(d in random_doc()) {
        let errors = schema_errors(&schema_validator(), &as_value(&d));
        prop_assert!(errors.is_empty(), "{:?}", errors);
    }

    #[test]
    fn any_change_to_the_text_is_caught(d in random_doc(), extra in any_text(3).prop_filter("non-empty", |s| !s.is_empty())) {
        let mut v = as_value(&d);
        let changed = format!("{}{}", v["document"]["text"].as_str().unwrap(), extra);
        v["document"]["text"] = json!(changed);
        prop_assert_eq!(load_err(&v), LoadError::TextChanged);
    }

    /// A large file is read a slice at a time (`native_stream`): whatever the slices, the result is
    /// the whole reader's, for a valid file and for one with a byte changed, removed or repeated.
    #[test]
    fn a_file_read_in_slices_reads_as_the_whole_file(
        d in random_doc(),
        budget in 1usize..200,
        at in any::<prop::sample::Index>(),
        how in 0usize..4,
        byte in any::<u8>(),
    ) {
        let json = to_json(&d);
        let mut bytes = json.clone().into_bytes();
        let i = at.index(bytes.len());
        match how {
            0 => {}
            1 => bytes[i] = byte,
            2 => { bytes.remove(i); }
            _ => bytes.insert(i, bytes[i]),
        }
        let whole = close_reader_core::formats::native::from_bytes(&bytes);
        let mut r = close_reader_core::formats::native_stream::Reading::new(bytes);
        let sliced = loop {
            match r.step(budget) {
                close_reader_core::formats::native_stream::Step::Working { .. } => {}
                close_reader_core::formats::native_stream::Step::Done(d) => break Ok(*d),
                close_reader_core::formats::native_stream::Step::Failed(e) => break Err(e),
            }
        };
        prop_assert_eq!(sliced, whole);
    }
}
