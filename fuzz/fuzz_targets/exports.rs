//! Every export read back: a document with any text, title and annotations (any spans, the default
//! labels, any notes) is saved as a native file, W3C Web Annotations, CSV (with and without a BOM),
//! doccano JSONL, Label Studio JSON and brat standoff; each is recognised by `detect` as its format
//! and read back onto the same text with no problem, giving the same spans, labels and notes (as
//! far as the format holds them): see `check_exports`.
//!
//! Input: `text NUL parameters` (title and annotations), or parameters alone on the sample article.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use close_reader_core::{Annotation, Document, Span};
use close_reader_fuzz::{check_exports, split, NOW};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug, Default)]
struct Params {
    title: String,
    annotations: Vec<(u16, u8, u8, String)>,
}

fuzz_target!(|data: &[u8]| {
    let (text, params) = split(data);
    let p: Params = Unstructured::new(params).arbitrary().unwrap_or_default();
    let mut doc = Document::new(&p.title, &text, None);
    let n = doc.text.len();
    let labels = ["claim", "source", "hedge"];
    for (i, (start, len, label, note)) in p.annotations.into_iter().take(16).enumerate() {
        let start = start as usize % (n + 1);
        let Some(span) = Span::new(start, (start + len as usize).min(n)) else {
            continue;
        };
        let mut a = Annotation::new(
            &format!("a{}", i + 1),
            labels[label as usize % 3],
            span,
            NOW,
        );
        a.note = note;
        let _ = doc.insert(a);
    }
    check_exports(&doc);
});
