//! Suggestions that teach: dashed hints in the article with their reason as the accessible
//! description; `n`/`p` step through them, `a` accepts one (a real, undoable annotation), `x` rejects
//! one and it stays rejected after a reload; the toggle hides them; accept all of one label.

use e2e::App;
use serde_json::{json, Value};

const TEXT: &str = "Officials said the new bridge may cost at least £40 million.\n\nThe work will reportedly begin in May 2027, according to Amnesty International.";

/// The suggestions in the article: (label ids, text, description) of each element, in order.
async fn suggested(app: &App) -> Vec<(String, String, String)> {
    let v = app
        .js(
            "return [...document.querySelectorAll('article [data-suggested]')].map(e => [e.dataset.suggested, e.textContent, e.getAttribute('aria-description')]);",
            vec![],
        )
        .await;
    serde_json::from_value(v).unwrap()
}

async fn current(app: &App) -> Value {
    app.js(
        "return [...document.querySelectorAll('article .suggested.current')].map(e => e.textContent).join('');",
        vec![],
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn suggestions_are_stepped_accepted_rejected_and_stay_rejected() {
    let app = App::start().await;
    app.new_article("Bridge", TEXT).await;
    app.wait_for("article [data-suggested]").await;
    let all = suggested(&app).await;
    let find = |label: &str, text: &str| {
        all.iter()
            .find(|(l, t, _)| l.split(' ').next() == Some(label) && t == text)
            .unwrap_or_else(|| panic!("no {label} suggestion on {text:?} in {all:?}"))
            .clone()
    };
    let may = find("hedge", "may");
    assert!(
        may.2.contains("modal verb 'may'"),
        "the reason is its description: {}",
        may.2
    );
    find("hedge", "reportedly");
    let amnesty = all
        .iter()
        .find(|(l, t, _)| l.contains("source") && t.contains("Amnesty International"))
        .expect("a named source suggested");
    assert!(amnesty.2.to_lowercase().contains("named"), "{}", amnesty.2);
    assert!(
        !all.iter()
            .any(|(l, t, _)| l.split(' ').next() == Some("hedge") && t == "May"),
        "May the month is not a hedge"
    );
    assert_eq!(
        app.js("return getComputedStyle(document.querySelector('article [data-suggested]')).outlineStyle;", vec![]).await,
        json!("dashed")
    );
    assert_eq!(
        app.count("article mark").await,
        0,
        "suggestions label nothing by themselves"
    );

    // n steps through them in text order; p goes back.
    app.keys("n").await;
    app.wait_until(
        "a current suggestion",
        "!!document.querySelector('article .suggested.current')",
    )
    .await;
    let first = current(&app).await;
    app.wait_for(".suggestion-card").await;
    app.keys("n").await;
    app.wait_until("moved on", &format!("[...document.querySelectorAll('article .suggested.current')].map(e => e.textContent).join('') !== {first}")).await;
    app.keys("p").await;
    app.wait_until("back", &format!("[...document.querySelectorAll('article .suggested.current')].map(e => e.textContent).join('') === {first}")).await;

    // Step to "may" and accept it with `a`: a hedge annotation; undo takes it back.
    for _ in 0..20 {
        if current(&app).await == json!("may") {
            break;
        }
        let n = app.handled().await;
        app.keys("n").await;
        app.settled_after(n).await;
    }
    assert_eq!(current(&app).await, json!("may"));
    app.keys("a").await;
    app.wait_until(
        "accepted",
        "document.querySelector(\"mark[data-labels~='hedge']\")?.textContent === 'may'",
    )
    .await;
    app.ctrl("z").await;
    app.wait_until("undone", "!document.querySelector('article mark')")
        .await;

    // Reject "reportedly" by clicking it and pressing x: gone, and still gone after a reload.
    app.js(
        "[...document.querySelectorAll('article [data-suggested]')].find(e => e.textContent === 'reportedly').click();",
        vec![],
    )
    .await;
    app.wait_until(
        "reportedly current",
        "document.querySelector('article .suggested.current')?.textContent === 'reportedly'",
    )
    .await;
    app.keys("x").await;
    app.wait_until(
        "reportedly rejected",
        "![...document.querySelectorAll('article [data-suggested]')].some(e => e.textContent === 'reportedly')",
    )
    .await;
    app.wait_saved().await;
    app.reload().await;
    app.wait_for("article [data-suggested]").await;
    app.wait_until(
        "the rejection read back",
        "![...document.querySelectorAll('article [data-suggested]')].some(e => e.textContent === 'reportedly')",
    )
    .await;
    let after = suggested(&app).await;
    assert!(
        !after.iter().any(|(_, t, _)| t == "reportedly"),
        "still rejected after a reload"
    );
    assert!(
        after.iter().any(|(_, t, _)| t == "may"),
        "the others are back"
    );

    // The Suggestions tab: hide them all, show them, accept all hedges in one undoable step.
    app.click("Suggestions").await;
    let toggle = app.wait_for(".suggestions input[type=checkbox]").await;
    toggle.click().await.unwrap();
    app.wait_until(
        "hidden",
        "!document.querySelector('article [data-suggested]')",
    )
    .await;
    toggle.click().await.unwrap();
    app.wait_for("article [data-suggested]").await;
    let hedges = after
        .iter()
        .filter(|(l, _, _)| l.split(' ').next() == Some("hedge"))
        .count();
    app.js(
        "document.querySelector(\".suggestion-counts li[data-label='hedge'] button\").click();",
        vec![],
    )
    .await;
    app.wait_until(
        "hedges accepted",
        "document.querySelectorAll(\"mark[data-labels~='hedge']\").length > 0",
    )
    .await;
    let marked = app.texts("mark[data-labels~='hedge']").await;
    assert!(
        marked.contains(&"may".to_string()) && !marked.contains(&"reportedly".to_string()),
        "{marked:?}"
    );
    assert!(
        hedges >= 2 && marked.len() <= hedges,
        "{marked:?} of {hedges}"
    );
    app.screenshot(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../target/screenshots/suggestions.png"),
    )
    .await;
    app.ctrl("z").await;
    app.wait_until("one undo", "!document.querySelector('article mark')")
        .await;
    app.quit().await;
}

/// An article in a language the rules have no table for gets no hints, and the Suggestions tab says
/// why; the user can say it is in English after all.
#[tokio::test(flavor = "multi_thread")]
async fn an_article_in_another_language_gets_no_english_hints() {
    const PORTUGUESE: &str = "A prefeitura disse que a nova ponte pode custar pelo menos 40 milhões de reais.\n\nAs obras devem começar em maio de 2027, segundo fontes municipais, mas a oposição duvida.";
    let app = App::start().await;
    app.new_article("Ponte", PORTUGUESE).await;
    app.click("Suggestions").await;
    let why = app.wait_for(".suggestions .unreadable").await;
    assert_eq!(
        why.text().await.unwrap(),
        format!(
            "No suggestions: this article reads as Portuguese, and the suggestions read {} only. If it is in one of those, say so here.",
            close_reader_core::analysis::lang::detect::readable_languages()
        )
    );
    assert!(
        suggested(&app).await.is_empty(),
        "no English hints on a Spanish article"
    );
    app.screenshot(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../target/screenshots/suggestions-portuguese.png"),
    )
    .await;
    app.select_option("Article language", "English").await;
    app.wait_for("article [data-suggested]").await;
    app.wait_until(
        "the explanation gone",
        "!document.querySelector('.suggestions .unreadable')",
    )
    .await;
    app.quit().await;
}

/// A French article gets the French rules' hints, with their reasons.
#[tokio::test(flavor = "multi_thread")]
async fn a_french_article_gets_french_hints() {
    const FRENCH: &str = "Selon la préfecture, l'incendie aurait fait une vingtaine de blessés dans la nuit de samedi à dimanche.\n\nLe maire a déclaré que l'usine pourrait rouvrir dans environ trois semaines.";
    let app = App::start().await;
    app.new_article("Incendie", FRENCH).await;
    app.wait_for("article [data-suggested]").await;
    let all = suggested(&app).await;
    let has = |label: &str, text: &str| {
        all.iter()
            .any(|(l, t, _)| l.split(' ').any(|x| x == label) && t.contains(text))
    };
    assert!(
        has("hedge", "aurait"),
        "the journalistic conditional: {all:?}"
    );
    assert!(has("source", "la préfecture"), "selon …: {all:?}");
    app.click("Suggestions").await;
    let chosen = app
        .js(
            "const s = document.querySelector(\"select[aria-label='Article language']\"); return s.options[s.selectedIndex].textContent",
            vec![],
        )
        .await;
    assert_eq!(chosen, json!("French"));
    app.quit().await;
}
