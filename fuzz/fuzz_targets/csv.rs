//! CSV: any text is refused with a message naming a line, or parses into records that start on
//! increasing lines and that parse back the same when written again (every field quoted); an
//! import places or reports every non-blank row and keeps the properties of `check_report`; the
//! resulting document survives every export and import (`check_exports`).
//!
//! Input: `text NUL sheet`, or just a sheet (imported onto the sample article).
#![no_main]

use close_reader_core::formats::csv::{import, parse};
use close_reader_core::formats::import_links::without_links;
use close_reader_fuzz::{bare, check_exports, check_report, split, NOW};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, sheet) = split(data);
    if let Ok(s) = std::str::from_utf8(sheet) {
        match parse(s) {
            Ok(records) => {
                for w in records.windows(2) {
                    assert!(w[0].0 < w[1].0, "records out of line order: {records:?}");
                }
                let mut again = String::new();
                for (_, fields) in &records {
                    let quoted: Vec<String> = fields
                        .iter()
                        .map(|f| format!("\"{}\"", f.replace('"', "\"\"")))
                        .collect();
                    again.push_str(&quoted.join(","));
                    again.push_str("\r\n");
                }
                let reparsed = parse(&again).expect("quoted fields parse");
                let fields = |r: &[(usize, Vec<String>)]| -> Vec<Vec<String>> {
                    r.iter().map(|(_, f)| f.clone()).collect()
                };
                assert_eq!(fields(&reparsed), fields(&records), "{again}");
            }
            Err(e) => assert!(e.to_string().contains("line"), "{e}"),
        }
    }
    let doc = bare(&text);
    match import(&doc, sheet, NOW).map(without_links) {
        Ok(r) => {
            let s = std::str::from_utf8(sheet).expect("imported, so UTF-8");
            let rows = parse(s.strip_prefix('\u{feff}').unwrap_or(s)).expect("imported, so parsed");
            let non_blank = rows[1..]
                .iter()
                .filter(|(_, f)| !f.iter().all(String::is_empty))
                .count();
            // Every row is placed or reported (a row may also have problems with its links).
            assert!(r.placed.len() <= non_blank);
            assert!(r.placed.len() + r.problems.len() >= non_blank);
            let applied = check_report(&doc, &r);
            check_exports(&applied);
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
