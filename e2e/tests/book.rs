//! A book: an article too heavy to keep whole in the page keeps only what is near the screen in it,
//! yet reads like any other. Scrolling reaches its last paragraph; the side panel's last entry, a
//! search match near its end and the keyboard cursor all find their place in it; a span marked far
//! into it is saved like any other; and printing says why it cannot print it from the page.

use close_reader_core::model::blocks::blocks;
use close_reader_core::{Annotation, Document};
use e2e::{generate, App, TempDir};
use serde_json::json;

/// A word that only the book's last paragraph has.
const LAST_WORD: &str = "Zyzzyva";

/// The generator's article, long and marked enough to be windowed, with a last paragraph of its own.
fn book() -> Document {
    let made = generate::document(200_000, 30_000);
    let text = format!("{}\n\n{LAST_WORD} closes the book.", made.text.as_str());
    let mut doc = Document::new("A book", &text, None);
    for a in made.annotations() {
        doc.insert(Annotation::clone(a))
            .expect("the same text up to its end");
    }
    doc
}

/// How many paragraphs of the article are in the page.
async fn paragraphs(app: &App) -> usize {
    app.count("article p[data-start]").await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_book_keeps_only_what_is_near_the_screen_and_reads_like_an_article() {
    let doc = book();
    let all = blocks(&doc.text);
    let dir = TempDir::new("book");
    let path = dir.0.join("book.close-reader.json");
    std::fs::write(&path, close_reader_core::formats::native::to_json(&doc)).unwrap();

    let app = App::start().await;
    app.open_file(&path).await;
    app.wait_until_within(
        "the book's first screen",
        "document.querySelector('article.windowed mark')",
        std::time::Duration::from_secs(60),
    )
    .await;
    let few = all.len() / 20;
    assert!(
        paragraphs(&app).await < few,
        "a few of the {} paragraphs are in the page",
        all.len()
    );

    // Scrolling to the end brings the last paragraph; the page holds no more than before.
    let last = all.last().unwrap().span.start();
    app.js(
        "scrollTo(0, document.documentElement.scrollHeight);",
        vec![],
    )
    .await;
    app.wait_until(
        "the last paragraph",
        &format!(
            "(() => {{ scrollTo(0, document.documentElement.scrollHeight); const p = document.querySelector('p[data-start=\"{last}\"]'); return p && p.getBoundingClientRect().top < innerHeight; }})()"
        ),
    )
    .await;
    assert!(paragraphs(&app).await < few);

    // The side panel's last entry leads to its highlight.
    app.js("scrollTo(0, 0);", vec![]).await;
    app.js(
        "const p = document.querySelector('.side-panel'); p.scrollTop = p.scrollHeight;",
        vec![],
    )
    .await;
    let id = doc.annotations().last().unwrap().id.clone();
    let entry = format!("[data-entry=\"{id}\"]");
    app.wait_for(&entry).await;
    app.js(
        &format!("document.querySelector('{entry}').click();"),
        vec![],
    )
    .await;
    let in_view = |id: &str| {
        format!("(() => {{ const m = [...document.querySelectorAll('article mark')].find(m => m.dataset.ids.split(' ').includes('{id}')); if (!m) return false; const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }})()")
    };
    app.wait_until("the last span in view", &in_view(&id)).await;

    // A search for the last paragraph's word, from the top (the Home key, at once: the app stops
    // keeping the span in view when the user moves): the match is in the page and in view.
    app.keys("\u{e011}").await;
    app.wait_until("back at the top", "scrollY === 0").await;
    let input = app.wait_for("#search").await;
    input.click().await.unwrap();
    input.send_keys(LAST_WORD).await.unwrap();
    app.wait_until(
        "the match, painted and in view",
        "(() => { const h = CSS.highlights.get('search-current'); if (!h || h.size !== 1) return false; const r = [...h][0]; const b = r.getBoundingClientRect(); return r.toString() === 'Zyzzyva' && b.top >= 0 && b.bottom <= innerHeight; })()",
    )
    .await;
    // Marking it makes a span there, as anywhere.
    app.click("Mark as Claim").await;
    let new_id = format!("a{}", doc.annotations().len() + 1);
    app.wait_until("the new span far in the book", &in_view(&new_id))
        .await;

    // The keyboard cursor: Tab to the article, → selects the next word from the first one on screen.
    app.js("document.querySelector('article').focus();", vec![])
        .await;
    app.keys("\u{e014}").await;
    app.wait_until(
        "a word selected by the cursor",
        "getSelection().toString().trim().length > 0 && document.querySelector('article').contains(getSelection().anchorNode)",
    )
    .await;

    // Printing: the page says why it does not print the book, rather than print a part of it.
    app.cdp("Emulation.setEmulatedMedia", json!({"media": "print"}))
        .await;
    let printed = app
        .js(
            "const a = document.querySelector('article'); const c = getComputedStyle(a, '::before').content; return [getComputedStyle(a.querySelector('.groups')).display, c.includes('attr(') ? a.dataset.printNote : c];",
            vec![],
        )
        .await;
    assert_eq!(printed[0], json!("none"), "no part of the book on paper");
    assert!(
        printed[1].as_str().unwrap().contains("too long to print"),
        "{printed}"
    );
    app.cdp("Emulation.setEmulatedMedia", json!({"media": ""}))
        .await;

    // The span marked far into the book is saved: downloaded, the file has it at the end.
    app.wait_saved().await;
    app.click("Download").await;
    let file: serde_json::Value = serde_json::from_slice(
        &std::fs::read(app.wait_download(".close-reader.json").await).unwrap(),
    )
    .unwrap();
    let marked = file["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == json!(new_id))
        .expect("the new span in the file");
    assert_eq!(marked["quote"], json!(LAST_WORD));
    app.quit().await;
}
