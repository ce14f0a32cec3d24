//! Small preferences in localStorage: which document was open last (to reopen it on reload), and
//! the label-set presets, each document's rejected suggestions, and the student's name.

use close_reader_core::formats::label_presets;

use crate::i18n::t;

const LAST_OPEN: &str = "close-reader.last-open";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn last_open() -> Option<String> {
    storage()?.get_item(LAST_OPEN).ok().flatten()
}

pub fn set_last_open(id: Option<&str>) {
    if let Some(s) = storage() {
        let _ = match id {
            Some(id) => s.set_item(LAST_OPEN, id),
            None => s.remove_item(LAST_OPEN),
        };
    }
}

const COMPARING: &str = "close-reader.comparing";

/// The article whose comparison was on screen last, to come back to it on reload.
pub fn comparing() -> Option<String> {
    storage()?.get_item(COMPARING).ok().flatten()
}

pub fn set_comparing(id: Option<&str>) {
    if let Some(s) = storage() {
        let _ = match id {
            Some(id) => s.set_item(COMPARING, id),
            None => s.remove_item(COMPARING),
        };
    }
}

const PRESETS: &str = "close-reader.label-presets";

/// The label-set presets the user saved, newest last; unreadable entries are skipped.
pub fn label_presets() -> Vec<close_reader_core::model::label::LabelSet> {
    let Some(json) = storage().and_then(|s| s.get_item(PRESETS).ok().flatten()) else {
        return Vec::new();
    };
    let raw: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap_or_default();
    raw.into_iter()
        .filter_map(|v| label_presets::from_json(&v.to_string()).ok())
        .collect()
}

/// Saves `set` as a preset (replacing one of the same name). Returns why not, if it could not.
pub fn save_label_preset(set: close_reader_core::model::label::LabelSet) -> Result<(), String> {
    let mut all = label_presets();
    all.retain(|p| p.name != set.name);
    all.push(set);
    let json = label_presets::to_json(&all);
    storage()
        .ok_or_else(|| t!("messages-no-preferences"))?
        .set_item(PRESETS, &json)
        .map_err(|_| t!("messages-preferences-full"))
}

fn rejected_key(doc_id: &str) -> String {
    format!("close-reader.rejected-suggestions.{doc_id}")
}

/// The suggestions rejected in this document, by id (empty when none or unreadable).
pub fn rejected_suggestions(doc_id: &str) -> Vec<String> {
    storage()
        .and_then(|s| s.get_item(&rejected_key(doc_id)).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Remembers the rejected suggestions of a document (a small list of ids).
pub fn save_rejected_suggestions(doc_id: &str, ids: &[&str]) {
    if let Some(s) = storage() {
        let _ = if ids.is_empty() {
            s.remove_item(&rejected_key(doc_id))
        } else {
            s.set_item(
                &rejected_key(doc_id),
                &serde_json::to_string(ids).unwrap_or_default(),
            )
        };
    }
}

const NAME: &str = "close-reader.name";

/// The student's name, asked once (the first assignment opened) and written into each assignment's file.
pub fn name() -> Option<String> {
    storage()?
        .get_item(NAME)
        .ok()
        .flatten()
        .filter(|n| !n.trim().is_empty())
}

pub fn set_name(name: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(NAME, name.trim());
    }
}

const SINGLE_KEYS: &str = "close-reader.single-keys";

/// Whether shortcuts of one character (`c`, `1`, `/`…) act: on unless the user turned them off
/// (WCAG 2.1.4), since a speech-input user's words can fire them by accident.
pub fn single_keys() -> bool {
    storage()
        .and_then(|s| s.get_item(SINGLE_KEYS).ok().flatten())
        .is_none_or(|v| v != "off")
}

pub fn set_single_keys(on: bool) {
    if let Some(s) = storage() {
        let _ = if on {
            s.remove_item(SINGLE_KEYS)
        } else {
            s.set_item(SINGLE_KEYS, "off")
        };
    }
}
