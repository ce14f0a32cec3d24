//! Opening any file as an article: the sniffing names a kind or says what the file is, the
//! importer reads it or refuses it with a message (never a panic, a hang or unbounded memory), and
//! an article read is a document that saves as a version 4 file and opens again to the same.
//!
//! Input: any bytes (seeded with the importers' fixtures: web pages, Word, OpenDocument, EPUB,
//! PDF, Markdown and text, each made by its real tool).
#![no_main]

use close_reader_core::formats::native;
use close_reader_core::import;
use close_reader_core::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match import::open(data) {
        Ok(opened) => {
            let a = opened.article;
            assert!(
                !a.text.as_str().trim().is_empty(),
                "an empty article is refused"
            );
            let mut doc = Document::new(&a.title, "", None);
            doc.text = a.text;
            doc.shape = a.shape;
            let json = native::to_json(&doc);
            let back = native::from_json(&json).expect("an imported article saves and opens again");
            assert!(back == doc, "the article reads back the same");
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
