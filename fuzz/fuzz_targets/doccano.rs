//! doccano JSONL: any bytes are refused with a message or parse into records. Opening places every
//! span of the first record whose offsets fit its text exactly there (by offsets), and reports
//! every other span as a problem; importing onto the document just opened gives the same report;
//! importing onto another text keeps the properties of `check_report`; the resulting documents
//! survive every export and import (`check_exports`).
//!
//! Input: `text NUL file`, or just a file (imported onto the sample article).
#![no_main]

use close_reader_core::anchoring::Anchoring;
use close_reader_core::formats::doccano::{import, open, parse};
use close_reader_core::formats::import_links::without_links;
use close_reader_fuzz::{bare, check_exports, check_report, split, NOW};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, file) = split(data);
    let records = match parse(file) {
        Ok(r) => r,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            assert!(open(file, "T", NOW).is_err());
            return;
        }
    };
    let first = &records[0];
    let (opened, report, links) = open(file, "T", NOW).expect("parsed, so it opens");
    let report = without_links((report, links));
    assert_eq!(opened.text.as_str(), first.text);
    let len = opened.text.len() as u64;
    let fitting: Vec<(u64, u64)> = first
        .spans
        .iter()
        .filter_map(|s| s.as_ref().ok())
        .filter(|(s, e, _)| s < e && *e <= len)
        .map(|(s, e, _)| (*s, *e))
        .collect();
    assert_eq!(
        report.placed.len(),
        fitting.len(),
        "every fitting span is placed"
    );
    assert_eq!(
        report.placed.len() + report.problems.len(),
        first.spans.len()
    );
    for (p, (s, e)) in report.placed.iter().zip(&fitting) {
        assert_eq!(p.anchoring, Anchoring::Offsets);
        assert_eq!(
            (
                p.annotation.span.start() as u64,
                p.annotation.span.end() as u64
            ),
            (*s, *e)
        );
    }
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
