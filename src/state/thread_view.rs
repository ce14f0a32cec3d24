//! Conversations on spans as the screens show them: each thread's quoted words, where it sits
//! (on the student's span, or on a key span they missed), and its messages with a readable time.
//! Computed here so that the components only render.

use close_reader_core::model::thread::MAX_MESSAGE_CHARS;
use close_reader_core::model::{Message, Thread};
use close_reader_core::Document;

use crate::i18n::t;

/// One thread, ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct ThreadView {
    pub id: String,
    pub quote: String,
    /// "On your span" / "On a span of the key you missed" (or the teacher's words for them).
    pub place: String,
    /// The span (annotation id) it is on, when the reader has marked it: the side panel shows the
    /// thread beside that span.
    pub on: Option<String>,
    pub messages: Vec<MessageView>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MessageView {
    pub author: String,
    /// The time as written, shortened to the minute: `2026-12-07 09:00 UTC`.
    pub when: String,
    /// The machine-readable time, for `<time datetime>`.
    pub time: String,
    pub text: String,
}

/// Whose eyes the threads are for: the student reads "your span", the teacher the student's name.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reader<'a> {
    Student,
    Teacher { student: &'a str },
}

/// The document's threads (or `threads`, when given apart from it) in text order.
pub fn thread_views(doc: &Document, threads: &[Thread], reader: Reader) -> Vec<ThreadView> {
    let mut views: Vec<(usize, ThreadView)> = threads
        .iter()
        .map(|t| {
            let quote = if t.span.end() <= doc.text.len() {
                close_reader_core::model::names::ellipsize(doc.text.slice(t.span), 80)
            } else {
                String::new()
            };
            let on = t
                .annotation
                .as_deref()
                .filter(|id| doc.annotation(id).is_some());
            let marked = on.is_some();
            let place = match (reader, marked) {
                (Reader::Student, true) => t!("state-thread-on-your-span"),
                (Reader::Student, false) => t!("state-thread-on-key-you-missed"),
                (Reader::Teacher { student }, true) => {
                    t!("state-thread-on-student-span", student = student)
                }
                (Reader::Teacher { student }, false) => {
                    t!("state-thread-on-key-student-missed", student = student)
                }
            };
            (
                t.span.start(),
                ThreadView {
                    id: t.id.clone(),
                    quote,
                    place,
                    on: on.map(str::to_string),
                    messages: t.messages.iter().map(message_view).collect(),
                },
            )
        })
        .collect();
    views.sort_by_key(|(start, _)| *start);
    views.into_iter().map(|(_, v)| v).collect()
}

/// The threads on one of the reader's spans, for the side panel's entry of that span.
pub fn threads_on(doc: &Document, annotation: &str) -> Vec<ThreadView> {
    let on: Vec<Thread> = doc
        .threads
        .iter()
        .filter(|t| t.annotation.as_deref() == Some(annotation))
        .cloned()
        .collect();
    thread_views(doc, &on, Reader::Student)
}

/// How many threads sit on one of the reader's spans, for its entry in the list.
pub fn comment_count(doc: &Document, annotation: &str) -> usize {
    doc.threads
        .iter()
        .filter(|t| t.annotation.as_deref() == Some(annotation))
        .count()
}

/// What the core finds wrong with a message's text, said in the interface's words (its other
/// checks, on ids, authors and times, are the app's to get right).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TextProblem {
    Blank,
    /// Longer than a message may be: its length in characters.
    TooLong(usize),
}

/// The problem with a message's text (as the core counts it, trimmed), if any.
pub fn text_problem(text: &str) -> Option<TextProblem> {
    let text = text.trim();
    let n = text.chars().count();
    if text.is_empty() {
        Some(TextProblem::Blank)
    } else if n > MAX_MESSAGE_CHARS {
        Some(TextProblem::TooLong(n))
    } else {
        None
    }
}

fn message_view(m: &Message) -> MessageView {
    let when = match (m.time.get(..10), m.time.get(11..16)) {
        (Some(day), Some(minute)) if m.time.ends_with('Z') || m.time.ends_with('z') => {
            t!("state-message-time-utc", day = day, time = minute)
        }
        _ => m.time.clone(),
    };
    MessageView {
        author: m.author.clone(),
        when,
        time: m.time.clone(),
        text: m.text.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use close_reader_core::{Annotation, Span};

    #[test]
    fn threads_read_in_text_order_with_their_place_and_a_short_time() {
        let mut d = Document::new("T", "The mayor said the bridge will close.", None);
        d.insert(Annotation::new(
            "a1",
            "claim",
            Span::new(4, 9).unwrap(),
            "t",
        ))
        .unwrap();
        let m = |text: &str| Message {
            id: "teacher-m1".into(),
            author: "Ms Haddad".into(),
            time: "2026-12-07T09:05:33Z".into(),
            text: text.into(),
        };
        let missed = Thread::start(&[], Span::new(15, 36).unwrap(), None, m("Missed"));
        let mut on_span = Thread::start(
            std::slice::from_ref(&missed),
            Span::new(4, 9).unwrap(),
            Some("a1"),
            m("Who?"),
        );
        on_span.messages[0].time = "2026-12-07T10:00:00+01:00".into();
        let v = thread_views(&d, &[missed, on_span], Reader::Student);
        assert_eq!(v[0].quote, "mayor");
        assert_eq!(v[0].place, "On your span");
        assert_eq!(v[0].on.as_deref(), Some("a1"), "beside the span it is on");
        assert_eq!(v[1].on, None, "a missed span has no entry to sit beside");
        assert_eq!(
            v[0].messages[0].when, "2026-12-07T10:00:00+01:00",
            "an offset time as written"
        );
        assert_eq!(v[1].place, "On a span of the key you missed");
        assert_eq!(v[1].messages[0].when, "2026-12-07 09:05 UTC");
        let t = thread_views(&d, &[], Reader::Teacher { student: "Ana" });
        assert!(t.is_empty());
    }
}
