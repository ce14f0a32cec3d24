//! The compare view's conversations: what the teacher comments on in the feedback view (one of the
//! shown student's spans, or a key span they missed, found from the code point clicked), the
//! teacher's replies, and each student's threads as shown and sent in their feedback file: the
//! teacher's copy merged, by message identity, with the one the student's file brought back.

use close_reader_core::analysis::agreement::{feedback, Verdict};
use close_reader_core::model::{merge_threads, Message, Thread};
use close_reader_core::Span;

use super::compare::Compare;
use super::thread_view::{text_problem, TextProblem};
use crate::i18n::{reasons, t};

/// Where a comment goes: a span, and the student's annotation on it when they marked it.
#[derive(Clone, Debug, PartialEq)]
pub struct CommentTarget {
    pub span: Span,
    pub annotation: Option<String>,
    /// Shown above the comment box: the quoted words and whose span it is.
    pub what: String,
}

impl Compare {
    /// The threads of student `i` as the teacher sees them: the teacher's own comments merged with
    /// those the student's file carries (their replies), no message lost on either side.
    pub fn threads_of(&self, i: usize) -> Vec<Thread> {
        let Some(e) = self.entries.get(i) else {
            return Vec::new();
        };
        let ours = self
            .comments
            .iter()
            .find(|(name, _)| *name == e.name)
            .map(|(_, t)| t.as_slice())
            .unwrap_or_default();
        merge_threads(ours, &e.doc.threads)
    }

    /// What the code point the teacher clicked comments on: the shown student's annotation under
    /// it, else a span of the key they missed; `None` elsewhere or with no key.
    pub fn comment_target(&self) -> Option<CommentTarget> {
        let (at, i, k) = (self.picked?, self.student?, self.key?);
        let doc = &self.entries.get(i)?.doc;
        let inside = |s: Span| s.start() <= at && at < s.end();
        let quote = |s: Span| close_reader_core::model::names::ellipsize(doc.text.slice(s), 60);
        if let Some(a) = doc.annotations().iter().find(|a| inside(a.span)) {
            return Some(CommentTarget {
                span: a.span,
                annotation: Some(a.id.clone()),
                what: t!(
                    "state-comment-on-marked",
                    quote = quote(a.span),
                    student = &self.entries[i].name
                ),
            });
        }
        let fb = feedback(&self.entries.get(k)?.spans, &self.entries[i].spans);
        fb.items
            .iter()
            .filter(|item| item.verdict == Verdict::Missed)
            .filter_map(|item| item.key.as_ref())
            .map(|s| Span::new(s.start, s.end).expect("a key span is ordered"))
            .find(|&s| inside(s))
            .map(|span| CommentTarget {
                span,
                annotation: None,
                what: t!(
                    "state-comment-on-missed",
                    quote = quote(span),
                    student = &self.entries[i].name
                ),
            })
    }

    /// The teacher's name on their messages: the key's name ("Ms Haddad", "Answer key").
    fn teacher(&self) -> String {
        self.key
            .and_then(|k| self.entries.get(k))
            .map_or_else(|| t!("state-teacher"), |e| e.name.clone())
    }

    /// The teacher's comment on the picked span of the shown student: a new thread, or the next
    /// message of the thread already on that span. Refused, with the reason, when the text is
    /// blank or too long, or no span is picked.
    pub fn comment(&mut self, text: &str, now: &str) -> Result<(), String> {
        let target = self
            .comment_target()
            .ok_or_else(|| t!("state-comment-pick-first"))?;
        let i = self
            .student
            .ok_or_else(|| t!("state-choose-student-first"))?;
        let mut threads = self.threads_of(i);
        let existing = threads.iter().position(|t| t.span == target.span);
        let message = |id: String| Message {
            id,
            author: self.teacher(),
            time: now.to_string(),
            text: text.trim().to_string(),
        };
        match existing {
            Some(at) => {
                let m = message(threads[at].next_message_id("teacher"));
                checked(&m)?;
                threads[at].messages.push(m);
            }
            None => {
                let m = message("teacher-m1".into());
                checked(&m)?;
                let t = Thread::start(&threads, target.span, target.annotation.as_deref(), m);
                threads.push(t);
            }
        }
        self.keep_comments(i, threads);
        Ok(())
    }

    /// The teacher's reply on thread `id` of the shown student.
    pub fn reply(&mut self, id: &str, text: &str, now: &str) -> Result<(), String> {
        let i = self
            .student
            .ok_or_else(|| t!("state-choose-student-first"))?;
        let mut threads = self.threads_of(i);
        let teacher = self.teacher();
        let t = threads
            .iter_mut()
            .find(|t| t.id == id)
            .ok_or_else(|| t!("state-conversation-gone"))?;
        let m = Message {
            id: t.next_message_id("teacher"),
            author: teacher,
            time: now.to_string(),
            text: text.trim().to_string(),
        };
        checked(&m)?;
        t.messages.push(m);
        self.keep_comments(i, threads);
        Ok(())
    }

    fn keep_comments(&mut self, i: usize, threads: Vec<Thread>) {
        let name = self.entries[i].name.clone();
        match self.comments.iter_mut().find(|(n, _)| *n == name) {
            Some((_, t)) => *t = threads,
            None => self.comments.push((name, threads)),
        }
    }
}

fn checked(m: &Message) -> Result<(), String> {
    let Some(p) = m.problem() else {
        return Ok(());
    };
    Err(match text_problem(&m.text) {
        Some(TextProblem::Blank) => t!("state-comment-blank"),
        Some(TextProblem::TooLong(n)) => t!(
            "state-comment-too-long",
            count = n,
            most = close_reader_core::model::thread::MAX_MESSAGE_CHARS
        ),
        None => t!("state-comment-refused", problem = reasons::comment(&p)),
    })
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use close_reader_core::formats::collect::Fit;
    use close_reader_core::{Annotation, Document};

    use super::*;

    const TEXT: &str = "The mayor said the bridge will close.";

    fn file(name: &str, spans: &[(usize, usize)]) -> Document {
        let mut d = Document::new("Bridge", TEXT, None);
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

    /// Ms Haddad's key marks "mayor" and "the bridge will close"; Ana marked only "mayor".
    fn class() -> Compare {
        let mut c = Compare::new("d", file("Ms Haddad", &[(4, 9), (15, 36)]));
        c.add("ana.json", Fit::Same(file("Ana", &[(4, 9)])));
        c
    }

    #[test]
    fn a_comment_on_a_students_span_and_on_a_missed_key_span_goes_into_the_feedback_file() {
        let mut c = class();
        assert_eq!(c.student, Some(1));
        c.picked = Some(6);
        assert_eq!(
            c.comment_target().unwrap().annotation.as_deref(),
            Some("a1")
        );
        c.comment("Who is the mayor?", "2026-12-07T09:00:00Z")
            .unwrap();
        c.picked = Some(20);
        let missed = c.comment_target().unwrap();
        assert_eq!((missed.span.start(), missed.annotation), (15, None));
        assert!(missed.what.contains("missed by Ana"), "{}", missed.what);
        c.comment("This is the claim.", "2026-12-07T09:01:00Z")
            .unwrap();
        c.comment("Look again.", "2026-12-07T09:02:00Z").unwrap();
        let files = c.feedback_documents();
        let threads = &files[0].1.threads;
        assert_eq!(
            threads.len(),
            2,
            "a second comment on a span joins its thread"
        );
        assert_eq!(threads[0].messages[0].author, "Ms Haddad");
        assert_eq!(threads[1].messages.len(), 2);
        assert_eq!(threads[1].messages[1].id, "teacher-m2");
        c.picked = Some(12);
        assert_eq!(
            c.comment_target(),
            None,
            "nothing to comment on between spans"
        );
        assert!(c.comment("x", "2026-12-07T09:03:00Z").is_err());
        c.picked = Some(6);
        assert_eq!(
            c.comment("   ", "2026-12-07T09:03:00Z").unwrap_err(),
            "The comment was not added: it has no text."
        );
    }

    #[test]
    fn the_students_reply_collected_next_round_shows_with_the_teachers_comments() {
        let mut c = class();
        c.picked = Some(6);
        c.comment("Who is the mayor?", "2026-12-07T09:00:00Z")
            .unwrap();
        let (_, mut returned) = c.feedback_documents().remove(0);
        let t = &mut returned.threads[0];
        let id = t.next_message_id("student");
        t.messages.push(Message {
            id,
            author: "Ana".into(),
            time: "2026-12-08T10:00:00Z".into(),
            text: "The town's mayor.".into(),
        });
        // The teacher collects the next round: Ana's file replaces the old one.
        c.remove(1);
        c.add("ana-2.json", Fit::Same(returned));
        let i = c.student.unwrap();
        let texts: Vec<String> = c.threads_of(i)[0]
            .messages
            .iter()
            .map(|m| m.text.clone())
            .collect();
        assert_eq!(texts, ["Who is the mayor?", "The town's mayor."]);
        c.reply("t1", "Good.", "2026-12-09T08:00:00Z").unwrap();
        assert_eq!(c.threads_of(i)[0].messages.len(), 3);
        assert_eq!(Rc::strong_count(&c.entries[i].doc), 1);
    }
}
