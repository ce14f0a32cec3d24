//! The reducer's part for the classroom on the student's side and the teacher's: the name asked of
//! a student, the assignment dialog and settings, and a feedback file shown against its key.

use close_reader_core::model::classroom::Assignment;

use super::AppState;

pub enum ClassAction {
    /// Ask the student for their name (or stop asking).
    AskName(bool),
    /// The student's name, written into the open document as its annotator.
    SetName(String),
    /// Open or close the assignment dialog.
    ShowAssignment(bool),
    /// The open document's assignment settings (instructions and options), kept with it.
    SetAssignment(Option<Assignment>),
    /// Show a feedback file's spans against its key, or go back to annotating.
    ShowFeedback(bool),
}

impl ClassAction {
    pub fn edits(&self) -> bool {
        match self {
            ClassAction::SetName(_)
            | ClassAction::ShowAssignment(true)
            | ClassAction::SetAssignment(_) => true,
            ClassAction::AskName(_)
            | ClassAction::ShowAssignment(false)
            | ClassAction::ShowFeedback(_) => false,
        }
    }
}

impl AppState {
    pub(super) fn reduce_class(&mut self, a: ClassAction) -> bool {
        match a {
            ClassAction::AskName(ask) => self.asking_name = ask,
            ClassAction::SetName(name) => {
                let name = name.trim().to_string();
                let set = !name.is_empty()
                    && self
                        .with_session(|se| {
                            se.doc.annotator = Some(name);
                            se.touch_header();
                        })
                        .is_some();
                if set {
                    self.edited();
                }
                self.asking_name = false;
            }
            ClassAction::ShowAssignment(open) => self.assignment_open = open,
            ClassAction::SetAssignment(a) => {
                let set = self.with_session(|se| {
                    se.doc.assignment = a;
                    se.touch_header();
                });
                if set.is_some() {
                    self.edited();
                }
            }
            ClassAction::ShowFeedback(shown) => self.feedback_shown = shown,
        }
        true
    }
}
