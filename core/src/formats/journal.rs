//! The journal: what the page writes, synchronously, when it is hidden, reloaded or closed while a
//! document has changes that storage may not have received yet (its own writes are asynchronous and
//! the browser may stop them). On the next start the journal is replayed onto the stored copy, so an
//! edit made a moment before a reload is not lost.
//!
//! A journal is small even for a long document: it holds the document's header, labels and links
//! in full, and of the annotations only those changed since the last confirmed save (with the ids
//! of those removed). A document never saved yet is journalled whole. Replaying goes through the
//! native file's [`Loader`], so a journal is checked as strictly as a file.

use serde::{Deserialize, Serialize};

use crate::formats::native::{self, FileV3, LoadError};
use crate::formats::native_load::{labels_of, Loader};
use crate::model::Document;

pub const FORMAT: &str = "close-reader-journal";
const VERSION: u64 = 1;

#[derive(Serialize, Deserialize)]
struct JournalV1 {
    format: String,
    version: u64,
    /// The library id of the document.
    id: String,
    /// When the document first entered the library.
    created: String,
    /// The file is the whole document (it was never stored), not the changes to a stored copy.
    whole: bool,
    /// The document's file: whole, or without its text and with only the changed annotations.
    file: FileV3,
    /// Annotations removed since the last confirmed save.
    #[serde(default)]
    removed: Vec<String>,
}

/// What a journal says it is for, read without replaying it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct About {
    pub id: String,
    pub created: String,
    /// It needs the stored copy to replay onto.
    pub needs_stored: bool,
}

/// Why a journal could not be replayed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JournalError {
    Unreadable(String),
    /// The stored copy it applies to is missing.
    NoStoredCopy,
    /// The stored copy has another text than the journal's.
    OtherText,
    Invalid(LoadError),
}

impl std::fmt::Display for JournalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JournalError::Unreadable(why) => write!(f, "the record cannot be read ({why})"),
            JournalError::NoStoredCopy => {
                write!(
                    f,
                    "the saved document they apply to is no longer in this browser"
                )
            }
            JournalError::OtherText => {
                write!(f, "the saved document they apply to has another text")
            }
            JournalError::Invalid(e) => write!(f, "{e}"),
        }
    }
}

/// The whole document, for one that storage does not hold yet.
pub fn whole(id: &str, created: &str, doc: &Document) -> String {
    write(JournalV1 {
        format: FORMAT.into(),
        version: VERSION,
        id: id.into(),
        created: created.into(),
        whole: true,
        file: native::file_with(doc, doc.annotations().iter(), true),
        removed: Vec::new(),
    })
}

/// The changes since the last confirmed save: `touched` names every annotation added, changed or
/// removed since then (those still in the document are written, the others listed as removed).
pub fn changes(id: &str, created: &str, doc: &Document, touched: &[String]) -> String {
    let present = touched.iter().filter_map(|t| doc.annotation(t));
    let mut file = native::file_with(doc, present, false);
    crate::model::order::sort_by_key(&mut file.annotations, |a| {
        (a.start, std::cmp::Reverse(a.end), a.id.clone())
    });
    write(JournalV1 {
        format: FORMAT.into(),
        version: VERSION,
        id: id.into(),
        created: created.into(),
        whole: false,
        removed: touched
            .iter()
            .filter(|t| doc.annotation(t).is_none())
            .cloned()
            .collect(),
        file,
    })
}

fn write(j: JournalV1) -> String {
    // Pretty, as the native file is: one serialiser for both keeps the page's wasm smaller.
    serde_json::to_string_pretty(&j).expect("plain data always serialises")
}

fn read(json: &str) -> Result<JournalV1, JournalError> {
    let j: JournalV1 =
        serde_json::from_str(json).map_err(|e| JournalError::Unreadable(e.to_string()))?;
    if j.format != FORMAT || j.version != VERSION {
        return Err(JournalError::Unreadable(format!(
            "format {} version {}",
            j.format, j.version
        )));
    }
    Ok(j)
}

/// Which document a journal is for.
pub fn about(json: &str) -> Result<About, JournalError> {
    let j = read(json)?;
    Ok(About {
        id: j.id,
        created: j.created,
        needs_stored: !j.whole,
    })
}

/// The annotations a journal of changes names (written or removed): what a document read back from
/// its base and these changes still lacks in its base, and must keep writing as changes.
pub fn touched(json: &str) -> Result<Vec<String>, JournalError> {
    let j = read(json)?;
    if j.whole {
        return Ok(Vec::new());
    }
    let mut ids: Vec<String> = j
        .file
        .annotations
        .into_iter()
        .map(|a| a.id)
        .chain(j.removed)
        .collect();
    crate::model::order::sort(&mut ids);
    Ok(ids)
}

/// The document as it was when the journal was written: the journal's whole document, or its
/// changes applied to `stored` (the copy in storage, at least as new as the last confirmed save).
pub fn replay(json: &str, stored: Option<Document>) -> Result<Document, JournalError> {
    let j = read(json)?;
    if j.whole {
        return native::load_file(j.file).map_err(JournalError::Invalid);
    }
    let mut doc = stored.ok_or(JournalError::NoStoredCopy)?;
    let f = j.file;
    if doc.text.sha256() != f.document.sha256.to_ascii_lowercase() {
        return Err(JournalError::OtherText);
    }
    let labels = labels_of(f.labels).map_err(JournalError::Invalid)?;
    for id in f.annotations.iter().map(|a| &a.id).chain(&j.removed) {
        doc.remove(id);
    }
    for id in doc.links().iter().map(|l| l.id.clone()).collect::<Vec<_>>() {
        doc.remove_link(&id);
    }
    doc.title = f.document.title;
    doc.source_url = f.document.source_url;
    doc.labels = labels;
    doc.annotator = f.annotator.map(|a| a.name);
    doc.assignment = None;
    doc.feedback = None;
    doc.threads = Vec::new();
    if let Some(a) = doc
        .annotations()
        .iter()
        .find(|a| doc.label(&a.label).is_none())
    {
        return Err(JournalError::Invalid(LoadError::Annotation {
            index: 0,
            error: crate::model::document::AnnotationError::UnknownLabel {
                id: a.id.clone(),
                label: a.label.clone(),
            },
        }));
    }
    let mut loader = Loader::resume(doc);
    for a in f.annotations {
        loader.annotation(a).map_err(JournalError::Invalid)?;
    }
    for l in f.links {
        loader.link(l).map_err(JournalError::Invalid)?;
    }
    loader
        .finish(f.assignment, f.feedback, f.threads)
        .map_err(JournalError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Edit, History, LinkKind, Span};

    fn article() -> Document {
        let mut d = Document::new(
            "Floods",
            "Officials said the wall may fail 😀.\r\nCritics doubt it — قال الوزير.",
            None,
        );
        let a = |id: &str, l: &str, s, e| Annotation::new(id, l, Span::new(s, e).unwrap(), "t0");
        d.insert(a("a1", "source", 0, 9)).unwrap();
        d.insert(a("a2", "claim", 10, 31)).unwrap();
        d.insert(a("a3", "hedge", 24, 27)).unwrap();
        d
    }

    fn touched_ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn changes_replayed_onto_the_stored_copy_give_the_document_as_it_was() {
        let stored = article();
        let mut doc = stored.clone();
        let mut h = History::default();
        let mut touched = Vec::new();
        let mut apply = |doc: &mut Document, e: Edit| {
            for id in e.annotation_ids() {
                if !touched.contains(&id) {
                    touched.push(id);
                }
            }
            h.apply(doc, e).unwrap();
        };
        let link = Edit::add_link(&doc, "a2", "a1", LinkKind::SupportedBy).unwrap();
        apply(&mut doc, link);
        let mut noted = doc.annotation("a2").unwrap().clone();
        noted.note = "Who says so?\nA line".into();
        let before = doc.annotation("a2").unwrap().clone();
        apply(
            &mut doc,
            Edit::Replace {
                before,
                after: noted,
            },
        );
        let removal = Edit::remove_annotation(&doc, "a3").unwrap();
        apply(&mut doc, removal);
        let new = Annotation::new("a4", "hedge", Span::new(45, 51).unwrap(), "t1");
        apply(&mut doc, Edit::Add(new));
        doc.title = "Floods (edited)".into();
        doc.annotator = Some("Rana".into());

        let journal = changes("d1", "c", &doc, &touched);
        assert_eq!(
            about(&journal).unwrap(),
            About {
                id: "d1".into(),
                created: "c".into(),
                needs_stored: true
            }
        );
        assert!(
            !journal.contains("Officials said the wall"),
            "the text is not written again"
        );
        assert_eq!(
            super::touched(&journal).unwrap(),
            touched_ids(&["a2", "a3", "a4"]),
            "a2 changed, a3 removed, a4 added"
        );
        assert_eq!(replay(&journal, Some(stored.clone())).unwrap(), doc);
        assert_eq!(
            replay(&journal, None).unwrap_err(),
            JournalError::NoStoredCopy
        );
        let other = Document::new("Floods", "Another text", None);
        assert_eq!(
            replay(&journal, Some(other)).unwrap_err(),
            JournalError::OtherText
        );
    }

    #[test]
    fn a_document_never_stored_is_journalled_whole() {
        let doc = article();
        let journal = whole("d2", "c", &doc);
        assert!(!about(&journal).unwrap().needs_stored);
        assert_eq!(replay(&journal, None).unwrap(), doc);
        assert!(matches!(
            replay("{\"format\": \"x\"}", None),
            Err(JournalError::Unreadable(_))
        ));
    }
}
