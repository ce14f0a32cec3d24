//! Suggestions in the reducer: stepping through them (`n`/`p`), accepting one (a new annotation,
//! undoable like any) or all of one label in one step, rejecting one, and showing or hiding them.

use close_reader_core::analysis::suggest::Suggestion;
use close_reader_core::{Annotation, Edit};
use yew::AttrValue;

use super::{AppState, Notice};
use crate::i18n::{reasons, t};

pub enum SuggestAction {
    /// Step to the next (`true`) or previous suggestion.
    Step(bool),
    /// Make this suggestion the current one (a click on it).
    Focus(String),
    /// Accept this suggestion, or the current one.
    Accept(Option<String>),
    /// Reject this suggestion, or the current one.
    Reject(Option<String>),
    /// Accept every visible suggestion of this label, as one undoable step.
    AcceptAll(String),
    Show(bool),
    /// Rejections saved earlier for the open document, read back from storage.
    RejectedLoaded(Vec<String>),
    /// The user says which language the article is in (a BCP 47 tag).
    Language(&'static str),
    /// The worker's suggestions for the open document in this language (empty when it failed).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    Arrived(&'static str, Vec<Suggestion>),
}

impl SuggestAction {
    pub fn edits(&self) -> bool {
        match self {
            SuggestAction::Accept(_) | SuggestAction::Reject(_) | SuggestAction::AcceptAll(_) => {
                true
            }
            SuggestAction::Step(_)
            | SuggestAction::Focus(_)
            | SuggestAction::Show(_)
            | SuggestAction::RejectedLoaded(_)
            | SuggestAction::Language(_)
            | SuggestAction::Arrived(..) => false,
        }
    }
}

/// The visible suggestion after (or, backwards, before) the one with id `from`, or the first (last)
/// when `from` is none or no longer visible; `None` when none is visible.
pub fn step(visible: &[&Suggestion], from: Option<&str>, forward: bool) -> Option<String> {
    if visible.is_empty() {
        return None;
    }
    let at = from.and_then(|id| visible.iter().position(|s| s.id == id));
    let n = visible.len();
    let i = match (at, forward) {
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
        (None, true) => 0,
        (None, false) => n - 1,
    };
    Some(visible[i].id.clone())
}

impl AppState {
    pub(super) fn reduce_suggest(&mut self, a: SuggestAction, now: &str) -> bool {
        let current = || self.suggestion.as_ref().map(|i| i.to_string());
        match a {
            SuggestAction::Step(forward) => self.step_suggestion(forward),
            SuggestAction::Focus(id) => {
                self.suggestion = Some(id.into());
                self.selected = None;
            }
            SuggestAction::Accept(id) => match id.or_else(current) {
                Some(id) => self.accept_suggestion(&id, now),
                None => return false,
            },
            SuggestAction::Reject(id) => match id.or_else(current) {
                Some(id) => self.reject_suggestion(&id),
                None => return false,
            },
            SuggestAction::AcceptAll(label) => self.accept_all(&label, now),
            SuggestAction::Show(shown) => {
                self.with_session(|se| se.show_suggestions(shown));
                if !shown {
                    self.suggestion = None;
                }
                self.suggestions_rev += 1;
            }
            SuggestAction::Arrived(tag, all) => {
                let taken = self.with_session(|se| {
                    let taken = se.suggest.arrived(tag, all);
                    if taken {
                        se.refresh_suggestions();
                    }
                    taken
                });
                if taken != Some(true) {
                    return false;
                }
                self.suggestions_rev += 1;
            }
            SuggestAction::Language(tag) => {
                self.with_session(|se| {
                    se.suggest.set_language(&se.doc, tag);
                    se.refresh_suggestions();
                });
                self.suggestion = None;
                self.suggestions_rev += 1;
            }
            SuggestAction::RejectedLoaded(ids) => {
                self.with_session(|se| {
                    se.suggest.rejected.extend(ids);
                    se.suggest.loaded = true;
                    se.refresh_suggestions();
                });
                self.suggestions_rev += 1;
            }
        }
        true
    }

    fn visible_ids(&self) -> Vec<String> {
        self.session
            .as_ref()
            .map(|s| {
                let se = s.borrow();
                se.suggest.visible(&se.doc).map(|s| s.id.clone()).collect()
            })
            .unwrap_or_default()
    }

    fn step_suggestion(&mut self, forward: bool) {
        let next = self.with_session(|se| {
            let visible: Vec<&Suggestion> = se.suggest.visible(&se.doc).collect();
            step(&visible, self.suggestion.as_deref(), forward)
        });
        match next.flatten() {
            Some(id) => {
                self.suggestion = Some(id.into());
                self.selected = None;
                self.pending = None;
            }
            None => {
                self.suggestion = None;
                self.notice = Some(Notice::info(t!("state-no-suggestions-left")));
            }
        }
    }

    /// After the current suggestion was accepted or rejected: the next one, if any.
    fn move_on(&mut self, from: &str, before: &[String]) {
        let after = self.visible_ids();
        let at = before.iter().position(|i| i == from).unwrap_or(0);
        self.suggestion = before[at..]
            .iter()
            .chain(before[..at].iter())
            .find(|i| after.contains(i))
            .map(|i| AttrValue::from(i.clone()));
    }

    fn accept_suggestion(&mut self, id: &str, now: &str) {
        let before = self.visible_ids();
        let done = self.with_session(|se| {
            let s = se
                .suggest
                .get(id)
                .cloned()
                .ok_or_else(|| t!("state-not-accepted-gone"))?;
            if se.doc.label(s.label).is_none() {
                return Err(t!("state-not-accepted-no-label", label = s.label));
            }
            se.add(s.label, s.span, now)
                .map_err(|e| t!("state-not-accepted", why = reasons::edit(&e)))
        });
        match done {
            Some(Ok(_)) => {
                self.edited();
                self.move_on(id, &before);
            }
            Some(Err(message)) => self.notice = Some(Notice::error(message)),
            None => {}
        }
    }

    fn reject_suggestion(&mut self, id: &str) {
        let before = self.visible_ids();
        self.with_session(|se| se.reject_suggestion(id));
        self.move_on(id, &before);
        self.suggestions_rev += 1;
    }

    /// Accepts every visible suggestion of `label` as one undoable step (skipping any that overlaps
    /// one already taken, so no two new spans of the label overlap).
    fn accept_all(&mut self, label: &str, now: &str) {
        let done = self.with_session(|se| {
            if se.doc.label(label).is_none() {
                return Err(t!("state-not-accepted-no-label", label = label));
            }
            let mut taken: Vec<close_reader_core::Span> = Vec::new();
            for s in se.suggest.visible(&se.doc).filter(|s| s.label == label) {
                if !taken
                    .iter()
                    .any(|t| t.start() < s.span.end() && s.span.start() < t.end())
                {
                    taken.push(s.span);
                }
            }
            let next: u64 = se.doc.next_annotation_id()[1..].parse().unwrap_or(1);
            let edits: Vec<Edit> = taken
                .iter()
                .enumerate()
                .map(|(i, span)| {
                    Edit::Add(Annotation::new(
                        &format!("a{}", next + i as u64),
                        label,
                        *span,
                        now,
                    ))
                })
                .collect();
            let n = edits.len();
            if n > 0 {
                se.apply_batch(edits)
                    .map_err(|e| t!("state-not-accepted", why = reasons::edit(&e)))?;
            }
            Ok(n)
        });
        match done {
            Some(Ok(0)) | None => {}
            Some(Ok(n)) => {
                self.edited();
                self.suggestion = None;
                self.notice = Some(Notice::info(t!("state-accepted-all", count = n)));
            }
            Some(Err(message)) => self.notice = Some(Notice::error(message)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Session;
    use crate::state::Action;
    use crate::state::{document::DocAction, edit::EditAction, suggestions::SuggestAction};
    use close_reader_core::Document;
    use std::rc::Rc;
    use yew::Reducible;

    fn opened(text: &str) -> Rc<AppState> {
        let doc = Document::new("T", text, None);
        Rc::new(AppState::default()).reduce(Action::Doc(DocAction::Open {
            session: Box::new(Session::open("d1".into(), doc, "t".into())),
            saved: true,
        }))
    }

    fn quote_of_current(s: &AppState) -> String {
        let se = s.session.as_ref().unwrap().borrow();
        let sg = se.suggest.get(s.suggestion.as_deref().unwrap()).unwrap();
        se.doc.text.slice(sg.span).to_string()
    }

    #[test]
    fn step_accept_and_reject_move_through_the_suggestions() {
        let s = opened("Officials said the toll may rise. Critics reportedly disagree.");
        let s = s.reduce(Action::suggest(SuggestAction::Step(true)));
        let first = quote_of_current(&s);
        let s = s.reduce(Action::suggest(SuggestAction::Step(false)));
        let s = s.reduce(Action::suggest(SuggestAction::Step(true)));
        assert_eq!(
            quote_of_current(&s),
            first,
            "back and forth returns to the first"
        );
        // Step to "may" and accept it: a hedge annotation, and the next suggestion is current.
        let mut s = s;
        for _ in 0..10 {
            if quote_of_current(&s) == "may" {
                break;
            }
            s = s.reduce(Action::suggest(SuggestAction::Step(true)));
        }
        assert_eq!(quote_of_current(&s), "may");
        let id = s.suggestion.clone().unwrap().to_string();
        let s = s.reduce(Action::suggest(SuggestAction::Accept(None)));
        {
            let se = s.session.as_ref().unwrap().borrow();
            let a = &se.doc.annotations()[0];
            assert_eq!((a.label.as_str(), se.doc.quote(a)), ("hedge", "may"));
            assert!(!se.suggest.visible(&se.doc).any(|x| x.id == id));
        }
        assert!(s.suggestion.is_some() && s.suggestion.as_deref() != Some(id.as_str()));
        // Reject the current one: it is gone from the visible list.
        let rejected = s.suggestion.clone().unwrap().to_string();
        let s = s.reduce(Action::suggest(SuggestAction::Reject(None)));
        let se = s.session.as_ref().unwrap().borrow();
        assert!(se.suggest.rejected.contains(&rejected));
        assert!(!se.suggest.visible(&se.doc).any(|x| x.id == rejected));
    }

    #[test]
    fn accept_all_of_a_label_is_one_undo_step() {
        let s = opened("It may rise. It might fall. Reportedly, it could stay.");
        let hedges = {
            let se = s.session.as_ref().unwrap().borrow();
            se.suggest
                .visible(&se.doc)
                .filter(|x| x.label == "hedge")
                .count()
        };
        assert!(hedges >= 3, "may, might, could (and reportedly) are hedges");
        let s = s.reduce(Action::suggest(SuggestAction::AcceptAll("hedge".into())));
        let n = s.session.as_ref().unwrap().borrow().doc.annotations().len();
        assert_eq!(n, hedges);
        let s = s.reduce(Action::edit(EditAction::Undo));
        assert_eq!(
            s.session.as_ref().unwrap().borrow().doc.annotations().len(),
            0
        );
    }
}
