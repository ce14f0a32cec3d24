//! Labels: what a span is marked as (claim, source, hedge, or a user's own).

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// Stable identifier, used in files and in `data-labels` on highlights.
    pub id: String,
    pub name: String,
    /// CSS hex colour such as `#d9480f`.
    pub color: String,
    /// The single key that applies the label to a selection.
    pub key: String,
}

impl Label {
    pub fn new(id: &str, name: &str, color: &str, key: &str) -> Label {
        Label {
            id: id.into(),
            name: name.into(),
            color: color.into(),
            key: key.into(),
        }
    }
}

/// Claim, Source and Hedge: the set every new document starts with.
pub fn default_labels() -> Vec<Label> {
    vec![
        Label::new("claim", "Claim", "#c2410c", "c"),
        Label::new("source", "Source", "#1d4ed8", "s"),
        Label::new("hedge", "Hedge", "#7e22ce", "h"),
    ]
}
