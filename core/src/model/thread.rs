//! Conversations on spans: a teacher's comment on a student's annotation, or on a span of the key
//! the student missed, and the replies to it. Each message has its author, its time (RFC 3339,
//! handed in by the caller: the core reads no clock) and its text. Two copies of a conversation
//! (the teacher's, and the one a student's file brings back with replies) merge by message
//! identity, so neither side's message is ever lost.

use crate::model::names::group_digits;
use crate::model::Span;

/// One conversation, anchored on a stretch of the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Thread {
    /// Unique among the document's threads (`t1`, `t2`… when made by [`Thread::start`]).
    pub id: String,
    /// The span the conversation is about: the annotation's span, or the key span's.
    pub span: Span,
    /// The student's annotation it comments on; `None` for a span of the key the student missed.
    /// A thread outlives its annotation: the span stays, so the comment is still placed.
    pub annotation: Option<String>,
    /// The comment first, then the replies, in the order they were written. Never empty.
    pub messages: Vec<Message>,
}

/// One comment or reply.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    /// Unique within its thread; two copies of a thread agree on it (see [`merge_threads`]).
    pub id: String,
    pub author: String,
    /// When it was written, RFC 3339 in UTC (`2026-12-07T18:02:11Z`), as the caller's clock says.
    pub time: String,
    pub text: String,
}

/// Longest message, in code points.
pub const MAX_MESSAGE_CHARS: usize = 4_000;

impl Message {
    /// Why this message cannot be kept, as a phrase completing "the message …".
    pub fn problem(&self) -> Option<String> {
        if self.id.trim().is_empty() {
            return Some("has no id".into());
        }
        if self.author.trim().is_empty() {
            return Some("has no author".into());
        }
        if !is_rfc3339(&self.time) {
            return Some(format!(
                "has the time \"{}\", which is not an RFC 3339 date and time (such as 2026-12-07T18:02:11Z)",
                self.time
            ));
        }
        if self.text.trim().is_empty() {
            return Some("has no text".into());
        }
        let n = self.text.chars().count();
        if n > MAX_MESSAGE_CHARS {
            return Some(format!(
                "is {} characters long; at most {} are allowed",
                group_digits(n),
                group_digits(MAX_MESSAGE_CHARS)
            ));
        }
        None
    }
}

impl Thread {
    /// A new conversation opened by `comment` on `span` (on `annotation` if the student marked it),
    /// with an id unused among `existing`.
    pub fn start(
        existing: &[Thread],
        span: Span,
        annotation: Option<&str>,
        comment: Message,
    ) -> Thread {
        Thread {
            id: next_id(existing.iter().map(|t| t.id.as_str()), 't'),
            span,
            annotation: annotation.map(str::to_string),
            messages: vec![comment],
        }
    }

    /// A message id unused in this thread, for the next message: `<stem>-m2`, `<stem>-m3`…
    /// so that a teacher's and a student's message written apart never share one
    /// (`stem` is the writer's side, such as `teacher` or `student`).
    pub fn next_message_id(&self, stem: &str) -> String {
        let stem: String = stem.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        let mut n = self.messages.len() + 1;
        loop {
            let id = format!("{stem}-m{n}");
            if self.messages.iter().all(|m| m.id != id) {
                return id;
            }
            n += 1;
        }
    }

    /// Why this thread cannot be kept (its messages' problems named by position, from 1), as a
    /// phrase completing "the thread …".
    pub fn problem(&self) -> Option<String> {
        if self.id.trim().is_empty() {
            return Some("has no id".into());
        }
        if self.span.is_empty() {
            return Some("covers no text".into());
        }
        if self.messages.is_empty() {
            return Some("has no messages".into());
        }
        for (i, m) in self.messages.iter().enumerate() {
            if let Some(p) = m.problem() {
                return Some(format!("has a message ({}) that {p}", i + 1));
            }
            if self.messages[..i].iter().any(|o| o.id == m.id) {
                return Some(format!("has two messages with the id \"{}\"", m.id));
            }
        }
        None
    }
}

/// The id `<prefix>N` with N one more than the largest such id in `ids`.
fn next_id<'a>(ids: impl Iterator<Item = &'a str>, prefix: char) -> String {
    let largest = ids
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", largest + 1)
}

/// Two copies of a document's conversations as one: every thread of either (by id), and in each
/// every message either wrote (by id), `ours` first in their order, then those only `theirs` has,
/// then put in time order (a stable sort, so messages of the same time keep that order). A message
/// both copies hold under one id but with different words is kept twice: `theirs` under a new id.
/// A thread only `theirs` has comes after ours.
pub fn merge_threads(ours: &[Thread], theirs: &[Thread]) -> Vec<Thread> {
    let mut out: Vec<Thread> = ours.to_vec();
    for t in theirs {
        match out.iter_mut().find(|o| o.id == t.id) {
            None => out.push(t.clone()),
            Some(o) => {
                for m in &t.messages {
                    match o.messages.iter().find(|x| x.id == m.id) {
                        Some(same) if same == m => {}
                        Some(_) => {
                            let mut kept = m.clone();
                            kept.id = o.next_message_id(&format!("{}x", m.id));
                            o.messages.push(kept);
                        }
                        None => o.messages.push(m.clone()),
                    }
                }
                o.messages.sort_by(|a, b| a.time.cmp(&b.time));
            }
        }
    }
    out
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, with fields in range (RFC 3339's `date-time`).
pub fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            .then(|| s[r].parse::<u32>().ok())
            .flatten()
    };
    let (Some(_), Some(mo), Some(d), Some(h), Some(mi), Some(sec)) = (
        digits(0..4),
        digits(5..7),
        digits(8..10),
        digits(11..13),
        digits(14..16),
        digits(17..19),
    ) else {
        return false;
    };
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't')
        || b[13] != b':'
        || b[16] != b':'
    {
        return false;
    }
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
        return false;
    }
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &frac[n..];
    }
    match rest {
        "Z" | "z" => true,
        _ => {
            let o = rest.as_bytes();
            o.len() == 6
                && matches!(o[0], b'+' | b'-')
                && o[3] == b':'
                && rest[1..3].parse::<u32>().is_ok_and(|x| x < 24)
                && rest[4..6].parse::<u32>().is_ok_and(|x| x < 60)
                && o[1..3].iter().chain(&o[4..6]).all(u8::is_ascii_digit)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(id: &str, author: &str, time: &str, text: &str) -> Message {
        Message {
            id: id.into(),
            author: author.into(),
            time: time.into(),
            text: text.into(),
        }
    }

    fn thread(messages: Vec<Message>) -> Thread {
        Thread {
            id: "t1".into(),
            span: Span::new(4, 12).unwrap(),
            annotation: Some("a1".into()),
            messages,
        }
    }

    #[test]
    fn the_teachers_copy_and_the_students_reply_merge_into_one_conversation() {
        let comment = msg(
            "teacher-m1",
            "Ms Haddad",
            "2026-12-07T09:00:00Z",
            "Who says so?",
        );
        let teachers = vec![thread(vec![comment.clone()])];
        let reply = msg(
            "student-m2",
            "Rana",
            "2026-12-08T10:00:00Z",
            "The minister.",
        );
        let students = vec![thread(vec![comment.clone(), reply.clone()])];
        let merged = merge_threads(&teachers, &students);
        assert_eq!(merged, students, "the reply joins the comment, once");
        assert_eq!(merge_threads(&students, &teachers), students);
    }

    #[test]
    fn messages_written_apart_on_both_sides_are_all_kept_in_time_order() {
        let comment = msg("teacher-m1", "T", "2026-12-07T09:00:00Z", "Who says so?");
        let second = msg("teacher-m2", "T", "2026-12-09T09:00:00Z", "Also: when?");
        let reply = msg(
            "student-m2",
            "Rana",
            "2026-12-08T10:00:00Z",
            "The minister.",
        );
        let ours = vec![thread(vec![comment.clone(), second.clone()])];
        let theirs = vec![thread(vec![comment.clone(), reply.clone()])];
        let texts: Vec<String> = merge_threads(&ours, &theirs)[0]
            .messages
            .iter()
            .map(|m| m.text.clone())
            .collect();
        assert_eq!(texts, ["Who says so?", "The minister.", "Also: when?"]);
    }

    #[test]
    fn one_id_with_two_texts_keeps_both_and_threads_of_either_side_are_kept() {
        let a = msg("m1", "T", "2026-12-07T09:00:00Z", "First words");
        let b = msg("m1", "T", "2026-12-07T09:00:00Z", "Other words");
        let mut other = thread(vec![msg(
            "m1",
            "Rana",
            "2026-12-07T09:30:00Z",
            "A question",
        )]);
        other.id = "t2".into();
        other.annotation = None;
        let merged = merge_threads(&[thread(vec![a])], &[thread(vec![b]), other.clone()]);
        assert_eq!(merged.len(), 2);
        let texts: Vec<&str> = merged[0].messages.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["First words", "Other words"]);
        assert_eq!(merged[0].problem(), None, "the copy got an id of its own");
        assert_eq!(merged[1], other);
    }

    #[test]
    fn new_ids_do_not_repeat() {
        let t = thread(vec![msg("teacher-m1", "T", "2026-12-07T09:00:00Z", "x")]);
        assert_eq!(t.next_message_id("student"), "student-m2");
        assert_eq!(t.next_message_id("teacher"), "teacher-m2");
        let started = Thread::start(
            std::slice::from_ref(&t),
            Span::new(0, 3).unwrap(),
            None,
            t.messages[0].clone(),
        );
        assert_eq!(started.id, "t2");
    }

    #[test]
    fn a_message_without_a_proper_time_author_or_text_is_named() {
        let ok = msg("m1", "T", "2026-12-07T09:00:00.123+01:00", "Fine");
        assert_eq!(ok.problem(), None);
        assert!(msg("m1", "T", "yesterday", "x")
            .problem()
            .unwrap()
            .contains("\"yesterday\""));
        assert!(msg("m1", "T", "2026-13-07T09:00:00Z", "x")
            .problem()
            .is_some());
        assert!(msg("m1", "T", "2026-12-07 09:00:00Z", "x")
            .problem()
            .is_some());
        assert_eq!(
            msg("m1", " ", "2026-12-07T09:00:00Z", "x")
                .problem()
                .as_deref(),
            Some("has no author")
        );
        assert_eq!(
            msg("m1", "T", "2026-12-07T09:00:00Z", "  ")
                .problem()
                .as_deref(),
            Some("has no text")
        );
        let twice = thread(vec![ok.clone(), ok]);
        assert_eq!(
            twice.problem().as_deref(),
            Some("has two messages with the id \"m1\"")
        );
        assert_eq!(thread(vec![]).problem().as_deref(), Some("has no messages"));
    }

    #[test]
    fn a_reply_is_an_undoable_edit_that_refuses_a_repeated_id_or_a_bad_time() {
        use crate::model::{Document, Edit, History};
        let mut d = Document::new("T", "The minister said the plan worked.", None);
        d.threads.push(thread(vec![msg(
            "teacher-m1",
            "T",
            "2026-12-07T09:00:00Z",
            "Who?",
        )]));
        let before = d.clone();
        let mut h = History::default();
        let reply = msg(
            "student-m2",
            "Rana",
            "2026-12-08T09:00:00Z",
            "The minister.",
        );
        let add = |m: &Message| Edit::AddMessage {
            thread: "t1".into(),
            message: m.clone(),
        };
        h.apply(&mut d, add(&reply)).unwrap();
        assert_eq!(d.threads[0].messages.len(), 2);
        let again = h.apply(&mut d, add(&reply)).unwrap_err().to_string();
        assert_eq!(
            again,
            "the conversation already has a message with the id \"student-m2\""
        );
        let late = msg("student-m3", "Rana", "tomorrow", "x");
        assert!(h
            .apply(&mut d, add(&late))
            .unwrap_err()
            .to_string()
            .contains("\"tomorrow\""));
        h.undo(&mut d).unwrap();
        assert_eq!(d, before, "undo takes the reply back");
        h.redo(&mut d).unwrap();
        assert_eq!(d.threads[0].messages[1], reply);
    }
}
