//! The one text cutter: a range of the text cut into consecutive pieces wherever the set of marks
//! covering it changes, each piece knowing which marks cover all of it. Highlight segments (the
//! annotator), suggestion pieces, the compare view's painted pieces and the class's heat are all cut
//! by it, so they agree on every boundary.

use crate::model::order;
use crate::model::Span;

/// A run of the range covered by the same marks throughout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub span: Span,
    /// Indices into the marks given, ascending.
    pub covering: Vec<usize>,
}

/// Cuts `range` at every edge of `marks` inside it: the pieces tile `range` in order (uncovered
/// runs included, with no marks), and neighbours differ in their marks. Empty marks and marks
/// outside the range cover nothing. One sweep over the edges, sorted once.
pub fn cut(range: Span, marks: &[Span]) -> Vec<Piece> {
    // (position, mark, opens): closing before opening at the same position is not needed, since
    // a mark covers the piece starting at its start and not the one starting at its end.
    let mut edges: Vec<(usize, usize, bool)> = Vec::with_capacity(marks.len() * 2);
    for (i, m) in marks.iter().enumerate() {
        if let Some(c) = m.clip(range) {
            if !c.is_empty() {
                edges.push((c.start(), i, true));
                edges.push((c.end(), i, false));
            }
        }
    }
    order::sort_by_key(&mut edges, |e| e.0);
    let mut out = Vec::with_capacity(edges.len() + 1);
    let mut open: Vec<usize> = Vec::new();
    let mut at = range.start();
    let mut next = 0;
    while at < range.end() {
        while let Some(&(_, i, opens)) = edges.get(next).filter(|e| e.0 == at) {
            let slot = open.partition_point(|&o| o < i);
            if opens {
                open.insert(slot, i);
            } else {
                open.remove(slot);
            }
            next += 1;
        }
        let end = edges
            .get(next)
            .map_or(range.end(), |e| e.0)
            .min(range.end());
        out.push(Piece {
            span: Span::new(at, end).expect("edges are sorted"),
            covering: open.clone(),
        });
        at = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sp(a: usize, b: usize) -> Span {
        Span::new(a, b).unwrap()
    }

    #[test]
    fn overlapping_and_nested_marks_cut_where_the_set_changes() {
        let pieces = cut(sp(0, 10), &[sp(2, 6), sp(4, 8), sp(4, 5), sp(9, 20)]);
        let got: Vec<(usize, usize, Vec<usize>)> = pieces
            .iter()
            .map(|p| (p.span.start(), p.span.end(), p.covering.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, 2, vec![]),
                (2, 4, vec![0]),
                (4, 5, vec![0, 1, 2]),
                (5, 6, vec![0, 1]),
                (6, 8, vec![1]),
                (8, 9, vec![]),
                (9, 10, vec![3]),
            ]
        );
        assert!(
            cut(sp(3, 3), &[sp(0, 9)]).is_empty(),
            "an empty range has no pieces"
        );
    }

    proptest! {
        /// Against brute force: the pieces tile the range, each code point of a piece is covered by
        /// exactly the piece's marks, and neighbours differ.
        #[test]
        fn pieces_match_brute_force(
            start in 0usize..30,
            len in 0usize..40,
            marks in prop::collection::vec((0usize..80, 0usize..20), 0..12),
        ) {
            let range = sp(start, start + len);
            let marks: Vec<Span> = marks.into_iter().map(|(s, l)| sp(s, s + l)).collect();
            let pieces = cut(range, &marks);
            let mut at = range.start();
            for (k, p) in pieces.iter().enumerate() {
                prop_assert_eq!(p.span.start(), at);
                prop_assert!(!p.span.is_empty());
                for pos in p.span.start()..p.span.end() {
                    let brute: Vec<usize> = (0..marks.len())
                        .filter(|&i| marks[i].start() <= pos && pos < marks[i].end())
                        .collect();
                    prop_assert_eq!(&brute, &p.covering);
                }
                if k > 0 {
                    prop_assert_ne!(&pieces[k - 1].covering, &p.covering);
                }
                at = p.span.end();
            }
            prop_assert_eq!(at, range.end().max(range.start()));
        }
    }
}
