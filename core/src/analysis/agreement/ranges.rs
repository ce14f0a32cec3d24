//! One label's spans reduced to what the measures compare: a sorted set of code-point ranges, their
//! union, and which ranges of two sets overlap — each found by a sweep or a binary search, so that
//! 60 annotators × 60 spans stay cheap.

use super::LabelledSpan;
use crate::model::{order, Span};

/// The distinct non-empty ranges of `label` in `spans`, sorted by start, then end.
pub(super) fn ranges_of(spans: &[LabelledSpan], label: &str) -> Vec<Span> {
    let mut out: Vec<Span> = spans
        .iter()
        .filter(|s| s.label == label)
        .filter_map(LabelledSpan::span)
        .filter(|s| !s.is_empty())
        .collect();
    order::sort(&mut out);
    out.dedup();
    out
}

/// The code points covered by any of `ranges` (sorted by start), as sorted ranges that neither
/// overlap nor touch.
pub(super) fn union(ranges: &[Span]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for &r in ranges {
        match out.last_mut() {
            Some(last) if r.start() <= last.end() => {
                *last = Span::new(last.start(), last.end().max(r.end())).expect("ordered")
            }
            _ => out.push(r),
        }
    }
    out
}

/// True when `range` shares a code point with `union` (sorted, disjoint ranges).
pub(super) fn meets(union: &[Span], range: Span) -> bool {
    let at = union.partition_point(|u| u.end() <= range.start());
    union.get(at).is_some_and(|u| u.overlaps(range))
}

/// Every label used in any of the lists, sorted, each once.
pub(super) fn labels_in<'a>(lists: impl IntoIterator<Item = &'a [LabelledSpan]>) -> Vec<&'a str> {
    let mut out: Vec<&str> = lists
        .into_iter()
        .flatten()
        .map(|s| s.label.as_str())
        .collect();
    order::sort(&mut out);
    out.dedup();
    out
}

/// Shared code points over covered code points ("Jaccard"): 1 for the same range, 0 for ranges
/// that do not overlap.
pub(super) fn jaccard(a: Span, b: Span) -> f64 {
    let shared = a.clip(b).map_or(0, Span::len);
    let covered = a.len() + b.len() - shared;
    if covered == 0 {
        0.0
    } else {
        shared as f64 / covered as f64
    }
}

/// Every pair `(i, j)` with `a[i]` overlapping `b[j]` (both sorted by start, non-empty), found in
/// one sweep over the starts: time proportional to the ranges plus the pairs.
pub(super) fn overlapping_pairs(a: &[Span], b: &[Span]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut open_a, mut open_b): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let take_a = j == b.len() || (i < a.len() && a[i].start() <= b[j].start());
        if take_a {
            let at = a[i].start();
            open_b.retain(|&k| b[k].end() > at);
            out.extend(open_b.iter().map(|&k| (i, k)));
            open_a.push(i);
            i += 1;
        } else {
            let at = b[j].start();
            open_a.retain(|&k| a[k].end() > at);
            out.extend(open_a.iter().map(|&k| (k, j)));
            open_b.push(j);
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn s(start: usize, end: usize) -> Span {
        Span::new(start, end).unwrap()
    }

    #[test]
    fn union_joins_overlapping_and_touching_ranges() {
        assert_eq!(
            union(&[s(0, 3), s(2, 5), s(5, 7), s(9, 10)]),
            [s(0, 7), s(9, 10)]
        );
        assert!(meets(&[s(0, 7), s(9, 10)], s(6, 9)));
        assert!(!meets(&[s(0, 7), s(9, 10)], s(7, 9)));
    }

    #[test]
    fn jaccard_is_shared_over_covered() {
        assert_eq!(jaccard(s(0, 10), s(0, 10)), 1.0);
        assert_eq!(jaccard(s(0, 10), s(5, 15)), 5.0 / 15.0);
        assert_eq!(jaccard(s(0, 10), s(10, 15)), 0.0);
    }

    fn sorted_ranges() -> impl Strategy<Value = Vec<Span>> {
        prop::collection::vec((0usize..40, 1usize..12), 0..20).prop_map(|v| {
            let mut r: Vec<Span> = v.into_iter().map(|(a, l)| s(a, a + l)).collect();
            r.sort();
            r
        })
    }

    proptest! {
        #[test]
        fn the_sweep_finds_exactly_the_overlapping_pairs(a in sorted_ranges(), b in sorted_ranges()) {
            let mut found = overlapping_pairs(&a, &b);
            found.sort();
            let mut brute = Vec::new();
            for (i, x) in a.iter().enumerate() {
                for (j, y) in b.iter().enumerate() {
                    if x.overlaps(*y) {
                        brute.push((i, j));
                    }
                }
            }
            prop_assert_eq!(found, brute);
        }
    }
}
