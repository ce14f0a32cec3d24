//! Where people marked a label: the text cut at every span boundary into pieces, each with the
//! annotators whose spans cover it. One sweep over the sorted boundaries; the consensus reads it too.

use super::ranges::{ranges_of, union};
use super::LabelledSpan;
use crate::model::{order, Span};

/// A piece of the text and the annotators (indices, ascending) whose spans of the label cover all
/// of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeatPiece {
    pub start: usize,
    pub end: usize,
    pub who: Vec<usize>,
}

/// Heat: pieces of the text (sorted, non-overlapping, only where at least one annotator marked the
/// label) with the indices of the annotators whose spans of the label cover the whole piece. Two
/// neighbouring pieces always differ in `who` (an annotator's overlapping or touching spans count
/// as one stretch).
pub fn heat(annotators: &[Vec<LabelledSpan>], label: &str) -> Vec<HeatPiece> {
    let covered: Vec<Vec<Span>> = annotators
        .iter()
        .map(|a| union(&ranges_of(a, label)))
        .collect();
    coverage(&covered)
}

/// The pieces covered by at least one of `covered` (per annotator: sorted ranges that neither
/// overlap nor touch), with who covers each.
pub(super) fn coverage(covered: &[Vec<Span>]) -> Vec<HeatPiece> {
    // (position, annotator, starts here): an annotator has at most one boundary at a position.
    let mut events: Vec<(usize, usize, bool)> = covered
        .iter()
        .enumerate()
        .flat_map(|(who, ranges)| {
            ranges
                .iter()
                .flat_map(move |r| [(r.start(), who, true), (r.end(), who, false)])
        })
        .collect();
    order::sort_by_key(&mut events, |e| e.0);
    let mut active: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    let mut at = 0;
    while at < events.len() {
        let pos = events[at].0;
        while let Some(&(_, who, starts)) = events.get(at).filter(|e| e.0 == pos) {
            let slot = active.partition_point(|&a| a < who);
            if starts {
                active.insert(slot, who);
            } else {
                active.remove(slot);
            }
            at += 1;
        }
        if let (Some(next), false) = (events.get(at), active.is_empty()) {
            out.push(HeatPiece {
                start: pos,
                end: next.0,
                who: active.clone(),
            });
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

    fn piece(start: usize, end: usize, who: &[usize]) -> HeatPiece {
        HeatPiece {
            start,
            end,
            who: who.to_vec(),
        }
    }

    #[test]
    fn pieces_break_wherever_someone_starts_or_stops() {
        let people = [claims(&[(0, 19)]), claims(&[(0, 11)]), claims(&[(7, 25)])];
        assert_eq!(
            heat(&people, "claim"),
            [
                piece(0, 7, &[0, 1]),
                piece(7, 11, &[0, 1, 2]),
                piece(11, 19, &[0, 2]),
                piece(19, 25, &[2]),
            ]
        );
    }

    #[test]
    fn gaps_are_left_out_and_one_annotators_spans_join() {
        let people = [
            claims(&[(0, 5), (3, 8), (8, 10), (20, 30)]),
            claims(&[(22, 24)]),
        ];
        assert_eq!(
            heat(&people, "claim"),
            [
                piece(0, 10, &[0]),
                piece(20, 22, &[0]),
                piece(22, 24, &[0, 1]),
                piece(24, 30, &[0]),
            ]
        );
        assert!(heat(&people, "hedge").is_empty());
        assert!(heat(&[], "claim").is_empty());
    }
}
