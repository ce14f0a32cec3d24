//! Labelling without the letter keys and without snapping: the toolbar's buttons beside a selection,
//! and Alt held down for an exact, part-of-a-word span.

use e2e::thirtyfour::prelude::*;
use e2e::App;

async fn toolbar_button(app: &App, name: &str) -> WebElement {
    app.wait_for(".label-toolbar[role=toolbar]").await;
    app.driver
        .find(By::XPath(format!(
            "//*[contains(@class,'label-toolbar')]//button[normalize-space(.)='{name}']"
        )))
        .await
        .unwrap_or_else(|_| panic!("no {name} button in the label toolbar"))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_toolbar_buttons_label_the_selection() {
    let app = App::start_at("#sample").await;
    app.wait_for("article[data-doc] p[data-start]").await;

    // Part of a name, by script: the toolbar appears with one button per label.
    app.select_text("ouncillor Maya Oka", 0).await;
    let names = {
        app.wait_for(".label-toolbar").await;
        app.texts(".label-toolbar button").await
    };
    assert_eq!(names, vec!["Claim", "Source", "Hedge"]);
    toolbar_button(&app, "Source").await.click().await.unwrap();
    app.wait_for("article mark[data-labels='source']").await;
    assert_eq!(
        app.spans()
            .await
            .into_iter()
            .map(|(_, q)| q)
            .collect::<Vec<_>>(),
        vec!["Councillor Maya Okafor".to_string()],
        "a toolbar label snaps to whole words like a key does"
    );
    app.wait_until(
        "the toolbar goes away",
        "!document.querySelector('.label-toolbar')",
    )
    .await;
    assert_eq!(
        app.texts("button.chip").await,
        vec!["Claim0", "Source1", "Hedge0"]
    );

    // With the mouse, further down the page: drag over words, then click Hedge in the toolbar.
    app.drag_in_view("almost certainly", false).await;
    toolbar_button(&app, "Hedge").await.click().await.unwrap();
    app.wait_for("article mark[data-labels='hedge']").await;
    let marks = app.marks().await;
    assert!(
        marks
            .iter()
            .any(|(l, _, t)| l == "hedge" && t == "almost certainly"),
        "{marks:?}"
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn alt_held_labels_exactly_the_selected_characters() {
    let app = App::start_at("#sample").await;
    app.wait_for("article[data-doc] p[data-start]").await;

    // Without Alt, part of a word grows to the whole word.
    app.select_text("ouncil of Wren", 0).await;
    app.wait_for(".label-toolbar").await;
    app.keys("c").await;
    app.wait_for("article mark[data-labels='claim']").await;
    assert_eq!(
        app.spans().await[0].1,
        "council of Wrenmouth",
        "snapped outward to whole words"
    );

    // With Alt held while pressing c: exactly the characters selected.
    app.select_text("nvironment Agen", 0).await;
    app.wait_for(".label-toolbar").await;
    app.alt("c").await;
    app.wait_until(
        "a second claim",
        "document.querySelectorAll(\"article mark[data-labels~='claim']\").length === 2",
    )
    .await;
    let quotes: Vec<String> = app.spans().await.into_iter().map(|(_, q)| q).collect();
    assert!(
        quotes.contains(&"nvironment Agen".to_string()),
        "Alt keeps the selection exact: {quotes:?}"
    );
    let editor = app.wait_for(".span-editor blockquote").await;
    assert_eq!(editor.text().await.unwrap(), "nvironment Agen");

    // With the mouse, Alt held through the drag and still held for the key: exact too.
    let (x1, y1, x2, y2) = app.text_points("ea levels along this stretch of co").await;
    app.driver
        .action_chain()
        .key_down(Key::Alt)
        .move_to(x1, y1)
        .click_and_hold()
        .move_to(x2, y2)
        .release()
        .perform()
        .await
        .unwrap();
    app.wait_for(".label-toolbar").await;
    app.driver
        .action_chain()
        .send_keys("s")
        .key_up(Key::Alt)
        .perform()
        .await
        .unwrap();
    app.wait_for("article mark[data-labels='source']").await;
    let quotes: Vec<String> = app.spans().await.into_iter().map(|(_, q)| q).collect();
    assert!(
        quotes.contains(&"ea levels along this stretch of co".to_string()),
        "a drag with Alt held keeps the exact characters: {quotes:?}"
    );

    // After Alt is released, snapping is back.
    app.select_text("ppear divid", 0).await;
    app.wait_for(".label-toolbar").await;
    app.keys("h").await;
    app.wait_for("article mark[data-labels='hedge']").await;
    let quotes: Vec<String> = app.spans().await.into_iter().map(|(_, q)| q).collect();
    assert!(quotes.contains(&"appear divided".to_string()), "{quotes:?}");
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_exact_mouse_selection_stays_exact_when_labelled_from_the_toolbar() {
    let app = App::start_at("#sample").await;
    app.wait_for("article[data-doc] p[data-start]").await;

    // Alt down, drag over part of two words, mouse up, Alt up: the selection shown is exact.
    app.drag_in_view("ouncil of Wren", true).await;
    app.wait_for(".label-toolbar").await;
    let shown = app.js("return getSelection().toString();", vec![]).await;
    assert_eq!(shown, "ouncil of Wren");
    // Well after the selection settled, as a person moves to the toolbar.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    toolbar_button(&app, "Source").await.click().await.unwrap();
    app.wait_for("article mark[data-labels='source']").await;
    assert_eq!(
        app.spans().await[0].1,
        "ouncil of Wren",
        "the toolbar labels the exact selection the user made with Alt held"
    );
    app.quit().await;
}
