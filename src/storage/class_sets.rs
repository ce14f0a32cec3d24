//! Class sets kept in IndexedDB, one per article under its id: the record (`state/class_set.rs`)
//! and a short account the library lists without reading the record.

use serde::{Deserialize, Serialize};

use super::idb::{self, StorageError};

/// A short account of a kept set, for the library.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct KeptSummary {
    /// Collected files (the article's own annotations not counted).
    pub files: usize,
    /// The record's size in bytes.
    pub bytes: usize,
    pub updated: String,
}

/// A set taken out of storage, kept in memory so that its removal can be undone.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    pub id: String,
    pub title: String,
    pub record: String,
    pub summary: String,
}

/// Keeps an article's set (replacing the one kept before, in one transaction).
pub async fn save(
    id: &str,
    record: &str,
    files: usize,
    now: &str,
) -> Result<KeptSummary, StorageError> {
    let summary = KeptSummary {
        files,
        bytes: record.len(),
        updated: now.to_string(),
    };
    let meta = serde_json::to_string(&summary).expect("plain data");
    idb::put_class(id, record, &meta).await?;
    Ok(summary)
}

/// The record kept for an article, if any.
pub async fn load(id: &str) -> Result<Option<String>, StorageError> {
    Ok(idb::get_class(id).await?.map(|(record, _)| record))
}

/// Every kept set's account, by article id (an unreadable account counts as an empty one).
pub async fn summaries() -> Result<Vec<(String, KeptSummary)>, StorageError> {
    Ok(idb::all_class_meta()
        .await?
        .into_iter()
        .map(|(id, json)| (id, serde_json::from_str(&json).unwrap_or_default()))
        .collect())
}

/// Removes an article's set, returning what undoing it needs (`None`: nothing was kept).
pub async fn remove(id: &str, title: &str) -> Result<Option<Removed>, StorageError> {
    let Some((record, summary)) = idb::get_class(id).await? else {
        return Ok(None);
    };
    idb::delete_class(id).await?;
    Ok(Some(Removed {
        id: id.to_string(),
        title: title.to_string(),
        record,
        summary,
    }))
}

/// Puts a removed set back as it was.
pub async fn put_back(r: &Removed) -> Result<(), StorageError> {
    idb::put_class(&r.id, &r.record, &r.summary).await
}
