//! Splitting a document into blocks (paragraphs) and each block into highlight segments.
//!
//! The app renders one component per block, so an edit re-renders only the blocks its span touches.
//! A segment is a maximal run of a block covered by the same set of annotations; overlapping and
//! nested spans become a flat list of segments that each know every annotation covering them.

use crate::model::cut::cut;
use crate::model::text::for_each_char_in;
use crate::model::{Annotation, Document, Span, Text};

/// A paragraph: a non-empty line of the text. Line ends (`\n`, `\r\n`, `\r`, U+2028, U+2029)
/// separate blocks and belong to none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub index: usize,
    pub span: Span,
}

/// A run of a block with the same annotations over all of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    /// Covering annotations, shortest (innermost) first.
    pub ids: Vec<String>,
    /// Their label ids, deduplicated, in the document's label order.
    pub labels: Vec<String>,
}

fn is_line_end(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// The blocks of a text, in order. One pass over the bytes, decoding only characters outside ASCII
/// (a book's text is millions of them).
pub fn blocks(text: &Text) -> Vec<Block> {
    Scanning::default().finish(text.as_str())
}

/// Finding the blocks a piece at a time, as [`blocks`] does in one go: the app finds a book's
/// blocks in slices while it opens.
#[derive(Debug, Default)]
pub struct Scanning {
    out: Vec<Block>,
    /// Where the block under way started (a code point).
    start: Option<usize>,
    /// The code point at `at`.
    pos: usize,
    /// The next byte to scan.
    at: usize,
}

impl Scanning {
    /// Scans `s` (the whole text) from where the last call stopped up to byte `to` (which may cut
    /// a character: its continuation bytes are skipped, its first byte decoded from `s`).
    pub fn feed(&mut self, s: &str, to: usize) {
        let to = to.min(s.len());
        for_each_char_in(s, self.at..to, is_line_end, |_, end| {
            if end {
                if let Some(start) = self.start.take() {
                    self.out.push(Block {
                        index: self.out.len(),
                        span: Span::new(start, self.pos).expect("ordered"),
                    });
                }
            } else if self.start.is_none() {
                self.start = Some(self.pos);
            }
            self.pos += 1;
        });
        self.at = self.at.max(to);
    }

    /// The bytes scanned so far.
    pub fn scanned(&self) -> usize {
        self.at
    }

    /// The blocks of `s` (the text fed so far), scanned to its end.
    pub fn finish(mut self, s: &str) -> Vec<Block> {
        self.feed(s, s.len());
        if let Some(start) = self.start {
            self.out.push(Block {
                index: self.out.len(),
                span: Span::new(start, self.pos).expect("ordered"),
            });
        }
        self.out
    }
}

/// Indices of the blocks that share a code point with `span` (blocks are in text order).
pub fn blocks_touching(blocks: &[Block], span: Span) -> std::ops::Range<usize> {
    let first = blocks.partition_point(|b| b.span.end() <= span.start());
    let last = blocks.partition_point(|b| b.span.start() < span.end());
    first..last.max(first)
}

/// Segments of one block, given the annotations that overlap it: the one cutter's pieces, each
/// with its annotations innermost first.
fn segments_of(doc: &Document, block: Span, covering: &[&Annotation]) -> Vec<Segment> {
    let spans: Vec<Span> = covering.iter().map(|a| a.span).collect();
    cut(block, &spans)
        .into_iter()
        .map(|piece| {
            let mut anns: Vec<&Annotation> = piece.covering.iter().map(|&i| covering[i]).collect();
            crate::model::order::sort_by_key(&mut anns, |a| {
                (a.span.len(), a.span.start(), a.id.as_str())
            });
            let labels = doc
                .labels
                .iter()
                .filter(|l| anns.iter().any(|a| a.label == l.id))
                .map(|l| l.id.clone())
                .collect();
            Segment {
                span: piece.span,
                ids: anns.iter().map(|a| a.id.clone()).collect(),
                labels,
            }
        })
        .collect()
}

/// Segments of one block, looking up the annotations that overlap it.
pub fn segment_block(doc: &Document, block: Span) -> Vec<Segment> {
    let anns = doc.annotations();
    let upto = anns.partition_point(|a| a.span.start() < block.end());
    let covering: Vec<&Annotation> = anns[..upto]
        .iter()
        .filter(|a| a.span.end() > block.start())
        .collect();
    segments_of(doc, block, &covering)
}

/// Segments of every block, in one sweep over the annotations (used when a document is opened).
pub fn segment_all(doc: &Document, blocks: &[Block]) -> Vec<Vec<Segment>> {
    let mut sweep = Sweep::default();
    blocks.iter().map(|b| sweep.segments(doc, b.span)).collect()
}

/// The sweep of [`segment_all`], resumable between blocks, so that a long document can be cut a
/// slice at a time: blocks must be given in text order, each once.
#[derive(Clone, Debug, Default)]
pub struct Sweep {
    /// The next annotation (by position in the document) not yet reached.
    next: usize,
    /// Positions of the annotations reached that may still cover the next block.
    active: Vec<usize>,
}

impl Sweep {
    /// A sweep that starts at the annotation in position `next` (in text order): right for a block
    /// when every annotation before that one ends at or before the block's start (see
    /// [`crate::model::reach::Reach`]).
    pub fn at(next: usize) -> Sweep {
        Sweep {
            next,
            active: Vec::new(),
        }
    }

    /// The segments of the next block.
    pub fn segments(&mut self, doc: &Document, block: Span) -> Vec<Segment> {
        let anns = doc.annotations();
        self.active.retain(|&i| anns[i].span.end() > block.start());
        while self.next < anns.len() && anns[self.next].span.start() < block.end() {
            if anns[self.next].span.end() > block.start() {
                self.active.push(self.next);
            }
            self.next += 1;
        }
        let covering: Vec<&Annotation> = self.active.iter().map(|&i| &anns[i]).collect();
        segments_of(doc, block, &covering)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ann(id: &str, label: &str, s: usize, e: usize) -> Annotation {
        Annotation::new(id, label, Span::new(s, e).unwrap(), "")
    }

    #[test]
    fn paragraphs_split_on_any_line_end_and_skip_empty_lines() {
        let t = Text::new("One\r\n\r\nTwo\n\tThree\u{a0}\rFour");
        let spans: Vec<&str> = blocks(&t).iter().map(|b| t.slice(b.span)).collect();
        assert_eq!(spans, ["One", "Two", "\tThree\u{a0}", "Four"]);
    }

    #[test]
    fn overlapping_and_nested_spans_become_flat_segments() {
        let mut d = Document::new("T", "abcdefghij", None);
        d.insert(ann("a1", "claim", 0, 6)).unwrap();
        d.insert(ann("a2", "hedge", 2, 4)).unwrap();
        d.insert(ann("a3", "source", 5, 8)).unwrap();
        let segs = segment_block(&d, Span::new(0, 10).unwrap());
        let view: Vec<(usize, usize, Vec<&str>, Vec<&str>)> = segs
            .iter()
            .map(|s| {
                (
                    s.span.start(),
                    s.span.end(),
                    s.ids.iter().map(String::as_str).collect(),
                    s.labels.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            view,
            vec![
                (0, 2, vec!["a1"], vec!["claim"]),
                (2, 4, vec!["a2", "a1"], vec!["claim", "hedge"]),
                (4, 5, vec!["a1"], vec!["claim"]),
                (5, 6, vec!["a3", "a1"], vec!["claim", "source"]),
                (6, 8, vec!["a3"], vec!["source"]),
                (8, 10, vec![], vec![]),
            ]
        );
    }

    #[test]
    fn spans_across_paragraphs_are_clipped_per_block() {
        let mut d = Document::new("T", "first para\nsecond para", None);
        d.insert(ann("a1", "claim", 6, 17)).unwrap();
        let bs = blocks(&d.text);
        let all = segment_all(&d, &bs);
        assert_eq!(all[0].last().unwrap().span, Span::new(6, 10).unwrap());
        assert_eq!(all[1][0].span, Span::new(11, 17).unwrap());
        assert_eq!(blocks_touching(&bs, Span::new(6, 17).unwrap()), 0..2);
        assert_eq!(blocks_touching(&bs, Span::new(10, 11).unwrap()), 1..1);
    }

    proptest! {
        /// The blocks are the runs of characters between line ends, in any script.
        #[test]
        fn blocks_are_the_runs_between_line_ends(
            parts in prop::collection::vec(prop::sample::select(
                vec!["a", "é", "😀", " ", "\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\u{85}"]), 0..40),
        ) {
            let text = parts.concat();
            let chars: Vec<char> = text.chars().collect();
            let mut want = Vec::new();
            let mut i = 0;
            while i < chars.len() {
                if is_line_end(chars[i]) { i += 1; continue; }
                let from = i;
                while i < chars.len() && !is_line_end(chars[i]) { i += 1; }
                want.push((from, i));
            }
            let got: Vec<(usize, usize)> = blocks(&Text::new(text.as_str()))
                .iter().map(|b| (b.span.start(), b.span.end())).collect();
            prop_assert_eq!(&got, &want);
        }

        /// Scanned in pieces cut anywhere (inside a character too), the blocks are the same.
        #[test]
        fn blocks_scanned_in_pieces_are_the_same(
            parts in prop::collection::vec(prop::sample::select(
                vec!["a", "é", "😀", " ", "\n", "\r", "\r\n", "\u{2028}", "\u{85}"]), 0..40),
            cuts in prop::collection::vec(0usize..120, 0..8),
        ) {
            let text = parts.concat();
            let mut cuts = cuts;
            cuts.sort_unstable();
            let mut scanning = Scanning::default();
            for c in cuts {
                scanning.feed(&text, c);
            }
            prop_assert_eq!(scanning.finish(&text), blocks(&Text::new(text.as_str())));
        }

        /// Segments tile each block exactly, and each code point's covering set equals the brute force.
        #[test]
        fn segments_tile_blocks_and_match_brute_force(
            text in "[a-c \n]{1,60}",
            spans in prop::collection::vec((0usize..60, 1usize..30, 0usize..3), 0..12),
        ) {
            let labels = ["claim", "source", "hedge"];
            let mut d = Document::new("T", &text, None);
            let n = d.text.len();
            for (i, (s, l, k)) in spans.into_iter().enumerate() {
                let (s, e) = (s.min(n), (s + l).min(n));
                let _ = d.insert(ann(&format!("a{i}"), labels[k], s, e));
            }
            let bs = blocks(&d.text);
            let all = segment_all(&d, &bs);
            for (b, segs) in bs.iter().zip(&all) {
                prop_assert_eq!(segs, &segment_block(&d, b.span));
                prop_assert_eq!(segs.first().unwrap().span.start(), b.span.start());
                prop_assert_eq!(segs.last().unwrap().span.end(), b.span.end());
                for w in segs.windows(2) { prop_assert_eq!(w[0].span.end(), w[1].span.start()); }
                for s in segs {
                    for p in s.span.start()..s.span.end() {
                        let mut want: Vec<&str> = d.annotations().iter()
                            .filter(|a| a.span.contains(p)).map(|a| a.id.as_str()).collect();
                        let mut got: Vec<&str> = s.ids.iter().map(String::as_str).collect();
                        want.sort(); got.sort();
                        prop_assert_eq!(got, want);
                    }
                }
            }
        }
    }
}
