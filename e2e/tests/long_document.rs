//! A long article with many spans behaves like a short one: the whole article arrives in the page
//! shortly after its first screen, the windowed side panel reaches its last entry and leads to its
//! highlight, and a selection across paragraphs far apart in the article becomes one span.

use e2e::{generate, App, TempDir};

#[tokio::test(flavor = "multi_thread")]
async fn a_long_article_is_whole_navigable_and_selectable() {
    let dir = TempDir::new("long");
    let path = dir.0.join("long.close-reader.json");
    let doc = generate::document(30_000, 3_000);
    std::fs::write(&path, close_reader_core::formats::native::to_json(&doc)).unwrap();
    let paragraphs = close_reader_core::model::blocks::blocks(&doc.text).len();

    let app = App::start().await;
    app.open_file(&path).await;
    app.wait_for("article[data-doc] mark").await;
    app.wait_until(
        "every paragraph in the page",
        &format!("document.querySelectorAll('article p[data-start]').length === {paragraphs} && !document.querySelector('article .unmounted')"),
    )
    .await;
    assert!(app.count("article mark").await > 3_000 / 2);

    // The list renders a window of entries, but is as long as all of them.
    let rendered = app.count(".ann-list li").await;
    assert!(
        rendered < 200,
        "only the entries near the viewport are rendered ({rendered})"
    );
    app.js(
        "const p = document.querySelector('.side-panel'); p.scrollTop = p.scrollHeight;",
        vec![],
    )
    .await;
    let last = doc.annotations().last().unwrap().id.clone();
    app.wait_until(
        "the last entry",
        &format!("!!document.querySelector('[data-entry=\"{last}\"]')"),
    )
    .await;
    app.js(
        &format!("document.querySelector('[data-entry=\"{last}\"]').click();"),
        vec![],
    )
    .await;
    app.wait_until(
        "the article scrolled to it",
        &format!(
            "(() => {{ const m = [...document.querySelectorAll('article mark')].find(m => m.dataset.ids.split(' ').includes('{last}')); if (!m) return false; const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }})()"
        ),
    )
    .await;

    // A selection from the end of paragraph 30 to the start of paragraph 60 (another group).
    let (first, second) = {
        let b = close_reader_core::model::blocks::blocks(&doc.text);
        (b[30].span, b[60].span)
    };
    let before = app.spans().await.len();
    app.js(
        &format!(
            "const a = document.querySelector('p[data-start=\"{}\"]'), b = document.querySelector('p[data-start=\"{}\"]');
             const r = document.createRange(); r.setStart(a.lastElementChild.firstChild, 0); r.setEnd(b.firstElementChild.firstChild, 3);
             getSelection().removeAllRanges(); getSelection().addRange(r); a.scrollIntoView({{block: 'center'}});",
            first.start(),
            second.start()
        ),
        vec![],
    )
    .await;
    app.wait_for(".label-toolbar").await;
    app.keys("s").await;
    let id = format!("a{}", doc.annotations().len() + 1);
    let in_paragraph = |start: usize| {
        format!("[...document.querySelectorAll('p[data-start=\"{start}\"] mark')].some(m => m.dataset.ids.split(' ').includes('{id}'))")
    };
    app.wait_until(
        "the new span in both paragraphs",
        &format!(
            "{} && {}",
            in_paragraph(first.start()),
            in_paragraph(second.start())
        ),
    )
    .await;
    assert_eq!(app.spans().await.len(), before + 1);
    app.quit().await;
}
