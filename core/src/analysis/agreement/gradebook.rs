//! The gradebook: every student's precision, recall and F1 against the key, per label, exact and
//! lenient, as a CSV a teacher opens in a spreadsheet; with a rubric, each student's points per
//! criterion, total, percent and letter after them.
//!
//! RFC 4180: rows end with CRLF, a field holding a comma, a double quote, CR or LF is quoted with
//! its quotes doubled. Names come from students' files, so a cell that a spreadsheet would run as a
//! formula (starting with `=`, `+`, `-`, `@`, a tab or CR) gets a leading apostrophe, as OWASP
//! advises against CSV injection.

use super::ranges::ranges_of;
use super::score::score_ranges;
use super::{LabelledSpan, Match};
use crate::analysis::csv_cells::push_row;
use crate::analysis::grades::Grade;
use crate::model::rubric::points_text;
use crate::model::{Label, Rubric, Scale, Span};

/// The columns written for each label, after `{id}_`.
pub const LABEL_COLUMNS: [&str; 7] = [
    "spans",
    "precision_exact",
    "recall_exact",
    "f1_exact",
    "precision_overlap",
    "recall_overlap",
    "f1_overlap",
];

/// CSV (RFC 4180, CRLF, header row): one row per student, in the order given, `annotator` first,
/// then for each label id in `labels` order: `{id}_spans` (the student's distinct spans of the
/// label), `{id}_precision_exact`, `{id}_recall_exact`, `{id}_f1_exact`, `{id}_precision_overlap`,
/// `{id}_recall_overlap`, `{id}_f1_overlap` (3 decimals; empty when undefined, see [`super::Prf`]).
pub fn gradebook_csv(
    labels: &[Label],
    key: &[LabelledSpan],
    students: &[(String, Vec<LabelledSpan>)],
) -> String {
    let book = Gradebook::new(labels, key);
    let mut out = book.header();
    for (name, spans) in students {
        out.push_str(&book.row(name, spans));
    }
    out
}

/// [`gradebook_csv`] with the rubric's columns after the labels': `criterion_{n}_points` for
/// each criterion (from 1), `total_points`, `percent` (1 decimal), `letter` (only on a letter
/// scale) and `overrides` (`criterion {n}: {reason}` for each overridden value, joined by `; `).
/// A student's grade is found by name in `grades` (as [`super::super::grades::apply_overrides`]
/// gives them); a cell without a value, or a student without a grade, is empty.
pub fn gradebook_csv_with_rubric(
    labels: &[Label],
    key: &[LabelledSpan],
    students: &[(String, Vec<LabelledSpan>)],
    rubric: &Rubric,
    grades: &[Grade],
) -> String {
    let book = Gradebook::new(labels, key);
    let mut header = book.header_cells();
    header.extend(rubric_header(rubric));
    let mut out = String::new();
    push_row(&mut out, &header);
    for (name, spans) in students {
        let mut row = book.cells(name, spans);
        row.extend(rubric_cells(
            rubric,
            grades.iter().find(|g| &g.student == name),
        ));
        push_row(&mut out, &row);
    }
    out
}

/// The rubric's columns of [`gradebook_csv_with_rubric`], after the labels'.
pub fn rubric_header(rubric: &Rubric) -> Vec<String> {
    let mut header: Vec<String> = (1..=rubric.criteria.len())
        .map(|n| format!("criterion_{n}_points"))
        .collect();
    header.extend(["total_points".to_string(), "percent".to_string()]);
    if matches!(rubric.scale, Scale::Letters(_)) {
        header.push("letter".into());
    }
    header.push("overrides".into());
    header
}

/// A student's cells under [`rubric_header`]; all empty without a grade.
pub fn rubric_cells(rubric: &Rubric, grade: Option<&Grade>) -> Vec<String> {
    let cell = |f: &dyn Fn(&Grade) -> Option<String>| grade.and_then(f).unwrap_or_default();
    let mut row = Vec::new();
    for i in 0..rubric.criteria.len() {
        row.push(cell(&|g| g.criteria.get(i)?.points.map(points_text)));
    }
    row.push(cell(&|g| Some(points_text(g.total))));
    row.push(cell(&|g| g.percent.map(|p| format!("{p:.1}"))));
    if matches!(rubric.scale, Scale::Letters(_)) {
        row.push(cell(&|g| g.letter.clone()));
    }
    row.push(cell(&|g| {
        let reasons: Vec<String> = g
            .criteria
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                c.override_reason.as_ref().map(|r| {
                    format!(
                        "criterion {}: {}",
                        i + 1,
                        if r.is_empty() { "given by hand" } else { r }
                    )
                })
            })
            .collect();
        Some(reasons.join("; "))
    }));
    row
}

/// The gradebook a row at a time, for a class too large to hold at once (the command line grades
/// thousands of files one by one): [`Gradebook::header`] then one [`Gradebook::row`] per student
/// give exactly the bytes of [`gradebook_csv`].
pub struct Gradebook<'a> {
    labels: &'a [Label],
    /// The key's ranges of each label, in `labels` order.
    keys: Vec<Vec<Span>>,
}

impl<'a> Gradebook<'a> {
    pub fn new(labels: &'a [Label], key: &[LabelledSpan]) -> Gradebook<'a> {
        let keys = labels.iter().map(|l| ranges_of(key, &l.id)).collect();
        Gradebook { labels, keys }
    }

    /// The header's cells.
    pub fn header_cells(&self) -> Vec<String> {
        let mut header = vec!["annotator".to_string()];
        for label in self.labels {
            header.extend(LABEL_COLUMNS.iter().map(|c| format!("{}_{c}", label.id)));
        }
        header
    }

    /// One student's cells.
    pub fn cells(&self, name: &str, spans: &[LabelledSpan]) -> Vec<String> {
        let mut row = vec![name.to_string()];
        for (label, gold) in self.labels.iter().zip(&self.keys) {
            let test = ranges_of(spans, &label.id);
            row.push(test.len().to_string());
            for mode in [Match::Exact, Match::Overlap] {
                let prf = score_ranges(gold, &test, mode);
                row.extend([prf.precision, prf.recall, prf.f1].map(number));
            }
        }
        row
    }

    /// The header row, CRLF included.
    pub fn header(&self) -> String {
        csv_row(&self.header_cells())
    }

    /// One student's row, CRLF included.
    pub fn row(&self, name: &str, spans: &[LabelledSpan]) -> String {
        csv_row(&self.cells(name, spans))
    }
}

/// One row of a CSV written as the gradebook's rows are (cells that a spreadsheet would run as
/// formulas defused, quoted when RFC 4180 needs it, CRLF), for other tables of the same figures.
pub fn csv_row(fields: &[String]) -> String {
    let mut out = String::new();
    push_row(&mut out, fields);
    out
}

fn number(x: Option<f64>) -> String {
    x.map_or(String::new(), |x| format!("{x:.3}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(start: usize, end: usize) -> LabelledSpan {
        LabelledSpan::new("claim", start, end)
    }

    #[test]
    fn one_row_per_student_with_empty_cells_for_undefined_figures() {
        let labels = [Label::new("claim", "Claim", "#c2410c", "c")];
        let key = [claim(0, 10), claim(20, 30)];
        let students = [
            (
                "Ana".to_string(),
                vec![claim(0, 10), claim(22, 30), claim(40, 45)],
            ),
            ("Ben".to_string(), Vec::new()),
        ];
        assert_eq!(
            gradebook_csv(&labels, &key, &students),
            "annotator,claim_spans,claim_precision_exact,claim_recall_exact,claim_f1_exact,\
             claim_precision_overlap,claim_recall_overlap,claim_f1_overlap\r\n\
             Ana,3,0.333,0.500,0.400,0.667,1.000,0.800\r\n\
             Ben,0,,0.000,0.000,,0.000,0.000\r\n"
        );
    }

    #[test]
    fn a_rubric_adds_its_columns_and_leaves_the_label_columns_as_they_were() {
        use crate::analysis::grades::CriterionGrade;
        use crate::model::{Criterion, LetterBand, Measure};
        let labels = [Label::new("claim", "Claim", "#c2410c", "c")];
        let key = [claim(0, 10)];
        let students = [
            ("Ana".to_string(), vec![claim(0, 10)]),
            ("Ben".to_string(), Vec::new()),
            ("Cy".to_string(), Vec::new()),
        ];
        let rubric = Rubric {
            criteria: vec![
                Criterion {
                    name: "Claims".into(),
                    points: 4.0,
                    measure: Measure::Recall {
                        label: "claim".into(),
                    },
                },
                Criterion {
                    name: "Talk".into(),
                    points: 1.5,
                    measure: Measure::ByHand,
                },
            ],
            scale: Scale::Letters(vec![
                LetterBand {
                    letter: "Pass".into(),
                    min_percent: 50.0,
                },
                LetterBand {
                    letter: "Fail".into(),
                    min_percent: 0.0,
                },
            ]),
        };
        let criterion = |points: Option<f64>, reason: Option<&str>| CriterionGrade {
            computed: points,
            points,
            override_reason: reason.map(str::to_string),
        };
        let grades = [
            Grade {
                student: "Ana".into(),
                criteria: vec![criterion(Some(4.0), None), criterion(Some(1.0), Some(""))],
                total: 5.0,
                possible: 5.5,
                percent: Some(90.9),
                letter: Some("Pass".into()),
            },
            Grade {
                student: "Ben".into(),
                criteria: vec![
                    criterion(Some(2.5), Some("Found one, half marked, well argued")),
                    criterion(None, None),
                ],
                total: 2.5,
                possible: 5.5,
                percent: None,
                letter: None,
            },
        ];
        let plain = gradebook_csv(&labels, &key, &students);
        let with = gradebook_csv_with_rubric(&labels, &key, &students, &rubric, &grades);
        let lines: Vec<&str> = with.split("\r\n").collect();
        assert_eq!(
            lines[0],
            format!(
                "{},criterion_1_points,criterion_2_points,total_points,percent,letter,overrides",
                plain.split("\r\n").next().unwrap()
            )
        );
        assert!(
            lines[1].ends_with(",4,1,5,90.9,Pass,criterion 2: given by hand"),
            "{}",
            lines[1]
        );
        assert!(
            lines[2].ends_with(",2.5,,2.5,,,\"criterion 1: Found one, half marked, well argued\""),
            "{}",
            lines[2]
        );
        assert!(
            lines[3].ends_with(",0.000,,,,,,"),
            "Cy has no grade: {}",
            lines[3]
        );
        for (a, b) in plain.split("\r\n").zip(with.split("\r\n")) {
            assert!(b.starts_with(a), "the label columns are unchanged");
        }
    }

    #[test]
    fn names_cannot_become_formulas_and_are_quoted_when_needed() {
        let students = [
            ("=HYPERLINK(\"x\")".to_string(), Vec::new()),
            ("-1".to_string(), Vec::new()),
            ("Lee, Kim".to_string(), Vec::new()),
        ];
        let csv = gradebook_csv(&[], &[], &students);
        assert_eq!(
            csv,
            "annotator\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n'-1\r\n\"Lee, Kim\"\r\n"
        );
    }
}
