//! The native file: whatever `from_bytes` accepts is a valid document (spans inside the text, on
//! known labels; links between its annotations; key spans of a feedback inside the text, on known
//! labels; instructions of an assignment within their limit; a structure that fits the text as the
//! model builds one) that saves and opens again as itself, that the report shows without a script,
//! also with the evidence summary written in, and with itself as its own feedback key; its
//! assignment file opens as the same article with no one's work; it matches itself as the same
//! text when collected; and `detect` calls it a Close Reader file. Refusals have a message.
//!
//! Read a slice at a time (`native_stream`, with a budget taken from the input), the same bytes give
//! the same document, or a refusal when `from_bytes` refuses (which problem is named first may
//! differ in a file with several).
//!
//! Each input is also tried with its `document.sha256` made right, so that the fuzzer gets past
//! the checksum to the annotations, labels and links.
#![no_main]

use close_reader_core::formats::collect::{fit, Fit};
use close_reader_core::formats::detect::{detect, Format};
use close_reader_core::formats::native;
use close_reader_core::formats::native_stream::{Reading, Step};
use close_reader_core::model::blocks::{blocks, segment_all};
use close_reader_core::model::classroom::{with_feedback, MAX_INSTRUCTIONS_CHARS};
use close_reader_core::model::shape::Shape;
use close_reader_fuzz::{check_assignment_file, native_round_trip, with_right_checksum};
use libfuzzer_sys::fuzz_target;

fn read_in_slices(data: &[u8]) -> Result<close_reader_core::Document, native::LoadError> {
    let budget = 1 + data.len() % 61;
    let mut r = Reading::new(data.to_vec());
    loop {
        match r.step(budget) {
            Step::Working { .. } => {}
            Step::Done(d) => return Ok(*d),
            Step::Failed(e) => return Err(e),
        }
    }
}

fuzz_target!(|data: &[u8]| {
    check(data);
    if let Some(fixed) = with_right_checksum(data) {
        check(fixed.as_bytes());
    }
});

fn check(data: &[u8]) {
    let sliced = read_in_slices(data);
    match (&sliced, native::from_bytes(data)) {
        (Ok(a), Ok(b)) => assert!(*a == b, "read in slices, the document differs"),
        (Err(_), Err(_)) => {}
        (a, b) => panic!("read in slices: {a:?}; whole: {b:?}"),
    }
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
    if let Some(a) = &doc.assignment {
        assert!(a.instructions.chars().count() <= MAX_INSTRUCTIONS_CHARS);
    }
    if let Some(key) = &doc.feedback {
        for k in &key.spans {
            assert!(!k.span.is_empty() && k.span.end() <= len, "{k:?}");
            assert!(doc.label(&k.label).is_some(), "{k:?} has an unknown label");
        }
    }
    let shape = &doc.shape;
    let rebuilt = Shape::new(&doc.text, shape.blocks().to_vec(), shape.marks().to_vec());
    assert!(
        rebuilt.as_ref() == Ok(shape),
        "the structure is not one the model builds"
    );
    let report = close_reader_core::analysis::report::to_html(&doc, &Default::default());
    assert!(!report.to_ascii_lowercase().contains("<script"));
    native_round_trip(&doc);
    let own_key = with_feedback(&doc, &doc, "Key").expect("the same text");
    assert_eq!(
        own_key.feedback.as_ref().unwrap().spans.len(),
        doc.annotations().len()
    );
    native_round_trip(&own_key);
    check_assignment_file(&doc);
    assert!(fit(&doc, doc.clone()) == Fit::Same(doc.clone()));
    let with_summary = close_reader_core::analysis::evidence::to_json_with_summary(&doc);
    let back = native::from_json(&with_summary).expect("a file with its summary opens");
    assert!(back == doc, "the summary changed what opens");
    assert_eq!(detect(data), Ok(Format::Native));
    // What the app does next with an opened document: paragraphs and highlight segments.
    let bs = blocks(&doc.text);
    assert_eq!(segment_all(&doc, &bs).len(), bs.len());
}
