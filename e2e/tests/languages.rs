//! The interface in the user's language: a browser that prefers Spanish opens the app in Spanish,
//! the language menu switches to Arabic (laid out right to left, the side panel on the other side)
//! and the choice survives a reload, English comes back, and the one-file build carries the
//! languages from `file://` with nothing fetched. Expected texts are read from the message files.

use e2e::{App, TempDir};
use serde_json::json;

/// The one-line message `id` of `locales/<tag>.ftl`, as the app shows it.
fn message(tag: &str, id: &str) -> String {
    let path = format!("{}/../locales/{tag}.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{path} has no one-line {id}"))
        .to_string()
}

async fn page_language(app: &App) -> (String, String) {
    let v = app
        .js(
            "return [document.documentElement.lang, document.documentElement.dir];",
            vec![],
        )
        .await;
    (
        v[0].as_str().unwrap_or_default().to_string(),
        v[1].as_str().unwrap_or_default().to_string(),
    )
}

async fn start_button(app: &App) -> String {
    app.js(
        "return document.querySelector('.start-form button[type=submit]')?.textContent ?? '';",
        vec![],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

async fn choose_language(app: &App, own_name: &str) {
    let ok = app
        .js(
            "const s = document.querySelector('.language-menu select'); const o = [...s.options].find(o => o.textContent === arguments[0]); if (!o) return false; s.value = o.value; s.dispatchEvent(new Event('change', {bubbles: true})); return true;",
            vec![json!(own_name)],
        )
        .await;
    assert_eq!(ok, json!(true), "no {own_name} in the language menu");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_interface_speaks_the_browsers_language_and_the_one_chosen() {
    let app = App::start_speaking("es-MX,es;q=0.9").await;
    let spanish = message("es", "start-go");
    app.wait_until(
        "the start screen in Spanish",
        &format!(
            "document.querySelector('.start-form button[type=submit]')?.textContent === {}",
            json!(spanish)
        ),
    )
    .await;
    assert_eq!(page_language(&app).await, ("es".into(), "ltr".into()));
    assert_ne!(spanish, message("en", "start-go"), "a translated message");

    choose_language(&app, "العربية").await;
    let arabic = message("ar", "start-go");
    app.wait_until(
        "the start screen in Arabic",
        &format!(
            "document.querySelector('.start-form button[type=submit]')?.textContent === {}",
            json!(arabic)
        ),
    )
    .await;
    assert_eq!(page_language(&app).await, ("ar".into(), "rtl".into()));
    app.screenshot(&xtask::root().join("docs/screenshots/language-ar-start.png"))
        .await;

    // Kept across a reload, whatever the browser prefers.
    app.driver.refresh().await.unwrap();
    app.wait_for(".start-form").await;
    assert_eq!(start_button(&app).await, arabic);
    assert_eq!(page_language(&app).await, ("ar".into(), "rtl".into()));

    // The article keeps its own direction; the interface around it is mirrored.
    app.click_css(".start-other button").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    let sides = app
        .js(
            "const a = document.querySelector('article').getBoundingClientRect(); const p = document.querySelector('.side-panel').getBoundingClientRect(); const para = getComputedStyle(document.querySelector('article p[data-start]')).direction; return [p.right <= a.left + 1, para];",
            vec![],
        )
        .await;
    assert_eq!(
        sides,
        json!([true, "ltr"]),
        "the side panel on the left, the English article left to right"
    );
    app.screenshot(&xtask::root().join("docs/screenshots/language-ar-annotate.png"))
        .await;

    // The library has the menu too: back to English there.
    app.click_css("header.top-bar > button.quiet").await;
    app.wait_for(".library").await;
    choose_language(&app, "English").await;
    app.wait_until(
        "back in English",
        "document.querySelector('.library-head h1')?.textContent === 'Library'",
    )
    .await;
    assert_eq!(page_language(&app).await, ("en".into(), "ltr".into()));
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_one_file_build_carries_every_language() {
    let stick = TempDir::new("usb-languages");
    let page = stick.0.join("close-reader.html");
    std::fs::copy(e2e::dist_dir().join("close-reader.html"), &page)
        .expect("dist/close-reader.html: run `cargo xtask dist`");
    let url = format!("file://{}", page.display());
    let app = App::launch_speaking(&url, 1280, 900, Some("zh-CN,zh")).await;
    app.goto(&url).await;
    let chinese = message("zh-CN", "start-go");
    app.wait_until(
        "the one-file build in Chinese",
        &format!(
            "document.querySelector('.start-form button[type=submit]')?.textContent === {}",
            json!(chinese)
        ),
    )
    .await;
    choose_language(&app, "Français").await;
    let french = message("fr", "start-go");
    app.wait_until(
        "the one-file build in French",
        &format!(
            "document.querySelector('.start-form button[type=submit]')?.textContent === {}",
            json!(french)
        ),
    )
    .await;
    assert!(
        app.csp_violations().await.is_empty(),
        "nothing fetched or blocked"
    );
    app.quit().await;
}

/// The longest words of each language still fit: German's compounds on a phone, Chinese on a desktop,
/// with no sideways scrolling on the start screen, the annotate screen or the library.
#[tokio::test(flavor = "multi_thread")]
async fn each_language_fits_a_phone_and_a_desktop() {
    for (accept, tag, width, height) in [
        ("de-DE,de", "de", 390, 844),
        ("zh-CN,zh", "zh-CN", 1280, 900),
        ("pt-BR,pt", "pt-BR", 390, 844),
    ] {
        let base = e2e::app_url();
        let app = App::launch_speaking(&base, width, height, Some(accept)).await;
        app.goto(&base).await;
        app.wait_until(
            &format!("the start screen in {tag}"),
            &format!(
                "document.documentElement.lang === {} && !!document.querySelector('.start-form')",
                json!(tag)
            ),
        )
        .await;
        let overflow =
            "document.documentElement.scrollWidth - document.documentElement.clientWidth";
        assert_eq!(
            app.js(&format!("return {overflow};"), vec![]).await,
            json!(0),
            "{tag}: the start screen scrolls sideways"
        );
        app.click_css(".start-other button").await;
        app.wait_for("article[data-doc] p[data-start]").await;
        assert_eq!(
            app.js(&format!("return {overflow};"), vec![]).await,
            json!(0),
            "{tag}: the annotate screen scrolls sideways"
        );
        app.screenshot(
            &xtask::root().join(format!("docs/screenshots/language-{tag}-annotate.png")),
        )
        .await;
        app.quit().await;
    }
}

/// On an Arabic keyboard the key printed C types "ؤ": it still marks a claim, as `c` does.
#[tokio::test(flavor = "multi_thread")]
async fn label_keys_work_on_an_arabic_keyboard() {
    let app = App::start_speaking("ar-EG,ar").await;
    app.wait_until(
        "the start screen in Arabic",
        "document.documentElement.dir === 'rtl'",
    )
    .await;
    app.paste("قال الوزير إن الجسر قد يكلف أكثر من المتوقع.", "")
        .await;
    app.click_css(".start-form button[type=submit]").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    app.select_text("الجسر قد يكلف", 0).await;
    app.js(
        "document.querySelector('article').dispatchEvent(new KeyboardEvent('keydown', {key: 'ؤ', code: 'KeyC', bubbles: true}));",
        vec![],
    )
    .await;
    app.wait_for("article mark[data-labels='claim']").await;
    assert_eq!(
        app.spans()
            .await
            .into_iter()
            .map(|(_, q)| q)
            .collect::<Vec<_>>(),
        ["الجسر قد يكلف"]
    );
    app.quit().await;
}
