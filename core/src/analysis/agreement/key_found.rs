//! Which students found each of the key's spans, hardest first: the spans a class missed are the
//! ones worth discussing.

use super::ranges::{labels_in, meets, ranges_of, union};
use super::LabelledSpan;
use crate::model::order;

/// A span of the key and the students (indices, ascending) with a span of its label overlapping it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeySpanFound {
    pub span: LabelledSpan,
    pub found_by: Vec<usize>,
}

/// The key's spans (each distinct span once) with the students who found each (overlap, same
/// label), fewest first, then in text order (start, end, label).
pub fn key_spans_found(key: &[LabelledSpan], students: &[Vec<LabelledSpan>]) -> Vec<KeySpanFound> {
    let mut out = Vec::new();
    for label in labels_in([key]) {
        let covered: Vec<_> = students
            .iter()
            .map(|s| union(&ranges_of(s, label)))
            .collect();
        for span in ranges_of(key, label) {
            out.push(KeySpanFound {
                span: LabelledSpan::of(label, span),
                found_by: (0..students.len())
                    .filter(|&i| meets(&covered[i], span))
                    .collect(),
            });
        }
    }
    order::sort_by(&mut out, |a, b| {
        (a.found_by.len(), a.span.start, a.span.end, &a.span.label).cmp(&(
            b.found_by.len(),
            b.span.start,
            b.span.end,
            &b.span.label,
        ))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spans_fewest_students_found_come_first() {
        let key = [
            LabelledSpan::new("claim", 0, 10),
            LabelledSpan::new("claim", 20, 30),
            LabelledSpan::new("hedge", 12, 15),
        ];
        let students = [
            vec![LabelledSpan::new("claim", 5, 25)],
            vec![
                LabelledSpan::new("claim", 0, 10),
                LabelledSpan::new("claim", 12, 15),
            ],
            vec![
                LabelledSpan::new("hedge", 14, 15),
                LabelledSpan::new("claim", 9, 10),
            ],
        ];
        let found: Vec<(usize, Vec<usize>)> = key_spans_found(&key, &students)
            .into_iter()
            .map(|k| (k.span.start, k.found_by))
            .collect();
        // The hedge at 12 is found only by student 2 (student 1 marked it as a claim).
        assert_eq!(found, [(12, vec![2]), (20, vec![0]), (0, vec![0, 1, 2])]);
    }
}
