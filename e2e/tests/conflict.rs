//! Opening a downloaded file whose article is already in this browser's library: the app must ask
//! (Keep both, Replace, Cancel), say which version is newer, put the focus on the choice that loses
//! nothing, and each answer must do exactly what it says to the library; Replace keeps the version
//! it replaces and can be undone.

use std::path::PathBuf;

use e2e::thirtyfour::{By, Key};
use e2e::{App, TempDir};

const TEXT: &str = "The mayor said the tram line will open in 2028.\n\nEngineers reportedly expect delays of a year or more.";

/// A document with two spans, downloaded; then a third span is added in the browser, so the saved
/// copy (3 spans) and the file (2 spans) differ. Returns the kept file.
async fn annotated_and_downloaded(app: &App, keep: &TempDir) -> PathBuf {
    app.new_article("Tram line", TEXT).await;
    app.select_text("The mayor", 0).await;
    app.keys("s").await;
    app.select_text("will open in 2028", 0).await;
    app.keys("c").await;
    app.wait_until(
        "two marks",
        "document.querySelectorAll('article mark').length === 2",
    )
    .await;
    app.wait_saved().await;
    app.click("Download").await;
    let file = keep.0.join("tram-line.close-reader.json");
    std::fs::copy(
        app.wait_download("tram-line.close-reader.json").await,
        &file,
    )
    .unwrap();
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    app.wait_for("mark[data-labels='hedge']").await;
    app.wait_saved().await;
    assert_eq!(app.spans().await.len(), 3);
    file
}

async fn quotes(app: &App) -> Vec<String> {
    let mut q: Vec<String> = app.spans().await.into_iter().map(|(_, q)| q).collect();
    q.sort();
    q
}

/// The library's entries' meta lines, after going to the library.
async fn library(app: &App, n: usize) -> Vec<String> {
    app.click("← Library").await;
    app.wait_until(
        &format!("{n} library entries"),
        &format!("document.querySelectorAll('li.doc').length === {n}"),
    )
    .await;
    app.texts("li.doc .doc-meta").await
}

async fn wait_dialog(app: &App) -> String {
    app.wait_for("[role=dialog]").await.text().await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn reopening_a_file_just_downloaded_asks_before_adding_a_copy() {
    let app = App::start().await;
    let keep = TempDir::new("keep");
    let file = annotated_and_downloaded(&app, &keep).await;

    // Straight away, without visiting the library or reloading.
    let doc = app
        .js(
            "return document.querySelector('article').dataset.doc;",
            vec![],
        )
        .await;
    app.open_file(&file).await;
    app.wait_until(
        "a dialog, or another document opened",
        &format!("document.querySelector('[role=dialog]') || document.querySelector('article').dataset.doc !== {doc}"),
    )
    .await;
    assert_eq!(
        app.count("[role=dialog]").await,
        1,
        "no dialog: the file was opened as a second copy (the library now has {:?})",
        library(&app, 2).await
    );
    let text = wait_dialog(&app).await;
    assert!(
        text.contains("already in your library"),
        "the dialog explains itself: {text}"
    );
    app.click("Cancel").await;
    app.wait_until("no dialog", "!document.querySelector('[role=dialog]')")
        .await;
    assert_eq!(quotes(&app).await.len(), 3);
    library(&app, 1).await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn cancel_changes_nothing_and_keep_both_adds_a_second_entry() {
    let app = App::start().await;
    let keep = TempDir::new("keep");
    let file = annotated_and_downloaded(&app, &keep).await;
    let before = quotes(&app).await;

    // A new visit: the library is read afresh at start.
    app.reload().await;
    app.wait_for("article[data-doc] mark").await;
    app.open_file(&file).await;
    let text = wait_dialog(&app).await;
    assert!(text.contains("already in your library"), "{text}");
    assert!(
        text.contains("In your library: 3 spans, 0 notes")
            && text.contains("(newer)")
            && text.contains("The file: 2 spans, 0 notes"),
        "the dialog tells the saved copy from the file: {text}"
    );

    app.click("Cancel").await;
    app.wait_until("no dialog", "!document.querySelector('[role=dialog]')")
        .await;
    assert_eq!(quotes(&app).await, before, "Cancel keeps the open document");
    let metas = library(&app, 1).await;
    assert!(
        metas[0].ends_with("· Claim 1 · Source 1 · Hedge 1"),
        "{metas:?}"
    );

    // Keep both: the file opens as a second document; the saved one is untouched.
    app.click("Open Tram line").await;
    app.wait_for("article[data-doc] mark").await;
    app.open_file(&file).await;
    wait_dialog(&app).await;
    app.click("Keep both").await;
    app.wait_until("no dialog", "!document.querySelector('[role=dialog]')")
        .await;
    app.wait_until(
        "the file's two spans",
        "document.querySelectorAll('article mark').length === 2",
    )
    .await;
    assert_eq!(
        quotes(&app).await,
        vec!["The mayor".to_string(), "will open in 2028".to_string()]
    );
    app.wait_saved().await;
    let metas = library(&app, 2).await;
    assert!(
        metas.iter().any(|m| m.ends_with("· Claim 1 · Source 1"))
            && metas
                .iter()
                .any(|m| m.ends_with("· Claim 1 · Source 1 · Hedge 1")),
        "both copies, each with its own spans: {metas:?}"
    );
    assert_eq!(
        app.texts("li.doc .doc-title").await,
        vec!["Tram line".to_string(), "Tram line".to_string()]
    );
    app.quit().await;
}

/// Regression: Replace was focused, so Enter replaced newer work with an older file, with no Undo and
/// no copy; Escape did nothing.
#[tokio::test(flavor = "multi_thread")]
async fn enter_and_escape_keep_newer_work_and_replace_keeps_the_replaced_version() {
    let app = App::start().await;
    let keep = TempDir::new("keep");
    let file = annotated_and_downloaded(&app, &keep).await;
    // A note on the hedge just added (it is selected), so the library's copy is newer in every way.
    let note = app.wait_for(".span-editor textarea").await;
    note.send_keys("Who expects them?").await.unwrap();
    app.js("document.activeElement.blur();", vec![]).await;
    app.wait_saved().await;

    app.open_file(&file).await;
    let text = wait_dialog(&app).await;
    assert!(
        text.contains("In your library: 3 spans, 1 note, last changed")
            && text.contains("The file: 2 spans, 0 notes, last changed"),
        "{text}"
    );
    assert!(
        text.contains("Your library's copy is newer"),
        "says which is newer: {text}"
    );
    let focused = app
        .js("return document.activeElement.textContent;", vec![])
        .await;
    assert_eq!(
        focused,
        serde_json::json!("Cancel"),
        "the safe choice has the focus"
    );
    // For a person to look at (target/screenshot-review/), on a laptop and on a phone.
    let review = xtask::root().join("target/screenshot-review");
    app.screenshot(&review.join("conflict.png")).await;
    app.set_viewport(390, 844, true).await;
    app.screenshot(&review.join("conflict-phone.png")).await;
    app.cdp(
        "Emulation.clearDeviceMetricsOverride",
        serde_json::json!({}),
    )
    .await;
    app.keys(&Key::Enter.value().to_string()).await;
    app.wait_until("no dialog", "!document.querySelector('[role=dialog]')")
        .await;
    assert_eq!(quotes(&app).await.len(), 3, "Enter kept the newer work");

    app.open_file(&file).await;
    wait_dialog(&app).await;
    app.keys(&Key::Escape.value().to_string()).await;
    app.wait_until("no dialog", "!document.querySelector('[role=dialog]')")
        .await;
    assert_eq!(quotes(&app).await.len(), 3, "Escape is Cancel");

    // Replace, on purpose: the file opens, and the version replaced is kept in the library.
    app.open_file(&file).await;
    wait_dialog(&app).await;
    app.click("Replace").await;
    let said = app.notice_containing("Replaced").await;
    assert!(
        said.contains("kept in the library as “Tram line (replaced"),
        "{said}"
    );
    app.wait_until(
        "the file's two spans",
        "document.querySelectorAll('article mark').length === 2",
    )
    .await;
    assert_eq!(
        quotes(&app).await,
        vec!["The mayor".to_string(), "will open in 2028".to_string()]
    );
    app.wait_saved().await;
    // Undo brings the replaced version back in place, and the copy goes.
    app.driver
        .find(By::XPath(
            "//div[contains(@class,'banner')]//button[normalize-space(.)='Undo']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.notice_containing("is back").await;
    app.wait_until(
        "the three spans back",
        "new Set([...document.querySelectorAll('article mark')].flatMap(m => m.dataset.ids.split(' '))).size === 3",
    )
    .await;
    app.wait_saved().await;
    let metas = library(&app, 1).await;
    assert!(
        metas[0].ends_with("· Claim 1 · Source 1 · Hedge 1"),
        "one entry, the version that was replaced: {metas:?}"
    );
    assert_eq!(app.texts("li.doc .doc-title").await, ["Tram line"]);
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn replace_puts_the_file_in_place_of_the_saved_copy_and_keeps_that_copy() {
    let app = App::start().await;
    let keep = TempDir::new("keep");
    let file = annotated_and_downloaded(&app, &keep).await;

    app.reload().await;
    app.wait_for("article[data-doc] mark").await;
    app.open_file(&file).await;
    wait_dialog(&app).await;
    app.click("Replace").await;
    app.wait_until("no dialog", "!document.querySelector('[role=dialog]')")
        .await;
    app.wait_until(
        "the file's two spans",
        "document.querySelectorAll('article mark').length === 2",
    )
    .await;
    app.wait_saved().await;
    let metas = library(&app, 2).await;
    let titles = app.texts("li.doc .doc-title").await;
    let replaced = titles
        .iter()
        .position(|t| t.starts_with("Tram line (replaced"))
        .unwrap_or_else(|| panic!("the replaced copy is kept: {titles:?}"));
    assert!(
        metas[replaced].ends_with("· Claim 1 · Source 1 · Hedge 1")
            && metas[1 - replaced].ends_with("· Claim 1 · Source 1"),
        "the file in place, the replaced version kept: {metas:?}"
    );

    // And it stays replaced after a reload.
    app.click("Open Tram line").await;
    app.reload().await;
    app.wait_for("article[data-doc] mark").await;
    assert_eq!(
        quotes(&app).await,
        vec!["The mayor".to_string(), "will open in 2028".to_string()]
    );
    app.quit().await;
}
