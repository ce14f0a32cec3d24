//! Rubrics and grades in real browsers: a rubric set in the assignment dialog is seen by the
//! student who opens the link in a fresh browser; in the compare view the gradebook equals the
//! core's `grade_class` for the same files, an override with its reason is kept across a reload,
//! and each LMS file downloaded equals the core's writer for the same grades and identifiers.

use std::path::{Path, PathBuf};

use close_reader_core::analysis::grades::{grade_class, ClassGrades};
use close_reader_core::analysis::lms::{
    canvas::{canvas_csv, CanvasId},
    google_classroom::google_classroom_csv,
    moodle::{moodle_csv, MoodleId},
    Identifiers, LmsAssignment,
};
use close_reader_core::formats::native;
use close_reader_core::model::classroom::Assignment;
use close_reader_core::model::rubric::points_text;
use close_reader_core::model::{
    Criterion, GradeOverride, LetterBand, Measure, Rubric, Scale, SpanMatch,
};
use close_reader_core::{Annotation, Document, Span};
use e2e::{App, TempDir};
use serde_json::json;

const TITLE: &str = "Harbour vote";
const TEXT: &str = "The council will vote on the harbour plan next week, officials said on Monday.\n\nAccording to the port authority, the new quay could bring 300 jobs to the town. Critics reportedly doubt that estimate.";

fn at(needle: &str) -> (usize, usize) {
    let byte = TEXT.find(needle).unwrap();
    let start = TEXT[..byte].chars().count();
    (start, start + needle.chars().count())
}

fn doc(annotator: &str, spans: &[(&str, &str)]) -> Document {
    let mut d = Document::new(TITLE, TEXT, None);
    d.annotator = Some(annotator.to_string());
    for (i, (label, needle)) in spans.iter().enumerate() {
        let (s, e) = at(needle);
        let mut a = Annotation::new(
            &format!("a{}", i + 1),
            label,
            Span::new(s, e).unwrap(),
            "2026-12-07T10:00:00Z",
        );
        if i == 0 {
            a.note = "Who says so?".into();
        }
        d.insert(a).unwrap();
    }
    d
}

fn rubric() -> Rubric {
    Rubric {
        criteria: vec![
            Criterion {
                name: "Finds the claims".into(),
                points: 4.0,
                measure: Measure::Recall {
                    label: "claim".into(),
                },
            },
            Criterion {
                name: "Hedges".into(),
                points: 2.0,
                measure: Measure::F1 {
                    label: "hedge".into(),
                    matching: SpanMatch::Overlap,
                },
            },
            Criterion {
                name: "Notes".into(),
                points: 1.0,
                measure: Measure::Notes { at_least: 1 },
            },
        ],
        scale: Scale::Letters(vec![
            LetterBand {
                letter: "A".into(),
                min_percent: 85.0,
            },
            LetterBand {
                letter: "B".into(),
                min_percent: 60.0,
            },
            LetterBand {
                letter: "F".into(),
                min_percent: 0.0,
            },
        ]),
    }
}

fn key() -> Document {
    let mut k = doc(
        "Ms Okafor",
        &[
            (
                "claim",
                "The council will vote on the harbour plan next week",
            ),
            ("claim", "the new quay could bring 300 jobs to the town"),
            ("source", "officials said"),
            ("hedge", "reportedly"),
        ],
    );
    k.assignment = Some(Assignment {
        rubric: Some(rubric()),
        ..Assignment::default()
    });
    k
}

fn students() -> Vec<Document> {
    vec![
        doc(
            "Ana",
            &[
                ("claim", "The council will vote on the harbour plan"),
                ("hedge", "reportedly"),
            ],
        ),
        doc(
            "Ben",
            &[
                ("claim", "the new quay could bring 300 jobs"),
                ("hedge", "could"),
            ],
        ),
        doc("Chen", &[("source", "officials said")]),
    ]
}

fn write(dir: &Path, name: &str, d: &Document) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, native::to_json(d)).unwrap();
    p
}

/// Sets an input's (or select's) value as typed and sends the event the app listens to.
async fn set(app: &App, css: &str, value: &str, event: &str) {
    let ok = app
        .js(
            "const e = document.querySelector(arguments[0]); if (!e) return false; e.value = arguments[1]; e.dispatchEvent(new Event(arguments[2], {bubbles: true})); return true;",
            vec![json!(css), json!(value), json!(event)],
        )
        .await;
    assert_eq!(ok, json!(true), "nothing matches {css}");
}

/// The gradebook's rows as shown: name, each cell, total, grade.
async fn gradebook(app: &App) -> Vec<Vec<String>> {
    let v = app
        .js(
            "return [...document.querySelectorAll('table.grades tbody tr')].map(tr => [...tr.children].slice(0, -1).map(c => c.textContent));",
            vec![],
        )
        .await;
    serde_json::from_value(v).unwrap()
}

/// The rows the core's grades make.
fn expected(r: &Rubric, g: &ClassGrades) -> Vec<Vec<String>> {
    g.grades
        .iter()
        .map(|g| {
            let mut row = vec![g.student.clone()];
            row.extend(g.criteria.iter().map(|c| {
                let mut s = c.points.map(points_text).unwrap_or_else(|| "—".into());
                if c.override_reason.is_some() {
                    s.push('*');
                }
                s
            }));
            row.push(format!(
                "{} / {}",
                points_text(g.total),
                points_text(g.possible)
            ));
            row.push(g.shown(r).unwrap_or_else(|| "incomplete".into()));
            row
        })
        .collect()
}

fn core_grades(overrides: &[GradeOverride]) -> ClassGrades {
    let (k, s) = (key(), students());
    grade_class(
        &rubric(),
        &k,
        s.iter().map(|d| (d.annotator.as_deref().unwrap(), d)),
        overrides,
    )
    .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_rubric_set_in_the_assignment_dialog_is_seen_by_the_student() {
    let teacher = App::start().await;
    teacher.new_article(TITLE, TEXT).await;
    teacher.click("Export").await;
    teacher.click("Share as an assignment…").await;
    teacher.click("Add a rubric").await;
    teacher.wait_for(".rubric-editor .criterion").await;
    set(
        &teacher,
        "input[aria-label='Name of criterion 1']",
        "Finds the claims",
        "change",
    )
    .await;
    set(
        &teacher,
        "input[aria-label='Points of criterion 1']",
        "4",
        "change",
    )
    .await;
    teacher.click("Add a criterion").await;
    set(
        &teacher,
        "select[aria-label='How criterion 2 is measured']",
        "links",
        "change",
    )
    .await;
    // A name left empty is not saved, and the dialog says why.
    set(
        &teacher,
        "input[aria-label='Name of criterion 2']",
        " ",
        "change",
    )
    .await;
    teacher.alert_containing("criterion 2 has no name").await;
    set(
        &teacher,
        "input[aria-label='Name of criterion 2']",
        "Links each claim to its source",
        "change",
    )
    .await;
    set(
        &teacher,
        "input[aria-label='Points of criterion 2']",
        "2.5",
        "change",
    )
    .await;
    set(&teacher, "select[aria-label='Scale']", "letters", "change").await;
    teacher.wait_for(".rubric-saved").await;
    teacher
        .screenshot(&xtask::root().join("target/screenshots/rubric-editor.png"))
        .await;
    teacher.click("Make link").await;
    let link = teacher
        .wait_for("input[aria-label='Assignment link']")
        .await
        .value()
        .await
        .unwrap()
        .unwrap();
    teacher.quit().await;

    let student = App::launch(&e2e::app_url(), 1280, 900).await;
    student.goto(&link).await;
    student.give_name("Ana Lima").await;
    student.wait_for(".rubric-table").await;
    let rows = student.texts(".rubric-table tbody tr").await;
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(
        rows[0].starts_with("Finds the claims") && rows[0].contains('4'),
        "{rows:?}"
    );
    assert!(rows[0].contains("claim"), "how it is measured: {rows:?}");
    assert!(
        rows[1].starts_with("Links each claim to its source") && rows[1].contains("2.5"),
        "{rows:?}"
    );
    let summary = student.texts(".rubric-shown summary").await;
    assert_eq!(summary, ["How this is assessed (6.5 points)"]);
    student
        .screenshot(&xtask::root().join("target/screenshots/rubric-student.png"))
        .await;
    student.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_gradebook_is_the_cores_overrides_are_kept_and_each_lms_file_is_the_cores() {
    let dir = TempDir::new("grades");
    let key_file = write(&dir.0, "key.close-reader.json", &key());
    let files: Vec<PathBuf> = students()
        .iter()
        .map(|d| {
            let n = d.annotator.clone().unwrap().to_lowercase();
            write(&dir.0, &format!("{n}.close-reader.json"), d)
        })
        .collect();
    let app = App::start_with(&e2e::app_url(), "", 1600, 1000).await;
    app.open_file(&key_file).await;
    app.wait_for("article mark").await;
    app.wait_saved().await;
    app.click("← Library").await;
    app.wait_for(".doc-list").await;
    app.open_compare(TITLE).await;
    app.add_compare_files(&files).await;
    app.wait_until(
        "three students graded",
        "document.querySelectorAll('table.grades tbody tr').length === 3",
    )
    .await;
    assert_eq!(
        gradebook(&app).await,
        expected(&rubric(), &core_grades(&[]))
    );

    // Ben's hedge is half right, the teacher says: an override with its reason.
    let reason = "“could” hedges the claim too";
    app.click("Ben, Hedges: 0. Hedges for Ben: change").await;
    set(
        &app,
        ".override-form input[aria-label='Points given']",
        "1",
        "input",
    )
    .await;
    app.click("Keep this value").await;
    app.alert_containing("needs a reason").await;
    set(
        &app,
        ".override-form input[aria-label='Reason']",
        reason,
        "input",
    )
    .await;
    app.click("Keep this value").await;
    app.wait_until(
        "the value overridden",
        "document.querySelector('td.overridden') !== null",
    )
    .await;
    let overrides = [GradeOverride {
        student: "Ben".into(),
        criterion: 1,
        points: 1.0,
        reason: reason.into(),
    }];
    assert_eq!(
        gradebook(&app).await,
        expected(&rubric(), &core_grades(&overrides))
    );

    // Identifiers: Ana and Ben from a pasted roster, Chen left without one.
    app.js(
        "document.querySelector('details.roster').open = true",
        vec![],
    )
    .await;
    set(
        &app,
        "textarea[aria-label='Roster']",
        "Ana, ana@school.example\nBen\tben@school.example\nnot a line",
        "input",
    )
    .await;
    app.click("Use these identifiers").await;
    app.alert_containing("line 3").await;
    app.wait_until(
        "Ben's identifier",
        "document.querySelector(\"input[aria-label='LMS identifier of Ben']\").value === 'ben@school.example'",
    )
    .await;
    // Canvas identifiers are the school's logins here.
    app.select_option("Canvas CSV identifier", "SIS login ID")
        .await;
    app.screenshot(&xtask::root().join("target/screenshots/gradebook.png"))
        .await;

    // Kept across a reload (the overrides, identifiers and the column chosen), the reason readable
    // on the cell.
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    app.reload().await;
    app.wait_for(".compare-screen").await;
    app.wait_until(
        "the gradebook back",
        "document.querySelectorAll('table.grades tbody tr').length === 3",
    )
    .await;
    assert_eq!(
        gradebook(&app).await,
        expected(&rubric(), &core_grades(&overrides))
    );
    let title = app
        .js(
            "return document.querySelector('td.overridden button').title",
            vec![],
        )
        .await;
    assert_eq!(title, json!(format!("Overridden (computed 0): {reason}")));
    let column = app
        .js(
            "const s = document.querySelector(\"select[aria-label='Canvas CSV identifier']\"); return s.options[s.selectedIndex].textContent",
            vec![],
        )
        .await;
    assert_eq!(
        column,
        json!("SIS login ID"),
        "the Canvas column chosen, kept"
    );

    // Each LMS file is the core's, for the same grades and identifiers; Chen is reported.
    let grades = core_grades(&overrides).grades;
    let ids: Identifiers = [
        ("Ana".to_string(), "ana@school.example".to_string()),
        ("Ben".to_string(), "ben@school.example".to_string()),
    ]
    .into();
    let assignment = LmsAssignment {
        title: TITLE.into(),
        possible: rubric().possible(),
    };
    let cases = [
        (
            "Canvas",
            "-canvas.csv",
            canvas_csv(&assignment, &grades, &ids, CanvasId::SisLoginId).unwrap(),
        ),
        (
            "Moodle",
            "-moodle.csv",
            moodle_csv(&assignment, &grades, &ids, MoodleId::Email, Some(&rubric())).unwrap(),
        ),
        (
            "Google Classroom",
            "-google-classroom.csv",
            google_classroom_csv(&assignment, &grades, &ids).unwrap(),
        ),
    ];
    for (system, suffix, want) in cases {
        app.click(&format!("{system} CSV")).await;
        let got = std::fs::read_to_string(app.wait_download(suffix).await).unwrap();
        assert_eq!(got, want.csv, "{system}");
        assert_eq!(want.problems.len(), 1, "{:?}", want.problems);
        app.notice_containing(&format!("Chen has no {system} identifier"))
            .await;
    }
    app.quit().await;
}
