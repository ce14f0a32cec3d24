//! The native file: whatever `from_bytes` accepts is a valid document (spans inside the text, on
//! known labels; links between its annotations) that saves and opens again as itself, also with
//! the evidence summary written in; and `detect` calls it a Close Reader file. Refusals have a
//! message.
//!
//! Each input is also tried with its `document.sha256` made right, so that the fuzzer gets past
//! the checksum to the annotations, labels and links.
#![no_main]

use close_reader_core::formats::detect::{detect, Format};
use close_reader_core::formats::native::{self, text_sha256};
use close_reader_core::model::blocks::{blocks, segment_all};
use close_reader_fuzz::native_round_trip;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    check(data);
    if let Some(fixed) = with_right_checksum(data) {
        check(fixed.as_bytes());
    }
});

fn check(data: &[u8]) {
    let doc = match native::from_bytes(data) {
        Ok(doc) => doc,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    let len = doc.text.len();
    for a in doc.annotations() {
        assert!(!a.span.is_empty() && a.span.end() <= len, "{a:?}");
        assert!(doc.label(&a.label).is_some(), "{a:?} has an unknown label");
        assert!(doc.annotation(&a.id) == Some(a));
    }
    for l in doc.links() {
        assert!(doc.annotation(&l.from).is_some(), "{l:?} dangles");
        assert!(
            l.other.is_some() || doc.annotation(&l.to).is_some(),
            "{l:?} dangles"
        );
    }
    native_round_trip(&doc);
    let with_summary = native::to_json_with_summary(&doc);
    let back = native::from_json(&with_summary).expect("a file with its summary opens");
    assert!(back == doc, "the summary changed what opens");
    assert_eq!(detect(data), Ok(Format::Native));
    // What the app does next with an opened document: paragraphs and highlight segments.
    let bs = blocks(&doc.text);
    assert_eq!(segment_all(&doc, &bs).len(), bs.len());
}

/// The input with `document.sha256` set to the hash of `document.text`, when it is JSON with a
/// text and a wrong hash.
fn with_right_checksum(data: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(data).ok()?;
    let mut v: Value = serde_json::from_str(s.strip_prefix('\u{feff}').unwrap_or(s)).ok()?;
    let document = v.get_mut("document")?.as_object_mut()?;
    let sha = text_sha256(document.get("text")?.as_str()?);
    if document.get("sha256").and_then(Value::as_str) == Some(sha.as_str()) {
        return None;
    }
    document.insert("sha256".into(), Value::String(sha));
    serde_json::to_string(&v).ok()
}
