//! The classroom sections of the native file, new in version 3: the `assignment` a teacher sends
//! (with its optional `rubric`, in `native_rubric.rs`), and the `feedback` key that a feedback
//! file carries. Their serialisable forms, the checks that refuse a broken section with a message
//! naming it, and how they are written.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::formats::native::LoadError;
use crate::formats::native_rubric::{self, RubricV3};
use crate::formats::native_threads;
use crate::model::names::ellipsize;
use crate::model::{Assignment, Document, FeedbackKey, KeySpan, Span};

// `expecting` words serde's "invalid type" messages for the user instead of naming these types.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(expecting = "an object with \"instructions\", \"hide_suggestions\" and \"require_name\"")]
pub(crate) struct AssignmentV3 {
    pub instructions: String,
    pub hide_suggestions: bool,
    pub require_name: bool,
    /// Absent in every file written before rubrics, and in any assignment without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric: Option<RubricV3>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(expecting = "an object with \"key\" and \"spans\"")]
pub(crate) struct FeedbackV3 {
    pub key: KeyV3,
    pub spans: Vec<KeySpanV3>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(expecting = "an object with \"name\"")]
pub(crate) struct KeyV3 {
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(expecting = "an object with \"label\", \"start\", \"end\", \"quote\" and \"note\"")]
pub(crate) struct KeySpanV3 {
    pub label: String,
    pub start: u64,
    pub end: u64,
    pub quote: String,
    pub note: String,
}

/// Reads each section on its own before the whole file is read, so that a section of the wrong
/// shape gets a message naming it (and, in the feedback, the key span) rather than a place in the
/// file. `null` means the section is absent.
pub(crate) fn check_shapes(file: &Value) -> Result<(), LoadError> {
    if let Some(a) = file.get("assignment").filter(|v| !v.is_null()) {
        if let Some(detail) = native_rubric::shape_problem(a) {
            return Err(LoadError::BadAssignment { detail });
        }
        AssignmentV3::deserialize(a).map_err(|e| LoadError::BadAssignment {
            detail: e.to_string(),
        })?;
    }
    if let Some(f) = file.get("feedback").filter(|v| !v.is_null()) {
        FeedbackV3::deserialize(f).map_err(|e| {
            let broken_span = f.get("spans").and_then(Value::as_array).and_then(|spans| {
                spans
                    .iter()
                    .enumerate()
                    .find_map(|(i, s)| KeySpanV3::deserialize(s).err().map(|e| (i + 1, e)))
            });
            match broken_span {
                Some((index, e)) => LoadError::BadKeySpan {
                    index,
                    detail: format!("cannot be read: {e}"),
                },
                None => LoadError::BadFeedback {
                    detail: e.to_string(),
                },
            }
        })?;
    }
    native_threads::check_shape(file)
}

/// The assignment, unless its instructions are too long or its rubric cannot be used (a problem
/// of its own, a link kind Close Reader does not know, a label the document does not define).
pub(crate) fn assignment_of(doc: &Document, a: AssignmentV3) -> Result<Assignment, LoadError> {
    let bad = |detail: String| LoadError::BadAssignment { detail };
    let rubric = a
        .rubric
        .map(native_rubric::rubric_of)
        .transpose()
        .map_err(bad)?;
    let assignment = Assignment {
        instructions: a.instructions,
        hide_suggestions: a.hide_suggestions,
        require_name: a.require_name,
        rubric,
    };
    if let Some(detail) = assignment.problem() {
        return Err(bad(detail));
    }
    let label_problem = assignment
        .rubric
        .as_ref()
        .and_then(|r| r.label_problem(&doc.labels));
    match label_problem {
        Some(p) => Err(bad(format!("in its rubric, {p}"))),
        None => Ok(assignment),
    }
}

/// The feedback key, each span checked against the document's text and labels as an annotation
/// is: inside the text, not empty, quoting the text at its offsets, on a label the file defines.
/// Spans keep the file's order.
pub(crate) fn feedback_of(doc: &Document, f: FeedbackV3) -> Result<FeedbackKey, LoadError> {
    let mut spans = Vec::with_capacity(f.spans.len());
    for (i, s) in f.spans.into_iter().enumerate() {
        let bad = |detail: String| LoadError::BadKeySpan {
            index: i + 1,
            detail,
        };
        if s.start > s.end {
            return Err(bad(format!(
                "ends before it starts (start {}, end {})",
                s.start, s.end
            )));
        }
        let len = doc.text.len();
        if s.end > len as u64 {
            return Err(bad(format!(
                "has offsets [{}, {}), outside the text (which has {len} characters)",
                s.start, s.end
            )));
        }
        let span = Span::new(s.start as usize, s.end as usize).expect("start <= end");
        if span.is_empty() {
            return Err(bad("covers no text".into()));
        }
        let found = doc.text.slice(span);
        if found != s.quote {
            return Err(bad(format!(
                "quotes \"{}\", but the text at its offsets reads \"{}\"",
                ellipsize(&s.quote, 80),
                ellipsize(found, 80)
            )));
        }
        if doc.label(&s.label).is_none() {
            return Err(bad(format!(
                "uses the label \"{}\", which the file does not define",
                s.label
            )));
        }
        spans.push(KeySpan {
            label: s.label,
            span,
            note: s.note,
        });
    }
    Ok(FeedbackKey {
        key_name: f.key.name,
        spans,
    })
}

pub(crate) fn write_assignment(a: &Assignment) -> AssignmentV3 {
    AssignmentV3 {
        instructions: a.instructions.clone(),
        hide_suggestions: a.hide_suggestions,
        require_name: a.require_name,
        rubric: a.rubric.as_ref().map(native_rubric::write_rubric),
    }
}

/// The key's spans with their quotes. A span outside the text (which no loaded or fitted document
/// has) is written with an empty quote rather than failing the save; such a file is refused when
/// opened, naming the span.
pub(crate) fn write_feedback(doc: &Document, f: &FeedbackKey) -> FeedbackV3 {
    FeedbackV3 {
        key: KeyV3 {
            name: f.key_name.clone(),
        },
        spans: f
            .spans
            .iter()
            .map(|s| KeySpanV3 {
                label: s.label.clone(),
                start: s.span.start() as u64,
                end: s.span.end() as u64,
                quote: if s.span.end() <= doc.text.len() {
                    doc.text.slice(s.span).to_string()
                } else {
                    String::new()
                },
                note: s.note.clone(),
            })
            .collect(),
    }
}
