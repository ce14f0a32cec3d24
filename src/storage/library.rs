//! The library: documents saved in this browser, each with a small record (title, dates, counts)
//! that the library screen lists without reading the whole document.

use close_reader_core::formats::journal;
use close_reader_core::formats::native;
use close_reader_core::model::unsaved::Unsaved;
use close_reader_core::Document;
use serde::{Deserialize, Serialize};

use super::idb::{self, StorageError};
use crate::i18n::t;

/// Any field may be missing (a record of another version's shape): the library lists it with what
/// it has, and opening the document rebuilds it (see [`DocMeta::read_or_rebuild`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DocMeta {
    pub id: String,
    pub title: String,
    /// SHA-256 of the article text: how an opened file finds its document.
    pub sha256: String,
    pub created: String,
    pub updated: String,
    pub words: usize,
    /// Label name and count, in label order.
    pub counts: Vec<(String, usize)>,
    /// The class set kept for this article, if any: filled in by [`list`], never stored here.
    #[serde(skip)]
    pub class_set: Option<super::class_sets::KeptSummary>,
}

impl DocMeta {
    pub fn of(id: &str, doc: &Document, created: &str, updated: &str) -> DocMeta {
        DocMeta {
            id: id.to_string(),
            title: doc.title.clone(),
            sha256: doc.text.sha256().to_string(),
            created: created.to_string(),
            updated: updated.to_string(),
            words: doc.word_count(),
            counts: doc.counts().into_iter().map(|(l, n)| (l.name, n)).collect(),
            class_set: None,
        }
    }

    pub fn total(&self) -> usize {
        self.counts.iter().map(|(_, n)| n).sum()
    }

    /// The record of a document just read: what it sums up is taken from the document again (whose
    /// own file carries its version and migrates through the core's reader), so a record of another
    /// version's shape, or a damaged one, is rebuilt. Its dates are kept when they can be read.
    pub fn read_or_rebuild(id: &str, meta_json: &str, doc: &Document) -> DocMeta {
        let old: DocMeta = serde_json::from_str(meta_json).unwrap_or_default();
        DocMeta::of(id, doc, &old.created, &old.updated)
    }
}

/// A deleted document, kept in memory so the deletion can be undone.
#[derive(Debug, PartialEq)]
pub struct Deleted {
    pub meta: DocMeta,
    pub base: idb::Base,
    pub changes: Option<String>,
    /// The article's class set, deleted with it.
    pub class_set: Option<super::class_sets::Removed>,
}

/// Saves a document whole under `id`.
pub async fn save(
    id: &str,
    doc: &Document,
    created: &str,
    updated: &str,
) -> Result<DocMeta, StorageError> {
    let meta = DocMeta::of(id, doc, created, updated);
    let meta_json = serde_json::to_string(&meta).expect("plain data");
    let base = idb::Base::Bytes(native::to_json(doc).into_bytes().into());
    idb::put(id, &base, None, &meta_json).await?;
    Ok(meta)
}

/// Why a saved document could not be reopened.
pub enum LoadFailure {
    Storage(StorageError),
    Missing,
    Damaged(String),
}

/// Reads a saved document back (at once: for a long one, `effects/opening.rs` reads the same in
/// slices).
pub async fn load(id: &str) -> Result<(Document, DocMeta), LoadFailure> {
    let stored = fetch(id).await?;
    let bytes = stored.base.bytes().await.ok_or_else(unreadable)?;
    let base = native::from_bytes(&bytes)
        .map_err(|e| LoadFailure::Damaged(crate::i18n::reasons::load(&e)))?;
    assemble(id, &stored.meta, stored.changes.as_deref(), base).map(|(d, m, _)| (d, m))
}

fn unreadable() -> LoadFailure {
    LoadFailure::Damaged(t!("messages-stored-file-unreadable"))
}

/// A saved document's stored parts.
pub async fn fetch(id: &str) -> Result<idb::Stored, LoadFailure> {
    idb::get(id)
        .await
        .map_err(LoadFailure::Storage)?
        .ok_or(LoadFailure::Missing)
}

/// The document from its base (read from the stored base) and the changes recorded since, with
/// its library record (`meta`, as stored) and what its session must keep writing as changes.
pub fn assemble(
    id: &str,
    meta: &str,
    changes: Option<&str>,
    base: Document,
) -> Result<(Document, DocMeta, Unsaved), LoadFailure> {
    let damaged = |e: journal::JournalError| {
        LoadFailure::Damaged(t!(
            "messages-changes-not-applied",
            why = crate::i18n::reasons::journal(&e)
        ))
    };
    let unsaved = match changes {
        None => Unsaved::new(true),
        Some(c) => Unsaved::stored_with(journal::touched(c).map_err(damaged)?),
    };
    let doc = match changes {
        None => base,
        Some(changes) => journal::replay(changes, Some(base)).map_err(damaged)?,
    };
    let meta = DocMeta::read_or_rebuild(id, meta, &doc);
    Ok((doc, meta, unsaved))
}

/// Rewrites every stored document an older version saved (file version below the current one) as
/// the current version, with a complete record and its dates kept; returns how many. Run at start,
/// in the background. A file that cannot be read is left as it is: opening it says why. A document
/// open in the page (`is_open`, asked just before each write) is left to its own saves, which write
/// the current version: rewriting it from storage could overwrite a save made meanwhile.
pub async fn migrate_stored(is_open: impl Fn(&str) -> bool) -> usize {
    let Ok(all) = list().await else { return 0 };
    let mut migrated = 0;
    for m in all {
        if is_open(&m.id) {
            continue;
        }
        let Ok(Some(stored)) = idb::get(&m.id).await else {
            continue;
        };
        // The version is the file's second member: a long document is not parsed whole for it.
        let Some(head) = stored.base.head(200).await else {
            continue;
        };
        let head = String::from_utf8_lossy(&head);
        let version = head.find("\"version\"").and_then(|at| {
            let rest = head[at + 9..].trim_start().strip_prefix(':')?.trim_start();
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse::<u64>().ok()
        });
        // A plain document is written as version 3 and a shaped one as 4: both are current.
        if version.is_none_or(|v| v >= native::PLAIN_VERSION) {
            continue;
        }
        let Some(bytes) = stored.base.bytes().await else {
            continue;
        };
        let Ok(base) = native::from_bytes(&bytes) else {
            continue;
        };
        let Ok((doc, meta, _)) = assemble(&m.id, &stored.meta, stored.changes.as_deref(), base)
        else {
            continue;
        };
        // Asked again: reading a long file takes a while, and the user may have opened it meanwhile.
        if is_open(&m.id) {
            continue;
        }
        if save(&m.id, &doc, &meta.created, &meta.updated)
            .await
            .is_ok()
        {
            migrated += 1;
        }
    }
    migrated
}

/// Every saved document's record, most recently changed first.
pub async fn list() -> Result<Vec<DocMeta>, StorageError> {
    let mut all: Vec<DocMeta> = idb::all_meta()
        .await?
        .iter()
        .filter_map(|m| serde_json::from_str(m).ok())
        .collect();
    // A library that cannot read its class sets still lists its documents.
    let sets = super::class_sets::summaries().await.unwrap_or_default();
    for m in &mut all {
        m.class_set = sets
            .iter()
            .find(|(id, _)| *id == m.id)
            .map(|(_, s)| s.clone());
    }
    close_reader_core::model::order::sort_by(&mut all, |a, b| b.updated.cmp(&a.updated));
    Ok(all)
}

/// Deletes a document, returning what is needed to undo it.
pub async fn delete(meta: &DocMeta) -> Result<Deleted, StorageError> {
    let stored = idb::get(&meta.id).await?;
    let class_set = super::class_sets::taken(&meta.id, &meta.title).await?;
    idb::delete(&meta.id).await?;
    let (base, changes) = stored.map_or((idb::Base::Bytes(Vec::new().into()), None), |s| {
        (s.base, s.changes)
    });
    Ok(Deleted {
        meta: meta.clone(),
        base,
        changes,
        class_set,
    })
}

/// Puts a deleted document back exactly as it was.
pub async fn restore(d: &Deleted) -> Result<(), StorageError> {
    let meta = serde_json::to_string(&d.meta).expect("plain data");
    idb::put(&d.meta.id, &d.base, d.changes.as_deref(), &meta).await?;
    match &d.class_set {
        Some(set) => super::class_sets::put_back(set).await,
        None => Ok(()),
    }
}

/// Renames a saved document.
pub async fn rename(meta: &DocMeta, title: &str, now: &str) -> Result<DocMeta, LoadFailure> {
    let (mut doc, _) = load(&meta.id).await?;
    doc.title = title.to_string();
    save(&meta.id, &doc, &meta.created, now)
        .await
        .map_err(LoadFailure::Storage)
}

impl std::fmt::Display for LoadFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadFailure::Storage(e) => write!(f, "{e}"),
            LoadFailure::Missing => f.write_str(&t!("messages-load-missing")),
            LoadFailure::Damaged(e) => f.write_str(&t!("messages-load-damaged", why = e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        let mut d = Document::new("Ferry", "The operator said the ferry may run.", None);
        let span = close_reader_core::Span::new(18, 27).unwrap();
        d.insert(close_reader_core::Annotation::new("a1", "claim", span, "t"))
            .unwrap();
        d
    }

    #[test]
    fn a_current_record_is_read_as_stored() {
        let stored = DocMeta::of("d1", &doc(), "c", "u");
        let json = serde_json::to_string(&stored).unwrap();
        assert_eq!(DocMeta::read_or_rebuild("d1", &json, &doc()), stored);
    }

    #[test]
    fn a_record_of_an_older_shape_is_rebuilt_from_its_document_keeping_its_dates() {
        // A record without the text hash, word count and counts (as an older version might write).
        let old = r#"{"id":"d1","title":"Old title","created":"2025-01-02T00:00:00Z","updated":"2025-03-04T00:00:00Z"}"#;
        let meta = DocMeta::read_or_rebuild("d1", old, &doc());
        assert_eq!(meta.title, "Ferry", "the document is the truth");
        assert_eq!(meta.created, "2025-01-02T00:00:00Z");
        assert_eq!(meta.updated, "2025-03-04T00:00:00Z");
        assert_eq!(meta.counts[0], ("Claim".to_string(), 1));
        assert_eq!(
            meta.sha256,
            close_reader_core::model::hash::text_sha256("The operator said the ferry may run.")
        );
        let damaged = DocMeta::read_or_rebuild("d1", "not json", &doc());
        assert_eq!((damaged.id.as_str(), damaged.words), ("d1", 7));
    }
}
