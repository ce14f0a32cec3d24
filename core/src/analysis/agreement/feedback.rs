//! Feedback for one student against the key: which of the key's spans they matched, partly found
//! or missed, which of their spans the key does not have, and a partial-credit score.
//!
//! Pairing, per label: every overlapping (key span, student span) pair is weighed by its Jaccard
//! overlap (shared over covered code points); the best pairs are taken first, each span at most
//! once, so an exact match (Jaccard 1) always pairs. A pair with identical boundaries is
//! `Matched`, any other pair `Partial` with the Jaccard as credit. A key span left unpaired is
//! `Missed`, a student span left unpaired is `Extra`. Usually that means no span of the other side
//! overlaps it; it also happens when the only spans that do are paired with a better match (a
//! student who split one claim into two spans gets one `Partial` and one `Extra`).
//!
//! Score = (Σ credit over the key's spans, 1 for matched, 0 for missed) / (key spans + extra
//! spans): every key span and every extra span is one item worth up to one point, so marking
//! everything does not pay. `None` when there is nothing to score (no key span and no extra).

use super::ranges::{jaccard, labels_in, overlapping_pairs, ranges_of};
use super::LabelledSpan;
use crate::model::{order, Span};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    /// Same label and the same boundaries.
    Matched,
    /// Same label, overlapping: `credit` is shared over covered code points, in (0, 1).
    Partial { credit: f64 },
    /// A key span the student did not find.
    Missed,
    /// A student span the key does not have.
    Extra,
}

impl Verdict {
    /// What the item adds to the score's numerator.
    pub fn credit(self) -> f64 {
        match self {
            Verdict::Matched => 1.0,
            Verdict::Partial { credit } => credit,
            Verdict::Missed | Verdict::Extra => 0.0,
        }
    }
}

/// One verdict: `key` is set for matched, partial and missed, `student` for matched, partial and
/// extra.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedbackItem {
    pub verdict: Verdict,
    pub key: Option<LabelledSpan>,
    pub student: Option<LabelledSpan>,
}

impl FeedbackItem {
    /// Where the item sits in the text: its key span, or the student's span for an extra.
    fn position(&self) -> (usize, usize, &str) {
        let s = self
            .key
            .as_ref()
            .or(self.student.as_ref())
            .expect("one side");
        (s.start, s.end, &s.label)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Feedback {
    /// Every distinct key span and every distinct student span in exactly one item, sorted by
    /// position (start, end, label of the key span, or of the student span for an extra).
    pub items: Vec<FeedbackItem>,
    /// The partial-credit score in [0, 1], by the rule in the module's documentation.
    pub score: Option<f64>,
}

/// Feedback of one student against the key (see the module's documentation for the rules).
pub fn feedback(key: &[LabelledSpan], student: &[LabelledSpan]) -> Feedback {
    let mut items = Vec::new();
    for label in labels_in([key, student]) {
        let (k, s) = (ranges_of(key, label), ranges_of(student, label));
        items.extend(verdicts(label, &k, &s));
    }
    order::sort_by(&mut items, |a, b| a.position().cmp(&b.position()));
    let points: f64 = items.iter().map(|i| i.verdict.credit()).sum();
    let counted = items
        .iter()
        .filter(|i| i.key.is_some() || i.verdict == Verdict::Extra)
        .count();
    Feedback {
        items,
        score: (counted > 0).then(|| points / counted as f64),
    }
}

/// The items of one label, from its key ranges and student ranges (sorted, distinct).
fn verdicts(label: &str, key: &[Span], student: &[Span]) -> Vec<FeedbackItem> {
    let mut pairs: Vec<(f64, usize, usize)> = overlapping_pairs(key, student)
        .into_iter()
        .map(|(i, j)| (jaccard(key[i], student[j]), i, j))
        .collect();
    order::sort_by(&mut pairs, |a, b| {
        b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2)))
    });
    let (mut key_paired, mut student_paired) = (vec![false; key.len()], vec![false; student.len()]);
    let mut out = Vec::new();
    let item = |verdict, k: Option<Span>, s: Option<Span>| FeedbackItem {
        verdict,
        key: k.map(|k| LabelledSpan::of(label, k)),
        student: s.map(|s| LabelledSpan::of(label, s)),
    };
    for (credit, i, j) in pairs {
        if key_paired[i] || student_paired[j] {
            continue;
        }
        (key_paired[i], student_paired[j]) = (true, true);
        let verdict = if key[i] == student[j] {
            Verdict::Matched
        } else {
            Verdict::Partial { credit }
        };
        out.push(item(verdict, Some(key[i]), Some(student[j])));
    }
    let missed = key.iter().zip(&key_paired).filter(|(_, &p)| !p);
    out.extend(missed.map(|(k, _)| item(Verdict::Missed, Some(*k), None)));
    let extra = student.iter().zip(&student_paired).filter(|(_, &p)| !p);
    out.extend(extra.map(|(s, _)| item(Verdict::Extra, None, Some(*s))));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(label: &str, start: usize, end: usize) -> LabelledSpan {
        LabelledSpan::new(label, start, end)
    }

    /// An item as its verdict and the (start, end) of its key and student spans.
    type Row = (Verdict, Option<(usize, usize)>, Option<(usize, usize)>);

    fn summary(f: &Feedback) -> Vec<Row> {
        f.items
            .iter()
            .map(|i| {
                (
                    i.verdict,
                    i.key.as_ref().map(|k| (k.start, k.end)),
                    i.student.as_ref().map(|s| (s.start, s.end)),
                )
            })
            .collect()
    }

    #[test]
    fn each_kind_of_verdict_and_the_score() {
        let key = [
            l("claim", 0, 10),
            l("claim", 20, 30),
            l("claim", 40, 50),
            l("hedge", 60, 65),
        ];
        let student = [
            l("claim", 0, 10),
            l("claim", 25, 35),
            l("hedge", 40, 50),
            l("hedge", 60, 65),
        ];
        let f = feedback(&key, &student);
        assert_eq!(
            summary(&f),
            [
                (Verdict::Matched, Some((0, 10)), Some((0, 10))),
                (
                    Verdict::Partial { credit: 5.0 / 15.0 },
                    Some((20, 30)),
                    Some((25, 35))
                ),
                (Verdict::Missed, Some((40, 50)), None),
                (Verdict::Extra, None, Some((40, 50))),
                (Verdict::Matched, Some((60, 65)), Some((60, 65))),
            ]
        );
        // (1 + 1/3 + 0 + 1) / (4 key spans + 1 extra).
        assert!((f.score.unwrap() - (7.0 / 3.0) / 5.0).abs() < 1e-12);
    }

    #[test]
    fn each_span_pairs_once_with_its_best_match() {
        // One student span covers two key claims: it pairs with the one it overlaps more.
        let f = feedback(
            &[l("claim", 0, 10), l("claim", 12, 30)],
            &[l("claim", 5, 30)],
        );
        assert_eq!(
            summary(&f),
            [
                (Verdict::Missed, Some((0, 10)), None),
                (
                    Verdict::Partial {
                        credit: 18.0 / 25.0
                    },
                    Some((12, 30)),
                    Some((5, 30))
                ),
            ]
        );
        // A claim split into two spans: one pairs, the other is extra.
        let f = feedback(&[l("claim", 0, 20)], &[l("claim", 0, 8), l("claim", 9, 20)]);
        assert_eq!(
            summary(&f),
            [
                (Verdict::Extra, None, Some((0, 8))),
                (
                    Verdict::Partial {
                        credit: 11.0 / 20.0
                    },
                    Some((0, 20)),
                    Some((9, 20))
                ),
            ]
        );
    }

    #[test]
    fn nothing_to_score_is_none_and_nothing_marked_is_zero() {
        assert_eq!(feedback(&[], &[]).score, None);
        assert_eq!(feedback(&[l("claim", 0, 5)], &[]).score, Some(0.0));
        assert_eq!(feedback(&[], &[l("claim", 0, 5)]).score, Some(0.0));
        assert_eq!(
            feedback(&[l("claim", 0, 5)], &[l("claim", 0, 5)]).score,
            Some(1.0)
        );
    }
}
