//! Touch: on a phone-sized touch screen, a selection made with the system's handles (which sends no
//! mouse events) gets the label toolbar, a finger tap on its buttons labels it, and a tap on a
//! highlight selects that span and opens the side panel, a drawer on a phone. Headless Chromium has no long-press word selection, so the selection
//! itself is set by script, as the handles would set it.

use e2e::App;

#[tokio::test(flavor = "multi_thread")]
async fn a_finger_labels_a_selection_and_selects_a_highlight() {
    let app = App::start_at("#sample").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    app.set_viewport(390, 844, true).await;
    let before = app.spans().await.len();

    // A selection with no mouse events: the toolbar appears for it.
    app.select_text("sandbags and ho", 0).await;
    app.wait_for(".label-toolbar").await;
    let (x, y) = app
        .element_centre(".label-toolbar button.label-button:nth-of-type(3)")
        .await;
    app.tap_at(x, y, 50).await;
    app.wait_until(
        "a new hedge",
        "[...document.querySelectorAll('article mark')].some(m => m.dataset.labels === 'hedge' && m.textContent === 'sandbags and hope')",
    )
    .await;
    assert_eq!(app.spans().await.len(), before + 1);
    assert!(
        app.spans()
            .await
            .iter()
            .any(|(_, q)| q == "sandbags and hope"),
        "the tap labelled the selection snapped to whole words"
    );

    // A tap on a highlight selects it: its editor opens with its quote.
    app.wait_until("no toolbar", "!document.querySelector('.label-toolbar')")
        .await;
    app.touch_text("sandbags", 0, 50).await;
    app.wait_for(".span-editor").await;
    let quote = app.texts(".span-editor blockquote").await;
    assert_eq!(quote, vec!["sandbags and hope".to_string()], "{quote:?}");
    assert_eq!(app.count("article mark.sel").await, 1);

    // The side panel is a drawer: the tap opened it over the article, with the span's editor.
    app.wait_until("the drawer open", "document.querySelector('#side-drawer.open') && getComputedStyle(document.querySelector('#side-drawer')).visibility === 'visible' && document.querySelector('#side-drawer').getBoundingClientRect().top < innerHeight / 2").await;
    app.screenshot(&xtask::root().join("docs/screenshots/phone-drawer.png"))
        .await;
    let (x, y) = app.element_centre(".drawer-close").await;
    app.tap_at(x, y, 50).await;
    app.wait_until(
        "the drawer closed",
        "getComputedStyle(document.querySelector('#side-drawer')).visibility === 'hidden'",
    )
    .await;
    assert_eq!(
        app.count(".panel-toggle").await,
        1,
        "a button opens it again"
    );
    // Closed, it leaves the article to read and tap; the button brings it back with the list.
    let (x, y) = app.element_centre(".panel-toggle").await;
    app.tap_at(x, y, 50).await;
    app.wait_until(
        "the drawer open again",
        "getComputedStyle(document.querySelector('#side-drawer')).visibility === 'visible'",
    )
    .await;
    assert!(
        app.count("#side-drawer .span-editor, #side-drawer ol.ann-list li")
            .await
            > 0
    );
    app.quit().await;
}
