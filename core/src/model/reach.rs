//! Finding the annotations over a place of a long text without scanning from its start, so that a
//! paragraph deep in a book is cut into segments in time proportional to the annotations near it:
//! how far the annotations reach (the largest end among each one and those before it in text
//! order), and how many start or end inside a span (what a paragraph will weigh in the page).

use std::ops::Range;

use crate::model::blocks::{Block, Segment, Sweep};
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

/// How many annotations start strictly inside a span (after its first code point, before its end):
/// with the ends counted by [`count_ends`], where a block is cut (it has at most one segment more).
/// By binary search: the annotations are in text order.
pub fn starts_in(doc: &Document, span: Span) -> usize {
    let anns = doc.annotations();
    anns.partition_point(|a| a.span.start() < span.end())
        - anns.partition_point(|a| a.span.start() <= span.start())
}

/// Counts, for the annotations `range` (positions in text order), the ends that fall strictly
/// inside a block: `counts[b]` grows by one for each such end inside `blocks[b]`. Called over
/// successive ranges, it counts a book's annotations a slice at a time.
pub fn count_ends(doc: &Document, blocks: &[Block], range: Range<usize>, counts: &mut [u32]) {
    for a in &doc.annotations()[range] {
        let end = a.span.end();
        // The last block starting before the end holds it, if it reaches past it.
        let b = blocks.partition_point(|b| b.span.start() < end);
        if let Some(i) = b.checked_sub(1) {
            if end < blocks[i].span.end() {
                counts[i] += 1;
            }
        }
    }
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

    /// Starts and ends strictly inside each block, ends counted in two slices.
    fn boundaries(d: &Document) -> Vec<usize> {
        let bs = blocks(&d.text);
        let mut ends = vec![0; bs.len()];
        let n = d.annotations().len();
        count_ends(d, &bs, 0..n / 2, &mut ends);
        count_ends(d, &bs, n / 2..n, &mut ends);
        bs.iter()
            .zip(ends)
            .map(|(b, e)| starts_in(d, b.span) + e as usize)
            .collect()
    }

    #[test]
    fn boundaries_count_starts_and_ends_strictly_inside() {
        let d = doc_with("0123456789", &[(0, 4), (2, 10), (5, 6)]);
        // Inside (0, 10): starts at 2 and 5, ends at 4 and 6 (10 is the block's end).
        assert_eq!(boundaries(&d), vec![4]);
        let d = doc_with("0123\n56789", &[(0, 4), (2, 7), (5, 6), (6, 10)]);
        // First block (0, 4): a start at 2; its ends at 4 are not inside. Second (5, 10): starts
        // at 6 (5 is its first code point), ends at 6 and 7.
        assert_eq!(boundaries(&d), vec![1, 3]);
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
            let r = Reach::new(&d);
            for (b, cuts) in blocks(&d.text).into_iter().zip(boundaries(&d)) {
                let segs = r.segments(&d, b.span);
                prop_assert_eq!(&segs, &segment_block(&d, b.span));
                prop_assert!(segs.len() <= cuts + 1);
            }
        }
    }
}
