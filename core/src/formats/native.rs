//! The native Close Reader file, version 1: serialisable counterparts of the model, and loading
//! that either yields a document that matches the file exactly or says precisely what is wrong.
//!
//! The format is documented in `docs/format.md`; its JSON Schema is `docs/close-reader.schema.json`.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::model::{document::AnnotationError, Annotation, Document, Label, Span, Text};

pub const FORMAT: &str = "close-reader";
pub const VERSION: u64 = 1;

#[derive(Serialize, Deserialize)]
struct FileV1 {
    format: String,
    version: u64,
    document: DocumentV1,
    labels: Vec<Label>,
    annotations: Vec<AnnotationV1>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    annotator: Option<AnnotatorV1>,
}

#[derive(Serialize, Deserialize)]
struct DocumentV1 {
    title: String,
    text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source_url: Option<String>,
    sha256: String,
}

#[derive(Serialize, Deserialize)]
struct AnnotationV1 {
    id: String,
    label: String,
    start: u64,
    end: u64,
    quote: String,
    prefix: String,
    suffix: String,
    note: String,
    created: String,
    modified: String,
}

#[derive(Serialize, Deserialize)]
struct AnnotatorV1 {
    name: String,
}

/// Hex SHA-256 of the UTF-8 text: how files recognise the article they belong to.
pub fn text_sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Why a file could not be opened. Every variant names what is wrong and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    NotUtf8,
    NotJson {
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
        }
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
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| LoadError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
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
    let file: FileV1 = serde_json::from_str(json).map_err(|e| LoadError::Malformed {
        detail: e.to_string(),
    })?;
    into_document(file)
}

fn into_document(file: FileV1) -> Result<Document, LoadError> {
    if text_sha256(&file.document.text) != file.document.sha256.to_ascii_lowercase() {
        return Err(LoadError::TextChanged);
    }
    check_labels(&file.labels)?;
    let mut doc = Document::new(&file.document.title, "", file.document.source_url);
    doc.text = Text::new(file.document.text);
    doc.labels = file.labels;
    doc.annotator = file.annotator.map(|a| a.name);
    for (i, a) in file.annotations.into_iter().enumerate() {
        let index = i + 1;
        if a.start > a.end {
            return Err(LoadError::ReversedOffsets {
                index,
                id: a.id,
                start: a.start,
                end: a.end,
            });
        }
        // Offsets past what this platform can index are simply outside the text.
        let fit = |v: u64| usize::try_from(v).unwrap_or(usize::MAX);
        let span = Span::new(fit(a.start), fit(a.end)).expect("start <= end");
        let ann = Annotation {
            id: a.id,
            label: a.label,
            span,
            note: a.note,
            created: a.created,
            modified: a.modified,
        };
        if let Err(error @ AnnotationError::OutOfText { .. }) = doc.check(&ann) {
            return Err(LoadError::Annotation { index, error });
        }
        let found = doc.text.slice(span);
        if found != a.quote {
            let found = crate::model::names::ellipsize(found, 80);
            let expected = crate::model::names::ellipsize(&a.quote, 80);
            return Err(LoadError::QuoteMismatch {
                index,
                id: ann.id,
                expected,
                found,
            });
        }
        let (before, after) = (
            doc.text.before(span.start(), usize::MAX / 2),
            doc.text.after(span.end(), usize::MAX / 2),
        );
        if !before.ends_with(&a.prefix) {
            return Err(LoadError::ContextMismatch {
                index,
                id: ann.id,
                which: "prefix",
            });
        }
        if !after.starts_with(&a.suffix) {
            return Err(LoadError::ContextMismatch {
                index,
                id: ann.id,
                which: "suffix",
            });
        }
        doc.insert(ann)
            .map_err(|error| LoadError::Annotation { index, error })?;
    }
    Ok(doc)
}

fn check_labels(labels: &[Label]) -> Result<(), LoadError> {
    let bad = |detail: String| Err(LoadError::BadLabels { detail });
    for (i, l) in labels.iter().enumerate() {
        if l.id.trim().is_empty() {
            return bad(format!("label {} has an empty id", i + 1));
        }
        if labels[..i].iter().any(|m| m.id == l.id) {
            return bad(format!("two labels share the id \"{}\"", l.id));
        }
        if !is_hex_color(&l.color) {
            return bad(format!(
                "label \"{}\" has the colour \"{}\", which is not a #rrggbb colour",
                l.id, l.color
            ));
        }
        if l.key.chars().count() > 1 {
            return bad(format!(
                "label \"{}\" has the key \"{}\"; a key is one character",
                l.id, l.key
            ));
        }
    }
    Ok(())
}

fn is_hex_color(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|ch| ch.is_ascii_hexdigit())
}

/// Serialises a document as a version 1 file: pretty JSON, annotations in text order, a final newline.
pub fn to_json(doc: &Document) -> String {
    let file = FileV1 {
        format: FORMAT.into(),
        version: VERSION,
        document: DocumentV1 {
            title: doc.title.clone(),
            text: doc.text.as_str().to_string(),
            source_url: doc.source_url.clone(),
            sha256: text_sha256(doc.text.as_str()),
        },
        labels: doc.labels.clone(),
        annotations: doc
            .annotations()
            .iter()
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
        annotator: doc.annotator.clone().map(|name| AnnotatorV1 { name }),
    };
    let mut out = serde_json::to_string_pretty(&file).expect("plain data always serialises");
    out.push('\n');
    out
}
