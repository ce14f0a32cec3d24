//! A document edited in another tab: this tab shows it read-only, and every action that would change
//! it is refused here, in one place, so no key, button, note, import or suggestion can slip past.

use super::{Action, AppState, Notice};
use crate::i18n::t;
// Which actions edit is said by each feature, exhaustively: see `Action::edits`.

/// Why this tab may not edit the open document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// Another tab was already editing it when this one opened it.
    OpenElsewhere,
    /// Another tab took it over from this one.
    TakenOver,
}

impl ReadOnly {
    /// What the read-only banner says.
    pub fn message(self) -> String {
        match self {
            ReadOnly::OpenElsewhere => t!("state-read-only-open-elsewhere"),
            ReadOnly::TakenOver => t!("state-read-only-taken-over"),
        }
    }
}

impl AppState {
    /// True when `action` would change the document in a read-only tab: the notice says so.
    pub(super) fn refuse_if_read_only(&mut self, action: &Action) -> bool {
        if self.read_only.is_none() || !action.edits() {
            return false;
        }
        self.pending = None;
        self.notice = Some(Notice::error(t!("state-read-only-refused")));
        true
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use close_reader_core::{Document, Span};
    use yew::Reducible;

    use super::*;
    use crate::session::Session;
    use crate::state::Pending;
    use crate::state::{
        beside::BesideAction, classroom::ClassAction, document::DocAction, edit::EditAction,
        import::ImportAction, labels::LabelAction, links::LinkAction, suggestions::SuggestAction,
        ui::UiAction,
    };

    fn opened(id: &str) -> Box<Session> {
        let doc = Document::new("T", "The minister said the plan may work.", None);
        Box::new(Session::open(id.into(), doc, "t".into()))
    }

    fn count(s: &AppState) -> usize {
        s.session.as_ref().unwrap().borrow().doc.annotations().len()
    }

    #[test]
    fn a_read_only_tab_refuses_every_edit_and_never_asks_to_save() {
        let s = Rc::new(AppState::default()).reduce(Action::Doc(DocAction::Open {
            session: opened("d1"),
            saved: true,
        }));
        let s = s.reduce(Action::edit(EditAction::LabelSpan {
            label: "claim".into(),
            span: Span::new(18, 26).unwrap(),
        }));
        let rev = s.rev;
        let s = s.reduce(Action::Doc(DocAction::Saved(rev)));
        let s = s.reduce(Action::Doc(DocAction::ReadOnly(Some(
            ReadOnly::OpenElsewhere,
        ))));
        let rev = s.rev;
        let edits = [
            Action::edit(EditAction::LabelSpan {
                label: "hedge".into(),
                span: Span::new(27, 30).unwrap(),
            }),
            Action::edit(EditAction::Relabel {
                id: "a1".into(),
                label: "hedge".into(),
            }),
            Action::edit(EditAction::SetNote {
                id: "a1".into(),
                text: "n".into(),
            }),
            Action::edit(EditAction::Delete("a1".into())),
            Action::edit(EditAction::Undo),
            Action::Link(LinkAction::Start),
            Action::labels(LabelAction::Show(true)),
            Action::suggest(SuggestAction::AcceptAll("hedge".into())),
            Action::Class(ClassAction::SetName("Ann".into())),
            Action::Link(LinkAction::Remove("l1".into())),
            Action::Beside(BesideAction::Swap),
            Action::Import(ImportAction::Apply(crate::state::import::Choices {
                tags: vec![],
                untagged: crate::state::import::TagChoice::Skip,
            })),
            Action::suggest(SuggestAction::Reject(Some("s1".into()))),
            Action::labels(LabelAction::Change(crate::state::labels::LabelChange::Add)),
            Action::Class(ClassAction::SetAssignment(None)),
        ];
        // And what only reads is never refused.
        for a in [
            Action::Ui(UiAction::Select(None)),
            Action::Link(LinkAction::Cancel),
            Action::suggest(SuggestAction::Step(true)),
            Action::edit(EditAction::SealNote),
            Action::Class(ClassAction::ShowFeedback(false)),
        ] {
            assert!(!a.edits());
        }
        let mut s = s;
        for a in edits {
            s = s.reduce(a);
            assert_eq!(s.rev, rev, "no edit went through");
            assert_eq!(
                s.notice.as_ref().map(|n| n.text.as_str()),
                Some("Nothing was changed: this document is read-only in this tab. Use Take over to edit it here.")
            );
        }
        assert_eq!(count(&s), 1);
        assert!(!s.labels_open && s.linking.is_none());
        let pending = s.clone().reduce(Action::Ui(UiAction::Pending(Some(Pending {
            span: Span::new(0, 3).unwrap(),
            x: 0.0,
            y: 0.0,
        }))));
        assert!(pending.pending.is_none(), "no label toolbar");
        assert!(!s.needs_save());

        // Reading goes on: selecting a span is no edit.
        let s = s.reduce(Action::Ui(UiAction::Select(Some("a1".into()))));
        assert_eq!(s.selected.as_deref(), Some("a1"));

        // Reopening the same document keeps it read-only; another document is editable.
        let same = s.clone().reduce(Action::Doc(DocAction::Open {
            session: opened("d1"),
            saved: true,
        }));
        assert_eq!(same.read_only, Some(ReadOnly::OpenElsewhere));
        let other = s.reduce(Action::Doc(DocAction::Open {
            session: opened("d2"),
            saved: true,
        }));
        assert_eq!(other.read_only, None);
        let other = other.reduce(Action::edit(EditAction::LabelSpan {
            label: "hedge".into(),
            span: Span::new(27, 30).unwrap(),
        }));
        assert_eq!(count(&other), 1);
        assert!(other.needs_save());
    }
}
