//! The one way importers write an article: blocks, line breaks, marks and text go in; a text with
//! blocks separated by blank lines and a [`Shape`] that fits it come out. Whitespace is collapsed
//! as a browser does (except in preformatted blocks, which keep their spaces and their blank
//! lines), empty blocks and marks vanish, and no block begins or ends with a space or a line
//! end, so every importer's output keeps the shape's rules.

use crate::model::shape::{BlockKind, Mark, MarkKind, Shape, ShapeBlock};
use crate::model::{Span, Text};

#[derive(Default)]
pub struct Builder {
    text: String,
    /// Code points in `text`.
    len: usize,
    blocks: Vec<ShapeBlock>,
    marks: Vec<Mark>,
    /// Marks opened and not closed: their kind and, once text arrived, their start.
    open: Vec<(MarkKind, Option<usize>)>,
    /// The block being written: its kind, start, and whether it has a line break yet.
    current: Option<(BlockKind, usize, bool)>,
    /// A space (or line break) seen and not yet written: written only before more text.
    pending: Pending,
}

#[derive(Default, Clone, Copy, PartialEq)]
enum Pending {
    #[default]
    Nothing,
    Space,
    /// Line breaks: one, or (in a preformatted block) more, for its blank lines.
    Breaks(usize),
}

fn is_line_end(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }

    /// Ends the block being written and starts one of `kind`.
    pub fn start(&mut self, kind: BlockKind) {
        self.end();
        self.current = Some((kind, self.len, false));
    }

    /// The kind of the block being written, if one is.
    pub fn kind(&self) -> Option<&BlockKind> {
        self.current.as_ref().map(|(k, _, _)| k)
    }

    /// Whether the block being written has any text yet.
    pub fn has_text(&self) -> bool {
        self.current
            .as_ref()
            .is_some_and(|(_, start, _)| *start < self.len)
    }

    /// Text as a browser shows it: runs of whitespace (line ends included) are one space; in a
    /// preformatted block spaces are kept and line ends are line breaks. Text outside a block
    /// starts a paragraph.
    pub fn text(&mut self, s: &str) {
        if self.current.is_none() {
            self.start(BlockKind::Paragraph);
        }
        let pre = matches!(self.kind(), Some(BlockKind::Preformatted));
        let mut after_cr = false;
        for c in s.chars() {
            // "\r\n" is one line end.
            let crlf = std::mem::replace(&mut after_cr, c == '\r') && c == '\n';
            if pre && crlf {
                continue;
            }
            if pre && is_line_end(c) {
                self.line_break();
            } else if pre && (c == '\t' || c == ' ') {
                self.put(c);
            } else if c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}' || c.is_control() {
                if self.has_text() && self.pending == Pending::Nothing {
                    self.pending = Pending::Space;
                }
            } else {
                self.put(c);
            }
        }
    }

    /// A line break inside the block (`<br>`, a soft return). Breaks at a block's edges vanish;
    /// breaks in a row are one, except in a preformatted block, where they leave blank lines.
    pub fn line_break(&mut self) {
        if !self.has_text() {
            return;
        }
        let pre = matches!(self.kind(), Some(BlockKind::Preformatted));
        self.pending = match self.pending {
            Pending::Breaks(n) if pre => Pending::Breaks(n.saturating_add(1)),
            Pending::Breaks(n) => Pending::Breaks(n),
            _ => Pending::Breaks(1),
        };
    }

    pub fn open(&mut self, kind: MarkKind) {
        self.open.push((kind, None));
    }

    /// Closes the innermost open mark of `kind` (marks closed out of order are tolerated).
    pub fn close(&mut self, kind: &MarkKind) {
        if let Some(i) = self.open.iter().rposition(|(k, _)| k == kind) {
            let (kind, start) = self.open.remove(i);
            self.record(kind, start);
        }
    }

    /// Ends the block being written. An empty block is dropped.
    pub fn end(&mut self) {
        let Some((kind, start, broken)) = self.current.take() else {
            return;
        };
        self.pending = Pending::Nothing;
        // Marks still open carry on into the next block: cut them here and reopen.
        let open: Vec<(MarkKind, Option<usize>)> = std::mem::take(&mut self.open);
        for (k, s) in &open {
            self.record(k.clone(), *s);
        }
        self.open = open.into_iter().map(|(k, _)| (k, None)).collect();
        if start == self.len {
            return;
        }
        if kind != BlockKind::Paragraph || broken {
            let span = Span::new(start, self.len).expect("ordered");
            self.blocks.push(ShapeBlock { span, kind });
        }
    }

    /// The text and its shape.
    pub fn finish(mut self) -> (Text, Shape) {
        self.end();
        let text = Text::new(self.text);
        let shape = Shape::new(&text, self.blocks, self.marks)
            .expect("the builder writes whole lines in order");
        (text, shape)
    }

    fn record(&mut self, kind: MarkKind, start: Option<usize>) {
        if let Some(start) = start.filter(|&s| s < self.len) {
            let span = Span::new(start, self.len).expect("ordered");
            self.marks.push(Mark { span, kind });
        }
    }

    fn put(&mut self, c: char) {
        if !self.has_text() {
            let start = self.current.as_ref().map_or(0, |(_, s, _)| *s);
            if start == self.len && self.len > 0 {
                // A new block: separated from the last by a blank line.
                self.text.push_str("\n\n");
                self.len += 2;
                if let Some((_, s, _)) = self.current.as_mut() {
                    *s = self.len;
                }
            }
        } else {
            match std::mem::take(&mut self.pending) {
                Pending::Nothing => {}
                Pending::Space => {
                    self.text.push(' ');
                    self.len += 1;
                }
                Pending::Breaks(n) => {
                    // A mark open across the break is cut at it (a mark never crosses a line).
                    let open: Vec<_> = std::mem::take(&mut self.open);
                    for (k, s) in &open {
                        self.record(k.clone(), *s);
                    }
                    self.open = open.into_iter().map(|(k, _)| (k, None)).collect();
                    for _ in 0..n {
                        self.text.push('\n');
                    }
                    self.len += n;
                    if let Some((_, _, broken)) = self.current.as_mut() {
                        *broken = true;
                    }
                }
            }
        }
        for (_, s) in self.open.iter_mut() {
            s.get_or_insert(self.len);
        }
        self.text.push(c);
        self.len += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::blocks::blocks;

    #[test]
    fn blocks_are_separated_by_a_blank_line_and_whitespace_collapses() {
        let mut b = Builder::new();
        b.start(BlockKind::Heading(1));
        b.text("  A   title \n");
        b.start(BlockKind::Paragraph);
        b.text("One ");
        b.open(MarkKind::Strong);
        b.text(" bold ");
        b.close(&MarkKind::Strong);
        b.text("word.");
        b.line_break();
        b.text("Next line.");
        b.start(BlockKind::Paragraph);
        b.start(BlockKind::Caption);
        b.text("   ");
        let (text, shape) = b.finish();
        assert_eq!(text.as_str(), "A title\n\nOne bold word.\nNext line.");
        assert_eq!(
            shape.blocks().len(),
            2,
            "the heading and the broken paragraph"
        );
        assert_eq!(shape.blocks()[1].span, Span::new(9, 34).unwrap());
        let m = &shape.marks()[0];
        assert_eq!(text.slice(m.span), "bold");
        assert_eq!(blocks(&text).len(), 3);
    }

    #[test]
    fn preformatted_text_keeps_its_spaces_and_lines() {
        let mut b = Builder::new();
        b.start(BlockKind::Preformatted);
        b.text("a  b\r\n  c\n");
        let (text, shape) = b.finish();
        assert_eq!(text.as_str(), "a  b\n  c");
        assert_eq!(shape.blocks()[0].kind, BlockKind::Preformatted);
    }

    #[test]
    fn preformatted_text_keeps_its_blank_lines_inside_not_at_its_edges() {
        let mut b = Builder::new();
        b.start(BlockKind::Preformatted);
        b.text("\n\nfn a() {}\r\n\r\n\n  b\n\n");
        b.start(BlockKind::Paragraph);
        b.text("after");
        b.line_break();
        b.line_break();
        b.text("one break");
        let (text, shape) = b.finish();
        assert_eq!(text.as_str(), "fn a() {}\n\n\n  b\n\nafter\none break");
        assert_eq!(shape.blocks()[0].span, Span::new(0, 15).unwrap());
    }

    #[test]
    fn a_mark_across_blocks_is_cut_at_each_block() {
        let mut b = Builder::new();
        b.open(MarkKind::Emphasis);
        b.text("one");
        b.start(BlockKind::Quote(1));
        b.text("two");
        b.close(&MarkKind::Emphasis);
        let (text, shape) = b.finish();
        let marked: Vec<&str> = shape.marks().iter().map(|m| text.slice(m.span)).collect();
        assert_eq!(marked, ["one", "two"]);
    }
}
