//! Nothing injected: the hostile corpus (`e2e/src/hostile.rs`) through every way in (paste,
//! title, source URL, note, label name, opened files of every format, assignment links, a huge
//! paste). A watcher installed before any page script records dialogs and the payloads' marker;
//! each test asserts that nothing ran, that the text is shown literally, and that a document saved
//! before is byte for byte the same afterwards.

use std::io::Write;
use std::time::{Duration, Instant};

use e2e::hostile::{self, Expect, BIDI, DATA_URL, IMG, JS_URL, SCRIPT, SVG, ZERO_WIDTH};
use e2e::{app_url, App, TempDir};
use serde_json::{json, Value};

/// Runs before the app: `alert`, `confirm` and `prompt` record their call instead of opening, and
/// setting the payloads' marker records it too (in sessionStorage, so it survives reloads).
const WATCH_JS: &str = r#"
(() => {
  const ran = what => {
    try {
      const seen = JSON.parse(sessionStorage.getItem('e2e-ran') || '[]');
      seen.push(what);
      sessionStorage.setItem('e2e-ran', JSON.stringify(seen));
    } catch (_) {}
  };
  for (const f of ['alert', 'confirm', 'prompt']) {
    window[f] = (...args) => { ran(`${f}(${args.join(', ')})`); return null; };
  }
  Object.defineProperty(window, '__pwned', { set(v) { ran(`__pwned = ${v}`); }, get() { return undefined; } });
})();
"#;

/// A fresh browser watched from its first page, at `suffix` of the app.
async fn watched(suffix: &str) -> App {
    let app = App::launch(&app_url(), 1280, 900).await;
    app.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": WATCH_JS }),
    )
    .await;
    app.goto(&format!("{}{suffix}", app.base)).await;
    app
}

/// Nothing ran: no dialog, no marker, no element a payload would have brought, no CSP report.
async fn nothing_ran(app: &App, after: &str) {
    let ran = app
        .js(
            "return JSON.parse(sessionStorage.getItem('e2e-ran') || '[]');",
            vec![],
        )
        .await;
    assert_eq!(ran, json!([]), "after {after}: a payload ran");
    let injected = app
        .js(
            "return [...document.querySelectorAll('body script, img, svg, iframe, object, embed, a[href^=javascript i], a[href^=data i]')].map(e => e.outerHTML.slice(0, 80));",
            vec![],
        )
        .await;
    assert_eq!(injected, json!([]), "after {after}: markup was injected");
    assert_eq!(
        app.csp_violations().await,
        Vec::<String>::new(),
        "after {after}"
    );
}

/// Sets a field's value as pasting into it would, and tells the app.
async fn fill(app: &App, css: &str, value: &str) {
    let ok = app
        .js(
            "const e = document.querySelector(arguments[0]); if (!e) return false; e.focus(); e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true})); return true;",
            vec![json!(css), json!(value)],
        )
        .await;
    assert_eq!(ok, json!(true), "no field {css}");
}

/// The paragraphs of the article as the page shows them (textContent, untrimmed).
async fn paragraphs(app: &App) -> Vec<String> {
    let v = app
        .js(
            "return [...document.querySelectorAll('article p[data-start]')].map(p => p.textContent);",
            vec![],
        )
        .await;
    serde_json::from_value(v).unwrap()
}

fn article_paragraphs() -> Vec<String> {
    hostile::article()
        .split("\n\n")
        .map(str::to_string)
        .collect()
}

/// The source link as (href, rel, target), or `None` when the source is not a link.
async fn source_link(app: &App) -> Option<(String, String, String)> {
    let v = app
        .js(
            "const a = document.querySelector('a.source-link'); return a && [a.getAttribute('href'), a.rel, a.target];",
            vec![],
        )
        .await;
    serde_json::from_value(v).unwrap()
}

/// Downloads the open document and returns its bytes (the download folder emptied first).
async fn download(app: &App) -> Vec<u8> {
    for e in std::fs::read_dir(&app.downloads.0).unwrap().flatten() {
        let _ = std::fs::remove_file(e.path());
    }
    app.click("Download").await;
    std::fs::read(app.wait_download(".close-reader.json").await).unwrap()
}

async fn open_doc(app: &App) -> Value {
    app.js(
        "return document.querySelector('article')?.dataset.doc ?? null;",
        vec![],
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn what_a_user_types_or_pastes_is_shown_and_saved_as_text() {
    let app = watched("").await;
    app.wait_for("main.start textarea").await;
    fill(&app, "main.start input[type=text]", &hostile::title()).await;
    let html = format!("<p>{SCRIPT}</p>{IMG}{SVG}<a href=\"{JS_URL}\">x</a>");
    app.paste(&hostile::article(), &html).await;
    // Non-web source URLs are refused, whatever their case or the spaces before them.
    for url in [DATA_URL, "  JavaScript:window.__pwned=1", "vbscript:x"] {
        fill(&app, "main.start input[type=url]", url).await;
        app.click("Start annotating").await;
        let alert = app.alert_containing("source URL").await;
        assert!(alert.contains("http:// or https://"), "{url}: {alert}");
        assert_eq!(open_doc(&app).await, Value::Null, "{url}: nothing opened");
    }
    let web = "https://example.org/a?q=<b>&x=\"y\"";
    fill(&app, "main.start input[type=url]", web).await;
    app.click("Start annotating").await;
    app.wait_for("article[data-doc] p[data-start]").await;

    assert_eq!(app.texts("h1.doc-title").await, [hostile::title()]);
    assert_eq!(paragraphs(&app).await, article_paragraphs());
    assert_eq!(
        source_link(&app).await,
        Some((web.into(), "noopener noreferrer".into(), "_blank".into()))
    );

    // Spans on the payloads, one with markup and invisible characters in its note.
    for (needle, key) in [(SCRIPT, "c"), (IMG, "s"), (BIDI, "h"), (ZERO_WIDTH, "c")] {
        app.select_text(needle, 0).await;
        app.keys(key).await;
    }
    let note = format!("{IMG}\n{BIDI}");
    app.wait_for(".span-editor textarea").await;
    fill(&app, ".span-editor textarea", &note).await;
    app.js("document.activeElement.blur();", vec![]).await;
    app.wait_until(
        "the note in the list",
        &format!(
            "[...document.querySelectorAll('.note-preview')].some(n => n.textContent === {})",
            json!(note.replace('\n', " "))
        ),
    )
    .await;

    // A label named with markup, in the label editor.
    app.keys("\u{e00c}").await;
    app.click("Labels…").await;
    app.wait_for(".label-editor").await;
    fill(&app, ".label-row[data-label='claim'] input.name", IMG).await;
    app.wait_until(
        "the renamed chip",
        &format!(
            "[...document.querySelectorAll('.chip')].some(c => c.textContent.includes({}))",
            json!(IMG)
        ),
    )
    .await;
    app.click("Close the label editor").await;
    app.wait_saved().await;
    nothing_ran(&app, "typing and pasting").await;
    app.screenshot(std::path::Path::new("/tmp/hostile-shots/typed.png"))
        .await;

    // The file holds every string exactly, with code-point offsets that quote the payloads.
    let file: Value = serde_json::from_slice(&download(&app).await).unwrap();
    let text = hostile::article();
    assert_eq!(file["document"]["text"], json!(text));
    assert_eq!(file["document"]["title"], json!(hostile::title()));
    assert_eq!(file["document"]["source_url"], json!(web));
    assert_eq!(file["labels"][0]["name"], json!(IMG));
    let anns = file["annotations"].as_array().unwrap();
    let got: Vec<(u64, u64, &str)> = anns
        .iter()
        .map(|a| {
            (
                a["start"].as_u64().unwrap(),
                a["end"].as_u64().unwrap(),
                a["quote"].as_str().unwrap(),
            )
        })
        .collect();
    let want: Vec<(u64, u64, &str)> = [SCRIPT, IMG, BIDI, ZERO_WIDTH]
        .iter()
        .map(|n| {
            let (s, e) = hostile::find(&text, n);
            (s as u64, e as u64, *n)
        })
        .collect();
    assert_eq!(got, want, "spans at the payloads' code points");
    assert_eq!(anns[3]["note"], json!(note));
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn files_of_every_format_open_as_text_or_are_refused_and_change_nothing() {
    let app = watched("").await;
    app.new_article(
        "Saved before",
        "A plain article that must not change, the minister said.",
    )
    .await;
    app.select_text("the minister", 0).await;
    app.keys("s").await;
    app.wait_for("article mark").await;
    app.wait_saved().await;
    let before = download(&app).await;

    let dir = TempDir::new("hostile");
    for f in hostile::files() {
        let name = f.name;
        let path = dir.0.join(name);
        std::fs::write(&path, &f.bytes).unwrap();
        let doc = open_doc(&app).await;
        app.open_file(&path).await;
        match &f.expect {
            Expect::Opens {
                text,
                title,
                source_url,
            } => {
                app.wait_until(
                    &format!("{name} open, or the conflict dialog"),
                    &format!(
                        "document.querySelector('#conflict-title') || (document.querySelector('h1.doc-title')?.textContent === {} && document.querySelector('article')?.dataset.doc !== {})",
                        json!(title),
                        doc
                    ),
                )
                .await;
                if app.count("#conflict-title").await > 0 {
                    app.click("Keep both").await;
                }
                app.wait_until(
                    &format!("{name} open"),
                    &format!(
                        "document.querySelector('h1.doc-title')?.textContent === {} && document.querySelectorAll('.note-preview').length === 4",
                        json!(title)
                    ),
                )
                .await;
                assert_eq!(paragraphs(&app).await.join("\n\n"), *text, "{name}");
                let link = source_link(&app).await;
                if source_url.trim().starts_with("https://") {
                    assert_eq!(
                        link,
                        Some((
                            source_url.trim().to_string(),
                            "noopener noreferrer".into(),
                            "_blank".into()
                        )),
                        "{name}"
                    );
                } else {
                    assert_eq!(link, None, "{name}: {source_url} is no link");
                }
                assert_eq!(
                    app.texts(".note-preview").await,
                    [
                        format!("{IMG} {ZERO_WIDTH}"),
                        SCRIPT.into(),
                        BIDI.into(),
                        SVG.into()
                    ],
                    "{name}: the notes as text"
                );
            }
            Expect::Refused(says) => {
                let alert = app.alert_containing(says[0]).await;
                for s in says.iter().chain(&[name, "Nothing was changed"]) {
                    assert!(alert.contains(s), "{name}: expected {s:?} in {alert:?}");
                }
                assert_eq!(
                    open_doc(&app).await,
                    doc,
                    "{name}: the same document stays open"
                );
                app.click("Dismiss message").await;
                app.wait_until("no alert", "!document.querySelector('[role=alert]')")
                    .await;
            }
            Expect::Reviewed { first_line } => {
                // A megabyte line: its review takes seconds on a slow two-core machine.
                app.wait_until_within(
                    &format!("{name}: the review"),
                    "document.querySelector('.modal.arrival .shape-preview p[data-start]')",
                    Duration::from_secs(60),
                )
                .await;
                let first = app
                    .js("return document.querySelector('.modal.arrival .shape-preview p[data-start]').textContent;", vec![])
                    .await;
                assert_eq!(
                    first.as_str(),
                    Some(first_line.as_str()),
                    "{name}: the review shows the article"
                );
                use e2e::thirtyfour::prelude::*;
                app.driver
                    .find(By::Css(".modal.arrival .row button:not(.primary)"))
                    .await
                    .unwrap()
                    .click()
                    .await
                    .unwrap();
                app.wait_until(
                    &format!("{name}: review closed"),
                    "!document.querySelector('.modal.arrival')",
                )
                .await;
                assert_eq!(
                    open_doc(&app).await,
                    doc,
                    "{name}: the same document stays open"
                );
            }
            Expect::NewDocument { text, placed } => {
                app.wait_for(".import-review").await;
                app.wait_for(".import-review .row .primary")
                    .await
                    .click()
                    .await
                    .unwrap();
                app.wait_until(
                    &format!("{name} opened as a new document"),
                    &format!(
                        "document.querySelector('article')?.dataset.doc !== {doc} && new Set([...document.querySelectorAll('article mark')].flatMap(m => m.dataset.ids.split(' '))).size === {placed}"
                    ),
                )
                .await;
                assert_eq!(paragraphs(&app).await.join("\n\n"), *text, "{name}");
            }
            Expect::AddsTo { notes, problems } => {
                app.wait_for(".import-review").await;
                assert_eq!(
                    app.count(".import-review .problems li").await,
                    *problems,
                    "{name}"
                );
                let before = app.texts(".note-preview").await.len();
                app.wait_for(".import-review .row .primary")
                    .await
                    .click()
                    .await
                    .unwrap();
                app.wait_until(
                    &format!("{name}'s annotations added"),
                    &format!(
                        "document.querySelectorAll('.note-preview').length === {}",
                        before + notes.iter().filter(|n| !n.is_empty()).count()
                    ),
                )
                .await;
                let shown = app.texts(".note-preview").await;
                for n in notes.iter().filter(|n| !n.is_empty()) {
                    assert!(
                        shown.contains(n),
                        "{name}: {n:?} not shown as text in {shown:?}"
                    );
                }
            }
        }
        nothing_ran(&app, name).await;
    }
    app.screenshot(std::path::Path::new("/tmp/hostile-shots/files.png"))
        .await;

    app.click("← Library").await;
    app.click("Open Saved before").await;
    app.wait_until(
        "the saved document",
        "document.querySelector('h1.doc-title')?.textContent === 'Saved before'",
    )
    .await;
    assert!(
        download(&app).await == before,
        "the document saved before is unchanged"
    );
    nothing_ran(&app, "the library").await;
    app.quit().await;
}

/// Raw deflate, as the browser's `CompressionStream("deflate-raw")` writes it.
fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(bytes).unwrap();
    z.finish().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn assignment_links_open_as_text_or_are_refused() {
    let links = hostile::assignment_links(&deflate);
    let (_, good, _) = &links[0];
    let app = watched(good).await;
    // A student's name is one more way in.
    let name = app.wait_for(".name-prompt input").await;
    name.send_keys(IMG).await.unwrap();
    app.click("Start").await;
    app.wait_until(
        "the name prompt gone",
        "!document.querySelector('.name-prompt')",
    )
    .await;
    assert_eq!(paragraphs(&app).await, article_paragraphs());
    assert_eq!(app.texts("h1.doc-title").await, [hostile::title()]);
    assert_eq!(app.texts("p.instructions").await, [hostile::instructions()]);
    assert_eq!(
        source_link(&app).await,
        None,
        "a javascript: source is no link"
    );
    assert!(
        app.texts("body").await[0].contains(IMG),
        "the student's name is shown as typed"
    );
    app.wait_saved().await;
    nothing_ran(&app, "the assignment link").await;
    let saved = download(&app).await;

    // A link that unpacks to 200 MB is refused without the page giving up.
    let bomb = hostile::fragment(&vec![b' '; 200 << 20], &deflate);
    let refusals = links[1..]
        .iter()
        .map(|(what, f, e)| (*what, f.clone(), e.clone()))
        .chain([(
            "a deflate bomb",
            bomb,
            Expect::Refused(vec!["more than a Close Reader file may hold"]),
        )]);
    for (what, fragment, expect) in refusals {
        let Expect::Refused(says) = expect else {
            unreachable!()
        };
        app.driver.goto("about:blank").await.unwrap();
        let started = Instant::now();
        app.goto(&format!("{}{fragment}", app.base)).await;
        let alert = app
            .alert_containing("assignment link could not be opened")
            .await;
        // The browser percent-encodes what a fragment may not hold, so the code shows "%" there.
        for s in says.iter().filter(|s| !s.contains("character")) {
            assert!(alert.contains(s), "{what}: expected {s:?} in {alert:?}");
        }
        assert!(alert.contains("Nothing was changed"), "{what}: {alert}");
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{what}: took {:?}",
            started.elapsed()
        );
        nothing_ran(&app, what).await;
    }
    // The student's copy is as it was.
    app.goto(&app.base.clone()).await;
    app.wait_for("article[data-doc] p[data-start]").await;
    assert!(
        download(&app).await == saved,
        "the student's copy is unchanged"
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_huge_paste_is_refused_and_a_megabyte_line_opens_with_the_page_responsive() {
    let app = watched("").await;
    app.wait_for("main.start textarea").await;
    fill(&app, "main.start input[type=text]", "Huge").await;
    // 10 MB, built in the page: a paste of 2,000,000 five-letter words.
    let started = Instant::now();
    app.js(
        r#"const t = document.querySelector('textarea'); t.focus();
           const dt = new DataTransfer(); dt.setData('text/plain', 'word '.repeat(2000000));
           t.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));"#,
        vec![],
    )
    .await;
    let alert = app.alert_containing("10,000,000 characters").await;
    assert!(alert.contains("up to 8,000,000"), "{alert}");
    assert_eq!(
        app.js("return document.querySelector('textarea').value;", vec![])
            .await,
        json!(""),
        "nothing was pasted"
    );
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );

    // One line of a megabyte opens, and a word at its end can be marked.
    let line = format!("{}{SCRIPT} end", "lorem ipsum ".repeat((1 << 20) / 12));
    app.js(
        "const t = document.querySelector('textarea'); t.value = ''; t.dispatchEvent(new Event('input', {bubbles: true}));",
        vec![],
    )
    .await;
    let started = Instant::now();
    app.paste(&line, "").await;
    app.click("Start annotating").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    let opened = started.elapsed();
    // Not a timing test: a bound no loaded machine reaches, where the quadratic segmentation of
    // before took minutes (`cargo xtask bench` measures the time).
    assert!(opened < Duration::from_secs(60), "opening took {opened:?}");
    // Marking a word segments its whole paragraph: on a megabyte line that once took minutes (about
    // 3 s now on a busy 2-core machine).
    let started = Instant::now();
    app.select_text(SCRIPT, 0).await;
    app.keys("c").await;
    app.wait_for("article mark").await;
    let marked = started.elapsed();
    assert!(marked < Duration::from_secs(60), "marking took {marked:?}");
    assert_eq!(app.marks().await[0].2, SCRIPT);
    app.wait_saved().await;
    let file: Value = serde_json::from_slice(&download(&app).await).unwrap();
    assert_eq!(file["document"]["text"], json!(line));
    nothing_ran(&app, "the huge paste").await;
    app.quit().await;
}
