//! The accessibility audit: axe-core (installed from npm by `cargo xtask test`) injected into the
//! page through WebDriver, run on every screen and dialog; a serious or critical violation fails.

use std::path::Path;

use e2e::axe::{audit, check};
use e2e::thirtyfour::prelude::*;
use e2e::{App, TempDir};

const TITLE: &str = "Harbour wall";
const TEXT: &str = "Ministers said the new harbour wall will cost about £42 million.\n\nCritics reportedly doubt the figures, according to the engineers' union.\n\nThe council has not commented.";

async fn tab(app: &App, name: &str) {
    app.driver
        .find(By::XPath(format!(
            "//button[@role='tab'][normalize-space(.)='{name}']"
        )))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_until(
        &format!("the {name} tab chosen"),
        &format!("document.querySelector('button[role=tab][aria-selected=true]').textContent === '{name}'"),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_start_and_annotate_screens_and_their_dialogs_have_no_serious_violations() {
    let app = App::start().await;
    let mut problems = audit(&app, "start").await;

    app.new_article(TITLE, TEXT).await;
    app.select_text("will cost about £42 million", 0).await;
    app.keys("c").await;
    app.select_text("Ministers", 0).await;
    app.keys("s").await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    app.wait_until(
        "three spans",
        "document.querySelectorAll('article mark').length >= 3",
    )
    .await;
    problems.extend(audit(&app, "annotate with spans").await);

    app.select_text("The council", 0).await;
    app.wait_for(".label-toolbar").await;
    problems.extend(audit(&app, "label toolbar open").await);
    app.keys("\u{e00c}").await;

    app.driver
        .find(By::Css("mark[data-labels~=claim]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_for(".span-editor").await;
    problems.extend(audit(&app, "a span selected").await);

    for name in ["Evidence", "Suggestions", "Annotations"] {
        tab(&app, name).await;
        problems.extend(audit(&app, &format!("{name} tab")).await);
    }

    app.click("Labels…").await;
    app.wait_for(".label-editor").await;
    problems.extend(audit(&app, "label editor").await);
    app.keys("\u{e00c}").await;
    app.wait_until(
        "the label editor closed",
        "!document.querySelector('.label-editor')",
    )
    .await;

    app.click("Export").await;
    app.click("Share as an assignment…").await;
    app.wait_for(".assignment-dialog").await;
    app.click("Make link").await;
    let link = app
        .wait_for("input[aria-label='Assignment link']")
        .await
        .value()
        .await
        .unwrap()
        .unwrap();
    problems.extend(audit(&app, "assignment dialog").await);

    // The import review: a sheet whose label is not one of this article's.
    let dir = TempDir::new("a11y");
    let csv = dir.0.join("council.csv");
    let start = TEXT[..TEXT.find("The council").unwrap()].chars().count();
    std::fs::write(
        &csv,
        format!(
            "id,label,start,end,quote,note,prefix,suffix,links\r\nx1,Institution,{start},{},The council,,,,\r\n",
            start + 11
        ),
    )
    .unwrap();
    app.click("Close").await;
    app.wait_until(
        "the dialog closed",
        "!document.querySelector('.assignment-dialog')",
    )
    .await;
    app.open_file(&csv).await;
    app.wait_for(".import-review").await;
    problems.extend(audit(&app, "import review").await);

    app.quit().await;

    // The name prompt: the assignment link, opened in a browser that has never seen the app.
    let student = App::launch(&e2e::app_url(), 1280, 900).await;
    student.goto(&link).await;
    student.wait_for(".name-prompt").await;
    problems.extend(audit(&student, "name prompt").await);
    check(problems);
    student.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_library_conflict_dialog_and_compare_view_have_no_serious_violations() {
    let app = App::start().await;
    app.new_article(TITLE, TEXT).await;
    app.select_text("will cost about £42 million", 0).await;
    app.keys("c").await;
    app.wait_for("mark").await;
    app.wait_saved().await;
    app.click("Download").await;
    let keep = TempDir::new("a11y-keep");
    let file = keep.0.join("harbour.close-reader.json");
    std::fs::copy(app.wait_download(".close-reader.json").await, &file).unwrap();

    app.open_file(Path::new(&file)).await;
    app.wait_for("[role=dialog]").await;
    let mut problems = audit(&app, "conflict dialog").await;
    app.click("Cancel").await;

    app.click("← Library").await;
    app.wait_for(".doc-list").await;
    problems.extend(audit(&app, "library").await);

    app.open_compare(TITLE).await;
    app.add_compare_files(&[&file]).await;
    app.wait_until(
        "the file listed",
        "document.querySelectorAll('.entry-files > li').length >= 2",
    )
    .await;
    problems.extend(audit(&app, "compare view").await);
    check(problems);
    app.quit().await;
}
