//! Pastes and text files as articles: a web page's HTML paste, Markdown and text copied from a PDF
//! viewer, from any string. Each gives a shape that fits its text (the builder checks it), and the
//! reflow changes nothing but whitespace and line-end hyphens, and is done after one pass.
#![no_main]

use close_reader_core::import::{html, markdown, reflow};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let pasted = html::from_paste(&text);
    assert!(pasted
        .shape
        .blocks()
        .iter()
        .all(|b| b.span.end() <= pasted.text.len()));
    let md = markdown::from_markdown(&text);
    assert!(md
        .shape
        .marks()
        .iter()
        .all(|m| m.span.end() <= md.text.len()));
    let r = reflow::reflow(&text);
    let kept = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{ad}')
            .collect::<String>()
    };
    assert_eq!(
        kept(&r.text),
        kept(&text),
        "reflow keeps every character but spaces and hyphens"
    );
    assert_eq!(
        reflow::reflow(&r.text).text,
        r.text,
        "reflow is done after one pass"
    );
});
