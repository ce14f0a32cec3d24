//! Files written by hand or by buggy tools: every importer answers with a message that names the
//! line or item and what is wrong, and none panics, whatever the bytes.

mod support;

use close_reader_core::anchoring::ImportReport;
use close_reader_core::formats::detect::{detect, Format};
use close_reader_core::formats::{brat, csv, doccano, label_studio, w3c_import};
use close_reader_core::Document;
use proptest::prelude::*;
use support::*;

fn doc() -> Document {
    Document::new("T", ARTICLE, None)
}

fn messages(r: &ImportReport) -> Vec<String> {
    r.problems.iter().map(|p| p.to_string()).collect()
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn the_fixtures_are_recognised() {
    assert_eq!(
        detect(&fixture("hypothesis_search.json")),
        Ok(Format::Hypothesis)
    );
    assert_eq!(
        detect(&fixture("recogito_annotations.json")),
        Ok(Format::W3cList)
    );
}

#[test]
fn brat_lines_with_bad_offsets_are_named() {
    let ann = "T1\tClaim 0 4\tScam\n\
               T2\tClaim 9 3\tx\n\
               T3\tClaim 0 99999999999999999999999\tx\n\
               T4\tClaim 0\tx\n\
               T5\tClaim 5 9999\tnot in the text\n\
               T6 Claim 0 4 Scam\n\
               #1\tAnnotatorNotes T9\torphan note\n\
               T1\tHedge 5 12\tcentres\n";
    let (r, _) = brat::import(&doc(), ann.as_bytes(), NOW).unwrap();
    assert_eq!(r.placed.len(), 2, "T1 and the second T1 (given a fresh id)");
    assert_ne!(r.placed[0].annotation.id, r.placed[1].annotation.id);
    assert_eq!(
        messages(&r),
        [
            "Line 5 (\"T5\"), quoting \"not in the text\" was not placed: the quoted text is not in this text, not even with one small difference.",
            "Line 2 (\"T2\"), was skipped: a fragment ends before it starts (9 3).",
            "Line 3 (\"T3\"), was skipped: the offset \"99999999999999999999999\" is not a whole number.",
            "Line 4 (\"T4\"), was skipped: the offsets \"0\" are not pairs of numbers.",
            "Line 6 (\"T6 Claim 0 4 Scam\"), was skipped: it has no tab before its quoted text.",
            "Line 7 (\"#1\"), was skipped: its note is for \"T9\", which is not a text annotation above it.",
        ]
    );
    assert!(brat::import(&doc(), b"hello world\n", NOW)
        .unwrap_err()
        .to_string()
        .contains("no line starts with a brat annotation id"));
    assert_eq!(
        brat::import(&doc(), b"", NOW).unwrap().0.placed.len(),
        0,
        "an empty .ann is an empty result"
    );
}

#[test]
fn csv_with_duplicate_ids_and_extra_columns_still_imports() {
    let sheet =
        "quote,end,start,label,id,extra\r\nScam,4,0,Claim,a1,x\r\ncentres,12,5,claim,a1,y\r\n";
    let (r, _) = csv::import(&doc(), sheet.as_bytes(), NOW).unwrap();
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let ids: Vec<&str> = r.placed.iter().map(|p| p.annotation.id.as_str()).collect();
    assert_eq!(ids, ["a1", "a2"]);
}

#[test]
fn label_studio_with_wrong_types_is_reported_per_result() {
    let file = r#"[{"data": {"text": "a😀b c"}, "annotations": [{"result": [
        {"id": "r1", "type": "labels", "value": {"start": "0", "end": 1, "labels": ["Claim"]}},
        {"id": "r2", "type": "labels"},
        {"id": "r3", "type": "choices", "value": {"choices": ["x"]}},
        {"id": "r4", "type": "labels", "value": {"start": 0, "end": 1, "labels": [7, "Claim"], "text": "a"}},
        {"id": "r4", "type": "textarea", "value": {"text": ["note", 5]}}
    ]}]}]"#;
    let (d, r, _) = label_studio::open(file.as_bytes(), "T", NOW).unwrap();
    assert_eq!(d.text.as_str(), "a😀b c");
    assert_eq!(
        messages(&r),
        [
            "Task 1, result 1 (\"r1\"), was skipped: its \"start\" and \"end\" are not whole numbers.",
            "Task 1, result 2 (\"r2\"), was skipped: it has no \"value\".",
        ]
    );
    assert_eq!(r.placed.len(), 1);
    assert_eq!(r.placed[0].annotation.note, "note");
    assert!(label_studio::import(&d, b"\"just a string\"", NOW)
        .unwrap_err()
        .to_string()
        .contains("not a list of tasks"));
    assert!(label_studio::import(&d, b"[]", NOW)
        .unwrap_err()
        .to_string()
        .contains("no tasks"));
}

#[test]
fn doccano_utf16_looking_offsets_past_the_end_are_refused_not_rounded() {
    // "a😀b": code points 3, UTF-16 units 4. An offset of 4 is past the end in code points.
    let (r, _) = doccano::import(
        &Document::new("T", "a😀b", None),
        r#"{"text": "a😀b", "label": [[2, 4, "Claim"]]}"#.as_bytes(),
        NOW,
    )
    .unwrap();
    assert!(r.placed.is_empty());
    assert_eq!(messages(&r), ["Line 1, span 1 has offsets [2, 4), which do not fit this text (3 characters), and no quote to find it by."]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Arbitrary bytes, and arbitrary JSON-ish text, never panic any importer or the recogniser.
    #[test]
    fn no_input_panics(bytes in prop::collection::vec(any::<u8>(), 0..300), text in "[\\[\\]{}\",:0-9a-zT\\t\\n #-]{0,200}") {
        let d = doc();
        for input in [&bytes[..], text.as_bytes()] {
            let _ = detect(input);
            let _ = w3c_import::import(&d, input, NOW);
            let _ = csv::import(&d, input, NOW);
            let _ = brat::import(&d, input, NOW);
            let _ = doccano::import(&d, input, NOW);
            let _ = label_studio::import(&d, input, NOW);
            let _ = doccano::open(input, "T", NOW);
            let _ = label_studio::open(input, "T", NOW);
        }
    }
}
