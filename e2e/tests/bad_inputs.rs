//! What a user gets from input the app must refuse or defuse: an empty article, a `javascript:`
//! source URL, files that are not Close Reader version 1 files, and HTML on the clipboard.

use e2e::{App, TempDir};
use serde_json::json;

async fn on_start_screen(app: &App) {
    assert_eq!(
        app.count("main.start textarea").await,
        1,
        "still on the start screen"
    );
    assert_eq!(
        app.count("article[data-doc]").await,
        0,
        "no document was opened"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_start_form_refuses_empty_text_and_non_web_urls() {
    let app = App::start().await;
    let title = app.wait_for("input[type=text]").await;
    title.send_keys("Nothing yet").await.unwrap();

    // No article text.
    app.click("Start annotating").await;
    let alert = app.alert_containing("Article text").await;
    assert!(alert.contains("Paste the article"), "{alert}");
    on_start_screen(&app).await;
    assert_eq!(
        title.value().await.unwrap().as_deref(),
        Some("Nothing yet"),
        "what was typed stays"
    );

    // Only spaces and line breaks count as empty too.
    app.paste("  \n\t \n", "").await;
    app.click("Start annotating").await;
    app.alert_containing("Paste the article").await;
    on_start_screen(&app).await;

    // A javascript: URL with real text.
    app.js(
        "const t = document.querySelector('textarea'); t.value = ''; t.dispatchEvent(new Event('input', {bubbles: true}));",
        vec![],
    )
    .await;
    app.paste("The minister said the plan may work.", "").await;
    let url = app.wait_for("input[type=url]").await;
    url.send_keys("javascript:alert(document.domain)")
        .await
        .unwrap();
    app.click("Start annotating").await;
    let alert = app.alert_containing("source URL").await;
    assert!(alert.contains("http:// or https://"), "{alert}");
    on_start_screen(&app).await;

    // Fixed to a web address, it starts, and the source is a link to that address only.
    url.click().await.unwrap();
    app.ctrl("a").await;
    url.send_keys("https://example.org/plan").await.unwrap();
    app.click("Start annotating").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    assert_eq!(
        app.count("[role=alert]").await,
        0,
        "the old message is gone"
    );
    let link = app
        .js(
            "return [...document.querySelectorAll('a')].map(a => a.getAttribute('href'));",
            vec![],
        )
        .await;
    assert_eq!(link, json!(["https://example.org/plan"]));
    assert_eq!(
        app.texts("article p").await,
        vec!["The minister said the plan may work."]
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn wrong_files_get_their_own_message_and_change_nothing() {
    let app = App::start_at("#sample").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    app.select_text("voted 7–2", 0).await;
    app.keys("c").await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    app.wait_until(
        "two marks",
        "document.querySelectorAll('article mark').length === 2",
    )
    .await;
    app.wait_saved().await;
    let before = app.spans().await;
    let doc = app
        .js(
            "return document.querySelector('article').dataset.doc;",
            vec![],
        )
        .await;

    let dir = TempDir::new("wrong");
    let cases = [
        (
            "notes.json",
            "Just some notes, not JSON at all.\n".to_string(),
            vec![
                "“notes.json” was not opened",
                "not valid JSON",
                "line 1, column 1",
            ],
        ),
        (
            "other.json",
            json!({"format": "other", "version": 1}).to_string(),
            vec![
                "“other.json” was not opened",
                "not a Close Reader file",
                "\"format\" is \"other\"",
            ],
        ),
        (
            "future.close-reader.json",
            json!({"format": "close-reader", "version": 99, "document": {}}).to_string(),
            vec![
                "“future.close-reader.json” was not opened",
                "newer Close Reader (file version 99)",
            ],
        ),
    ];
    for (name, content, says) in cases {
        let path = dir.0.join(name);
        std::fs::write(&path, content).unwrap();
        app.open_file(&path).await;
        let alert = app.alert_containing(says[0]).await;
        for s in &says {
            assert!(alert.contains(s), "{name}: expected {s:?} in {alert:?}");
        }
        assert!(alert.contains("Nothing was changed"), "{alert}");
        assert_eq!(app.spans().await, before, "{name}: the spans are untouched");
        assert_eq!(
            app.js(
                "return document.querySelector('article').dataset.doc;",
                vec![]
            )
            .await,
            doc,
            "{name}: the same document stays open"
        );
        assert_eq!(app.count("[role=dialog]").await, 0);
        // Dismiss, so the next file's message is its own.
        app.click("Dismiss message").await;
        app.wait_until("no alert", "!document.querySelector('[role=alert]')")
            .await;
    }

    // Still saved as it was: a reload shows the same spans.
    app.reload().await;
    app.wait_for("article[data-doc] mark").await;
    assert_eq!(app.spans().await, before);
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn pasted_html_arrives_as_plain_text() {
    let app = App::start().await;
    app.wait_for("input[type=text]")
        .await
        .send_keys("Pasted")
        .await
        .unwrap();
    let plain =
        "Officials <b>insisted</b> the plan works.\n\nCritics <script>say</script> otherwise.";
    let html = "<p>Officials <b>insisted</b> the plan works.</p><script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"><p>Critics <i>say</i> otherwise.</p>";
    app.paste(plain, html).await;
    assert_eq!(
        app.js("return document.querySelector('textarea').value;", vec![])
            .await,
        json!(plain),
        "the field holds the clipboard's plain text"
    );
    app.click("Start annotating").await;
    app.wait_for("article[data-doc] p[data-start]").await;

    let tags = app
        .js(
            "return [...document.querySelectorAll('article *:not(div.groups, div.group)')].map(e => e.tagName.toLowerCase()).filter(t => !['p', 'span', 'mark'].includes(t));",
            vec![],
        )
        .await;
    assert_eq!(
        tags,
        json!([]),
        "no markup from the clipboard in the article"
    );
    assert_eq!(
        app.count("body script").await,
        0,
        "no script element was added"
    );
    assert_eq!(
        app.js("return window.pwned ?? null;", vec![]).await,
        json!(null)
    );
    assert_eq!(
        app.texts("article p").await,
        vec![
            "Officials <b>insisted</b> the plan works.",
            "Critics <script>say</script> otherwise."
        ],
        "angle brackets in the text are shown as text"
    );

    // The text with brackets can be marked like any other.
    app.select_text("<b>insisted</b>", 0).await;
    app.keys("c").await;
    app.wait_for("article mark").await;
    assert_eq!(app.spans().await[0].1, "<b>insisted</b>");
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refusal_is_visible_when_the_page_is_scrolled_down() {
    let app = App::start_at("#sample").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    app.set_viewport(1024, 600, false).await;
    app.js("window.scrollTo(0, document.body.scrollHeight);", vec![])
        .await;
    app.wait_until("scrolled down", "window.scrollY > 200")
        .await;

    // The top bar's "Open file" is on screen (the bar is sticky); the file is refused.
    let dir = TempDir::new("scrolled");
    let path = dir.0.join("notes.json");
    std::fs::write(&path, "not json").unwrap();
    app.open_file(&path).await;
    app.alert_containing("not valid JSON").await;
    let rect = app
        .js(
            "const r = document.querySelector('[role=alert]').getBoundingClientRect(); return [r.top, r.bottom, innerHeight];",
            vec![],
        )
        .await;
    let (top, bottom, height) = (
        rect[0].as_f64().unwrap(),
        rect[1].as_f64().unwrap(),
        rect[2].as_f64().unwrap(),
    );
    assert!(
        top >= 0.0 && bottom <= height,
        "the message is on screen: its box runs from y={top} to y={bottom} in a {height} px viewport"
    );
    app.quit().await;
}
