//! The native Close Reader file, version 4: serialisable counterparts of the model, and loading
//! that either yields a document that matches the file exactly or says precisely what is wrong.
//! Version 1 files (before links) are read through `native_v1.rs`, version 2 files (before the
//! classroom sections, which live in `native_classroom.rs`) through `native_v2.rs`, and migrated.
//! Version 4 is version 3 with the article's `structure` (`native_structure.rs`); a document
//! without one is still written as version 3, byte for byte as before.
//!
//! The format is documented in `docs/format.md`; its JSON Schema is `docs/close-reader.schema.json`.

use serde::{Deserialize, Serialize};

use crate::formats::native_classroom::{self, AssignmentV3, FeedbackV3};
use crate::formats::native_load::Loader;
use crate::formats::native_structure::{self, StructureV4};
use crate::formats::native_summary::SummaryV3;
use crate::formats::native_threads::{self, ThreadV3};
use crate::formats::native_v1::{self, AnnotationV1, AnnotatorV1, DocumentV1, FileV1, LabelV1};
use crate::formats::native_v2::{self, FileV2, LinkV2, OtherDocumentV2};
use crate::model::hash::text_sha256;
use crate::model::link::LinkError;
use crate::model::shape::ShapeError;
use crate::model::text::Indexing;
use crate::model::{document::AnnotationError, Annotation, Document};

pub const FORMAT: &str = "close-reader";
/// The newest version this app writes (for a document with structure); it reads every version
/// from 1 up to this one.
pub const VERSION: u64 = 4;
/// The version written for a document without structure (a plain text), so that its file is the
/// one earlier Close Readers wrote and still open. A stored file of this version or later is
/// current: opening and saving it again would change nothing.
pub const PLAIN_VERSION: u64 = 3;

/// A file of version 3 or 4 (4 adds `structure`). `S` is what `structure` is read as: the section
/// itself ([`StructureV4`]), or [`serde::de::IgnoredAny`] for a version 3 file, in which a
/// `structure` member means nothing (as an `assignment` in a version 2 file).
#[derive(Serialize, Deserialize)]
pub(crate) struct FileV3<S = StructureV4> {
    pub format: String,
    pub version: u64,
    pub document: DocumentV1,
    pub labels: Vec<LabelV1>,
    pub annotations: Vec<AnnotationV1>,
    pub links: Vec<LinkV2>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotator: Option<AnnotatorV1>,
    /// Present when the document is a teacher's assignment (or a student's work on one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignment: Option<AssignmentV3>,
    /// Present in a feedback file: the key's spans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<FeedbackV3>,
    /// Present when the document has conversations on spans (`native_threads.rs`); older
    /// readers ignore it, so it needs no new version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threads: Option<Vec<ThreadV3>>,
    /// Present (in a version 4 file) when the article has a shape: its headings, lists, quotes…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub structure: Option<S>,
    /// The evidence summary, written for readers of the file when asked; never read back.
    #[serde(skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub summary: Option<SummaryV3>,
}

/// Why a file could not be opened. Every variant names what is wrong and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    NotUtf8,
    NotJson {
        line: usize,
        column: usize,
    },
    /// Well-formed JSON the reader will not take: nested over 128 levels, or a number out of range.
    BeyondLimits {
        what: &'static str,
        line: usize,
        column: usize,
    },
    NotCloseReader {
        found: Option<String>,
    },
    TooNew {
        version: u64,
    },
    BadVersion,
    Malformed {
        detail: String,
    },
    TextChanged,
    BadLabels {
        detail: String,
    },
    ReversedOffsets {
        index: usize,
        id: String,
        start: u64,
        end: u64,
    },
    QuoteMismatch {
        index: usize,
        id: String,
        expected: String,
        found: String,
    },
    ContextMismatch {
        index: usize,
        id: String,
        which: &'static str,
    },
    Annotation {
        index: usize,
        error: AnnotationError,
    },
    /// A link whose kind or other document cannot be read.
    BadLink {
        index: usize,
        id: String,
        detail: String,
    },
    /// A link that does not fit the annotations (a missing end, a duplicate…).
    Link {
        index: usize,
        error: LinkError,
    },
    /// An `assignment` section that cannot be read, or whose instructions are too long.
    BadAssignment {
        detail: String,
    },
    /// A `feedback` section that cannot be read (a problem in one of its spans is a `BadKeySpan`).
    BadFeedback {
        detail: String,
    },
    /// A key span of the feedback that cannot be read or does not fit the text and labels.
    BadKeySpan {
        index: usize,
        detail: String,
    },
    /// A `threads` member that is not a list.
    BadThreads {
        detail: String,
    },
    /// A thread (counted from 1) that cannot be read, does not fit the text, repeats an id, or has
    /// a message without an author, a proper time or text.
    BadThread {
        index: usize,
        detail: String,
    },
    /// A `structure` section that cannot be read (not an object, a list missing).
    BadStructure {
        detail: String,
    },
    /// A block or mark of the structure (`what`) that cannot be read, has a kind Close Reader does
    /// not know, lacks what its kind needs, or covers no text; `index` counts from 1.
    BadStructureItem {
        what: &'static str,
        index: usize,
        detail: String,
    },
    /// Blocks or marks that do not fit the text (past its end, not whole lines, out of order): the
    /// shape's own error, its index counted from 1.
    Structure {
        error: ShapeError,
    },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use LoadError::*;
        match self {
            NotUtf8 => write!(f, "This file is not text (it is not valid UTF-8), so it is not a Close Reader file."),
            NotJson { line, column } => write!(
                f,
                "This file is not valid JSON (the error is at line {line}, column {column}). Close Reader files are JSON."
            ),
            BeyondLimits { what, line, column } => write!(
                f,
                "This file cannot be read: {what} (at line {line}, column {column}). No Close Reader file has that."
            ),
            NotCloseReader { found: Some(kind) } => write!(
                f,
                "This is a JSON file, but not a Close Reader file: its \"format\" is \"{kind}\", not \"close-reader\"."
            ),
            NotCloseReader { found: None } => write!(
                f,
                "This is a JSON file, but not a Close Reader file: it has no \"format\": \"close-reader\" field."
            ),
            TooNew { version } => write!(
                f,
                "This file was saved by a newer Close Reader (file version {version}); this app reads versions up to {VERSION}. Open it in the newer version."
            ),
            BadVersion => write!(f, "This Close Reader file has no valid \"version\" (it must be a whole number from 1 to {VERSION})."),
            Malformed { detail } => write!(f, "This Close Reader file is damaged: {detail}."),
            TextChanged => write!(
                f,
                "The article text in this file does not match its checksum (sha256): the text was changed after the file was saved, so the annotations' positions cannot be trusted."
            ),
            BadLabels { detail } => write!(f, "This Close Reader file has a problem in its labels: {detail}."),
            ReversedOffsets { index, id, start, end } => write!(
                f,
                "Annotation {index} (\"{id}\") ends before it starts (start {start}, end {end})."
            ),
            QuoteMismatch { index, id, expected, found } => write!(
                f,
                "Annotation {index} (\"{id}\") quotes \"{expected}\", but the text at its offsets reads \"{found}\"."
            ),
            ContextMismatch { index, id, which } => write!(
                f,
                "Annotation {index} (\"{id}\"): its {which} does not match the text around it."
            ),
            Annotation { index, error } => write!(f, "Annotation {index}: {error}."),
            BadLink { index, id, detail } => write!(f, "Link {index} (\"{id}\") {detail}."),
            Link { index, error } => write!(f, "Link {index}: {error}."),
            BadAssignment { detail } => write!(f, "This Close Reader file has a problem in its assignment: {detail}."),
            BadFeedback { detail } => write!(f, "This Close Reader file has a problem in its feedback: {detail}."),
            BadKeySpan { index, detail } => write!(f, "Key span {index} of the feedback {detail}."),
            BadThreads { detail } => write!(f, "This Close Reader file has a problem in its threads: {detail}."),
            BadThread { index, detail } => write!(f, "Comment thread {index} {detail}."),
            BadStructure { detail } => write!(f, "This Close Reader file has a problem in its structure: {detail}."),
            BadStructureItem { what, index, detail } => {
                write!(f, "{} {index} of the structure {detail}.", capitalised(what))
            }
            Structure { error } => write!(f, "{}.", capitalised(&error.to_string())),
        }
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|first| first.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A JSON error of a file at `line` and `column`: beyond the reader's limits, not JSON, or JSON of
/// the wrong shape (with serde_json's words for what is wrong).
pub(crate) fn json_error(e: &serde_json::Error, line: usize, column: usize) -> LoadError {
    let what = e.to_string();
    if what.starts_with("recursion limit") {
        LoadError::BeyondLimits {
            what: "its JSON is nested too deeply (over 128 levels)",
            line,
            column,
        }
    } else if what.starts_with("number out of range") {
        LoadError::BeyondLimits {
            what: "it holds a number out of range",
            line,
            column,
        }
    } else if e.is_data() {
        let at = what.rfind(" at line ").unwrap_or(what.len());
        LoadError::Malformed {
            detail: format!("{} at line {line} column {column}", &what[..at]),
        }
    } else {
        LoadError::NotJson { line, column }
    }
}

/// Reads a file's bytes: checks UTF-8 first so that binary files get their own message.
pub fn from_bytes(bytes: &[u8]) -> Result<Document, LoadError> {
    let s = std::str::from_utf8(bytes).map_err(|_| LoadError::NotUtf8)?;
    from_json(s)
}

/// Parses and validates a native file. Nothing is partially loaded: any problem is an error.
pub fn from_json(json: &str) -> Result<Document, LoadError> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| json_error(&e, e.line(), e.column()))?;
    match value.get("format") {
        Some(serde_json::Value::String(f)) if f == FORMAT => {}
        Some(serde_json::Value::String(f)) => {
            return Err(LoadError::NotCloseReader {
                found: Some(f.clone()),
            })
        }
        _ => return Err(LoadError::NotCloseReader { found: None }),
    }
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > VERSION => return Err(LoadError::TooNew { version: v }),
        Some(v) if v >= 1 => {}
        _ => return Err(LoadError::BadVersion),
    }
    let malformed = |e: serde_json::Error| LoadError::Malformed {
        detail: e.to_string(),
    };
    let file = match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(1) => native_v2::migrate(native_v1::migrate(
            serde_json::from_str::<FileV1>(json).map_err(malformed)?,
        )),
        Some(2) => native_v2::migrate(serde_json::from_str::<FileV2>(json).map_err(malformed)?),
        Some(3) => {
            native_classroom::check_shapes(&value)?;
            without_structure(
                serde_json::from_str::<FileV3<serde::de::IgnoredAny>>(json).map_err(malformed)?,
            )
        }
        _ => {
            native_classroom::check_shapes(&value)?;
            // A structure that cannot be read is named (and the block or mark in it) before any
            // other problem of the file's shape, as the classroom sections are; it is looked at
            // only when the file does not read, since a book's structure is long.
            match serde_json::from_str::<FileV3>(json) {
                Ok(file) => file,
                Err(e) => {
                    native_structure::check_shape(&value)?;
                    return Err(malformed(e));
                }
            }
        }
    };
    load(file)
}

/// A file read with its `structure` ignored, as one with none.
fn without_structure<S>(f: FileV3<S>) -> FileV3 {
    FileV3 {
        format: f.format,
        version: f.version,
        document: f.document,
        labels: f.labels,
        annotations: f.annotations,
        links: f.links,
        annotator: f.annotator,
        assignment: f.assignment,
        feedback: f.feedback,
        threads: f.threads,
        structure: None,
        summary: f.summary,
    }
}

/// Checks a whole file's parts in order through the [`Loader`].
fn load(file: FileV3) -> Result<Document, LoadError> {
    let hash = text_sha256(&file.document.text);
    let mut loader = Loader::new(
        file.document,
        Indexing::default(),
        file.labels,
        file.annotator,
        &hash,
    )?;
    loader.structure(file.structure)?;
    loader.expect(file.annotations.len());
    for a in file.annotations {
        loader.annotation(a)?;
    }
    for l in file.links {
        loader.link(l)?;
    }
    loader.finish(file.assignment, file.feedback, file.threads)
}

/// Serialises a document as a version 3 file, or a version 4 one when it has a shape: pretty JSON,
/// annotations in text order, links by id, the assignment, the feedback key, the threads and the
/// structure only when the document has them (the structure one block or mark a line), a final newline.
pub fn to_json(doc: &Document) -> String {
    write(file_of(doc, None))
}

/// [`to_json`] with a `summary` section after the others: the hook through which the analysis
/// layer writes the evidence summary (`analysis::evidence::to_json_with_summary`).
pub(crate) fn to_json_with_summary(doc: &Document, summary: SummaryV3) -> String {
    write(file_of(doc, Some(summary)))
}

fn write(file: FileV3) -> String {
    let mut out = serde_json::to_string_pretty(&file).expect("plain data always serialises");
    out.push('\n');
    out
}

fn file_of(doc: &Document, summary: Option<SummaryV3>) -> FileV3 {
    FileV3 {
        summary,
        ..file_with(doc, doc.annotations().iter(), true)
    }
}

/// The file of `doc` with only `annotations`, and with its text and structure left out unless
/// `with_text` (the hash stays): a journal's record of what changed.
pub(crate) fn file_with<'a>(
    doc: &Document,
    annotations: impl Iterator<Item = &'a Annotation>,
    with_text: bool,
) -> FileV3 {
    let structure = if with_text {
        StructureV4::of(&doc.shape)
    } else {
        None
    };
    FileV3 {
        format: FORMAT.into(),
        version: if structure.is_some() {
            VERSION
        } else {
            PLAIN_VERSION
        },
        document: DocumentV1 {
            title: doc.title.clone(),
            text: if with_text {
                doc.text.as_str().to_string()
            } else {
                String::new()
            },
            source_url: doc.source_url.clone(),
            sha256: doc.text.sha256().to_string(),
        },
        labels: doc.labels.iter().map(LabelV1::of).collect(),
        annotations: annotations
            .map(|a| {
                let (prefix, suffix) = doc.context(a);
                AnnotationV1 {
                    id: a.id.clone(),
                    label: a.label.clone(),
                    start: a.span.start() as u64,
                    end: a.span.end() as u64,
                    quote: doc.quote(a).to_string(),
                    prefix: prefix.to_string(),
                    suffix: suffix.to_string(),
                    note: a.note.clone(),
                    created: a.created.clone(),
                    modified: a.modified.clone(),
                }
            })
            .collect(),
        links: doc
            .links()
            .iter()
            .map(|l| LinkV2 {
                id: l.id.clone(),
                from: l.from.clone(),
                to: l.to.clone(),
                kind: l.kind.as_str().to_string(),
                to_document: l.other.as_ref().map(|o| OtherDocumentV2 {
                    sha256: o.sha256.clone(),
                    title: o.title.clone(),
                    quote: o.quote.clone(),
                }),
            })
            .collect(),
        annotator: doc.annotator.clone().map(|name| AnnotatorV1 { name }),
        assignment: doc
            .assignment
            .as_ref()
            .map(native_classroom::write_assignment),
        feedback: doc
            .feedback
            .as_ref()
            .map(|f| native_classroom::write_feedback(doc, f)),
        threads: native_threads::write_threads(doc),
        structure,
        summary: None,
    }
}

/// Checks a whole file's parts in order: what [`from_json`] does once the JSON is read.
pub(crate) fn load_file(file: FileV3) -> Result<Document, LoadError> {
    load(file)
}
