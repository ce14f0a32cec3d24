//! Class sets kept in IndexedDB, one per article under its id: the record (`state/class_set.rs`)
//! and a short account the library lists without reading the record.

use std::rc::Rc;

use super::idb::{self, StorageError};

/// A short account of a kept set, for the library.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeptSummary {
    /// Collected files (the article's own annotations not counted).
    pub files: usize,
    /// The record's size in bytes.
    pub bytes: usize,
    pub updated: String,
}

impl KeptSummary {
    /// Written as a small JSON object through `serde_json::Value` (see `state/class_set.rs`).
    fn to_json(&self) -> String {
        let mut o = serde_json::Map::new();
        o.insert("files".into(), (self.files as u64).into());
        o.insert("bytes".into(), (self.bytes as u64).into());
        o.insert("updated".into(), self.updated.clone().into());
        serde_json::Value::Object(o).to_string()
    }

    /// An unreadable account reads as an empty one.
    fn from_json(json: &str) -> KeptSummary {
        let v: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
        let n = |k: &str| v.get(k).and_then(serde_json::Value::as_u64).unwrap_or(0) as usize;
        KeptSummary {
            files: n("files"),
            bytes: n("bytes"),
            updated: v
                .get("updated")
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default()
                .to_string(),
        }
    }
}

/// A set taken out of storage, kept in memory so that its removal can be undone.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    pub id: String,
    pub title: String,
    /// The header, then the files (`state::class_set::Kept::to_parts`).
    pub record: Vec<Rc<str>>,
    pub summary: String,
}

/// Keeps an article's set: its header, then its files (replacing the set kept before, in one
/// transaction).
pub async fn save(
    id: &str,
    record: &[Rc<str>],
    files: usize,
    now: &str,
) -> Result<KeptSummary, StorageError> {
    let summary = KeptSummary {
        files,
        bytes: record.iter().map(|p| p.len()).sum(),
        updated: now.to_string(),
    };
    idb::put_class(id, record, &summary.to_json()).await?;
    Ok(summary)
}

/// The record kept for an article, if any: its header and its files.
pub async fn load(id: &str) -> Result<Option<(String, Vec<String>)>, StorageError> {
    Ok(idb::get_class(id).await?.map(|(mut parts, _)| {
        let header = if parts.is_empty() {
            String::new()
        } else {
            parts.remove(0)
        };
        (header, parts)
    }))
}

/// Every kept set's account, by article id (an unreadable account counts as an empty one).
pub async fn summaries() -> Result<Vec<(String, KeptSummary)>, StorageError> {
    Ok(idb::all_class_meta()
        .await?
        .into_iter()
        .map(|(id, json)| (id, KeptSummary::from_json(&json)))
        .collect())
}

/// Removes an article's set, returning what undoing it needs (`None`: nothing was kept).
pub async fn remove(id: &str, title: &str) -> Result<Option<Removed>, StorageError> {
    let Some(removed) = taken(id, title).await? else {
        return Ok(None);
    };
    idb::delete_class(id).await?;
    Ok(Some(removed))
}

/// What [`remove`] would take, read without removing it (a document deleted takes its set too).
pub async fn taken(id: &str, title: &str) -> Result<Option<Removed>, StorageError> {
    Ok(idb::get_class(id).await?.map(|(record, summary)| Removed {
        id: id.to_string(),
        title: title.to_string(),
        record: record.into_iter().map(Rc::from).collect(),
        summary,
    }))
}

/// Puts a removed set back as it was.
pub async fn put_back(r: &Removed) -> Result<(), StorageError> {
    idb::put_class(&r.id, &r.record, &r.summary).await
}
