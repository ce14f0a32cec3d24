//! The reducer's part for what does not change the document: the screen shown, the selection in
//! the article and the span selected, messages, the drawer, progress, dialogs closed by Escape, and
//! the theme the page is drawn in.

use close_reader_core::model::contrast::Theme;
use yew::AttrValue;

use super::{AppState, Arrival, Dialog, Notice, Pending, Progress, Screen, Shared};

pub enum UiAction {
    Show(Screen),
    Pending(Option<Pending>),
    Select(Option<String>),
    /// Select, scroll to and flash an annotation.
    Focus(String),
    ToggleHidden(String),
    Notice(Option<Notice>),
    /// Open or close the side panel's drawer (narrow screens).
    ShowPanel(bool),
    /// Long work's progress, or its end.
    Progress(Option<Progress>),
    /// An imported article to review before it opens (or `None`: the review is closed).
    Arrival(Option<Shared<Arrival>>),
    /// Escape in a dialog: closes it as its Cancel would.
    CloseDialog,
    /// The page is drawn light or dark (it follows the system's setting).
    Theme(Theme),
    /// The interface now speaks this language (its messages are installed already).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    Language(crate::i18n::Lang),
}

impl AppState {
    /// Returns whether anything changed.
    pub(super) fn reduce_ui(&mut self, a: UiAction) -> bool {
        match a {
            UiAction::Show(screen) => {
                self.screen = screen;
                self.pending = None;
            }
            UiAction::Pending(p) => {
                if self.pending == p {
                    return false;
                }
                self.pending = p;
            }
            UiAction::Select(id) => {
                // On a phone, choosing a highlight opens the drawer with its editor.
                self.panel_open = id.is_some();
                self.selected = id.map(AttrValue::from);
                self.suggestion = None;
                self.with_session(|se| se.history.seal());
            }
            UiAction::Focus(id) => {
                let n = self.flash.as_ref().map_or(0, |f| f.1 + 1);
                self.flash = Some((id.clone().into(), n));
                self.selected = Some(id.into());
            }
            UiAction::ToggleHidden(label) => {
                let mut h = (*self.hidden).clone();
                if !h.remove(&label) {
                    h.insert(label);
                }
                self.hidden = std::rc::Rc::new(h);
            }
            UiAction::Notice(n) => self.notice = n,
            UiAction::ShowPanel(open) => self.panel_open = open,
            UiAction::Progress(p) => {
                if self.progress == p {
                    return false;
                }
                self.progress = p;
            }
            UiAction::Arrival(a) => self.arrival = a,
            UiAction::CloseDialog => match self.dialog() {
                Some(Dialog::Arrival) => self.arrival = None,
                Some(Dialog::Conflict) => self.conflict = None,
                Some(Dialog::Import) => self.import = None,
                Some(Dialog::Name) if !self.name_required() => self.asking_name = false,
                Some(Dialog::Assignment) => self.assignment_open = false,
                Some(Dialog::Labels) => self.labels_open = false,
                Some(Dialog::Name) | None => return false,
            },
            UiAction::Language(lang) => {
                if self.lang == lang {
                    return false;
                }
                self.lang = lang;
            }
            UiAction::Theme(theme) => {
                if self.theme == theme {
                    return false;
                }
                self.theme = theme;
            }
        }
        true
    }
}
