//! The classroom loop's parts of a document: the assignment a teacher sends (what to do, and how
//! the app behaves for the student), and the key a feedback file carries so that a student's file
//! opens showing their spans against the teacher's.

use crate::model::names::group_digits;
use crate::model::{Document, Rubric, Span};

/// Longest instructions, in code points: a page, room for a task and a short rubric. The
/// instructions travel inside an assignment link, whose length is limited
/// (`formats::assignment_link::MAX_LINK_CHARS`).
pub const MAX_INSTRUCTIONS_CHARS: usize = 2_000;

/// What a teacher asks of the students, carried by the assignment file or link.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Assignment {
    /// Shown to the student above the article; plain text, at most [`MAX_INSTRUCTIONS_CHARS`].
    pub instructions: String,
    /// The app offers no suggestions while the student works (they would give the answers away).
    pub hide_suggestions: bool,
    /// The app asks for the student's name before their file is saved, so collected files are
    /// named.
    pub require_name: bool,
    /// How the work will be graded, shown to the student with the instructions.
    pub rubric: Option<Rubric>,
}

impl Assignment {
    /// Why this assignment cannot be kept as it is, as a phrase that completes "the assignment has
    /// a problem: …".
    /// The rubric's own problems come after the instructions', as "in its rubric, …"; its labels
    /// are checked against the document when a file is read.
    pub fn problem(&self) -> Option<String> {
        let n = self.instructions.chars().count();
        if n > MAX_INSTRUCTIONS_CHARS {
            return Some(format!(
                "its instructions are {} characters long; at most {} are allowed",
                group_digits(n),
                group_digits(MAX_INSTRUCTIONS_CHARS)
            ));
        }
        let rubric = self.rubric.as_ref()?;
        rubric.problem().map(|p| format!("in its rubric, {p}"))
    }
}

/// The key's spans carried in a feedback file, so that the student's file opens showing their
/// spans against it.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedbackKey {
    /// Whose key it is, as the teacher wants it shown ("Ms Haddad", "Answer key").
    pub key_name: String,
    /// In the key's order: text order when made by [`FeedbackKey::of`]; a file's order when read.
    pub spans: Vec<KeySpan>,
}

/// One span of the key: a label on a stretch of the same text, with the teacher's note.
#[derive(Clone, Debug, PartialEq)]
pub struct KeySpan {
    pub label: String,
    pub span: Span,
    pub note: String,
}

impl FeedbackKey {
    /// The key document's annotations as key spans, in text order.
    pub fn of(key: &Document, key_name: &str) -> FeedbackKey {
        FeedbackKey {
            key_name: key_name.to_string(),
            spans: key
                .annotations()
                .iter()
                .map(|a| KeySpan {
                    label: a.label.clone(),
                    span: a.span,
                    note: a.note.clone(),
                })
                .collect(),
        }
    }
}

/// The student's document carrying the key's spans: what their feedback file holds. The key's
/// labels that the student's document lacks are appended, so every key span has its label; the
/// article's structure is the student's, or the key's when the student's file has none.
/// Refused when the two texts differ, since the key's offsets would point at other words: match
/// the student's file to the article first (`formats::collect::fit`).
pub fn with_feedback(
    student: &Document,
    key: &Document,
    key_name: &str,
) -> Result<Document, String> {
    if student.text != key.text {
        return Err(format!(
            "The file of {} is about another text than the key, so the key cannot be shown on it. Match it to the article first.",
            student.annotator.as_deref().unwrap_or("this student")
        ));
    }
    let mut out = student.clone();
    for l in &key.labels {
        if out.label(&l.id).is_none() {
            out.labels.push(l.clone());
        }
    }
    out.feedback = Some(FeedbackKey::of(key, key_name));
    if out.shape.is_empty() {
        out.shape = key.shape.clone();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Label};

    fn mark(d: &mut Document, id: &str, label: &str, needle: &str) {
        let text = d.text.as_str();
        let start = text[..text.find(needle).unwrap()].chars().count();
        let span = Span::new(start, start + needle.chars().count()).unwrap();
        d.insert(Annotation::new(id, label, span, "t")).unwrap();
    }

    #[test]
    fn instructions_longer_than_the_limit_are_a_problem_counted_in_code_points() {
        let at_limit = Assignment {
            instructions: "😀".repeat(MAX_INSTRUCTIONS_CHARS),
            ..Default::default()
        };
        assert_eq!(at_limit.problem(), None);
        let over = Assignment {
            instructions: "x".repeat(2_345),
            ..Default::default()
        };
        assert_eq!(
            over.problem().as_deref(),
            Some("its instructions are 2,345 characters long; at most 2,000 are allowed")
        );
    }

    #[test]
    fn a_broken_rubric_is_the_assignments_problem() {
        let mut a = Assignment {
            rubric: Some(Rubric {
                criteria: vec![],
                scale: crate::model::Scale::Points,
            }),
            ..Default::default()
        };
        assert_eq!(
            a.problem().as_deref(),
            Some("in its rubric, it has no criteria")
        );
        a.instructions = "x".repeat(2_001);
        assert!(a
            .problem()
            .unwrap()
            .starts_with("its instructions are 2,001"));
    }

    #[test]
    fn feedback_carries_the_keys_spans_and_labels_onto_the_students_document() {
        let text = "The minister said the plan worked.";
        let mut key = Document::new("Key", text, None);
        key.labels
            .push(Label::new("quote", "Quotation", "#123456", ""));
        mark(&mut key, "a1", "claim", "the plan worked");
        mark(&mut key, "a2", "quote", "said");
        let mut noted = key.annotation("a1").unwrap().clone();
        noted.note = "The whole clause.".into();
        key.replace(noted).unwrap();
        let mut student = Document::new("Mine", text, None);
        mark(&mut student, "a1", "claim", "plan worked");
        student.annotator = Some("Rana".into());

        let fb = with_feedback(&student, &key, "Answer key").unwrap();
        assert_eq!(fb.annotations(), student.annotations());
        assert!(fb.label("quote").is_some(), "the key's own label is added");
        let key_spans = &fb.feedback.as_ref().unwrap().spans;
        assert_eq!(key_spans.len(), 2);
        assert_eq!(
            key_spans[0].label, "quote",
            "in text order: said, then the plan worked"
        );
        assert_eq!(fb.text.slice(key_spans[1].span), "the plan worked");
        assert_eq!(key_spans[1].note, "The whole clause.");
        assert_eq!(fb.feedback.as_ref().unwrap().key_name, "Answer key");
        assert_ne!(
            fb, student,
            "feedback is part of what two documents compare"
        );
    }

    #[test]
    fn feedback_on_another_text_is_refused() {
        let key = Document::new("Key", "The minister said the plan worked.", None);
        let mut student = Document::new("Mine", "The minister said the plan failed.", None);
        student.annotator = Some("Rana".into());
        let err = with_feedback(&student, &key, "Key").unwrap_err();
        assert!(
            err.starts_with("The file of Rana is about another text"),
            "{err}"
        );
    }
}
