//! Grade files for learning management systems, each named after its system and written to the
//! columns that system's grade import documents (`docs/lms-exports.md` gives each rule and where
//! it comes from): [`canvas::canvas_csv`], [`moodle::moodle_csv`],
//! [`google_classroom::google_classroom_csv`].
//!
//! Every export takes the final grades (`analysis::grades::apply_overrides`), the assignment's
//! column and points possible, and the teacher's map from the students' names as in the
//! gradebook to the system's identifiers. A student the map lacks, whose identifier would be read
//! as a formula, or whose grade is not complete, is left out of the file (or, for an incomplete
//! grade, given an empty cell where the system skips one: Canvas and the Classroom sheet; Moodle
//! clears a grade on an empty cell, so it leaves them out) and named in
//! [`LmsExport::problems`]: never dropped silently.

pub mod canvas;
pub mod google_classroom;
pub mod moodle;

use std::collections::BTreeMap;

use super::csv_cells::is_formula_like;
use super::grades::Grade;
use crate::model::rubric::points_text;

/// A grade file and what the teacher must be told about it.
#[derive(Clone, Debug, PartialEq)]
pub struct LmsExport {
    /// The file's text (UTF-8, no byte-order mark, CRLF rows).
    pub csv: String,
    /// One sentence per student left out or left empty, in the grades' order.
    pub problems: Vec<String>,
}

/// The assignment's column in the system's gradebook.
#[derive(Clone, Debug, PartialEq)]
pub struct LmsAssignment {
    /// The column's title, as the system shows (or will create) it.
    pub title: String,
    /// The assignment's points possible: the rubric's total.
    pub possible: f64,
}

/// The teacher's map from the students' names (as in the gradebook) to the system's identifiers.
pub type Identifiers = BTreeMap<String, String>;

/// A student's row, once their identifier is known and safe.
pub(crate) struct Row<'a> {
    pub grade: &'a Grade,
    pub identifier: &'a str,
    /// The total as written, or empty when the grade is not complete.
    pub points: String,
}

/// What a file does with a student whose grade is not complete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Incomplete {
    /// An empty cell, which the system's import skips.
    EmptyCell,
    /// Left out of the file: the system would clear a grade it already has.
    LeftOut,
}

/// The rows the file can carry, and the problems of the others.
/// `refuse` says why the system cannot take an identifier (none of the systems' own rules but
/// Classroom's e-mail address), as the end of a sentence about it.
pub(crate) fn rows<'a>(
    grades: &'a [Grade],
    ids: &'a Identifiers,
    system: &str,
    refuse: fn(&str) -> Option<&'static str>,
    incomplete: Incomplete,
) -> (Vec<Row<'a>>, Vec<String>) {
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for g in grades {
        let name = &g.student;
        let Some(identifier) = ids.get(name).map(|s| s.trim()).filter(|s| !s.is_empty()) else {
            problems.push(format!(
                "{name} has no {system} identifier, so their grade is not in the file. Add one and export again."
            ));
            continue;
        };
        if is_formula_like(identifier) {
            problems.push(format!(
                "The {system} identifier of {name}, \"{identifier}\", starts with a character a spreadsheet reads as a formula, so their grade is not in the file. Check the identifier."
            ));
            continue;
        }
        if let Some(why) = refuse(identifier) {
            problems.push(format!(
                "The {system} identifier of {name}, \"{identifier}\", {why}, so their grade is not in the file."
            ));
            continue;
        }
        let points = if g.is_complete() {
            points_text(g.total)
        } else {
            let missing = g
                .criteria
                .iter()
                .position(|c| c.points.is_none())
                .map_or(0, |i| i + 1);
            if incomplete == Incomplete::LeftOut {
                problems.push(format!(
                    "The grade of {name} is not complete (criterion {missing} has no value yet), so they are not in the file: {system} would read an empty cell as no grade and clear one already given."
                ));
                continue;
            }
            problems.push(format!(
                "The grade of {name} is not complete (criterion {missing} has no value yet), so their cell is left empty."
            ));
            String::new()
        };
        rows.push(Row {
            grade: g,
            identifier,
            points,
        });
    }
    (rows, problems)
}

/// Why an assignment's column cannot be written; `None` when it can.
pub(crate) fn assignment_problem(a: &LmsAssignment) -> Option<String> {
    if a.title.trim().is_empty() {
        return Some("The grade file needs the assignment's title for its column.".into());
    }
    (!a.possible.is_finite() || a.possible <= 0.0)
        .then(|| "The grade file needs the assignment's points possible, above 0.".into())
}

#[cfg(test)]
pub(crate) mod test_grades {
    //! Grades shared by the exports' tests.
    use crate::analysis::grades::{CriterionGrade, Grade};

    pub fn grade(student: &str, points: &[Option<f64>], reasons: &[Option<&str>]) -> Grade {
        let criteria: Vec<CriterionGrade> = points
            .iter()
            .zip(reasons)
            .map(|(p, r)| CriterionGrade {
                computed: *p,
                points: *p,
                override_reason: r.map(str::to_string),
            })
            .collect();
        let total = points.iter().flatten().sum();
        let complete = points.iter().all(Option::is_some);
        Grade {
            student: student.into(),
            criteria,
            total,
            possible: 10.0,
            percent: complete.then_some(total * 10.0),
            letter: None,
        }
    }
}
