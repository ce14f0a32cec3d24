//! Label Studio JSON: any bytes are refused with a message or parse into tasks. Opening gives one
//! outcome (placed or a problem) per `labels` region of the first task, placed inside the text;
//! importing onto the opened document gives the same report; importing onto another text keeps
//! the properties of `check_report`; the resulting documents survive every export and import
//! (`check_exports`).
//!
//! Input: `text NUL file`, or just a file (imported onto the sample article).
#![no_main]

use close_reader_core::formats::import_links::without_links;
use close_reader_core::formats::label_studio::{import, open, parse};
use close_reader_fuzz::{bare, check_exports, check_report, split, NOW};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let (text, file) = split(data);
    let tasks = match parse(file) {
        Ok(t) => t,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            assert!(open(file, "T", NOW).is_err());
            return;
        }
    };
    let (opened, report, links) = open(file, "T", NOW).expect("parsed, so it opens");
    let report = without_links((report, links));
    assert_eq!(opened.text.as_str(), tasks[0].text);
    let regions = tasks[0]
        .regions
        .iter()
        .filter(|r| r.get("type").and_then(Value::as_str) == Some("labels"))
        .count();
    assert_eq!(report.placed.len() + report.problems.len(), regions);
    let again = without_links(import(&opened, file, NOW).expect("parsed, so it imports"));
    assert_eq!(
        again, report,
        "import onto the opened document differs from opening"
    );
    let applied = check_report(&opened, &report);
    check_exports(&applied);

    let doc = bare(&text);
    match import(&doc, file, NOW).map(without_links) {
        Ok(r) => {
            let applied = check_report(&doc, &r);
            check_exports(&applied);
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
