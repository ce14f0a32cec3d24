//! The shape of an article, kept beside its plain text: which lines are headings, list items,
//! quotes or captions, and which runs are emphasised or links. The text itself never changes, so
//! every offset, export and earlier file stays valid; a plain text is a document of paragraphs.
//!
//! A shape block covers whole lines of the text (a line is what [`crate::model::blocks::blocks`]
//! calls a block): from the start of its first line to the end of its last. Lines after the first
//! are line breaks inside it. Lines no shape block covers are paragraphs. Marks are runs of code
//! points (half-open) with a kind, inside one line (a mark given across lines is cut at each line
//! end), so that a line's marks are found by two binary searches.

use crate::model::blocks::Block;
use crate::model::{Span, Text};

/// What a block of the article is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Paragraph,
    /// A heading, level 1 (the largest) to 6.
    Heading(u8),
    /// A list item: `depth` 1 for a top-level item; `number` for an item of a numbered list.
    Item {
        ordered: bool,
        depth: u8,
        number: Option<u32>,
    },
    /// A paragraph of a block quote, `depth` 1 for a quote not inside another.
    Quote(u8),
    /// An image's caption or alt text, or a figure's caption.
    Caption,
    /// A footnote or endnote, in the notes section at the end.
    Note,
    /// Preformatted text (code, poetry laid out by hand): spaces are kept as they are.
    Preformatted,
}

impl BlockKind {
    /// The name used in files and in the page's classes.
    pub fn name(&self) -> &'static str {
        match self {
            BlockKind::Paragraph => "paragraph",
            BlockKind::Heading(_) => "heading",
            BlockKind::Item { .. } => "item",
            BlockKind::Quote(_) => "quote",
            BlockKind::Caption => "caption",
            BlockKind::Note => "note",
            BlockKind::Preformatted => "preformatted",
        }
    }
}

/// A kind of inline mark.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum MarkKind {
    Strong,
    Emphasis,
    Code,
    /// A link, shown inert: its target is displayed, never followed from the article.
    Link(String),
}

impl MarkKind {
    pub fn name(&self) -> &'static str {
        match self {
            MarkKind::Strong => "strong",
            MarkKind::Emphasis => "emphasis",
            MarkKind::Code => "code",
            MarkKind::Link(_) => "link",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShapeBlock {
    pub span: Span,
    pub kind: BlockKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub span: Span,
    pub kind: MarkKind,
}

/// The shape of a whole text: blocks in text order, not overlapping; marks ordered by start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shape {
    blocks: Vec<ShapeBlock>,
    marks: Vec<Mark>,
}

/// Why a shape does not fit its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShapeError {
    /// A block or mark reaches past the end of the text.
    PastEnd { what: &'static str, index: usize },
    /// A block starts or ends inside a line rather than at its edges.
    NotWholeLines { index: usize },
    /// Blocks out of order or overlapping.
    Overlap { index: usize },
    /// A heading level outside 1–6, a list or quote depth of 0 or over 16, or an empty mark.
    BadValue { what: &'static str, index: usize },
}

impl std::fmt::Display for ShapeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShapeError::PastEnd { what, index } => {
                write!(
                    f,
                    "{what} {index} of the structure reaches past the end of the text"
                )
            }
            ShapeError::NotWholeLines { index } => write!(
                f,
                "block {index} of the structure does not start and end at the edges of lines"
            ),
            ShapeError::Overlap { index } => write!(
                f,
                "block {index} of the structure overlaps the one before it or comes before it"
            ),
            ShapeError::BadValue { what, index } => {
                write!(f, "{what} {index} of the structure has an impossible value")
            }
        }
    }
}

/// The deepest list or quote nesting a shape holds.
pub const MAX_DEPTH: u8 = 16;

fn is_line_end(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

impl Shape {
    /// A shape checked against its text: blocks must cover whole lines, in order, without
    /// overlapping; marks must be non-empty and inside the text (they are sorted here).
    pub fn new(
        text: &Text,
        blocks: Vec<ShapeBlock>,
        marks: Vec<Mark>,
    ) -> Result<Shape, ShapeError> {
        let len = text.len();
        let s = text.as_str();
        let mut end_of_last = 0;
        for (index, b) in blocks.iter().enumerate() {
            if b.span.end() > len {
                return Err(ShapeError::PastEnd {
                    what: "block",
                    index,
                });
            }
            if index > 0 && b.span.start() < end_of_last {
                return Err(ShapeError::Overlap { index });
            }
            end_of_last = b.span.end();
            let bad = match b.kind {
                BlockKind::Heading(l) => !(1..=6).contains(&l),
                BlockKind::Item { depth, .. } | BlockKind::Quote(depth) => {
                    depth == 0 || depth > MAX_DEPTH
                }
                _ => false,
            };
            if bad || b.span.is_empty() {
                return Err(ShapeError::BadValue {
                    what: "block",
                    index,
                });
            }
            let (start, end) = (text.byte_of(b.span.start()), text.byte_of(b.span.end()));
            let starts_line = start == 0 || s[..start].chars().next_back().is_some_and(is_line_end);
            let ends_line = end == s.len() || s[end..].chars().next().is_some_and(is_line_end);
            let edges_in_text = !s[start..].chars().next().is_some_and(is_line_end)
                && !s[..end].chars().next_back().is_some_and(is_line_end);
            if !(starts_line && ends_line && edges_in_text) {
                return Err(ShapeError::NotWholeLines { index });
            }
        }
        for (index, m) in marks.iter().enumerate() {
            if m.span.end() > len {
                return Err(ShapeError::PastEnd {
                    what: "mark",
                    index,
                });
            }
            if m.span.is_empty() {
                return Err(ShapeError::BadValue {
                    what: "mark",
                    index,
                });
            }
        }
        let mut marks = cut_at_lines(text, marks);
        marks.sort_by_key(|m| (m.span.start(), std::cmp::Reverse(m.span.end())));
        Ok(Shape { blocks, marks })
    }

    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty() && self.marks.is_empty()
    }

    pub fn blocks(&self) -> &[ShapeBlock] {
        &self.blocks
    }

    pub fn marks(&self) -> &[Mark] {
        &self.marks
    }

    /// How one line of the text is shown: its shape block's kind, and whether it continues that
    /// block (a line break inside it) rather than starting it. `line` is a block of
    /// [`crate::model::blocks::blocks`].
    pub fn line_style(&self, line: &Block) -> LineStyle {
        let at = line.span.start();
        let i = self.blocks.partition_point(|b| b.span.end() <= at);
        match self.blocks.get(i) {
            Some(b) if b.span.start() <= at => LineStyle {
                kind: b.kind.clone(),
                continues: b.span.start() < at,
                continued: b.span.end() > line.span.end(),
            },
            _ => LineStyle::default(),
        }
    }

    /// The marks of one line (a block of [`crate::model::blocks::blocks`]), ordered by start.
    pub fn marks_on(&self, line: Span) -> &[Mark] {
        let first = self
            .marks
            .partition_point(|m| m.span.start() < line.start());
        let last = self.marks.partition_point(|m| m.span.start() < line.end());
        &self.marks[first..last]
    }
}

/// How a line is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineStyle {
    pub kind: BlockKind,
    /// The line continues the block above it (after a line break inside a paragraph or item).
    pub continues: bool,
    /// The block goes on in the line below.
    pub continued: bool,
}

/// Marks cut at every line end inside them (line ends belong to no mark).
fn cut_at_lines(text: &Text, marks: Vec<Mark>) -> Vec<Mark> {
    let s = text.as_str();
    let mut out = Vec::with_capacity(marks.len());
    for m in marks {
        let (from, to) = (text.byte_of(m.span.start()), text.byte_of(m.span.end()));
        if !s[from..to].chars().any(is_line_end) {
            out.push(m);
            continue;
        }
        let mut start = None;
        for (i, c) in s[from..to].chars().enumerate() {
            let at = m.span.start() + i;
            match (is_line_end(c), start) {
                (true, Some(a)) => {
                    out.push(Mark {
                        span: Span::new(a, at).expect("ordered"),
                        kind: m.kind.clone(),
                    });
                    start = None;
                }
                (false, None) => start = Some(at),
                _ => {}
            }
        }
        if let Some(a) = start {
            out.push(Mark {
                span: Span::new(a, m.span.end()).expect("ordered"),
                kind: m.kind.clone(),
            });
        }
    }
    out
}

impl Default for LineStyle {
    fn default() -> LineStyle {
        LineStyle {
            kind: BlockKind::Paragraph,
            continues: false,
            continued: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::blocks::blocks;

    fn sp(a: usize, b: usize) -> Span {
        Span::new(a, b).unwrap()
    }

    #[test]
    fn lines_take_the_kind_of_the_block_that_covers_them() {
        let text = Text::new("Title\n\nOne\nstill one\n\nplain");
        let shape = Shape::new(
            &text,
            vec![
                ShapeBlock {
                    span: sp(0, 5),
                    kind: BlockKind::Heading(1),
                },
                ShapeBlock {
                    span: sp(7, 20),
                    kind: BlockKind::Item {
                        ordered: true,
                        depth: 1,
                        number: Some(3),
                    },
                },
            ],
            vec![],
        )
        .unwrap();
        let styles: Vec<LineStyle> = blocks(&text).iter().map(|l| shape.line_style(l)).collect();
        assert_eq!(styles[0].kind, BlockKind::Heading(1));
        assert!(!styles[1].continues && styles[2].continues);
        assert!(styles[1].continued && !styles[2].continued);
        assert_eq!(styles[3], LineStyle::default());
    }

    #[test]
    fn blocks_must_cover_whole_lines_in_order() {
        let text = Text::new("ab\ncd");
        let block = |a, b| ShapeBlock {
            span: sp(a, b),
            kind: BlockKind::Caption,
        };
        assert_eq!(
            Shape::new(&text, vec![block(0, 1)], vec![]),
            Err(ShapeError::NotWholeLines { index: 0 })
        );
        assert_eq!(
            Shape::new(&text, vec![block(0, 3)], vec![]),
            Err(ShapeError::NotWholeLines { index: 0 })
        );
        assert_eq!(
            Shape::new(&text, vec![block(3, 5), block(0, 2)], vec![]),
            Err(ShapeError::Overlap { index: 1 })
        );
        assert_eq!(
            Shape::new(&text, vec![block(3, 6)], vec![]),
            Err(ShapeError::PastEnd {
                what: "block",
                index: 0
            })
        );
        assert!(Shape::new(&text, vec![block(0, 5)], vec![]).is_ok());
        let h7 = ShapeBlock {
            span: sp(0, 2),
            kind: BlockKind::Heading(7),
        };
        assert!(matches!(
            Shape::new(&text, vec![h7], vec![]),
            Err(ShapeError::BadValue { .. })
        ));
    }

    #[test]
    fn marks_are_found_by_the_span_they_touch() {
        let text = Text::new("one two three");
        let mark = |a, b, k| Mark {
            span: sp(a, b),
            kind: k,
        };
        let shape = Shape::new(
            &text,
            vec![],
            vec![
                mark(8, 13, MarkKind::Strong),
                mark(0, 3, MarkKind::Emphasis),
            ],
        )
        .unwrap();
        assert_eq!(shape.marks()[0].kind, MarkKind::Emphasis);
        assert_eq!(shape.marks_on(sp(0, 13)).len(), 2);
    }

    #[test]
    fn a_mark_across_lines_is_cut_at_each_line_end() {
        let text = Text::new("ab\r\ncd\nef");
        let shape = Shape::new(
            &text,
            vec![],
            vec![Mark {
                span: sp(1, 9),
                kind: MarkKind::Strong,
            }],
        )
        .unwrap();
        let parts: Vec<&str> = shape.marks().iter().map(|m| text.slice(m.span)).collect();
        assert_eq!(parts, ["b", "cd", "ef"]);
        assert_eq!(shape.marks_on(sp(4, 6)).len(), 1);
    }
}
