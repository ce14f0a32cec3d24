//! Google Classroom: its Help documents no grade import from a CSV file. Grades reach Classroom
//! from a Google Forms quiz ("Import grades" on a quiz assignment), through the Classroom API, or
//! typed into the Grades page. So this file is made for the teacher's Google Sheet: opened there
//! (File › Import › Upload, "Replace spreadsheet" or "Insert new sheet"), its rows follow the
//! order in which Classroom's Grades page lists students when sorted by first name, so the
//! teacher types down the column, or hands the sheet to an add-on that posts grades by e-mail.
//! Columns: `Email Address` (the student's Google account, how Classroom identifies a student),
//! `First Name`, `Last Name` (from the gradebook name: the last word is the last name), and the
//! assignment, titled `{title} ({possible} points)`. `docs/lms-exports.md` says how, and what
//! could not be confirmed.

use super::{assignment_problem, rows, Identifiers, LmsAssignment, LmsExport};
use crate::analysis::csv_cells::push_row;
use crate::analysis::grades::Grade;
use crate::model::rubric::points_text;

/// The Classroom sheet: students with an e-mail address, by first name, then last name.
pub fn google_classroom_csv(
    assignment: &LmsAssignment,
    grades: &[Grade],
    emails: &Identifiers,
) -> Result<LmsExport, String> {
    if let Some(p) = assignment_problem(assignment) {
        return Err(p);
    }
    let (mut rows, problems) = rows(
        grades,
        emails,
        "Google Classroom",
        |id| {
            (!id.contains('@')).then_some(
            "is not an e-mail address (Classroom knows students by their Google account's address)",
        )
        },
        super::Incomplete::EmptyCell,
    );
    let names = |r: &super::Row| split_name(&r.grade.student);
    rows.sort_by(|a, b| {
        let ((fa, la), (fb, lb)) = (names(a), names(b));
        (fa.to_lowercase(), la.to_lowercase()).cmp(&(fb.to_lowercase(), lb.to_lowercase()))
    });
    let mut csv = String::new();
    push_row(
        &mut csv,
        &[
            "Email Address".into(),
            "First Name".into(),
            "Last Name".into(),
            format!(
                "{} ({} points)",
                assignment.title.trim(),
                points_text(assignment.possible)
            ),
        ],
    );
    for r in &rows {
        let (first, last) = split_name(&r.grade.student);
        push_row(
            &mut csv,
            &[r.identifier.to_string(), first, last, r.points.clone()],
        );
    }
    Ok(LmsExport { csv, problems })
}

/// "Ana María López" → ("Ana María", "López"); one word is a first name.
fn split_name(name: &str) -> (String, String) {
    let name = name.trim();
    match name.rsplit_once(char::is_whitespace) {
        Some((first, last)) => (first.trim().to_string(), last.to_string()),
        None => (name.to_string(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::lms::test_grades::grade;

    #[test]
    fn rows_by_first_name_with_the_points_in_the_title() {
        let grades = [
            grade("Zoë Adams", &[Some(3.0)], &[None]),
            grade("ana María López", &[Some(4.0)], &[None]),
            grade("Bo", &[Some(1.0)], &[None]),
            grade("Cy", &[Some(1.0)], &[None]),
        ];
        let emails = Identifiers::from([
            ("Zoë Adams".into(), "zoe@school.example".into()),
            ("ana María López".into(), "ana@school.example".into()),
            ("Bo".into(), "S-1003".into()),
        ]);
        let a = LmsAssignment {
            title: "Reading 1".into(),
            possible: 10.0,
        };
        let out = google_classroom_csv(&a, &grades, &emails).unwrap();
        assert_eq!(
            out.csv,
            "Email Address,First Name,Last Name,Reading 1 (10 points)\r\n\
             ana@school.example,ana María,López,4\r\n\
             zoe@school.example,Zoë,Adams,3\r\n"
        );
        assert_eq!(
            out.problems,
            [
                "The Google Classroom identifier of Bo, \"S-1003\", is not an e-mail address (Classroom knows students by their Google account's address), so their grade is not in the file.",
                "Cy has no Google Classroom identifier, so their grade is not in the file. Add one and export again.",
            ],
            "in the grades' order"
        );
    }
}
