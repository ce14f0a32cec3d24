//! The journeys that prove the app in every browser engine: run in whichever `CLOSE_READER_ENGINE`
//! names (Chromium, Firefox or WebKit; `cargo xtask test` runs all three). A session pasted, marked by
//! keys with overlaps, noted, undone, reloaded, downloaded and reopened byte for byte; the one-file
//! build from `file://`; an assignment link; the compare view with a few files; a screenshot of the
//! annotate view per engine; and, with each optional API the app uses taken away, its fallback.

use std::io::Write;
use std::path::PathBuf;

use close_reader_core::formats::{assignment_link, native};
use close_reader_core::{Annotation, Document, Span};
use e2e::agreement::{expected_table, table};
use e2e::thirtyfour::prelude::*;
use e2e::{App, TempDir};
use serde_json::json;

/// Emoji, a right-to-left paragraph, CRLF, a tab, a combining accent and a no-break space: offsets
/// and exact text are where engines differ.
const TEXT: &str = "Officials said the bridge will cost €40 million 😀 by 2027.\r\n\r\nقال الوزير إن المشروع سيكتمل قريبا.\r\n\tCritics reportedly doubt the café\u{301} figures\u{a0}entirely.";

#[tokio::test(flavor = "multi_thread")]
async fn a_session_is_kept_through_reload_download_and_reopen() {
    let app = App::start().await;
    app.new_article("Bridge costs", TEXT).await;

    // Keys: a claim, a source, and a hedge inside the claim (an overlap); Arabic too.
    app.select_text("the bridge will cost €40 million", 0).await;
    app.keys("c").await;
    app.select_text("Officials", 0).await;
    app.keys("s").await;
    app.select_text("reportedly", 0).await;
    app.keys("h").await;
    app.select_text("will cost", 0).await;
    app.keys("3").await;
    app.select_text("الوزير", 0).await;
    app.keys("1").await;
    app.wait_until(
        "five spans",
        "new Set([...document.querySelectorAll('article mark')].flatMap(m => m.dataset.ids.split(' '))).size === 5",
    )
    .await;
    let quotes: Vec<String> = app.spans().await.into_iter().map(|(_, q)| q).collect();
    for expected in [
        "the bridge will cost €40 million",
        "Officials",
        "reportedly",
        "will cost",
        "الوزير",
    ] {
        assert!(
            quotes.iter().any(|q| q == expected),
            "{expected:?} in {quotes:?}"
        );
    }
    assert!(
        app.marks()
            .await
            .iter()
            .any(|(labels, _, text)| labels == "claim hedge" && text == "will cost"),
        "the hedge inside the claim shares a highlight with it"
    );

    // A note on the source, undone and redone.
    app.click_css("mark[data-labels='source']").await;
    app.wait_for(".span-editor textarea")
        .await
        .send_keys("Which officials?")
        .await
        .unwrap();
    app.click("Undo").await;
    app.wait_until(
        "the note undone",
        "!document.querySelector('.span-editor textarea') || document.querySelector('.span-editor textarea').value === ''",
    )
    .await;
    app.click("Redo").await;
    app.wait_until(
        "the note redone",
        "document.querySelector('.note-preview')?.textContent.includes('Which officials?')",
    )
    .await;

    // Delete by key, and Ctrl+Z brings the span back.
    app.click_css("mark[data-labels='hedge']").await;
    app.keys("\u{E017}").await; // Delete
    app.wait_until(
        "the hedge deleted",
        "!document.querySelector(\"mark[data-labels='hedge']\")",
    )
    .await;
    app.ctrl("z").await;
    app.wait_for("mark[data-labels='hedge']").await;

    let before = app.spans().await;
    app.wait_saved().await;
    app.reload().await;
    app.wait_for("article[data-doc] mark").await;
    assert_eq!(app.spans().await, before, "the reload restores every span");
    app.wait_until(
        "the note after the reload",
        "[...document.querySelectorAll('.entry')].some(e => e.textContent.includes('Which officials?'))",
    )
    .await;
    app.screenshot(&xtask::root().join(format!(
        "docs/screenshots/engine-{}.png",
        e2e::engine().name()
    )))
    .await;

    app.click("Download").await;
    let keep = TempDir::new("keep");
    let file = keep.0.join("bridge-costs.close-reader.json");
    std::fs::copy(
        app.wait_download("bridge-costs.close-reader.json").await,
        &file,
    )
    .unwrap();
    let first = std::fs::read(&file).unwrap();
    let parsed = native::from_bytes(&first).expect("a valid file");
    assert_eq!(parsed.text.as_str(), TEXT, "the text is kept exactly");
    assert_eq!(parsed.annotations().len(), 5);
    app.quit().await;

    // A fresh profile opens the file and downloads the same bytes.
    let other = App::start().await;
    other.open_file(&file).await;
    other.wait_for("article[data-doc] mark").await;
    assert_eq!(other.spans().await, before);
    other.click("Download").await;
    let again = std::fs::read(other.wait_download(".close-reader.json").await).unwrap();
    assert_eq!(
        String::from_utf8(again).unwrap(),
        String::from_utf8(first).unwrap(),
        "the file reopened downloads byte for byte the same"
    );
    other.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_one_file_build_works_from_a_file_url() {
    let stick = TempDir::new("usb");
    let page = stick.0.join("close-reader.html");
    std::fs::copy(e2e::dist_dir().join("close-reader.html"), &page)
        .expect("dist/close-reader.html: run `cargo xtask dist`");
    let url = format!("file://{}", page.display());

    let app = App::launch(&url, 1280, 900).await;
    app.goto(&url).await;
    let csp = app
        .js(
            "return document.querySelector('meta[http-equiv=Content-Security-Policy]').content;",
            vec![],
        )
        .await;
    assert!(
        csp.as_str().unwrap().contains("connect-src 'none'"),
        "the page may fetch nothing: {csp}"
    );
    app.click("Try the sample article").await;
    app.wait_for("article[data-doc] p[data-start]").await;
    app.select_text("almost certainly", 0).await;
    app.keys("h").await;
    app.select_text("Councillor Maya Okafor", 0).await;
    app.keys("s").await;
    app.wait_until(
        "two marks",
        "document.querySelectorAll('article mark').length === 2",
    )
    .await;
    let spans = app.spans().await;
    app.wait_saved().await;

    // Opened again, as a double-click on the file would: the work is there.
    app.reload().await;
    app.wait_for("article[data-doc] mark").await;
    assert_eq!(app.spans().await, spans, "the saved work comes back");

    app.click("Download").await;
    let file = app.wait_download(".close-reader.json").await;
    let doc = native::from_bytes(&std::fs::read(file).unwrap()).expect("a valid file");
    let quotes: Vec<&str> = doc.annotations().iter().map(|a| doc.quote(a)).collect();
    assert_eq!(quotes, vec!["Councillor Maya Okafor", "almost certainly"]);
    let fetched = app
        .js(
            "return performance.getEntriesByType('resource').map(e => e.name);",
            vec![],
        )
        .await;
    assert_eq!(fetched, json!([]), "the page fetches nothing");
    app.quit().await;
}

const CLASS_TITLE: &str = "Harbour vote";
const CLASS_TEXT: &str = "The council will vote on the harbour plan next week, officials said on Monday.\n\nAccording to the port authority, the new quay could bring 300 jobs to the town. Critics reportedly doubt that estimate.";

#[tokio::test(flavor = "multi_thread")]
async fn an_assignment_link_opens_for_a_student_who_hands_in() {
    let teacher = App::start().await;
    teacher.new_article(CLASS_TITLE, CLASS_TEXT).await;
    teacher.click("Export").await;
    teacher.click("Share as an assignment…").await;
    teacher
        .wait_for(".assignment-dialog textarea")
        .await
        .send_keys("Mark who says so.")
        .await
        .unwrap();
    teacher
        .driver
        .find(By::XPath("//label[contains(., 'Require a name')]/input"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    teacher.click("Make link").await;
    let link = teacher
        .wait_for("input[aria-label='Assignment link']")
        .await
        .value()
        .await
        .unwrap()
        .unwrap();
    assert!(link.contains("#assignment="), "{link}");
    teacher.quit().await;

    // A student in a browser that has never seen the app.
    let student = App::launch(&e2e::app_url(), 1280, 900).await;
    student.goto(&link).await;
    student.give_name("Ana Lima").await;
    assert_eq!(
        student.texts(".assignment-strip .instructions").await,
        ["Mark who says so."]
    );
    student.select_text("officials said", 0).await;
    student.keys("s").await;
    student.wait_saved().await;
    student.click("Download").await;
    let handed_in = student.wait_download(".close-reader.json").await;
    let d = native::from_bytes(&std::fs::read(&handed_in).unwrap()).unwrap();
    assert_eq!(d.annotator.as_deref(), Some("Ana Lima"));
    assert_eq!(d.annotations().len(), 1);
    assert!(
        d.assignment.is_some(),
        "the file says which assignment it answers"
    );
    student.quit().await;
}

/// A copy of the class article with `spans` (label, quote) by `annotator`.
fn class_doc(annotator: &str, spans: &[(&str, &str)]) -> Document {
    let mut d = Document::new(CLASS_TITLE, CLASS_TEXT, None);
    d.annotator = Some(annotator.to_string());
    for (i, (label, needle)) in spans.iter().enumerate() {
        let byte = CLASS_TEXT.find(needle).expect("the quote is in the text");
        let start = CLASS_TEXT[..byte].chars().count();
        let span = Span::new(start, start + needle.chars().count()).unwrap();
        d.insert(Annotation::new(
            &format!("a{}", i + 1),
            label,
            span,
            "2026-12-07T10:00:00Z",
        ))
        .unwrap();
    }
    d
}

#[tokio::test(flavor = "multi_thread")]
async fn a_few_students_files_are_compared_against_a_key() {
    let key = class_doc(
        "Ms Okafor",
        &[
            (
                "claim",
                "The council will vote on the harbour plan next week",
            ),
            ("source", "officials said"),
            ("source", "the port authority"),
            ("claim", "the new quay could bring 300 jobs to the town"),
            ("hedge", "reportedly"),
        ],
    );
    let students = [
        class_doc(
            "Ana",
            &[
                (
                    "claim",
                    "The council will vote on the harbour plan next week",
                ),
                ("source", "officials said"),
            ],
        ),
        class_doc(
            "Ben",
            &[
                ("claim", "The council will vote on the harbour plan"),
                ("hedge", "reportedly"),
            ],
        ),
        class_doc(
            "Chloe",
            &[
                ("claim", "the new quay could bring 300 jobs"),
                ("source", "the port authority"),
            ],
        ),
    ];
    let dir = TempDir::new("class");
    let write = |name: &str, d: &Document| -> PathBuf {
        let p = dir.0.join(name);
        std::fs::write(&p, native::to_json(d)).unwrap();
        p
    };
    let key_file = write("key.close-reader.json", &key);
    let files: Vec<PathBuf> = students
        .iter()
        .map(|d| {
            let name = d.annotator.clone().unwrap().to_lowercase();
            write(&format!("{name}.close-reader.json"), d)
        })
        .collect();

    let app = App::start().await;
    app.open_file(&key_file).await;
    app.wait_for("article mark").await;
    app.wait_saved().await;
    app.click("← Library").await;
    app.wait_for(".doc-list").await;
    app.open_compare(CLASS_TITLE).await;
    app.add_compare_files(&files).await;
    app.wait_until(
        "four files read",
        "document.querySelectorAll('.entry-files > li').length === 4 && !document.querySelector('.progress')",
    )
    .await;
    let named: Vec<(&str, Document)> = ["Ana", "Ben", "Chloe"]
        .into_iter()
        .zip(students.iter().cloned())
        .collect();
    assert_eq!(table(&app).await, expected_table(&key, &named, "claim"));
    app.select_option("Label", "Source").await;
    app.wait_until(
        "the source table",
        "document.querySelector('.agreement h2').textContent.includes('Source')",
    )
    .await;
    assert_eq!(table(&app).await, expected_table(&key, &named, "source"));
    app.quit().await;
}

/// Which of the optional APIs a page has, by name (a JavaScript expression).
const OPTIONAL_APIS: &str = "({
  'Intl.Segmenter': typeof Intl.Segmenter === 'function',
  'CSS Custom Highlight API': typeof CSS.highlights === 'object' && typeof Highlight === 'function',
  'CompressionStream': typeof CompressionStream === 'function',
  'DecompressionStream': typeof DecompressionStream === 'function',
  'BroadcastChannel': typeof BroadcastChannel === 'function',
})";

/// Run first in the page (see `e2e::dist_copy_running_first`): takes away every optional API the
/// app uses, so that its fallbacks run whether or not this engine has them, and writes what the
/// page's own scripts then see into `data-optional-apis`: a test's script may not see what the page
/// changed (in Firefox it sees `Intl.Segmenter` still, through the wrapper it gets of the page).
fn take_the_optional_apis_away() -> String {
    format!(
        "delete Intl.Segmenter;
Object.defineProperty(CSS, 'highlights', {{ value: undefined, configurable: true }});
delete window.Highlight;
delete window.CompressionStream;
delete window.DecompressionStream;
delete window.BroadcastChannel;
document.documentElement.dataset.optionalApis = JSON.stringify({OPTIONAL_APIS});
"
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn without_each_optional_api_the_app_falls_back() {
    let app = App::start().await;
    let native_apis = app.js(&format!("return {OPTIONAL_APIS};"), vec![]).await;
    // In the run's output: which of them this engine has of its own (all fallbacks below are
    // proven in every engine, with or without them).
    println!("{} has: {native_apis}", e2e::engine().name());

    let built = xtask::build::dist_dir();
    let bare = e2e::dist_copy_running_first(&built, "bare", &take_the_optional_apis_away());
    let base = xtask::serve::start(bare.0.clone(), "/", 0).expect("static server");
    app.goto(&base).await;
    let apis = app
        .js(
            "return JSON.parse(document.documentElement.dataset.optionalApis);",
            vec![],
        )
        .await;
    assert_eq!(
        apis,
        json!({"Intl.Segmenter": false, "CSS Custom Highlight API": false, "CompressionStream": false,
               "DecompressionStream": false, "BroadcastChannel": false}),
        "the page runs without the optional APIs"
    );
    app.new_article(CLASS_TITLE, CLASS_TEXT).await;

    // Without Intl.Segmenter the core's own word boundaries snap a selection to whole words.
    app.select_text("ouncil will vo", 0).await;
    app.keys("c").await;
    app.wait_for("mark[data-labels='claim']").await;
    assert_eq!(app.spans().await[0].1, "council will vote");

    // Without the Custom Highlight API search still counts, steps and marks its matches; only
    // their painting is gone.
    app.keys("/").await;
    app.wait_until(
        "the search box has focus",
        "document.activeElement?.id === 'search'",
    )
    .await;
    app.keys("the").await;
    app.wait_until(
        "a count",
        "document.querySelector('.search-count')?.textContent.includes('of')",
    )
    .await;
    let count = app.texts(".search-count").await.join("");
    assert!(count.starts_with("1 of "), "{count}");
    app.keys("\u{E007}").await; // Enter: the next match
    app.wait_until(
        "the second match",
        "document.querySelector('.search-count').textContent.startsWith('2 of')",
    )
    .await;
    app.click("Mark as Source").await;
    app.wait_for("mark[data-labels='source']").await;

    // Without CompressionStream a link cannot be made: the dialog says so and offers the file.
    app.click("Export").await;
    app.click("Share as an assignment…").await;
    app.click("Make link").await;
    let why = app
        .wait_for(".assignment-dialog .error")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        why.contains("This browser cannot make links (it has no CompressionStream); share the assignment file instead."),
        "{why}"
    );
    app.click("Download assignment file").await;
    let file = app.wait_download(".assignment.close-reader.json").await;
    assert!(native::from_bytes(&std::fs::read(file).unwrap())
        .unwrap()
        .assignment
        .is_some());

    // Without DecompressionStream a link cannot be opened: a message says why, nothing changes.
    let mut assigned = Document::new("Bakery closes", "The bakery closes, its owner said.", None);
    assigned.assignment = Some(close_reader_core::model::classroom::Assignment {
        instructions: "Find the sources.".into(),
        hide_suggestions: false,
        require_name: false,
        rubric: None,
    });
    let mut deflate = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    deflate
        .write_all(assignment_link::assignment_file(&assigned).as_bytes())
        .unwrap();
    let code = assignment_link::base64url_encode(&deflate.finish().unwrap());
    app.goto(&format!("{base}#assignment={code}")).await;
    let notice = app
        .notice_containing("The assignment link could not be opened")
        .await;
    assert!(
        notice.contains("it has no DecompressionStream") && notice.contains("Nothing was changed"),
        "{notice}"
    );
    app.wait_for("mark[data-labels='claim']").await;
    assert_eq!(
        app.texts(".doc-title").await,
        [CLASS_TITLE],
        "the work open before stays"
    );
    // Without BroadcastChannel all of the above ran and was saved as in a single tab; what is lost
    // is only the warning when a second tab opens the same document (no fallback: see README).
    app.quit().await;
}
