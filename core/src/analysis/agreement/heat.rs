//! Where people marked a label: the text cut at every span boundary into pieces, each with the
//! annotators whose spans cover it. One sweep over the sorted boundaries; the consensus reads it too.

use super::ranges::{ranges_of, union};
use super::LabelledSpan;
use crate::model::cut::cut;
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
    // Each annotator's ranges as marks, cut by the one cutter over what they reach.
    let mut marks: Vec<Span> = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    for (who, ranges) in covered.iter().enumerate() {
        marks.extend(ranges.iter().copied());
        owner.extend(std::iter::repeat_n(who, ranges.len()));
    }
    let (Some(start), Some(end)) = (
        marks.iter().map(|m| m.start()).min(),
        marks.iter().map(|m| m.end()).max(),
    ) else {
        return Vec::new();
    };
    cut(Span::new(start, end).expect("ordered"), &marks)
        .into_iter()
        .filter(|p| !p.covering.is_empty())
        .map(|p| {
            // An annotator's ranges neither overlap nor touch: at most one covers a piece.
            let mut who: Vec<usize> = p.covering.iter().map(|&i| owner[i]).collect();
            order::sort(&mut who);
            HeatPiece {
                start: p.span.start(),
                end: p.span.end(),
                who,
            }
        })
        .collect()
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
