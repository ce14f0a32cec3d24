//! Canvas's Gradebook import (Grades › Import, a CSV file): the five student columns Canvas
//! reads (`Student`, `ID`, `SIS User ID`, `SIS Login ID`, `Section`; its importer requires the
//! first to say `Student`, the second `ID` and the last `Section`), then one column for the
//! assignment, and a `Points Possible` row under the header, which the importer takes as the
//! assignments' points rather than a student. A column title Canvas does not know creates a new
//! assignment with those points; a title with the assignment's Canvas id in brackets,
//! `Reading 1 (12345)`, updates that one. `docs/lms-exports.md` has the rules and their sources.

use super::{assignment_problem, rows, Identifiers, Incomplete, LmsAssignment, LmsExport};
use crate::analysis::csv_cells::push_row;
use crate::model::rubric::points_text;

/// Which of Canvas's student columns carries the teacher's identifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CanvasId {
    /// `ID`: the number Canvas gives each user (in the gradebook's own export).
    CanvasUserId,
    /// `SIS User ID`: the school's student number.
    SisUserId,
    /// `SIS Login ID`: the school's login.
    SisLoginId,
}

/// The Canvas file: header, `Points Possible` row, one row per student with an identifier.
pub fn canvas_csv(
    assignment: &LmsAssignment,
    grades: &[crate::analysis::grades::Grade],
    ids: &Identifiers,
    id_column: CanvasId,
) -> Result<LmsExport, String> {
    if let Some(p) = assignment_problem(assignment) {
        return Err(p);
    }
    let (rows, problems) = rows(grades, ids, "Canvas", |_| None, Incomplete::EmptyCell);
    let mut csv = String::new();
    let header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"];
    let mut first: Vec<String> = header.iter().map(|s| s.to_string()).collect();
    first.push(assignment.title.trim().to_string());
    push_row(&mut csv, &first);
    let mut possible = vec!["Points Possible".to_string()];
    possible.extend(std::iter::repeat_n(String::new(), 4));
    possible.push(points_text(assignment.possible));
    push_row(&mut csv, &possible);
    let at = match id_column {
        CanvasId::CanvasUserId => 1,
        CanvasId::SisUserId => 2,
        CanvasId::SisLoginId => 3,
    };
    for r in rows {
        let mut row = vec![String::new(); 6];
        row[0] = r.grade.student.clone();
        row[at] = r.identifier.to_string();
        row[5] = r.points;
        push_row(&mut csv, &row);
    }
    Ok(LmsExport { csv, problems })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::lms::test_grades::grade;

    #[test]
    fn the_file_has_the_student_columns_the_points_possible_row_and_one_row_each() {
        let grades = [
            grade("Ana", &[Some(4.0), Some(3.5)], &[None, None]),
            grade("Lee, Kim", &[Some(2.0), None], &[None, None]),
            grade("=cmd", &[Some(1.0), Some(1.0)], &[None, None]),
            grade("Nobody", &[Some(1.0), Some(1.0)], &[None, None]),
        ];
        let ids = Identifiers::from([
            ("Ana".into(), "S-1001".into()),
            ("Lee, Kim".into(), "S-1002".into()),
            ("=cmd".into(), "S-1003".into()),
        ]);
        let a = LmsAssignment {
            title: "Reading: the bridge".into(),
            possible: 10.0,
        };
        let out = canvas_csv(&a, &grades, &ids, CanvasId::SisUserId).unwrap();
        assert_eq!(
            out.csv,
            "Student,ID,SIS User ID,SIS Login ID,Section,Reading: the bridge\r\n\
             Points Possible,,,,,10\r\n\
             Ana,,S-1001,,,7.5\r\n\
             \"Lee, Kim\",,S-1002,,,\r\n\
             '=cmd,,S-1003,,,2\r\n"
        );
        assert_eq!(
            out.problems,
            [
                "The grade of Lee, Kim is not complete (criterion 2 has no value yet), so their cell is left empty.",
                "Nobody has no Canvas identifier, so their grade is not in the file. Add one and export again.",
            ]
        );
    }

    #[test]
    fn the_identifier_goes_in_the_column_chosen_and_the_title_is_required() {
        let grades = [grade("Ana", &[Some(4.0)], &[None])];
        let ids = Identifiers::from([("Ana".into(), "48213".into())]);
        let a = LmsAssignment {
            title: "Reading 1 (12345)".into(),
            possible: 4.0,
        };
        let out = canvas_csv(&a, &grades, &ids, CanvasId::CanvasUserId).unwrap();
        assert!(out.csv.ends_with("\r\nAna,48213,,,,4\r\n"), "{}", out.csv);
        let login = canvas_csv(&a, &grades, &ids, CanvasId::SisLoginId).unwrap();
        assert!(login.csv.ends_with("\r\nAna,,,48213,,4\r\n"));
        let untitled = LmsAssignment {
            title: " ".into(),
            possible: 4.0,
        };
        assert_eq!(
            canvas_csv(&untitled, &grades, &ids, CanvasId::SisLoginId).unwrap_err(),
            "The grade file needs the assignment's title for its column."
        );
    }
}
