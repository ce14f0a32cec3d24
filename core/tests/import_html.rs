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

#[test]
fn a_hundred_thousand_nested_elements_do_not_reach_the_stack() {
    let deep = "<div>".repeat(100_000) + "deep text" + &"</div>".repeat(100_000) + "<p>after</p>";
    let started = std::time::Instant::now();
    let a = html::from_paste(&deep);
    assert_eq!(a.text.as_str(), "deep text\n\nafter");
    let a = html::from_page(deep.as_bytes()).unwrap();
    assert!(a.text.as_str().contains("deep text"));
    // Other shapes of depth: inline elements, lists and quotes (whose depth the shape caps).
    for open in [
        "<span>",
        "<b>",
        "<ul><li>",
        "<blockquote>",
        "<table><tr><td>",
        "<a href='https://x.example/'>",
    ] {
        let nested = open.repeat(10_000) + "inner words";
        let a = html::from_paste(&nested);
        assert!(a.text.as_str().contains("inner words"), "{open}");
        shape_fits(&a);
        let a = html::from_page(nested.as_bytes()).unwrap();
        assert!(a.text.as_str().contains("inner words"), "{open}");
    }
    let mut b = Builder::new();
    html::chapter(&"<section>".repeat(100_000), &mut b).unwrap();
    // Quadratic work would take hours; linear work takes seconds (tens in a debug build).
    assert!(
        started.elapsed().as_secs() < 300,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn a_twenty_megabyte_page_reads_in_reasonable_time() {
    let paragraph = "<p>A paragraph of the long report, with a comma, and a <a href='https://x.example/'>link</a>.</p>\n";
    let mut page =
        String::from("<html><head><title>Long</title></head><body><article><h1>Long report</h1>");
    while page.len() < 20 << 20 {
        page.push_str(paragraph);
        if page.len() % 7 == 0 {
            page.push_str("<div class='ad'>Advertisement</div><ul><li><b>bold <i>both</li></ul>");
        }
    }
    let started = std::time::Instant::now();
    let a = html::from_page(page.as_bytes()).unwrap();
    let took = started.elapsed();
    assert!(a.text.as_str().starts_with("Long report\n\nA paragraph"));
    assert!(a.text.len() > 10_000_000);
    // Linear work: an optimised build reads it in a few seconds of processor time, an unoptimised
    // one in some twenty; quadratic work would take hours.
    assert!(took.as_secs() < 300, "took {took:?}");
}

#[test]
fn many_unclosed_formatting_elements_stay_linear() {
    let soup = "<b><i><a href='https://x.example/'><font><u>text ".repeat(40_000);
    let started = std::time::Instant::now();
    let a = html::from_paste(&soup);
    assert!(a.text.as_str().starts_with("text text"));
    shape_fits(&a);
    assert!(
        started.elapsed().as_secs() < 300,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn broken_markup_gives_inert_text() {
    let cases: &[(&str, &str)] = &[
        ("<p>one<b>two<p>three", "p| one**two**\np| **three**\n"),
        ("<ul><li>a<li>b</ul></ul></li><p>c", "li1*| a\nli1*| b\np| c\n"),
        ("a\0b<p>\0</p>", "p| ab\n"),
        ("&amp &lt;b&gt; &#xZZ; &#99999999; &#0; &nosuchentity; &copy", "p| & <b> &#xZZ; \u{FFFD} \u{FFFD} &nosuchentity; ©\n"),
        ("<a href='javascript:alert(1)'>x</a> <a href=' data:text/html,1'>y</a> <a href='vbscript:z'>z</a>", "p| x y z\n"),
        ("<a href='relative/page.html'>kept text</a>", "p| kept text\n"),
        ("<script>alert('x')</script><style>p{}</style><template><p>t</p></template>ok", "p| ok\n"),
        ("<svg><text>drawn</text></svg><math><mi>x</mi></math><iframe>framed</iframe>ok", "p| ok\n"),
        ("<p hidden>a</p><p aria-hidden=true>b</p><p style='display:none'>c</p><p>d", "p| d\n"),
        ("<img src=x onerror=alert(1) alt='A heron on the weir'><img alt='DSC_0001.JPG'>", "cap| A heron on the weir\n"),
        ("<h1>Title<h2>Sub</h1>", "h1| Title\nh2| Sub\n"),
        ("<ol start=-5><li>a<li>b</ol><ol reversed><li>c<li>d</ol>", "li1.| a\nli1.| b\nli1.2| c\nli1.1| d\n"),
        ("<li>stray item</li>", "li1*| stray item\n"),
        ("<table><td>a<td><td>b<tr><td>c", "p| a · b\np| c\n"),
        ("<pre>\n  indented\n\n\nlines</pre>", "pre|   indented\npre+| lines\n"),
        ("</p></div></b></a>text</html></body>", "p| text\n"),
        ("<p>a<br><br>b</p><p>c<br>d", "p| a\np| b\np| c\np+| d\n"),
    ];
    for (html, expected) in cases {
        let a = html::from_paste(html);
        assert_eq!(outline(&a), *expected, "{html:?}");
        shape_fits(&a);
        links_are_safe(&a);
    }
}

#[test]
fn bytes_that_are_not_text_are_replaced_or_refused() {
    let a =
        html::from_page(b"<meta charset=utf-8><p>caf\xC3\xA9 \xFF\xFE broken \xC3</p>").unwrap();
    assert_eq!(a.text.as_str(), "café \u{FFFD}\u{FFFD} broken \u{FFFD}");
    let a = html::from_page(b"<p>Se\xF1or \x93quoted\x94</p>").unwrap();
    assert_eq!(
        a.text.as_str(),
        "Señor \u{201C}quoted\u{201D}",
        "not UTF-8 and not declared: windows-1252"
    );
    let utf16: Vec<u8> = "\u{FEFF}<p>wide text</p>"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    assert_eq!(html::from_page(&utf16).unwrap().text.as_str(), "wide text");
    let err = html::from_page(b"<meta charset=\"euc-kr\"><p>\xB0\xA1</p>").unwrap_err();
    assert!(
        matches!(
            err,
            ImportError::Damaged {
                kind: "web page",
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn a_page_without_an_article_gives_its_text_and_a_page_without_text_is_empty() {
    let a = html::from_page(
        b"<title>Menu | Site</title><body><div>Opening hours: nine to five.</div></body>",
    )
    .unwrap();
    assert_eq!(a.text.as_str(), "Opening hours: nine to five.");
    assert_eq!(a.title, "Menu | Site");
    let only_chrome =
        b"<body><nav><a href=/>Home</a></nav><p>Just one line here.</p><footer>(c) Site</footer>";
    assert_eq!(
        html::from_page(only_chrome).unwrap().text.as_str(),
        "Just one line here."
    );
    for empty in [
        &b""[..],
        b"   ",
        b"<html><head><title>Nothing</title><script>var x = 1;</script></head><body>  </body></html>",
        b"<body><img src=a.png><div hidden>secret</div><svg><text>drawn</text></svg></body>",
        b"\xEF\xBB\xBF",
    ] {
        assert_eq!(html::from_page(empty), Err(ImportError::Empty { kind: "web page" }), "{empty:?}");
    }
}

#[test]
fn a_page_past_the_size_limit_is_refused_before_it_is_read() {
    let huge = vec![b'a'; html::MAX_BYTES + 1];
    assert!(matches!(
        html::from_page(&huge),
        Err(ImportError::TooLarge { .. })
    ));
    assert!(matches!(
        html::from_mhtml(&huge),
        Err(ImportError::TooLarge { .. })
    ));
    let mut b = Builder::new();
    let text = String::from_utf8(huge).unwrap();
    assert!(matches!(
        html::chapter(&text, &mut b),
        Err(ImportError::TooLarge { .. })
    ));
}

#[test]
fn damaged_mhtml_is_refused_with_a_reason() {
    let damaged = |bytes: &[u8]| match html::from_mhtml(bytes) {
        Err(ImportError::Damaged {
            kind: "MHTML",
            detail,
        }) => detail,
        other => panic!("{other:?}"),
    };
    assert!(damaged(b"<html><p>not a message</p></html>").contains("no MIME header"));
    assert!(damaged(b"Content-Type: text/plain\r\n\r\nhello").contains("not a multipart"));
    assert!(damaged(b"Content-Type: multipart/related\r\n\r\nhello").contains("no boundary"));
    let no_html = b"Content-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/css\r\n\r\np{}\r\n--b--\r\n";
    assert!(damaged(no_html).contains("no web page"));
    // A real file cut short still reads, or says why not; it never panics.
    let real = fixture("article.mhtml");
    for cut in [10, 200, 700, 1200, 5000, real.len() / 2] {
        let _ = html::from_mhtml(&real[..cut]);
    }
}

#[test]
fn an_mhtml_part_in_base64_and_windows_1252_is_read() {
    let page = b"<html><head><title>Quay notes - Gazette</title></head><body><p>Caf\xE9 by the quay, \x93open late\x94.</p>\
                 <p><a href='notes/2.html'>Next note</a></p></body></html>";
    let mhtml = format!(
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://gazette.example.org/quay/\r\n\
         MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"--B--\"\r\n\r\n\r\n\
         ----B--\r\nContent-Type: text/html; charset=windows-1252\r\nContent-Transfer-Encoding: base64\r\n\
         Content-Location: https://gazette.example.org/quay/\r\n\r\n{}\r\n----B----\r\n",
        base64(page)
    );
    let a = html::from_mhtml(mhtml.as_bytes()).unwrap();
    assert_eq!(
        outline(&a),
        "p| Café by the quay, \u{201C}open late\u{201D}.\np| [Next note](https://gazette.example.org/quay/notes/2.html)\n"
    );
    assert_eq!(a.title, "Quay notes");
}

/// Standard base64 in lines of 76, as MIME writes it.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | (b as u32) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
        if out.len() % 77 == 76 {
            out.push('\n');
        }
    }
    out
}

proptest! {
    #[test]
    fn any_string_pasted_gives_a_shape_that_fits_its_text(s in any::<String>()) {
        let a = html::from_paste(&s);
        shape_fits(&a);
    }

    #[test]
    fn any_tag_soup_pasted_gives_a_shape_that_fits_its_text(
        s in "(<(p|b|i|em|code|pre|h[1-7]|ul|ol start=[0-9]|li value=-?[0-9]|blockquote|table|tr|td|br|hr|figure|figcaption|a href=\"(https://x.example/|javascript:x|#a|mailto:)\"|img alt=\"(a heron|x.png|)\"|span style=\"font-weight:(700|400)\"|div hidden|script|svg)>|</(p|b|i|em|code|pre|h[1-6]|ul|ol|li|blockquote|table|tr|td|figure|a|span|div|script|svg)>|[a-z ]{0,6}|\n|&amp;|&#0;|\u{0}|\u{85}|\u{2028})*"
    ) {
        let a = html::from_paste(&s);
        shape_fits(&a);
        links_are_safe(&a);
        let _ = html::from_page(s.as_bytes());
        let mut b = Builder::new();
        html::chapter(&s, &mut b).unwrap();
        let _ = b.finish();
    }

    #[test]
    fn any_bytes_as_a_page_or_mhtml_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(a) = html::from_page(&bytes) {
            shape_fits(&a);
        }
        let _ = html::from_mhtml(&bytes);
    }
}

#[test]
fn a_page_of_bare_divs_still_gives_its_article() {
    let para = |n: usize| {
        format!(
            "<p>Paragraph {n} of the post, which goes on for a while, with commas, clauses and detail, \
             so that it reads as prose rather than as a menu or a list of links.</p>"
        )
    };
    let body: String = (1..=6).map(para).collect();
    let page = format!(
        "<html><head><title>Winter rowing, week six - Quay Club blog</title></head><body>\
         <div id='top'><div class='logo'>Quay Club</div><div class='menu'><a href='/'>Home</a> <a href='/r'>Results</a></div></div>\
         <div id='wrap'><div id='left' class='sidebar'><h3>Archive</h3><a href='/a'>January</a> <a href='/b'>February</a></div>\
         <div class='post'><h1 class='post-title'>Winter rowing, week six</h1>\
         <div class='post-meta'>Posted by <span class='author'>Tomás Lind</span></div>\
         <div class='post-body'>{body}<div>Old pages part paragraphs<br><br>with two line breaks.</div></div></div>\
         <div class='comment-list'><div class='c'>A comment that says nothing much, but says it at some length, with commas, and more commas, to tempt the scorer.</div></div>\
         </div><div id='bottom'>Copyright Quay Club</div></body></html>"
    );
    let a = html::from_page(page.as_bytes()).unwrap();
    let text = a.text.as_str();
    assert!(
        text.starts_with("Winter rowing, week six\n\nParagraph 1 of the post"),
        "{text}"
    );
    assert!(
        text.contains("Paragraph 6")
            && text.ends_with("Old pages part paragraphs\n\nwith two line breaks.")
    );
    for junk in [
        "Archive",
        "January",
        "Results",
        "A comment",
        "Copyright",
        "Posted by",
    ] {
        assert!(!text.contains(junk), "{junk:?} in {text}");
    }
    assert_eq!(a.title, "Winter rowing, week six");
    assert_eq!(a.byline.as_deref(), Some("Tomás Lind"));
    assert!(
        a.left_out.contains(&"comments".to_string())
            && a.left_out.contains(&"a sidebar".to_string()),
        "{:?}",
        a.left_out
    );
}
