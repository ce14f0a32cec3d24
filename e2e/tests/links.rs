//! Who says so: a claim linked to its source by keyboard (L, then a click on the source) and a hedge
//! to its claim by the "Link…" button; hovering a claim lights up its source; a link is removed and
//! undone like any edit, goes with its span when the span is deleted, and survives reload and the
//! downloaded file.

use e2e::thirtyfour::prelude::*;
use e2e::App;
use serde_json::Value;

const TEXT: &str =
    "Officials said the bridge may cost £4 million 😀 by 2027.\n\nRésidents disagree.";

async fn click_mark(app: &App, text: &str) {
    let mark = app
        .driver
        .find(By::XPath(format!(
            "//article//mark[normalize-space(.)='{text}']"
        )))
        .await
        .unwrap_or_else(|_| panic!("no highlight {text:?}"));
    mark.click().await.unwrap();
}

/// The selected span's links as the editor lists them: (relation, quote).
async fn link_rows(app: &App) -> Vec<(String, String)> {
    let rows = app
        .js(
            "return [...document.querySelectorAll('.span-editor .links li')].map(li => [li.querySelector('.relation').textContent, li.querySelector('.linked').textContent]);",
            vec![],
        )
        .await;
    serde_json::from_value(rows).unwrap()
}

/// Waits for the message banner to say `needle`.
async fn banner(app: &App, needle: &str) {
    app.wait_until(
        &format!("a message saying {needle:?}"),
        &format!("[...document.querySelectorAll('.banner-text')].some(e => e.textContent.includes({needle:?}))"),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn claims_link_to_sources_and_hedges_and_the_links_travel() {
    let app = App::start().await;
    app.new_article("Bridge", TEXT).await;
    app.select_text("Officials", 0).await;
    app.keys("s").await;
    app.select_text("the bridge may cost £4 million 😀 by 2027", 0)
        .await;
    app.keys("c").await;
    app.wait_for(".span-editor").await;
    assert_eq!(
        app.texts(".span-editor .links .hint").await.len(),
        1,
        "no links yet, and a hint says how"
    );

    // Keyboard: L with the claim selected, then a click on the source.
    app.keys("l").await;
    banner(&app, "Linking").await;
    assert_eq!(
        app.count("article.linking").await,
        1,
        "the article shows link mode"
    );
    click_mark(&app, "Officials").await;
    banner(&app, "Linked: claim").await;
    assert_eq!(app.count("article.linking").await, 0);
    assert_eq!(
        link_rows(&app).await,
        [("Supported by".to_string(), "“Officials”".to_string())],
        "the claim stays selected and lists its source"
    );
    // With the claim selected (and the mouse away from the article), its source is painted.
    let away = app.wait_for(".side-panel h2").await;
    app.driver
        .action_chain()
        .move_to_element_center(&away)
        .perform()
        .await
        .unwrap();
    app.wait_until(
        "the selected claim's source painted",
        "(() => { const h = CSS.highlights.get('linked'); return h && [...h].map(r => r.toString()).join('|') === 'Officials'; })()",
    )
    .await;

    // The button: a hedge inside the claim, linked to the claim.
    app.select_text("may", 0).await;
    app.keys("h").await;
    app.wait_for("mark[data-labels~='hedge']").await;
    app.click("Link…").await;
    click_mark(&app, "the bridge").await;
    banner(&app, "Linked: hedge “may” hedges claim").await;
    assert_eq!(
        link_rows(&app).await,
        [(
            "Hedges".to_string(),
            "“the bridge may cost £4 million 😀 by 2027”".to_string()
        )]
    );
    // Esc leaves link mode without linking.
    app.keys("l").await;
    banner(&app, "Linking").await;
    app.keys("\u{e00c}").await; // Escape
    app.wait_until(
        "link mode ends",
        "!document.querySelector('article.linking')",
    )
    .await;

    // From the claim: both links, sources first; hovering the claim paints both.
    click_mark(&app, "the bridge").await;
    assert_eq!(
        link_rows(&app).await,
        [
            ("Supported by".to_string(), "“Officials”".to_string()),
            ("Hedged by".to_string(), "“may”".to_string())
        ]
    );
    app.screenshot(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots/links.png"),
    )
    .await;
    app.js("document.activeElement.blur();", vec![]).await;
    app.keys("\u{e00c}").await;
    let claim = app
        .driver
        .find(By::XPath(
            "//article//mark[normalize-space(.)='the bridge']",
        ))
        .await
        .unwrap();
    app.driver
        .action_chain()
        .move_to_element_center(&claim)
        .perform()
        .await
        .unwrap();
    app.wait_until(
        "the claim's source and hedge painted on hover",
        "(() => { const h = CSS.highlights.get('linked'); return h && [...h].map(r => r.toString()).sort().join('|') === 'Officials|may'; })()",
    )
    .await;

    // Remove the source link, undo brings it back.
    click_mark(&app, "the bridge").await;
    app.js(
        "document.querySelector('.span-editor .links li button[title=\"Remove this link\"]').click();",
        vec![],
    )
    .await;
    banner(&app, "Link removed").await;
    assert_eq!(link_rows(&app).await.len(), 1);
    app.ctrl("z").await;
    app.wait_until(
        "the link is back",
        "document.querySelectorAll('.span-editor .links li').length === 2",
    )
    .await;

    // Deleting the source takes its link with it; undo restores both.
    click_mark(&app, "Officials").await;
    app.keys("\u{e017}").await; // Delete
    app.wait_until(
        "source gone",
        "!document.querySelector('mark[data-labels~=\"source\"]')",
    )
    .await;
    click_mark(&app, "the bridge").await;
    assert_eq!(
        link_rows(&app).await,
        [("Hedged by".to_string(), "“may”".to_string())]
    );
    app.ctrl("z").await;
    app.wait_for("mark[data-labels~='source']").await;
    click_mark(&app, "the bridge").await;
    assert_eq!(
        link_rows(&app).await.len(),
        2,
        "undo restores the span and its link"
    );

    // Reload: the links are still there.
    app.wait_saved().await;
    app.reload().await;
    app.wait_for("mark[data-labels~='source']").await;
    click_mark(&app, "the bridge").await;
    assert_eq!(link_rows(&app).await.len(), 2, "links survive a reload");

    // The downloaded file carries them, by annotation id.
    app.click("Download").await;
    let path = app.wait_download(".close-reader.json").await;
    let file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let quote = |id: &Value| {
        file["annotations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| &a["id"] == id)
            .map(|a| a["quote"].as_str().unwrap().to_string())
            .unwrap()
    };
    let mut links: Vec<(String, String, String)> = file["links"]
        .as_array()
        .expect("links in the file")
        .iter()
        .map(|l| {
            (
                quote(&l["from"]),
                l["kind"].as_str().unwrap().to_string(),
                quote(&l["to"]),
            )
        })
        .collect();
    links.sort();
    assert_eq!(
        links,
        [
            (
                "may".to_string(),
                "hedges".to_string(),
                "the bridge may cost £4 million 😀 by 2027".to_string()
            ),
            (
                "the bridge may cost £4 million 😀 by 2027".to_string(),
                "supported-by".to_string(),
                "Officials".to_string()
            ),
        ]
    );
    // Opened in a fresh browser, the file shows the same links.
    let fresh = App::start().await;
    fresh.open_file(&path).await;
    fresh.wait_for("mark[data-labels~='source']").await;
    click_mark(&fresh, "the bridge").await;
    assert_eq!(
        link_rows(&fresh).await,
        [
            ("Supported by".to_string(), "“Officials”".to_string()),
            ("Hedged by".to_string(), "“may”".to_string())
        ],
        "links survive download and reopen"
    );
    fresh.quit().await;
    app.quit().await;
}
