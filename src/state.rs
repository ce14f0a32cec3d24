//! The one reducer: every user action becomes an `Action`, grouped by feature, and each feature's
//! part of the reducer lives in its own module (`state/*.rs`); `reduce` is the only place state
//! changes. Time comes in with the actions that stamp what they make (the reducer reads no clock).
//! Storage, downloads and DOM work happen in effects and callbacks, never here.

pub mod beside;
pub mod class_set;
pub mod classroom;
pub mod compare;
pub mod compare_threads;
pub mod comparison;
pub mod document;
pub mod edit;
pub mod grading;
pub mod import;
pub mod labels;
pub mod links;
pub mod paint;
pub mod rubric_edit;
pub mod suggestions;
pub mod tabs;
pub mod thread_view;
pub mod ui;

use std::collections::BTreeSet;
use std::rc::Rc;

use close_reader_core::Span;
use yew::prelude::*;

use crate::dom::clock::now_iso;
use crate::session::{Session, SessionRef};
use crate::storage::library::DocMeta;
use close_reader_core::model::contrast::Theme;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Library,
    Annotate,
    /// The classroom's compare view over one article and the files collected for it.
    Compare,
}

/// A selection in the article waiting for a label, with where to show the label toolbar.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub span: Span,
    /// Page coordinates of the selection's bottom-left corner.
    pub x: f64,
    pub y: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum NoticeKind {
    Error,
    Info,
}

/// What a notice's Undo button takes back.
#[derive(Debug, PartialEq)]
pub enum Undo {
    /// A document deleted from the library.
    Delete(crate::storage::library::Deleted),
    /// A class set removed from the library.
    ClassSet(crate::storage::class_sets::Removed),
    /// A document replaced by an opened file: the version replaced was kept as `kept_id`.
    Replace {
        id: String,
        kept_id: String,
        title: String,
    },
}

/// A message shown in the banner, with Undo for a library deletion or replacement.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
    pub undo: Option<Shared<Undo>>,
}

impl Notice {
    pub fn error(text: impl Into<String>) -> Notice {
        Notice {
            kind: NoticeKind::Error,
            text: text.into(),
            undo: None,
        }
    }
    pub fn info(text: impl Into<String>) -> Notice {
        Notice {
            kind: NoticeKind::Info,
            text: text.into(),
            undo: None,
        }
    }
}

/// Long work under way (a long document opening): what it is and how far, from 0 to 1 (below 0
/// when the length of the work is not known).
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub what: String,
    pub fraction: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    Unsaved,
    Failed(String),
}

/// A file whose article is already in the library: the user chooses keep both, replace, or cancel.
#[derive(Debug, PartialEq)]
pub struct Conflict {
    pub incoming: close_reader_core::Document,
    /// The file's bytes, kept as the document's first stored copy if it opens (a long file).
    pub base: Option<crate::storage::idb::Base>,
    pub existing: DocMeta,
    /// Notes of the library's copy, when known.
    pub existing_notes: Option<usize>,
}

/// An article the import worker read, waiting in the preview for "Start annotating".
#[derive(Debug, PartialEq)]
pub struct Arrival {
    /// The article as a new document: its title (editable in the preview), text and shape.
    pub doc: close_reader_core::Document,
    /// What it was read from: "PDF", "web page", "Word"…
    pub kind: String,
    /// The file's name, when it came from a file.
    pub name: Option<String>,
    pub byline: Option<String>,
    pub date: Option<String>,
    /// What was left out, in words.
    pub left_out: Vec<String>,
}

/// Which of two versions of a document changed last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Newer {
    Library,
    File,
    /// Same time, or the file says nothing of when it changed.
    Unknown,
}

impl Conflict {
    pub fn new(
        incoming: close_reader_core::Document,
        base: Option<crate::storage::idb::Base>,
        existing: DocMeta,
        existing_notes: Option<usize>,
    ) -> Conflict {
        Conflict {
            incoming,
            base,
            existing,
            existing_notes,
        }
    }

    /// When the file's document last changed: its latest annotation (files carry no save time).
    pub fn file_changed(&self) -> Option<&str> {
        self.incoming
            .annotations()
            .iter()
            .flat_map(|a| [a.created.as_str(), a.modified.as_str()])
            .max()
    }

    /// Which version is newer, by the times both carry (RFC 3339 in UTC compare as text).
    pub fn newer(&self) -> Newer {
        match self.file_changed() {
            Some(f) if f > self.existing.updated.as_str() => Newer::File,
            Some(f) if f < self.existing.updated.as_str() => Newer::Library,
            _ if self.incoming.annotations().len() < self.existing.total() => Newer::Library,
            _ => Newer::Unknown,
        }
    }
}

/// A value shared by pointer: equal only to itself, so comparing two states (and components'
/// props) is cheap and cannot miss a change, since every change makes a new one.
#[derive(Debug)]
pub struct Shared<T: ?Sized>(pub Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T: ?Sized> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T: ?Sized> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: ?Sized> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(rc: Rc<T>) -> Shared<T> {
        Shared(rc)
    }
}

/// Everything the page shows. Equality is derived: every field takes part (shared values by
/// pointer), so no change can go unseen by a component.
#[derive(Clone, PartialEq)]
pub struct AppState {
    pub screen: Screen,
    pub session: Option<SessionRef>,
    /// Bumped on every change to the session's document; saving follows it.
    pub rev: u64,
    pub saved_rev: u64,
    /// The last revision whose save failed; the next change tries again.
    pub failed_rev: u64,
    pub save: SaveStatus,
    pub selected: Option<AttrValue>,
    pub pending: Option<Pending>,
    /// Labels hidden from the side panel's list.
    pub hidden: Rc<BTreeSet<String>>,
    /// The annotation to scroll to and flash; the counter restarts the flash for repeated clicks.
    pub flash: Option<(AttrValue, u32)>,
    pub notice: Option<Notice>,
    pub library: Shared<Vec<DocMeta>>,
    pub conflict: Option<Shared<Conflict>>,
    /// Another tool's file, read and placed, waiting for the user to review and apply it.
    pub import: Option<Shared<import::PendingImport>>,
    /// The annotation a link is being made from: the next highlight clicked is its other end.
    pub linking: Option<AttrValue>,
    /// The label-set editor is open.
    pub labels_open: bool,
    /// The suggestion stepped to (`n`/`p`) or clicked: `a`/Enter accepts it, `x` rejects it.
    pub suggestion: Option<AttrValue>,
    /// Bumped when suggestions are rejected or shown/hidden (the rejections are then saved).
    pub suggestions_rev: u64,
    /// A second article open beside the first (side by side); read-only until swapped.
    pub beside: Option<SessionRef>,
    /// Bumped when the article beside changes (a link across): it is then saved.
    pub beside_rev: u64,
    /// The compare view's article and collected files.
    /// Whether the comparison is kept in this browser: apart from the comparison, so that its
    /// news does not recompute what the compare view shows.
    pub class_kept: class_set::Keeping,
    pub compare: Option<Shared<compare::Compare>>,
    /// The student is asked for their name (an assignment was opened and no name is known).
    pub asking_name: bool,
    /// The dialog that makes an assignment of the open document is open.
    pub assignment_open: bool,
    /// The rubric being edited in the assignment dialog (saved into the assignment while valid).
    pub rubric_draft: Option<close_reader_core::model::Rubric>,
    /// A feedback file's spans are shown against its key instead of the editable article.
    pub feedback_shown: bool,
    /// On narrow screens the side panel is a drawer: open or closed.
    pub panel_open: bool,
    /// Another tab edits the open document: this one only shows it (see `state/tabs.rs`).
    pub read_only: Option<tabs::ReadOnly>,
    /// A long document opening, with a bar and Cancel.
    pub progress: Option<Progress>,
    /// An article read from a file (a web page, PDF, Word file…) shown for review before it opens.
    pub arrival: Option<Shared<Arrival>>,
    /// The page is drawn light or dark (following the system's setting).
    pub theme: Theme,
    /// The interface's language (its messages are in [`crate::i18n`]; a change re-draws it all).
    pub lang: crate::i18n::Lang,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            screen: Screen::Start,
            session: None,
            rev: 0,
            saved_rev: 0,
            failed_rev: 0,
            save: SaveStatus::Saved,
            selected: None,
            pending: None,
            hidden: Rc::default(),
            flash: None,
            notice: None,
            library: Shared::new(Vec::new()),
            conflict: None,
            import: None,
            linking: None,
            labels_open: false,
            suggestion: None,
            suggestions_rev: 0,
            beside: None,
            beside_rev: 0,
            class_kept: class_set::Keeping::Not,
            compare: None,
            asking_name: false,
            assignment_open: false,
            rubric_draft: None,
            feedback_shown: false,
            read_only: None,
            panel_open: false,
            progress: None,
            arrival: None,
            theme: Theme::Light,
            lang: crate::i18n::lang(),
        }
    }
}

/// What a user (or an effect on their behalf) does, by feature. Actions that make or change
/// annotations carry the time they happen (`now`, RFC 3339), so the reducer reads no clock.
pub enum Action {
    /// Screens, selection, messages, panels, progress: no change to the document.
    Ui(ui::UiAction),
    /// Documents opened, saved, renamed, closed; the library; another tab.
    Doc(document::DocAction),
    /// Spans made, relabelled, noted, deleted; undo and redo.
    Edit {
        act: edit::EditAction,
        now: String,
    },
    Link(links::LinkAction),
    Labels {
        act: labels::LabelAction,
        now: String,
    },
    Suggest {
        act: suggestions::SuggestAction,
        now: String,
    },
    Import(import::ImportAction),
    Beside(beside::BesideAction),
    Compare(comparison::CompareAction),
    Class(classroom::ClassAction),
}

impl Action {
    /// An edit, stamped now.
    pub fn edit(act: edit::EditAction) -> Action {
        Action::Edit {
            act,
            now: now_iso(),
        }
    }

    /// A label-set change, stamped now.
    pub fn labels(act: labels::LabelAction) -> Action {
        Action::Labels {
            act,
            now: now_iso(),
        }
    }

    /// A suggestion action, stamped now.
    pub fn suggest(act: suggestions::SuggestAction) -> Action {
        Action::Suggest {
            act,
            now: now_iso(),
        }
    }

    pub fn notice(n: Option<Notice>) -> Action {
        Action::Ui(ui::UiAction::Notice(n))
    }

    /// True for actions that change the open document (or open a dialog that only edits it):
    /// refused in a read-only tab. Each feature says so of its own actions in an exhaustive match,
    /// so that a new editing action cannot be forgotten.
    pub fn edits(&self) -> bool {
        match self {
            Action::Ui(_) | Action::Doc(_) | Action::Compare(_) => false,
            Action::Edit { act, .. } => act.edits(),
            Action::Link(a) => a.edits(),
            Action::Labels { act, .. } => act.edits(),
            Action::Suggest { act, .. } => act.edits(),
            Action::Import(a) => a.edits(),
            Action::Beside(a) => a.edits(),
            Action::Class(a) => a.edits(),
        }
    }
}

/// The modal dialogs. While one is open no key reaches the document: Escape closes it (as its
/// Cancel), Tab stays inside it, and its own controls take every other key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    Arrival,
    Conflict,
    Import,
    Name,
    Assignment,
    Labels,
}

impl AppState {
    /// The documents open in the page: the one edited and the one beside it.
    pub fn open_sessions(&self) -> impl Iterator<Item = &SessionRef> {
        self.session.iter().chain(self.beside.iter())
    }

    /// The open modal dialog, topmost first.
    pub fn dialog(&self) -> Option<Dialog> {
        if self.arrival.is_some() {
            Some(Dialog::Arrival)
        } else if self.conflict.is_some() {
            Some(Dialog::Conflict)
        } else if self.import.is_some() {
            Some(Dialog::Import)
        } else if self.asking_name {
            Some(Dialog::Name)
        } else if self.assignment_open {
            Some(Dialog::Assignment)
        } else if self.labels_open {
            Some(Dialog::Labels)
        } else {
            None
        }
    }

    /// A name is required of the student (their assignment says so): its prompt has no Skip.
    pub fn name_required(&self) -> bool {
        self.session.as_ref().is_some_and(|s| {
            s.borrow()
                .doc
                .assignment
                .as_ref()
                .is_some_and(|a| a.require_name)
        })
    }

    /// True when the document has changes that no save has yet been attempted for.
    pub fn needs_save(&self) -> bool {
        self.session.is_some()
            && self.rev > self.saved_rev
            && self.rev > self.failed_rev
            && self.read_only.is_none()
    }

    fn edited(&mut self) {
        self.rev += 1;
        self.save = SaveStatus::Unsaved;
    }

    fn with_session<R>(&self, f: impl FnOnce(&mut Session) -> R) -> Option<R> {
        self.session.as_ref().map(|s| f(&mut s.borrow_mut()))
    }

    /// Drops the selection if its annotation no longer exists (after undo, redo or delete).
    fn prune_selection(&mut self) {
        let gone = match (&self.selected, &self.session) {
            (Some(id), Some(s)) => s.borrow().doc.annotation(id).is_none(),
            _ => false,
        };
        if gone {
            self.selected = None;
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if self.read_only.is_some() && matches!(action, Action::Ui(ui::UiAction::Pending(Some(_))))
        {
            // No label toolbar for a selection that cannot be labelled.
            return self;
        }
        let mut s = (*self).clone();
        if s.refuse_if_read_only(&action) {
            return Rc::new(s);
        }
        let changed = match action {
            Action::Ui(a) => s.reduce_ui(a),
            Action::Doc(a) => s.reduce_doc(a),
            Action::Edit { act, now } => s.reduce_edit(act, &now),
            Action::Link(a) => s.reduce_link(a),
            Action::Labels { act, now } => s.reduce_labels(act, &now),
            Action::Suggest { act, now } => s.reduce_suggest(act, &now),
            Action::Import(a) => s.reduce_import(a),
            Action::Beside(a) => s.reduce_beside(a),
            Action::Compare(a) => s.reduce_compare(a),
            Action::Class(a) => s.reduce_class(a),
        };
        if changed {
            Rc::new(s)
        } else {
            self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{document::DocAction, edit::EditAction, import::ImportAction, ui::UiAction};
    use close_reader_core::Document;

    fn opened() -> Rc<AppState> {
        let doc = Document::new("T", "The minister said the plan may work.", None);
        let session = Box::new(Session::open("d1".into(), doc, "t".into()));
        Rc::new(AppState::default()).reduce(Action::Doc(DocAction::Open {
            session,
            saved: true,
        }))
    }

    fn labels_of(s: &AppState) -> Vec<(String, String)> {
        let se = s.session.as_ref().unwrap().borrow();
        se.doc
            .annotations()
            .iter()
            .map(|a| (a.label.clone(), se.doc.quote(a).to_string()))
            .collect()
    }

    #[test]
    fn labelling_a_pending_selection_selects_the_new_span_and_marks_unsaved() {
        let s = opened();
        let s = s.reduce(Action::Ui(UiAction::Pending(Some(Pending {
            span: Span::new(4, 12).unwrap(),
            x: 0.0,
            y: 0.0,
        }))));
        let s = s.reduce(Action::edit(EditAction::LabelPending("source".into())));
        assert_eq!(
            labels_of(&s),
            vec![("source".to_string(), "minister".to_string())]
        );
        assert_eq!(s.selected.as_deref(), Some("a1"));
        assert!(s.pending.is_none());
        assert_eq!(s.save, SaveStatus::Unsaved);
        let rev = s.rev;
        let failed = s.clone().reduce(Action::Doc(DocAction::SaveFailed {
            rev,
            message: "full".into(),
        }));
        assert!(
            !failed.needs_save(),
            "no retry loop for the revision that failed"
        );
        let edited = failed.reduce(Action::edit(EditAction::SetNote {
            id: "a1".into(),
            text: "n".into(),
        }));
        assert!(edited.needs_save(), "the next change tries again");
        let s = s.reduce(Action::Doc(DocAction::Saved(rev)));
        assert_eq!(s.save, SaveStatus::Saved);
    }

    #[test]
    fn undo_of_an_add_clears_the_selection_and_redo_brings_both_back() {
        let s = opened().reduce(Action::edit(EditAction::LabelSpan {
            label: "hedge".into(),
            span: Span::new(27, 30).unwrap(),
        }));
        let s = s.reduce(Action::edit(EditAction::Undo));
        assert!(labels_of(&s).is_empty());
        assert_eq!(s.selected, None);
        let s = s.reduce(Action::edit(EditAction::Redo));
        assert_eq!(
            labels_of(&s),
            vec![("hedge".to_string(), "may".to_string())]
        );
        assert_eq!(s.selected.as_deref(), Some("a1"));
    }

    fn hypothesis_like_import(s: &AppState) -> Shared<import::PendingImport> {
        use close_reader_core::anchoring::{place, ForeignAnnotation};
        let doc = s.session.as_ref().unwrap().borrow().doc.clone();
        let item = |quote: &str, tag: &str| ForeignAnnotation {
            place: "item".into(),
            tags: vec![tag.into()],
            quote: Some(quote.into()),
            ..Default::default()
        };
        Shared::new(import::PendingImport {
            file_name: "h.json".into(),
            format: "Hypothesis annotations",
            target: import::Target::Open,
            report: place(
                &doc,
                vec![item("minister", "source"), item("plan", "Opinion")],
                "now",
            )
            .into(),
        })
    }

    #[test]
    fn an_import_is_applied_as_one_undo_step_and_cancel_changes_nothing() {
        let s = opened();
        let p = hypothesis_like_import(&s);
        let reviewing = s
            .clone()
            .reduce(Action::Import(ImportAction::Review(Some(p.clone()))));
        let cancelled = reviewing.reduce(Action::Import(ImportAction::Review(None)));
        assert!(cancelled.import.is_none());
        assert!(labels_of(&cancelled).is_empty());
        assert_eq!(cancelled.rev, s.rev);

        let reviewing = cancelled.reduce(Action::Import(ImportAction::Review(Some(p.clone()))));
        let choices = import::Choices::defaults(&p.report);
        let applied = reviewing.reduce(Action::Import(ImportAction::Apply(choices.clone())));
        assert!(applied.import.is_none());
        assert_eq!(
            labels_of(&applied),
            vec![
                ("source".to_string(), "minister".to_string()),
                ("opinion".to_string(), "plan".to_string())
            ]
        );
        assert_eq!(applied.save, SaveStatus::Unsaved);
        assert_eq!(
            applied.notice.as_ref().unwrap().text,
            "Added 2 annotations from “h.json”. Undo takes them back."
        );
        let undone = applied.reduce(Action::edit(EditAction::Undo));
        assert!(labels_of(&undone).is_empty());
        let labels = undone.session.as_ref().unwrap().borrow().doc.labels.len();
        assert_eq!(labels, 3, "the label the import made is gone too");

        // Applying with no review open is a no-op.
        let again = undone
            .clone()
            .reduce(Action::Import(ImportAction::Apply(choices)));
        assert!(Rc::ptr_eq(&undone, &again));
    }

    #[test]
    fn a_pending_update_with_no_change_keeps_the_same_state() {
        let s = opened();
        let again = s.clone().reduce(Action::Ui(UiAction::Pending(None)));
        assert!(Rc::ptr_eq(&s, &again), "no re-render for a no-op");
    }
}
