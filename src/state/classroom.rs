//! The reducer's part for the classroom on the student's side and the teacher's: the name asked of
//! a student, the assignment dialog and settings, and a feedback file shown against its key.

use close_reader_core::model::classroom::Assignment;

use super::grading::with_rubric;
use super::rubric_edit::{self, RubricEdit};
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
    /// A change to the rubric in the assignment dialog: saved with the assignment while valid.
    Rubric(RubricEdit),
}

impl ClassAction {
    pub fn edits(&self) -> bool {
        match self {
            ClassAction::SetName(_)
            | ClassAction::ShowAssignment(true)
            | ClassAction::SetAssignment(_)
            | ClassAction::Rubric(_) => true,
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
            ClassAction::ShowAssignment(open) => {
                self.assignment_open = open;
                self.rubric_draft = self
                    .with_session(|se| se.doc.assignment.as_ref().and_then(|a| a.rubric.clone()))
                    .flatten()
                    .filter(|_| open);
            }
            ClassAction::Rubric(edit) => self.edit_rubric(edit),
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

    /// Applies the edit to the draft, and saves the draft into the open document's assignment
    /// when the core finds nothing wrong with it (its labels included).
    fn edit_rubric(&mut self, edit: RubricEdit) {
        let Some(labels) = self.with_session(|se| se.doc.labels.clone()) else {
            return;
        };
        let first = labels.first().map(|l| l.id.clone()).unwrap_or_default();
        self.rubric_draft = rubric_edit::apply(self.rubric_draft.take(), edit, &first);
        let draft = self.rubric_draft.clone();
        let saved = self.with_session(|se| {
            let current = se.doc.assignment.clone().unwrap_or_default();
            match with_rubric(&current, draft, &labels) {
                Ok(a) if se.doc.assignment.as_ref() != Some(&a) => {
                    se.doc.assignment = Some(a);
                    se.touch_header();
                    true
                }
                _ => false,
            }
        });
        if saved == Some(true) {
            self.edited();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use close_reader_core::Document;
    use yew::Reducible;

    use super::*;
    use crate::state::{document::DocAction, Action};

    fn rubric_of(s: &AppState) -> Option<close_reader_core::model::Rubric> {
        s.with_session(|se| se.doc.assignment.as_ref().and_then(|a| a.rubric.clone()))
            .flatten()
    }

    #[test]
    fn a_rubric_is_saved_only_while_valid_and_the_draft_keeps_the_typing() {
        let doc = Document::new("Bridge", "The mayor said the bridge will close.", None);
        let session = Box::new(crate::session::Session::open("d1".into(), doc, "t".into()));
        let s = Rc::new(AppState::default()).reduce(Action::Doc(DocAction::Open {
            session,
            saved: true,
        }));
        let s = s.reduce(Action::Class(ClassAction::ShowAssignment(true)));
        let s = s.reduce(Action::Class(ClassAction::Rubric(RubricEdit::Start(true))));
        let saved = rubric_of(&s).expect("a one-criterion rubric is valid");
        assert_eq!(saved.criteria.len(), 1);
        let s = s.reduce(Action::Class(ClassAction::Rubric(RubricEdit::Name(
            0,
            " ".into(),
        ))));
        assert_eq!(
            rubric_of(&s),
            Some(saved.clone()),
            "an unnamed criterion is not saved"
        );
        assert_eq!(
            s.rubric_draft.as_ref().and_then(|r| r.problem()).as_deref(),
            Some("criterion 1 has no name")
        );
        let s = s.reduce(Action::Class(ClassAction::Rubric(RubricEdit::Name(
            0,
            "Claims".into(),
        ))));
        assert_eq!(rubric_of(&s).unwrap().criteria[0].name, "Claims");
        let s = s.reduce(Action::Class(ClassAction::Rubric(RubricEdit::Label(
            0,
            "nonesuch".into(),
        ))));
        assert_eq!(
            rubric_of(&s).unwrap().criteria[0].measure.label(),
            Some("claim")
        );
        let s = s.reduce(Action::Class(ClassAction::Rubric(RubricEdit::Start(false))));
        assert_eq!(rubric_of(&s), None, "the rubric removed");
    }
}
