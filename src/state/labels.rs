//! Label-set changes in the reducer: rename, recolour and rekey, add, reorder, delete (with a choice
//! for the spans that use the label) and switch to a preset, each one undoable step made by the core.

use close_reader_core::model::label::{LabelSet, RESERVED_KEYS};
use close_reader_core::model::label_set::{
    apply_label_set, delete_label, insert_label, move_label, update_label, SpansOfDeleted,
};
use close_reader_core::{Document, Label};

use super::{AppState, Notice};
use crate::dom::clock::now_iso;

#[derive(Clone, Debug, PartialEq)]
pub enum LabelChange {
    /// The label with this id gets this name, colour and key.
    Update(Label),
    /// A new label at the end, with a free id, key and colour.
    Add,
    Move {
        id: String,
        to: usize,
    },
    Delete {
        id: String,
        spans: SpansOfDeleted,
    },
    Apply(LabelSet),
}

/// Colours offered for new labels, in order; the first one no label uses is taken.
const PALETTE: [&str; 8] = [
    "#047857", "#b45309", "#be185d", "#0e7490", "#4d7c0f", "#c2410c", "#1d4ed8", "#7e22ce",
];

/// A new label for `doc`: "Label N" with an unused id, the first free letter as its key and the
/// first colour of the palette nobody uses.
pub fn new_label(doc: &Document) -> Label {
    let n = (1..)
        .find(|n| doc.label(&format!("label-{n}")).is_none())
        .unwrap_or(1);
    let used = |k: &str| doc.labels.iter().any(|l| l.key.eq_ignore_ascii_case(k));
    let key = "bdfgijkmoqtvwyz"
        .chars()
        .map(String::from)
        .find(|k| !used(k) && !RESERVED_KEYS.contains(&k.as_str()))
        .unwrap_or_default();
    let color = PALETTE
        .iter()
        .find(|c| !doc.labels.iter().any(|l| l.color.eq_ignore_ascii_case(c)))
        .unwrap_or(&PALETTE[0]);
    Label::new(&format!("label-{n}"), &format!("Label {n}"), color, &key)
}

impl AppState {
    pub(super) fn change_labels(&mut self, change: LabelChange) {
        let done = self.with_session(|se| {
            let doc = &se.doc;
            let edit = match change {
                LabelChange::Update(l) => update_label(doc, l),
                LabelChange::Add => insert_label(doc, doc.labels.len(), new_label(doc)).map(Some),
                LabelChange::Move { id, to } => move_label(doc, &id, to),
                LabelChange::Delete { id, spans } => {
                    delete_label(doc, &id, spans, &now_iso()).map(Some)
                }
                LabelChange::Apply(set) => apply_label_set(doc, &set),
            }
            .map_err(|e| format!("the label set {e}"))?;
            match edit {
                Some(e) => se.apply_edit(e).map(|()| true).map_err(|e| e.to_string()),
                None => Ok(false),
            }
        });
        match done {
            Some(Ok(true)) => {
                self.edited();
                self.prune_selection();
                self.notice = None;
            }
            Some(Ok(false)) | None => {}
            Some(Err(e)) => {
                self.notice = Some(Notice::error(format!("Labels not changed: {e}.")));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_label_takes_a_free_id_key_and_colour() {
        let mut d = Document::new("T", "x", None);
        let l = new_label(&d);
        assert_eq!(
            (l.id.as_str(), l.name.as_str(), l.key.as_str()),
            ("label-1", "Label 1", "b")
        );
        assert_eq!(l.color, "#047857");
        d.labels.push(l);
        let l2 = new_label(&d);
        assert_eq!(
            (l2.id.as_str(), l2.key.as_str(), l2.color.as_str()),
            ("label-2", "d", "#b45309")
        );
    }
}
