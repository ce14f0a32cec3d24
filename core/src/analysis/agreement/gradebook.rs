//! The gradebook: every student's precision, recall and F1 against the key, per label, exact and
//! lenient, as a CSV a teacher opens in a spreadsheet.
//!
//! RFC 4180: rows end with CRLF, a field holding a comma, a double quote, CR or LF is quoted with
//! its quotes doubled. Names come from students' files, so a cell that a spreadsheet would run as a
//! formula (starting with `=`, `+`, `-`, `@`, a tab or CR) gets a leading apostrophe, as OWASP
//! advises against CSV injection.

use super::ranges::ranges_of;
use super::score::score_ranges;
use super::{LabelledSpan, Match};
use crate::model::{Label, Span};

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

    /// The header row, CRLF included.
    pub fn header(&self) -> String {
        let mut out = String::new();
        let mut header = vec!["annotator".to_string()];
        for label in self.labels {
            header.extend(LABEL_COLUMNS.iter().map(|c| format!("{}_{c}", label.id)));
        }
        push_row(&mut out, &header);
        out
    }

    /// One student's row, CRLF included.
    pub fn row(&self, name: &str, spans: &[LabelledSpan]) -> String {
        let mut out = String::new();
        let mut row = vec![name.to_string()];
        for (label, gold) in self.labels.iter().zip(&self.keys) {
            let test = ranges_of(spans, &label.id);
            row.push(test.len().to_string());
            for mode in [Match::Exact, Match::Overlap] {
                let prf = score_ranges(gold, &test, mode);
                row.extend([prf.precision, prf.recall, prf.f1].map(number));
            }
        }
        push_row(&mut out, &row);
        out
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

fn push_row(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, field);
    }
    out.push_str("\r\n");
}

/// One field, defused against formulas, then quoted if RFC 4180 needs it.
fn push_field(out: &mut String, field: &str) {
    let defused;
    let field = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        defused = format!("'{field}");
        &defused
    } else {
        field
    };
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
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
