//! The one entry for a file that is an article: recognised by its content (never its name) and
//! read by its importer. What it was read as goes with it, for the review's "read as a PDF".

use crate::import::sniff::{sniff, Kind};
use crate::import::{docx, epub, html, markdown, odt, pdf, plain, Article, ImportError};

/// An article and what it was read from ("PDF", "web page"…).
pub struct Opened {
    pub kind: &'static str,
    pub article: Article,
}

/// Reads `bytes` as an article: a web page (also single-file MHTML), PDF, Word, OpenDocument,
/// EPUB, Markdown or plain text. Anything else gets a message saying what it is.
pub fn open(bytes: &[u8]) -> Result<Opened, ImportError> {
    let (kind, article) = match sniff(bytes) {
        Kind::Pdf => ("PDF", pdf::from_pdf(bytes)?),
        Kind::Epub => ("EPUB book", epub::from_epub(bytes)?),
        Kind::Docx => ("Word file", docx::from_docx(bytes)?),
        Kind::Odt => ("OpenDocument text", odt::from_odt(bytes)?),
        Kind::Html => ("web page", html::from_page(bytes)?),
        Kind::Mhtml => ("web page (single file)", html::from_mhtml(bytes)?),
        Kind::Markdown => (
            "Markdown file",
            markdown::from_markdown(&decode_text(bytes)?),
        ),
        Kind::Text => ("text file", plain::from_plain(&decode_text(bytes)?)),
        Kind::Native => {
            return Err(ImportError::Damaged {
                kind: "JSON",
                detail: "it is JSON, not an article".into(),
            })
        }
        Kind::Unknown(what) if what == "a zip archive" => return Err(ImportError::Archive),
        Kind::Unknown(what) => return Err(ImportError::NotAnArticle { what }),
    };
    if article.text.as_str().trim().is_empty() {
        let short = kind.split(' ').next().unwrap_or(kind);
        return Err(ImportError::Empty {
            kind: if kind.starts_with("web") {
                "web page"
            } else {
                short
            },
        });
    }
    Ok(Opened { kind, article })
}

fn decode_text(bytes: &[u8]) -> Result<String, ImportError> {
    crate::import::decode::decode(bytes, None)
}
