//! CSV, brat, doccano and Label Studio: each export, read back onto the same text, gives the same
//! annotations (what the format can hold), in any script; the bytes other tools read have the
//! documented offsets; and the recogniser names every export correctly.

mod support;

use std::io::Read;

use close_reader_core::anchoring::{apply, ImportReport};
use close_reader_core::formats::detect::{detect, Format};
use close_reader_core::formats::import_links::without_links;
use close_reader_core::formats::native;
use close_reader_core::formats::w3c::{to_w3c_json, W3cOptions};
use close_reader_core::formats::{brat, csv, doccano, label_studio};
use close_reader_core::Document;
use proptest::prelude::*;
use serde_json::Value;
use support::*;

fn fresh(doc: &Document) -> Document {
    Document::new(&doc.title, doc.text.as_str(), doc.source_url.clone())
}

fn applied(mut target: Document, report: &ImportReport) -> Document {
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(report.unknown_tags.is_empty(), "{:?}", report.unknown_tags);
    apply(&mut target, report, |_| None);
    target
}

/// Spans and labels without ids or notes, in a fixed order: doccano keeps no ids and no notes.
fn spans_only(d: &Document) -> Vec<(usize, usize, String)> {
    let mut v: Vec<_> = summary(d)
        .into_iter()
        .map(|(_, l, s, e, _)| (s, e, l))
        .collect();
    v.sort();
    v
}

fn csv_round_trip(doc: &Document) -> Document {
    let sheet = csv::to_csv(doc, csv::CsvOptions::default());
    applied(
        fresh(doc),
        &without_links(csv::import(&fresh(doc), sheet.as_bytes(), NOW).unwrap()),
    )
}

fn brat_round_trip(doc: &Document) -> Document {
    let e = brat::to_brat(doc);
    assert!(e.skipped.is_empty(), "{:?}", e.skipped);
    let target = Document::new("T", &e.txt, None);
    applied(
        target.clone(),
        &without_links(brat::import(&target, e.ann.as_bytes(), NOW).unwrap()),
    )
}

/// brat numbers its annotations T1, T2 … and keeps notes on one line: compare without ids and
/// with line breaks in notes as spaces.
/// Line breaks at the edges of a span are left out (brat cannot mark them).
fn brat_summary(d: &Document) -> Vec<(usize, usize, String, String)> {
    const BREAKS: &str = "\n\r\u{b}\u{c}\u{1c}\u{1d}\u{1e}\u{85}\u{2028}\u{2029}";
    let one_line = |n: &str| {
        n.chars()
            .map(|c| if BREAKS.contains(c) { ' ' } else { c })
            .collect()
    };
    let trim = |s: usize, e: usize| {
        let q: Vec<char> = cp_slice(d.text.as_str(), s, e).chars().collect();
        let lead = q.iter().take_while(|c| BREAKS.contains(**c)).count();
        let trail = q.iter().rev().take_while(|c| BREAKS.contains(**c)).count();
        (s + lead, e - trail)
    };
    let mut v: Vec<_> = summary(d)
        .into_iter()
        .map(|(_, l, s, e, n)| {
            let (s, e) = trim(s, e);
            (s, e, l, one_line(&n))
        })
        .collect();
    v.sort();
    v
}

fn doccano_round_trip(doc: &Document) -> Document {
    let (opened, report, links) =
        doccano::open(doccano::to_jsonl(doc).as_bytes(), &doc.title, NOW).unwrap();
    let report = without_links((report, links));
    applied(
        Document::new(&opened.title, opened.text.as_str(), None),
        &report,
    )
}

fn label_studio_round_trip(doc: &Document) -> Document {
    let (opened, report, links) =
        label_studio::open(label_studio::to_json(doc).as_bytes(), &doc.title, NOW).unwrap();
    let report = without_links((report, links));
    applied(
        Document::new(&opened.title, opened.text.as_str(), None),
        &report,
    )
}

#[test]
fn the_article_round_trips_through_every_format() {
    let doc = article_doc();
    assert_eq!(summary(&csv_round_trip(&doc)), summary(&doc));
    assert_eq!(brat_summary(&brat_round_trip(&doc)), brat_summary(&doc));
    assert_eq!(spans_only(&doccano_round_trip(&doc)), spans_only(&doc));
    assert_eq!(summary(&label_studio_round_trip(&doc)), summary(&doc));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]
    #[test]
    fn any_document_round_trips_through_csv(doc in any_doc()) {
        prop_assert_eq!(summary(&csv_round_trip(&doc)), summary(&doc));
    }

    #[test]
    fn any_document_round_trips_through_brat(doc in any_doc()) {
        let spans_all_breaks = doc.annotations().iter().any(|a| doc.quote(a).chars().all(|c| "\r\n\u{2028}".contains(c)));
        let e = brat::to_brat(&doc);
        let edges: Vec<String> = doc.annotations().iter().filter(|a| {
            let q = doc.quote(a);
            q.starts_with(['\r', '\n', '\u{2028}']) || q.ends_with(['\r', '\n', '\u{2028}'])
        }).map(|a| a.id.clone()).collect();
        prop_assert_eq!(spans_all_breaks, !e.skipped.is_empty());
        if !spans_all_breaks {
            prop_assert_eq!(&e.trimmed, &edges);
        }
        prop_assume!(!spans_all_breaks);
        prop_assert_eq!(brat_summary(&brat_round_trip(&doc)), brat_summary(&doc));
    }

    #[test]
    fn any_document_round_trips_through_doccano(doc in any_doc()) {
        prop_assert_eq!(spans_only(&doccano_round_trip(&doc)), spans_only(&doc));
    }

    #[test]
    fn any_document_round_trips_through_label_studio(doc in any_doc()) {
        prop_assert_eq!(summary(&label_studio_round_trip(&doc)), summary(&doc));
    }

    /// Whatever the document, the recogniser names each export for what it is.
    #[test]
    fn every_export_is_recognised(doc in any_doc()) {
        let w3c = to_w3c_json(&doc, &W3cOptions { document_id: "d", creator: None });
        prop_assert_eq!(detect(native::to_json(&doc).as_bytes()), Ok(Format::Native));
        prop_assert_eq!(detect(w3c.as_bytes()), Ok(Format::W3cCollection));
        prop_assert_eq!(detect(csv::to_csv(&doc, csv::CsvOptions { bom: true }).as_bytes()), Ok(Format::Csv));
        prop_assert_eq!(detect(doccano::to_jsonl(&doc).as_bytes()), Ok(Format::Doccano));
        prop_assert_eq!(detect(label_studio::to_json(&doc).as_bytes()), Ok(Format::LabelStudio));
        let ann = brat::to_brat(&doc).ann;
        if !ann.is_empty() {
            prop_assert_eq!(detect(ann.as_bytes()), Ok(Format::BratAnn));
        }
    }
}

#[test]
fn csv_is_rfc_4180_with_code_point_offsets() {
    let doc = article_doc();
    let sheet = csv::to_csv(&doc, csv::CsvOptions::default());
    let lines: Vec<&str> = sheet.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "id,label,start,end,quote,note,prefix,suffix,links"
    );
    let (s, e) = find(ARTICLE, "freed 😀");
    assert!(
        lines[1].starts_with(&format!("a1,Claim,{s},{e},freed 😀,,")),
        "{}",
        lines[1]
    );
    assert!(
        sheet.contains("\"Arabic: \"\"the minister said\"\", quoted\""),
        "quotes doubled inside a quoted field"
    );
    assert!(!sheet.starts_with('\u{feff}'));
    assert!(csv::to_csv(&doc, csv::CsvOptions { bom: true }).starts_with('\u{feff}'));
}

#[test]
fn csv_rows_with_bad_numbers_fall_back_to_their_quote_or_are_reported() {
    let doc = Document::new("T", "The minister said the plan worked.", None);
    let sheet = "label,start,end,quote\r\nClaim,x,9,minister\r\nClaim,4,,\r\nClaim,-1,99999999999999999999999,\r\nOpinion,18,26,the plan\r\n";
    let r = without_links(csv::import(&doc, sheet.as_bytes(), NOW).unwrap());
    assert_eq!(r.placed.len(), 2);
    assert_eq!(doc.text.slice(r.placed[0].annotation.span), "minister");
    assert_eq!(r.unknown_tags, ["Opinion"]);
    let msgs: Vec<String> = r.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        msgs,
        [
            "Line 3, was skipped: its end \"\" is not a whole number of characters.",
            "Line 4, was skipped: its start \"-1\" is not a whole number of characters.",
        ]
    );
    let e = csv::import(&doc, b"name,value\r\n", NOW).unwrap_err();
    assert_eq!(e.to_string(), "This is not usable Close Reader CSV: its first row has no column named label, start, end, quote.");
}

#[test]
fn brat_zip_holds_the_four_files_readable_by_a_zip_library() {
    let doc = article_doc();
    let bytes = brat::to_brat_zip(&doc);
    assert_eq!(
        bytes,
        brat::to_brat_zip(&doc),
        "the same document gives the same archive"
    );
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a valid zip");
    let mut names: Vec<String> = archive.file_names().map(String::from).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "annotation.conf",
            "scam-centres-1-440-freed.ann",
            "scam-centres-1-440-freed.txt",
            "visual.conf"
        ]
    );
    let mut read = |name: &str| {
        let mut s = String::new();
        archive
            .by_name(name)
            .unwrap()
            .read_to_string(&mut s)
            .unwrap();
        s
    };
    assert_eq!(
        read("scam-centres-1-440-freed.txt"),
        ARTICLE,
        "CRC checked by the library, text byte-exact"
    );
    let ann = read("scam-centres-1-440-freed.ann");
    let conf = read("annotation.conf");
    assert!(
        conf.contains("[entities]\nClaim\nSource\nHedge\n"),
        "{conf}"
    );
    // The span across "help.\r\nCafe\u{301}" is two fragments; offsets are code points.
    let (s, e) = find(ARTICLE, "help.\r\nCafe\u{301}");
    assert!(
        ann.contains(&format!(
            "\tClaim {s} {};{} {e}\thelp. Cafe\u{301}\n",
            s + 5,
            s + 7
        )),
        "{ann}"
    );
    assert!(ann.contains("AnnotatorNotes T"), "{ann}");
}

#[test]
fn doccano_and_label_studio_offsets_are_code_points() {
    let doc = article_doc();
    let line: Value = serde_json::from_str(doccano::to_jsonl(&doc).trim_end()).unwrap();
    let (s, e) = find(ARTICLE, "👩\u{200d}👩\u{200d}👧");
    assert!(line["label"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!([s, e, "Source"])));
    let tasks: Value = serde_json::from_str(&label_studio::to_json(&doc)).unwrap();
    let result = tasks[0]["annotations"][0]["result"].as_array().unwrap();
    let family = result
        .iter()
        .find(|r| r["value"]["text"] == "👩\u{200d}👩\u{200d}👧")
        .unwrap();
    assert_eq!(
        (
            family["value"]["start"].as_u64(),
            family["value"]["end"].as_u64()
        ),
        (Some(s as u64), Some(e as u64))
    );
    let note = result
        .iter()
        .find(|r| r["type"] == "textarea" && r["id"] == family["id"])
        .unwrap();
    assert_eq!(note["value"]["text"], serde_json::json!(["family"]));
}

#[test]
fn doccano_onto_an_edited_text_anchors_by_the_files_own_quotes() {
    let original = article_doc();
    let jsonl = doccano::to_jsonl(&original);
    // The open document has an extra sentence at the start: offsets shift, quotes still match.
    let edited = Document::new("T", &format!("Update: figures revised. {ARTICLE}"), None);
    let r = without_links(doccano::import(&edited, jsonl.as_bytes(), NOW).unwrap());
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    for (p, a) in r.placed.iter().zip(original.annotations()) {
        assert_eq!(edited.text.slice(p.annotation.span), original.quote(a));
    }
    let two = format!("{jsonl}{{\"text\": \"other\", \"label\": []}}\n");
    let e = doccano::import(&edited, two.as_bytes(), NOW).unwrap_err();
    assert_eq!(e.to_string(), "This doccano JSONL file is about a different text: none of its 2 lines holds the text of this document.");
}

#[test]
fn hostile_doccano_and_label_studio_files_give_messages() {
    let doc = Document::new("T", "a😀b", None);
    let msg = |r: Result<ImportReport, close_reader_core::formats::import::ImportError>| match r {
        Ok(r) => r
            .problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(" | "),
        Err(e) => e.to_string(),
    };
    let d = |s: &str| msg(doccano::import(&doc, s.as_bytes(), NOW).map(without_links));
    assert_eq!(d("{\"text\": \"a😀b\"}\nnot json\n"), "This doccano JSONL file cannot be read: this line is not valid JSON (each line must be one JSON object) (at line 2, column 2).");
    assert_eq!(
        d("{\"label\": []}"),
        "This is not usable doccano JSONL: line 1 has no \"text\" string."
    );
    assert_eq!(
        d("{\"text\": \"a😀b\", \"label\": {\"x\": 1}}"),
        "This is not usable doccano JSONL: line 1 has a \"label\" that is not a list."
    );
    assert_eq!(d("{\"text\": \"a😀b\", \"label\": [[0, 1e40, \"Claim\"], [2, 1, \"Claim\"], \"Claim\", [0, 1, 5]]}"),
        "Line 1, span 1, was skipped: its end 1e+40 is not a whole number of characters. | Line 1, span 2 has offsets [2, 1), which do not fit this text (3 characters), and no quote to find it by. | Line 1, span 3, was skipped: it is a label for the whole text (text classification), not a span. | Line 1, span 4, was skipped: its label is not a string.");
    let ls = |s: &str| msg(label_studio::import(&doc, s.as_bytes(), NOW).map(without_links));
    assert_eq!(ls("[{\"data\": {}}]"), "This is not usable Label Studio JSON: task 1 has no text in \"data\" (expected \"data\": {\"text\": \"…\"}).");
    // UTF-16 offset 2 splits the emoji; no text to check: refused, not rounded.
    let split = r#"[{"data": {"text": "a😀b"}, "annotations": [{"result": [{"id": "r", "type": "labels", "value": {"start": 2, "end": 9, "labels": ["Claim"]}}]}]}]"#;
    assert_eq!(ls(split), "Task 1, result 1 (\"r\") has offsets [2, 9), which do not fit this text (3 characters), and no quote to find it by.");
    let half = r#"[{"data": {"text": "a😀b"}, "annotations": [{"result": [{"id": "r", "type": "labels", "value": {"start": 2, "end": 4, "text": "\ud83d\ude00b", "labels": ["Claim"]}}]}]}]"#;
    assert_eq!(ls(half), "", "neither reading of [2, 4) fits (past the end; half an emoji), so the region's own text finds it");
}
