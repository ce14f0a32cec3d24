//! Printing a long annotated article: a 20,000-word article with 2,000 spans and 667 notes prints
//! to a PDF of a size like the article's own (it was 27 MB, with every highlight's underline pattern
//! drawn as a picture), and every note number is whole (from 100 on, the first digit was cut off).

use e2e::{App, TempDir};
use serde_json::json;

#[tokio::test(flavor = "multi_thread")]
async fn a_long_article_prints_small_with_every_note_number_whole() {
    let doc = e2e::generate::noted(20_000, 2_000, 3);
    let noted = doc
        .annotations()
        .iter()
        .filter(|a| !a.note.is_empty())
        .count();
    assert_eq!(noted, 667);
    let dir = TempDir::new("print-long");
    let file = dir.0.join("long.close-reader.json");
    std::fs::write(&file, close_reader_core::formats::native::to_json(&doc)).unwrap();

    let app = App::start().await;
    app.wait_for("main.start").await;
    app.open_file(&file).await;
    app.wait_for("article[data-doc] mark").await;
    app.js("window.dispatchEvent(new Event('beforeprint'));", vec![])
        .await;
    app.wait_for(".print-notes .notes li").await;
    let numbers = app
        .js(
            "return [...document.querySelectorAll('.print-notes .notes li .num')].map(e => e.textContent);",
            vec![],
        )
        .await;
    let numbers: Vec<String> = serde_json::from_value(numbers).unwrap();
    assert_eq!(numbers.len(), 667);
    assert_eq!(numbers[99], "100.");
    assert_eq!(numbers[666], "667.");
    app.cdp("Emulation.setEmulatedMedia", json!({"media": "print"}))
        .await;
    // Every number is inside its list item's box, not cut off at the page's margin.
    let clipped = app
        .js(
            "return [...document.querySelectorAll('.print-notes .notes li .num')].filter(n => n.getBoundingClientRect().left < 0 || n.getBoundingClientRect().left < n.closest('section').getBoundingClientRect().left).length;",
            vec![],
        )
        .await;
    assert_eq!(clipped, json!(0), "note numbers inside the page");
    let started = std::time::Instant::now();
    let out = app
        .cdp(
            "Page.printToPDF",
            json!({"printBackground": true, "preferCSSPageSize": true}),
        )
        .await;
    let took = started.elapsed();
    let pdf = e2e::pdf::base64(out["data"].as_str().unwrap());
    eprintln!("printed {} KB in {took:?}", pdf.len() / 1024);
    let shots = xtask::root().join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    std::fs::write(shots.join("print-long.pdf"), &pdf).unwrap();
    assert!(pdf.len() < 4 << 20, "the PDF is {} KB", pdf.len() / 1024);
    let text = e2e::pdf::squeezed(&e2e::pdf::text(&pdf));
    assert!(text.contains("100."), "note 100 printed whole");
    assert!(text.contains("667."), "note 667 printed whole");
    app.cdp("Emulation.setEmulatedMedia", json!({"media": ""}))
        .await;
    app.quit().await;
}
