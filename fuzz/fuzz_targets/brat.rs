//! brat standoff `.ann`: any bytes are refused with a message or give a report that keeps the
//! properties of `check_report`; every one-fragment `T` line whose offsets fit the text and whose
//! quote agrees with the text there is placed exactly there; the resulting document survives every
//! export and import (`check_exports`, which checks that brat's own export comes back exactly).
//!
//! Input: `text NUL ann`, or just an `.ann` (imported onto the sample article).
#![no_main]

use close_reader_core::anchoring::Anchoring;
use close_reader_core::formats::brat::import;
use close_reader_core::formats::import_links::without_links;
use close_reader_core::{Document, Span};
use close_reader_fuzz::{bare, check_exports, check_report, split, NOW};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, ann) = split(data);
    let doc = bare(&text);
    let report = match import(&doc, ann, NOW).map(without_links) {
        Ok(r) => r,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    let ann = std::str::from_utf8(ann).expect("imported, so UTF-8");
    for (id, span) in exact_lines(&doc, ann) {
        assert!(
            report
                .placed
                .iter()
                .any(|p| p.source_id.as_deref() == Some(id)
                    && p.annotation.span == span
                    && p.anchoring == Anchoring::Offsets),
            "{id} at {span} is not placed there: {report:?}"
        );
    }
    let applied = check_report(&doc, &report);
    check_exports(&applied);
});

/// The `T` lines with one fragment that fits the text and a quote equal to the text there.
fn exact_lines<'a>(doc: &Document, ann: &'a str) -> Vec<(&'a str, Span)> {
    let mut out = Vec::new();
    for raw in ann.split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let Some((id, rest)) = raw.split_once('\t') else {
            continue;
        };
        let Some((head, quote)) = rest.split_once('\t') else {
            continue;
        };
        let Some((_, offsets)) = head.split_once(' ') else {
            continue;
        };
        let nums: Vec<&str> = offsets.split(' ').filter(|s| !s.is_empty()).collect();
        if !id.starts_with('T') || offsets.contains(';') || nums.len() != 2 {
            continue;
        }
        let (Ok(s), Ok(e)) = (nums[0].parse::<usize>(), nums[1].parse::<usize>()) else {
            continue;
        };
        if s < e && e <= doc.text.len() {
            let span = Span::new(s, e).expect("ordered");
            if doc.text.slice(span) == quote {
                out.push((id, span));
            }
        }
    }
    out
}
