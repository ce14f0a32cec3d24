//! The journal of unsaved changes in localStorage, written synchronously when the page is hidden or
//! closed (IndexedDB's writes are asynchronous and may not finish then), one entry per document,
//! and read back on the next start. Its content is the core's `formats::journal`.

const PREFIX: &str = "close-reader.journal.";
const SET_ASIDE: &str = "close-reader.journal-unreadable.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Writes the journal of document `id`; says why not (storage full or unavailable).
pub fn write(id: &str, json: &str) -> Result<(), String> {
    let s = storage().ok_or("this browser keeps no local storage")?;
    s.set_item(&format!("{PREFIX}{id}"), json)
        .map_err(|_| "the browser's local storage is full or blocked".to_string())
}

/// Every journal left, as (document id, journal).
pub fn all() -> Vec<(String, String)> {
    let Some(s) = storage() else {
        return Vec::new();
    };
    let n = s.length().unwrap_or(0);
    let keys: Vec<String> = (0..n).filter_map(|i| s.key(i).ok().flatten()).collect();
    keys.into_iter()
        .filter_map(|k| {
            let id = k.strip_prefix(PREFIX)?.to_string();
            let json = s.get_item(&k).ok().flatten()?;
            Some((id, json))
        })
        .collect()
}

/// The journal left for document `id`, if any.
pub fn read(id: &str) -> Option<String> {
    storage()?.get_item(&format!("{PREFIX}{id}")).ok().flatten()
}

pub fn remove(id: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(&format!("{PREFIX}{id}"));
    }
}

/// Keeps a journal that could not be replayed under another key, so that it is neither lost nor
/// tried again at every start.
pub fn set_aside(id: &str, json: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(&format!("{SET_ASIDE}{id}"), json);
        let _ = s.remove_item(&format!("{PREFIX}{id}"));
    }
}
