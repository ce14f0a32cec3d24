//! The library as a user keeps it across visits: two annotated articles listed with their counts,
//! a rename that survives a reload, a delete undone from the banner, and a delete that stays done.

use e2e::thirtyfour::prelude::*;
use e2e::App;

const BRIDGE: &str =
    "Officials said the bridge will cost €40 million by 2027.\n\nCritics doubt the figure.";
const HARBOUR: &str = "The harbour master said the quay may flood again this winter.\n\nResidents reportedly want a wall.";

/// The library's entries as (title, the rest of the entry's text).
async fn entries(app: &App) -> Vec<(String, String)> {
    let v = app
        .js(
            "return [...document.querySelectorAll('li.doc')].map(li => [li.querySelector('.doc-title')?.textContent ?? '', li.querySelector('.doc-meta')?.textContent ?? '']);",
            vec![],
        )
        .await;
    serde_json::from_value(v).unwrap()
}

async fn wait_entries(app: &App, n: usize) -> Vec<(String, String)> {
    app.wait_until(
        &format!("{n} library entries"),
        &format!("document.querySelectorAll('li.doc').length === {n}"),
    )
    .await;
    entries(app).await
}

fn meta_of<'a>(list: &'a [(String, String)], title: &str) -> &'a str {
    &list
        .iter()
        .find(|(t, _)| t == title)
        .unwrap_or_else(|| panic!("no {title:?} in the library: {list:?}"))
        .1
}

#[tokio::test(flavor = "multi_thread")]
async fn the_library_lists_renames_deletes_and_undoes() {
    let app = App::start().await;

    // Two articles, annotated differently.
    app.new_article("Bridge costs", BRIDGE).await;
    app.select_text("the bridge will cost €40 million", 0).await;
    app.keys("c").await;
    app.wait_for("mark[data-labels='claim']").await;
    app.wait_saved().await;
    app.click("← Library").await;
    assert_eq!(wait_entries(&app, 1).await[0].0, "Bridge costs");

    app.click("New article").await;
    app.new_article("Harbour report", HARBOUR).await;
    app.select_text("The harbour master", 0).await;
    app.keys("s").await;
    app.select_text("may", 0).await;
    app.keys("h").await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    app.wait_until(
        "three marks",
        "document.querySelectorAll('article mark').length === 3",
    )
    .await;
    app.wait_saved().await;
    app.click("← Library").await;

    let list = wait_entries(&app, 2).await;
    let bridge = meta_of(&list, "Bridge costs");
    assert!(
        bridge.ends_with("· Claim 1"),
        "counts of the first article: {bridge}"
    );
    let harbour = meta_of(&list, "Harbour report");
    assert!(
        harbour.ends_with("· Source 1 · Hedge 2"),
        "counts of the second article: {harbour}"
    );
    assert_eq!(
        list[0].0, "Harbour report",
        "the most recently changed document comes first: {list:?}"
    );

    // An empty title is refused and changes nothing.
    app.click("Rename Bridge costs").await;
    let field = app.wait_for("input[aria-label='New title']").await;
    field.click().await.unwrap();
    app.ctrl("a").await;
    field.send_keys("   ").await.unwrap();
    app.click("Save").await;
    let alert = app.alert_containing("cannot be empty").await;
    assert!(alert.contains("A title cannot be empty."), "{alert}");
    assert_eq!(
        wait_entries(&app, 2)
            .await
            .iter()
            .filter(|(t, _)| t == "Bridge costs")
            .count(),
        1
    );
    app.click("Dismiss message").await;

    // Rename: the new title shows at once and after a reload.
    app.click("Rename Bridge costs").await;
    let field = app.wait_for("input[aria-label='New title']").await;
    assert_eq!(
        field.value().await.unwrap().as_deref(),
        Some("Bridge costs")
    );
    field.click().await.unwrap();
    app.ctrl("a").await;
    field.send_keys("Bridge costs (revised)").await.unwrap();
    app.click("Save").await;
    app.wait_until(
        "renamed in the list",
        "[...document.querySelectorAll('li.doc .doc-title')].some(h => h.textContent === 'Bridge costs (revised)')",
    )
    .await;
    assert_eq!(app.count("input[aria-label='New title']").await, 0);

    app.reload().await;
    // The document open last (the harbour report) comes back; its library shows the new name.
    app.wait_until(
        "the last document reopened",
        "document.querySelector('.top-bar .doc-title')?.textContent === 'Harbour report'",
    )
    .await;
    app.click("← Library").await;
    let list = wait_entries(&app, 2).await;
    let titles: Vec<&str> = list.iter().map(|(t, _)| t.as_str()).collect();
    assert!(
        titles.contains(&"Bridge costs (revised)") && !titles.contains(&"Bridge costs"),
        "the rename persists across a reload: {titles:?}"
    );

    // Opening the renamed document shows its new title and its highlight.
    app.click("Open Bridge costs (revised)").await;
    app.wait_until(
        "the renamed document open",
        "document.querySelector('.top-bar .doc-title')?.textContent === 'Bridge costs (revised)'",
    )
    .await;
    assert_eq!(
        app.spans()
            .await
            .into_iter()
            .map(|(_, q)| q)
            .collect::<Vec<_>>(),
        vec!["the bridge will cost €40 million".to_string()]
    );
    app.click("← Library").await;
    wait_entries(&app, 2).await;

    // Delete, then Undo from the banner: it is back with its annotations.
    app.click("Delete Harbour report").await;
    let status = app.wait_for("[role=status].banner").await;
    assert!(
        status
            .text()
            .await
            .unwrap()
            .contains("Deleted “Harbour report”."),
        "{}",
        status.text().await.unwrap()
    );
    let list = wait_entries(&app, 1).await;
    assert_eq!(list[0].0, "Bridge costs (revised)");
    status
        .find(By::XPath(".//button[normalize-space(.)='Undo']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let list = wait_entries(&app, 2).await;
    assert!(
        meta_of(&list, "Harbour report").ends_with("· Source 1 · Hedge 2"),
        "{list:?}"
    );
    app.click("Open Harbour report").await;
    app.wait_for("article[data-doc] mark").await;
    let quotes: Vec<String> = app.spans().await.into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        quotes.len(),
        3,
        "the restored document has its spans: {quotes:?}"
    );

    // Delete for good: after a reload it is still gone.
    app.click("← Library").await;
    wait_entries(&app, 2).await;
    app.click("Delete Harbour report").await;
    wait_entries(&app, 1).await;
    app.reload().await;
    // The harbour report was open when it was deleted, so the app starts on the start screen.
    let library = app.button("Library (1)").await;
    library.click().await.unwrap();
    let list = wait_entries(&app, 1).await;
    assert_eq!(list[0].0, "Bridge costs (revised)", "{list:?}");
    app.quit().await;
}
