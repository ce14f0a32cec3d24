//! The HTML importer on files made by real tools (a browser's saved page and clipboard, pandoc's
//! EPUB chapter): the outline of what it reads, the page's metadata, what it leaves out, and
//! hostile input that must stay inert.

use close_reader_core::import::build::Builder;
use close_reader_core::import::html;
use close_reader_core::import::outline::outline;
use close_reader_core::import::{Article, ImportError};
use close_reader_core::model::shape::{MarkKind, Shape};
use proptest::prelude::*;

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

fn page(name: &str) -> Article {
    html::from_page(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every link target an article keeps is one a reader may follow by hand.
fn links_are_safe(a: &Article) {
    for m in a.shape.marks() {
        if let MarkKind::Link(href) = &m.kind {
            let lower = href.to_ascii_lowercase();
            assert!(
                lower.starts_with("http://")
                    || lower.starts_with("https://")
                    || lower.starts_with("mailto:"),
                "unsafe link kept: {href}"
            );
        }
    }
}

/// The shape is one that the model accepts for the text (whole lines, in order, inside it).
fn shape_fits(a: &Article) {
    let again = Shape::new(&a.text, a.shape.blocks().to_vec(), a.shape.marks().to_vec());
    assert!(again.is_ok(), "{again:?}");
}

/// Text of the page that must not reach the article: its junk, scripts, styles and hidden parts.
const JUNK: &[&str] = &[
    "COOKIE BANNER",
    "Accept all",
    "Manage settings",
    "NAV OPINION",
    "Sport",
    "SVG LOGO",
    "SHARE ON SOCIAL",
    "Copy link",
    "Advertisement",
    "ADVERT TEXT",
    "AD IFRAME",
    "RELATED:",
    "Related stories",
    "COMMENT ONE",
    "COMMENT TWO",
    "harbourwatcher",
    "FORM TEXT",
    "Post comment",
    "NEWSLETTER",
    "Subscribe",
    "FOOTER TEXT",
    "Privacy",
    "TRACKER SCRIPT",
    "INLINE SCRIPT",
    "dataLayer",
    "NOSCRIPT",
    "HIDDEN TEXT",
    "CSS GENERATED",
    "font-family",
    "Filed under",
    "By Inés",
    "14 March 2026",
    "gotcha",
    "javascript",
];

fn check_news_page(a: &Article, name: &str) {
    assert_eq!(outline(a), fixture_text("article.expected.txt"), "{name}");
    assert_eq!(
        a.title, "Volunteers turn a century of tide ledgers into a flood map",
        "{name}"
    );
    assert_eq!(a.byline.as_deref(), Some("Inés Calder"), "{name}");
    assert_eq!(a.date.as_deref(), Some("2026-03-14T08:30:00Z"), "{name}");
    for junk in JUNK {
        assert!(
            !a.text.as_str().contains(junk),
            "{name}: {junk:?} reached the text"
        );
    }
    links_are_safe(a);
    shape_fits(a);
}

#[test]
fn a_news_page_saved_by_chromium_reads_as_its_article() {
    let a = page("article.saved.html");
    check_news_page(&a, "saved");
    assert_eq!(
        a.left_out,
        [
            "a cookie banner",
            "the page header",
            "navigation",
            "share buttons",
            "an advertisement",
            "related stories",
            "comments",
            "a newsletter sign-up",
            "the page footer",
            "2 images"
        ]
    );
}

#[test]
fn the_same_page_saved_as_html_only_in_windows_1252_reads_the_same() {
    let bytes = fixture("article.windows-1252.html");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture is not UTF-8"
    );
    check_news_page(&html::from_page(&bytes).unwrap(), "windows-1252");
    check_news_page(&page("article.source.html"), "source");
}

#[test]
fn the_same_page_saved_by_chromium_as_one_mhtml_file_reads_the_same() {
    let a = html::from_mhtml(&fixture("article.mhtml")).unwrap();
    check_news_page(&a, "mhtml");
}

#[test]
fn a_chromium_copy_keeps_its_structure_and_only_safe_links() {
    let html = fixture_text("paste.chromium.html");
    assert!(
        html.contains("javascript:alert(1)") && html.contains("font-weight: 400"),
        "a real copy"
    );
    let a = html::from_paste(&html);
    assert_eq!(outline(&a), fixture_text("paste.chromium.expected.txt"));
    assert!(!a.text.as_str().contains("Button text"));
    assert!(!a.text.as_str().contains("hidden words") && !a.text.as_str().contains("invisible"));
    links_are_safe(&a);
    shape_fits(&a);
}

#[test]
fn a_google_docs_copy_reads_its_bold_and_italics_from_styles() {
    let a = html::from_paste(&fixture_text("paste.google-docs.html"));
    assert_eq!(outline(&a), fixture_text("paste.google-docs.expected.txt"));
    assert_eq!(a.title, "Field notes: the spring count");
    shape_fits(&a);
}

#[test]
fn the_clipboard_fragment_markers_and_windows_header_are_not_text() {
    let windows = "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000230\r\nStartFragment:0000000141\r\n\
                   EndFragment:0000000194\r\n<html><body>\r\n<!--StartFragment--><p>Pasted <b>words</b></p>\
                   <!--EndFragment-->\r\n</body></html>";
    assert_eq!(outline(&html::from_paste(windows)), "p| Pasted **words**\n");
}
