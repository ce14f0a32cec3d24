//! `grade` with a rubric: the gradebook's rubric columns and the Canvas, Moodle and Google
//! Classroom files equal the core's for the same class, worked out by hand for a small one; the
//! teacher's overrides applied; students without an identifier, overrides naming nobody and a
//! missing rubric each said in words.

mod common;

use close_reader_core::analysis::agreement::{gradebook_csv_with_rubric, spans_of};
use close_reader_core::analysis::grades::grade_class;
use close_reader_core::analysis::lms::canvas::{canvas_csv, CanvasId};
use close_reader_core::analysis::lms::{Identifiers, LmsAssignment};
use close_reader_core::model::classroom::Assignment;
use close_reader_core::model::rubric::{LetterBand, SpanMatch};
use close_reader_core::model::{Criterion, Measure, Rubric, Scale};
use close_reader_core::Document;
use common::*;

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
        ],
        scale: Scale::Letters(vec![
            LetterBand {
                letter: "A".into(),
                min_percent: 90.0,
            },
            LetterBand {
                letter: "B".into(),
                min_percent: 50.0,
            },
            LetterBand {
                letter: "C".into(),
                min_percent: 0.0,
            },
        ]),
    }
}

/// The key with the rubric in its assignment.
fn graded_key() -> Document {
    let mut k = key();
    k.assignment = Some(Assignment {
        rubric: Some(rubric()),
        ..Assignment::default()
    });
    k
}

fn class() -> Vec<Document> {
    vec![
        // The claim and the hedge: 4 + 2 = 6 of 6, 100 %, A.
        doc(
            Some("Ana"),
            &[
                ("claim", "mayor said the bridge will close"),
                ("hedge", "reportedly"),
            ],
        ),
        // The claim only: 4 + 0 = 4 of 6, 66.7 %, B.
        doc(Some("Ben"), &[("claim", "the bridge will close")]),
    ]
}

#[test]
fn the_rubric_columns_are_the_cores_and_read_as_worked_out_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let k = graded_key();
    let key = write(dir.path(), "key.json", &k);
    let students = class();
    let files: Vec<_> = students
        .iter()
        .map(|d| {
            let name = d.annotator.clone().unwrap();
            write(dir.path(), &format!("{name}.json"), d)
        })
        .collect();
    let ran = cli(&["grade", "--key", s(&key), s(&files[0]), s(&files[1])]);
    assert_eq!(ran.code, 0, "{}", ran.err);
    let named: Vec<(&str, &Document)> = vec![("Ana", &students[0]), ("Ben", &students[1])];
    let grades = grade_class(&rubric(), &k, named, &[]).unwrap().grades;
    let want = gradebook_csv_with_rubric(
        &k.labels,
        &spans_of(&k),
        &[
            ("Ana".to_string(), spans_of(&students[0])),
            ("Ben".to_string(), spans_of(&students[1])),
        ],
        &rubric(),
        &grades,
    );
    assert_eq!(ran.out, want);
    let rows: Vec<&str> = ran.out.split("\r\n").collect();
    assert!(rows[0]
        .ends_with("criterion_1_points,criterion_2_points,total_points,percent,letter,overrides"));
    assert!(rows[1].ends_with(",4,2,6,100.0,A,"), "{}", rows[1]);
    assert!(rows[2].ends_with(",4,0,4,66.7,B,"), "{}", rows[2]);
}

#[test]
fn overrides_are_applied_and_one_naming_nobody_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let key = write(dir.path(), "key.json", &graded_key());
    let ben = write(dir.path(), "ben.json", &class()[1]);
    let overrides = dir.path().join("overrides.json");
    std::fs::write(
        &overrides,
        r#"{"overrides": [
            {"student": "Ben", "criterion": 2, "points": 1.5, "reason": "Saw the hedge, marked too much"},
            {"student": "Zoe", "criterion": 1, "points": 4, "reason": "Late file"}
        ]}"#,
    )
    .unwrap();
    let ran = cli(&[
        "grade",
        "--key",
        s(&key),
        "--overrides",
        s(&overrides),
        s(&ben),
    ]);
    assert_eq!(ran.code, 1, "an override was not applied: {}", ran.err);
    let row = ran.out.split("\r\n").nth(1).unwrap();
    // 4 + 1.5 = 5.5 of 6: 91.7 %, A.
    assert!(
        row.ends_with(",4,1.5,5.5,91.7,A,criterion 2: Saw the hedge, marked too much")
            || row.ends_with(",4,1.5,5.5,91.7,A,\"criterion 2: Saw the hedge, marked too much\""),
        "{row}"
    );
    assert_eq!(
        ran.err.trim(),
        "An override for Zoe (criterion 1) names no student of this class; it was not applied."
    );
}

#[test]
fn the_canvas_file_is_the_cores_and_a_student_without_an_identifier_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let k = graded_key();
    let key = write(dir.path(), "key.json", &k);
    let students = class();
    let files: Vec<_> = students
        .iter()
        .map(|d| {
            write(
                dir.path(),
                &format!("{}.json", d.annotator.clone().unwrap()),
                d,
            )
        })
        .collect();
    let ids_file = dir.path().join("ids.csv");
    std::fs::write(&ids_file, "name,identifier\r\n\"Ana\",S-1001\r\n").unwrap();
    let ran = cli(&[
        "grade",
        "--key",
        s(&key),
        "--format",
        "canvas",
        "--ids",
        s(&ids_file),
        "--title",
        "Bridge reading",
        s(&files[0]),
        s(&files[1]),
    ]);
    assert_eq!(ran.code, 1, "Ben has no identifier: {}", ran.err);
    let named: Vec<(&str, &Document)> = vec![("Ana", &students[0]), ("Ben", &students[1])];
    let grades = grade_class(&rubric(), &k, named, &[]).unwrap().grades;
    let ids: Identifiers = [("Ana".to_string(), "S-1001".to_string())].into();
    let assignment = LmsAssignment {
        title: "Bridge reading".into(),
        possible: 6.0,
    };
    let want = canvas_csv(&assignment, &grades, &ids, CanvasId::SisUserId).unwrap();
    assert_eq!(ran.out, want.csv);
    assert_eq!(ran.err.trim(), want.problems.join("\n"));
    assert!(
        ran.err.contains("Ben has no Canvas identifier"),
        "{}",
        ran.err
    );
    let rows: Vec<&str> = ran.out.split("\r\n").collect();
    assert_eq!(
        rows[0],
        "Student,ID,SIS User ID,SIS Login ID,Section,Bridge reading"
    );
    assert!(rows[1].starts_with("Points Possible,"), "{}", rows[1]);
    assert!(
        rows[2].contains("S-1001") && rows[2].ends_with(",6"),
        "{}",
        rows[2]
    );

    // Moodle and Google Classroom are written too; a Moodle kind Canvas does not know is refused.
    let moodle = cli(&[
        "grade",
        "--key",
        s(&key),
        "--format",
        "moodle",
        "--ids",
        s(&ids_file),
        s(&files[0]),
    ]);
    assert_eq!(moodle.code, 0, "{}", moodle.err);
    assert!(moodle.out.starts_with("Email address,"), "{}", moodle.out);
    let wrong = cli(&[
        "grade",
        "--key",
        s(&key),
        "--format",
        "canvas",
        "--ids",
        s(&ids_file),
        "--id-kind",
        "email",
        s(&files[0]),
    ]);
    assert_eq!(wrong.code, 2);
    assert!(
        wrong.err.contains("Canvas finds a student by"),
        "{}",
        wrong.err
    );
}

#[test]
fn an_lms_file_without_a_rubric_or_identifiers_says_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let key = write(dir.path(), "key.json", &key());
    let ana = write(dir.path(), "ana.json", &class()[0]);
    let ran = cli(&["grade", "--key", s(&key), "--format", "moodle", s(&ana)]);
    assert_eq!(ran.code, 2);
    assert!(ran.err.contains("needs a rubric"), "{}", ran.err);
    let with_rubric = write(dir.path(), "assignment.json", &graded_key());
    let ran = cli(&[
        "grade",
        "--key",
        s(&key),
        "--rubric",
        s(&with_rubric),
        "--format",
        "classroom",
        s(&ana),
    ]);
    assert_eq!(ran.code, 2);
    assert!(ran.err.contains("--ids"), "{}", ran.err);
    // Without --format, the rubric given by --rubric adds its columns to the CSV.
    let ran = cli(&[
        "grade",
        "--key",
        s(&key),
        "--rubric",
        s(&with_rubric),
        s(&ana),
    ]);
    assert_eq!(ran.code, 0, "{}", ran.err);
    assert!(ran
        .out
        .lines()
        .next()
        .unwrap()
        .ends_with(",letter,overrides"));
}
