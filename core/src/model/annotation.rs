//! One marked span: its label, its note, and when it was made and last changed.

use crate::model::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotation {
    pub id: String,
    pub label: String,
    pub span: Span,
    pub note: String,
    /// RFC 3339 timestamps, supplied by the caller (the core has no clock).
    pub created: String,
    pub modified: String,
}

impl Annotation {
    /// A new annotation with an empty note, created and modified at `now`.
    pub fn new(id: &str, label: &str, span: Span, now: &str) -> Annotation {
        Annotation {
            id: id.to_string(),
            label: label.to_string(),
            span,
            note: String::new(),
            created: now.to_string(),
            modified: now.to_string(),
        }
    }

    /// Text order: by start, longer spans first, then by id so the order is total.
    pub fn order_key(&self) -> (usize, std::cmp::Reverse<usize>, &str) {
        (
            self.span.start(),
            std::cmp::Reverse(self.span.end()),
            &self.id,
        )
    }
}
