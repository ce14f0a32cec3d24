//! Precision, recall and F1 of one annotator's spans against another's, for one label, with exact
//! or lenient (overlap) matching; and the matrix of F1 between every pair of annotators.

use super::ranges::{meets, ranges_of, union};
use super::LabelledSpan;
use crate::model::Span;

/// How a test span must agree with a gold span to count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// The same start and end (one-to-one).
    Exact,
    /// Lenient: at least one shared code point.
    Overlap,
}

/// Counts and figures of `test` against `gold`.
///
/// `precision` is `None` when `test` has no spans, `recall` when `gold` has none. `f1` is `None`
/// only when neither has a span ("nothing to compare"); when exactly one side is empty nothing can
/// match, and `f1` is 0 (complete disagreement), as the Dice form `2·matched / (gold + test)` gives.
/// Otherwise `f1 = 2PR / (P + R)`, and 0 when `P + R = 0`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prf {
    pub gold: usize,
    pub test: usize,
    /// Gold spans found: matched by some test span.
    pub matched_gold: usize,
    /// Test spans that are correct: matching some gold span.
    pub matched_test: usize,
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    pub f1: Option<f64>,
}

impl Prf {
    /// The figures from the counts, by the rules above.
    pub fn from_counts(gold: usize, test: usize, matched_gold: usize, matched_test: usize) -> Prf {
        let ratio = |part: usize, whole: usize| (whole > 0).then(|| part as f64 / whole as f64);
        let (precision, recall) = (ratio(matched_test, test), ratio(matched_gold, gold));
        let f1 = match (precision, recall) {
            (None, None) => None,
            (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
            _ => Some(0.0),
        };
        Prf {
            gold,
            test,
            matched_gold,
            matched_test,
            precision,
            recall,
            f1,
        }
    }
}

/// `test` scored against `gold` for one label (spans of other labels ignored).
pub fn score(gold: &[LabelledSpan], test: &[LabelledSpan], label: &str, mode: Match) -> Prf {
    score_ranges(&ranges_of(gold, label), &ranges_of(test, label), mode)
}

/// [`score`] on one label's ranges (sorted, distinct, non-empty).
pub(super) fn score_ranges(gold: &[Span], test: &[Span], mode: Match) -> Prf {
    let (matched_gold, matched_test) = match mode {
        Match::Exact => {
            let same = count_common(gold, test);
            (same, same)
        }
        Match::Overlap => {
            let (gold_cover, test_cover) = (union(gold), union(test));
            (
                gold.iter().filter(|g| meets(&test_cover, **g)).count(),
                test.iter().filter(|t| meets(&gold_cover, **t)).count(),
            )
        }
    };
    Prf::from_counts(gold.len(), test.len(), matched_gold, matched_test)
}

/// How many ranges two sorted sets share, by one merge.
fn count_common(a: &[Span], b: &[Span]) -> usize {
    let (mut i, mut j, mut same) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                same += 1;
                i += 1;
                j += 1;
            }
        }
    }
    same
}

/// Symmetric matrix of pairwise F1 between annotators for one label (diagonal `None`). An entry is
/// `None` when neither of the two marked the label.
pub fn pairwise_f1(
    annotators: &[Vec<LabelledSpan>],
    label: &str,
    mode: Match,
) -> Vec<Vec<Option<f64>>> {
    let ranges: Vec<Vec<Span>> = annotators.iter().map(|a| ranges_of(a, label)).collect();
    let n = ranges.len();
    let mut out = vec![vec![None; n]; n];
    for i in 0..n {
        for j in i + 1..n {
            let f1 = score_ranges(&ranges[i], &ranges[j], mode).f1;
            out[i][j] = f1;
            out[j][i] = f1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(ranges: &[(usize, usize)]) -> Vec<LabelledSpan> {
        ranges
            .iter()
            .map(|&(s, e)| LabelledSpan::new("claim", s, e))
            .collect()
    }

    #[test]
    fn exact_matching_is_one_to_one_on_identical_boundaries() {
        let gold = claims(&[(0, 10), (20, 30), (40, 50)]);
        let test = claims(&[(0, 10), (20, 29), (60, 70), (0, 10)]);
        let p = score(&gold, &test, "claim", Match::Exact);
        assert_eq!(
            (p.gold, p.test, p.matched_gold, p.matched_test),
            (3, 3, 1, 1)
        );
        assert_eq!(p.precision, Some(1.0 / 3.0));
        assert_eq!(p.recall, Some(1.0 / 3.0));
        assert!((p.f1.unwrap() - 1.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn overlap_counts_each_side_on_its_own() {
        // One long test span covers two gold spans: both are found, the one test span is correct.
        let gold = claims(&[(0, 10), (12, 20), (40, 50)]);
        let test = claims(&[(5, 15), (30, 35)]);
        let p = score(&gold, &test, "claim", Match::Overlap);
        assert_eq!((p.matched_gold, p.matched_test), (2, 1));
        assert_eq!((p.precision, p.recall), (Some(0.5), Some(2.0 / 3.0)));
        assert!((p.f1.unwrap() - 4.0 / 7.0).abs() < 1e-12);
    }

    #[test]
    fn touching_is_not_overlapping() {
        let p = score(
            &claims(&[(0, 10)]),
            &claims(&[(10, 20)]),
            "claim",
            Match::Overlap,
        );
        assert_eq!(
            (p.precision, p.recall, p.f1),
            (Some(0.0), Some(0.0), Some(0.0))
        );
    }

    #[test]
    fn other_labels_are_ignored() {
        let mut test = claims(&[(0, 10)]);
        test.push(LabelledSpan::new("hedge", 0, 10));
        let p = score(&claims(&[(0, 10)]), &test, "claim", Match::Exact);
        assert_eq!((p.test, p.f1), (1, Some(1.0)));
    }

    #[test]
    fn undefined_figures_are_none() {
        let none = score(&[], &[], "claim", Match::Exact);
        assert_eq!((none.precision, none.recall, none.f1), (None, None, None));
        let nothing_marked = score(&claims(&[(0, 5)]), &[], "claim", Match::Overlap);
        assert_eq!(
            (
                nothing_marked.precision,
                nothing_marked.recall,
                nothing_marked.f1
            ),
            (None, Some(0.0), Some(0.0))
        );
        let nothing_expected = score(&[], &claims(&[(0, 5)]), "claim", Match::Overlap);
        assert_eq!(
            (
                nothing_expected.precision,
                nothing_expected.recall,
                nothing_expected.f1
            ),
            (Some(0.0), None, Some(0.0))
        );
    }

    #[test]
    fn pairwise_is_symmetric_with_an_empty_diagonal() {
        let people = [claims(&[(0, 10)]), claims(&[(0, 10), (20, 30)]), Vec::new()];
        let m = pairwise_f1(&people, "claim", Match::Exact);
        assert_eq!(m[0][0], None);
        assert_eq!(m[0][1], Some(2.0 / 3.0));
        assert_eq!(m[1][0], m[0][1]);
        assert_eq!(m[0][2], Some(0.0));
        assert_eq!(
            pairwise_f1(&[Vec::new(), Vec::new()], "claim", Match::Exact)[0][1],
            None
        );
    }
}
