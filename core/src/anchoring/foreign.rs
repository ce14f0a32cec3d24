//! What placing another tool's annotations produces: the annotations as read from the file
//! ([`ForeignAnnotation`]), and the report of where each landed or why it did not
//! ([`ImportReport`]), which the app shows for review before anything changes.

use std::fmt;

use super::quote::{AnchorFailure, Anchoring};
use crate::model::names::ellipsize;
use crate::model::Annotation;

/// One annotation read from another tool's file, before it is placed on the text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ForeignAnnotation {
    /// Where it was in the file, as the user would find it ("item 3", "line 7", "T4").
    pub place: String,
    /// Its id in the file, if it had one.
    pub id: Option<String>,
    /// Tags or label names, in the file's order; the first that names a label becomes the label.
    pub tags: Vec<String>,
    pub note: String,
    /// The quoted text, with up to a few dozen code points of context on each side.
    pub quote: Option<String>,
    pub prefix: String,
    pub suffix: String,
    /// Offsets in code points of the document text, already converted from the file's unit.
    pub position: Option<Position>,
    pub created: Option<String>,
    pub modified: Option<String>,
}

/// Offsets given by the file. `trusted` offsets (a format whose offsets count this very text) are
/// used as they are when the quote agrees; untrusted ones only break ties between equal quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub start: u64,
    pub end: u64,
    pub trusted: bool,
}

/// How an imported annotation's tags matched the document's labels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LabelResolution {
    /// A tag named this label (by id or name, ignoring case).
    Known(String),
    /// No tag named a label; this is the first tag, for the user to map to a label.
    Unknown(String),
    /// The annotation had no tag at all.
    Missing,
}

/// An annotation that found its place in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedAnnotation {
    /// Ready to insert: a fresh id, the span in this text, the label id when it is
    /// [`LabelResolution::Known`] (otherwise empty until the user chooses).
    pub annotation: Annotation,
    pub label: LabelResolution,
    /// Tags after the one used for the label, which Close Reader cannot hold (one label each).
    pub other_tags: Vec<String>,
    pub source_id: Option<String>,
    pub anchoring: Anchoring,
}

/// Why one annotation of the file was not placed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The item itself is unusable (wrong types, missing fields); the detail says which.
    Malformed(String),
    /// Neither a quote nor offsets this text can trust.
    NoQuote,
    /// Trusted offsets outside the text, or reversed, with no quote to fall back on.
    BadOffsets {
        start: u64,
        end: u64,
        len: usize,
    },
    Unplaceable(AnchorFailure),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProblem {
    pub place: String,
    pub source_id: Option<String>,
    pub quote: Option<String>,
    pub kind: ProblemKind,
}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.place)?;
        if let Some(id) = &self.source_id {
            write!(f, " (\"{}\")", ellipsize(id, 60))?;
        }
        if let Some(q) = &self.quote {
            write!(f, ", quoting \"{}\"", ellipsize(q, 60))?;
        }
        match &self.kind {
            ProblemKind::Malformed(detail) => write!(f, ", was skipped: {detail}."),
            ProblemKind::NoQuote => write!(
                f,
                " has no quoted text (TextQuoteSelector) and no offsets into this text, so it cannot be placed."
            ),
            ProblemKind::BadOffsets { start, end, len } => write!(
                f,
                " has offsets [{start}, {end}), which do not fit this text ({len} characters), and no quote to find it by."
            ),
            ProblemKind::Unplaceable(why) => write!(f, " was not placed: {why}."),
        }
    }
}

/// The outcome of importing a file onto a document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    pub placed: Vec<PlacedAnnotation>,
    pub problems: Vec<ImportProblem>,
    /// Tags that name no label, each once, in the order first met: the app asks the user to
    /// create a label for each or to pick an existing one.
    pub unknown_tags: Vec<String>,
}
