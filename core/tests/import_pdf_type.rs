//! A Writer document's type and notes as its PDF shows them (fixtures/import/pdf/footnotes.pdf,
//! made by LibreOffice from footnotes.fodt): bold and italic words become marks, and the
//! footnotes at the foot of each page become the article's notes section.

use close_reader_core::import::outline::outline;
use close_reader_core::import::pdf::from_pdf;
use close_reader_core::import::Article;
use close_reader_core::model::shape::{BlockKind, MarkKind};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/pdf");

fn read() -> Article {
    let bytes = std::fs::read(format!("{DIR}/footnotes.pdf")).expect("the fixture");
    from_pdf(&bytes).expect("reads")
}

fn marked(article: &Article, kind: &MarkKind) -> Vec<String> {
    let marks = article.shape.marks().iter().filter(|m| &m.kind == kind);
    marks
        .map(|m| article.text.slice(m.span).to_string())
        .collect()
}

#[test]
fn the_writer_pdf_reads_as_its_source_was_written() {
    let want = std::fs::read_to_string(format!("{DIR}/footnotes.expected.txt")).expect("utf-8");
    assert_eq!(outline(&read()), want);
}

#[test]
fn bold_and_italic_words_are_marked_by_their_fonts_and_headings_are_not() {
    let article = read();
    assert_eq!(
        marked(&article, &MarkKind::Strong),
        [
            "better than anyone remembered",
            "all but nine",
            "every morning"
        ],
        "the punctuation after a bold word is not bold"
    );
    assert_eq!(
        marked(&article, &MarkKind::Emphasis),
        [
            "sixty-one",
            "Ashcombe Russet",
            "Parson's Pippin",
            "all but nine"
        ]
    );
    // The headings are set in a bold face: that makes them headings, not strong text.
    let headings = article
        .shape
        .blocks()
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Heading(_)));
    for h in headings {
        let inside = article
            .shape
            .marks()
            .iter()
            .any(|m| m.span.start() >= h.span.start() && m.span.end() <= h.span.end());
        assert!(!inside, "{:?} is marked", article.text.slice(h.span));
    }
}

#[test]
fn footnotes_leave_the_pages_feet_for_a_notes_section() {
    let article = read();
    let text = article.text.as_str();
    let notes_at = text.find("\n\nNotes\n\n").expect("a notes heading") + 2;
    let (body, notes) = text.split_at(notes_at);
    for note in ["Her father kept", "Neither variety", "Donations last year"] {
        assert!(!body.contains(note), "{note:?} glued into the body");
        assert!(notes.contains(note), "{note:?} is not among the notes");
    }
    // The superscript references read as the Word and OpenDocument importers write theirs, and
    // the paragraph the first note interrupted on the page is one paragraph again.
    assert!(body.contains("grafted there.[1] Within a month"));
    assert!(body.contains("have been lost.[2] Cuttings"));
    assert!(body.contains("small donation.[3] Schoolchildren"));
    let kinds: Vec<&BlockKind> = article.shape.blocks().iter().map(|b| &b.kind).collect();
    assert_eq!(kinds.iter().filter(|k| ***k == BlockKind::Note).count(), 3);
    assert!(notes.ends_with(
        "Notes\n\n1. Her father kept the parish orchard from 1948 until his retirement in 1979.\n\n\
         2. Neither variety appears in any nursery catalogue published after 1962.\n\n\
         3. Donations last year came to a little over nine hundred pounds."
    ));
}
