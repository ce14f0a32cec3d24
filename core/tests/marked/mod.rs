//! Documents written as marked-up text for the links, evidence and side-by-side tests:
//! `{claim a2|the bridge will {hedge a3|probably} open}` marks "the bridge will probably open" as
//! claim a2 and "probably" inside it as hedge a3. Offsets are counted here in code points, without
//! the crate, so a test's expectations do not depend on the code under test.
#![allow(dead_code)]

use close_reader_core::{Annotation, Document, Link, LinkKind, Span};

pub const NOW: &str = "2025-03-14T09:26:53Z";

/// The clean text and `(label, id, start, end)` of every mark, in the order they close.
pub fn parse(src: &str) -> (String, Vec<(String, String, usize, usize)>) {
    let mut text = String::new();
    let mut len = 0;
    let mut open: Vec<(String, String, usize)> = Vec::new();
    let mut marks = Vec::new();
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        match c {
            '{' => {
                let head: String = chars.by_ref().take_while(|&c| c != '|').collect();
                let (label, id) = head.split_once(' ').expect("{label id|…}");
                open.push((label.to_string(), id.to_string(), len));
            }
            '}' => {
                let (label, id, start) = open.pop().expect("a mark is open");
                marks.push((label, id, start, len));
            }
            c => {
                text.push(c);
                len += 1;
            }
        }
    }
    assert!(open.is_empty(), "unclosed mark");
    (text, marks)
}

/// A document over the clean text with one annotation per mark.
pub fn marked(title: &str, src: &str) -> Document {
    let (text, marks) = parse(src);
    let mut d = Document::new(title, &text, None);
    for (label, id, s, e) in marks {
        d.insert(Annotation::new(&id, &label, Span::new(s, e).unwrap(), NOW))
            .unwrap_or_else(|e| panic!("{e}"));
    }
    d
}

/// Adds a link with the next id.
pub fn link(d: &mut Document, from: &str, to: &str, kind: LinkKind) {
    let l = Link::new(&d.next_link_id(), from, to, kind);
    d.insert_link(l).unwrap_or_else(|e| panic!("{e}"));
}

/// [`marked`] with the document's labels given first (for custom label sets).
pub fn marked_with(title: &str, labels: &[close_reader_core::Label], src: &str) -> Document {
    let (text, marks) = parse(src);
    let mut d = Document::new(title, &text, None);
    d.labels = labels.to_vec();
    for (label, id, s, e) in marks {
        d.insert(Annotation::new(&id, &label, Span::new(s, e).unwrap(), NOW))
            .unwrap_or_else(|e| panic!("{e}"));
    }
    d
}
