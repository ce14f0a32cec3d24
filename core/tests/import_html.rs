//! The HTML importer on files made by real tools (a browser's saved page and clipboard, pandoc's
//! EPUB chapter): the outline of what it reads, the page's metadata, what it leaves out, and
//! hostile input that must stay inert.

use close_reader_core::import::build::Builder;
use close_reader_core::import::html;
use close_reader_core::import::outline::outline;
use close_reader_core::import::Article;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/import/html/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn fixture_text(name: &str) -> String {
    String::from_utf8(fixture(name)).expect("a UTF-8 fixture")
}

fn article_of(b: Builder) -> Article {
    let (text, shape) = b.finish();
    Article {
        title: String::new(),
        byline: None,
        date: None,
        text,
        shape,
        left_out: vec![],
    }
}

#[test]
fn an_epub_chapter_made_by_pandoc_keeps_its_structure_and_notes() {
    let mut b = Builder::new();
    html::chapter(&fixture_text("chapter.xhtml"), &mut b).unwrap();
    let got = outline(&article_of(b));
    assert_eq!(got, fixture_text("chapter.expected.txt"));
}

#[test]
fn chapters_write_one_after_another_into_the_same_builder() {
    let mut b = Builder::new();
    html::chapter(
        "<html><body><h1>One</h1><p>First.</p></body></html>",
        &mut b,
    )
    .unwrap();
    html::chapter(
        "<html><body><p>Second <em>chapter</em>.</p></body></html>",
        &mut b,
    )
    .unwrap();
    assert_eq!(
        outline(&article_of(b)),
        "h1| One\np| First.\np| Second *chapter*.\n"
    );
}

#[test]
fn xml_self_closed_elements_do_not_swallow_the_chapter() {
    let xhtml = r#"<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title/><style/><script/></head>
<body><header><h2>Chapter Two</h2></header>
<p><a id="page12"/>Plain text after an anchor.<span class="x"/> More.</p>
<p><![CDATA[x < y & z]]></p>
<aside epub:type="footnote"><p>A note.</p></aside>
<aside><p>A sidebar that belongs to the book.</p></aside>
<footer><p>End of chapter.</p></footer>
</body></html>"#;
    let mut b = Builder::new();
    html::chapter(xhtml, &mut b).unwrap();
    assert_eq!(
        outline(&article_of(b)),
        "h2| Chapter Two\np| Plain text after an anchor. More.\np| x < y & z\nnote| A note.\n\
         p| A sidebar that belongs to the book.\np| End of chapter.\n"
    );
}
