//! Reading a large native file a slice at a time, so that the page can show progress, stay
//! responsive and offer Cancel while a file of tens of megabytes opens. The bytes are checked as
//! UTF-8, the top-level object is split into its members without building a JSON tree of the whole
//! file, and then the header, each block and mark of the structure, each annotation and each link
//! are parsed on their own and checked by the same [`Loader`] as [`native::from_json`], so a file
//! reads the same either way.
//!
//! Anything unexpected in the file's shape (another version, a structural error, a repeated member)
//! hands the whole file to [`native::from_json`], whose message is then exactly the usual one.

use std::ops::Range;

use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::Value;

use crate::formats::native::{self, FileV3, LoadError, FORMAT, PLAIN_VERSION, VERSION};
use crate::formats::native_classroom;
use crate::formats::native_load::Loader;
use crate::formats::native_structure::{BlockV4, MarkV4, StructureV4};
use crate::model::hash::TextHasher;
use crate::model::text::Indexing;
use crate::model::Document;

/// What one call of [`Reading::step`] left.
#[derive(Debug)]
pub enum Step {
    /// More to do; `progress` runs from 0 to 1.
    Working {
        progress: f64,
    },
    Done(Box<Document>),
    Failed(LoadError),
}

/// Nesting beyond which the splitter hands the file to the whole reader (serde_json's limit is 128
/// levels, counted from the file's top; a splitter starts one level down at most).
const DEEPEST_SPLIT: usize = 100;

enum Phase {
    Utf8 {
        at: usize,
    },
    Split(Splitter),
    /// One of the file's arrays, split into items.
    SplitArray {
        splitter: Splitter,
        list: List,
    },
    /// The `structure` object of a version 4 file, split into its members.
    SplitStructure(Splitter),
    /// The structure's blocks and marks parsed, `at` counting the blocks and then the marks.
    Structure {
        at: usize,
    },
    /// The article's text, unescaped from its JSON string (`at` the next byte inside it).
    Text {
        at: usize,
        text: String,
    },
    /// The text hashed and indexed (see [`Indexing`]) a slice at a time.
    Hash {
        hasher: Box<TextHasher>,
        indexing: Box<Indexing>,
        at: usize,
    },
    /// The structure checked against the text.
    Shape,
    Annotations {
        at: usize,
    },
    Links {
        at: usize,
    },
    Finish,
    Over,
}

/// The arrays split into items, in this order (the last two only for a file with structure).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum List {
    Annotations,
    Links,
    Blocks,
    Marks,
}

/// A file being read. Call [`Reading::step`] until it is done; each call does about `budget` bytes of
/// work and returns.
pub struct Reading {
    bytes: Vec<u8>,
    /// Where the JSON starts (after a byte-order mark).
    start: usize,
    phase: Phase,
    /// The header as read (`structure` is read apart, a block or mark at a time).
    header: Option<FileV3<IgnoredAny>>,
    links_splitter: Option<Splitter>,
    /// The `structure` member of a version 4 file, until it is split.
    structure_member: Option<Item>,
    marks_splitter: Option<Splitter>,
    blocks: Vec<Item>,
    marks: Vec<Item>,
    /// The structure as parsed, until the loader checks it.
    structure: Option<StructureV4>,
    /// Where the text's JSON string lies, inside its quotes.
    text_range: Range<usize>,
    loader: Option<Loader>,
    annotations: Vec<Item>,
    links: Vec<Item>,
}

/// One member of the top-level object: its key and where its value lies.
struct Member {
    key: String,
    value: Item,
}

/// A value's bytes, and the line and column (as serde_json counts them) of its first byte.
#[derive(Clone)]
struct Item {
    range: Range<usize>,
    line: usize,
    column: usize,
}

impl Reading {
    pub fn new(bytes: Vec<u8>) -> Reading {
        let start = if bytes.starts_with("\u{feff}".as_bytes()) {
            3
        } else {
            0
        };
        Reading {
            bytes,
            start,
            phase: Phase::Utf8 { at: 0 },
            header: None,
            links_splitter: None,
            structure_member: None,
            marks_splitter: None,
            blocks: Vec::new(),
            marks: Vec::new(),
            structure: None,
            text_range: 0..0,
            loader: None,
            annotations: Vec::new(),
            links: Vec::new(),
        }
    }

    /// Reads the whole file at once (what [`native::from_bytes`] returns, through this reader).
    pub fn run(bytes: Vec<u8>) -> Result<Document, LoadError> {
        let mut r = Reading::new(bytes);
        loop {
            match r.step(usize::MAX / 4) {
                Step::Working { .. } => {}
                Step::Done(doc) => return Ok(*doc),
                Step::Failed(e) => return Err(e),
            }
        }
    }

    /// Does about `budget` bytes' worth of work.
    pub fn step(&mut self, budget: usize) -> Step {
        let budget = budget.max(1);
        match self.advance(budget) {
            Ok(None) => Step::Working {
                progress: self.progress(),
            },
            Ok(Some(doc)) => {
                self.phase = Phase::Over;
                Step::Done(Box::new(doc))
            }
            Err(e) => {
                self.phase = Phase::Over;
                Step::Failed(e)
            }
        }
    }

    /// From 0 to 1: UTF-8 check a tenth, splitting a fifth, the structure a twentieth, the text's
    /// unescaping and hash a tenth, the rest annotations and links.
    pub fn progress(&self) -> f64 {
        let len = self.bytes.len().max(1) as f64;
        let of = |at: usize, total: usize| at as f64 / total.max(1) as f64;
        let split = |s: &Splitter| of(s.pos - s.from, s.limit - s.from);
        match &self.phase {
            Phase::Utf8 { at } => 0.1 * *at as f64 / len,
            Phase::Split(s) => 0.1 + 0.1 * s.pos as f64 / len,
            Phase::SplitArray { splitter: s, list } => match list {
                List::Annotations => 0.2 + 0.07 * split(s),
                List::Links => 0.27 + 0.02 * split(s),
                List::Blocks => 0.3 + 0.01 * split(s),
                List::Marks => 0.31 + 0.01 * split(s),
            },
            Phase::SplitStructure(s) => 0.29 + 0.01 * split(s),
            Phase::Structure { at } => 0.32 + 0.03 * of(*at, self.blocks.len() + self.marks.len()),
            Phase::Text { at, .. } => {
                let r = &self.text_range;
                0.35 + 0.05 * of(at - r.start, r.len())
            }
            Phase::Hash { at, .. } => {
                let text = self.header.as_ref().map_or(1, |f| f.document.text.len());
                0.4 + 0.05 * of(*at, text)
            }
            Phase::Shape => 0.45,
            Phase::Annotations { at } => {
                let n = self.annotations.len() + self.links.len();
                0.45 + 0.55 * of(*at, n)
            }
            Phase::Links { at } => {
                let n = self.annotations.len() + self.links.len();
                0.45 + 0.55 * of(self.annotations.len() + at, n)
            }
            Phase::Finish | Phase::Over => 1.0,
        }
    }

    fn advance(&mut self, budget: usize) -> Result<Option<Document>, LoadError> {
        let phase = std::mem::replace(&mut self.phase, Phase::Over);
        self.phase = match phase {
            Phase::Utf8 { at } => {
                // Four bytes hold any character, so a slice always ends past at least one.
                let end = at.saturating_add(budget.max(4)).min(self.bytes.len());
                let at = match std::str::from_utf8(&self.bytes[at..end]) {
                    Ok(_) => end,
                    // A character cut by the end of the slice: it is checked with the next one.
                    Err(e) if e.error_len().is_none() && end < self.bytes.len() => {
                        at + e.valid_up_to()
                    }
                    Err(_) => return Err(LoadError::NotUtf8),
                };
                if at < self.bytes.len() {
                    Phase::Utf8 { at }
                } else {
                    match Splitter::top(&self.bytes, self.start) {
                        Some(s) => Phase::Split(s),
                        None => return self.whole().map(Some),
                    }
                }
            }
            Phase::Split(mut s) => match s.run(&self.bytes, budget) {
                Scan::More => Phase::Split(s),
                Scan::Broken => return self.whole().map(Some),
                Scan::Done => {
                    if !self.bytes[s.pos..].iter().all(is_json_space) {
                        return self.whole().map(Some);
                    }
                    match self.header(s.items) {
                        Some((file, annotations)) => {
                            self.header = Some(file);
                            Phase::SplitArray {
                                splitter: annotations,
                                list: List::Annotations,
                            }
                        }
                        None => return self.whole().map(Some),
                    }
                }
            },
            Phase::SplitArray { mut splitter, list } => match splitter.run(&self.bytes, budget) {
                Scan::More => Phase::SplitArray { splitter, list },
                Scan::Broken => return self.whole().map(Some),
                Scan::Done if splitter.pos != splitter.limit => return self.whole().map(Some),
                Scan::Done => {
                    let array = |splitter: Option<Splitter>, list| {
                        splitter.map(|splitter| Phase::SplitArray { splitter, list })
                    };
                    let next = match list {
                        List::Annotations => {
                            self.annotations = splitter.items;
                            array(self.links_splitter.take(), List::Links)
                        }
                        List::Links => {
                            self.links = splitter.items;
                            match self.structure_member.take() {
                                Some(item) => {
                                    Splitter::object(&self.bytes, &item).map(Phase::SplitStructure)
                                }
                                None => Some(self.text_phase()),
                            }
                        }
                        List::Blocks => {
                            self.blocks = splitter.items;
                            array(self.marks_splitter.take(), List::Marks)
                        }
                        List::Marks => {
                            self.marks = splitter.items;
                            self.structure = Some(StructureV4 {
                                blocks: Vec::with_capacity(self.blocks.len()),
                                marks: Vec::with_capacity(self.marks.len()),
                            });
                            Some(Phase::Structure { at: 0 })
                        }
                    };
                    match next {
                        Some(phase) => phase,
                        None => return self.whole().map(Some),
                    }
                }
            },
            Phase::SplitStructure(mut s) => match s.run(&self.bytes, budget) {
                Scan::More => Phase::SplitStructure(s),
                Scan::Done if s.pos == s.limit => match self.structure_lists(s.items) {
                    Some(blocks) => Phase::SplitArray {
                        splitter: blocks,
                        list: List::Blocks,
                    },
                    None => return self.whole().map(Some),
                },
                Scan::Done | Scan::Broken => return self.whole().map(Some),
            },
            Phase::Structure { mut at } => {
                let structure = self.structure.as_mut().expect("made before parsing");
                let (blocks, marks) = (self.blocks.len(), self.marks.len());
                let mut spent = 0;
                while at < blocks + marks && spent < budget {
                    // Anything that does not read as a block or mark goes to the whole reader,
                    // which names the block or mark (or the place in the file) as it always does.
                    let parsed = if at < blocks {
                        spent += self.blocks[at].range.len();
                        quiet::<BlockV4>(&self.bytes, &self.blocks[at])
                            .map(|b| structure.blocks.push(b))
                    } else {
                        spent += self.marks[at - blocks].range.len();
                        quiet::<MarkV4>(&self.bytes, &self.marks[at - blocks])
                            .map(|m| structure.marks.push(m))
                    };
                    if parsed.is_none() {
                        return self.whole().map(Some);
                    }
                    at += 1;
                }
                if at < blocks + marks {
                    Phase::Structure { at }
                } else {
                    self.text_phase()
                }
            }
            Phase::Text { at, mut text } => {
                let end = self.text_range.end;
                match unescape(&self.bytes, at, end, budget, &mut text) {
                    None => return self.whole().map(Some),
                    Some(at) if at < end => Phase::Text { at, text },
                    Some(_) => {
                        let file = self.header.as_mut().expect("read before the text");
                        file.document.text = text;
                        Phase::Hash {
                            hasher: Box::default(),
                            indexing: Box::default(),
                            at: 0,
                        }
                    }
                }
            }
            Phase::Hash {
                mut hasher,
                mut indexing,
                at,
            } => {
                let file = self.header.as_mut().expect("read before hashing");
                let text = &file.document.text;
                let end = at.saturating_add(budget).min(text.len());
                hasher.update(&text.as_bytes()[at..end]);
                indexing.feed(text, end);
                if end < text.len() {
                    Phase::Hash {
                        hasher,
                        indexing,
                        at: end,
                    }
                } else {
                    let hash = hasher.finish();
                    let mut loader = Loader::new(
                        std::mem::replace(&mut file.document, empty_document()),
                        *indexing,
                        std::mem::take(&mut file.labels),
                        file.annotator.take(),
                        &hash,
                    )?;
                    loader.expect(self.annotations.len());
                    self.loader = Some(loader);
                    Phase::Shape
                }
            }
            Phase::Shape => {
                // A step of its own: a book's shape is checked against its text in one go.
                let loader = self.loader.as_mut().expect("loader made");
                loader.structure(self.structure.take())?;
                Phase::Annotations { at: 0 }
            }
            Phase::Annotations { mut at } => {
                let loader = self.loader.as_mut().expect("loader made");
                let mut spent = 0;
                while at < self.annotations.len() && spent < budget {
                    let item = &self.annotations[at];
                    spent += item.range.len();
                    loader.annotation(parse(&self.bytes, item)?)?;
                    at += 1;
                }
                if at < self.annotations.len() {
                    Phase::Annotations { at }
                } else {
                    Phase::Links { at: 0 }
                }
            }
            Phase::Links { mut at } => {
                let loader = self.loader.as_mut().expect("loader made");
                let mut spent = 0;
                while at < self.links.len() && spent < budget {
                    let item = &self.links[at];
                    spent += item.range.len();
                    loader.link(parse(&self.bytes, item)?)?;
                    at += 1;
                }
                if at < self.links.len() {
                    Phase::Links { at }
                } else {
                    Phase::Finish
                }
            }
            Phase::Finish => {
                let loader = self.loader.take().expect("loader made");
                let file = self.header.take().expect("read");
                return loader
                    .finish(file.assignment, file.feedback, file.threads)
                    .map(Some);
            }
            Phase::Over => {
                return Err(LoadError::Malformed {
                    detail: "it was read already".into(),
                })
            }
        };
        Ok(None)
    }

    /// The unescaping of the text, which comes once every array is split.
    fn text_phase(&self) -> Phase {
        Phase::Text {
            at: self.text_range.start,
            text: String::with_capacity(self.text_range.len()),
        }
    }

    /// The members of the `structure` object: readies the splitting of its `blocks` (returned) and
    /// `marks`, and checks that the members it does not know are JSON (the whole reader ignores
    /// them once it has read them). `None` for a structure of another shape.
    fn structure_lists(&mut self, items: Vec<Item>) -> Option<Splitter> {
        let members: Vec<Member> = items
            .into_iter()
            .map(|item| member(&self.bytes, item))
            .collect::<Option<_>>()?;
        for (i, m) in members.iter().enumerate() {
            if members[..i].iter().any(|o| o.key == m.key) {
                return None;
            }
            if m.key != "blocks" && m.key != "marks" {
                serde_json::from_slice::<IgnoredAny>(&self.bytes[m.value.range.clone()]).ok()?;
            }
        }
        let array = |key: &str| {
            let m = members.iter().find(|m| m.key == key)?;
            Splitter::array(&self.bytes, &m.value)
        };
        self.marks_splitter = Some(array("marks")?);
        array("blocks")
    }

    /// Reads the members other than the annotations, links and structure, and readies the
    /// splitting of those arrays (and, in a version 4 file, of the structure). `None` when the file
    /// is not a version 3 or 4 file of the expected shape (it is then read whole).
    fn header(&mut self, items: Vec<Item>) -> Option<(FileV3<IgnoredAny>, Splitter)> {
        let mut members = Vec::with_capacity(items.len());
        for item in items {
            members.push(member(&self.bytes, item)?);
        }
        for (i, m) in members.iter().enumerate() {
            if members[..i].iter().any(|o| o.key == m.key) {
                return None;
            }
        }
        let array = |key: &str| {
            let m = members.iter().find(|m| m.key == key)?;
            Splitter::array(&self.bytes, &m.value)
        };
        let annotations = array("annotations")?;
        self.links_splitter = Some(array("links")?);
        // The document's text (megabytes, for a long article) is read apart, in slices.
        let document = members.iter().position(|m| m.key == "document")?;
        let (without_text, text) = self.document_without_text(&members[document])?;
        self.text_range = text;
        // The members but the annotations and links, as a file with none; and the same without the
        // document (whose text may be megabytes), for the checks that need a JSON tree.
        let object = |keep: &dyn Fn(&str) -> bool| -> Option<String> {
            let mut head = Vec::new();
            head.push(b'{');
            for m in members.iter().filter(|m| keep(&m.key)) {
                if head.len() > 1 {
                    head.push(b',');
                }
                head.extend_from_slice(Value::String(m.key.clone()).to_string().as_bytes());
                head.push(b':');
                if m.key == "document" {
                    head.extend_from_slice(without_text.as_bytes());
                } else {
                    head.extend_from_slice(&self.bytes[m.value.range.clone()]);
                }
            }
            if head.len() > 1 {
                head.push(b',');
            }
            head.extend_from_slice(b"\"annotations\":[],\"links\":[]}");
            String::from_utf8(head).ok()
        };
        let lists = |k: &str| k == "annotations" || k == "links" || k == "structure";
        let small = object(&|k| !lists(k) && k != "document")?;
        // One reader for all (serde_json's for `&str`): each other kind costs the page's wasm.
        let value: Value = serde_json::from_str(&small).ok()?;
        let version = value.get("version").and_then(Value::as_u64);
        let is_current = value.get("format").and_then(Value::as_str) == Some(FORMAT)
            && (version == Some(PLAIN_VERSION) || version == Some(VERSION));
        if !is_current || native_classroom::check_shapes(&value).is_err() {
            return None;
        }
        if let Some(m) = members.iter().find(|m| m.key == "structure") {
            let raw = &self.bytes[m.value.range.clone()];
            if version == Some(VERSION) && raw != b"null" {
                self.structure_member = Some(m.value.clone());
            } else {
                // A version 3 file's `structure` means nothing, but it must still be JSON.
                serde_json::from_slice::<IgnoredAny>(raw).ok()?;
            }
        }
        let head = object(&|k| !lists(k))?;
        Some((
            serde_json::from_str::<FileV3<IgnoredAny>>(&head).ok()?,
            annotations,
        ))
    }

    /// The document member as JSON with an empty text, and where its text's string lies (inside the
    /// quotes). `None` when it is not an object with one string `text`.
    fn document_without_text(&self, document: &Member) -> Option<(String, Range<usize>)> {
        let mut s = Splitter::object(&self.bytes, &document.value)?;
        if !matches!(s.run(&self.bytes, usize::MAX / 4), Scan::Done) || s.pos != s.limit {
            return None;
        }
        let members: Vec<Member> = s
            .items
            .into_iter()
            .map(|item| member(&self.bytes, item))
            .collect::<Option<_>>()?;
        let texts: Vec<&Member> = members.iter().filter(|m| m.key == "text").collect();
        let [text] = texts[..] else { return None };
        let r = text.value.range.clone();
        if r.len() < 2 || self.bytes[r.start] != b'"' || self.bytes[r.end - 1] != b'"' {
            return None;
        }
        let mut out = String::from("{");
        for m in &members {
            if out.len() > 1 {
                out.push(',');
            }
            out.push_str(&Value::String(m.key.clone()).to_string());
            out.push(':');
            if m.key == "text" {
                out.push_str("\"\"");
            } else {
                out.push_str(std::str::from_utf8(&self.bytes[m.value.range.clone()]).ok()?);
            }
        }
        out.push('}');
        Some((out, r.start + 1..r.end - 1))
    }

    /// The whole file through [`native::from_json`], for its exact message (or a file of another
    /// version, which it migrates).
    fn whole(&self) -> Result<Document, LoadError> {
        let json = std::str::from_utf8(&self.bytes).map_err(|_| LoadError::NotUtf8)?;
        native::from_json(json)
    }
}

fn empty_document() -> crate::formats::native_v1::DocumentV1 {
    crate::formats::native_v1::DocumentV1 {
        title: String::new(),
        text: String::new(),
        source_url: None,
        sha256: String::new(),
    }
}

/// Parses one item, its error placed where it is in the whole file.
fn parse<'de, T: Deserialize<'de>>(bytes: &'de [u8], item: &Item) -> Result<T, LoadError> {
    // Checked as UTF-8 already: the slice lies between structural characters.
    let raw = std::str::from_utf8(&bytes[item.range.clone()]).map_err(|_| LoadError::NotUtf8)?;
    serde_json::from_str(raw).map_err(|e| {
        // The whole reader checks the syntax of everything before the types of anything: a value
        // of the wrong type that is also not well-formed JSON is reported as not JSON.
        let e = match serde_json::from_str::<Value>(raw) {
            Err(syntax) if e.is_data() => syntax,
            _ => e,
        };
        let (line, column) = if e.line() <= 1 {
            (item.line, item.column + e.column())
        } else {
            (item.line + e.line() - 1, e.column())
        };
        native::json_error(&e, line, column)
    })
}

/// Parses one item of the structure; `None` for anything it cannot read.
fn quiet<T: for<'de> Deserialize<'de>>(bytes: &[u8], item: &Item) -> Option<T> {
    serde_json::from_slice(&bytes[item.range.clone()]).ok()
}

/// Splits a member `"key": value` into its key and its value's place.
fn member(bytes: &[u8], item: Item) -> Option<Member> {
    let raw = &bytes[item.range.clone()];
    if raw.first() != Some(&b'"') {
        return None;
    }
    let mut i = 1;
    let mut escaped = false;
    while i < raw.len() {
        match raw[i] {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b'"' => break,
            _ => {}
        }
        i += 1;
    }
    let key = std::str::from_utf8(raw.get(..=i)?).ok()?;
    let key = serde_json::from_str::<Value>(key)
        .ok()?
        .as_str()?
        .to_string();
    let mut j = i + 1;
    while raw.get(j).is_some_and(is_json_space) {
        j += 1;
    }
    if raw.get(j) != Some(&b':') {
        return None;
    }
    j += 1;
    let mut line = item.line;
    let mut column = item.column;
    for &b in &raw[..j] {
        if b == b'\n' {
            line += 1;
            column = 0;
        } else {
            column += 1;
        }
    }
    while raw.get(j).is_some_and(is_json_space) {
        if raw[j] == b'\n' {
            line += 1;
            column = 0;
        } else {
            column += 1;
        }
        j += 1;
    }
    if j >= raw.len() {
        return None;
    }
    Some(Member {
        key,
        value: Item {
            range: item.range.start + j..item.range.end,
            line,
            column,
        },
    })
}

enum Scan {
    More,
    Done,
    /// Not well-formed, or not the shape expected.
    Broken,
}

/// Finds the direct children of one JSON object or array, a slice at a time: it follows strings
/// and nesting only, leaving every child's own syntax to serde_json when that child is parsed.
struct Splitter {
    pos: usize,
    /// The closing brackets expected, innermost last; the first is the container's own.
    closers: Vec<u8>,
    in_string: bool,
    escaped: bool,
    item: Option<(usize, usize, usize)>,
    /// After a comma: another item must follow.
    want_item: bool,
    last_content: usize,
    line: usize,
    line_start: usize,
    items: Vec<Item>,
    /// Where the container's content starts, and where its range ends.
    from: usize,
    limit: usize,
}

impl Splitter {
    /// The file's top-level object, from `start`; `None` when the file is not an object.
    fn top(bytes: &[u8], start: usize) -> Option<Splitter> {
        let mut pos = start;
        let mut line = 1;
        let mut line_start = start;
        while bytes.get(pos).is_some_and(is_json_space) {
            if bytes[pos] == b'\n' {
                line += 1;
                line_start = pos + 1;
            }
            pos += 1;
        }
        if bytes.get(pos) != Some(&b'{') {
            return None;
        }
        Some(Splitter::at(pos + 1, b'}', line, line_start, bytes.len()))
    }

    /// The array value `item`.
    fn array(bytes: &[u8], item: &Item) -> Option<Splitter> {
        Splitter::inside(bytes, item, b'[', b']')
    }

    /// The object value `item`.
    fn object(bytes: &[u8], item: &Item) -> Option<Splitter> {
        Splitter::inside(bytes, item, b'{', b'}')
    }

    fn inside(bytes: &[u8], item: &Item, opener: u8, closer: u8) -> Option<Splitter> {
        let start = item.range.start;
        if bytes.get(start) != Some(&opener) {
            return None;
        }
        let line_start = start - item.column;
        Some(Splitter::at(
            start + 1,
            closer,
            item.line,
            line_start,
            item.range.end,
        ))
    }

    fn at(pos: usize, closer: u8, line: usize, line_start: usize, limit: usize) -> Splitter {
        Splitter {
            pos,
            closers: vec![closer],
            in_string: false,
            escaped: false,
            item: None,
            want_item: false,
            last_content: pos,
            line,
            line_start,
            items: Vec::new(),
            from: pos,
            limit,
        }
    }

    fn run(&mut self, bytes: &[u8], budget: usize) -> Scan {
        let end = self.pos.saturating_add(budget).min(self.limit);
        while self.pos < end {
            let b = bytes[self.pos];
            let at = self.pos;
            self.pos += 1;
            if self.in_string && !self.escaped {
                // The inside of a string, up to its next quote, backslash or (refused) line end.
                let rest = &bytes[at..end];
                let run = memchr::memchr3(b'"', b'\\', b'\n', rest).unwrap_or(rest.len());
                if run > 0 {
                    self.pos = at + run;
                    self.last_content = self.pos;
                    continue;
                }
            }
            if self.in_string {
                match b {
                    _ if self.escaped => self.escaped = false,
                    b'\\' => self.escaped = true,
                    b'"' => self.in_string = false,
                    b'\n' => return Scan::Broken,
                    _ => {}
                }
                self.last_content = at + 1;
                continue;
            }
            if b == b'\n' {
                self.line += 1;
                self.line_start = at + 1;
            }
            if is_json_space(&b) {
                continue;
            }
            let depth = self.closers.len();
            if depth == 1 && self.item.is_none() && b != b']' && b != b'}' {
                if b == b',' {
                    return Scan::Broken;
                }
                self.item = Some((at, self.line, at - self.line_start));
                self.want_item = false;
            }
            match b {
                b'"' => self.in_string = true,
                b'{' | b'[' => {
                    // Items are parsed one by one, each below serde_json's nesting limit anew:
                    // anything nested deeply goes to the whole reader, which applies the limit
                    // to the file as a whole.
                    if self.closers.len() >= DEEPEST_SPLIT {
                        return Scan::Broken;
                    }
                    self.closers.push(if b == b'{' { b'}' } else { b']' });
                }
                b'}' | b']' => {
                    if self.closers.pop() != Some(b) {
                        return Scan::Broken;
                    }
                    if self.closers.is_empty() {
                        if self.want_item {
                            return Scan::Broken;
                        }
                        self.close_item();
                        return Scan::Done;
                    }
                }
                b',' if depth == 1 => {
                    if !self.close_item() {
                        return Scan::Broken;
                    }
                    self.want_item = true;
                    continue;
                }
                _ => {}
            }
            self.last_content = at + 1;
        }
        if self.pos >= self.limit {
            Scan::Broken
        } else {
            Scan::More
        }
    }

    /// Ends the item under way at the last byte of content; false when there was none.
    fn close_item(&mut self) -> bool {
        match self.item.take() {
            Some((start, line, column)) => {
                self.items.push(Item {
                    range: start..self.last_content,
                    line,
                    column,
                });
                true
            }
            None => false,
        }
    }
}

/// Unescapes a JSON string's inside, `bytes[at..end]`, into `out`, about `budget` bytes of it;
/// returns where it stopped. `None` for what serde_json refuses in a string (a control character,
/// an unknown escape, a lone surrogate): the whole reader then says what is wrong.
fn unescape(
    bytes: &[u8],
    mut at: usize,
    end: usize,
    budget: usize,
    out: &mut String,
) -> Option<usize> {
    let mut stop = at.saturating_add(budget.max(16)).min(end);
    // Never inside a character: on to the next one's first byte.
    while stop < end && bytes[stop] & 0xC0 == 0x80 {
        stop += 1;
    }
    while at < stop {
        let plain = memchr::memchr(b'\\', &bytes[at..stop]).unwrap_or(stop - at);
        if plain > 0 {
            let run = &bytes[at..at + plain];
            // A quote not escaped would have ended the string: the text is not one string.
            if run.iter().any(|&b| b < 0x20 || b == b'"') {
                return None;
            }
            out.push_str(std::str::from_utf8(run).ok()?);
            at += plain;
        }
        if at >= stop {
            break;
        }
        // An escape at `at`.
        let code = |from: usize| -> Option<u32> {
            let hex = std::str::from_utf8(bytes.get(from..from + 4)?).ok()?;
            u32::from_str_radix(hex, 16)
                .ok()
                .filter(|_| hex.bytes().all(|b| b.is_ascii_hexdigit()))
        };
        let (c, used) = match *bytes.get(at + 1)? {
            b'"' => ('"', 2),
            b'\\' => ('\\', 2),
            b'/' => ('/', 2),
            b'b' => ('\u{8}', 2),
            b'f' => ('\u{c}', 2),
            b'n' => ('\n', 2),
            b'r' => ('\r', 2),
            b't' => ('\t', 2),
            b'u' => {
                let first = code(at + 2)?;
                match first {
                    0xD800..=0xDBFF => {
                        if bytes.get(at + 6..at + 8)? != b"\\u" {
                            return None;
                        }
                        let second = code(at + 8)?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return None;
                        }
                        let c = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                        (char::from_u32(c)?, 12)
                    }
                    0xDC00..=0xDFFF => return None,
                    _ => (char::from_u32(first)?, 6),
                }
            }
            _ => return None,
        };
        if at + used > end {
            return None;
        }
        out.push(c);
        at += used;
    }
    Some(at)
}

/// JSON's four whitespace characters (not form feed, which Rust's ASCII whitespace includes).
fn is_json_space(b: &u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step_by(json: &str, budget: usize) -> Result<Document, LoadError> {
        let mut r = Reading::new(json.as_bytes().to_vec());
        let mut last = 0.0;
        loop {
            match r.step(budget) {
                Step::Working { progress } => {
                    assert!(progress >= last, "progress never goes back");
                    last = progress;
                }
                Step::Done(d) => return Ok(*d),
                Step::Failed(e) => return Err(e),
            }
        }
    }

    fn sample() -> String {
        let mut doc = Document::new(
            "Tëst “quoted” title",
            "Officials said the plan may work.\r\nCritics doubt it 😀 — عربي.",
            Some("https://example.org/a".into()),
        );
        doc.insert(crate::model::Annotation::new(
            "a1",
            "source",
            crate::model::Span::new(0, 9).unwrap(),
            "t",
        ))
        .unwrap();
        doc.insert(crate::model::Annotation::new(
            "a2",
            "hedge",
            crate::model::Span::new(23, 26).unwrap(),
            "t",
        ))
        .unwrap();
        doc.insert_link(crate::model::Link::new(
            "l1",
            "a2",
            "a1",
            crate::model::LinkKind::SupportedBy,
        ))
        .unwrap();
        native::to_json(&doc)
    }

    /// The sample with a structure: a heading, a quote over the second line, three marks.
    fn shaped_sample() -> String {
        use crate::model::shape::{BlockKind, Mark, MarkKind, Shape, ShapeBlock};
        let mut doc = native::from_json(&sample()).unwrap();
        let sp = |a, b| crate::model::Span::new(a, b).unwrap();
        doc.shape = Shape::new(
            &doc.text,
            vec![
                ShapeBlock {
                    span: sp(0, 33),
                    kind: BlockKind::Heading(1),
                },
                ShapeBlock {
                    span: sp(35, 61),
                    kind: BlockKind::Quote(1),
                },
            ],
            vec![
                Mark {
                    span: sp(0, 9),
                    kind: MarkKind::Strong,
                },
                Mark {
                    span: sp(19, 23),
                    kind: MarkKind::Emphasis,
                },
                Mark {
                    span: sp(35, 42),
                    kind: MarkKind::Link("https://ex.org/\"a\"".into()),
                },
            ],
        )
        .unwrap();
        native::to_json(&doc)
    }

    #[test]
    fn a_shaped_file_read_in_slices_is_read_and_refused_as_the_whole_reader_does() {
        let json = shaped_sample();
        assert!(json.contains("\"version\": 4,"));
        let whole = native::from_json(&json).unwrap();
        assert_eq!(whole.shape.blocks().len(), 2);
        for budget in [1, 2, 7, 64, 1 << 20] {
            assert_eq!(step_by(&json, budget).unwrap(), whole, "budget {budget}");
        }
        let deep = |depth: usize| format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
        let mut changes: Vec<(String, String)> = [
            ("\"kind\": \"quote\"", "\"kind\": \"table\""),
            ("\"level\": 1", "\"level\": \"1\""),
            ("\"level\": 1", "\"level\": 1, \"level\": 2"),
            (
                "\"kind\": \"strong\"",
                "\"kind\": \"strong\", \"extra\": {\"a\": [1, 2]}",
            ),
            (
                "\"kind\": \"strong\"",
                "\"kind\": \"strong\", \"extra\": [1,,2]",
            ),
            ("\"marks\": [", "\"marks\": 5, \"more\": ["),
            ("\"marks\": [", "\"tables\": {\"x\": nul}, \"marks\": ["),
            ("\"marks\": [", "\"tables\": {\"x\": null}, \"marks\": ["),
            ("\"marks\": [", "\"blocks\": [], \"marks\": ["),
            ("\"end\": 61", "\"end\": 60"),
            ("\"end\": 61", "\"end\": 99"),
            ("\"version\": 4", "\"version\": 3"),
            ("\"structure\": {", "\"structure\": null, \"other\": {"),
            (
                "\"structure\": {",
                "\"structure\": {\"x\": 1}, \"structure2\": {",
            ),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        for depth in [90, 120, 124, 125, 126, 127, 128, 130] {
            let nested = format!("\"kind\": \"emphasis\", \"extra\": {}", deep(depth));
            changes.push(("\"kind\": \"emphasis\"".into(), nested));
            let member = format!("\"tables\": {}, \"marks\": [", deep(depth));
            changes.push(("\"marks\": [".into(), member));
        }
        for (from, to) in changes {
            let changed = json.replacen(&from, &to, 1);
            assert_ne!(changed, json, "{from} is in the sample");
            let whole = native::from_json(&changed);
            for budget in [1, 5, 1 << 20] {
                assert_eq!(step_by(&changed, budget), whole, "{from} → {to}");
            }
        }
    }

    #[test]
    fn a_file_read_in_slices_equals_the_file_read_whole() {
        let json = sample();
        let whole = native::from_json(&json).unwrap();
        for budget in [1, 2, 3, 7, 64, 1 << 20] {
            assert_eq!(step_by(&json, budget).unwrap(), whole, "budget {budget}");
        }
    }

    #[test]
    fn deep_nesting_in_an_annotation_is_judged_as_the_whole_reader_judges_it() {
        // An unknown member nested around serde_json's limit: the slices must neither open what
        // the whole reader refuses nor refuse what it opens.
        let json = sample();
        for depth in [90, 120, 124, 125, 126, 127, 128, 130] {
            let deep = format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
            let nested = json.replacen(
                "\"quote\": \"Officials\"",
                &format!("\"quote\": \"Officials\", \"extra\": {deep}"),
                1,
            );
            assert_ne!(nested, json);
            let whole = native::from_json(&nested);
            for budget in [7, 1 << 20] {
                assert_eq!(step_by(&nested, budget), whole, "depth {depth}");
            }
        }
    }

    #[test]
    fn a_broken_annotation_is_named_where_the_whole_reader_names_it() {
        let json = sample();
        for (from, to) in [
            ("\"quote\": \"Officials\"", "\"quote\": \"Officers\""),
            ("\"quote\": \"Officials\",", ""),
            ("\"start\": 0,", "\"start\": \"zero\","),
            ("\"kind\": \"supported-by\"", "\"kind\": \"rumour\""),
            ("\"start\": 23,", "\"start\": 99999999999999999999999,"),
            ("\"end\": 26,", "\"end\": 26,,"),
        ] {
            let broken = json.replacen(from, to, 1);
            assert_ne!(broken, json, "{from} is in the sample");
            let whole = native::from_json(&broken).unwrap_err();
            for budget in [1, 5, 1 << 20] {
                assert_eq!(
                    step_by(&broken, budget).unwrap_err(),
                    whole,
                    "{from} → {to}"
                );
            }
        }
    }

    /// Other writers escape more than serde_json: `\u` escapes, surrogate pairs, `\/`.
    #[test]
    fn a_text_written_with_unicode_escapes_reads_the_same() {
        let json = sample();
        let escaped = json
            .replacen("😀", "\\ud83d\\ude00", 1)
            .replacen("ë", "\\u00eb", 1)
            .replacen("Officials said", "Officials\\u0020said\\/", 1);
        let json = json.replacen("Officials said", "Officials said/", 1);
        // The slash changed the text: both files carry the hash of the original, so both are refused
        // alike; without it they read as the same document.
        let plain = sample()
            .replacen("😀", "\\ud83d\\ude00", 1)
            .replacen("ë", "\\u00eb", 1);
        let whole = native::from_json(&plain).unwrap();
        assert_eq!(whole, native::from_json(&sample()).unwrap());
        for budget in [1, 3, 1 << 20] {
            assert_eq!(step_by(&plain, budget).unwrap(), whole);
            assert_eq!(step_by(&escaped, budget), native::from_json(&escaped));
            assert_eq!(step_by(&json, budget), native::from_json(&json));
        }
        let lone = sample().replacen("😀", "\\ud83d", 1);
        assert_eq!(step_by(&lone, 2), native::from_json(&lone));
        assert!(native::from_json(&lone).is_err());
    }

    #[test]
    fn files_of_other_shapes_get_the_whole_readers_message() {
        for json in [
            "",
            "[]",
            "{\"format\": \"close-reader\"",
            "{\"format\": \"other\", \"annotations\": [], \"links\": []}",
            "{} trailing",
            "\u{feff}{\"format\": \"close-reader\", \"version\": 9}",
        ] {
            assert_eq!(
                step_by(json, 3).unwrap_err(),
                native::from_json(json).unwrap_err(),
                "{json}"
            );
        }
        assert_eq!(
            step_by("{\"a\": \"\u{e9}", 1).unwrap_err(),
            native::from_json("{\"a\": \"\u{e9}").unwrap_err()
        );
        let mut bad = sample().into_bytes();
        bad[20] = 0xff;
        let mut r = Reading::new(bad);
        let failed = loop {
            match r.step(4) {
                Step::Working { .. } => {}
                other => break other,
            }
        };
        assert!(matches!(failed, Step::Failed(LoadError::NotUtf8)));
    }
}
