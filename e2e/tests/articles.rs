//! Articles as they really come, in the real page: a web page's paste keeps its headings, lists,
//! quotes and emphasis (links shown, never followed); text copied from a PDF viewer is joined back
//! into paragraphs, with Undo; files of every kind open through the review, by the picker and by
//! dropping; spans across a heading and a list item survive a reload and a download re-opened.

use std::path::{Path, PathBuf};

use e2e::App;
use serde_json::json;

/// The clipboard of a copy from a news page in Chromium: the HTML with its junk, and the plain text.
const PAGE_HTML: &str = r#"<meta charset="utf-8"><html><body><!--StartFragment--><h2 style="font-size: 1.5em">Flood barrier costs rise again</h2><p>The council said on <b>Tuesday</b> that the barrier would cost <em>at least</em> £40m, according to <a href="https://example.org/report" onclick="steal()">its own report</a>.</p><ul><li>Work starts in spring.<ul><li>The river path closes first.</li></ul></li><li>Residents may object until March.</li></ul><blockquote><p>We have no choice, said the engineer.</p></blockquote><script>alert("pasted")</script><p><a href="javascript:alert(1)">Share this</a></p><!--EndFragment--></body></html>"#;
const PAGE_TEXT: &str = "Flood barrier costs rise again\nThe council said on Tuesday that the barrier would cost at least £40m, according to its own report.\n\nWork starts in spring.\nThe river path closes first.\nResidents may object until March.\nWe have no choice, said the engineer.\n\nShare this";

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures/import")
        .join(rel)
        .canonicalize()
        .unwrap_or_else(|e| panic!("fixture {rel}: {e}"))
}

/// The classes of the article's lines, in order, with their text.
async fn lines(app: &App) -> Vec<(String, String)> {
    let v = app
        .js(
            "return [...document.querySelectorAll('article p[data-start]')].map(p => [p.className, p.textContent]);",
            vec![],
        )
        .await;
    serde_json::from_value(v).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_web_pages_paste_keeps_its_shape_and_spans_across_it_survive_reload_and_download() {
    let app = App::start().await;
    app.wait_for("textarea").await;
    app.paste(PAGE_TEXT, PAGE_HTML).await;
    app.wait_for(".paste-shape .kept").await;
    let kept = app.texts(".paste-shape .kept").await.join(" ");
    assert!(
        kept.contains("1 heading")
            && kept.contains("3 list items")
            && kept.contains("1 quoted paragraph"),
        "the preview says what is kept: {kept}"
    );
    assert_eq!(
        app.count(".paste-shape script, .paste-shape a").await,
        0,
        "nothing of the page runs or links"
    );
    app.click("Start annotating").await;
    app.wait_for("article[data-doc] p.k-h2").await;

    let shown = lines(&app).await;
    let kinds: Vec<&str> = shown.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "block k-h2",
            "block",
            "block k-item d1",
            "block k-item d2",
            "block k-item d1",
            "block k-quote d1",
            "block"
        ],
        "{shown:?}"
    );
    assert_eq!(
        app.count("article p[role=heading][aria-level='2']").await,
        1
    );
    assert_eq!(app.texts("article .m-strong").await, ["Tuesday"]);
    assert_eq!(app.texts("article .m-em").await, ["at least"]);
    // The link is shown, with its target on hover and focus, and never followed.
    assert_eq!(app.count("article a").await, 0);
    let href = app
        .js(
            "return document.querySelector('article .m-link').dataset.href;",
            vec![],
        )
        .await;
    assert_eq!(href, json!("https://example.org/report"));
    assert_eq!(app.count("article [data-href^='javascript']").await, 0);
    let markers = app
        .js(
            "return [...document.querySelectorAll('article p.k-item')].map(p => getComputedStyle(p, '::before').content);",
            vec![],
        )
        .await;
    assert_eq!(
        markers,
        json!(["\"•\"", "\"◦\"", "\"•\""]),
        "bullets drawn by CSS, not in the text"
    );

    // A span across the heading and the paragraph, and one across two list items.
    app.select_text("rise againThe council", 0).await;
    app.keys("c").await;
    app.select_text("spring.The river", 0).await;
    app.keys("s").await;
    app.wait_until(
        "two spans",
        "document.querySelectorAll('article mark[data-ids]').length >= 2",
    )
    .await;
    let spans = app.spans().await;
    assert_eq!(spans.len(), 2, "{spans:?}");
    app.wait_saved().await;

    app.driver.refresh().await.unwrap();
    app.wait_for("article[data-doc] p.k-h2 mark").await;
    assert_eq!(
        app.spans().await,
        spans,
        "the spans come back after a reload"
    );
    assert_eq!(lines(&app).await, shown, "and so does the shape");

    app.click("Download").await;
    let file = app.wait_download(".close-reader.json").await;
    let bytes = std::fs::read(&file).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(
        json["version"],
        json!(4),
        "a shaped article is a version 4 file"
    );
    let doc = close_reader_core::formats::native::from_bytes(&bytes).unwrap();
    // The offsets are those of the plain text: the quotes read straight out of it.
    let quotes: Vec<&str> = doc.annotations().iter().map(|a| doc.quote(a)).collect();
    assert_eq!(
        quotes,
        ["rise again\n\nThe council", "spring.\n\nThe river"]
    );
    assert_eq!(
        close_reader_core::formats::native::to_json(&doc).as_bytes(),
        &bytes[..],
        "the file reads back to the same bytes"
    );

    // Re-opened in a fresh profile, the download is the same article with the same shape.
    let kept = e2e::TempDir::new("shaped-download");
    let copy = kept.0.join("shaped.close-reader.json");
    std::fs::copy(&file, &copy).unwrap();
    app.quit().await;
    let fresh = App::start().await;
    fresh.open_file(&copy).await;
    fresh.wait_for("article[data-doc] p.k-h2 mark").await;
    assert_eq!(lines(&fresh).await, shown);
    fresh.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn text_copied_from_a_pdf_viewer_is_joined_into_paragraphs_and_the_joining_can_be_undone() {
    let copied = std::fs::read_to_string(fixture("text/night-buses.pdf.txt"))
        .expect("the PDF viewer's copy fixture");
    let app = App::start().await;
    app.wait_for("textarea").await;
    app.paste(&copied, "").await;
    app.wait_for(".reflowed").await;
    let joined = app
        .js("return document.querySelector('textarea').value;", vec![])
        .await;
    let joined = joined.as_str().unwrap().to_string();
    assert!(
        joined.lines().filter(|l| !l.trim().is_empty()).count() * 2 < copied.lines().count(),
        "lines joined into paragraphs: {joined}"
    );
    app.click("Undo the joining").await;
    app.wait_until(
        "the copy as it was",
        "document.querySelector('textarea').value.split('\\n').length > 10 && !document.querySelector('.reflowed')",
    )
    .await;
    let back = app
        .js("return document.querySelector('textarea').value;", vec![])
        .await;
    assert_eq!(back.as_str().unwrap(), copied.replace("\r\n", "\n"));
    app.quit().await;
}

/// "Start annotating" in the review (the start screen behind it has a button of the same name).
async fn start_from_review(app: &App) {
    use e2e::thirtyfour::prelude::*;
    let button = app
        .driver
        .find(By::Css(".modal.arrival button.primary"))
        .await
        .unwrap();
    assert_eq!(button.text().await.unwrap(), "Start annotating");
    button.click().await.unwrap();
}

/// Drops `path` on the page as a user dragging it from their files would.
async fn drop_file(app: &App, path: &Path) {
    use base64::Engine;
    let bytes = std::fs::read(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    app.js(
        r#"const [b64, name] = arguments;
           const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
           const dt = new DataTransfer(); dt.items.add(new File([bytes], name));
           const target = document.querySelector('.app');
           target.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
           target.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));"#,
        vec![json!(base64::engine::general_purpose::STANDARD.encode(bytes)), json!(name)],
    )
    .await;
}

/// Opens `path` (by the picker, or dropped), checks the review says what it was read as and shows
/// `first` as the first line, starts annotating, and returns the article's lines.
async fn open_through_the_review(
    app: &App,
    path: &Path,
    dropped: bool,
    read_as: &str,
    first: &str,
) -> Vec<(String, String)> {
    if dropped {
        drop_file(app, path).await;
    } else {
        app.open_file(path).await;
    }
    app.wait_for(".modal.arrival .shape-preview p[data-start]")
        .await;
    let what = app.texts("#arrival-what").await.join(" ");
    assert!(
        what.contains(read_as),
        "{}: read as {read_as}? {what}",
        path.display()
    );
    let preview = app
        .texts(".modal.arrival .shape-preview p[data-start]")
        .await;
    assert_eq!(
        preview.first().map(String::as_str),
        Some(first),
        "{}",
        path.display()
    );
    start_from_review(app).await;
    app.wait_until(
        "the article open",
        "!document.querySelector('.modal.arrival') && !!document.querySelector('article[data-doc] p[data-start]')",
    )
    .await;
    lines(app).await
}

#[tokio::test(flavor = "multi_thread")]
async fn every_kind_of_article_file_opens_through_the_review_by_picker_and_by_drop() {
    // (file, dropped rather than picked, read as, first line)
    let cases = [
        (
            "html/article.saved.html",
            false,
            "a web page",
            "Volunteers turn a century of tide ledgers into a flood map",
        ),
        (
            "html/article.mhtml",
            true,
            "a web page (single file)",
            "Volunteers turn a century of tide ledgers into a flood map",
        ),
        (
            "office/article.pandoc.docx",
            false,
            "a Word file",
            "Valley Library Lends Seeds, Not Just Books",
        ),
        (
            "office/article.libreoffice.docx",
            true,
            "a Word file",
            "Valley Library Lends Seeds, Not Just Books",
        ),
        (
            "office/article.libreoffice.odt",
            false,
            "an OpenDocument text",
            "Valley Library Lends Seeds, Not Just Books",
        ),
        (
            "office/article.pandoc.epub",
            true,
            "an EPUB book",
            "Valley Library Lends Seeds, Not Just Books",
        ),
        (
            "pdf/handout.pdf",
            false,
            "a PDF",
            "The Harbour Library Reopens",
        ),
        (
            "pdf/two-column.pdf",
            true,
            "a PDF",
            "Ferry Timetable Returns to Winter Hours",
        ),
        (
            "text/harbour-ferry.md",
            false,
            "a Markdown file",
            "The harbour ferry returns",
        ),
    ];
    let app = App::start().await;
    for (rel, dropped, read_as, first) in cases {
        let shown = open_through_the_review(&app, &fixture(rel), dropped, read_as, first).await;
        assert!(
            shown
                .first()
                .is_some_and(|(class, text)| class.contains("k-h1") && text == first),
            "{rel}: the headline is a heading: {:?}",
            shown.first()
        );
        // The article's lines are those the importer's expected outline lists, in order.
        let outline = match rel {
            "html/article.saved.html" | "html/article.mhtml" => {
                "html/article.expected.txt".to_string()
            }
            "office/article.libreoffice.docx" => {
                "office/article.libreoffice.docx.expected.txt".into()
            }
            "text/harbour-ferry.md" => "text/harbour-ferry.outline".into(),
            "pdf/handout.pdf" => "pdf/handout.expected.txt".into(),
            "pdf/two-column.pdf" => "pdf/two-column.expected.txt".into(),
            other => format!("{other}.expected.txt"),
        };
        let expected = std::fs::read_to_string(fixture(&outline)).unwrap();
        let tags: Vec<&str> = expected
            .lines()
            .map(|l| l.split('|').next().unwrap())
            .collect();
        let classes: Vec<String> = shown.iter().map(|(c, _)| c.clone()).collect();
        assert_eq!(
            classes.len(),
            tags.len(),
            "{rel}: one line per line of the outline"
        );
        for (tag, class) in tags.iter().zip(&classes) {
            let want = match tag.trim_end_matches('+') {
                t if t.starts_with('h') => format!("k-{t}"),
                t if t.starts_with("li") => "k-item".into(),
                t if t.starts_with('q') => "k-quote".into(),
                "cap" => "k-caption".into(),
                "note" => "k-note".into(),
                "pre" => "k-pre".into(),
                _ => "block".into(),
            };
            assert!(class.contains(&want), "{rel}: {tag} shown as {class}");
        }
    }
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_scanned_pdf_and_other_non_articles_say_what_they_are_and_change_nothing() {
    let app = App::start().await;
    app.click("Try the sample article").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    let before = lines(&app).await;
    for (rel, says) in [
        (
            "pdf/scanned.pdf",
            "no text layer: it is an image of the pages",
        ),
        ("text/kinds/png", "an image, not an article"),
        ("office/hostile-bomb.docx", "too large to open"),
        ("pdf/truncated.pdf", "not opened"),
    ] {
        app.open_file(&fixture(rel)).await;
        app.wait_until(
            "the refusal",
            "!!document.querySelector('.banner') && /not opened/.test(document.querySelector('.banner').textContent)",
        )
        .await;
        let banner = app.texts(".banner").await.join(" ");
        assert!(banner.contains(says), "{rel}: {banner}");
        assert!(banner.contains("Nothing was changed"), "{rel}: {banner}");
        assert_eq!(app.count(".modal.arrival").await, 0);
        assert_eq!(
            lines(&app).await,
            before,
            "{rel}: the open article is untouched"
        );
        app.js(
            "document.querySelector(\"button[aria-label='Dismiss message']\").click();",
            vec![],
        )
        .await;
        app.wait_until(
            "the message dismissed",
            "!document.querySelector('.banner')",
        )
        .await;
    }
    app.quit().await;
}

/// Writes a screenshot for the README (`docs/screenshots/`).
async fn docs_shot(app: &App, name: &str) {
    app.screenshot(&xtask::root().join("docs/screenshots").join(name))
        .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_shaped_article_looks_like_its_page_light_and_dark_on_desktop_and_phone_and_prints_so() {
    let app = App::launch(&e2e::app_url(), 1280, 900).await;
    app.goto(&e2e::app_url()).await;
    app.open_file(&fixture("office/article.pandoc.docx")).await;
    app.wait_for(".modal.arrival .shape-preview p[data-start]")
        .await;
    let kept = app.texts(".modal.arrival .kept").await.join(" ");
    assert!(
        kept.contains("heading") && kept.contains("list item"),
        "{kept}"
    );
    docs_shot(&app, "article-review.png").await;
    start_from_review(&app).await;
    app.wait_for("article[data-doc] p.k-h1").await;
    app.select_text("packets of vegetable", 0).await;
    app.keys("c").await;
    app.wait_for("article mark").await;
    // Headings are larger than paragraphs, list items are indented, quotes have their rule.
    let sizes = app
        .js(
            "const px = s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize);
             const pad = s => parseFloat(getComputedStyle(document.querySelector(s)).paddingInlineStart);
             return [px('article p.k-h1'), px('article p.block:not([class*=k-])'), pad('article p.k-item')];",
            vec![],
        )
        .await;
    assert!(sizes[0].as_f64() > sizes[1].as_f64(), "{sizes}");
    assert!(sizes[2].as_f64().unwrap() > 10.0, "{sizes}");
    docs_shot(&app, "shaped-article.png").await;
    app.cdp(
        "Emulation.setEmulatedMedia",
        json!({"media": "", "features": [{"name": "prefers-color-scheme", "value": "dark"}]}),
    )
    .await;
    app.wait_until(
        "dark",
        "getComputedStyle(document.body).backgroundColor !== 'rgb(255, 253, 248)'",
    )
    .await;
    docs_shot(&app, "shaped-article-dark.png").await;
    app.set_viewport(390, 844, true).await;
    docs_shot(&app, "shaped-article-phone-dark.png").await;
    app.cdp(
        "Emulation.setEmulatedMedia",
        json!({"media": "", "features": [{"name": "prefers-color-scheme", "value": "light"}]}),
    )
    .await;
    docs_shot(&app, "shaped-article-phone.png").await;
    // Printed, the shape stays: the heading is still larger than the text.
    app.set_viewport(1280, 900, false).await;
    app.cdp("Emulation.setEmulatedMedia", json!({"media": "print"}))
        .await;
    let printed = app
        .js(
            "const px = s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize);
             return px('article p.k-h1') > px('article p.block:not([class*=k-])');",
            vec![],
        )
        .await;
    assert_eq!(printed, json!(true));
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn reading_a_long_page_shows_progress_and_cancel_stops_it_changing_nothing() {
    // A saved page of about 15 MB: the worker reads it for seconds, while the page stays usable.
    let folder = e2e::TempDir::new("long-page");
    let page = folder.0.join("long.html");
    let paragraph = "<p>The council said the barrier would cost more than planned, according to a report seen by reporters.</p>\n";
    std::fs::write(&page, format!("<!doctype html><html><head><title>Long</title></head><body><article><h1>Long</h1>{}</article></body></html>", paragraph.repeat(140_000))).unwrap();
    let app = App::start().await;
    app.click("Try the sample article").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    let before = lines(&app).await;
    app.open_file(&page).await;
    app.wait_for(".progress-bar").await;
    let what = app.texts(".progress-bar .progress-what").await.join(" ");
    assert!(what.contains("Reading “long.html”"), "{what}");
    // Work of unknown length: the bar is indeterminate rather than stuck at 0 %.
    assert_eq!(app.count(".progress-bar progress:not([value])").await, 1);
    use e2e::thirtyfour::prelude::*;
    app.driver
        .find(By::Css(".progress-bar button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_until(
        "cancelled",
        "!document.querySelector('.progress-bar') && /not opened/.test(document.body.textContent)",
    )
    .await;
    assert_eq!(app.count(".modal.arrival").await, 0, "nothing to review");
    assert_eq!(lines(&app).await, before, "the open article is untouched");
    // The next file starts a fresh worker.
    app.open_file(&fixture("text/harbour-ferry.md")).await;
    app.wait_for(".modal.arrival .shape-preview p[data-start]")
        .await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_one_file_build_reads_articles_from_file_urls_with_its_embedded_worker() {
    let stick = e2e::TempDir::new("usb-articles");
    let page = stick.0.join("close-reader.html");
    std::fs::copy(e2e::dist_dir().join("close-reader.html"), &page)
        .expect("dist/close-reader.html: run `cargo xtask dist`");
    let url = format!("file://{}", page.display());
    let app = App::launch(&url, 1280, 900).await;
    app.goto(&url).await;
    app.wait_for("textarea").await;
    let shown = open_through_the_review(
        &app,
        &fixture("office/article.pandoc.epub"),
        false,
        "an EPUB book",
        "Valley Library Lends Seeds, Not Just Books",
    )
    .await;
    assert!(
        shown.iter().any(|(c, _)| c.contains("k-item")),
        "lists kept: {shown:?}"
    );
    // A web page's paste goes through the same embedded worker.
    app.click("← Library").await;
    let fetched = app
        .js("return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('blob:'));", vec![])
        .await;
    assert_eq!(
        fetched,
        json!([]),
        "nothing is fetched: the worker came from the page itself"
    );
    app.quit().await;
}
