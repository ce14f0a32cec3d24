//! Random valid shapes over any text, for the tests of the native file's structure: blocks made of
//! whole lines (some lines left to be paragraphs, some blocks running over several lines), every
//! kind with every value it may take, and marks of every kind anywhere (across each other, and
//! across line ends, where the shape cuts them), links with awkward targets.
#![allow(dead_code)]

use close_reader_core::model::blocks::blocks;
use close_reader_core::model::shape::{BlockKind, Mark, MarkKind, Shape, ShapeBlock};
use close_reader_core::{Span, Text};
use proptest::prelude::*;

/// What to do with each line, and the marks, independent of the text they will fit.
#[derive(Clone, Debug)]
pub struct ShapeSeed {
    /// Per line (cycled): 0 leave it a paragraph, 1 start a block of this kind, 2 continue the
    /// block above (or start one).
    lines: Vec<(u8, BlockKind)>,
    /// Start and length (cut to the text), and kind.
    marks: Vec<(usize, usize, MarkKind)>,
}

pub fn block_kind() -> impl Strategy<Value = BlockKind> {
    prop_oneof![
        Just(BlockKind::Paragraph),
        (1u8..=6).prop_map(BlockKind::Heading),
        (any::<bool>(), 1u8..=16, prop::option::of(any::<u32>())).prop_map(
            |(ordered, depth, number)| BlockKind::Item {
                ordered,
                depth,
                number
            }
        ),
        (1u8..=16).prop_map(BlockKind::Quote),
        Just(BlockKind::Caption),
        Just(BlockKind::Note),
        Just(BlockKind::Preformatted),
    ]
}

const HREFS: &[&str] = &[
    "https://example.org/a?b=1&c=\"2\"",
    "javascript:alert(1)",
    "mailto:zoë@example.org",
    "https://例え.jp/パス",
    "../relative path/عربي",
    "line\nbreak\u{1}\t",
    "",
];

pub fn mark_kind() -> impl Strategy<Value = MarkKind> {
    prop_oneof![
        Just(MarkKind::Strong),
        Just(MarkKind::Emphasis),
        Just(MarkKind::Code),
        prop::sample::select(HREFS).prop_map(|h| MarkKind::Link(h.to_string())),
    ]
}

pub fn shape_seed() -> impl Strategy<Value = ShapeSeed> {
    (
        prop::collection::vec((0u8..3, block_kind()), 1..8),
        prop::collection::vec((0usize..200, 1usize..30, mark_kind()), 0..8),
    )
        .prop_map(|(lines, marks)| ShapeSeed { lines, marks })
}

/// The seed made into a shape of `text`; valid by construction.
pub fn shape_for(text: &Text, seed: &ShapeSeed) -> Shape {
    let mut out: Vec<ShapeBlock> = Vec::new();
    let mut open = false;
    for (i, line) in blocks(text).iter().enumerate() {
        let (action, kind) = &seed.lines[i % seed.lines.len()];
        match action {
            0 => open = false,
            2 if open => {
                let last = out.last_mut().expect("open");
                last.span = Span::new(last.span.start(), line.span.end()).unwrap();
            }
            _ => {
                out.push(ShapeBlock {
                    span: line.span,
                    kind: kind.clone(),
                });
                open = true;
            }
        }
    }
    let n = text.len();
    let marks = seed
        .marks
        .iter()
        .filter(|(s, _, _)| *s < n)
        .map(|(s, len, kind)| Mark {
            span: Span::new(*s, (s + len).min(n)).unwrap(),
            kind: kind.clone(),
        })
        .collect();
    Shape::new(text, out, marks).expect("a shape made of whole lines fits")
}
