//! Search in the article: `/` goes to the search box; matches are counted and stepped through with
//! Enter, painted in the page, and the current one can be marked as a span; a label name finds the
//! annotations that carry it and selects them.

use e2e::App;

async fn status(app: &App) -> String {
    app.texts(".search-count").await.join("")
}

async fn current_match(app: &App) -> String {
    app.js(
        "const h = CSS.highlights.get('search-current'); return h ? [...h][0].toString() : '';",
        vec![],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

/// Replaces what the search box holds, as a person would: select all, type.
async fn retype(app: &App, text: &str) {
    let input = app.wait_for("#search").await;
    input.click().await.unwrap();
    app.ctrl("a").await;
    input.send_keys(text).await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn search_finds_steps_and_marks_a_match() {
    let app = App::start_at("#sample").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    let expected = app
        .js(
            "return (document.querySelector('article').textContent.match(/wall/gi) || []).length;",
            vec![],
        )
        .await
        .as_u64()
        .unwrap();
    assert!(expected >= 3, "the sample mentions the wall several times");

    app.keys("/").await;
    app.wait_until(
        "the search box has focus",
        "document.activeElement?.id === 'search'",
    )
    .await;
    app.keys("Wall").await;
    app.wait_until(
        "a count",
        "document.querySelector('.search-count')?.textContent.includes('of')",
    )
    .await;
    assert_eq!(status(&app).await, format!("1 of {expected}"));
    assert_eq!(current_match(&app).await.to_lowercase(), "wall");

    app.keys("\u{E007}").await; // Enter: the next match
    app.wait_until(
        "second match",
        "document.querySelector('.search-count').textContent.startsWith('2 of')",
    )
    .await;
    let painted = app
        .js("return CSS.highlights.get('search').size;", vec![])
        .await
        .as_u64()
        .unwrap();
    assert_eq!(
        painted as u64,
        expected - 1,
        "the other matches are painted too"
    );

    // Turn the current match into a claim.
    app.click("Mark as Claim").await;
    app.wait_for("article mark[data-labels='claim']").await;
    let spans = app.spans().await;
    assert_eq!(spans.len(), 1);
    assert_eq!(spans[0].1.to_lowercase(), "wall");

    // A label's name finds its annotations; stepping to one selects it.
    retype(&app, "claim").await;
    app.wait_until(
        "one annotation match",
        "document.querySelector('.search-count')?.textContent === '1 of 1'",
    )
    .await;
    app.keys("\u{E007}").await;
    app.wait_for(".span-editor").await;
    assert_eq!(
        app.texts(".span-editor blockquote").await[0].to_lowercase(),
        "wall"
    );

    // Nothing found says so.
    retype(&app, "zebra crossing").await;
    app.wait_until(
        "no matches",
        "document.querySelector('.search-count')?.textContent === 'No matches'",
    )
    .await;
    app.quit().await;
}
