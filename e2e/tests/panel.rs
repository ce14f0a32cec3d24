//! The side panel as an overview of the whole article: entries follow the text, not the order they
//! were made in; the label chips count and filter the list; an entry takes you to its highlight.

use e2e::thirtyfour::prelude::*;
use e2e::App;

/// The entries' quotes, top to bottom.
async fn entry_quotes(app: &App) -> Vec<String> {
    app.texts("ol.ann-list li.entry .quote").await
}

async fn chip(app: &App, name: &str) -> WebElement {
    app.driver
        .find(By::XPath(format!(
            "//button[contains(@class,'chip')][starts-with(normalize-space(.), '{name}')]"
        )))
        .await
        .unwrap_or_else(|_| panic!("no chip {name}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn entries_follow_the_text_chips_filter_and_entries_lead_to_their_highlight() {
    let app = App::start_at("#sample").await;
    app.wait_for("article[data-doc] p[data-start]").await;

    // Made last paragraph first, first paragraph last.
    app.select_text("subject to a final vote on funding", 0)
        .await;
    app.keys("h").await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    app.select_text("Councillor Maya Okafor", 0).await;
    app.keys("s").await;
    app.select_text("voted 7–2 on Tuesday night", 0).await;
    app.keys("c").await;
    app.wait_until(
        "four entries",
        "document.querySelectorAll('ol.ann-list li.entry').length === 4",
    )
    .await;
    assert_eq!(
        entry_quotes(&app).await,
        vec![
            "voted 7–2 on Tuesday night",
            "Councillor Maya Okafor",
            "reportedly",
            "subject to a final vote on funding",
        ],
        "entries in text order, whatever order they were made in"
    );
    let badges = app.texts("ol.ann-list li.entry .badge").await;
    assert_eq!(badges, vec!["Claim", "Source", "Hedge", "Hedge"]);

    // Chips count each label; a chip hides its label's entries and shows them again.
    let chips = app.texts("button.chip").await;
    assert_eq!(chips, vec!["Claim1", "Source1", "Hedge2"]);
    let hedge = chip(&app, "Hedge").await;
    assert_eq!(
        hedge.attr("aria-pressed").await.unwrap().as_deref(),
        Some("true")
    );
    hedge.click().await.unwrap();
    app.wait_until(
        "hedges hidden",
        "document.querySelectorAll('ol.ann-list li.entry').length === 2",
    )
    .await;
    assert_eq!(
        entry_quotes(&app).await,
        vec!["voted 7–2 on Tuesday night", "Councillor Maya Okafor"]
    );
    assert_eq!(
        chip(&app, "Hedge")
            .await
            .attr("aria-pressed")
            .await
            .unwrap()
            .as_deref(),
        Some("false")
    );
    assert_eq!(
        app.count("article mark[data-labels~='hedge']").await,
        2,
        "hiding a label from the list keeps its highlights in the article"
    );
    chip(&app, "Claim").await.click().await.unwrap();
    app.wait_until(
        "claims hidden too",
        "document.querySelectorAll('ol.ann-list li.entry').length === 1",
    )
    .await;
    assert_eq!(entry_quotes(&app).await, vec!["Councillor Maya Okafor"]);
    chip(&app, "Hedge").await.click().await.unwrap();
    chip(&app, "Claim").await.click().await.unwrap();
    app.wait_until(
        "all shown",
        "document.querySelectorAll('ol.ann-list li.entry').length === 4",
    )
    .await;

    // Nothing selected, the page at the top; clicking the last entry selects, scrolls to and flashes it.
    app.keys("\u{E00C}").await; // Escape
    app.wait_until(
        "nothing selected",
        "!document.querySelector('article mark.sel')",
    )
    .await;
    app.js("window.scrollTo(0, 0);", vec![]).await;
    let id = app
        .js(
            "return document.querySelectorAll('ol.ann-list button[data-entry]')[3].dataset.entry;",
            vec![],
        )
        .await;
    let id = id.as_str().unwrap().to_string();
    let entry = app
        .wait_for(&format!("ol.ann-list button[data-entry='{id}']"))
        .await;
    entry.click().await.unwrap();
    let target = format!("article mark[data-ids~='{id}']");
    app.wait_until(
        "the span selected",
        &format!("document.querySelector(\"{target}\")?.classList.contains('sel')"),
    )
    .await;
    let sel: Vec<String> = app.texts("article mark.sel").await;
    assert_eq!(sel.concat(), "subject to a final vote on funding");
    app.wait_until(
        "it flashes",
        &format!("document.querySelector(\"{target}\").className.match(/flash-[01]/)"),
    )
    .await;
    let first_flash = app
        .js(
            &format!(
                "return document.querySelector(\"{target}\").className.match(/flash-[01]/)[0];"
            ),
            vec![],
        )
        .await;
    app.wait_until(
        "it is scrolled into view",
        &format!("(() => {{ const r = document.querySelector(\"{target}\").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }})()"),
    )
    .await;
    assert!(
        app.js("return window.scrollY;", vec![])
            .await
            .as_f64()
            .unwrap()
            > 0.0,
        "the page scrolled down to the last paragraph"
    );
    let editor = app.wait_for(".span-editor blockquote").await;
    assert_eq!(
        editor.text().await.unwrap(),
        "subject to a final vote on funding"
    );
    assert_eq!(
        entry.attr("aria-current").await.unwrap().as_deref(),
        Some("true")
    );

    // Clicking the entry again flashes it again (the other flash class restarts the animation).
    entry.click().await.unwrap();
    let other = if first_flash == "flash-0" {
        "flash-1"
    } else {
        "flash-0"
    };
    app.wait_until(
        "it flashes again",
        &format!("document.querySelector(\"{target}\").classList.contains('{other}')"),
    )
    .await;
    app.quit().await;
}
