//! The page follows the system's preferences: a dark theme under `prefers-color-scheme: dark` whose
//! text, highlights and compare view stay readable (axe's contrast check), and no motion under
//! `prefers-reduced-motion: reduce` (the jump to a span is instant and its flash does not animate).

use e2e::axe::{audit, check};
use e2e::thirtyfour::prelude::*;
use e2e::{App, TempDir};
use serde_json::json;

const TITLE: &str = "Harbour wall";

/// A long article, so that its last paragraph lies far below the first screen.
fn article() -> String {
    let mut t =
        String::from("Ministers said the new harbour wall will cost about £42 million.\n\n");
    for i in 0..40 {
        if i == 30 {
            t.push_str("Engineers say the wall could open in 2029, according to the union.\n\n");
        }
        t.push_str(&format!(
            "Paragraph {i}: residents reportedly worry about the works, and the council has not said when they end.\n\n"
        ));
    }
    t
}

async fn emulate(app: &App, name: &str, value: &str) {
    app.cdp(
        "Emulation.setEmulatedMedia",
        json!({ "features": [{ "name": name, "value": value }] }),
    )
    .await;
    app.wait_until(
        &format!("{name}: {value}"),
        &format!("matchMedia('({name}: {value})').matches"),
    )
    .await;
}

/// WCAG's contrast ratio between the computed text colour and the page's background colour.
async fn body_colours(app: &App) -> (f64, f64) {
    let v = app
        .js(
            r#"const lum = c => { const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
                 .map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
               const s = getComputedStyle(document.body); const bg = lum(s.backgroundColor), fg = lum(s.color);
               return [bg, (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05)];"#,
            vec![],
        )
        .await;
    (v[0].as_f64().unwrap(), v[1].as_f64().unwrap())
}

async fn annotate(app: &App) {
    app.new_article(TITLE, &article()).await;
    app.select_text("will cost about £42 million", 0).await;
    app.keys("c").await;
    app.select_text("Ministers", 0).await;
    app.keys("s").await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    app.select_text("could open in 2029", 0).await;
    app.keys("c").await;
    app.wait_until(
        "four spans",
        "document.querySelectorAll('article mark').length >= 4",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_dark_theme_is_dark_and_readable_on_every_screen_it_colours() {
    let app = App::start().await;
    let (light_bg, light_ratio) = body_colours(&app).await;
    assert!(
        light_bg > 0.8,
        "the light theme's paper is light ({light_bg})"
    );
    emulate(&app, "prefers-color-scheme", "dark").await;
    let (bg, ratio) = body_colours(&app).await;
    assert!(bg < 0.05, "the dark theme's paper is dark (luminance {bg})");
    assert!(
        ratio >= 7.0,
        "body text contrast {ratio:.1}:1 (light: {light_ratio:.1}:1)"
    );
    let mut problems = audit(&app, "dark start").await;

    annotate(&app).await;
    app.driver
        .find(By::Css("mark[data-labels~=claim]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_for(".span-editor").await;
    app.js("scrollTo(0, 0);", vec![]).await;
    app.screenshot(&xtask::root().join("docs/screenshots/annotate-dark.png"))
        .await;
    problems.extend(audit(&app, "dark annotate").await);
    let field = app
        .js(
            "return getComputedStyle(document.querySelector('.span-editor')).backgroundColor;",
            vec![],
        )
        .await;
    assert_ne!(
        field,
        json!("rgb(255, 255, 255)"),
        "the span editor is not a white box"
    );

    app.click("Labels…").await;
    app.wait_for(".label-editor").await;
    problems.extend(audit(&app, "dark label editor").await);
    app.keys("\u{e00c}").await;
    app.wait_until("closed", "!document.querySelector('.label-editor')")
        .await;

    // The compare view with one student's copy: every span at the strongest heat.
    app.wait_saved().await;
    app.click("Download").await;
    let keep = TempDir::new("themes");
    let file = keep.0.join("student.close-reader.json");
    std::fs::copy(app.wait_download(".close-reader.json").await, &file).unwrap();
    app.click("← Library").await;
    app.open_compare(TITLE).await;
    app.add_compare_files(&[&file]).await;
    app.wait_for(".compare-screen mark.heat.h5").await;
    problems.extend(audit(&app, "dark compare view").await);
    app.screenshot(&xtask::root().join("target/screenshot-review/compare-dark.png"))
        .await;
    check(problems);

    emulate(&app, "prefers-color-scheme", "light").await;
    assert!(body_colours(&app).await.0 > 0.8, "back to light");
    app.quit().await;
}

/// Clicks the side panel's entry for the last span and returns, once its highlight flashes, the
/// highlight's distance from the viewport's middle then and 300 ms later, and its running animations.
async fn jump_to_last(app: &App) -> (f64, f64, u64) {
    app.js("scrollTo(0, 0);", vec![]).await;
    let id = app
        .js(
            "const e = document.querySelectorAll('ol.ann-list button[data-entry]'); return e[e.length - 1].dataset.entry;",
            vec![],
        )
        .await;
    let id = id.as_str().unwrap().to_string();
    let target = format!("article mark[data-ids~='{id}']");
    let flash =
        format!("(document.querySelector(\"{target}\").className.match(/flash-[01]/) || [''])[0]");
    let before = app.js(&format!("return {flash};"), vec![]).await;
    app.wait_for(&format!("ol.ann-list button[data-entry='{id}']"))
        .await
        .click()
        .await
        .unwrap();
    app.wait_until("it flashes", &format!("{flash} && {flash} !== {before}"))
        .await;
    let probe = format!(
        "const m = document.querySelector(\"{target}\"); const r = m.getBoundingClientRect();
         return [Math.abs((r.top + r.bottom) / 2 - innerHeight / 2), m.getAnimations().length];"
    );
    let first = app.js(&probe, vec![]).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let later = app.js(&probe, vec![]).await;
    (
        first[0].as_f64().unwrap(),
        later[0].as_f64().unwrap(),
        first[1].as_u64().unwrap(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn reduced_motion_makes_the_jump_to_a_span_instant_and_stills_its_flash() {
    let app = App::start().await;
    annotate(&app).await;

    let (_, settled, animations) = jump_to_last(&app).await;
    assert!(
        settled < 60.0,
        "the span is brought to the middle ({settled} px off)"
    );
    assert!(
        animations > 0,
        "without the preference the highlight flashes"
    );

    emulate(&app, "prefers-reduced-motion", "reduce").await;
    let (first, later, animations) = jump_to_last(&app).await;
    assert!(
        first < 60.0 && (first - later).abs() < 1.0,
        "the page is already there when the highlight flashes ({first} px off, then {later})"
    );
    assert_eq!(animations, 0, "no flash animation under reduced motion");
    let outlined = app
        .js(
            "return getComputedStyle(document.querySelector('article mark[class*=flash-]')).boxShadow;",
            vec![],
        )
        .await;
    assert_ne!(
        outlined,
        json!("none"),
        "the span is still marked, without motion"
    );
    app.quit().await;
}
