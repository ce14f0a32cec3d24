//! Finding the annotations over a place of a long text without scanning from its start, so that a
//! paragraph deep in a book is cut into segments in time proportional to the annotations near it:
//! how far the annotations reach (the largest end among each one and those before it in text
//! order), and how many start or end inside a span (what a paragraph will weigh in the page).

use crate::model::blocks::{Segment, Sweep};
use crate::model::{Document, Span};

/// The annotations' reach, for one state of a document's annotations (build it again after an edit:
/// it takes one pass).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reach {
    /// At `i`: the largest end of annotations `0..=i` (in text order).
    furthest: Vec<usize>,
}

impl Reach {
    pub fn new(doc: &Document) -> Reach {
        let mut far = 0;
        Reach {
            furthest: doc
                .annotations()
                .iter()
                .map(|a| {
                    far = far.max(a.span.end());
                    far
                })
                .collect(),
        }
    }

    /// The position (in text order) of the first annotation that may cover `pos` or any later code
    /// point: every annotation before it ends at or before `pos`.
    pub fn first_over(&self, pos: usize) -> usize {
        self.furthest.partition_point(|&end| end <= pos)
    }

    /// A sweep that yields the segments of blocks from the one starting at `pos` on (in text order,
    /// each once), the same as a sweep run from the first block.
    pub fn sweep_from(&self, pos: usize) -> Sweep {
        Sweep::at(self.first_over(pos))
    }

    /// The segments of the block `block`, as [`crate::model::blocks::segment_block`] cuts them.
    pub fn segments(&self, doc: &Document, block: Span) -> Vec<Segment> {
        self.sweep_from(block.start()).segments(doc, block)
    }
}

/// How many annotation starts and ends fall inside a span: a block cut at that many places has at
/// most one more segment. Counted by binary search over the starts (the annotations are in text
/// order) and over `ends`, the annotations' ends sorted.
pub fn boundaries_in(doc: &Document, ends: &[usize], span: Span) -> usize {
    let anns = doc.annotations();
    let starts = anns.partition_point(|a| a.span.start() < span.end())
        - anns.partition_point(|a| a.span.start() <= span.start());
    let ends_in =
        ends.partition_point(|&e| e < span.end()) - ends.partition_point(|&e| e <= span.start());
    starts + ends_in
}

/// The annotations' ends in increasing order, for [`boundaries_in`].
pub fn sorted_ends(doc: &Document) -> Vec<usize> {
    let mut ends: Vec<usize> = doc.annotations().iter().map(|a| a.span.end()).collect();
    crate::model::order::sort(&mut ends);
    ends
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::blocks::{blocks, segment_block};
    use crate::model::Annotation;
    use proptest::prelude::*;

    fn doc_with(text: &str, spans: &[(usize, usize)]) -> Document {
        let mut d = Document::new("T", text, None);
        for (i, &(s, e)) in spans.iter().enumerate() {
            let _ = d.insert(Annotation::new(
                &format!("a{i}"),
                "claim",
                Span::new(s, e).unwrap(),
                "",
            ));
        }
        d
    }

    #[test]
    fn a_long_span_early_keeps_the_search_from_skipping_it() {
        let d = doc_with(
            "aaaa\nbbbb\ncccc\ndddd",
            &[(0, 18), (1, 2), (6, 7), (11, 12)],
        );
        let r = Reach::new(&d);
        assert_eq!(
            r.first_over(15),
            0,
            "the first span reaches into the last paragraph"
        );
        let d = doc_with(
            "aaaa\nbbbb\ncccc\ndddd",
            &[(0, 3), (1, 2), (6, 7), (11, 12)],
        );
        assert_eq!(Reach::new(&d).first_over(10), 3);
    }

    #[test]
    fn boundaries_count_starts_and_ends_strictly_inside() {
        let d = doc_with("0123456789", &[(0, 4), (2, 10), (5, 6)]);
        let ends = sorted_ends(&d);
        // Inside (0, 10): starts at 2 and 5, ends at 4 and 6.
        assert_eq!(boundaries_in(&d, &ends, Span::new(0, 10).unwrap()), 4);
        assert_eq!(boundaries_in(&d, &ends, Span::new(3, 5).unwrap()), 1);
    }

    proptest! {
        /// From any block, the reach's segments equal the ones found by scanning from the start,
        /// and a block has at most one segment more than it has boundaries.
        #[test]
        fn segments_from_the_reach_equal_a_scan(
            text in "[a-c \n]{1,60}",
            spans in prop::collection::vec((0usize..60, 1usize..30), 0..12),
        ) {
            let n = text.chars().count();
            let spans: Vec<(usize, usize)> = spans.into_iter()
                .map(|(s, l)| (s.min(n), (s + l).min(n))).filter(|(s, e)| s < e).collect();
            let d = doc_with(&text, &spans);
            let (r, ends) = (Reach::new(&d), sorted_ends(&d));
            for b in blocks(&d.text) {
                let segs = r.segments(&d, b.span);
                prop_assert_eq!(&segs, &segment_block(&d, b.span));
                prop_assert!(segs.len() <= boundaries_in(&d, &ends, b.span) + 1);
            }
        }
    }
}
