//! The README's screenshots, at exact viewport sizes (1280×900, and 390×844 for a phone), each taken
//! after checking that the screen shows what the picture claims; plus a phone-width journey whose
//! pictures go to target/screenshot-review/ for a person to look at.

use std::path::{Path, PathBuf};

use e2e::thirtyfour::prelude::*;
use e2e::App;

const MIXED: &str = "Ministers said the new harbour wall will cost about £42 million and could open in 2029.\n\nقال مسؤولون إن الجدار قد يكلف أكثر من المتوقع بكثير.\n\nלדברי מומחים, העלות עשויה לעלות בחצי.\n\nCritics reportedly doubt the figures, and the engineers' union has not commented.";

const NOTE: &str = "Whose estimate? The council's own.";

fn docs_shot(name: &str) -> PathBuf {
    xtask::root().join("docs/screenshots").join(name)
}

fn review_shot(name: &str) -> PathBuf {
    xtask::root().join("target/screenshot-review").join(name)
}

/// Writes the screenshot and checks it has exactly the viewport's size.
async fn shoot(app: &App, path: &Path, width: u32, height: u32) {
    app.screenshot(path).await;
    let png = std::fs::read(path).unwrap();
    assert_eq!(&png[1..4], b"PNG", "{} is a PNG", path.display());
    let w = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(png[20..24].try_into().unwrap());
    assert_eq!(
        (w, h),
        (width, height),
        "{} has the viewport's size",
        path.display()
    );
}

/// No part of the page sticks out sideways (no horizontal scrolling).
async fn no_sideways_scroll(app: &App, what: &str) {
    let v = app
        .js(
            "const d = document.documentElement; return [d.scrollWidth, d.clientWidth];",
            vec![],
        )
        .await;
    assert!(
        v[0].as_f64() <= v[1].as_f64(),
        "{what}: the page scrolls sideways ({v})"
    );
}

/// Every element matching `css` that is shown lies within `width` (the viewport's width: with phone
/// emulation the page's own `innerWidth` grows to fit content that sticks out).
async fn within_width(app: &App, css: &str, width: u32) {
    let out = app
        .js(
            "return [...document.querySelectorAll(arguments[0])].filter(e => e.getClientRects().length).map(e => { const r = e.getBoundingClientRect(); return [e.textContent.trim().slice(0, 30), r.left, r.right]; }).filter(([, l, r]) => l < -0.5 || r > arguments[1] + 0.5);",
            vec![serde_json::json!(css), serde_json::json!(width)],
        )
        .await;
    assert_eq!(out, serde_json::json!([]), "{css} cut off at the sides");
}

async fn label(app: &App, text: &str, key: &str) {
    let before = app.count("article mark").await;
    app.select_text(text, 0).await;
    app.keys(key).await;
    app.wait_until(
        &format!("{text:?} labelled"),
        &format!("document.querySelectorAll('article mark').length > {before} || document.querySelector('article mark.sel')?.textContent === {}", serde_json::json!(text)),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn readme_screenshots() {
    let app = App::start().await;
    app.set_viewport(1280, 900, false).await;

    // Start.
    app.wait_for("textarea").await;
    for name in ["Start annotating", "Try the sample article", "Library (0)"] {
        assert!(
            app.button(name).await.is_displayed().await.unwrap(),
            "{name}"
        );
    }
    shoot(&app, &docs_shot("start.png"), 1280, 900).await;

    // Annotated: three scripts, overlapping claim and hedge, sources, a selected span with a note.
    app.new_article("Harbour wall: what the reports say", MIXED)
        .await;
    label(
        &app,
        "the new harbour wall will cost about £42 million",
        "c",
    )
    .await;
    label(&app, "about", "h").await;
    label(&app, "could", "h").await;
    label(&app, "Ministers said", "s").await;
    label(&app, "قال مسؤولون", "s").await;
    label(&app, "قد يكلف أكثر من المتوقع", "c").await;
    label(&app, "עשויה", "h").await;
    label(&app, "reportedly", "h").await;
    app.keys("\u{E00C}").await; // Escape: nothing selected
    app.driver
        .find(By::Css("mark[data-labels='claim']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_for(".span-editor textarea")
        .await
        .send_keys(NOTE)
        .await
        .unwrap();
    app.wait_until(
        "the note in the list",
        &format!(
            "document.querySelector('.note-preview')?.textContent === {}",
            serde_json::json!(NOTE)
        ),
    )
    .await;
    let dirs = app
        .js(
            "return [...document.querySelectorAll('article p')].map(p => getComputedStyle(p).direction);",
            vec![],
        )
        .await;
    assert_eq!(
        dirs,
        serde_json::json!(["ltr", "rtl", "rtl", "ltr"]),
        "Arabic and Hebrew paragraphs read right to left"
    );
    let marks = app.marks().await;
    assert!(
        marks.iter().any(|(l, _, _)| l == "claim hedge"),
        "an overlap of claim and hedge: {marks:?}"
    );
    assert_eq!(
        app.js(
            "return [...document.querySelectorAll('article mark.sel')].map(m => m.textContent).join('');",
            vec![]
        )
        .await,
        serde_json::json!("the new harbour wall will cost about £42 million")
    );
    assert_eq!(
        app.texts("button.chip").await,
        vec!["Claim2", "Source2", "Hedge4"]
    );
    app.wait_saved().await;
    app.js("window.scrollTo(0, 0);", vec![]).await;
    shoot(&app, &docs_shot("annotated.png"), 1280, 900).await;
    // The size of a common laptop screen: the panel beside the article, no drawer.
    app.set_viewport(1280, 800, false).await;
    assert_eq!(app.count(".panel-toggle").await, 0);
    no_sideways_scroll(&app, "the annotate screen at 1280×800").await;
    shoot(&app, &docs_shot("annotate-1280x800.png"), 1280, 800).await;
    app.set_viewport(1280, 900, false).await;

    // Library with three documents.
    app.click("← Library").await;
    app.wait_for("li.doc").await;
    app.click("New article").await;
    app.click("Try the sample article").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    label(&app, "voted 7–2 on Tuesday night", "c").await;
    label(&app, "Councillor Maya Okafor", "s").await;
    app.wait_saved().await;
    app.click("← Library").await;
    app.wait_for("li.doc").await;
    app.click("New article").await;
    app.new_article(
        "Tram line delayed again",
        "The mayor said the tram line will open in 2028.\n\nEngineers reportedly expect delays.",
    )
    .await;
    label(&app, "reportedly", "h").await;
    app.wait_saved().await;
    app.click("← Library").await;
    app.wait_until(
        "three documents",
        "document.querySelectorAll('li.doc').length === 3",
    )
    .await;
    assert_eq!(
        app.texts("li.doc .doc-title").await,
        vec![
            "Tram line delayed again",
            "Harbour town votes for flood wall as costs remain unclear",
            "Harbour wall: what the reports say"
        ]
    );
    let metas = app.texts("li.doc .doc-meta").await;
    assert!(
        metas[2].ends_with("· Claim 2 · Source 2 · Hedge 4"),
        "{metas:?}"
    );
    shoot(&app, &docs_shot("library.png"), 1280, 900).await;
    let base = app.base.clone();
    app.quit().await;

    // Phone: the sample with a few highlights, from the top.
    let phone = App::start_with(&base, "#sample", 390, 844).await;
    phone.set_viewport(390, 844, true).await;
    phone.wait_for("article[data-doc] p[data-start]").await;
    label(
        &phone,
        "voted 7–2 on Tuesday night to build a 1.8-kilometre flood wall",
        "c",
    )
    .await;
    label(&phone, "on Tuesday night", "h").await;
    label(&phone, "The council of Wrenmouth", "s").await;
    phone.keys("\u{E00C}").await;
    phone.wait_saved().await;
    phone.js("window.scrollTo(0, 0);", vec![]).await;
    no_sideways_scroll(&phone, "the annotate screen on a phone").await;
    within_width(
        &phone,
        ".top-bar button, .top-bar .file-button, .top-bar .save-state",
        390,
    )
    .await;
    shoot(&phone, &docs_shot("phone.png"), 390, 844).await;
    phone.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_phone_sized_window_stays_usable() {
    let app = App::start().await;
    app.set_viewport(390, 844, true).await;

    app.wait_for("textarea").await;
    shoot(&app, &review_shot("phone-start.png"), 390, 844).await;
    no_sideways_scroll(&app, "the start screen").await;
    within_width(
        &app,
        "main.start button, main.start input, main.start textarea, main.start .file-button",
        390,
    )
    .await;

    app.click("Try the sample article").await;
    app.wait_for("article[data-doc] p[data-start]").await;

    // The label toolbar beside a selection near the right edge stays on screen.
    app.select_text("flood wall along the harbour", 0).await;
    let bar = app.wait_for(".label-toolbar").await;
    shoot(&app, &review_shot("phone-toolbar.png"), 390, 844).await;
    within_width(&app, ".label-toolbar, .label-toolbar button", 390).await;
    bar.find(By::XPath(".//button[normalize-space(.)='Claim']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_for("article mark[data-labels='claim']").await;
    label(&app, "along the harbour", "h").await;

    // A selected span: the editor in the side panel, below the article.
    app.keys("\u{E00C}").await;
    app.driver
        .find(By::Css("mark[data-labels='claim hedge']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let note = app.wait_for(".span-editor textarea").await;
    note.send_keys("Is 1.8 km the whole harbour?")
        .await
        .unwrap();
    app.js(
        "document.querySelector('.span-editor').scrollIntoView({block: 'start'});",
        vec![],
    )
    .await;
    shoot(&app, &review_shot("phone-editor.png"), 390, 844).await;
    no_sideways_scroll(&app, "the side panel").await;
    within_width(&app, ".span-editor select, .span-editor textarea, .span-editor button, .chip, ol.ann-list button", 390).await;

    // The library at phone width.
    app.wait_saved().await;
    app.click("← Library").await;
    app.wait_for("li.doc").await;
    shoot(&app, &review_shot("phone-library.png"), 390, 844).await;
    no_sideways_scroll(&app, "the library").await;
    within_width(&app, "li.doc button, li.doc .doc-title", 390).await;

    // A message banner at phone width.
    let dir = e2e::TempDir::new("phone");
    let bad = dir.0.join("not-a-close-reader-file-with-a-long-name.json");
    std::fs::write(&bad, "{\"format\": \"other\"}").unwrap();
    app.click("Open Harbour town votes for flood wall as costs remain unclear")
        .await;
    app.wait_for("article[data-doc] mark").await;
    app.open_file(&bad).await;
    app.alert_containing("not a Close Reader file").await;
    app.js("window.scrollTo(0, 0);", vec![]).await;
    shoot(&app, &review_shot("phone-alert.png"), 390, 844).await;
    no_sideways_scroll(&app, "an error banner").await;
    within_width(&app, "[role=alert], [role=alert] button", 390).await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn renaming_in_the_library_fits_a_phone_screen() {
    let app = App::start_at("#sample").await;
    app.set_viewport(390, 844, true).await;
    app.wait_for("article[data-doc] p[data-start]").await;
    label(&app, "voted 7–2", "c").await;
    app.wait_saved().await;
    app.click("← Library").await;
    app.wait_for("li.doc").await;
    app.click("Rename Harbour town votes for flood wall as costs remain unclear")
        .await;
    app.wait_for("input[aria-label='New title']").await;
    shoot(&app, &review_shot("phone-library-rename.png"), 390, 844).await;
    within_width(&app, "li.doc form button, li.doc input", 390).await;
    no_sideways_scroll(&app, "the library while renaming").await;
    app.quit().await;
}
