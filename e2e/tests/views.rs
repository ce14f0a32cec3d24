//! Screens as a person sees them: renders the start screen, an annotated article with overlapping
//! spans and right-to-left paragraphs, and the library, checks what each must show, and writes the
//! screenshots the README displays (docs/screenshots/).

use e2e::thirtyfour::prelude::*;
use e2e::App;

const MIXED: &str = "Ministers said the new harbour wall will cost about £42 million and could open in 2029.\n\nقال مسؤولون إن الجدار قد يكلف أكثر من المتوقع.\n\nלדברי מומחים, העלות עשויה לעלות בחצי.\n\nCritics reportedly doubt the figures 😀, and the engineers' union has not commented.";

fn shot(name: &str) -> std::path::PathBuf {
    xtask::root().join("docs/screenshots").join(name)
}

#[tokio::test(flavor = "multi_thread")]
async fn start_annotated_and_library_screens() {
    let app = App::start().await;
    app.wait_for("textarea").await;
    assert!(app
        .button("Try the sample article")
        .await
        .is_displayed()
        .await
        .unwrap());
    app.screenshot(&shot("start.png")).await;

    app.new_article("Harbour wall: what the reports say", MIXED)
        .await;
    app.select_text("the new harbour wall will cost about £42 million", 0)
        .await;
    app.keys("c").await;
    app.select_text("about", 0).await;
    app.keys("h").await;
    app.select_text("could", 0).await;
    app.keys("h").await;
    app.select_text("Ministers said", 0).await;
    app.keys("s").await;
    app.select_text("قال مسؤولون", 0).await;
    app.keys("s").await;
    app.select_text("قد يكلف أكثر من المتوقع", 0).await;
    app.keys("c").await;
    app.select_text("עשויה", 0).await;
    app.keys("h").await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    app.driver
        .find(By::Css("mark[data-labels='claim']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_for(".span-editor textarea")
        .await
        .send_keys("Whose estimate? The council's own.")
        .await
        .unwrap();

    let dirs = app.js("return [...document.querySelectorAll('article p')].map(p => getComputedStyle(p).direction);", vec![]).await;
    assert_eq!(
        dirs,
        serde_json::json!(["ltr", "rtl", "rtl", "ltr"]),
        "Arabic and Hebrew paragraphs read right to left"
    );
    assert!(
        app.marks().await.iter().any(|(l, _, _)| l == "claim hedge"),
        "overlap of claim and hedge"
    );
    app.wait_saved().await;
    app.js("window.scrollTo(0, 0);", vec![]).await;
    app.screenshot(&shot("annotated.png")).await;

    app.click("← Library").await;
    app.wait_for("li.doc").await;
    app.click("New article").await;
    app.wait_for("textarea").await;
    app.click("Try the sample article").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    app.select_text("voted 7–2 on Tuesday night", 0).await;
    app.keys("c").await;
    app.wait_saved().await;
    app.click("← Library").await;
    app.wait_until(
        "two documents",
        "document.querySelectorAll('li.doc').length === 2",
    )
    .await;
    let text = app.wait_for("main.library").await.text().await.unwrap();
    assert!(
        text.contains("Harbour wall: what the reports say") && text.contains("4 Hedge"),
        "{text}"
    );
    app.screenshot(&shot("library.png")).await;
    let base = app.base.clone();
    app.quit().await;

    let phone = App::start_with(&base, "#sample", 390, 844).await;
    phone.wait_for("article[data-doc] p[data-start]").await;
    let widths = phone
        .js(
            "const d = document.documentElement; return [d.scrollWidth, d.clientWidth];",
            vec![],
        )
        .await;
    assert!(
        widths[0].as_f64() <= widths[1].as_f64(),
        "no sideways scrolling in a narrow window: {widths}"
    );
    phone.screenshot(&shot("phone.png")).await;
    phone.quit().await;
}
