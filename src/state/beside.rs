//! Two articles side by side in the reducer: opening one beside the open one, swapping which is
//! edited, and linking a claim of the open article to a claim of the other as the same claim or a
//! contradiction (one link in each document, each undoable in its own history).

use close_reader_core::model::cross::{cross_link, points_into, uncross_link};
use close_reader_core::model::link::LinkError;
use close_reader_core::LinkKind;

use std::cell::RefCell;

use super::{AppState, Notice, Shared};
use crate::i18n::{reasons, t};
use crate::session::Session;

pub enum BesideAction {
    /// Show this article beside the open one.
    Open(Box<Session>),
    Close,
    /// The article beside becomes the one edited, and the other goes beside.
    Swap,
}

impl BesideAction {
    pub fn edits(&self) -> bool {
        match self {
            BesideAction::Swap => true,
            BesideAction::Open(_) | BesideAction::Close => false,
        }
    }
}

impl AppState {
    pub(super) fn reduce_beside(&mut self, a: BesideAction) -> bool {
        match a {
            BesideAction::Open(session) => {
                if self
                    .session
                    .as_ref()
                    .is_some_and(|m| m.borrow().id == session.id)
                {
                    self.notice = Some(Notice::error(t!("state-beside-already-open")));
                } else {
                    let title = session.doc.title.clone();
                    self.beside = Some(Shared::new(RefCell::new(*session)));
                    self.beside_rev += 1;
                    self.notice = Some(Notice::info(t!("state-beside-opened", title = title)));
                }
            }
            BesideAction::Close => {
                self.beside = None;
                self.linking = None;
                self.beside_rev += 1;
            }
            BesideAction::Swap => self.swap_sides(),
        }
        true
    }

    pub(super) fn link_across(&mut self, to: &str, contradicts: bool) {
        let (Some(from), Some(main), Some(beside)) = (
            self.linking.take(),
            self.session.clone(),
            self.beside.clone(),
        ) else {
            return;
        };
        let kind = if contradicts {
            LinkKind::Contradicts
        } else {
            LinkKind::SameClaim
        };
        let made = {
            let (mut a, mut b) = (main.borrow_mut(), beside.borrow_mut());
            cross_link(&a.doc, &from, &b.doc, to, kind).and_then(|(ea, eb)| {
                let err = |e: close_reader_core::model::history::EditError| {
                    LinkError::UnknownAnnotation {
                        annotation: reasons::edit(&e),
                    }
                };
                a.apply_edit(ea).map_err(err)?;
                if let Err(e) = b.apply_edit(eb) {
                    a.undo();
                    return Err(err(e));
                }
                let quote = b
                    .doc
                    .annotation(to)
                    .map(|x| b.doc.quote(x).to_string())
                    .unwrap_or_default();
                let title = &b.doc.title;
                Ok(if contradicts {
                    t!(
                        "state-linked-across-contradicts",
                        quote = quote,
                        title = title
                    )
                } else {
                    t!(
                        "state-linked-across-same-claim",
                        quote = quote,
                        title = title
                    )
                })
            })
        };
        match made {
            Ok(msg) => {
                self.notice = Some(Notice::info(msg));
                self.selected = Some(from);
                self.beside_rev += 1;
                self.edited();
            }
            Err(e) => {
                self.notice = Some(Notice::error(match e {
                    LinkError::Duplicate { .. } => t!("state-not-linked-already"),
                    e => t!("state-not-linked", why = reasons::link(&e)),
                }));
                self.selected = Some(from);
            }
        }
    }

    /// Removes a link into the article beside, and its copy there. `false` when the link is not one.
    pub(super) fn unlink_across(&mut self, id: &str) -> bool {
        let (Some(main), Some(beside)) = (self.session.clone(), self.beside.clone()) else {
            return false;
        };
        let (mut a, mut b) = (main.borrow_mut(), beside.borrow_mut());
        let Some(link) = a.doc.link(id).cloned() else {
            return false;
        };
        if !points_into(&link, &b.doc) {
            return false;
        }
        let Some((ea, eb)) = uncross_link(&a.doc, id, &b.doc) else {
            return false;
        };
        if a.apply_edit(ea).is_err() {
            return false;
        }
        if let Some(eb) = eb {
            let _ = b.apply_edit(eb);
        }
        drop((a, b));
        self.beside_rev += 1;
        self.edited();
        self.notice = Some(Notice::info(t!("state-unlinked-across")));
        true
    }

    fn swap_sides(&mut self) {
        let Some(beside) = self.beside.take() else {
            return;
        };
        self.beside = self.session.replace(beside);
        self.selected = None;
        self.pending = None;
        self.linking = None;
        self.suggestion = None;
        self.flash = None;
        // The status follows what storage holds of the document now edited: the one that was
        // beside may have changes a failed save left, which are then saved as any change is.
        self.rev += 1;
        let pending = self
            .session
            .as_ref()
            .is_some_and(|s| s.borrow().unsaved.pending());
        if pending {
            self.save = super::SaveStatus::Unsaved;
        } else {
            self.saved_rev = self.rev;
            self.save = super::SaveStatus::Saved;
        }
        self.beside_rev += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::state::{
        beside::BesideAction, document::DocAction, links::LinkAction, ui::UiAction,
    };
    use std::rc::Rc;

    use close_reader_core::{Annotation, Document, Span};
    use yew::Reducible;

    use crate::session::Session;
    use crate::state::{Action, AppState};

    fn session(id: &str, text: &str, claim: (usize, usize)) -> Box<Session> {
        let mut d = Document::new(id, text, None);
        d.insert(Annotation::new(
            "a1",
            "claim",
            Span::new(claim.0, claim.1).unwrap(),
            "t",
        ))
        .unwrap();
        Box::new(Session::open(id.into(), d, "t".into()))
    }

    #[test]
    fn a_link_across_lands_in_both_documents_and_goes_from_both() {
        let s = Rc::new(AppState::default()).reduce(Action::Doc(DocAction::Open {
            session: session("A", "It costs £40 million.", (3, 20)),
            saved: true,
        }));
        let s = s.reduce(Action::Beside(BesideAction::Open(session(
            "B",
            "It costs £55 million.",
            (3, 20),
        ))));
        let s = s.reduce(Action::Ui(UiAction::Select(Some("a1".into()))));
        let s = s.reduce(Action::Link(LinkAction::Start));
        let s = s.reduce(Action::Link(LinkAction::Across {
            to: "a1".into(),
            contradicts: true,
        }));
        let links = |s: &AppState| {
            (
                s.session.as_ref().unwrap().borrow().doc.links().to_vec(),
                s.beside.as_ref().unwrap().borrow().doc.links().to_vec(),
            )
        };
        let (a, b) = links(&s);
        assert_eq!((a.len(), b.len()), (1, 1));
        assert_eq!(a[0].kind, close_reader_core::LinkKind::Contradicts);
        assert_eq!(a[0].other.as_ref().unwrap().title, "B");
        assert_eq!(b[0].other.as_ref().unwrap().title, "A");
        assert!(s.linking.is_none());
        let id = a[0].id.clone();
        let s = s.reduce(Action::Link(LinkAction::Remove(id)));
        let (a, b) = links(&s);
        assert_eq!((a.len(), b.len()), (0, 0), "removed from both");
        // Swapping makes B the one edited.
        let s = s.reduce(Action::Beside(BesideAction::Swap));
        assert_eq!(s.session.as_ref().unwrap().borrow().id, "B");
        assert_eq!(s.beside.as_ref().unwrap().borrow().id, "A");
    }
}
