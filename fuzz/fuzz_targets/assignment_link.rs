//! Assignment links: any fragment, read as the app reads `location.hash` (`fragment_code`, then
//! `base64url_decode`, then `native::from_bytes`), never panics; a damaged code is refused with a
//! message, and a code is read exactly when it is what the encoder writes; what opens gives an
//! assignment file that opens again as the same article with no one's work (`check_assignment_file`),
//! and a link is offered for it exactly when it is short enough. Any bytes encode to the URL-safe
//! alphabet, four characters for every three bytes, and decode back.
//!
//! The app inflates the decoded bytes (`DecompressionStream("deflate-raw")`) before opening them;
//! the core has no inflater, so here the decoded bytes are the file. An input that is not an
//! assignment fragment is opened as such a file directly, also with its checksum made right.
#![no_main]

use close_reader_core::formats::assignment_link::{
    assignment_file, assignment_link, base64url_decode, base64url_encode, fragment_code,
    MAX_LINK_CHARS,
};
use close_reader_core::formats::native;
use close_reader_fuzz::{check_assignment_file, with_right_checksum};
use libfuzzer_sys::fuzz_target;

const PAGE: &str = "https://example.org/close-reader/";

fuzz_target!(|data: &[u8]| {
    let code = base64url_encode(data);
    assert_eq!(code.len(), (data.len() * 4).div_ceil(3));
    assert!(code
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_eq!(base64url_decode(&code).as_deref(), Ok(data));
    let fragment = format!("#assignment={code}");
    // An empty code is still a code (the app says the link was cut off).
    assert_eq!(fragment_code(&fragment), Some(code.as_str()));

    let fragment = String::from_utf8_lossy(data);
    match fragment_code(&fragment) {
        Some(code) => match base64url_decode(code) {
            Ok(bytes) => {
                assert_eq!(base64url_encode(&bytes), code, "read but not as written");
                open(&bytes);
            }
            Err(message) => {
                assert!(message.starts_with("its code "), "{message}");
            }
        },
        None => {
            open(data);
            if let Some(fixed) = with_right_checksum(data) {
                open(fixed.as_bytes());
            }
        }
    }
});

fn open(bytes: &[u8]) {
    let doc = match native::from_bytes(bytes) {
        Ok(doc) => doc,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    check_assignment_file(&doc);
    let code = base64url_encode(assignment_file(&doc).as_bytes());
    let full = PAGE.len() + "#assignment=".len() + code.len();
    match assignment_link(PAGE, &code) {
        Ok(link) => {
            assert!(full <= MAX_LINK_CHARS && link.len() == full);
            let back = base64url_decode(fragment_code(&link[PAGE.len()..]).unwrap()).unwrap();
            assert_eq!(back, assignment_file(&doc).as_bytes());
        }
        Err(message) => {
            assert!(full > MAX_LINK_CHARS);
            assert!(message.starts_with("This article is too long to share as a link ("));
        }
    }
}
