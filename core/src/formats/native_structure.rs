//! The `structure` section of the native file, new in version 4: the article's shape (its headings,
//! list items, quotes, captions, notes and inline marks, [`crate::model::shape`]) as the file writes
//! it, the checks that refuse a broken section with a message naming the block or mark, and its
//! compact layout (one block or mark a line: a book has tens of thousands of them).

use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use crate::formats::native::LoadError;
use crate::model::shape::{BlockKind, Mark, MarkKind, Shape, ShapeBlock, ShapeError, MAX_DEPTH};
use crate::model::{Span, Text};

/// The section as read and written. Fields it does not know are ignored, in the section and in
/// its blocks and marks, so that a later version may add some.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(expecting = "an object with \"blocks\" and \"marks\"")]
pub(crate) struct StructureV4 {
    pub blocks: Vec<BlockV4>,
    pub marks: Vec<MarkV4>,
}

/// One block: `level` for a heading, `ordered`, `depth` and `number` for a list item, `depth` for
/// a quote; other kinds have none of them.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(expecting = "an object with \"start\", \"end\" and \"kind\"")]
pub(crate) struct BlockV4 {
    pub start: u64,
    pub end: u64,
    pub kind: String,
    pub level: Option<u64>,
    pub ordered: Option<bool>,
    pub depth: Option<u64>,
    pub number: Option<u64>,
}

/// One inline mark: `href` for a link.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(expecting = "an object with \"start\", \"end\" and \"kind\"")]
pub(crate) struct MarkV4 {
    pub start: u64,
    pub end: u64,
    pub kind: String,
    pub href: Option<String>,
}

const BLOCK_KINDS: &str = "paragraph, heading, item, quote, caption, note, preformatted";
const MARK_KINDS: &str = "strong, emphasis, code, link";

impl StructureV4 {
    /// The section of a shape; `None` for an empty shape, which a file leaves out (and writes as
    /// version 3).
    pub(crate) fn of(shape: &Shape) -> Option<StructureV4> {
        if shape.is_empty() {
            return None;
        }
        let blocks = shape.blocks().iter().map(block_of).collect();
        let marks = shape
            .marks()
            .iter()
            .map(|m| MarkV4 {
                start: m.span.start() as u64,
                end: m.span.end() as u64,
                kind: m.kind.name().into(),
                href: match &m.kind {
                    MarkKind::Link(href) => Some(href.clone()),
                    _ => None,
                },
            })
            .collect();
        Some(StructureV4 { blocks, marks })
    }

    /// The section's JSON as it stands in the file (a top-level member, so indented by two): each
    /// block and mark on a line of its own, its fields in a fixed order, the way a human reads it
    /// and a diff shows it, at a quarter of the bytes of one field a line.
    fn layout(&self) -> String {
        let mut out = String::with_capacity(64 * (self.blocks.len() + self.marks.len()) + 64);
        out.push_str("{\n    \"blocks\": ");
        list(&mut out, self.blocks.iter().map(BlockV4::line));
        out.push_str(",\n    \"marks\": ");
        list(&mut out, self.marks.iter().map(MarkV4::line));
        out.push_str("\n  }");
        out
    }
}

fn list(out: &mut String, lines: impl ExactSizeIterator<Item = String>) {
    if lines.len() == 0 {
        out.push_str("[]");
        return;
    }
    out.push('[');
    for (i, line) in lines.enumerate() {
        out.push_str(if i == 0 { "\n      " } else { ",\n      " });
        out.push_str(&line);
    }
    out.push_str("\n    ]");
}

fn block_of(b: &ShapeBlock) -> BlockV4 {
    let (mut level, mut ordered, mut depth, mut number) = (None, None, None, None);
    match &b.kind {
        BlockKind::Heading(l) => level = Some(u64::from(*l)),
        BlockKind::Item {
            ordered: o,
            depth: d,
            number: n,
        } => {
            ordered = Some(*o);
            depth = Some(u64::from(*d));
            number = n.map(u64::from);
        }
        BlockKind::Quote(d) => depth = Some(u64::from(*d)),
        _ => {}
    }
    BlockV4 {
        start: b.span.start() as u64,
        end: b.span.end() as u64,
        kind: b.kind.name().into(),
        level,
        ordered,
        depth,
        number,
    }
}

impl BlockV4 {
    fn line(&self) -> String {
        let mut s = format!(
            "{{\"start\": {}, \"end\": {}, \"kind\": \"{}\"",
            self.start, self.end, self.kind
        );
        if let Some(l) = self.level {
            s.push_str(&format!(", \"level\": {l}"));
        }
        if let Some(o) = self.ordered {
            s.push_str(&format!(", \"ordered\": {o}"));
        }
        if let Some(d) = self.depth {
            s.push_str(&format!(", \"depth\": {d}"));
        }
        if let Some(n) = self.number {
            s.push_str(&format!(", \"number\": {n}"));
        }
        s.push('}');
        s
    }
}

impl MarkV4 {
    fn line(&self) -> String {
        let mut s = format!(
            "{{\"start\": {}, \"end\": {}, \"kind\": \"{}\"",
            self.start, self.end, self.kind
        );
        if let Some(href) = &self.href {
            let quoted = serde_json::to_string(href).expect("a string always serialises");
            s.push_str(&format!(", \"href\": {quoted}"));
        }
        s.push('}');
        s
    }
}

/// Written through serde_json's raw values, so that the file's pretty printer keeps the compact
/// lines of [`StructureV4::layout`].
impl Serialize for StructureV4 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let raw = serde_json::value::RawValue::from_string(self.layout())
            .map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }
}

/// Reads the section on its own before the whole file is read, so that a section of the wrong
/// shape gets a message naming it (and the block or mark that cannot be read) rather than a place
/// in the file. `null` means the section is absent.
pub(crate) fn check_shape(file: &Value) -> Result<(), LoadError> {
    let Some(s) = file.get("structure").filter(|v| !v.is_null()) else {
        return Ok(());
    };
    StructureV4::deserialize(s).map_err(|e| {
        let broken = |key: &str, what: &'static str, read: fn(&Value) -> Option<String>| {
            s.get(key)
                .and_then(Value::as_array)?
                .iter()
                .enumerate()
                .find_map(|(i, item)| read(item).map(|detail| (what, i + 1, detail)))
        };
        let block = |v: &Value| BlockV4::deserialize(v).err().map(|e| e.to_string());
        let mark = |v: &Value| MarkV4::deserialize(v).err().map(|e| e.to_string());
        match broken("blocks", "block", block).or_else(|| broken("marks", "mark", mark)) {
            Some((what, index, e)) => LoadError::BadStructureItem {
                what,
                index,
                detail: format!("cannot be read: {e}"),
            },
            None => LoadError::BadStructure {
                detail: e.to_string(),
            },
        }
    })?;
    Ok(())
}

/// The shape the section describes, checked against the text: first each block and mark on its
/// own (its kind known, its fields there and in range, not reversed, not empty), in the file's
/// order, blocks before marks; then the blocks against the text's lines and the marks against its
/// length ([`Shape::new`]). Blocks and marks are numbered from 1 in messages.
pub(crate) fn shape_of(text: &Text, s: StructureV4) -> Result<Shape, LoadError> {
    let fit = |v: u64| usize::try_from(v).unwrap_or(usize::MAX);
    let mut blocks = Vec::with_capacity(s.blocks.len());
    for (i, b) in s.blocks.into_iter().enumerate() {
        let bad = |detail: String| LoadError::BadStructureItem {
            what: "block",
            index: i + 1,
            detail,
        };
        let kind = block_kind(&b).map_err(bad)?;
        let span = span_of(b.start, b.end, fit).map_err(bad)?;
        blocks.push(ShapeBlock { span, kind });
    }
    let mut marks = Vec::with_capacity(s.marks.len());
    for (i, m) in s.marks.into_iter().enumerate() {
        let bad = |detail: String| LoadError::BadStructureItem {
            what: "mark",
            index: i + 1,
            detail,
        };
        let kind = match m.kind.as_str() {
            "strong" => MarkKind::Strong,
            "emphasis" => MarkKind::Emphasis,
            "code" => MarkKind::Code,
            "link" => MarkKind::Link(
                m.href
                    .ok_or_else(|| bad("is a link without an \"href\"".into()))?,
            ),
            other => return Err(bad(unknown_kind(other, MARK_KINDS))),
        };
        let span = span_of(m.start, m.end, fit).map_err(bad)?;
        marks.push(Mark { span, kind });
    }
    Shape::new(text, blocks, marks).map_err(|error| LoadError::Structure {
        error: counted_from_one(error),
    })
}

fn unknown_kind(kind: &str, known: &str) -> String {
    format!(
        "has the kind \"{}\", which Close Reader does not know (it knows {known})",
        crate::model::names::ellipsize(kind, 40)
    )
}

fn span_of(start: u64, end: u64, fit: impl Fn(u64) -> usize) -> Result<Span, String> {
    if start > end {
        return Err(format!("ends before it starts (start {start}, end {end})"));
    }
    let span = Span::new(fit(start), fit(end)).expect("start <= end");
    if span.is_empty() {
        return Err("covers no text".into());
    }
    Ok(span)
}

/// The kind of a block, with the fields its kind needs.
fn block_kind(b: &BlockV4) -> Result<BlockKind, String> {
    let article = if b.kind == "item" { "an" } else { "a" };
    let missing = |field: &str| {
        let a = if field.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        format!("is {article} {} without {a} \"{field}\"", b.kind)
    };
    let depth = || -> Result<u8, String> {
        let d = b.depth.ok_or_else(|| missing("depth"))?;
        match u8::try_from(d) {
            Ok(d) if (1..=MAX_DEPTH).contains(&d) => Ok(d),
            _ => Err(format!(
                "has the depth {d}; a depth runs from 1 to {MAX_DEPTH}"
            )),
        }
    };
    Ok(match b.kind.as_str() {
        "paragraph" => BlockKind::Paragraph,
        "heading" => {
            let l = b.level.ok_or_else(|| missing("level"))?;
            match u8::try_from(l) {
                Ok(l) if (1..=6).contains(&l) => BlockKind::Heading(l),
                _ => {
                    return Err(format!(
                        "is a heading of level {l}; a level runs from 1 to 6"
                    ))
                }
            }
        }
        "item" => BlockKind::Item {
            ordered: b.ordered.ok_or_else(|| missing("ordered"))?,
            depth: depth()?,
            number: match b.number {
                None => None,
                Some(n) => Some(u32::try_from(n).map_err(|_| {
                    format!("has the number {n}, larger than any list's ({})", u32::MAX)
                })?),
            },
        },
        "quote" => BlockKind::Quote(depth()?),
        "caption" => BlockKind::Caption,
        "note" => BlockKind::Note,
        "preformatted" => BlockKind::Preformatted,
        other => return Err(unknown_kind(other, BLOCK_KINDS)),
    })
}

/// The shape's error with its index counted from 1, as the file's messages count.
fn counted_from_one(e: ShapeError) -> ShapeError {
    match e {
        ShapeError::PastEnd { what, index } => ShapeError::PastEnd {
            what,
            index: index + 1,
        },
        ShapeError::NotWholeLines { index } => ShapeError::NotWholeLines { index: index + 1 },
        ShapeError::Overlap { index } => ShapeError::Overlap { index: index + 1 },
        ShapeError::BadValue { what, index } => ShapeError::BadValue {
            what,
            index: index + 1,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(a: usize, b: usize) -> Span {
        Span::new(a, b).unwrap()
    }

    #[test]
    fn a_shape_is_written_one_block_or_mark_a_line_and_read_back() {
        let text = Text::new("Title\n\nOne\ntwo\n\n“Quoted” 😀");
        let shape = Shape::new(
            &text,
            vec![
                ShapeBlock {
                    span: sp(0, 5),
                    kind: BlockKind::Heading(2),
                },
                ShapeBlock {
                    span: sp(7, 14),
                    kind: BlockKind::Item {
                        ordered: true,
                        depth: 1,
                        number: Some(7),
                    },
                },
                ShapeBlock {
                    span: sp(16, 26),
                    kind: BlockKind::Quote(1),
                },
            ],
            vec![
                Mark {
                    span: sp(16, 24),
                    kind: MarkKind::Link("https://ex.org/?a=\"b\"".into()),
                },
                Mark {
                    span: sp(0, 5),
                    kind: MarkKind::Strong,
                },
            ],
        )
        .unwrap();
        let s = StructureV4::of(&shape).unwrap();
        assert_eq!(
            s.layout(),
            "{\n    \"blocks\": [\n      \
             {\"start\": 0, \"end\": 5, \"kind\": \"heading\", \"level\": 2},\n      \
             {\"start\": 7, \"end\": 14, \"kind\": \"item\", \"ordered\": true, \"depth\": 1, \"number\": 7},\n      \
             {\"start\": 16, \"end\": 26, \"kind\": \"quote\", \"depth\": 1}\n    ],\n    \
             \"marks\": [\n      \
             {\"start\": 0, \"end\": 5, \"kind\": \"strong\"},\n      \
             {\"start\": 16, \"end\": 24, \"kind\": \"link\", \"href\": \"https://ex.org/?a=\\\"b\\\"\"}\n    ]\n  }"
        );
        let read: StructureV4 = serde_json::from_str(&s.layout()).unwrap();
        assert_eq!(shape_of(&text, read).unwrap(), shape);
        assert_eq!(StructureV4::of(&Shape::default()), None);
    }

    #[test]
    fn each_broken_block_or_mark_is_named_counting_from_one() {
        let text = Text::new("ab\ncd");
        let read = |json: &str| {
            let s: StructureV4 = serde_json::from_str(json).unwrap();
            shape_of(&text, s).unwrap_err().to_string()
        };
        assert_eq!(
            read(r#"{"blocks": [{"start": 0, "end": 2, "kind": "note"}, {"start": 3, "end": 5, "kind": "table"}], "marks": []}"#),
            "Block 2 of the structure has the kind \"table\", which Close Reader does not know (it knows paragraph, heading, item, quote, caption, note, preformatted)."
        );
        assert_eq!(
            read(r#"{"blocks": [{"start": 0, "end": 2, "kind": "heading"}], "marks": []}"#),
            "Block 1 of the structure is a heading without a \"level\"."
        );
        assert_eq!(
            read(
                r#"{"blocks": [{"start": 0, "end": 2, "kind": "quote", "depth": 17}], "marks": []}"#
            ),
            "Block 1 of the structure has the depth 17; a depth runs from 1 to 16."
        );
        assert_eq!(
            read(r#"{"blocks": [], "marks": [{"start": 1, "end": 1, "kind": "strong"}]}"#),
            "Mark 1 of the structure covers no text."
        );
        assert_eq!(
            read(
                r#"{"blocks": [], "marks": [{"start": 0, "end": 1, "kind": "code"}, {"start": 0, "end": 9, "kind": "code"}]}"#
            ),
            "Mark 2 of the structure reaches past the end of the text."
        );
        assert_eq!(
            read(
                r#"{"blocks": [{"start": 3, "end": 5, "kind": "note"}, {"start": 0, "end": 2, "kind": "note"}], "marks": []}"#
            ),
            "Block 2 of the structure overlaps the one before it or comes before it."
        );
        assert_eq!(
            read(r#"{"blocks": [{"start": 1, "end": 5, "kind": "caption"}], "marks": []}"#),
            "Block 1 of the structure does not start and end at the edges of lines."
        );
    }
}
