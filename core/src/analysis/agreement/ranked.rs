//! The spans of a class ranked by how many people marked them, with near-identical spans (the same
//! claim with slightly different boundaries) counted as one.
//!
//! Grouping, per label: the distinct spans are taken most-marked first (then in text order); each
//! one not yet in a group seeds a group, which takes in every span not yet grouped whose Jaccard
//! overlap with the **seed** (shared over covered code points) is at least [`SAME_SPAN_JACCARD`].
//! Comparing with the seed, not with the growing group, keeps groups from chaining along the text:
//! two adjacent claims share no code point and are never merged, while ten students who each took
//! a word more or less of the same sentence end up in one row.

use super::ranges::{jaccard, labels_in, ranges_of};
use super::LabelledSpan;
use crate::model::{order, Span};

/// The least Jaccard overlap with a group's seed for a span to join the group.
pub const SAME_SPAN_JACCARD: f64 = 0.5;

/// A group of near-identical spans of one label. `start`..`end` is the group's most common exact
/// span; `exact` is who marked exactly it, `who` everyone in the group (indices, ascending).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankedSpan {
    pub label: String,
    pub start: usize,
    pub end: usize,
    pub who: Vec<usize>,
    pub exact: Vec<usize>,
}

/// Spans ranked by how many annotators marked them (grouped as the module says), sorted by
/// `who.len()` descending, then by position (start, end, label).
pub fn ranked_spans(annotators: &[Vec<LabelledSpan>]) -> Vec<RankedSpan> {
    let mut out = Vec::new();
    for label in labels_in(annotators.iter().map(Vec::as_slice)) {
        let marked = who_marked_each(annotators, label);
        out.extend(
            group(&marked)
                .into_iter()
                .map(|(span, who, exact)| RankedSpan {
                    label: label.to_string(),
                    start: span.start(),
                    end: span.end(),
                    who,
                    exact,
                }),
        );
    }
    order::sort_by(&mut out, |a, b| {
        (std::cmp::Reverse(a.who.len()), a.start, a.end, &a.label).cmp(&(
            std::cmp::Reverse(b.who.len()),
            b.start,
            b.end,
            &b.label,
        ))
    });
    out
}

/// Each distinct span of the label with who marked it exactly, sorted by start, then end.
fn who_marked_each(annotators: &[Vec<LabelledSpan>], label: &str) -> Vec<(Span, Vec<usize>)> {
    let mut all: Vec<(Span, usize)> = annotators
        .iter()
        .enumerate()
        .flat_map(|(who, spans)| ranges_of(spans, label).into_iter().map(move |s| (s, who)))
        .collect();
    order::sort(&mut all);
    let mut out: Vec<(Span, Vec<usize>)> = Vec::new();
    for (span, who) in all {
        match out.last_mut() {
            Some((last, people)) if *last == span => people.push(who),
            _ => out.push((span, vec![who])),
        }
    }
    out
}

/// The groups of one label: (seed span, everyone in the group, who marked exactly the seed).
fn group(marked: &[(Span, Vec<usize>)]) -> Vec<(Span, Vec<usize>, Vec<usize>)> {
    let mut seeds: Vec<usize> = (0..marked.len()).collect();
    order::sort_by_key(&mut seeds, |&i| std::cmp::Reverse(marked[i].1.len()));
    let mut grouped = vec![false; marked.len()];
    let mut out = Vec::new();
    for seed in seeds {
        if grouped[seed] {
            continue;
        }
        let (span, exact) = &marked[seed];
        // A span with Jaccard ≥ t shares at most the seed's length L and is at most L / t long,
        // so it starts less than L / t before the seed starts, and before the seed ends.
        let reach = (span.len() as f64 / SAME_SPAN_JACCARD).ceil() as usize;
        let from = marked.partition_point(|m| m.0.start() < span.start().saturating_sub(reach));
        let mut who = Vec::new();
        for i in from..marked.len() {
            let (other, people) = &marked[i];
            if other.start() >= span.end() {
                break;
            }
            if !grouped[i] && jaccard(*span, *other) >= SAME_SPAN_JACCARD {
                grouped[i] = true;
                who.extend_from_slice(people);
            }
        }
        order::sort(&mut who);
        who.dedup();
        out.push((*span, who, exact.clone()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(start: usize, end: usize) -> Vec<LabelledSpan> {
        vec![LabelledSpan::new("claim", start, end)]
    }

    #[test]
    fn one_claim_with_ragged_boundaries_is_one_row() {
        // Ten students mark the sentence at 10..60, some a word more or less.
        let bounds = [
            (10, 60),
            (10, 60),
            (10, 60),
            (10, 61),
            (4, 60),
            (10, 55),
            (16, 60),
            (10, 60),
            (4, 61),
            (10, 66),
        ];
        let class: Vec<_> = bounds.iter().map(|&(s, e)| claim(s, e)).collect();
        let ranked = ranked_spans(&class);
        assert_eq!(ranked.len(), 1);
        assert_eq!((ranked[0].start, ranked[0].end), (10, 60));
        assert_eq!(ranked[0].exact, [0, 1, 2, 7]);
        assert_eq!(ranked[0].who, (0..10).collect::<Vec<_>>());
    }

    #[test]
    fn adjacent_claims_stay_apart_and_labels_never_mix() {
        // Two claims of equal length side by side, and a student who marked both as one.
        let class = [
            claim(0, 20),
            claim(0, 20),
            claim(21, 41),
            claim(0, 41),
            vec![LabelledSpan::new("hedge", 0, 20)],
        ];
        let ranked = ranked_spans(&class);
        let rows: Vec<(&str, usize, usize, usize)> = ranked
            .iter()
            .map(|r| (r.label.as_str(), r.start, r.end, r.who.len()))
            .collect();
        // 0..41 shares 20 of 41 code points with 0..20 (Jaccard < 1/2): its own row.
        assert_eq!(
            rows,
            [
                ("claim", 0, 20, 2),
                ("hedge", 0, 20, 1),
                ("claim", 0, 41, 1),
                ("claim", 21, 41, 1)
            ]
        );
    }

    #[test]
    fn a_student_counts_once_per_group() {
        let class = [
            vec![
                LabelledSpan::new("claim", 0, 10),
                LabelledSpan::new("claim", 0, 11),
            ],
            claim(0, 10),
        ];
        let ranked = ranked_spans(&class);
        assert_eq!(ranked.len(), 1);
        assert_eq!(
            (ranked[0].who.clone(), ranked[0].exact.clone()),
            (vec![0, 1], vec![0, 1])
        );
    }
}
