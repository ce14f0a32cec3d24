//! Keyboard alone: Tab to the article, move the word cursor with the arrow keys, extend it with
//! Shift, label with the label keys, open a highlight with Enter, link, write a note and delete a
//! span; every stop on the way shows its focus. Single-key shortcuts can be turned off and on.

use e2e::thirtyfour::prelude::*;
use e2e::App;

const TEXT: &str = "Ministers said the new harbour wall will cost about £42 million.\n\nCritics reportedly doubt the figures, according to the engineers' union.";

const RIGHT: &str = "\u{e014}";
const LEFT: &str = "\u{e012}";
const TAB: &str = "\u{e004}";
const ENTER: &str = "\u{e007}";
const DELETE: &str = "\u{e017}";

async fn shift(app: &App, key: &str, times: usize) {
    for _ in 0..times {
        app.driver
            .action_chain()
            .key_down(Key::Shift)
            .send_keys(key)
            .key_up(Key::Shift)
            .perform()
            .await
            .unwrap();
    }
}

async fn press(app: &App, key: &str, times: usize) {
    for _ in 0..times {
        app.keys(key).await;
    }
}

/// The text the browser has selected.
async fn selected(app: &App) -> String {
    app.js("return getSelection().toString();", vec![])
        .await
        .as_str()
        .unwrap()
        .to_string()
}

async fn status(app: &App) -> String {
    app.texts("#caret-status").await.concat()
}

/// Presses Tab (or Shift+Tab) until `css` has the focus, checking at every stop that the focused
/// element shows a focus outline (its own, or its file button's); fails after 40 stops.
async fn tab_to(app: &App, css: &str, back: bool) {
    for _ in 0..40 {
        if back {
            shift(app, TAB, 1).await;
        } else {
            app.keys(TAB).await;
        }
        let v = app
            .js(
                "const a = document.activeElement; const shown = e => { const s = getComputedStyle(e); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; };
                 return [a.matches(arguments[0]), shown(a) || shown(a.closest('.file-button') || a), a.outerHTML.slice(0, 80)];",
                vec![serde_json::json!(css)],
            )
            .await;
        assert_eq!(
            v[1],
            serde_json::json!(true),
            "no visible focus on {}",
            v[2]
        );
        if v[0] == serde_json::json!(true) {
            return;
        }
    }
    panic!("Tab never reached {css}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_span_is_made_labelled_linked_noted_and_deleted_with_the_keyboard_alone() {
    let app = App::start().await;
    app.new_article("Harbour wall", TEXT).await;
    app.js("document.activeElement.blur();", vec![]).await;
    tab_to(&app, "article[data-doc]", false).await;
    app.wait_until(
        "the cursor's keys shown",
        "getComputedStyle(document.querySelector('#caret-help')).display !== 'none'",
    )
    .await;

    // The first arrow puts the cursor on the first word; `s` marks it as a source.
    press(&app, RIGHT, 1).await;
    assert_eq!(selected(&app).await, "Ministers");
    app.wait_for(".label-toolbar").await;
    app.keys("s").await;
    app.wait_for("mark[data-labels='source']").await;

    // Six words on, then Shift+→ four times: "will cost about £42 million" becomes a claim.
    press(&app, RIGHT, 6).await;
    assert_eq!(selected(&app).await, "will");
    shift(&app, RIGHT, 4).await;
    assert_eq!(selected(&app).await, "will cost about £42 million");
    app.keys("c").await;
    app.wait_for("mark[data-labels='claim']").await;
    assert_eq!(
        app.spans()
            .await
            .into_iter()
            .map(|(_, q)| q)
            .collect::<Vec<_>>(),
        ["Ministers", "will cost about £42 million"]
    );

    // On a highlight, the live region names it; Enter opens it in the side panel.
    press(&app, LEFT, 2).await;
    assert_eq!(
        selected(&app).await,
        "about",
        "back past “42” (the “£” is no word)"
    );
    assert_eq!(status(&app).await, "Claim: will cost about £42 million");
    app.keys(ENTER).await;
    app.wait_for(".span-editor").await;
    assert!(
        status(&app).await.starts_with("Selected Claim"),
        "{}",
        status(&app).await
    );

    // `l`, then the cursor to the source and Enter: the claim rests on it.
    app.keys("l").await;
    app.wait_for(".article.linking").await;
    press(&app, LEFT, 8).await;
    assert_eq!(selected(&app).await, "Ministers");
    app.keys(ENTER).await;
    app.wait_until(
        "the link listed",
        "[...document.querySelectorAll('.links .linked')].some(b => b.textContent.includes('Ministers'))",
    )
    .await;

    // Tab on to the note (every stop with a visible focus), type, and Shift+Tab back.
    tab_to(&app, ".span-editor textarea", false).await;
    app.keys("Who counted?").await;
    tab_to(&app, "article[data-doc]", true).await;

    // The cursor is still on the source: Enter selects it, Delete removes it and its link.
    app.keys(ENTER).await;
    app.wait_until(
        "the source selected",
        "document.querySelector('.span-editor select').selectedOptions[0].textContent.startsWith('Source')",
    )
    .await;
    app.keys(DELETE).await;
    app.wait_until(
        "the source gone",
        "!document.querySelector('article mark[data-labels~=source]')",
    )
    .await;
    assert_eq!(
        app.spans()
            .await
            .into_iter()
            .map(|(_, q)| q)
            .collect::<Vec<_>>(),
        ["will cost about £42 million"]
    );
    press(&app, RIGHT, 6).await;
    app.keys(ENTER).await;
    app.wait_for(".span-editor").await;
    assert_eq!(
        app.wait_for(".span-editor textarea")
            .await
            .value()
            .await
            .unwrap()
            .unwrap(),
        "Who counted?"
    );
    assert_eq!(
        app.count(".links .linked").await,
        0,
        "the link went with the source"
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn single_key_shortcuts_can_be_turned_off_and_on_and_the_choice_survives_a_reload() {
    let app = App::start().await;
    app.new_article("Harbour wall", TEXT).await;
    app.click("Labels…").await;
    let toggle = "//label[contains(., 'Single-key shortcuts')]/input";
    let checkbox = app.driver.find(By::XPath(toggle)).await.unwrap();
    assert!(checkbox.is_selected().await.unwrap(), "on by default");
    checkbox.click().await.unwrap();
    app.click("Done").await;

    app.select_text("Ministers", 0).await;
    app.wait_for(".label-toolbar").await;
    let n = app.handled().await;
    app.keys("c").await;
    app.keys("1").await;
    app.settled_after(n + 1).await;
    assert_eq!(
        app.count("article mark").await,
        0,
        "letters and digits do nothing"
    );
    app.click("Claim").await;
    app.wait_for("mark[data-labels='claim']").await;
    app.wait_saved().await;

    app.reload().await;
    app.wait_for("article mark").await;
    app.select_text("Critics", 0).await;
    app.wait_for(".label-toolbar").await;
    let n = app.handled().await;
    app.keys("h").await;
    app.settled_after(n).await;
    assert_eq!(
        app.count("article mark").await,
        1,
        "still off after a reload"
    );

    app.click("Labels…").await;
    let checkbox = app.driver.find(By::XPath(toggle)).await.unwrap();
    assert!(
        !checkbox.is_selected().await.unwrap(),
        "the box shows it off"
    );
    checkbox.click().await.unwrap();
    app.click("Done").await;
    app.select_text("Critics", 0).await;
    app.wait_for(".label-toolbar").await;
    app.keys("h").await;
    app.wait_for("mark[data-labels='hedge']").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn tab_stays_inside_an_open_dialog() {
    let app = App::start().await;
    app.new_article("Wall", TEXT).await;
    app.click("Labels…").await;
    app.wait_for("[aria-modal=true]").await;
    let inside = "document.querySelector('[aria-modal=true]').contains(document.activeElement)";
    app.wait_until("focus in the dialog", inside).await;
    let controls = app
        .js("return document.querySelector('[aria-modal=true]').querySelectorAll('a[href], input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])').length", vec![])
        .await
        .as_u64()
        .unwrap() as usize;
    // Once round the dialog and on: the focus never reaches the page behind.
    for _ in 0..controls + 3 {
        app.keys(TAB).await;
        assert_eq!(
            app.js(&format!("return {inside}"), vec![]).await,
            serde_json::json!(true)
        );
    }
    // Shift+Tab from the first control goes to the last.
    app.js("document.querySelector('[aria-modal=true]').querySelector('input:not([disabled]), textarea, select, button:not([disabled])').focus()", vec![]).await;
    shift(&app, TAB, 1).await;
    let last_is_active = app
        .js("const l = [...document.querySelector('[aria-modal=true]').querySelectorAll('a[href], input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])')]; return l[l.length - 1] === document.activeElement", vec![])
        .await;
    assert_eq!(last_is_active, serde_json::json!(true));
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn in_a_right_to_left_paragraph_the_left_arrow_goes_on_through_the_text() {
    let app = App::start().await;
    app.new_article(
        "الجسر",
        "قال الوزير إن الجسر قد يكلف أكثر.\nThe minister said the bridge may cost more.",
    )
    .await;
    app.js("document.activeElement.blur();", vec![]).await;
    tab_to(&app, "article[data-doc]", false).await;
    press(&app, LEFT, 1).await;
    assert_eq!(
        selected(&app).await,
        "قال",
        "the first word, at the paragraph's right"
    );
    press(&app, LEFT, 1).await;
    assert_eq!(selected(&app).await, "الوزير", "← reads on, leftwards");
    shift(&app, LEFT, 1).await;
    assert_eq!(selected(&app).await, "الوزير إن");
    press(&app, RIGHT, 1).await;
    assert_eq!(selected(&app).await, "الوزير", "→ goes back");
    app.quit().await;
}
