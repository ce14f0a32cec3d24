//! Each LMS grade file, from the students' documents through the rubric and the teacher's
//! overrides, read back with an RFC 4180 reader and checked against the rules in
//! docs/lms-exports.md and the layout of the fixtures modelled on each system's own files
//! (tests/fixtures/lms/): the columns the system reads, the points possible, quoting, defused
//! formulas, no byte-order mark, and every student either in the file or reported.

use close_reader_core::analysis::grades::{apply_overrides, grade, Grade};
use close_reader_core::analysis::lms::canvas::{canvas_csv, CanvasId};
use close_reader_core::analysis::lms::google_classroom::google_classroom_csv;
use close_reader_core::analysis::lms::moodle::{moodle_csv, MoodleId};
use close_reader_core::analysis::lms::{Identifiers, LmsAssignment};
use close_reader_core::model::{
    Annotation, Criterion, Document, GradeOverride, Measure, Rubric, Scale, Span,
};

const CANVAS_FIXTURE: &str = include_str!("fixtures/lms/canvas_gradebook_export.csv");
const MOODLE_FIXTURE: &str = include_str!("fixtures/lms/moodle_grade_export.csv");
const CLASSROOM_FIXTURE: &str = include_str!("fixtures/lms/google_classroom_grades_export.csv");
const DOC: &str = include_str!("../../docs/lms-exports.md");

/// RFC 4180: rows end with CRLF; a quoted field may hold commas, CR, LF and doubled quotes.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    assert!(!text.starts_with('\u{feff}'), "no byte-order mark");
    assert!(text.ends_with("\r\n"), "the last row ends with CRLF");
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR only before LF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => {
                assert_ne!(c, '\n', "a bare LF outside quotes");
                field.push(c);
            }
        }
    }
    rows
}

const TEXT: &str = "The mayor said the bridge is safe, but engineers warned it may fail.";

fn doc(claims: &[(usize, usize)]) -> Document {
    let mut d = Document::new("Bridge", TEXT, None);
    for (i, &(s, e)) in claims.iter().enumerate() {
        d.insert(Annotation::new(
            &format!("a{i}"),
            "claim",
            Span::new(s, e).unwrap(),
            "t",
        ))
        .unwrap();
    }
    d
}

fn rubric() -> Rubric {
    Rubric {
        criteria: vec![
            Criterion {
                name: "Finds the claims".into(),
                points: 6.0,
                measure: Measure::Recall {
                    label: "claim".into(),
                },
            },
            Criterion {
                name: "Discussion".into(),
                points: 4.0,
                measure: Measure::ByHand,
            },
        ],
        scale: Scale::Percent,
    }
}

/// Key: two claims. "Lee, Kim \"KJ\"" finds both (6) and is given 3.5 by hand: 9.5. Ana finds
/// one (3), overridden to 4.5 with a reason, and 4 by hand: 8.5. "=Bad" finds none and is given 2:
/// 2. Dan finds both and has no discussion yet: incomplete. Eve has no identifier.
fn final_grades() -> Vec<Grade> {
    let key = doc(&[(15, 33), (56, 67)]);
    let r = rubric();
    let students = [
        ("Lee, Kim \"KJ\"", doc(&[(19, 33), (56, 67)])),
        ("Ana", doc(&[(15, 33)])),
        ("=Bad", doc(&[])),
        ("Dan", doc(&[(15, 33), (60, 67)])),
        ("Eve", doc(&[(15, 33)])),
    ];
    let given = |student: &str, criterion: usize, points: f64, reason: &str| GradeOverride {
        student: student.into(),
        criterion,
        points,
        reason: reason.into(),
    };
    let overrides = [
        given("Lee, Kim \"KJ\"", 1, 3.5, ""),
        given(
            "Ana",
            0,
            4.5,
            "The second claim is marked as a source; credit half.",
        ),
        given("Ana", 1, 4.0, ""),
        given("=Bad", 1, 2.0, ""),
        given("Eve", 1, 4.0, ""),
    ];
    students
        .iter()
        .map(|(name, d)| {
            let g = grade(&r, &key, name, d).unwrap();
            apply_overrides(&r, &g, &overrides).unwrap()
        })
        .collect()
}

fn ids() -> Identifiers {
    Identifiers::from([
        ("Lee, Kim \"KJ\"".into(), "kim.lee@school.example".into()),
        ("Ana".into(), "ana.lopez@school.example".into()),
        ("=Bad".into(), "bad@school.example".into()),
        ("Dan".into(), "dan@school.example".into()),
    ])
}

fn assignment() -> LmsAssignment {
    LmsAssignment {
        title: "Reading 1".into(),
        possible: rubric().possible(),
    }
}

#[test]
fn the_grades_are_the_hand_computed_ones() {
    let totals: Vec<(f64, Option<f64>)> = final_grades()
        .iter()
        .map(|g| (g.total, g.percent))
        .collect();
    assert_eq!(
        totals,
        [
            (9.5, Some(95.0)),
            (8.5, Some(85.0)),
            (2.0, Some(20.0)),
            (6.0, None),
            (7.0, Some(70.0)),
        ]
    );
}

#[test]
fn canvas_reads_its_five_student_columns_the_points_possible_row_and_the_assignment() {
    let fixture = read_csv(CANVAS_FIXTURE);
    let out = canvas_csv(&assignment(), &final_grades(), &ids(), CanvasId::SisLoginId).unwrap();
    let rows = read_csv(&out.csv);
    assert_eq!(
        rows[0][..5],
        fixture[0][..5],
        "the student columns, in Canvas's order"
    );
    assert_eq!(rows[0][5], "Reading 1");
    assert_eq!(
        rows[1][0].trim(),
        fixture[1][0].trim(),
        "the Points Possible row, second as in Canvas's export"
    );
    assert_eq!(rows[1][5], "10");
    assert!(rows.iter().all(|r| r.len() == 6));
    let graded: Vec<(&str, &str, &str)> = rows[2..]
        .iter()
        .map(|r| (r[0].as_str(), r[3].as_str(), r[5].as_str()))
        .collect();
    assert_eq!(
        graded,
        [
            ("Lee, Kim \"KJ\"", "kim.lee@school.example", "9.5"),
            ("Ana", "ana.lopez@school.example", "8.5"),
            ("'=Bad", "bad@school.example", "2"),
            ("Dan", "dan@school.example", ""),
        ]
    );
    assert_eq!(out.problems.len(), 2, "{:?}", out.problems);
    assert!(out.problems[0].starts_with("The grade of Dan is not complete"));
    assert!(out.problems[1].starts_with("Eve has no Canvas identifier"));
}

#[test]
fn moodle_reads_an_identifier_column_a_grade_column_and_its_feedback() {
    let fixture = read_csv(MOODLE_FIXTURE);
    let r = rubric();
    let out = moodle_csv(
        &assignment(),
        &final_grades(),
        &ids(),
        MoodleId::Email,
        Some(&r),
    )
    .unwrap();
    let rows = read_csv(&out.csv);
    assert!(
        fixture[0].contains(&rows[0][0]),
        "\"{}\" is one of Moodle's own user field titles",
        rows[0][0]
    );
    assert_eq!(rows[0][1..], ["Reading 1", "Feedback"]);
    for row in &rows[1..] {
        assert_eq!(row.len(), 3);
        assert!(
            row[1].is_empty() || row[1].parse::<f64>().is_ok(),
            "{row:?}"
        );
    }
    assert_eq!(
        rows[2],
        [
            "ana.lopez@school.example",
            "8.5",
            "Finds the claims 4.5/6 (The second claim is marked as a source; credit half.); Discussion 4/4"
        ]
    );
    assert_eq!(out.problems.len(), 2);
}

#[test]
fn the_classroom_sheet_has_classroom_s_own_columns_and_the_points_in_the_title() {
    let fixture = read_csv(CLASSROOM_FIXTURE);
    let out = google_classroom_csv(&assignment(), &final_grades(), &ids()).unwrap();
    let rows = read_csv(&out.csv);
    for title in &rows[0][..3] {
        assert!(
            fixture[0].contains(title),
            "{title} is a column of Classroom's own export"
        );
    }
    assert_eq!(rows[0][3], "Reading 1 (10 points)");
    let first: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(first, ["'=Bad", "Ana", "Dan", "Lee, Kim"], "by first name");
    assert_eq!(rows[4][2], "\"KJ\"");
}

#[test]
fn lms_exports_md_states_each_rule_tested_here() {
    for rule in [
        "## Canvas",
        "## Moodle",
        "## Google Classroom",
        "`Points Possible`",
        "`Student`, `ID`, `SIS User ID`, `SIS Login ID`, `Section`",
        "useremail",
        "no byte-order mark",
    ] {
        assert!(DOC.contains(rule), "docs/lms-exports.md lacks: {rule}");
    }
}
