//! Working with other tools from the browser: every item of the Export menu downloads a file that
//! its format's reader takes back; the menu works from the keyboard; files of other tools opened
//! through "Open file" are reviewed (placed, not placed, tags to map) before one undoable edit.

use std::path::{Path, PathBuf};

use close_reader_core::formats::{brat, csv, doccano, label_studio, native, w3c_import};
use close_reader_core::Document;
use e2e::thirtyfour::prelude::*;
use e2e::{App, TempDir};
use serde_json::json;

/// Emoji, right-to-left text and CRLF line ends, as imports and exports must keep them.
const TEXT: &str = "The minister said the plan may work 😀.\r\n\r\nقال الوزير إن الخطة ناجحة.\r\nCritics reportedly doubt it.";

/// A document with three spans, one with a note (a line break in it), typed as a user would.
async fn annotated(app: &App) {
    app.new_article("Plan review", TEXT).await;
    app.select_text("The minister", 0).await;
    app.keys("s").await;
    app.select_text("may work", 0).await;
    app.keys("c").await;
    let note = app.wait_for(".span-editor textarea").await;
    note.send_keys("Which plan?\nNo figures given.")
        .await
        .unwrap();
    app.js("document.activeElement.blur();", vec![]).await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    app.wait_until(
        "three marks",
        "new Set([...document.querySelectorAll('article mark')].flatMap(m => m.dataset.ids.split(' '))).size === 3",
    )
    .await;
    app.wait_saved().await;
}

/// Chooses `item` in the Export menu and returns the downloaded file.
async fn export(app: &App, item: &str, suffix: &str) -> PathBuf {
    app.click("Export").await;
    app.wait_for("[role=menu]").await;
    app.click(item).await;
    app.wait_download(suffix).await
}

fn bare(doc: &Document) -> Document {
    Document::new(&doc.title, doc.text.as_str(), doc.source_url.clone())
}

/// (label, quote, note) of every annotation, in text order.
fn summary(doc: &Document) -> Vec<(String, String, String)> {
    doc.annotations()
        .iter()
        .map(|a| (a.label.clone(), doc.quote(a).to_string(), a.note.clone()))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn every_export_downloads_a_file_its_format_reads_back() {
    let app = App::start().await;
    annotated(&app).await;
    app.click("Download").await;
    let doc = native::from_bytes(
        &std::fs::read(app.wait_download("plan-review.close-reader.json").await).unwrap(),
    )
    .unwrap();
    assert_eq!(doc.text.as_str(), TEXT, "the pasted text is kept exactly");
    let want = summary(&doc);
    assert_eq!(want.len(), 3);
    let now = "2026-01-01T00:00:00Z";
    let placed_on_bare = |report: close_reader_core::formats::import::ImportReport| {
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        let mut d = bare(&doc);
        close_reader_core::formats::import::apply(&mut d, &report, |_| None);
        summary(&d)
    };

    let w3c =
        std::fs::read(export(&app, "W3C Web Annotation", "plan-review.annotations.jsonld").await)
            .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&w3c).unwrap();
    assert_eq!(v["type"], "AnnotationCollection");
    assert_eq!(
        placed_on_bare(w3c_import::import(&bare(&doc), &w3c, now).unwrap()),
        want
    );

    let sheet = std::fs::read(export(&app, "CSV", "plan-review.csv").await).unwrap();
    assert!(
        sheet.starts_with(b"id,label,start,end,quote,note"),
        "no BOM, our header"
    );
    assert_eq!(
        placed_on_bare(csv::import(&bare(&doc), &sheet, now).unwrap()),
        want
    );

    let zip = std::fs::read(export(&app, "brat", "plan-review.brat.zip").await).unwrap();
    assert_eq!(
        zip,
        brat::to_brat_zip(&doc),
        "the core's own bytes for this document"
    );
    let ann = brat::to_brat(&doc).ann;
    let from_brat = placed_on_bare(brat::import(&bare(&doc), ann.as_bytes(), now).unwrap());
    assert_eq!(from_brat.len(), 3);

    let jsonl = std::fs::read(export(&app, "doccano", "plan-review.doccano.jsonl").await).unwrap();
    let (d, r) = doccano::open(&jsonl, "x", now).unwrap();
    assert_eq!(d.text.as_str(), TEXT);
    assert_eq!(r.placed.len(), 3);

    let ls =
        std::fs::read(export(&app, "Label Studio", "plan-review.label-studio.json").await).unwrap();
    let (mut d, r) = label_studio::open(&ls, "x", now).unwrap();
    assert_eq!(d.text.as_str(), TEXT);
    close_reader_core::formats::import::apply(&mut d, &r, |_| None);
    assert_eq!(summary(&d), want, "Label Studio keeps notes too");

    let report =
        std::fs::read_to_string(export(&app, "HTML report", "plan-review.report.html").await)
            .unwrap();
    assert!(report.contains("<h1 dir=\"auto\">Plan review</h1>"));
    assert!(report.contains("Which plan?\nNo figures given."));
    assert_eq!(
        app.count("[role=menu]").await,
        0,
        "choosing an item closes the menu"
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_export_menu_works_from_the_keyboard_and_closes_on_a_click_outside() {
    let app = App::start_at("#sample").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    let button = app.button("Export").await;
    assert_eq!(
        button.attr("aria-haspopup").await.unwrap().as_deref(),
        Some("menu")
    );
    assert_eq!(
        button.attr("aria-expanded").await.unwrap().as_deref(),
        Some("false")
    );
    button.focus().await.unwrap();
    app.keys(&Key::Down.value().to_string()).await;
    app.wait_for("[role=menu]").await;
    assert_eq!(
        button.attr("aria-expanded").await.unwrap().as_deref(),
        Some("true")
    );
    let focused = || app.js("return document.activeElement.textContent;", vec![]);
    app.wait_until(
        "first item focused",
        "document.activeElement.textContent === 'W3C Web Annotation'",
    )
    .await;
    app.keys(&Key::Down.value().to_string()).await;
    assert_eq!(focused().await, json!("CSV"));
    app.keys(&Key::Up.value().to_string()).await;
    app.keys(&Key::Up.value().to_string()).await;
    assert_eq!(
        focused().await,
        json!("Print"),
        "up from the first wraps to the last"
    );
    assert_eq!(
        app.texts("[role=menuitem]").await,
        [
            "W3C Web Annotation",
            "CSV",
            "brat",
            "doccano",
            "Label Studio",
            "HTML report",
            "Print"
        ]
    );
    app.screenshot(&shots().join("export-menu.png")).await;
    app.keys(&Key::Escape.value().to_string()).await;
    app.wait_until("closed", "!document.querySelector('[role=menu]')")
        .await;
    assert_eq!(
        focused().await,
        json!("Export"),
        "focus returns to the button"
    );

    app.click("Export").await;
    app.wait_for("[role=menu]").await;
    app.driver
        .find(By::Css("article p"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_until(
        "closed by a click outside",
        "!document.querySelector('[role=menu]')",
    )
    .await;
    app.quit().await;
}

/// Where screenshots go: the workspace's `target/screenshots/`.
fn shots() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots")
}

/// Waits for the import review and returns its text.
async fn review(app: &App) -> String {
    app.wait_for(".import-review").await.text().await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn hypothesis_annotations_are_reviewed_mapped_added_and_undone_in_one_step() {
    let app = App::start().await;
    // The text of the Hypothesis fixture's article (core/tests/support), pasted exactly.
    let article = "Scam centres: 1,440 freed 😀\r\n\r\nThe minister said the scheme will reportedly cost 40\u{a0}million. Critics said the scheme will fail. قال الوزير إن الخطة ناجحة.\r\nThe family 👩\u{200d}👩\u{200d}👧 waited for news; officials said the scheme will help.\r\nCafe\u{301} owners were not consulted.";
    app.new_article("Scam centres", article).await;
    app.wait_saved().await;
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures/hypothesis_search.json")
        .canonicalize()
        .unwrap();

    // Cancel changes nothing.
    app.open_file(&fixture).await;
    let text = review(&app).await;
    assert!(
        text.contains("Read as Hypothesis annotations. 5 of 7 annotations found their place"),
        "{text}"
    );
    app.click("Cancel").await;
    app.wait_until("closed", "!document.querySelector('.import-review')")
        .await;
    assert_eq!(app.count("article mark").await, 0);

    app.open_file(&fixture).await;
    let text = review(&app).await;
    assert!(text.contains("Not placed (2)"), "{text}");
    assert!(
        text.contains("occurs in 3 places that fit equally well, so it is not guessed"),
        "{text}"
    );
    assert!(text.contains("“Rhetoric” (1 annotation)"), "{text}");
    assert_eq!(
        app.texts(".import-review .row .primary").await,
        ["Add 5 annotations"]
    );
    app.screenshot(&shots().join("import-review.png")).await;
    // Map the unknown tag to Claim instead of creating a label.
    app.js(
        "const s = document.getElementById('tag-0'); s.value = 'label:claim'; s.dispatchEvent(new Event('change', {bubbles: true}));",
        vec![],
    )
    .await;
    app.click("Add 5 annotations").await;
    app.wait_until("closed", "!document.querySelector('.import-review')")
        .await;
    app.wait_until(
        "the notice",
        "document.querySelector('.banner.info')?.textContent.includes('Added 5 annotations from “hypothesis_search.json”. Undo takes them back.')",
    )
    .await;
    let mut quotes: Vec<String> = app.spans().await.into_iter().map(|(_, q)| q).collect();
    quotes.sort();
    assert_eq!(
        quotes,
        [
            "Scam centres",
            "The family 👩\u{200d}👩\u{200d}👧 waited for news",
            "reportedly cost 40\u{a0}million",
            "the scheme will",
            "قال الوزير",
        ]
    );
    let headline = app
        .marks()
        .await
        .into_iter()
        .find(|(_, _, t)| t == "Scam centres");
    assert_eq!(
        headline.map(|(labels, _, _)| labels).as_deref(),
        Some("claim"),
        "the tag mapped to Claim"
    );

    // One undo takes the whole import back; redo brings it again.
    app.click("Undo").await;
    app.wait_until(
        "all gone",
        "document.querySelectorAll('article mark').length === 0",
    )
    .await;
    app.click("Redo").await;
    app.wait_until("all back", "new Set([...document.querySelectorAll('article mark')].flatMap(m => m.dataset.ids.split(' '))).size === 5").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_w3c_export_from_another_browser_adds_its_spans_and_a_new_label_here() {
    let keep = TempDir::new("w3c");
    let a = App::start().await;
    annotated(&a).await;
    let file = keep.0.join("plan.annotations.jsonld");
    std::fs::copy(
        export(&a, "W3C Web Annotation", "plan-review.annotations.jsonld").await,
        &file,
    )
    .unwrap();
    let theirs = a.spans().await;
    a.quit().await;

    // The same article, in a fresh profile; one tag renamed to a label this document lacks.
    let w3c = std::fs::read_to_string(&file)
        .unwrap()
        .replace("\"Hedge\"", "\"Doubt\"");
    std::fs::write(&file, w3c).unwrap();
    let b = App::start().await;
    b.new_article("Plan review", TEXT).await;
    b.open_file(&file).await;
    let text = review(&b).await;
    assert!(
        text.contains("3 of 3 annotations found their place"),
        "{text}"
    );
    assert!(text.contains("Create the label “Doubt”"), "{text}");
    b.click("Add 3 annotations").await;
    b.wait_for("mark[data-labels='doubt']").await;
    let mut ours: Vec<String> = b.spans().await.into_iter().map(|(_, q)| q).collect();
    let mut want: Vec<String> = theirs.into_iter().map(|(_, q)| q).collect();
    ours.sort();
    want.sort();
    assert_eq!(ours, want);
    assert!(
        b.texts(".chip").await.iter().any(|c| c.contains("Doubt")),
        "the new label is listed"
    );
    b.click("Undo").await;
    b.wait_until(
        "all gone",
        "document.querySelectorAll('article mark').length === 0",
    )
    .await;
    assert!(
        !b.texts(".chip").await.iter().any(|c| c.contains("Doubt")),
        "and its label"
    );
    b.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn annotations_without_an_article_ask_for_it_and_doccano_opens_as_a_new_document() {
    let dir = TempDir::new("noarticle");
    let w3c = dir.0.join("one.jsonld");
    std::fs::write(
        &w3c,
        json!({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
               "body": {"type": "TextualBody", "purpose": "tagging", "value": "claim"},
               "target": {"source": "https://example.org", "selector": {"type": "TextQuoteSelector", "exact": "plan"}}})
        .to_string(),
    )
    .unwrap();
    let app = App::start().await;
    app.open_file(&w3c).await;
    let alert = app.alert_containing("“one.jsonld” was not opened").await;
    assert!(
        alert.contains("Open the article first, then open this file to add its annotations."),
        "{alert}"
    );

    let jsonl = dir.0.join("council.doccano.jsonl");
    std::fs::write(
        &jsonl,
        "{\"text\": \"The council said rents may fall 😀.\", \"label\": [[4, 11, \"Source\"], [17, 31, \"Prediction\"]]}\n",
    )
    .unwrap();
    app.open_file(&jsonl).await;
    let text = review(&app).await;
    assert!(
        text.contains("It opens as a new document, “council”"),
        "{text}"
    );
    app.click("Open with 2 annotations").await;
    app.wait_for("article[data-doc] mark[data-labels='prediction']")
        .await;
    let mut quotes: Vec<String> = app.spans().await.into_iter().map(|(_, q)| q).collect();
    quotes.sort();
    assert_eq!(quotes, ["council", "rents may fall"]);
    assert_eq!(app.texts("h1.doc-title").await, ["council"]);
    app.quit().await;
}
