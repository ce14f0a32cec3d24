//! The one place that picks the reader for a recognised format (see `detect.rs`): a file that
//! carries its own text opens as a new document, any other adds its annotations to the open one.
//! The match over [`Format`] has no catch-all arm, so a new format cannot be left without a reader.

use std::fmt;

use crate::anchoring::ImportReport;
use crate::formats::detect::Format;
use crate::formats::import::ImportError;
use crate::formats::import_links::ForeignLink;
use crate::formats::native::{self, LoadError};
use crate::formats::{brat, csv, doccano, label_studio, w3c_import};
use crate::model::Document;

/// What a file gave, for the user to review before anything changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Reading {
    /// The file carries its text: a new document, its annotations placed on it, and its links.
    NewDocument {
        doc: Document,
        report: ImportReport,
        links: Vec<ForeignLink>,
    },
    /// Annotations placed on the open document, and the links between them.
    OntoOpen {
        report: ImportReport,
        links: Vec<ForeignLink>,
    },
}

/// Why a file gave nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The file holds annotations of an article, and no article is open to put them on.
    NeedsArticle,
    /// Another tool's file that cannot be read.
    Import(ImportError),
    /// A Close Reader file that cannot be opened.
    Native(LoadError),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NeedsArticle => write!(
                f,
                "This file holds annotations of an article. Open the article first, then open this file."
            ),
            ReadError::Import(e) => e.fmt(f),
            ReadError::Native(e) => e.fmt(f),
        }
    }
}

type Onto = fn(&Document, &[u8], &str) -> Result<(ImportReport, Vec<ForeignLink>), ImportError>;
type New = fn(&[u8], &str, &str) -> Result<(Document, ImportReport, Vec<ForeignLink>), ImportError>;

/// Reads `bytes`, recognised as `format`. `open` is the document the user has open, if any;
/// `title` names a new document (a file name, say); `now` stamps annotations the file gives no
/// time for.
pub fn read(
    format: Format,
    bytes: &[u8],
    open: Option<&Document>,
    title: &str,
    now: &str,
) -> Result<Reading, ReadError> {
    let onto = |reader: Onto| {
        let doc = open.ok_or(ReadError::NeedsArticle)?;
        let (report, links) = reader(doc, bytes, now).map_err(ReadError::Import)?;
        Ok(Reading::OntoOpen { report, links })
    };
    let new = |reader: New| {
        let (doc, report, links) = reader(bytes, title, now).map_err(ReadError::Import)?;
        Ok(Reading::NewDocument { doc, report, links })
    };
    match format {
        Format::Native => {
            let doc = native::from_bytes(bytes).map_err(ReadError::Native)?;
            Ok(Reading::NewDocument {
                doc,
                report: ImportReport::default(),
                links: Vec::new(),
            })
        }
        Format::Doccano => new(doccano::open),
        Format::LabelStudio => new(label_studio::open),
        Format::Csv => onto(csv::import),
        Format::BratAnn => onto(brat::import),
        Format::W3cAnnotation
        | Format::W3cList
        | Format::W3cPage
        | Format::W3cCollection
        | Format::W3cGraph
        | Format::Hypothesis => onto(w3c_import::import),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Format; 11] = [
        Format::Native,
        Format::W3cAnnotation,
        Format::W3cList,
        Format::W3cPage,
        Format::W3cCollection,
        Format::W3cGraph,
        Format::Hypothesis,
        Format::Doccano,
        Format::LabelStudio,
        Format::Csv,
        Format::BratAnn,
    ];

    #[test]
    fn formats_that_carry_their_text_open_as_new_documents_and_the_others_need_an_article() {
        let article = Document::new("T", "The minister said it works.", None);
        let files: [(Format, String); 4] = [
            (Format::Native, native::to_json(&article)),
            (Format::Doccano, doccano::to_jsonl(&article)),
            (Format::LabelStudio, label_studio::to_json(&article)),
            (
                Format::Csv,
                csv::to_csv(&article, csv::CsvOptions::default()),
            ),
        ];
        for (format, file) in files {
            let alone = read(format, file.as_bytes(), None, "T", "now");
            let onto = read(format, file.as_bytes(), Some(&article), "T", "now");
            if format.carries_text() {
                assert!(
                    matches!(alone, Ok(Reading::NewDocument { .. })),
                    "{format:?}"
                );
                assert!(
                    matches!(onto, Ok(Reading::NewDocument { .. })),
                    "{format:?}"
                );
            } else {
                assert_eq!(alone, Err(ReadError::NeedsArticle), "{format:?}");
                assert!(matches!(onto, Ok(Reading::OntoOpen { .. })), "{format:?}");
            }
        }
        for format in ALL.into_iter().filter(|f| !f.carries_text()) {
            assert_eq!(
                read(format, b"", None, "T", "now"),
                Err(ReadError::NeedsArticle),
                "{format:?}"
            );
        }
    }
}
