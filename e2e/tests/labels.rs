//! A custom label set: rename, recolour, add with its own key, a reserved key refused, reorder,
//! delete a label in use (its spans relabelled), undo; the set travels in the downloaded file to a
//! fresh browser, and a saved preset switches another article to the same labels.

use e2e::thirtyfour::prelude::*;
use e2e::App;
use serde_json::{json, Value};

const TEXT: &str = "The minister said costs may rise sharply, critics warned. 😀 نعم";

/// Sets an input of the label row `label` (by id) and fires `change`, as leaving the field does.
async fn set_field(app: &App, label: &str, field: &str, value: &str) {
    let ok = app
        .js(
            "const i = document.querySelector(`.label-row[data-label='${arguments[0]}'] input.${arguments[1]}`); if (!i) return false; i.value = arguments[2]; i.dispatchEvent(new Event('change', {bubbles: true})); return true;",
            vec![json!(label), json!(field), json!(value)],
        )
        .await;
    assert_eq!(ok, json!(true), "no {field} field for {label}");
}

async fn label_rows(app: &App) -> Value {
    app.js(
        "return [...document.querySelectorAll('.label-row')].map(r => [r.dataset.label, r.querySelector('input.name').value, r.querySelector('input.color').value, r.querySelector('input.key').value, r.querySelector('.count').textContent]);",
        vec![],
    )
    .await
}

async fn button_in_row(app: &App, label: &str, aria_prefix: &str) -> WebElement {
    app.driver
        .find(By::Css(format!(
            ".label-row[data-label='{label}'] button[aria-label^='{aria_prefix}']"
        )))
        .await
        .unwrap_or_else(|_| panic!("no {aria_prefix} button for {label}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_custom_label_set_is_edited_undone_downloaded_and_reused_as_a_preset() {
    let app = App::start().await;
    app.new_article("Labels", TEXT).await;
    for (quote, key) in [
        ("The minister", "s"),
        ("costs may rise sharply", "c"),
        ("may", "h"),
    ] {
        app.select_text(quote, 0).await;
        app.keys(key).await;
    }
    app.wait_for("mark[data-labels~='hedge']").await;
    app.js("document.activeElement.blur();", vec![]).await;
    app.keys("\u{e00c}").await;
    app.click("Labels…").await;
    app.wait_for(".label-editor").await;

    set_field(&app, "claim", "name", "Assertion").await;
    // A pale colour is hard to see on the page: the editor says so, and keeps it (it is the user's call).
    set_field(&app, "source", "color", "#fde68a").await;
    app.wait_until(
        "a contrast warning",
        "document.querySelector(\".label-row[data-label='source'] .contrast-warning\")?.textContent.includes('hard to see')",
    )
    .await;
    assert_eq!(
        app.count(".contrast-warning").await,
        1,
        "the default colours pass on the page"
    );
    set_field(&app, "source", "color", "#0f766e").await;
    app.wait_until("no warning", "!document.querySelector('.contrast-warning')")
        .await;
    app.click("Add a label").await;
    app.wait_for(".label-row[data-label='label-1']").await;
    set_field(&app, "label-1", "name", "Opinion").await;
    set_field(&app, "label-1", "key", "o").await;
    // A key the app keeps for itself is refused with the reason, and nothing changes.
    set_field(&app, "label-1", "key", "l").await;
    app.wait_until(
        "the refusal",
        "document.querySelector('.label-editor [role=alert]')?.textContent.includes('uses for its own commands')",
    )
    .await;
    button_in_row(&app, "hedge", "Move")
        .await
        .click()
        .await
        .unwrap();
    app.wait_until(
        "hedge moved up",
        "document.querySelectorAll('.label-row')[1].dataset.label === 'hedge'",
    )
    .await;
    assert_eq!(
        label_rows(&app).await,
        json!([
            ["claim", "Assertion", "#c2410c", "c", "1"],
            ["hedge", "Hedge", "#7e22ce", "h", "1"],
            ["source", "Source", "#0f766e", "s", "1"],
            ["label-1", "Opinion", "#047857", "o", "0"]
        ])
    );

    // Deleting a label in use asks; its span becomes an Opinion.
    button_in_row(&app, "hedge", "Delete")
        .await
        .click()
        .await
        .unwrap();
    let choice = app.wait_for(".delete-choice").await;
    assert!(choice
        .text()
        .await
        .unwrap()
        .contains("1 span is marked “Hedge”"));
    app.js(
        "const s = document.querySelector('.delete-choice select'); s.value = 'label-1'; s.dispatchEvent(new Event('change', {bubbles: true}));",
        vec![],
    )
    .await;
    app.click("Relabel and delete").await;
    app.wait_until(
        "hedge gone",
        "document.querySelectorAll('.label-row').length === 3",
    )
    .await;
    assert_eq!(app.texts("mark[data-labels~='label-1']").await, ["may"]);
    app.screenshot(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots/labels.png"),
    )
    .await;

    // Save the set as a preset, close, and use the new key.
    app.driver
        .find(By::Css("input[aria-label='Preset name']"))
        .await
        .unwrap()
        .send_keys("Workshop")
        .await
        .unwrap();
    app.click("Save as preset").await;
    app.wait_until("saved", "document.querySelector('.label-editor [role=status]')?.textContent.includes('Saved the preset')").await;
    app.click("Done").await;
    app.wait_until("closed", "!document.querySelector('.label-editor')")
        .await;
    assert_eq!(
        app.js(
            "return getComputedStyle(document.documentElement).getPropertyValue('--l1').trim();",
            vec![]
        )
        .await,
        json!("#0f766e"),
        "the source's new colour is on the page"
    );
    app.select_text("critics", 0).await;
    app.keys("o").await;
    app.wait_until("critics is an opinion", "[...document.querySelectorAll(\"mark[data-labels~='label-1']\")].some(m => m.textContent === 'critics')").await;
    assert_eq!(
        app.texts("button.chip").await,
        ["Assertion1", "Source1", "Opinion2"]
    );

    // Undo: the opinion span, then the deletion (Hedge returns with its span).
    app.js("document.activeElement.blur();", vec![]).await;
    app.ctrl("z").await;
    app.ctrl("z").await;
    app.wait_until(
        "hedge back",
        "document.querySelector(\"mark[data-labels~='hedge']\")?.textContent === 'may'",
    )
    .await;
    app.ctrl("y").await;
    app.wait_until(
        "deleted again",
        "!document.querySelector(\"mark[data-labels~='hedge']\")",
    )
    .await;

    // The file carries the set to a fresh browser.
    app.wait_saved().await;
    app.click("Download").await;
    let path = app.wait_download(".close-reader.json").await;
    let file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let labels: Vec<(String, String, String)> = file["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["name"].as_str().unwrap().into(),
                l["color"].as_str().unwrap().into(),
                l["key"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        labels,
        [
            (
                "Assertion".to_string(),
                "#c2410c".to_string(),
                "c".to_string()
            ),
            ("Source".to_string(), "#0f766e".to_string(), "s".to_string()),
            (
                "Opinion".to_string(),
                "#047857".to_string(),
                "o".to_string()
            )
        ]
    );
    let fresh = App::start().await;
    fresh.open_file(&path).await;
    fresh.wait_for("mark[data-labels~='label-1']").await;
    assert_eq!(
        fresh.texts("button.chip").await,
        ["Assertion1", "Source1", "Opinion1"]
    );
    fresh.quit().await;

    // The preset gives another article the same labels (and the default set is one choice away).
    app.click("← Library").await;
    app.click("New article").await;
    app.new_article("Another", "Police said the road may reopen.")
        .await;
    app.click("Labels…").await;
    app.wait_for(".label-editor").await;
    app.js(
        "const s = document.querySelector('select[aria-label=\"Switch to a preset\"]'); s.value = 'Workshop'; s.dispatchEvent(new Event('change', {bubbles: true}));",
        vec![],
    )
    .await;
    app.wait_until("preset applied", "document.querySelectorAll('.label-row').length === 3 && document.querySelector('.label-row input.name').value === 'Assertion'").await;
    app.click("Done").await;
    assert_eq!(
        app.texts("button.chip").await,
        ["Assertion0", "Source0", "Opinion0"]
    );
    app.quit().await;
}
