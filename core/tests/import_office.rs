//! The Word, OpenDocument and EPUB importers on files written by real tools (pandoc, LibreOffice;
//! `fixtures/import/office/remake.sh`), each read into the outline its `.expected.txt` holds, and
//! on damaged and hostile files, each of which gives a specific error or inert text, never a panic.

use close_reader_core::import::docx::from_docx;
use close_reader_core::import::epub::from_epub;
use close_reader_core::import::odt::from_odt;
use close_reader_core::import::outline::outline;
use close_reader_core::import::{Article, ImportError};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/import/office/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn expected(name: &str) -> String {
    String::from_utf8(fixture(&format!("{name}.expected.txt"))).unwrap()
}

fn imported(name: &str, import: fn(&[u8]) -> Result<Article, ImportError>) -> Article {
    let article = import(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let got = outline(&article);
    assert!(
        got == expected(name),
        "{name}: the outline differs from its .expected.txt:\n{got}"
    );
    article
}

#[test]
fn a_pandoc_docx_reads_into_its_outline() {
    let a = imported("article.pandoc.docx", from_docx);
    assert_eq!(a.title, "Valley Library Lends Seeds, Not Just Books");
    assert_eq!(a.byline.as_deref(), Some("Ines Barrow"));
    assert!(a.left_out.is_empty(), "{:?}", a.left_out);
}

#[test]
fn a_libreoffice_docx_reads_into_its_outline() {
    let a = imported("article.libreoffice.docx", from_docx);
    assert_eq!(a.title, "Valley Library Lends Seeds, Not Just Books");
    assert_eq!(a.byline.as_deref(), Some("Ines Barrow"));
}

#[test]
fn a_docx_with_tracked_changes_keeps_insertions_and_drops_deletions() {
    let a = imported("timetable.pandoc.docx", from_docx);
    assert_eq!(a.title, "Ferry Timetable Revised After Winter Trial");
    assert_eq!(a.byline.as_deref(), Some("Tomas Reyes"));
    assert!(
        !a.text.as_str().contains("old"),
        "the deleted word is left out"
    );
}

#[test]
fn a_libreoffice_odt_reads_into_its_outline() {
    let a = imported("article.libreoffice.odt", from_odt);
    assert_eq!(a.title, "Valley Library Lends Seeds, Not Just Books");
    assert_eq!(a.byline.as_deref(), Some("Ines Barrow"));
    assert!(a.left_out.is_empty(), "{:?}", a.left_out);
}

#[test]
fn an_odt_with_tracked_changes_keeps_insertions_and_drops_deletions() {
    let a = imported("timetable.libreoffice.odt", from_odt);
    assert_eq!(a.title, "Ferry Timetable Revised After Winter Trial");
    assert_eq!(a.byline.as_deref(), Some("Tomas Reyes"));
    assert!(
        !a.text.as_str().contains("old"),
        "the deleted word is left out"
    );
}

fn refused(name: &str, import: fn(&[u8]) -> Result<Article, ImportError>) -> ImportError {
    match import(&fixture(name)) {
        Ok(a) => panic!("{name} was read:\n{}", outline(&a)),
        Err(e) => e,
    }
}

#[test]
fn truncated_archives_are_damaged() {
    for (name, import, kind) in [
        (
            "hostile-truncated.docx",
            from_docx as fn(&[u8]) -> _,
            "Word",
        ),
        ("hostile-truncated.odt", from_odt, "OpenDocument"),
        ("hostile-truncated.epub", from_epub, "EPUB"),
    ] {
        let e = refused(name, import);
        assert!(
            matches!(e, ImportError::Damaged { kind: k, .. } if k == kind),
            "{name}: {e:?}"
        );
    }
}

#[test]
fn a_zip_bomb_is_refused_while_it_inflates() {
    let e = refused("hostile-bomb.docx", from_docx);
    assert!(matches!(e, ImportError::TooLarge { .. }), "{e:?}");
    assert!(
        e.to_string()
            .contains("word/document.xml unpacks to more than 64 MB"),
        "{e}"
    );
}

#[test]
fn a_document_part_that_is_not_xml_is_damaged() {
    let e = refused("hostile-not-xml.docx", from_docx);
    assert!(
        matches!(e, ImportError::Damaged { kind: "Word", .. }),
        "{e:?}"
    );
    assert!(
        e.to_string()
            .contains("word/document.xml is not well-formed XML"),
        "{e}"
    );
}

#[test]
fn a_billion_laughs_stays_a_few_bytes_of_nothing() {
    let a = from_docx(&fixture("hostile-laughs.docx")).unwrap();
    assert_eq!(outline(&a), "p| Before after.\n");
}

#[test]
fn a_hundred_thousand_nested_elements_cost_no_stack() {
    let a = from_docx(&fixture("hostile-deep.docx")).unwrap();
    assert_eq!(outline(&a), "p| Deep inside.\n");
    let a = from_odt(&fixture("hostile-deep.odt")).unwrap();
    assert_eq!(
        outline(&a),
        "li16*| Deep inside.\n",
        "the depth is held at the deepest a shape keeps"
    );
    let a = from_epub(&fixture("hostile-deep.epub")).unwrap();
    assert!(
        outline(&a).contains("\np| Deep inside.\nh1| What grows next\n"),
        "{}",
        outline(&a)
    );
}

#[test]
fn text_at_every_level_of_a_deep_nesting_is_read_in_one_pass() {
    let a = from_odt(&fixture("hostile-deep-spans.odt")).unwrap();
    assert_eq!(a.text.as_str().split(' ').count(), 100_000);
    let strong: Vec<_> = a
        .shape
        .marks()
        .iter()
        .map(|m| (m.kind.name(), m.span.len()))
        .collect();
    assert_eq!(
        strong,
        [("strong", a.text.len())],
        "one bold run, however deep its spans"
    );
    let a = from_docx(&fixture("hostile-deep-fields.docx")).unwrap();
    assert_eq!(a.text.as_str().split(' ').count(), 50_000);
    assert!(
        a.shape.marks().is_empty(),
        "fields that are no links make no marks"
    );
}

#[test]
fn password_protected_files_say_so() {
    assert_eq!(
        refused("encrypted.msoffcrypto.docx", from_docx),
        ImportError::Encrypted { kind: "Word" }
    );
    assert_eq!(
        refused("encrypted.libreoffice.odt", from_odt),
        ImportError::Encrypted {
            kind: "OpenDocument"
        }
    );
}

#[test]
fn a_file_of_another_kind_is_damaged_not_a_panic() {
    let e = refused("article.libreoffice.odt", from_docx);
    assert!(
        matches!(e, ImportError::Damaged { kind: "Word", .. }),
        "{e:?}"
    );
    let e = refused("article.pandoc.docx", from_odt);
    assert!(
        matches!(
            e,
            ImportError::Damaged {
                kind: "OpenDocument",
                ..
            }
        ),
        "{e:?}"
    );
}

#[test]
fn a_pandoc_epub_reads_its_chapters_in_spine_order() {
    let a = imported("article.pandoc.epub", from_epub);
    assert_eq!(a.title, "Valley Library Lends Seeds, Not Just Books");
    assert_eq!(a.byline.as_deref(), Some("Ines Barrow"));
    let date = a.date.expect("pandoc writes the date it made the book");
    assert!(
        date.len() >= 10 && date[..4].parse::<u16>().is_ok(),
        "{date}"
    );
    assert!(a.left_out.is_empty(), "{:?}", a.left_out);
}

#[test]
fn an_epub_with_drm_says_so_and_obfuscated_fonts_are_no_drm() {
    assert_eq!(
        refused("hostile-drm.epub", from_epub),
        ImportError::Encrypted { kind: "EPUB" }
    );
    let plain = from_epub(&fixture("article.pandoc.epub")).unwrap();
    let fonts = from_epub(&fixture("fonts-obfuscated.epub")).unwrap();
    assert_eq!(outline(&fonts), outline(&plain));
}

#[test]
fn a_spine_out_of_the_book_or_to_a_missing_chapter_is_listed_and_skipped() {
    let a = from_epub(&fixture("hostile-outside.epub")).unwrap();
    assert_eq!(
        outline(&a),
        expected("article.pandoc.epub"),
        "every chapter that is there is read"
    );
    assert_eq!(
        a.left_out,
        [
            "the chapter ../../outside.xhtml (is not in the book)",
            "the chapter EPUB/text/missing chapter.xhtml (is missing)",
        ]
    );
}

#[test]
fn a_spine_that_loops_reads_each_chapter_once() {
    let a = from_epub(&fixture("hostile-loop.epub")).unwrap();
    let text = a.text.as_str();
    assert_eq!(text.matches("Letters from readers").count(), 1, "{text}");
    assert!(
        !text.contains("urn:uuid"),
        "the package document is not read as a chapter"
    );
    assert_eq!(
        a.left_out,
        ["the chapter content.opf (is part of the book's packaging)"]
    );
}
