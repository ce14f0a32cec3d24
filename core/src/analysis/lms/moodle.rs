//! Moodle's grade import from a CSV file (Grades › Import › CSV file): a column identifying the
//! student, which the teacher maps at import ("Map from" this column "Map to" `useremail`,
//! `username` or `useridnumber`), the grade column, mapped to the grade item, and optionally a
//! feedback column, mapped to the item's feedback. Moodle asks for the encoding and separator at
//! import (UTF-8 and comma are its defaults). `docs/lms-exports.md` has the rules and their
//! sources.

use super::{assignment_problem, rows, Identifiers, Incomplete, LmsAssignment, LmsExport};
use crate::analysis::csv_cells::push_row;
use crate::analysis::grades::Grade;
use crate::model::rubric::points_text;
use crate::model::Rubric;

/// The highest grade Moodle's import takes unless the site allows more (`gradepointmax`, shown
/// when "unlimited grades" is on); above it, the import is refused as a whole.
pub const MOODLE_MAX_GRADE: f64 = 100.0;

/// What the identifier column holds, as Moodle's "Map to" names the user field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoodleId {
    /// Mapped to `useremail`. Moodle compares e-mail addresses with their case.
    Email,
    /// Mapped to `username`.
    Username,
    /// Mapped to `useridnumber`.
    IdNumber,
}

impl MoodleId {
    /// The identifier column's title, Moodle's own words for the field.
    pub fn column(self) -> &'static str {
        match self {
            MoodleId::Email => "Email address",
            MoodleId::Username => "Username",
            MoodleId::IdNumber => "ID number",
        }
    }
}

/// The Moodle file: identifier, grade, and with `rubric` a `Feedback` column with each
/// criterion's points and the teacher's reasons (Moodle's docs warn that importing feedback
/// without its grades clears the grades, so the two always go together here). A student whose
/// grade is not complete is left out: Moodle's importer reads an empty cell (or `-`) as "no
/// grade" and commits it, clearing a grade given before.
pub fn moodle_csv(
    assignment: &LmsAssignment,
    grades: &[Grade],
    ids: &Identifiers,
    id_column: MoodleId,
    feedback_from: Option<&Rubric>,
) -> Result<LmsExport, String> {
    if let Some(p) = assignment_problem(assignment) {
        return Err(p);
    }
    let (rows, mut problems) = rows(grades, ids, "Moodle", |_| None, Incomplete::LeftOut);
    // Moodle stops the whole import at a grade above its site's maximum, 100 unless raised.
    if let Some(r) = rows.iter().find(|r| r.grade.total > MOODLE_MAX_GRADE) {
        problems.push(format!(
            "{} has {} points: Moodle refuses a grade above {} unless the site's administrator has raised its maximum grade (gradepointmax), and stops the whole import there.",
            r.grade.student,
            r.points,
            points_text(MOODLE_MAX_GRADE)
        ));
    }
    let mut csv = String::new();
    let mut header = vec![
        id_column.column().to_string(),
        assignment.title.trim().to_string(),
    ];
    if feedback_from.is_some() {
        header.push("Feedback".into());
    }
    push_row(&mut csv, &header);
    for r in rows {
        let mut row = vec![r.identifier.to_string(), r.points];
        if let Some(rubric) = feedback_from {
            row.push(feedback(rubric, r.grade));
        }
        push_row(&mut csv, &row);
    }
    Ok(LmsExport { csv, problems })
}

/// One line a student reads: `Finds the claims 2/4; Discussion 1.5/2 (well argued)`.
pub fn feedback(rubric: &Rubric, grade: &Grade) -> String {
    rubric
        .criteria
        .iter()
        .zip(&grade.criteria)
        .map(|(c, g)| {
            let points = g.points.map_or("–".to_string(), points_text);
            let reason = g
                .override_reason
                .as_deref()
                .filter(|r| !r.is_empty())
                .map(|r| format!(" ({r})"))
                .unwrap_or_default();
            format!(
                "{} {points}/{}{reason}",
                c.name.trim(),
                points_text(c.points)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::lms::test_grades::grade;
    use crate::model::{Criterion, Measure, Scale};

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
                    name: "Discussion, in class".into(),
                    points: 6.0,
                    measure: Measure::ByHand,
                },
            ],
            scale: Scale::Points,
        }
    }

    #[test]
    fn the_identifier_grade_and_feedback_columns() {
        let grades = [
            grade(
                "Ana",
                &[Some(2.0), Some(5.5)],
                &[None, Some("argued \"well\"")],
            ),
            grade("Ben", &[Some(4.0), None], &[None, None]),
        ];
        let ids = Identifiers::from([
            ("Ana".into(), "ana@school.example".into()),
            ("Ben".into(), "Ben@school.example".into()),
        ]);
        let a = LmsAssignment {
            title: "Close reading 1".into(),
            possible: 10.0,
        };
        let out = moodle_csv(&a, &grades, &ids, MoodleId::Email, Some(&rubric())).unwrap();
        assert_eq!(
            out.csv,
            "Email address,Close reading 1,Feedback\r\n\
             ana@school.example,7.5,\"Finds the claims 2/4; Discussion, in class 5.5/6 (argued \"\"well\"\")\"\r\n"
        );
        assert_eq!(
            out.problems,
            ["The grade of Ben is not complete (criterion 2 has no value yet), so they are not in the file: Moodle would read an empty cell as no grade and clear one already given."],
            "left out, not an empty cell that would clear his grade in Moodle"
        );
        let plain = moodle_csv(&a, &grades[..1], &ids, MoodleId::IdNumber, None).unwrap();
        assert_eq!(
            plain.csv,
            "ID number,Close reading 1\r\nana@school.example,7.5\r\n"
        );
    }

    #[test]
    fn a_grade_above_moodles_maximum_is_written_and_reported() {
        let grades = [
            grade("Ana", &[Some(60.0), Some(40.5)], &[None, None]),
            grade("Ben", &[Some(50.0), Some(50.0)], &[None, None]),
        ];
        let ids = Identifiers::from([("Ana".into(), "ana".into()), ("Ben".into(), "ben".into())]);
        let a = LmsAssignment {
            title: "Essay".into(),
            possible: 120.0,
        };
        let out = moodle_csv(&a, &grades, &ids, MoodleId::Username, None).unwrap();
        assert_eq!(out.csv, "Username,Essay\r\nana,100.5\r\nben,100\r\n");
        assert_eq!(out.problems.len(), 1, "{:?}", out.problems);
        assert!(
            out.problems[0].starts_with("Ana has 100.5 points: Moodle refuses a grade above 100"),
            "{:?}",
            out.problems
        );
        let within = moodle_csv(&a, &grades[1..], &ids, MoodleId::Username, None).unwrap();
        assert!(within.problems.is_empty(), "100 is Moodle's own maximum");
    }

    #[test]
    fn an_identifier_a_spreadsheet_would_run_is_reported_not_altered() {
        let grades = [grade("Ana", &[Some(2.0)], &[None])];
        let ids = Identifiers::from([("Ana".into(), "=HYPERLINK(\"x\")".into())]);
        let a = LmsAssignment {
            title: "R".into(),
            possible: 4.0,
        };
        let out = moodle_csv(&a, &grades, &ids, MoodleId::Username, None).unwrap();
        assert_eq!(out.csv, "Username,R\r\n");
        assert_eq!(
            out.problems,
            ["The Moodle identifier of Ana, \"=HYPERLINK(\"x\")\", starts with a character a spreadsheet reads as a formula, so their grade is not in the file. Check the identifier."]
        );
    }
}
