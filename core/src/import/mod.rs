//! Articles as they come: web pages, Markdown, Word and OpenDocument files, EPUB books and PDF
//! handouts, each read into the same [`Article`] (a plain text and its [`Shape`]). Pure Rust,
//! tested natively on files made by real tools (`core/tests/fixtures/import/`).
//!
//! This layer reads only the model. The app never calls it on the page: the importers run in the
//! worker's wasm, so that their parsers stay out of the first load.

pub mod archive;
pub mod build;
pub mod decode;
pub mod docx;
pub mod epub;
pub mod html;
pub mod markdown;
pub mod odt;
pub mod open;
pub mod outline;
pub mod pdf;
pub mod plain;
pub mod reflow;
pub mod run_marks;
pub mod sniff;
pub mod xml;

pub use open::{open, Opened};

use crate::model::shape::Shape;
use crate::model::Text;

/// An article read from a file or a paste, before it becomes a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// The title found in the file (may be empty: the preview asks for one).
    pub title: String,
    pub byline: Option<String>,
    pub date: Option<String>,
    pub text: Text,
    pub shape: Shape,
    /// What was left out, for the preview ("3 images", "the comments section").
    pub left_out: Vec<String>,
}

/// Why a file could not be read as an article. Each says what is wrong in words a user can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// A PDF whose pages are pictures: there is no text to annotate.
    NoTextLayer,
    /// A password-protected PDF, DOCX or EPUB.
    Encrypted { kind: &'static str },
    /// Past a limit that protects the page (a zip bomb, thousands of pages).
    TooLarge { what: String },
    /// Damaged or not what it claims to be.
    Damaged { kind: &'static str, detail: String },
    /// Read, but nothing in it is text.
    Empty { kind: &'static str },
    /// Not an article at all: `what` says what it is ("an image", "a zip archive").
    NotAnArticle { what: String },
    /// A zip archive that is no Word, OpenDocument or EPUB file (a brat export, a folder zipped).
    Archive,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::NoTextLayer => write!(
                f,
                "This PDF has no text layer: it is an image of the pages. Open a PDF with text in it, or paste the article's text."
            ),
            ImportError::Encrypted { kind } => write!(
                f,
                "This {kind} is protected by a password, so its text cannot be read. Save an unprotected copy and open that."
            ),
            ImportError::TooLarge { what } => write!(f, "This file is too large to open: {what}."),
            ImportError::Damaged { kind, detail } => {
                write!(f, "This {kind} file is damaged and cannot be read ({detail}).")
            }
            ImportError::Empty { kind } if kind.ends_with("page") => {
                write!(f, "This {kind} has no text in it to annotate.")
            }
            ImportError::Empty { kind } => {
                write!(f, "This {kind} file has no text in it to annotate.")
            }
            ImportError::Archive => write!(
                f,
                "This is a ZIP archive, not a Word, OpenDocument or EPUB file. Unpack it and open the file inside (for a brat export, open the article's text first, then its .ann file)."
            ),
            ImportError::NotAnArticle { what } => write!(
                f,
                "This is {what}, not an article: open a web page, PDF, Word, OpenDocument, EPUB, Markdown or text file."
            ),
        }
    }
}
