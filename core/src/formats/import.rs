//! What reading another tool's file can fail with, and the helpers every reader uses to get at its
//! text: UTF-8 without a byte-order mark, JSON with a located error. Placing what a file holds on
//! the text is `crate::anchoring`'s.

use std::fmt;

/// A file that cannot be read at all. Every variant says which format was expected and where the
/// file goes wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    NotUtf8 {
        format: &'static str,
    },
    Syntax {
        format: &'static str,
        line: usize,
        column: usize,
        detail: String,
    },
    Shape {
        format: &'static str,
        detail: String,
    },
    DifferentText {
        format: &'static str,
        detail: String,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotUtf8 { format } => {
                write!(
                    f,
                    "This file is not text (it is not valid UTF-8), so it is not {format}."
                )
            }
            ImportError::Syntax {
                format,
                line,
                column,
                detail,
            } => write!(
                f,
                "This {format} file cannot be read: {detail} (at line {line}, column {column})."
            ),
            ImportError::Shape { format, detail } => {
                write!(f, "This is not usable {format}: {detail}.")
            }
            ImportError::DifferentText { format, detail } => {
                write!(f, "This {format} file is about a different text: {detail}.")
            }
        }
    }
}

/// `bytes` as UTF-8 without a byte-order mark.
pub fn utf8<'a>(bytes: &'a [u8], format: &'static str) -> Result<&'a str, ImportError> {
    let s = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8 { format })?;
    Ok(s.strip_prefix('\u{feff}').unwrap_or(s))
}

/// Parses JSON, turning serde's error into a located [`ImportError`].
pub fn parse_json(s: &str, format: &'static str) -> Result<serde_json::Value, ImportError> {
    serde_json::from_str(s).map_err(|e| ImportError::Syntax {
        format,
        line: e.line(),
        column: e.column(),
        detail: json_error_detail(&e),
    })
}

fn json_error_detail(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(at) => full[..at].to_string(),
        None => full,
    }
}
