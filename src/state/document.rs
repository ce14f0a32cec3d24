//! The reducer's part for the open document's life: opened (from storage or new), closed, saved or
//! not, renamed; the library list; a file whose article is already in the library; another tab
//! editing the same document.

use std::cell::RefCell;

use super::tabs::ReadOnly;
use super::{AppState, Conflict, SaveStatus, Screen, Shared};
use crate::session::Session;
use crate::storage::library::DocMeta;

pub enum DocAction {
    /// Make this the open document. `saved` is false for documents not yet in storage.
    Open {
        session: Box<Session>,
        saved: bool,
    },
    /// The open document was deleted from the library.
    Closed,
    Saved(u64),
    SaveFailed {
        rev: u64,
        message: String,
    },
    Retitle {
        id: String,
        title: String,
    },
    Library(Vec<DocMeta>),
    Conflict(Option<Shared<Conflict>>),
    /// Another tab edits the open document (or no longer does, for this one): see `tabs.rs`.
    ReadOnly(Option<ReadOnly>),
}

impl AppState {
    pub(super) fn reduce_doc(&mut self, a: DocAction) -> bool {
        match a {
            DocAction::Open { session, saved } => self.open(*session, saved),
            DocAction::Closed => {
                self.session = None;
                self.selected = None;
                self.pending = None;
                if self.screen == Screen::Annotate {
                    self.screen = Screen::Library;
                }
            }
            DocAction::Saved(rev) => {
                self.saved_rev = self.saved_rev.max(rev);
                self.save = if self.saved_rev >= self.rev {
                    SaveStatus::Saved
                } else {
                    SaveStatus::Unsaved
                };
            }
            DocAction::SaveFailed { rev, message } => {
                self.failed_rev = self.failed_rev.max(rev);
                self.save = SaveStatus::Failed(message);
            }
            DocAction::Retitle { id, title } => {
                let mut list = (*self.library).clone();
                for m in list.iter_mut().filter(|m| m.id == id) {
                    m.title = title.clone();
                }
                self.library = Shared::new(list);
                let open = self.with_session(|se| {
                    if se.id == id {
                        se.doc.title = title.clone();
                        se.touch_header();
                        true
                    } else {
                        false
                    }
                });
                if open == Some(true) {
                    self.edited();
                }
            }
            DocAction::Library(list) => self.library = Shared::new(list),
            DocAction::Conflict(c) => self.conflict = c,
            DocAction::ReadOnly(why) => {
                self.read_only = why;
                self.notice = None;
                if why.is_some() {
                    // Whatever edit was under way stops here.
                    self.pending = None;
                    self.linking = None;
                    self.import = None;
                    self.labels_open = false;
                    self.assignment_open = false;
                }
            }
        }
        true
    }

    fn open(&mut self, session: Session, saved: bool) {
        let id = session.id.clone();
        if self.session.as_ref().is_none_or(|o| o.borrow().id != id) {
            self.read_only = None;
        }
        self.session = Some(Shared::new(RefCell::new(session)));
        self.screen = Screen::Annotate;
        self.selected = None;
        self.pending = None;
        self.flash = None;
        self.conflict = None;
        self.linking = None;
        self.suggestion = None;
        self.feedback_shown = false;
        self.assignment_open = false;
        if self.beside.as_ref().is_some_and(|b| b.borrow().id == id) {
            self.beside = None;
        }
        self.rev += 1;
        if saved {
            self.saved_rev = self.rev;
            self.save = SaveStatus::Saved;
        } else {
            self.save = SaveStatus::Unsaved;
        }
    }
}
