//! The one reducer: every user action becomes an `Action`, and `reduce` is the only place state
//! changes. Storage, downloads and DOM work happen in effects and callbacks, never here.

pub mod beside;
pub mod compare;
pub mod import;
pub mod labels;
pub mod links;
pub mod paint;
pub mod suggestions;
pub mod tabs;

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use close_reader_core::Span;
use yew::prelude::*;

use crate::dom::clock::now_iso;
use crate::session::Session;
use crate::storage::library::DocMeta;

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
    pub undo: Option<Rc<Undo>>,
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

/// Long work under way (a long document opening): what it is and how far, from 0 to 1.
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

#[derive(Clone)]
pub struct AppState {
    pub screen: Screen,
    pub session: Option<Rc<RefCell<Session>>>,
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
    pub library: Rc<Vec<DocMeta>>,
    pub conflict: Option<Rc<Conflict>>,
    /// Another tool's file, read and placed, waiting for the user to review and apply it.
    pub import: Option<Rc<import::PendingImport>>,
    /// The annotation a link is being made from: the next highlight clicked is its other end.
    pub linking: Option<AttrValue>,
    /// The label-set editor is open.
    pub labels_open: bool,
    /// The suggestion stepped to (`n`/`p`) or clicked: `a`/Enter accepts it, `x` rejects it.
    pub suggestion: Option<AttrValue>,
    /// Bumped when suggestions are rejected or shown/hidden (the rejections are then saved).
    pub suggestions_rev: u64,
    /// A second article open beside the first (side by side); read-only until swapped.
    pub beside: Option<Rc<RefCell<Session>>>,
    /// Bumped when the article beside changes (a link across): it is then saved.
    pub beside_rev: u64,
    /// The compare view's article and collected files.
    pub compare: Option<Rc<compare::Compare>>,
    /// The student is asked for their name (an assignment was opened and no name is known).
    pub asking_name: bool,
    /// The dialog that makes an assignment of the open document is open.
    pub assignment_open: bool,
    /// A feedback file's spans are shown against its key instead of the editable article.
    pub feedback_shown: bool,
    /// On narrow screens the side panel is a drawer: open or closed.
    pub panel_open: bool,
    /// Another tab edits the open document: this one only shows it (see `state/tabs.rs`).
    pub read_only: Option<tabs::ReadOnly>,
    /// A long document opening, with a bar and Cancel.
    pub progress: Option<Progress>,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.screen == other.screen
            && self.rev == other.rev
            && self.save == other.save
            && self.selected == other.selected
            && self.pending == other.pending
            && self.hidden == other.hidden
            && self.flash == other.flash
            && self.notice == other.notice
            && Rc::ptr_eq(&self.library, &other.library)
            && self.conflict == other.conflict
            && self.linking == other.linking
            && self.labels_open == other.labels_open
            && self.suggestion == other.suggestion
            && self.suggestions_rev == other.suggestions_rev
            && self.beside_rev == other.beside_rev
            && self.asking_name == other.asking_name
            && self.assignment_open == other.assignment_open
            && self.feedback_shown == other.feedback_shown
            && self.panel_open == other.panel_open
            && self.read_only == other.read_only
            && self.progress == other.progress
            && match (&self.compare, &other.compare) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
            && match (&self.beside, &other.beside) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
            && match (&self.import, &other.import) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
            && match (&self.session, &other.session) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
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
            library: Rc::default(),
            conflict: None,
            import: None,
            linking: None,
            labels_open: false,
            suggestion: None,
            suggestions_rev: 0,
            beside: None,
            beside_rev: 0,
            compare: None,
            asking_name: false,
            assignment_open: false,
            feedback_shown: false,
            read_only: None,
            panel_open: false,
            progress: None,
        }
    }
}

pub enum Action {
    Show(Screen),
    /// Make this the open document. `saved` is false for documents not yet in storage.
    Open {
        session: Box<Session>,
        saved: bool,
    },
    Pending(Option<Pending>),
    /// Apply a label to the pending selection.
    LabelPending(String),
    /// Apply a label to a span read from the DOM at the moment of the key press.
    LabelSpan {
        label: String,
        span: Span,
    },
    Select(Option<String>),
    /// Select, scroll to and flash an annotation.
    Focus(String),
    Relabel {
        id: String,
        label: String,
    },
    SetNote {
        id: String,
        text: String,
    },
    SealNote,
    Delete(String),
    Undo,
    Redo,
    ToggleHidden(String),
    Notice(Option<Notice>),
    Library(Vec<DocMeta>),
    Conflict(Option<Rc<Conflict>>),
    Saved(u64),
    SaveFailed {
        rev: u64,
        message: String,
    },
    Retitle {
        id: String,
        title: String,
    },
    /// The open document was deleted from the library.
    Closed,
    /// Show (or, with `None`, cancel) the review of an import.
    ReviewImport(Option<Rc<import::PendingImport>>),
    /// Apply the reviewed import onto the open document, as one undoable edit.
    ApplyImport(import::Choices),
    /// Start a link from the selected span (`l`): the next highlight clicked is its other end.
    StartLink,
    /// Finish the link being made at this annotation.
    LinkTo(String),
    CancelLink,
    /// Remove a link (by its id).
    Unlink(String),
    /// Open or close the label-set editor.
    ShowLabels(bool),
    ChangeLabels(labels::LabelChange),
    /// Step to the next (`true`) or previous suggestion.
    StepSuggestion(bool),
    /// Make this suggestion the current one (a click on it).
    FocusSuggestion(String),
    /// Accept this suggestion, or the current one.
    AcceptSuggestion(Option<String>),
    /// Reject this suggestion, or the current one.
    RejectSuggestion(Option<String>),
    AcceptAllSuggestions(String),
    ShowSuggestions(bool),
    /// Rejections saved earlier for the open document, read back from storage.
    RejectedLoaded(Vec<String>),
    /// Show this article beside the open one.
    OpenBeside(Box<Session>),
    CloseBeside,
    /// The article beside becomes the one edited, and the other goes beside.
    SwapSides,
    /// Finish a link from the open article to this claim of the article beside.
    LinkAcross {
        to: String,
        contradicts: bool,
    },
    /// Show the compare view with this state (None leaves it for the library).
    Compare(Option<Rc<compare::Compare>>),
    /// Ask the student for their name (or stop asking).
    AskName(bool),
    /// The student's name, written into the open document as its annotator.
    SetName(String),
    /// Open or close the assignment dialog.
    ShowAssignment(bool),
    /// The open document's assignment settings (instructions and options), kept with it.
    SetAssignment(Option<close_reader_core::model::classroom::Assignment>),
    /// Show a feedback file's spans against its key, or go back to annotating.
    ShowFeedback(bool),
    /// Open or close the side panel's drawer (narrow screens).
    ShowPanel(bool),
    /// Another tab edits the open document (or no longer does, for this one): see `state/tabs.rs`.
    ReadOnly(Option<tabs::ReadOnly>),
    /// Long work's progress, or its end.
    Progress(Option<Progress>),
    /// Escape in a dialog: closes it as its Cancel would.
    CloseDialog,
}

/// The modal dialogs. While one is open no key reaches the document: Escape closes it (as its
/// Cancel), Tab stays inside it, and its own controls take every other key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    Conflict,
    Import,
    Name,
    Assignment,
    Labels,
}

impl AppState {
    /// The open modal dialog, topmost first.
    pub fn dialog(&self) -> Option<Dialog> {
        if self.conflict.is_some() {
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

    fn label_span(&mut self, label: &str, span: Span) {
        let count = self.with_session(|s| s.doc.annotations().len());
        if count.is_some_and(|n| n >= crate::limits::MAX_ANNOTATIONS) {
            self.notice = Some(Notice::error(format!(
                "The span was not added. {}",
                crate::limits::too_many_message(count.unwrap_or(0) + 1)
            )));
            return;
        }
        match self.with_session(|s| s.add(label, span, &now_iso())) {
            Some(Ok(id)) => {
                self.selected = Some(id.into());
                self.pending = None;
                self.notice = None;
                self.edited();
            }
            Some(Err(e)) => {
                self.notice = Some(Notice::error(format!("Could not add the span: {e}.")))
            }
            None => {}
        }
    }
}

impl AppState {
    /// Adds a reviewed import's annotations (and the labels chosen for its tags) to the open
    /// document in one undoable step, and says what happened.
    fn apply_import(&mut self, p: &import::PendingImport, choices: &import::Choices) {
        let file = &p.file_name;
        if p.target != import::Target::Open {
            return;
        }
        let done = self.with_session(|se| {
            let edits = import::plan(&se.doc, &p.report, choices);
            let n = import::added(&edits);
            if n == 0 {
                return Ok((0, String::new()));
            }
            let total = se.doc.annotations().len() + n;
            if total > crate::limits::MAX_ANNOTATIONS {
                return Err(crate::limits::too_many_message(total));
            }
            let what = import::what_is_added(&edits);
            se.apply_batch(edits)
                .map(|()| (n, what))
                .map_err(|e| e.to_string())
        });
        self.notice = Some(match done {
            Some(Ok((0, _))) => Notice::info(format!("Nothing was added from “{file}”.")),
            Some(Ok((n, what))) => {
                self.edited();
                Notice::info(format!(
                    "Added {what} from “{file}”. Undo takes {} back.",
                    if n == 1 && !what.contains(" and ") {
                        "it"
                    } else {
                        "them"
                    }
                ))
            }
            Some(Err(e)) => Notice::error(format!(
                "The annotations from “{file}” were not added: {e}. Nothing was changed."
            )),
            None => Notice::error(format!(
                "“{file}” was not imported: no article is open. Nothing was changed."
            )),
        });
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if self.read_only.is_some() && matches!(action, Action::Pending(Some(_))) {
            // No label toolbar for a selection that cannot be labelled.
            return self;
        }
        let mut s = (*self).clone();
        if s.refuse_if_read_only(&action) {
            return Rc::new(s);
        }
        match action {
            Action::Show(screen) => {
                s.screen = screen;
                s.pending = None;
            }
            Action::Open { session, saved } => {
                let session_id = session.id.clone();
                if s.session
                    .as_ref()
                    .is_none_or(|o| o.borrow().id != session_id)
                {
                    s.read_only = None;
                }
                s.session = Some(Rc::new(RefCell::new(*session)));
                s.screen = Screen::Annotate;
                s.selected = None;
                s.pending = None;
                s.flash = None;
                s.conflict = None;
                s.linking = None;
                s.suggestion = None;
                s.feedback_shown = false;
                s.assignment_open = false;
                if s.beside
                    .as_ref()
                    .is_some_and(|b| b.borrow().id == session_id)
                {
                    s.beside = None;
                }
                s.rev += 1;
                if saved {
                    s.saved_rev = s.rev;
                    s.save = SaveStatus::Saved;
                } else {
                    s.save = SaveStatus::Unsaved;
                }
            }
            Action::Pending(p) => {
                if s.pending == p {
                    return self;
                }
                s.pending = p;
            }
            Action::LabelPending(label) => match s.pending.clone() {
                Some(p) => s.label_span(&label, p.span),
                None => return self,
            },
            Action::LabelSpan { label, span } => s.label_span(&label, span),
            Action::Select(id) => {
                // On a phone, choosing a highlight opens the drawer with its editor.
                s.panel_open = id.is_some();
                s.selected = id.map(AttrValue::from);
                s.suggestion = None;
                s.with_session(|se| se.history.seal());
            }
            Action::Focus(id) => {
                let n = s.flash.as_ref().map_or(0, |f| f.1 + 1);
                s.flash = Some((id.clone().into(), n));
                s.selected = Some(id.into());
            }
            Action::Relabel { id, label } => {
                match s.with_session(|se| se.relabel(&id, &label, &now_iso())) {
                    Some(Ok(())) => s.edited(),
                    Some(Err(e)) => {
                        s.notice = Some(Notice::error(format!("Could not change the label: {e}.")))
                    }
                    None => return self,
                }
            }
            Action::SetNote { id, text } => {
                match s.with_session(|se| se.set_note(&id, &text, &now_iso())) {
                    Some(Ok(())) => s.edited(),
                    Some(Err(e)) => {
                        s.notice = Some(Notice::error(format!("Could not save the note: {e}.")))
                    }
                    None => return self,
                }
            }
            Action::SealNote => {
                s.with_session(|se| se.history.seal());
                return self;
            }
            Action::Delete(id) => match s.with_session(|se| se.delete(&id)) {
                Some(Ok(())) => {
                    s.edited();
                    s.prune_selection();
                }
                _ => return self,
            },
            Action::Undo | Action::Redo => {
                let undo = matches!(action, Action::Undo);
                let done = s
                    .with_session(|se| if undo { se.undo() } else { se.redo() })
                    .flatten();
                match done {
                    Some(edit) => {
                        s.edited();
                        s.prune_selection();
                        if let close_reader_core::Edit::Add(a)
                        | close_reader_core::Edit::Replace { after: a, .. } = &edit
                        {
                            if !undo {
                                s.selected = Some(a.id.clone().into());
                            }
                        }
                    }
                    None => return self,
                }
            }
            Action::ToggleHidden(label) => {
                let mut h = (*s.hidden).clone();
                if !h.remove(&label) {
                    h.insert(label);
                }
                s.hidden = Rc::new(h);
            }
            Action::Notice(n) => s.notice = n,
            Action::Library(list) => s.library = Rc::new(list),
            Action::Conflict(c) => s.conflict = c,
            Action::Saved(rev) => {
                s.saved_rev = s.saved_rev.max(rev);
                s.save = if s.saved_rev >= s.rev {
                    SaveStatus::Saved
                } else {
                    SaveStatus::Unsaved
                };
            }
            Action::SaveFailed { rev, message } => {
                s.failed_rev = s.failed_rev.max(rev);
                s.save = SaveStatus::Failed(message);
            }
            Action::Retitle { id, title } => {
                let mut list = (*s.library).clone();
                for m in list.iter_mut().filter(|m| m.id == id) {
                    m.title = title.clone();
                }
                s.library = Rc::new(list);
                let open = s.with_session(|se| {
                    if se.id == id {
                        se.doc.title = title.clone();
                        se.touch_header();
                        true
                    } else {
                        false
                    }
                });
                if open == Some(true) {
                    s.edited();
                }
            }
            Action::ReviewImport(p) => s.import = p,
            Action::ApplyImport(choices) => {
                let Some(p) = s.import.take() else {
                    return self;
                };
                s.apply_import(&p, &choices);
            }
            Action::StartLink => {
                let Some(from) = s.selected.clone() else {
                    return self;
                };
                let what = s
                    .with_session(|se| {
                        let doc = &se.doc;
                        doc.annotation(&from).map(|a| match a.label.as_str() {
                            "claim" => {
                                "the source it rests on (or a hedge on it, or the same claim)"
                            }
                            "source" => "the claim it supports",
                            "hedge" => "the claim it softens",
                            _ => "the span to link it to",
                        })
                    })
                    .flatten()
                    .unwrap_or("the span to link it to");
                s.linking = Some(from);
                s.pending = None;
                s.notice = Some(Notice::info(format!(
                    "Linking: click the highlight of {what}. Esc cancels."
                )));
            }
            Action::LinkTo(to) => s.link_to(&to),
            Action::CancelLink => {
                if s.linking.take().is_none() {
                    return self;
                }
                s.notice = None;
            }
            Action::Unlink(id) if s.unlink_across(&id) => {}
            Action::Unlink(id) => match s.with_session(|se| se.unlink(&id)) {
                Some(Ok(())) => {
                    s.edited();
                    s.notice = Some(Notice::info("Link removed. Undo brings it back."));
                }
                _ => return self,
            },
            Action::ShowLabels(open) => s.labels_open = open,
            Action::ChangeLabels(change) => s.change_labels(change),
            Action::StepSuggestion(forward) => s.step_suggestion(forward),
            Action::FocusSuggestion(id) => {
                s.suggestion = Some(id.into());
                s.selected = None;
            }
            Action::AcceptSuggestion(id) => {
                match id.or(s.suggestion.as_ref().map(|i| i.to_string())) {
                    Some(id) => s.accept_suggestion(&id),
                    None => return self,
                }
            }
            Action::RejectSuggestion(id) => {
                match id.or(s.suggestion.as_ref().map(|i| i.to_string())) {
                    Some(id) => s.reject_suggestion(&id),
                    None => return self,
                }
            }
            Action::AcceptAllSuggestions(label) => s.accept_all(&label),
            Action::ShowSuggestions(shown) => {
                s.with_session(|se| se.show_suggestions(shown));
                if !shown {
                    s.suggestion = None;
                }
                s.suggestions_rev += 1;
            }
            Action::RejectedLoaded(ids) => {
                s.with_session(|se| {
                    se.suggest.rejected.extend(ids);
                    se.suggest.loaded = true;
                    se.refresh_suggestions();
                });
                s.suggestions_rev += 1;
            }
            Action::OpenBeside(session) => {
                if s.session
                    .as_ref()
                    .is_some_and(|m| m.borrow().id == session.id)
                {
                    s.notice = Some(Notice::error(
                        "That is the article already open: choose another to put beside it.",
                    ));
                } else {
                    let title = session.doc.title.clone();
                    s.beside = Some(Rc::new(RefCell::new(*session)));
                    s.beside_rev += 1;
                    s.notice = Some(Notice::info(format!(
                        "“{title}” is beside this article. To link a claim to the same claim there, select it, press L and click that claim (Shift+click: contradicts)."
                    )));
                }
            }
            Action::CloseBeside => {
                s.beside = None;
                s.linking = None;
                s.beside_rev += 1;
            }
            Action::SwapSides => s.swap_sides(),
            Action::LinkAcross { to, contradicts } => s.link_across(&to, contradicts),
            Action::Compare(c) => {
                s.screen = if c.is_some() {
                    Screen::Compare
                } else {
                    Screen::Library
                };
                s.compare = c;
            }
            Action::AskName(ask) => s.asking_name = ask,
            Action::SetName(name) => {
                let name = name.trim().to_string();
                if !name.is_empty() && s
                        .with_session(|se| {
                            se.doc.annotator = Some(name);
                            se.touch_header();
                        })
                        .is_some()
                {
                    s.edited();
                }
                s.asking_name = false;
            }
            Action::ShowAssignment(open) => s.assignment_open = open,
            Action::SetAssignment(a) => {
                let set = s.with_session(|se| {
                    se.doc.assignment = a;
                    se.touch_header();
                });
                if set.is_some() {
                    s.edited();
                }
            }
            Action::ShowFeedback(shown) => s.feedback_shown = shown,
            Action::ShowPanel(open) => s.panel_open = open,
            Action::CloseDialog => match s.dialog() {
                Some(Dialog::Conflict) => s.conflict = None,
                Some(Dialog::Import) => s.import = None,
                Some(Dialog::Name) if !s.name_required() => s.asking_name = false,
                Some(Dialog::Assignment) => s.assignment_open = false,
                Some(Dialog::Labels) => s.labels_open = false,
                Some(Dialog::Name) | None => return self,
            },
            Action::Progress(p) => {
                if s.progress == p {
                    return self;
                }
                s.progress = p;
            }
            Action::ReadOnly(why) => {
                s.read_only = why;
                s.notice = None;
                if why.is_some() {
                    // Whatever edit was under way stops here.
                    s.pending = None;
                    s.linking = None;
                    s.import = None;
                    s.labels_open = false;
                    s.assignment_open = false;
                }
            }
            Action::Closed => {
                s.session = None;
                s.selected = None;
                s.pending = None;
                if s.screen == Screen::Annotate {
                    s.screen = Screen::Library;
                }
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use close_reader_core::Document;

    fn opened() -> Rc<AppState> {
        let doc = Document::new("T", "The minister said the plan may work.", None);
        let session = Box::new(Session::open("d1".into(), doc, "t".into()));
        Rc::new(AppState::default()).reduce(Action::Open {
            session,
            saved: true,
        })
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
        let s = s.reduce(Action::Pending(Some(Pending {
            span: Span::new(4, 12).unwrap(),
            x: 0.0,
            y: 0.0,
        })));
        let s = s.reduce(Action::LabelPending("source".into()));
        assert_eq!(
            labels_of(&s),
            vec![("source".to_string(), "minister".to_string())]
        );
        assert_eq!(s.selected.as_deref(), Some("a1"));
        assert!(s.pending.is_none());
        assert_eq!(s.save, SaveStatus::Unsaved);
        let rev = s.rev;
        let failed = s.clone().reduce(Action::SaveFailed {
            rev,
            message: "full".into(),
        });
        assert!(
            !failed.needs_save(),
            "no retry loop for the revision that failed"
        );
        let edited = failed.reduce(Action::SetNote {
            id: "a1".into(),
            text: "n".into(),
        });
        assert!(edited.needs_save(), "the next change tries again");
        let s = s.reduce(Action::Saved(rev));
        assert_eq!(s.save, SaveStatus::Saved);
    }

    #[test]
    fn undo_of_an_add_clears_the_selection_and_redo_brings_both_back() {
        let s = opened().reduce(Action::LabelSpan {
            label: "hedge".into(),
            span: Span::new(27, 30).unwrap(),
        });
        let s = s.reduce(Action::Undo);
        assert!(labels_of(&s).is_empty());
        assert_eq!(s.selected, None);
        let s = s.reduce(Action::Redo);
        assert_eq!(
            labels_of(&s),
            vec![("hedge".to_string(), "may".to_string())]
        );
        assert_eq!(s.selected.as_deref(), Some("a1"));
    }

    fn hypothesis_like_import(s: &AppState) -> Rc<import::PendingImport> {
        use close_reader_core::anchoring::{place, ForeignAnnotation};
        let doc = s.session.as_ref().unwrap().borrow().doc.clone();
        let item = |quote: &str, tag: &str| ForeignAnnotation {
            place: "item".into(),
            tags: vec![tag.into()],
            quote: Some(quote.into()),
            ..Default::default()
        };
        Rc::new(import::PendingImport {
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
        let reviewing = s.clone().reduce(Action::ReviewImport(Some(p.clone())));
        let cancelled = reviewing.reduce(Action::ReviewImport(None));
        assert!(cancelled.import.is_none());
        assert!(labels_of(&cancelled).is_empty());
        assert_eq!(cancelled.rev, s.rev);

        let reviewing = cancelled.reduce(Action::ReviewImport(Some(p.clone())));
        let choices = import::Choices::defaults(&p.report);
        let applied = reviewing.reduce(Action::ApplyImport(choices.clone()));
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
        let undone = applied.reduce(Action::Undo);
        assert!(labels_of(&undone).is_empty());
        let labels = undone.session.as_ref().unwrap().borrow().doc.labels.len();
        assert_eq!(labels, 3, "the label the import made is gone too");

        // Applying with no review open is a no-op.
        let again = undone.clone().reduce(Action::ApplyImport(choices));
        assert!(Rc::ptr_eq(&undone, &again));
    }

    #[test]
    fn a_pending_update_with_no_change_keeps_the_same_state() {
        let s = opened();
        let again = s.clone().reduce(Action::Pending(None));
        assert!(Rc::ptr_eq(&s, &again), "no re-render for a no-op");
    }
}
