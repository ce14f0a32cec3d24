//! The reducer's part for edits to the open document's annotations: a span made from a selection,
//! relabelled, noted, deleted; undo and redo. Each goes through the session's history, so it can be
//! undone, and stamps its annotations with the time the action carries.

use close_reader_core::model::history::EditError;
use close_reader_core::Span;

use super::thread_view::{text_problem, TextProblem};
use super::{AppState, Notice};
use crate::i18n::{reasons, t};

pub enum EditAction {
    /// Apply a label to the pending selection.
    LabelPending(String),
    /// Apply a label to a span read from the DOM at the moment of the key press.
    LabelSpan {
        label: String,
        span: Span,
    },
    Relabel {
        id: String,
        label: String,
    },
    SetNote {
        id: String,
        text: String,
    },
    /// The note being typed is done: the next note edit is its own undo step.
    SealNote,
    Delete(String),
    /// The student's reply on a conversation of their (feedback) file.
    Reply {
        thread: String,
        text: String,
    },
    Undo,
    Redo,
}

impl EditAction {
    /// Every edit changes the document, but ending a note's typing.
    pub fn edits(&self) -> bool {
        match self {
            EditAction::LabelPending(_)
            | EditAction::LabelSpan { .. }
            | EditAction::Relabel { .. }
            | EditAction::SetNote { .. }
            | EditAction::Delete(_)
            | EditAction::Reply { .. }
            | EditAction::Undo
            | EditAction::Redo => true,
            EditAction::SealNote => false,
        }
    }
}

impl AppState {
    pub(super) fn reduce_edit(&mut self, a: EditAction, now: &str) -> bool {
        match a {
            EditAction::LabelPending(label) => match self.pending.clone() {
                Some(p) => self.label_span(&label, p.span, now),
                None => return false,
            },
            EditAction::LabelSpan { label, span } => self.label_span(&label, span, now),
            EditAction::Relabel { id, label } => {
                match self.with_session(|se| se.relabel(&id, &label, now)) {
                    Some(Ok(())) => self.edited(),
                    Some(Err(e)) => {
                        self.notice = Some(Notice::error(t!(
                            "state-relabel-failed",
                            why = reasons::edit(&e)
                        )))
                    }
                    None => return false,
                }
            }
            EditAction::SetNote { id, text } => {
                match self.with_session(|se| se.set_note(&id, &text, now)) {
                    Some(Ok(())) => self.edited(),
                    Some(Err(e)) => {
                        self.notice = Some(Notice::error(t!(
                            "state-note-failed",
                            why = reasons::edit(&e)
                        )))
                    }
                    None => return false,
                }
            }
            EditAction::SealNote => {
                self.with_session(|se| se.history.seal());
                return false;
            }
            EditAction::Delete(id) => match self.with_session(|se| se.delete(&id)) {
                Some(Ok(())) => {
                    self.edited();
                    self.prune_selection();
                }
                _ => return false,
            },
            EditAction::Reply { thread, text } => {
                match self.with_session(|se| se.reply(&thread, &text, now)) {
                    Some(Ok(())) => self.edited(),
                    Some(Err(e)) => {
                        // The text's own problem in the interface's words; any other in the core's.
                        let own =
                            matches!(&e, EditError::Thread(d) if d.starts_with("the message "));
                        self.notice = Some(Notice::error(match text_problem(&text) {
                            Some(TextProblem::Blank) if own => t!("state-reply-blank"),
                            Some(TextProblem::TooLong(n)) if own => t!(
                                "state-reply-too-long",
                                count = n,
                                most = close_reader_core::model::thread::MAX_MESSAGE_CHARS
                            ),
                            _ => t!("state-reply-failed", why = reasons::edit(&e)),
                        }))
                    }
                    None => return false,
                }
            }
            EditAction::Undo | EditAction::Redo => {
                let undo = matches!(a, EditAction::Undo);
                let done = self
                    .with_session(|se| if undo { se.undo() } else { se.redo() })
                    .flatten();
                match done {
                    Some(edit) => {
                        self.edited();
                        self.prune_selection();
                        if let close_reader_core::Edit::Add(a)
                        | close_reader_core::Edit::Replace { after: a, .. } = &edit
                        {
                            if !undo {
                                self.selected = Some(a.id.clone().into());
                            }
                        }
                    }
                    None => return false,
                }
            }
        }
        true
    }

    fn label_span(&mut self, label: &str, span: Span, now: &str) {
        let count = self.with_session(|s| s.doc.annotations().len());
        if count.is_some_and(|n| n >= crate::limits::MAX_ANNOTATIONS) {
            self.notice = Some(Notice::error(t!(
                "state-span-not-added",
                why = crate::limits::too_many_message(count.unwrap_or(0) + 1)
            )));
            return;
        }
        match self.with_session(|s| s.add(label, span, now)) {
            Some(Ok(id)) => {
                self.selected = Some(id.into());
                self.pending = None;
                self.notice = None;
                self.edited();
            }
            Some(Err(e)) => {
                self.notice = Some(Notice::error(t!(
                    "state-add-failed",
                    why = reasons::edit(&e)
                )))
            }
            None => {}
        }
    }
}
