//! Storage that fails under the user: full (a tiny quota set through the DevTools protocol), blocked
//! (IndexedDB refusing to open, as in some private windows) and cleared by the browser while the page
//! is open. The work stays in the tab, a banner says so, Download works, and saving resumes.

use close_reader_core::formats::native;
use e2e::thirtyfour::prelude::*;
use e2e::App;
use serde_json::json;

const TEXT: &str =
    "The council said the bridge will reopen in June.\n\nTraders reportedly expect delays.";

/// (label, quote) of every annotation in a downloaded file.
fn labelled(path: &std::path::Path) -> Vec<(String, String)> {
    let doc = native::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc.annotations()
        .iter()
        .map(|a| (a.label.clone(), doc.quote(a).to_string()))
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

async fn claim_and_hedge(app: &App) {
    app.select_text("the bridge will reopen in June", 0).await;
    app.keys("c").await;
    app.wait_for("mark[data-labels='claim']").await;
}

async fn banner_saying(app: &App, needle: &str) -> String {
    app.wait_until(
        &format!("the save banner saying {needle:?}"),
        &format!(
            "document.querySelector('.save-failed[role=alert]')?.textContent.includes({})",
            json!(needle)
        ),
    )
    .await;
    app.wait_for(".save-failed").await.text().await.unwrap()
}

async fn download_from_banner(app: &App) -> Vec<(String, String)> {
    app.driver
        .find(By::XPath(
            "//div[contains(@class,'save-failed')]//button[normalize-space(.)='Download']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    labelled(&app.wait_download("bridge-works.close-reader.json").await)
}

async fn origin(app: &App) -> String {
    app.js("return location.origin;", vec![])
        .await
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_storage_shows_a_banner_keeps_the_work_and_saving_resumes() {
    // A quota of one byte for the app's origin (Chromium applies it to storage opened after it).
    let base = e2e::app_url();
    let app = App::launch(&base, 1280, 900).await;
    let origin = base.trim_end_matches('/').to_string();
    app.cdp(
        "Storage.overrideQuotaForOrigin",
        json!({ "origin": origin, "quotaSize": 1 }),
    )
    .await;
    app.goto(&base).await;
    app.new_article("Bridge works", TEXT).await;
    claim_and_hedge(&app).await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    let said = banner_saying(&app, "storage for this page is full").await;
    assert!(said.contains("use Download to keep a copy"), "{said}");
    assert_eq!(app.texts(".save-state").await, ["Not saved"]);
    app.screenshot(&xtask::root().join("target/screenshots/storage-full.png"))
        .await;
    assert_eq!(
        download_from_banner(&app).await,
        pairs(&[
            ("claim", "the bridge will reopen in June"),
            ("hedge", "reportedly")
        ])
    );
    assert_eq!(
        app.count("article mark").await,
        2,
        "the work is still in the tab"
    );

    // Space again: the retry saves without another edit, and the banner goes.
    app.cdp(
        "Storage.overrideQuotaForOrigin",
        json!({ "origin": origin }),
    )
    .await;
    app.wait_until(
        "saved again",
        "document.querySelector('.save-state.saved') && !document.querySelector('.save-failed')",
    )
    .await;
    app.reload().await;
    app.wait_until(
        "both spans back",
        "document.querySelectorAll('article mark').length === 2",
    )
    .await;
    assert_eq!(app.count("mark[data-labels='hedge']").await, 1);
    app.quit().await;
}

/// IndexedDB refusing to open (as some private windows and blocked-storage settings do).
const BLOCK_IDB_JS: &str = "IDBFactory.prototype.open = function () { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); };";

#[tokio::test(flavor = "multi_thread")]
async fn with_indexeddb_blocked_the_app_starts_annotates_and_downloads() {
    let base = e2e::app_url();
    let app = App::launch(&base, 1280, 900).await;
    app.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": BLOCK_IDB_JS }),
    )
    .await;
    app.goto(&base).await;
    let said = app.alert_containing("Saved documents cannot be read").await;
    assert!(
        said.contains("does not allow the page to store data"),
        "{said}"
    );

    app.new_article("Bridge works", TEXT).await;
    claim_and_hedge(&app).await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    let said = banner_saying(&app, "does not allow the page to store data").await;
    assert!(said.contains("Your work is kept in this tab"), "{said}");
    assert_eq!(
        download_from_banner(&app).await,
        pairs(&[
            ("claim", "the bridge will reopen in June"),
            ("hedge", "reportedly")
        ])
    );
    // The top bar's Download works too, and the work is still all there.
    assert_eq!(app.count("article mark").await, 2);
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_document_cleared_by_the_browser_is_written_again_on_the_next_save() {
    let app = App::start().await;
    app.new_article("Bridge works", TEXT).await;
    claim_and_hedge(&app).await;
    app.wait_saved().await;

    let origin = origin(&app).await;
    app.cdp(
        "Storage.clearDataForOrigin",
        json!({ "origin": origin, "storageTypes": "indexeddb" }),
    )
    .await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    app.wait_for("mark[data-labels='hedge']").await;
    app.wait_saved().await;
    assert_eq!(app.count(".save-failed").await, 0);

    app.reload().await;
    app.wait_until(
        "both spans back after the reload",
        "document.querySelectorAll('article mark').length === 2",
    )
    .await;
    assert_eq!(app.count("mark[data-labels='claim']").await, 1);
    app.quit().await;
}
