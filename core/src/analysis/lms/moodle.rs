//! Moodle's grade import from a CSV file (Grades › Import › CSV file): a column identifying the
//! student, which the teacher maps at import ("Map from" this column "Map to" `useremail`,
//! `username` or `useridnumber`), the grade column, mapped to the grade item, and optionally a
//! feedback column, mapped to the item's feedback. Moodle asks for the encoding and separator at
//! import (UTF-8 and comma are its defaults). `docs/lms-exports.md` has the rules and their
//! sources.

use super::{assignment_problem, rows, Identifiers, LmsAssignment, LmsExport};
use crate::analysis::csv_cells::push_row;
use crate::analysis::grades::Grade;
use crate::model::rubric::points_text;
use crate::model::Rubric;

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
/// without its grades clears the grades, so the two always go together here).
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
    let (rows, problems) = rows(grades, ids, "Moodle", |_| None);
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
             ana@school.example,7.5,\"Finds the claims 2/4; Discussion, in class 5.5/6 (argued \"\"well\"\")\"\r\n\
             Ben@school.example,,\"Finds the claims 4/4; Discussion, in class –/6\"\r\n"
        );
        assert_eq!(out.problems.len(), 1);
        let plain = moodle_csv(&a, &grades[..1], &ids, MoodleId::IdNumber, None).unwrap();
        assert_eq!(
            plain.csv,
            "ID number,Close reading 1\r\nana@school.example,7.5\r\n"
        );
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
