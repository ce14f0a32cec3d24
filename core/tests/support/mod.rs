//! Shared by the interoperability tests: one awkward article, documents marked on it by quoting,
//! and a strategy for random documents whose texts mix every kind of character that breaks offsets.
#![allow(dead_code)]

pub mod suggested;

use close_reader_core::{Annotation, Document, Span};
use proptest::prelude::*;

/// Emoji (an astral one, a ZWJ family), Arabic, CRLF, a no-break space, e + combining acute, and
/// "said the scheme will" three times, so that quotes can be ambiguous.
pub const ARTICLE: &str = "Scam centres: 1,440 freed 😀\r\n\r\nThe minister said the scheme will reportedly cost 40\u{a0}million. Critics said the scheme will fail. قال الوزير إن الخطة ناجحة.\r\nThe family 👩\u{200d}👩\u{200d}👧 waited for news; officials said the scheme will help.\r\nCafe\u{301} owners were not consulted.";

pub const NOW: &str = "2025-03-14T09:26:53Z";

/// Code-point offsets of the first occurrence of `needle`, computed without the crate.
pub fn find(text: &str, needle: &str) -> (usize, usize) {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is not in the text"));
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// The code points `[start, end)` of `text`, computed without the crate.
pub fn cp_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// A document over `text` with one annotation per `(label, needle, note)`, ids a1, a2, …
pub fn marked(text: &str, marks: &[(&str, &str, &str)]) -> Document {
    let mut d = Document::new(
        "Scam centres: 1,440 freed",
        text,
        Some("https://example.org/scam".into()),
    );
    for (i, (label, needle, note)) in marks.iter().enumerate() {
        let (s, e) = find(text, needle);
        let mut a = Annotation::new(&format!("a{}", i + 1), label, Span::new(s, e).unwrap(), NOW);
        a.note = note.to_string();
        d.insert(a).expect("valid annotation");
    }
    d
}

/// The article with one annotation of each awkward kind: an emoji, Arabic, a span across CRLF,
/// a combining mark, a no-break space, and a note with quotes, commas and a line break.
pub fn article_doc() -> Document {
    marked(
        ARTICLE,
        &[
            ("claim", "freed 😀", ""),
            (
                "source",
                "قال الوزير",
                "Arabic: \"the minister said\", quoted",
            ),
            (
                "hedge",
                "reportedly cost 40\u{a0}million",
                "Hedge,\r\nsecond line",
            ),
            ("claim", "help.\r\nCafe\u{301}", ""),
            ("source", "👩\u{200d}👩\u{200d}👧", "family"),
            ("claim", "Critics said the scheme will fail", ""),
        ],
    )
}

/// Pieces texts are made of: every troublesome kind of character, plus plain words.
fn piece() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "a",
        "b",
        "word",
        " ",
        "  ",
        "\r\n",
        "\n",
        "\t",
        "\u{a0}",
        "😀",
        "👩\u{200d}👧",
        "🇫🇷",
        "世界",
        "قال",
        "שלום",
        "e\u{301}",
        ",",
        "\"",
        ";",
        "#",
        "\u{2028}",
    ])
    .prop_map(String::from)
}

/// A random document: a text of awkward pieces and up to 8 annotations on it, some with notes.
pub fn any_doc() -> impl Strategy<Value = Document> {
    (
        prop::collection::vec(piece(), 1..60),
        prop::collection::vec(
            (
                0usize..200,
                1usize..40,
                0usize..3,
                prop::option::of("[a-z ,\"\n]{0,12}"),
            ),
            0..8,
        ),
    )
        .prop_map(|(pieces, spans)| {
            let text = pieces.concat();
            let mut d = Document::new("Random", &text, None);
            let n = d.text.len();
            let labels = ["claim", "source", "hedge"];
            for (i, (s, l, k, note)) in spans.into_iter().enumerate() {
                let s = s % n;
                let e = (s + l).min(n);
                let mut a = Annotation::new(
                    &format!("a{}", i + 1),
                    labels[k],
                    Span::new(s, e).unwrap(),
                    NOW,
                );
                a.note = note.unwrap_or_default();
                let _ = d.insert(a);
            }
            d
        })
}

/// (id, label, start, end, note) of every annotation, for comparing documents across formats.
pub fn summary(d: &Document) -> Vec<(String, String, usize, usize, String)> {
    d.annotations()
        .iter()
        .map(|a| {
            (
                a.id.clone(),
                a.label.clone(),
                a.span.start(),
                a.span.end(),
                a.note.clone(),
            )
        })
        .collect()
}
