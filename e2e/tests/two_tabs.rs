//! Two windows of one browser on the same document: the second says the document is edited in the
//! other and refuses every edit (keys, toolbar, note, undo, delete, labels, suggestions); taking over
//! first reads back the other window's latest save, and the other window becomes read-only.

use e2e::thirtyfour::prelude::*;
use e2e::App;

const TEXT: &str = "The operator said the ferry will run hourly from May.\n\nSkippers reportedly doubt the timetable.";

async fn marks(app: &App) -> Vec<String> {
    let mut m: Vec<String> = app
        .spans()
        .await
        .into_iter()
        .map(|(_, quote)| quote)
        .collect();
    m.sort();
    m
}

async fn wait_marks(app: &App, n: usize) {
    app.wait_until(
        &format!("{n} spans"),
        &format!("new Set([...document.querySelectorAll('article mark')].flatMap(m => m.dataset.ids.split(' '))).size === {n}"),
    )
    .await;
}

async fn read_only_saying(app: &App, needle: &str) {
    app.wait_until(
        &format!("the read-only banner saying {needle:?}"),
        &format!(
            "document.querySelector('.banner.read-only')?.textContent.includes({})",
            serde_json::json!(needle)
        ),
    )
    .await;
}

/// Tries every way of editing; none may change the article.
async fn every_edit_is_refused(app: &App) {
    let before = marks(app).await;
    // Keys on a selection, and the toolbar that would appear beside it.
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    let n = app.handled().await;
    app.drag_select("Skippers").await;
    app.settled_after(n + 1).await;
    assert_eq!(app.count(".label-toolbar").await, 0, "no label toolbar");
    app.keys("s").await;
    // The selected span: its note, label and delete are disabled; undo and Delete do nothing.
    app.driver
        .find(By::Css("mark[data-labels='claim']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_for(".span-editor").await;
    let locked = app
        .js(
            "return [...document.querySelectorAll('.span-editor textarea, .span-editor select, .span-editor button')].every(e => e.matches(':disabled'));",
            vec![],
        )
        .await;
    assert_eq!(locked, true, "the span editor's fields are disabled");
    app.driver
        .action_chain()
        .send_keys(Key::Delete)
        .perform()
        .await
        .unwrap();
    app.ctrl("z").await;
    app.click("Undo").await;
    // Suggestions: step to one and accept it.
    app.keys("n").await;
    app.keys("a").await;
    // The label editor does not open.
    let n = app.handled().await;
    app.click("Labels…").await;
    app.settled_after(n).await;
    assert_eq!(app.count(".label-editor").await, 0, "no label editor");
    app.alert_containing("this document is read-only in this tab")
        .await;
    assert_eq!(marks(app).await, before, "nothing changed");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_window_is_read_only_until_it_takes_over_with_the_latest_save() {
    let app = App::start().await;
    let first = app.driver.window().await.unwrap();
    app.new_article("Ferry times", TEXT).await;
    app.select_text("the ferry will run hourly from May", 0)
        .await;
    app.keys("c").await;
    wait_marks(&app, 1).await;
    app.wait_saved().await;

    // The same browser, another window: it reopens the document and finds it edited elsewhere.
    let second = app.open_window().await;
    app.goto(&app.base.clone()).await;
    wait_marks(&app, 1).await;
    read_only_saying(&app, "open for editing in another tab").await;
    app.screenshot(&xtask::root().join("target/screenshots/two-tabs-read-only.png"))
        .await;
    every_edit_is_refused(&app).await;

    // The first window still edits, and saves.
    app.driver.switch_to_window(first.clone()).await.unwrap();
    assert_eq!(app.count(".banner.read-only").await, 0);
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    wait_marks(&app, 2).await;
    app.wait_saved().await;

    // The second takes over: it reads back the first's latest save before editing.
    app.driver.switch_to_window(second.clone()).await.unwrap();
    app.click("Take over").await;
    app.wait_until(
        "editing here",
        "!document.querySelector('.banner.read-only')",
    )
    .await;
    wait_marks(&app, 2).await;
    app.select_text("The operator", 0).await;
    app.keys("s").await;
    wait_marks(&app, 3).await;
    app.wait_saved().await;

    // The first is read-only now: its keys change nothing, and nothing it does is saved.
    app.driver.switch_to_window(first.clone()).await.unwrap();
    read_only_saying(&app, "Another tab took over").await;
    every_edit_is_refused(&app).await;
    let csp_first = app.csp_violations().await;
    assert!(csp_first.is_empty(), "{csp_first:?}");

    // The second's reload shows all three: no window overwrote the other's work.
    app.driver.switch_to_window(second).await.unwrap();
    app.reload().await;
    wait_marks(&app, 3).await;
    assert_eq!(
        marks(&app).await,
        [
            "The operator",
            "reportedly",
            "the ferry will run hourly from May"
        ]
    );
    app.quit().await;
}
