//! The main annotation journey in real headless Chromium: paste, mark by mouse and by keys, overlap,
//! note, undo and redo, reload, download, reopen in a fresh profile byte for byte, and a bad file;
//! from the root of a site and from a sub-path (as on GitHub Pages or a school's web space).

use e2e::thirtyfour::prelude::*;
use e2e::{App, TempDir};

const TEXT: &str = "Officials said the bridge will cost €40 million 😀 by 2027.\r\n\r\nقال الوزير إن المشروع سيكتمل قريبا.\r\n\tCritics reportedly doubt the café\u{301} figures\u{a0}entirely.";

#[tokio::test(flavor = "multi_thread")]
async fn a_whole_session_survives_reload_download_and_reopen() {
    journey(&e2e::app_url()).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_same_session_works_served_from_a_sub_path() {
    let base = e2e::serve_dist_at("/courses/reading/");
    assert!(base.ends_with("/courses/reading/"), "{base}");
    journey(&base).await;
}

async fn journey(base: &str) {
    let app = App::start_with(base, "", 1280, 900).await;
    app.new_article("Bridge costs", TEXT).await;

    // Mouse: drag over part of "bridge will cost" → snaps to whole words, then press c.
    app.drag_select("ridge will co").await;
    app.wait_for(".label-toolbar").await;
    app.keys("c").await;
    app.wait_until(
        "one mark",
        "document.querySelectorAll('article mark').length >= 1",
    )
    .await;

    // Keys: select "Officials said" and press 2 (source), then an overlapping hedge.
    app.select_text("Officials", 0).await;
    app.keys("s").await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    app.select_text("will cost €40 million", 0).await;
    app.keys("3").await;
    app.select_text("الوزير", 0).await;
    app.keys("1").await;

    let spans = app.spans().await;
    let quotes: Vec<&str> = spans.iter().map(|(_, q)| q.as_str()).collect();
    assert!(quotes.contains(&"bridge will cost"), "{spans:?}");
    assert!(quotes.contains(&"Officials"), "{spans:?}");
    assert!(quotes.contains(&"will cost €40 million"), "{spans:?}");
    assert!(quotes.contains(&"الوزير"), "{spans:?}");
    let overlap = app
        .marks()
        .await
        .into_iter()
        .any(|(labels, _, _)| labels == "claim hedge");
    assert!(overlap, "overlapping claim and hedge share a highlight");

    // A note on the selected hedge, then undo and redo it.
    app.driver
        .find(By::Css("mark[data-labels='hedge']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let note = app.wait_for(".span-editor textarea").await;
    note.send_keys("Who doubts it?\nNamed nowhere.")
        .await
        .unwrap();
    app.click("Undo").await;
    app.wait_until("note undone", "document.querySelector('.span-editor textarea') === null || document.querySelector('.span-editor textarea').value === ''").await;
    app.click("Redo").await;
    app.wait_until(
        "note redone",
        "document.querySelector('.note-preview')?.textContent.includes('Who doubts it?')",
    )
    .await;

    // Delete with the key, undo brings it back.
    app.driver
        .find(By::Css("mark[data-labels='source']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.keys("\u{E017}").await; // Delete
    app.wait_until(
        "deleted",
        "!document.querySelector(\"mark[data-labels~='source']\")",
    )
    .await;
    app.ctrl("z").await;
    app.wait_until(
        "restored",
        "document.querySelector(\"mark[data-labels~='source']\")",
    )
    .await;

    let before = app.spans().await;
    app.wait_saved().await;
    app.driver.refresh().await.unwrap();
    app.wait_for("article[data-doc] mark").await;
    assert_eq!(app.spans().await, before, "reload restores every span");

    app.click("Download").await;
    let keep = TempDir::new("keep");
    let file = keep.0.join("bridge-costs.close-reader.json");
    std::fs::copy(
        app.wait_download("bridge-costs.close-reader.json").await,
        &file,
    )
    .unwrap();
    let first = std::fs::read(&file).unwrap();
    let parsed = close_reader_core::formats::native::from_bytes(&first).expect("a valid file");
    assert_eq!(
        parsed.text.as_str(),
        TEXT,
        "CRLF, tabs, NBSP and combining marks kept exactly"
    );
    assert_eq!(parsed.annotations().len(), 5);
    app.quit().await;

    // A fresh profile opens the file and downloads the same bytes.
    let other = App::start_with(base, "", 1280, 900).await;
    other.open_file(&file).await;
    other.wait_for("article[data-doc] mark").await;
    assert_eq!(other.spans().await, before);
    other.click("Download").await;
    let again = std::fs::read(other.wait_download(".close-reader.json").await).unwrap();
    assert_eq!(
        String::from_utf8(again).unwrap(),
        String::from_utf8(first).unwrap()
    );

    // A corrupted file gets a specific message and changes nothing.
    let dir = TempDir::new("bad");
    let bad = dir.0.join("broken.close-reader.json");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text = text.replacen("\"quote\": \"Officials\"", "\"quote\": \"Ministers\"", 1);
    std::fs::write(&bad, text).unwrap();
    other.open_file(&bad).await;
    let alert = other.wait_for("[role=alert]").await.text().await.unwrap();
    assert!(alert.contains("quotes \"Ministers\""), "{alert}");
    assert!(alert.contains("Nothing was changed"), "{alert}");
    assert_eq!(other.spans().await, before);
    other.quit().await;
}
