//! The reducer's part for the compare view: what the teacher does (key, label, view, student,
//! threshold, a file removed) and what reading the class's files brings (files added, progress),
//! each applied to the comparison as it is now, so that a file read while the key changes cannot
//! bring back an older key.

use std::rc::Rc;

use close_reader_core::formats::collect::Fit;

use super::class_set::Keeping;
use super::compare::{Compare, View};
use super::grading::GradeEdit;
use super::{AppState, Screen, Shared};

pub enum CompareAction {
    /// Show the compare view over this comparison (a new one, or the one kept).
    Open(Shared<Compare>),
    Key(Option<usize>),
    Label(String),
    View(View),
    Student(Option<usize>),
    /// Consensus: at least this many annotators.
    K(usize),
    Remove(usize),
    /// Files read, by name: each fitted to the article (with the fitted native file, as the worker
    /// wrote it, when there is one), or why it could not be read.
    Added(Vec<(String, Result<Fit, String>, Option<Rc<str>>)>),
    /// Files being read: (done, total), or `None` when done.
    Progress(Option<(usize, usize)>),
    /// Whether the comparison is kept in this browser, after a save or a failed one.
    Keeping(Keeping),
    /// The kept class set of this article was removed: its comparison in memory goes too.
    Forget(String),
    /// A grade overridden or reverted, an identifier set, a roster pasted.
    Grades(GradeEdit),
    /// The article as stored now (its rubric changed since), for the comparison of this id.
    Article(String, Box<close_reader_core::Document>),
    /// The teacher clicked this code point in the feedback view (the span to comment on), or
    /// closed the comment box.
    Pick(Option<usize>),
    /// The teacher's comment on the picked span, written at `now`.
    Comment {
        text: String,
        now: String,
    },
    /// The teacher's reply on a thread of the shown student.
    Reply {
        thread: String,
        text: String,
        now: String,
    },
}

impl AppState {
    pub(super) fn reduce_compare(&mut self, a: CompareAction) -> bool {
        if let CompareAction::Open(c) = a {
            self.screen = Screen::Compare;
            self.compare = Some(c);
            return true;
        }
        if let CompareAction::Keeping(k) = a {
            if self.class_kept == k {
                return false;
            }
            self.class_kept = k;
            return true;
        }
        if let CompareAction::Forget(id) = a {
            if self.compare.as_ref().is_none_or(|c| c.doc_id != id) {
                return false;
            }
            self.compare = None;
            if self.screen == Screen::Compare {
                self.screen = Screen::Library;
            }
            return true;
        }
        let Some(current) = &self.compare else {
            return false;
        };
        let mut c = (**current).clone();
        match a {
            CompareAction::Open(_) | CompareAction::Forget(_) | CompareAction::Keeping(_) => {
                unreachable!("handled above")
            }
            CompareAction::Key(k) => c.set_key(k),
            CompareAction::Label(l) => c.label = l,
            CompareAction::View(v) => c.view = v,
            CompareAction::Student(s) => {
                c.student = s;
                c.picked = None;
            }
            CompareAction::K(k) => c.k = k.max(1),
            CompareAction::Remove(i) => c.remove(i),
            CompareAction::Added(read) => {
                for (name, result, native) in read {
                    match result {
                        Ok(fit) => c.add_native(&name, fit, native),
                        Err(why) => c.refuse(&name, why),
                    }
                }
            }
            CompareAction::Progress(p) => c.progress = p,
            CompareAction::Grades(edit) => {
                if !c.apply_grade_edit(edit) {
                    return false;
                }
            }
            CompareAction::Article(id, doc) => {
                if c.doc_id != id || c.article.assignment == doc.assignment {
                    return false;
                }
                // Only the assignment is taken: the files were fitted to this text and labels.
                let mut article = (*c.article).clone();
                article.assignment = doc.assignment;
                c = c.with_article(article);
            }
            CompareAction::Pick(at) => c.picked = at,
            CompareAction::Comment { text, now } => {
                if let Err(why) = c.comment(&text, &now) {
                    self.notice = Some(super::Notice::error(why));
                    return true;
                }
            }
            CompareAction::Reply { thread, text, now } => {
                if let Err(why) = c.reply(&thread, &text, &now) {
                    self.notice = Some(super::Notice::error(why));
                    return true;
                }
            }
        }
        if c == **current {
            return false;
        }
        self.compare = Some(Shared::new(c));
        true
    }
}

#[cfg(test)]
mod tests {
    use close_reader_core::{Annotation, Document, Span};
    use yew::Reducible;

    use super::*;
    use crate::state::Action;

    fn file(name: &str, spans: &[(usize, usize)]) -> Document {
        let mut d = Document::new("Bridge", "The mayor said the bridge will close.", None);
        d.annotator = Some(name.into());
        for (i, (s, e)) in spans.iter().enumerate() {
            let a = Annotation::new(
                &format!("a{}", i + 1),
                "claim",
                Span::new(*s, *e).unwrap(),
                "t",
            );
            d.insert(a).unwrap();
        }
        d
    }

    /// Regression: files finishing while the teacher changed the key sent back a copy of the
    /// comparison made before the change, and the key went back.
    #[test]
    fn files_read_after_a_key_change_keep_the_new_key() {
        let article = file("Teacher", &[(4, 9)]);
        let s = Rc::new(AppState::default()).reduce(Action::Compare(CompareAction::Open(
            Shared::new(Compare::new("d", article.clone())),
        )));
        let s = s.reduce(Action::Compare(CompareAction::Added(vec![(
            "ana.json".into(),
            Ok(Fit::Same(file("Ana", &[(4, 9)]))),
            None,
        )])));
        let s = s.reduce(Action::Compare(CompareAction::Key(Some(1))));
        let s = s.reduce(Action::Compare(CompareAction::Added(vec![(
            "ben.json".into(),
            Ok(Fit::Same(file("Ben", &[(19, 25)]))),
            None,
        )])));
        let c = s.compare.as_ref().unwrap();
        assert_eq!(c.key, Some(1), "the key chosen while Ben's file was read");
        assert_eq!(c.entries.len(), 3);
        let same = s
            .clone()
            .reduce(Action::Compare(CompareAction::Key(Some(1))));
        assert!(Rc::ptr_eq(&s, &same), "no change, no render");
    }
}
