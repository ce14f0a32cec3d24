//! Label-set changes in the reducer: rename, recolour and rekey, add, reorder, delete (with a choice
//! for the spans that use the label) and switch to a preset, each one undoable step made by the core.

use close_reader_core::model::label::{new_label, LabelSet};
use close_reader_core::model::label_set::{
    apply_label_set, delete_label, insert_label, move_label, update_label, SpansOfDeleted,
};
use close_reader_core::Label;

use super::{AppState, Notice};
use crate::i18n::{reasons, t};

pub enum LabelAction {
    /// Open or close the label-set editor.
    Show(bool),
    Change(LabelChange),
}

impl LabelAction {
    pub fn edits(&self) -> bool {
        match self {
            LabelAction::Show(open) => *open,
            LabelAction::Change(_) => true,
        }
    }
}

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

impl AppState {
    pub(super) fn reduce_labels(&mut self, a: LabelAction, now: &str) -> bool {
        match a {
            LabelAction::Show(open) => self.labels_open = open,
            LabelAction::Change(change) => self.change_labels(change, now),
        }
        true
    }

    fn change_labels(&mut self, change: LabelChange, now: &str) {
        let done = self.with_session(|se| {
            let doc = &se.doc;
            let edit = match change {
                LabelChange::Update(l) => update_label(doc, l),
                LabelChange::Add => {
                    insert_label(doc, doc.labels.len(), new_label(&doc.labels)).map(Some)
                }
                LabelChange::Move { id, to } => move_label(doc, &id, to),
                LabelChange::Delete { id, spans } => delete_label(doc, &id, spans, now).map(Some),
                LabelChange::Apply(set) => apply_label_set(doc, &set),
            }
            .map_err(|e| {
                t!(
                    "state-labels-not-changed-set",
                    problem = reasons::label_set(&e)
                )
            })?;
            match edit {
                Some(e) => se
                    .apply_edit(e)
                    .map(|()| true)
                    .map_err(|e| t!("state-labels-not-changed", why = reasons::edit(&e))),
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
            Some(Err(message)) => {
                self.notice = Some(Notice::error(message));
            }
        }
    }
}
