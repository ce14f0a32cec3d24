//! The preferences a dialog changes, kept in this browser (localStorage): label-set presets, the
//! single-key shortcuts switch and the student's name. Components call these rather than storage.

use close_reader_core::model::label::LabelSet;

use crate::i18n::t;
use crate::storage::prefs;

/// The presets saved, newest last.
pub fn presets() -> Vec<LabelSet> {
    prefs::label_presets()
}

/// Saves `set` as a preset: what to say, and the presets now.
pub fn save_preset(set: LabelSet) -> (String, Vec<LabelSet>) {
    let said = match prefs::save_label_preset(set.clone()) {
        Ok(()) => t!("messages-preset-saved", name = &set.name),
        Err(e) => t!("messages-preset-not-saved", why = e),
    };
    (said, prefs::label_presets())
}

pub fn single_keys() -> bool {
    prefs::single_keys()
}

pub fn set_single_keys(on: bool) {
    prefs::set_single_keys(on);
}

/// Remembers the student's name for the next assignment.
pub fn remember_name(name: &str) {
    prefs::set_name(name);
}
