//! The input every measure reads: one annotator's spans, each with its label.

use crate::model::{order, Document, Span};

/// One annotator's span with its label, in code points, half-open.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LabelledSpan {
    pub label: String,
    pub start: usize,
    pub end: usize,
}

impl LabelledSpan {
    pub fn new(label: &str, start: usize, end: usize) -> LabelledSpan {
        LabelledSpan {
            label: label.to_string(),
            start,
            end,
        }
    }

    /// The range as a model span; `None` when it is reversed.
    pub fn span(&self) -> Option<Span> {
        Span::new(self.start, self.end)
    }

    pub(super) fn of(label: &str, span: Span) -> LabelledSpan {
        LabelledSpan::new(label, span.start(), span.end())
    }
}

/// A document's annotations as labelled spans, sorted (by label, then start, then end), each
/// distinct span once: two annotations with the same label and offsets are one marking.
pub fn spans_of(doc: &Document) -> Vec<LabelledSpan> {
    let mut out: Vec<LabelledSpan> = doc
        .annotations()
        .iter()
        .map(|a| LabelledSpan::of(&a.label, a.span))
        .collect();
    order::sort(&mut out);
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Annotation;

    #[test]
    fn a_document_gives_its_spans_sorted_by_label_once_each() {
        let mut d = Document::new("T", "The dam burst at dawn, officials said.", None);
        for (id, label, s, e) in [
            ("a1", "source", 23, 32),
            ("a2", "claim", 0, 21),
            ("a3", "claim", 0, 21),
            ("a4", "claim", 4, 13),
        ] {
            d.insert(Annotation::new(id, label, Span::new(s, e).unwrap(), "t"))
                .unwrap();
        }
        assert_eq!(
            spans_of(&d),
            [
                LabelledSpan::new("claim", 0, 21),
                LabelledSpan::new("claim", 4, 13),
                LabelledSpan::new("source", 23, 32),
            ]
        );
    }
}
