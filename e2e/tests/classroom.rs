//! The classroom loop in real browsers: a teacher makes an assignment link, a student opens it in
//! a fresh browser, gives their name once, annotates and downloads; the teacher opens five
//! students' files and a key in the compare view, checks the table against the core's numbers,
//! exports the gradebook and reads it back (and checks the command line's gradebook of the same
//! files is the same), sends feedback files, and builds a consensus document.

use std::path::{Path, PathBuf};

use close_reader_core::analysis::agreement::{
    consensus_spans, feedback, gradebook_csv, spans_of, LabelledSpan, Verdict,
};
use close_reader_core::formats::native;
use close_reader_core::{Annotation, Document, Span};
use e2e::agreement::{expected_table, table};
use e2e::thirtyfour::prelude::*;
use e2e::{App, TempDir};
use serde_json::{json, Value};

const TITLE: &str = "Harbour vote";
const TEXT: &str = "The council will vote on the harbour plan next week, officials said on Monday.\n\nAccording to the port authority, the new quay could bring 300 jobs to the town. Critics reportedly doubt that estimate.\n\n“The costs are likely to double,” said Mara Quist, a local engineer. Residents say the plan was rushed.";

/// The code-point span of the `nth` occurrence of `needle` in TEXT.
fn at(needle: &str) -> (usize, usize) {
    let byte = TEXT
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the text"));
    let start = TEXT[..byte].chars().count();
    (start, start + needle.chars().count())
}

fn doc(annotator: &str, spans: &[(&str, &str)]) -> Document {
    let mut d = Document::new(TITLE, TEXT, None);
    d.annotator = Some(annotator.to_string());
    for (i, (label, needle)) in spans.iter().enumerate() {
        let (s, e) = at(needle);
        let a = Annotation::new(
            &format!("a{}", i + 1),
            label,
            Span::new(s, e).unwrap(),
            "2026-11-23T10:00:00Z",
        );
        d.insert(a).unwrap();
    }
    d
}

fn key() -> Document {
    doc(
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
            ("claim", "The costs are likely to double"),
            ("hedge", "likely"),
            ("source", "Mara Quist, a local engineer"),
        ],
    )
}

fn students() -> Vec<Document> {
    vec![
        doc(
            "Ana",
            &[
                (
                    "claim",
                    "The council will vote on the harbour plan next week",
                ),
                ("source", "officials said"),
                ("hedge", "reportedly"),
                ("hedge", "likely"),
            ],
        ),
        doc(
            "Ben",
            &[
                ("claim", "The council will vote on the harbour plan"),
                ("source", "the port authority"),
                ("claim", "Residents say the plan was rushed"),
            ],
        ),
        doc(
            "Chloe",
            &[
                ("claim", "the new quay could bring 300 jobs to the town"),
                ("source", "officials said"),
                ("hedge", "reportedly"),
                ("source", "Mara Quist"),
            ],
        ),
        doc(
            "Dev",
            &[
                ("claim", "the new quay could bring 300 jobs"),
                ("hedge", "could"),
                ("hedge", "reportedly"),
                ("claim", "The costs are likely to double"),
            ],
        ),
        doc(
            "Emma",
            &[
                ("source", "officials said"),
                ("source", "the port authority"),
                ("source", "Mara Quist, a local engineer"),
                ("claim", "The costs are likely to double"),
            ],
        ),
    ]
}

fn write(dir: &Path, name: &str, d: &Document) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, native::to_json(d)).unwrap();
    p
}

async fn banner(app: &App, needle: &str) {
    app.wait_until(
        &format!("a message saying {needle:?}"),
        &format!("[...document.querySelectorAll('.banner-text')].some(e => e.textContent.includes({needle:?}))"),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_assignment_link_opens_for_a_student_who_annotates_and_hands_in() {
    let teacher = App::start().await;
    teacher.new_article(TITLE, TEXT).await;
    teacher.click("Export").await;
    teacher.click("Share as an assignment…").await;
    let instructions = "Mark every claim and who says so.\nDo not use <b>bold</b>.";
    teacher
        .wait_for(".assignment-dialog textarea")
        .await
        .send_keys(instructions)
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
    teacher
        .driver
        .find(By::XPath("//label[contains(., 'Hide suggestions')]/input"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    teacher.click("Download assignment file").await;
    let file = teacher.wait_download(".assignment.close-reader.json").await;
    let json: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(
        json["annotations"],
        json!([]),
        "an assignment carries no answers"
    );
    let opened = native::from_bytes(&std::fs::read(&file).unwrap()).unwrap();
    let a = opened.assignment.expect("the file has its assignment");
    assert_eq!(a.instructions, instructions);
    assert!(a.require_name && a.hide_suggestions);

    teacher.click("Make link").await;
    let link_input = teacher
        .wait_for("input[aria-label='Assignment link']")
        .await;
    let link = link_input.value().await.unwrap().unwrap();
    assert!(link.contains("#assignment="), "{link}");
    assert!(
        link.len() < 4_000,
        "a short article makes a short link: {} characters",
        link.len()
    );
    teacher
        .screenshot(&xtask::root().join("docs/screenshots/assignment-dialog.png"))
        .await;
    teacher.quit().await;

    // A student, in a browser that has never seen the app.
    let student = App::launch(&e2e::app_url(), 1280, 900).await;
    student.goto(&link).await;
    student.wait_for(".name-prompt").await;
    assert_eq!(
        student.count(".name-prompt button[type=button]").await,
        0,
        "the name is required: no Skip"
    );
    student.give_name("Ana Lima").await;
    let shown = student.texts(".assignment-strip .instructions").await;
    assert_eq!(
        shown,
        [instructions],
        "the instructions are shown as text, tags and all"
    );
    assert_eq!(student.count(".assignment-strip b").await, 0);
    assert!(student.texts(".assignment-strip .who").await[0].contains("Annotating as Ana Lima"));
    assert_eq!(
        student.count("[data-suggested]").await,
        0,
        "suggestions are hidden for this assignment"
    );
    let url = student.js("return location.href", vec![]).await;
    assert!(
        !url.as_str().unwrap().contains("#assignment"),
        "the link's data leaves the address bar"
    );

    student.select_text("officials said", 0).await;
    student.keys("s").await;
    student.wait_saved().await;
    student
        .screenshot(&xtask::root().join("docs/screenshots/assignment.png"))
        .await;
    student.click("Download").await;
    let handed_in = student.wait_download(".close-reader.json").await;
    let d = native::from_bytes(&std::fs::read(&handed_in).unwrap()).unwrap();
    assert_eq!(d.annotator.as_deref(), Some("Ana Lima"));
    assert_eq!(d.annotations().len(), 1);
    assert!(
        d.assignment.is_some(),
        "the handed-in file still says which assignment it answers"
    );

    // Opening the link again does not replace the work, and does not ask the name again.
    student.goto(&link).await;
    banner(&student, "your work on it is opened, unchanged").await;
    student.wait_for("article mark").await;
    assert_eq!(student.spans().await.len(), 1);
    assert_eq!(student.count(".name-prompt").await, 0);
    student.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_article_too_long_for_a_link_says_to_share_the_file() {
    let app = App::start().await;
    // Varied words compress poorly: well over the limit of a link.
    let mut text = String::new();
    let mut x: u64 = 7;
    for i in 0..40_000 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let word: String = (0..(3 + (x >> 60) as usize))
            .map(|j| (b'a' + ((x >> (j * 3)) % 26) as u8) as char)
            .collect();
        text.push_str(&word);
        text.push(if i % 15 == 14 { '\n' } else { ' ' });
    }
    app.new_article("Long", &text).await;
    app.click("Export").await;
    app.click("Share as an assignment…").await;
    app.click("Make link").await;
    let msg = app
        .wait_for(".assignment-dialog .error")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        msg.contains("too long to share as a link") && msg.contains("assignment file"),
        "{msg}"
    );
    assert_eq!(app.count("input[aria-label='Assignment link']").await, 0);
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn five_students_and_a_key_are_compared_graded_fed_back_and_merged() {
    let dir = TempDir::new("class");
    let key = key();
    let key_file = write(&dir.0, "key.close-reader.json", &key);
    let studs = students();
    let mut paths: Vec<PathBuf> = studs
        .iter()
        .map(|d| {
            write(
                &dir.0,
                &format!(
                    "{}.close-reader.json",
                    d.annotator.clone().unwrap().to_lowercase()
                ),
                d,
            )
        })
        .collect();
    // Emma's copy of the article has a corrected typo and an extra space: re-anchored.
    let emma = studs[4].clone();
    let edited_text = TEXT.replace("Residents say", "Residents  said");
    let mut emma_doc = Document::new(TITLE, &edited_text, None);
    emma_doc.annotator = Some("Emma".into());
    for a in emma.annotations() {
        emma_doc.insert(a.clone()).unwrap();
    }
    paths[4] = write(&dir.0, "emma.close-reader.json", &emma_doc);
    let other = Document::new(
        "Bakery closes",
        "The bakery on Mill Street closes after ninety years, its owner said.",
        None,
    );
    paths.push(write(&dir.0, "other.close-reader.json", &other));

    let app = App::start().await;
    app.open_file(&key_file).await;
    app.wait_for("article mark").await;
    app.wait_saved().await;
    app.click("← Library").await;
    app.wait_for(".doc-list").await;
    app.open_compare(TITLE).await;
    app.add_compare_files(&paths).await;
    app.wait_until("six files", "document.querySelectorAll('.entry-files > li').length === 6 && !document.querySelector('.progress')").await;
    let set_aside = app.texts(".set-aside li").await;
    assert_eq!(set_aside.len(), 1, "{set_aside:?}");
    assert!(
        set_aside[0].contains("other.close-reader.json") && set_aside[0].contains("Bakery closes"),
        "{set_aside:?}"
    );
    let emma_row = app
        .texts(".entry-files > li")
        .await
        .into_iter()
        .find(|t| t.starts_with("Emma"))
        .unwrap();
    assert!(emma_row.contains("re-anchored"), "{emma_row}");

    // The key is the teacher's own annotations; the table is the core's.
    let named: Vec<(&str, Document)> = ["Ana", "Ben", "Chloe", "Dev", "Emma"]
        .into_iter()
        .zip(studs.clone())
        .collect();
    assert_eq!(table(&app).await, expected_table(&key, &named, "claim"));
    app.select_option("Label", "Source").await;
    app.wait_until(
        "the source table",
        "document.querySelector('.agreement h2').textContent.includes('Source')",
    )
    .await;
    assert_eq!(table(&app).await, expected_table(&key, &named, "source"));

    // Heat: hovering names who marked it.
    let titles = app
        .js(
            "return [...document.querySelectorAll('.marked-text mark.heat')].map(m => m.title)",
            vec![],
        )
        .await;
    let titles: Vec<String> = serde_json::from_value(titles).unwrap();
    assert!(
        titles
            .iter()
            .any(|t| t == "Source: marked by 3 of 5 — Ana, Chloe and Emma"),
        "{titles:?}"
    );
    // Tapping or clicking a piece says the same (there is no hover on a touch screen).
    app.driver
        .find(By::Css(".marked-text mark.heat"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let picked = app.texts(".picked").await;
    assert!(picked[0].starts_with("Source: marked by"), "{picked:?}");
    app.screenshot(&xtask::root().join("docs/screenshots/compare.png"))
        .await;
    // On a phone the compare view stacks: nothing sticks out sideways.
    app.set_viewport(390, 844, false).await;
    let widths = app
        .js(
            "const d = document.documentElement; return [d.scrollWidth, d.clientWidth];",
            vec![],
        )
        .await;
    app.screenshot(Path::new("/tmp/shots/compare-phone.png"))
        .await;
    assert!(
        widths[0].as_f64() <= widths[1].as_f64(),
        "the compare view scrolls sideways on a phone: {widths}"
    );
    app.cdp("Emulation.clearDeviceMetricsOverride", json!({}))
        .await;

    // The key's sources the class found least come first.
    let found = close_reader_core::analysis::agreement::key_spans_found(
        &spans_of(&key)
            .into_iter()
            .filter(|s| s.label == "source")
            .collect::<Vec<_>>(),
        &named.iter().map(|(_, d)| spans_of(d)).collect::<Vec<_>>(),
    );
    let rows = app.texts(".key-missed li").await;
    assert_eq!(rows.len(), found.len());
    assert!(
        rows[0].starts_with(&format!("found by {} of 5", found[0].found_by.len())),
        "{rows:?}"
    );
    let most = app.texts(".ranked-spans li").await;
    assert!(most[0].starts_with("3 of 5 “officials said”"), "{most:?}");

    // The gradebook, read back, is the core's.
    app.click("Gradebook CSV").await;
    let csv = std::fs::read_to_string(app.wait_download("-gradebook.csv").await).unwrap();
    let expected_students: Vec<(String, Vec<LabelledSpan>)> = named
        .iter()
        .map(|(n, d)| (n.to_string(), spans_of(d)))
        .collect();
    assert_eq!(
        csv,
        gradebook_csv(&key.labels, &spans_of(&key), &expected_students)
    );
    // The command line, given the same files, writes the same bytes and sets the same file aside.
    let (from_cli, set_aside_by_cli) =
        close_reader_cli::grade::gradebook(&key_file, &paths).unwrap();
    assert_eq!(from_cli, csv);
    assert_eq!(set_aside_by_cli.len(), 1, "{set_aside_by_cli:?}");
    assert!(
        set_aside_by_cli[0].contains("other.close-reader.json")
            && set_aside_by_cli[0].contains("Bakery closes"),
        "{set_aside_by_cli:?}"
    );
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    assert_eq!(
        &header[..4],
        [
            "annotator",
            "claim_spans",
            "claim_precision_exact",
            "claim_recall_exact"
        ]
    );
    assert!(header.contains(&"hedge_f1_overlap"));
    assert_eq!(csv.lines().count(), 6);

    // Feedback: Ben against the key, in distinct styles.
    app.click("Feedback").await;
    app.select_option("Student", "Ben").await;
    let fb = feedback(&spans_of(&key), &spans_of(&studs[1]));
    let missed = fb
        .items
        .iter()
        .filter(|i| matches!(i.verdict, Verdict::Missed))
        .count();
    let extra = fb
        .items
        .iter()
        .filter(|i| matches!(i.verdict, Verdict::Extra))
        .count();
    app.wait_until(
        "Ben's verdicts",
        "document.querySelector('.marked-text mark.fb-partial')",
    )
    .await;
    assert_eq!(
        app.count(".marked-text mark.fb-missed").await > 0,
        missed > 0,
        "missed spans are shown"
    );
    assert_eq!(
        app.count(".marked-text mark.fb-extra").await > 0,
        extra > 0,
        "extra spans are shown"
    );
    let score = app.texts(".feedback-head .score").await;
    assert_eq!(score, [format!("Score: {:.0}%", fb.score.unwrap() * 100.0)]);
    app.screenshot(&xtask::root().join("docs/screenshots/feedback.png"))
        .await;

    // Feedback files: one per student, which opens showing their spans against the key.
    app.click("Feedback files").await;
    let zip = std::fs::read(app.wait_download("-feedback.zip").await).unwrap();
    let files = e2e::unzip(&zip);
    assert_eq!(files.len(), 5);
    let (name, bytes) = files
        .iter()
        .find(|(n, _)| n.ends_with("-ben.close-reader.json"))
        .unwrap();
    let ben = native::from_bytes(bytes).unwrap();
    assert_eq!(ben.feedback.as_ref().unwrap().key_name, "Ms Okafor");
    assert_eq!(ben.annotations().len(), 3);
    let ben_path = dir.0.join(name);
    std::fs::write(&ben_path, bytes).unwrap();

    // Consensus of at least 3 of 5.
    app.click("Consensus").await;
    app.js("const r = document.querySelector('input[aria-label=\"Consensus: at least\"]'); r.value = '3'; r.dispatchEvent(new Event('input', {bubbles: true}));", vec![]).await;
    app.wait_until(
        "k = 3",
        "document.querySelector('.consensus-head').textContent.includes('at least 3 of 5')",
    )
    .await;
    let all: Vec<Vec<LabelledSpan>> = named.iter().map(|(_, d)| spans_of(d)).collect();
    let expected = consensus_spans(&key.text, &all, 3);
    assert!(!expected.is_empty());
    let shown = app.js("return [...document.querySelectorAll('.marked-text mark.consensus')].map(m => m.textContent)", vec![]).await;
    let expected_quotes: Vec<String> = expected
        .iter()
        .map(|s| TEXT.chars().skip(s.start).take(s.end - s.start).collect())
        .collect();
    let mut shown: Vec<String> = serde_json::from_value(shown).unwrap();
    let mut sorted = expected_quotes.clone();
    shown.sort();
    sorted.sort();
    assert_eq!(
        shown, sorted,
        "the preview shows the spans at least 3 of 5 marked"
    );
    app.click("Make consensus document").await;
    app.wait_for("article[data-doc]").await;
    let title = app.texts(".top-bar .doc-title").await;
    assert!(title[0].contains("consensus"), "{title:?}");
    let spans = app.spans().await;
    assert_eq!(spans.len(), expected.len(), "{spans:?}");
    app.wait_saved().await;

    app.quit().await;

    // Ben opens his feedback file in his own browser.
    let app = App::start().await;
    app.open_file(&ben_path).await;
    app.wait_for(".feedback-strip").await;
    let head = app.texts(".feedback-strip h2").await;
    assert_eq!(
        head,
        [format!(
            "Feedback against Ms Okafor's key: {:.0}%",
            fb.score.unwrap() * 100.0
        )]
    );
    app.click("Show my spans against the key").await;
    app.wait_for(".marked-text mark.fb-missed").await;
    app.click("Back to annotating").await;
    app.wait_for("article[data-doc] mark").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_assignment_file_and_a_link_to_the_one_file_build_open_for_a_student() {
    use std::io::Write;
    let mut assigned = Document::new(TITLE, TEXT, None);
    assigned.assignment = Some(close_reader_core::model::classroom::Assignment {
        instructions: "Find the hedges.".into(),
        hide_suggestions: false,
        require_name: false,
        rubric: None,
    });
    let json = close_reader_core::formats::assignment_link::assignment_file(&assigned);

    // The file, opened by a student whose browser has never seen the app: asked a name (which may
    // be skipped here), shown the instructions.
    let dir = TempDir::new("assignment-file");
    let path = dir.0.join("harbour-vote.assignment.close-reader.json");
    std::fs::write(&path, &json).unwrap();
    let app = App::start().await;
    app.open_file(&path).await;
    app.wait_for(".name-prompt").await;
    app.click("Skip").await;
    assert_eq!(
        app.texts(".assignment-strip .instructions").await,
        ["Find the hedges."]
    );
    assert!(app.texts(".assignment-strip .who").await[0].contains("No name yet"));
    app.click("Add your name").await;
    app.wait_for(".name-prompt input")
        .await
        .send_keys("Tomás")
        .await
        .unwrap();
    app.click("Start").await;
    app.wait_until("named", "document.querySelector('.assignment-strip .who').textContent.includes('Annotating as Tomás')").await;
    app.wait_saved().await;
    app.reload().await;
    app.wait_for(".assignment-strip").await;
    assert!(
        app.texts(".assignment-strip .who").await[0].contains("Tomás"),
        "the name is kept with the work"
    );
    app.quit().await;

    // A link to the one-file build (as from a USB stick): the same code after `#assignment=`.
    let mut deflate = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    deflate.write_all(json.as_bytes()).unwrap();
    let code =
        close_reader_core::formats::assignment_link::base64url_encode(&deflate.finish().unwrap());
    let page = format!(
        "file://{}",
        e2e::dist_dir().join("close-reader.html").display()
    );
    let app = App::launch(&page, 1280, 900).await;
    app.goto(&format!("{page}#assignment={code}")).await;
    app.wait_for(".name-prompt").await;
    app.wait_for(".name-prompt input")
        .await
        .send_keys("Lee")
        .await
        .unwrap();
    app.click("Start").await;
    assert_eq!(
        app.texts(".assignment-strip .instructions").await,
        ["Find the hedges."]
    );
    assert!(
        app.count("[data-suggested]").await > 0,
        "suggestions stay on when the assignment allows them"
    );

    // A damaged link changes nothing and says why.
    app.goto(&format!(
        "{page}#assignment=AAAA{}",
        &code[..code.len() / 2]
    ))
    .await;
    app.wait_until(
        "a message about the link",
        "[...document.querySelectorAll('.banner-text')].some(e => e.textContent.includes('The assignment link could not be opened'))",
    )
    .await;
    app.wait_for(".assignment-strip").await;
    assert!(
        app.texts(".assignment-strip .who").await[0].contains("Lee"),
        "the work open before is still there"
    );
    app.quit().await;
}
