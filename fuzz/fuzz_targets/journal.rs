//! The journal of unsaved changes (`formats::journal`), as a browser's local storage may hand it
//! back: any bytes, over a stored copy of the sample article. Replaying never panics; what it
//! returns is a document that saves and opens again as itself, on the stored copy's text.
#![no_main]

use close_reader_core::formats::journal;
use close_reader_fuzz::{article_doc, native_round_trip};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    let stored = article_doc();
    let _ = journal::about(json);
    let _ = journal::touched(json);
    match journal::replay(json, Some(stored.clone())) {
        Ok(doc) => {
            native_round_trip(&doc);
            let whole = json.contains("\"whole\": true") || json.contains("\"whole\":true");
            assert!(
                whole || doc.text == stored.text,
                "changes keep the stored text"
            );
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
