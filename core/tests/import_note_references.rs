//! One way to read a note, whatever the file: the same article (fixtures/import/office/article.md)
//! read as Markdown, made a Word file by pandoc and by LibreOffice, an OpenDocument file by
//! LibreOffice and an EPUB by pandoc, refers to its notes as "[1]" and numbers each note "1. …".

use close_reader_core::import::docx::from_docx;
use close_reader_core::import::epub::from_epub;
use close_reader_core::import::markdown::from_markdown;
use close_reader_core::import::odt::from_odt;
use close_reader_core::import::{Article, ImportError};
use close_reader_core::model::shape::BlockKind;

type Import = fn(&[u8]) -> Result<Article, ImportError>;

fn read(name: &str, import: Import) -> Article {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/office");
    let bytes = std::fs::read(format!("{dir}/{name}")).expect("the fixture");
    import(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_importer_writes_note_references_and_notes_alike() {
    let markdown: Import = |bytes| Ok(from_markdown(std::str::from_utf8(bytes).expect("utf-8")));
    let files: [(&str, Import); 5] = [
        ("article.md", markdown),
        ("article.pandoc.docx", from_docx),
        ("article.libreoffice.docx", from_docx),
        ("article.libreoffice.odt", from_odt),
        ("article.pandoc.epub", from_epub),
    ];
    for (name, import) in files {
        let article = read(name, import);
        let text = article.text.as_str();
        for reference in ["a season.[1] The drawers", "abroad.[2] Staff"] {
            assert!(text.contains(reference), "{name}: no {reference:?}");
        }
        // pandoc and LibreOffice curl the apostrophe that the Markdown source types straight.
        let notes: Vec<String> = article
            .shape
            .blocks()
            .iter()
            .filter(|b| b.kind == BlockKind::Note)
            .map(|b| article.text.slice(b.span).replace('’', "'"))
            .collect();
        assert_eq!(
            notes,
            [
                "1. Members with a young gardener's card may take two more.",
                "2. The library would not say where, to spare it a flood of visitors."
            ],
            "{name}"
        );
    }
}
