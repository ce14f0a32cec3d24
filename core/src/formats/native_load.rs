//! Building a document from a native file's parts, checking each as it comes: the header (text,
//! labels, annotator), the structure, then the annotations one by one, the links, and the
//! classroom sections. A
//! whole file goes through it in one go ([`super::native::from_json`]); a large one a slice at a time
//! ([`super::native_stream`]); a journal's changes onto a stored copy ([`super::journal`]). So every
//! way in applies the same checks and says the same thing about the same problem.

use crate::formats::native::LoadError;
use crate::formats::native_classroom::{self, AssignmentV3, FeedbackV3};
use crate::formats::native_structure::{shape_of, StructureV4};
use crate::formats::native_threads::{self, ThreadV3};
use crate::formats::native_v1::{AnnotationV1, AnnotatorV1, DocumentV1, LabelV1};
use crate::formats::native_v2::LinkV2;
use crate::model::label::is_hex_color;
use crate::model::{
    document::AnnotationError, text::Indexing, Annotation, Document, Label, Link, LinkKind,
    OtherDocument, Span,
};

pub(crate) struct Loader {
    doc: Document,
    annotations: usize,
    links: usize,
}

impl Loader {
    /// Starts from the document's header. `text_hash` is the SHA-256 of the text as the caller
    /// computed it (at once, or a slice at a time for a long text).
    /// `indexing`: the text's indexing so far (see [`Indexing`]; the rest is done here).
    pub(crate) fn new(
        document: DocumentV1,
        indexing: Indexing,
        labels: Vec<LabelV1>,
        annotator: Option<AnnotatorV1>,
        text_hash: &str,
    ) -> Result<Loader, LoadError> {
        if text_hash != document.sha256.to_ascii_lowercase() {
            return Err(LoadError::TextChanged);
        }
        let labels = labels_of(labels)?;
        let mut doc = Document::new(&document.title, "", document.source_url);
        doc.text = indexing.finish(document.text);
        // Checked against the file's above: the text's hash need not be computed again.
        doc.text.known_sha256(text_hash);
        doc.labels = labels;
        doc.annotator = annotator.map(|a| a.name);
        Ok(Loader {
            doc,
            annotations: 0,
            links: 0,
        })
    }

    /// Continues from a document already loaded (a stored copy a journal's changes apply to).
    pub(crate) fn resume(doc: Document) -> Loader {
        Loader {
            doc,
            annotations: 0,
            links: 0,
        }
    }

    /// The article's structure, checked against its text (none: a plain text).
    pub(crate) fn structure(&mut self, s: Option<StructureV4>) -> Result<(), LoadError> {
        if let Some(s) = s {
            self.doc.shape = shape_of(&self.doc.text, s)?;
        }
        Ok(())
    }

    /// Makes room for the `n` annotations the file has.
    pub(crate) fn expect(&mut self, n: usize) {
        self.doc.reserve(n);
    }

    /// The next annotation of the file (numbered from 1 in messages): its offsets, quote and
    /// context must match the text, its label exist and its id be new.
    pub(crate) fn annotation(&mut self, a: AnnotationV1) -> Result<(), LoadError> {
        self.annotations += 1;
        let index = self.annotations;
        let doc = &mut self.doc;
        if a.start > a.end {
            return Err(LoadError::ReversedOffsets {
                index,
                id: a.id,
                start: a.start,
                end: a.end,
            });
        }
        // Offsets past what this platform can index are simply outside the text.
        let fit = |v: u64| usize::try_from(v).unwrap_or(usize::MAX);
        let span = Span::new(fit(a.start), fit(a.end)).expect("start <= end");
        let ann = Annotation {
            id: a.id,
            label: a.label,
            span,
            note: a.note,
            created: a.created,
            modified: a.modified,
        };
        if let Err(error @ AnnotationError::OutOfText { .. }) = doc.check(&ann) {
            return Err(LoadError::Annotation { index, error });
        }
        let found = doc.text.slice(span);
        if found != a.quote {
            let found = crate::model::names::ellipsize(found, 80);
            let expected = crate::model::names::ellipsize(&a.quote, 80);
            return Err(LoadError::QuoteMismatch {
                index,
                id: ann.id,
                expected,
                found,
            });
        }
        let (before, after) = (
            doc.text.before(span.start(), usize::MAX / 2),
            doc.text.after(span.end(), usize::MAX / 2),
        );
        if !before.ends_with(&a.prefix) {
            return Err(LoadError::ContextMismatch {
                index,
                id: ann.id,
                which: "prefix",
            });
        }
        if !after.starts_with(&a.suffix) {
            return Err(LoadError::ContextMismatch {
                index,
                id: ann.id,
                which: "suffix",
            });
        }
        doc.insert(ann)
            .map_err(|error| LoadError::Annotation { index, error })
    }

    /// The next link of the file: its kind known and both of its local ends annotations.
    pub(crate) fn link(&mut self, l: LinkV2) -> Result<(), LoadError> {
        self.links += 1;
        let index = self.links;
        let link = into_link(index, l)?;
        self.doc
            .insert_link(link)
            .map_err(|error| LoadError::Link { index, error })
    }

    /// The classroom sections, which refer to the text and labels, and the finished document.
    pub(crate) fn finish(
        mut self,
        assignment: Option<AssignmentV3>,
        feedback: Option<FeedbackV3>,
        threads: Option<Vec<ThreadV3>>,
    ) -> Result<Document, LoadError> {
        if let Some(a) = assignment {
            self.doc.assignment = Some(native_classroom::assignment_of(&self.doc, a)?);
        }
        if let Some(f) = feedback {
            self.doc.feedback = Some(native_classroom::feedback_of(&self.doc, f)?);
        }
        if let Some(t) = threads {
            self.doc.threads = native_threads::threads_of(&self.doc, t)?;
        }
        Ok(self.doc)
    }
}

fn into_link(index: usize, l: LinkV2) -> Result<Link, LoadError> {
    let bad = |detail: String| LoadError::BadLink {
        index,
        id: l.id.clone(),
        detail,
    };
    let kind = LinkKind::parse(&l.kind).ok_or_else(|| {
        let known: Vec<&str> = LinkKind::ALL.iter().map(|k| k.as_str()).collect();
        bad(format!(
            "has the kind \"{}\", which Close Reader does not know (it knows {})",
            l.kind,
            known.join(", ")
        ))
    })?;
    let other = match l.to_document {
        None => None,
        Some(o) => {
            let hex = o.sha256.len() == 64 && o.sha256.chars().all(|c| c.is_ascii_hexdigit());
            if !hex {
                return Err(bad(format!(
                    "names its other document by the sha256 \"{}\", which is not 64 hexadecimal digits",
                    crate::model::names::ellipsize(&o.sha256, 80)
                )));
            }
            Some(OtherDocument {
                sha256: o.sha256.to_ascii_lowercase(),
                title: o.title,
                quote: o.quote,
            })
        }
    };
    Ok(Link {
        id: l.id,
        from: l.from,
        to: l.to,
        kind,
        other,
    })
}

/// The file's labels as the model's, once they are checked.
pub(crate) fn labels_of(labels: Vec<LabelV1>) -> Result<Vec<Label>, LoadError> {
    let labels: Vec<Label> = labels.into_iter().map(LabelV1::into_label).collect();
    check_labels(&labels)?;
    Ok(labels)
}

fn check_labels(labels: &[Label]) -> Result<(), LoadError> {
    let bad = |detail: String| Err(LoadError::BadLabels { detail });
    for (i, l) in labels.iter().enumerate() {
        if l.id.trim().is_empty() {
            return bad(format!("label {} has an empty id", i + 1));
        }
        if labels[..i].iter().any(|m| m.id == l.id) {
            return bad(format!("two labels share the id \"{}\"", l.id));
        }
        if !is_hex_color(&l.color) {
            return bad(format!(
                "label \"{}\" has the colour \"{}\", which is not a #rrggbb colour",
                l.id, l.color
            ));
        }
        if l.key.chars().count() > 1 {
            return bad(format!(
                "label \"{}\" has the key \"{}\"; a key is one character",
                l.id, l.key
            ));
        }
    }
    Ok(())
}
