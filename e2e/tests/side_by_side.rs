//! Two outlets side by side: a second article from the library opens beside the first in its own
//! scrolling pane; a claim here is linked to the claim there that it contradicts (Shift+click) and
//! the comparison lists the claims only one outlet makes; swapping sides shows the link from the
//! other article, and it is still there after a reload.

use std::path::Path;

use e2e::thirtyfour::prelude::*;
use e2e::App;
use serde_json::json;

/// Clicks the highlight of the span quoting `text` (its first piece: suggestions may cut it) in the
/// article `beside` or not.
async fn click_mark(app: &App, beside: bool, text: &str, shift: bool) {
    let el = app
        .js(
            "const [beside, text] = arguments; const art = document.querySelector(beside ? 'article[data-beside]' : 'article[data-doc]:not([data-beside])');
             const marks = [...art.querySelectorAll('mark[data-ids]')];
             for (const m of marks) for (const id of m.dataset.ids.split(' ')) {
               const all = marks.filter(x => x.dataset.ids.split(' ').includes(id));
               if (all.map(x => x.textContent).join('') === text) return [...document.querySelectorAll('mark')].indexOf(all.find(x => !x.dataset.sid) || all[0]);
             }
             return null;",
            vec![json!(beside), json!(text)],
        )
        .await;
    if el.is_null() {
        let dbg = app.js("const [beside, text] = arguments; const art = document.querySelector(beside ? 'article[data-beside]' : 'article[data-doc]:not([data-beside])'); return [art && art.dataset.doc, [...art.querySelectorAll('mark[data-ids]')].map(m => [m.dataset.ids, JSON.stringify(m.textContent), JSON.stringify(text)])];", vec![json!(beside), json!(text)]).await;
        panic!("no highlight {text:?} (beside: {beside}): {dbg}");
    }
    let marks = app.driver.find_all(By::Css("mark")).await.unwrap();
    let mark = marks[el.as_u64().unwrap() as usize].clone();
    if shift {
        app.driver
            .action_chain()
            .key_down(Key::Shift)
            .click_element(&mark)
            .key_up(Key::Shift)
            .perform()
            .await
            .unwrap();
    } else {
        mark.click().await.unwrap();
    }
}

async fn mark_all(app: &App, spans: &[(&str, &str)]) {
    for (quote, key) in spans {
        app.select_text(quote, 0).await;
        app.keys(key).await;
    }
    app.wait_until(
        "all marked",
        &format!(
            "document.querySelectorAll('article:not([data-beside]) mark').length >= {}",
            spans.len()
        ),
    )
    .await;
    app.js("document.activeElement.blur();", vec![]).await;
    app.keys("\u{e00c}").await;
    app.wait_saved().await;
}

const MAIN: bool = false;
const BESIDE: bool = true;

#[tokio::test(flavor = "multi_thread")]
async fn two_outlets_side_by_side_with_a_contradiction_linked_across() {
    let app = App::start().await;
    let filler = "The harbour has seen three floods in as many winters.\n\n".repeat(40);
    app.new_article(
        "Outlet A",
        &format!("The minister said the bridge will cost £40 million.\n\nPolice said two people were hurt.\n\n{filler}"),
    )
    .await;
    mark_all(
        &app,
        &[
            ("The minister", "s"),
            ("the bridge will cost £40 million", "c"),
            ("two people were hurt", "c"),
        ],
    )
    .await;
    app.click("← Library").await;
    app.click("New article").await;
    app.new_article(
        "Outlet B",
        "Officials said the bridge will cost £55 million.\n\nCritics say the plan is doomed.",
    )
    .await;
    mark_all(
        &app,
        &[
            ("Officials", "s"),
            ("the bridge will cost £55 million", "c"),
            ("the plan is doomed", "c"),
        ],
    )
    .await;

    // Open A beside B from the Evidence tab.
    app.click("Evidence").await;
    let picker = app.wait_for("select[aria-label='Open beside']").await;
    picker
        .find(By::XPath("./option[.='Outlet A']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_for("article[data-beside] mark").await;
    assert_eq!(app.texts(".beside-head h2").await, ["Outlet A"]);
    assert_eq!(app.count("article[data-beside] mark").await, 3);
    // The pane scrolls on its own: the page does not move.
    let scroll = app
        .js(
            "const b = document.querySelector('.beside'); const y = scrollY; b.scrollTop = 400; return [b.scrollHeight > b.clientHeight, b.scrollTop > 0, scrollY === y];",
            vec![],
        )
        .await;
    assert_eq!(scroll, json!([true, true, true]));
    app.js("document.querySelector('.beside').scrollTop = 0;", vec![])
        .await;

    // B's £55 million claim contradicts A's £40 million one: L, then Shift+click over there.
    click_mark(&app, MAIN, "the bridge will cost £55 million", false).await;
    app.keys("l").await;
    click_mark(&app, BESIDE, "the bridge will cost £40 million", true).await;
    app.wait_until(
        "linked across",
        "document.querySelector('.banner-text')?.textContent.includes('Linked across: contradicts')",
    )
    .await;
    let row = app.texts(".span-editor .links li").await;
    assert_eq!(row.len(), 1);
    assert!(
        row[0].starts_with("Contradicts")
            && row[0].contains("£40 million")
            && row[0].contains("Outlet A"),
        "{row:?}"
    );

    // The comparison: one contradiction, and each outlet's claims the other does not make.
    let compare = app
        .js(
            "const h = [...document.querySelectorAll('.compare h3, .compare h4')].map(e => e.textContent); return h;",
            vec![],
        )
        .await;
    assert_eq!(
        compare,
        json!([
            "Same claim in both (0)",
            "Contradictions (1)",
            "Only in “Outlet B” (2)",
            "Only in “Outlet A” (2)"
        ])
    );
    app.js("document.activeElement.blur();", vec![]).await;
    app.keys("\u{e00c}").await;
    app.screenshot(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/screenshots/side-by-side.png"),
    )
    .await;

    // Swap: A is edited now, and shows the same link from its side.
    app.click("Swap sides").await;
    app.wait_until(
        "swapped",
        "document.querySelector('.beside-head h2')?.textContent === 'Outlet B'",
    )
    .await;
    click_mark(&app, MAIN, "the bridge will cost £40 million", false).await;
    let row = app.texts(".span-editor .links li").await;
    assert!(
        row.len() == 1 && row[0].contains("£55 million") && row[0].contains("Outlet B"),
        "{row:?}"
    );

    // After a reload (A reopens on its own), A keeps its half of the link.
    app.wait_saved().await;
    app.reload().await;
    app.wait_for("article mark").await;
    click_mark(&app, MAIN, "the bridge will cost £40 million", false).await;
    let row = app.texts(".span-editor .links li").await;
    assert!(row.len() == 1 && row[0].contains("Outlet B"), "{row:?}");
    app.quit().await;
}
