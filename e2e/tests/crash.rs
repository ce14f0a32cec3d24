//! A crash (a Rust panic, asked for by the `?crash-test` trigger and F9) shows a screen instead of a
//! frozen page: its link downloads the work as last saved, and its Reload link brings the work back.

use close_reader_core::formats::native;
use e2e::thirtyfour::prelude::*;
use e2e::App;

const TEXT: &str =
    "The mayor said the tunnel will open in May.\n\nEngineers reportedly doubt the date.";

#[tokio::test(flavor = "multi_thread")]
async fn a_panic_shows_a_screen_that_downloads_the_work_and_reloads_it() {
    let app = App::start_at("?crash-test").await;
    app.new_article("Tunnel dates", TEXT).await;
    app.select_text("the tunnel will open in May", 0).await;
    app.keys("c").await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    app.wait_for("mark[data-labels='hedge']").await;
    let note = app.wait_for(".span-editor textarea").await;
    note.send_keys("Which engineers?").await.unwrap();
    app.wait_saved().await;

    // The trigger: the page stops, and the crash screen replaces the frozen page.
    app.driver
        .action_chain()
        .send_keys(Key::F9)
        .perform()
        .await
        .unwrap();
    let screen = app.wait_for("#crash[role=alertdialog]").await;
    let said = screen.text().await.unwrap();
    assert!(said.contains("Close Reader stopped working"), "{said}");
    assert!(said.contains("to keep a copy, then reload"), "{said}");
    app.screenshot(&xtask::root().join("target/screenshots/crash.png"))
        .await;

    // Whatever the stopped program still does with a key is never saved over the work.
    app.select_text("Engineers", 0).await;
    app.keys("s").await;
    // The program is stopped: nothing can say it handled the key, so this waits out the save
    // delay (half a second) twice over, then checks that nothing was saved.
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;

    // The download link works without the program.
    app.driver
        .find(By::Css("#crash a.crash-download"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let file = app.wait_download("tunnel-dates.close-reader.json").await;
    let doc = native::from_json(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let got: Vec<(String, String, String)> = doc
        .annotations()
        .iter()
        .map(|a| (a.label.clone(), doc.quote(a).to_string(), a.note.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "claim".into(),
                "the tunnel will open in May".into(),
                String::new()
            ),
            (
                "hedge".into(),
                "reportedly".into(),
                "Which engineers?".into()
            ),
        ]
    );

    // Reload (without the trigger) restores the last saved state.
    app.driver
        .find(By::XPath(
            "//div[@id='crash']//a[normalize-space(.)='Reload']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_until(
        "the article back after the reload",
        "!document.getElementById('crash') && document.querySelectorAll('article mark').length >= 2",
    )
    .await;
    assert_eq!(app.js("return location.search;", vec![]).await, "");
    let spans = app.spans().await;
    let quotes: Vec<&str> = spans.iter().map(|(_, q)| q.as_str()).collect();
    assert_eq!(quotes, ["the tunnel will open in May", "reportedly"]);
    app.quit().await;
}
