//! W3C Web Annotation and Hypothesis import: any bytes either are refused with a message or give
//! a report in which every annotation item has one outcome (placed or a problem; linking items
//! aside) and that keeps the properties of `check_report`; the document it makes then survives
//! every export and import (`check_exports`).
//!
//! Input: `text NUL file`, or just a file (imported onto the sample article, the fixtures' text).
#![no_main]

use close_reader_core::formats::import::{parse_json, utf8};
use close_reader_core::formats::import_links::without_links;
use close_reader_core::formats::w3c_import::{annotation_items, import};
use close_reader_fuzz::{bare, check_exports, check_report, split, NOW};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let (text, file) = split(data);
    let doc = bare(&text);
    let report = match import(&doc, file, NOW).map(without_links) {
        Ok(r) => r,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    let value = parse_json(utf8(file, "W3C").expect("read once"), "W3C").expect("read once");
    let items = annotation_items(&value).expect("read once");
    let linking = items
        .iter()
        .filter(|i| i.get("motivation").and_then(Value::as_str) == Some("linking"))
        .count();
    let outcomes = report.placed.len() + report.problems.len();
    assert!(
        items.len() - linking <= outcomes && outcomes <= items.len(),
        "{} items ({linking} linking), {outcomes} outcomes",
        items.len()
    );
    let applied = check_report(&doc, &report);
    check_exports(&applied);
});
