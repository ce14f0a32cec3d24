//! A teacher's class set is kept in the browser: collected files, key, label and view come back
//! after a reload (the page returns to the comparison), the library lists the set with its size,
//! removing it can be undone, and a full storage says so and loses nothing kept before.

use std::path::{Path, PathBuf};

use close_reader_core::formats::native;
use close_reader_core::{Annotation, Document, Span};
use e2e::{App, TempDir};
use serde_json::json;

const TITLE: &str = "Tram extension";
const TEXT: &str = "The city will extend the tram line to the airport by 2029, the mayor said on Friday.\n\nAccording to the transport office, the extension could carry 9,000 riders a day. Engineers reportedly doubt that figure.\n\n“The tunnel is likely to cost more,” said Ines Brandt, a planner. Shop owners say the works will hurt trade.";

fn at(needle: &str) -> (usize, usize) {
    let byte = TEXT.find(needle).expect("in the text");
    let start = TEXT[..byte].chars().count();
    (start, start + needle.chars().count())
}

fn doc(annotator: &str, spans: &[(&str, &str)]) -> Document {
    let mut d = Document::new(TITLE, TEXT, None);
    d.annotator = Some(annotator.to_string());
    for (i, (label, needle)) in spans.iter().enumerate() {
        let (s, e) = at(needle);
        let span = Span::new(s, e).unwrap();
        d.insert(Annotation::new(
            &format!("a{i}"),
            label,
            span,
            "2026-12-07T10:00:00Z",
        ))
        .unwrap();
    }
    d
}

fn write(dir: &Path, name: &str, d: &Document) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, native::to_json(d)).unwrap();
    p
}

/// The teacher's article (with their key) saved in the library, and three students' files.
fn class(dir: &Path) -> (PathBuf, Vec<PathBuf>) {
    let key = doc(
        "Mr Alvarez",
        &[
            (
                "claim",
                "The city will extend the tram line to the airport by 2029",
            ),
            ("source", "the mayor said"),
            ("source", "the transport office"),
            ("hedge", "reportedly"),
            ("hedge", "likely"),
        ],
    );
    let students = [
        doc(
            "Ana",
            &[
                ("claim", "The city will extend the tram line"),
                ("source", "the mayor said"),
            ],
        ),
        doc(
            "Ben",
            &[("source", "the transport office"), ("hedge", "reportedly")],
        ),
        doc(
            "Chen",
            &[("hedge", "likely"), ("source", "Ines Brandt, a planner")],
        ),
    ];
    let files = students
        .iter()
        .map(|d| {
            let name = d.annotator.clone().unwrap().to_lowercase();
            write(dir, &format!("{name}.close-reader.json"), d)
        })
        .collect();
    (write(dir, "key.close-reader.json", &key), files)
}

/// The chosen option's text of a select.
async fn chosen(app: &App, label: &str) -> String {
    app.js(
        "const s = document.querySelector(`select[aria-label='${arguments[0]}']`); return s.options[s.selectedIndex].textContent;",
        vec![json!(label)],
    )
    .await
    .as_str()
    .unwrap()
    .to_string()
}

async fn entries(app: &App, n: usize) -> Vec<String> {
    app.wait_until(
        &format!("{n} files in the comparison"),
        &format!("document.querySelectorAll('.entry-files > li').length === {n} && !document.querySelector('.progress')"),
    )
    .await;
    app.texts(".entry-files > li .who").await
}

async fn kept(app: &App) -> String {
    app.wait_until(
        "the class set kept",
        "document.querySelector('.compare-files .kept') && document.querySelector('.compare-files .kept').textContent.startsWith('Kept in this browser')",
    )
    .await;
    app.texts(".compare-files .kept").await.remove(0)
}

/// The agreement table's rows, as shown.
async fn table(app: &App) -> Vec<String> {
    app.texts("table.scores:not(.pairwise) tbody tr").await
}

async fn collected(app: &App, key: &Path, files: &[PathBuf]) {
    app.open_file(key).await;
    app.wait_for("article mark").await;
    app.wait_saved().await;
    app.click("← Library").await;
    app.wait_for(".doc-list").await;
    app.open_compare(TITLE).await;
    app.add_compare_files(files).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_class_set_comes_back_after_a_reload_and_its_removal_can_be_undone() {
    let dir = TempDir::new("class-set");
    let (key, files) = class(&dir.0);
    let app = App::start().await;
    collected(&app, &key, &files).await;
    assert_eq!(entries(&app, 4).await, ["Mr Alvarez", "Ana", "Ben", "Chen"]);
    // The teacher makes Ana's file the key (a test of indices), looks at sources, Chen's feedback.
    app.select_option("Key", "Ana").await;
    app.select_option("Label", "Source").await;
    app.click("Feedback").await;
    app.select_option("Student", "Chen").await;
    app.wait_until(
        "Chen's feedback",
        "document.querySelector('.feedback-head .score') !== null",
    )
    .await;
    let before = table(&app).await;
    let said = kept(&app).await;
    assert!(said.contains("KB") || said.contains("bytes"), "{said}");

    // A reload comes back to the comparison, as it was.
    app.reload().await;
    app.wait_for(".compare-screen").await;
    assert_eq!(entries(&app, 4).await, ["Mr Alvarez", "Ana", "Ben", "Chen"]);
    assert_eq!(chosen(&app, "Key").await, "Ana");
    assert_eq!(chosen(&app, "Label").await, "Source");
    assert_eq!(chosen(&app, "Student").await, "Chen");
    assert_eq!(app.texts(".tab[aria-selected='true']").await, ["Feedback"]);
    assert_eq!(table(&app).await, before, "the same figures");
    kept(&app).await;
    app.screenshot(&xtask::root().join("target/screenshots/class-set-kept.png"))
        .await;

    // A file removed stays removed.
    app.click("Remove Ben").await;
    entries(&app, 3).await;
    app.wait_until(
        "the smaller set kept",
        "document.querySelector('.compare-files .kept') !== null",
    )
    .await;
    // Leave it time to be written (a write follows each change).
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    app.reload().await;
    app.wait_for(".compare-screen").await;
    assert_eq!(entries(&app, 3).await, ["Mr Alvarez", "Ana", "Chen"]);

    // The library lists the set; removing it asks nothing but can be undone.
    app.click("← Library").await;
    app.wait_for(".doc-list").await;
    let line = app.texts(".doc .class-set").await;
    assert_eq!(line.len(), 1, "{line:?}");
    assert!(
        line[0].starts_with("Class set kept: 2 files · "),
        "{line:?}"
    );
    app.screenshot(&xtask::root().join("target/screenshots/class-set-library.png"))
        .await;
    app.click(&format!("Remove the class set of {TITLE}")).await;
    let said = app.notice_containing("Removed the class set").await;
    assert!(said.contains("(2 files)"), "{said}");
    assert_eq!(app.count(".doc .class-set").await, 0);
    app.click("Undo").await;
    app.notice_containing("is back").await;
    app.wait_for(".doc .class-set").await;
    app.click(&format!("Open the class set of {TITLE}")).await;
    app.wait_for(".compare-screen").await;
    assert_eq!(entries(&app, 3).await, ["Mr Alvarez", "Ana", "Chen"]);

    // Removed for good: the comparison starts empty again, and the article is still there.
    app.click("← Library").await;
    app.click(&format!("Remove the class set of {TITLE}")).await;
    app.notice_containing("Removed the class set").await;
    app.reload().await;
    app.wait_for("article mark").await;
    app.click("← Library").await;
    app.wait_for(".doc-list").await;
    app.open_compare(TITLE).await;
    assert_eq!(entries(&app, 1).await, ["Mr Alvarez"]);
    assert_eq!(app.count(".compare-files .kept").await, 0);
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_storage_keeps_the_set_kept_before_and_says_so() {
    let dir = TempDir::new("class-set-full");
    let (key, mut files) = class(&dir.0);
    // Chen wrote a long note: 4 MB of letters that do not compress (the browser compresses what
    // it stores), more than the room this browser gives the page.
    let mut chen = doc("Chen", &[("hedge", "likely")]);
    let mut a = chen.annotations()[0].clone();
    let mut seed = 0x2545_f491_u64;
    a.note = (0..4_000_000)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            char::from(b'a' + (seed % 26) as u8)
        })
        .collect();
    chen.replace(a);
    files[2] = write(&dir.0, "chen.close-reader.json", &chen);
    // Chromium applies a quota to storage opened after it is set: 1.5 MB, before the page opens.
    let base = e2e::app_url();
    let app = App::launch(&base, 1280, 900).await;
    let origin = base.trim_end_matches('/').to_string();
    app.cdp(
        "Storage.overrideQuotaForOrigin",
        json!({ "origin": origin, "quotaSize": 1_500_000 }),
    )
    .await;
    app.goto(&base).await;
    collected(&app, &key, &files[..2]).await;
    entries(&app, 3).await;
    kept(&app).await;

    // Chen's file arrives: it is shown, but cannot be kept, and the page says so.
    app.add_compare_files(&files[2..]).await;
    assert_eq!(entries(&app, 4).await, ["Mr Alvarez", "Ana", "Ben", "Chen"]);
    let said = app.notice_containing("could not be kept").await;
    assert!(said.contains("storage for this page is full"), "{said}");
    app.wait_until(
        "the warning beside the files",
        "document.querySelector('.compare-files .kept.warn') !== null",
    )
    .await;
    app.screenshot(&xtask::root().join("target/screenshots/class-set-full.png"))
        .await;

    // With room again, a reload brings back the set as it was last kept: nothing kept was lost.
    app.cdp(
        "Storage.overrideQuotaForOrigin",
        json!({ "origin": origin }),
    )
    .await;
    app.reload().await;
    app.wait_for(".compare-screen").await;
    assert_eq!(entries(&app, 3).await, ["Mr Alvarez", "Ana", "Ben"]);
    app.quit().await;
}
