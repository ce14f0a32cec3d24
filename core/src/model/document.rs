//! A document: the article text, its labels, its annotations (kept in text order) and the links
//! between annotations (kept so that every link's ends exist).

use std::collections::{HashMap, HashSet};

use crate::model::link::{Link, LinkError, LinkKind};
use crate::model::shape::Shape;
use crate::model::{
    default_labels, Annotation, Assignment, FeedbackKey, Label, Span, Text, Thread,
};

/// Code points of context stored before and after each quote.
pub const CONTEXT_LEN: usize = 32;

#[derive(Clone, Debug)]
pub struct Document {
    pub title: String,
    pub text: Text,
    pub source_url: Option<String>,
    pub labels: Vec<Label>,
    pub annotator: Option<String>,
    /// Set when the document is (or was opened from) a teacher's assignment.
    pub assignment: Option<Assignment>,
    /// Set in a feedback file: the key's spans, shown against this document's annotations.
    pub feedback: Option<FeedbackKey>,
    /// The article's headings, lists, quotes and emphasis, beside the text (empty for a plain
    /// text). Build it with [`crate::model::shape::Shape::new`] against this document's text.
    pub shape: Shape,
    /// Conversations on spans: a teacher's comments and the replies (`model/thread.rs`).
    pub threads: Vec<Thread>,
    /// Always sorted by [`Annotation::order_key`]; use the methods below to change it.
    annotations: Vec<Annotation>,
    /// Each annotation's span by id: finds an annotation by binary search on its order key, so
    /// lookups, duplicate checks and removals stay fast with thousands of annotations.
    spans: HashMap<String, Span>,
    /// The largest `N` of the ids `aN` ever inserted: new ids count on from it.
    last_number: u64,
    /// Always sorted by [`Link::order_key`]; every local end is an annotation of the document.
    links: Vec<Link>,
    /// Each link's id by what it says ([`link_key`]), so that loading thousands of links checks
    /// for repeats in linear time.
    link_keys: HashMap<LinkKey, String>,
    /// The ids of the links, for the same reason.
    link_ids: HashSet<String>,
    /// The largest `N` of the link ids `lN` ever inserted.
    last_link_number: u64,
}

/// Equal when everything a user can see is equal (the index follows from the annotations).
impl PartialEq for Document {
    fn eq(&self, other: &Self) -> bool {
        self.title == other.title
            && self.text == other.text
            && self.source_url == other.source_url
            && self.labels == other.labels
            && self.annotator == other.annotator
            && self.assignment == other.assignment
            && self.feedback == other.feedback
            && self.shape == other.shape
            && self.threads == other.threads
            && self.annotations == other.annotations
            && self.links == other.links
    }
}

/// What a link says, the same for two links that [`Link::same_as`] each other: the kind, the two
/// ends (in a fixed order for a symmetric kind within the document), and the other document.
type LinkKey = (LinkKind, String, String, Option<String>);

fn link_key(l: &Link) -> LinkKey {
    let other = l.other.as_ref().map(|o| o.sha256.to_ascii_lowercase());
    let (a, b) = if l.kind.is_symmetric() && other.is_none() && l.to < l.from {
        (l.to.clone(), l.from.clone())
    } else {
        (l.from.clone(), l.to.clone())
    };
    (l.kind, a, b, other)
}

/// Why an annotation cannot be added to a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnnotationError {
    OutOfText { id: String, span: Span, len: usize },
    Empty { id: String },
    UnknownLabel { id: String, label: String },
    DuplicateId { id: String },
}

impl std::fmt::Display for AnnotationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnnotationError::OutOfText { id, span, len } => write!(
                f,
                "annotation \"{id}\" has offsets {span}, outside the text (which has {len} characters)"
            ),
            AnnotationError::Empty { id } => write!(f, "annotation \"{id}\" covers no text"),
            AnnotationError::UnknownLabel { id, label } => {
                write!(f, "annotation \"{id}\" uses the label \"{label}\", which the file does not define")
            }
            AnnotationError::DuplicateId { id } => write!(f, "two annotations share the id \"{id}\""),
        }
    }
}

impl Document {
    pub fn new(title: &str, text: &str, source_url: Option<String>) -> Document {
        Document {
            title: title.to_string(),
            text: Text::new(text),
            source_url,
            labels: default_labels(),
            annotator: None,
            assignment: None,
            feedback: None,
            shape: Shape::default(),
            threads: Vec::new(),
            annotations: Vec::new(),
            spans: HashMap::new(),
            last_number: 0,
            links: Vec::new(),
            link_keys: HashMap::new(),
            link_ids: HashSet::new(),
            last_link_number: 0,
        }
    }

    /// Annotations in text order.
    pub fn annotations(&self) -> &[Annotation] {
        &self.annotations
    }

    pub fn annotation(&self, id: &str) -> Option<&Annotation> {
        self.position(id).map(|i| &self.annotations[i])
    }

    /// Where the annotation with this id sits in [`Document::annotations`].
    pub fn position(&self, id: &str) -> Option<usize> {
        let span = *self.spans.get(id)?;
        let key = (span.start(), std::cmp::Reverse(span.end()), id);
        let at = self.annotations.partition_point(|a| a.order_key() < key);
        (self.annotations.get(at)?.id == id).then_some(at)
    }

    pub fn label(&self, id: &str) -> Option<&Label> {
        self.labels.iter().find(|l| l.id == id)
    }

    /// Checks that `a` could be inserted: inside the text, non-empty, known label, fresh id.
    pub fn check(&self, a: &Annotation) -> Result<(), AnnotationError> {
        if a.span.end() > self.text.len() {
            return Err(AnnotationError::OutOfText {
                id: a.id.clone(),
                span: a.span,
                len: self.text.len(),
            });
        }
        if a.span.is_empty() {
            return Err(AnnotationError::Empty { id: a.id.clone() });
        }
        if self.label(&a.label).is_none() {
            return Err(AnnotationError::UnknownLabel {
                id: a.id.clone(),
                label: a.label.clone(),
            });
        }
        if self.spans.contains_key(&a.id) {
            return Err(AnnotationError::DuplicateId { id: a.id.clone() });
        }
        Ok(())
    }

    /// Makes room for `n` more annotations (a file about to load them): no reallocation of the
    /// whole list midway.
    pub fn reserve(&mut self, n: usize) {
        self.annotations.reserve(n);
        self.spans.reserve(n);
    }

    /// Inserts an annotation in text order.
    pub fn insert(&mut self, a: Annotation) -> Result<(), AnnotationError> {
        self.check(&a)?;
        let at = self
            .annotations
            .partition_point(|x| x.order_key() < a.order_key());
        self.spans.insert(a.id.clone(), a.span);
        if let Some(n) = a.id.strip_prefix('a').and_then(|n| n.parse::<u64>().ok()) {
            self.last_number = self.last_number.max(n);
        }
        self.annotations.insert(at, a);
        Ok(())
    }

    /// Removes and returns the annotation with this id, and drops the links that join it (so no link
    /// is left pointing at nothing). To remove it undoably, links included, use
    /// [`crate::model::Edit::remove_annotation`].
    pub fn remove(&mut self, id: &str) -> Option<Annotation> {
        let a = self.take(id)?;
        let (keys, ids) = (&mut self.link_keys, &mut self.link_ids);
        self.links.retain(|l| {
            let keep = !l.touches(id);
            if !keep {
                keys.remove(&link_key(l));
                ids.remove(&l.id);
            }
            keep
        });
        Some(a)
    }

    /// Removes the annotation and nothing else (its links stay, for a replace that puts it back).
    fn take(&mut self, id: &str) -> Option<Annotation> {
        let at = self.position(id)?;
        self.spans.remove(id);
        Some(self.annotations.remove(at))
    }

    /// Replaces the annotation that has `a.id` (its span may change); returns the old one. Its links
    /// stay.
    pub fn replace(&mut self, a: Annotation) -> Option<Annotation> {
        let old = self.take(&a.id)?;
        match self.insert(a) {
            Ok(()) => Some(old),
            Err(_) => {
                self.insert(old).expect("it was there before");
                None
            }
        }
    }

    /// Links, ordered by id (`l1`, `l2`, … `l10`).
    pub fn links(&self) -> &[Link] {
        &self.links
    }

    pub fn link(&self, id: &str) -> Option<&Link> {
        self.links.iter().find(|l| l.id == id)
    }

    /// Checks that `l` could be inserted: a fresh non-empty id, both ends exist (the far end is not
    /// checked when it is in another document), not from an annotation to itself, and not the same
    /// as an existing link. Labels are not checked: custom label sets may link anything.
    pub fn check_link(&self, l: &Link) -> Result<(), LinkError> {
        if l.id.trim().is_empty() {
            return Err(LinkError::EmptyId);
        }
        if self.link_ids.contains(&l.id) {
            return Err(LinkError::DuplicateId { id: l.id.clone() });
        }
        let missing = |end: &'static str, annotation: &str| LinkError::MissingEnd {
            id: l.id.clone(),
            end,
            annotation: annotation.to_string(),
        };
        if !self.spans.contains_key(&l.from) {
            return Err(missing("from", &l.from));
        }
        if l.other.is_none() {
            if !self.spans.contains_key(&l.to) {
                return Err(missing("to", &l.to));
            }
            if l.from == l.to {
                return Err(LinkError::SelfLink {
                    id: l.id.clone(),
                    annotation: l.from.clone(),
                });
            }
        }
        if let Some(existing) = self.link_keys.get(&link_key(l)) {
            return Err(LinkError::Duplicate {
                id: l.id.clone(),
                existing: existing.clone(),
            });
        }
        Ok(())
    }

    /// Inserts a link in id order.
    pub fn insert_link(&mut self, l: Link) -> Result<(), LinkError> {
        self.check_link(&l)?;
        if let Some(n) = l.id.strip_prefix('l').and_then(|n| n.parse::<u64>().ok()) {
            self.last_link_number = self.last_link_number.max(n);
        }
        let at = self
            .links
            .partition_point(|m| m.order_key() < l.order_key());
        self.link_keys.insert(link_key(&l), l.id.clone());
        self.link_ids.insert(l.id.clone());
        self.links.insert(at, l);
        Ok(())
    }

    /// Removes and returns the link with this id.
    pub fn remove_link(&mut self, id: &str) -> Option<Link> {
        if !self.link_ids.remove(id) {
            return None;
        }
        let at = self.links.iter().position(|l| l.id == id)?;
        let l = self.links.remove(at);
        self.link_keys.remove(&link_key(&l));
        Some(l)
    }

    /// A fresh link id: `l` and one more than the largest number used so far (never reused).
    pub fn next_link_id(&self) -> String {
        format!("l{}", self.last_link_number + 1)
    }

    /// Links that start at this annotation.
    pub fn links_from<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Link> + 'a {
        self.links.iter().filter(move |l| l.from == id)
    }

    /// Links of this document that end at this annotation.
    pub fn links_to<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Link> + 'a {
        self.links
            .iter()
            .filter(move |l| l.other.is_none() && l.to == id)
    }

    /// Every link that joins this annotation, at either end (what removing it takes away).
    pub fn links_of<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Link> + 'a {
        self.links.iter().filter(move |l| l.touches(id))
    }

    /// The sources a claim is supported by (`claim --supported-by--> source`), in text order.
    pub fn sources_of(&self, claim: &str) -> Vec<&Annotation> {
        self.local_ends(
            |l| l.kind == LinkKind::SupportedBy && l.from == claim,
            |l| &l.to,
        )
    }

    /// The hedges on a claim (`hedge --hedges--> claim`), in text order.
    pub fn hedges_on(&self, claim: &str) -> Vec<&Annotation> {
        self.local_ends(|l| l.kind == LinkKind::Hedges && l.to == claim, |l| &l.from)
    }

    /// The claims a source supports, in text order.
    pub fn claims_supported_by(&self, source: &str) -> Vec<&Annotation> {
        self.local_ends(
            |l| l.kind == LinkKind::SupportedBy && l.to == source,
            |l| &l.from,
        )
    }

    /// Annotations of this document at one end of some links, each once, in text order.
    fn local_ends(
        &self,
        wanted: impl Fn(&Link) -> bool,
        end: impl Fn(&Link) -> &String,
    ) -> Vec<&Annotation> {
        let mut out: Vec<&Annotation> = self
            .links
            .iter()
            .filter(|l| l.other.is_none() && wanted(l))
            .filter_map(|l| self.annotation(end(l)))
            .collect();
        crate::model::order::sort_by(&mut out, |a, b| a.order_key().cmp(&b.order_key()));
        out.dedup_by(|a, b| a.id == b.id);
        out
    }

    /// The exact text an annotation covers.
    pub fn quote(&self, a: &Annotation) -> &str {
        self.text.slice(a.span)
    }

    /// Up to [`CONTEXT_LEN`] code points before and after an annotation.
    pub fn context(&self, a: &Annotation) -> (&str, &str) {
        (
            self.text.before(a.span.start(), CONTEXT_LEN),
            self.text.after(a.span.end(), CONTEXT_LEN),
        )
    }

    /// A fresh annotation id: `a` followed by one more than the largest number used so far (also by
    /// annotations since removed, so an id never comes back with another meaning).
    pub fn next_annotation_id(&self) -> String {
        format!("a{}", self.last_number + 1)
    }

    /// How many annotations carry each label, in label order.
    pub fn counts(&self) -> Vec<(Label, usize)> {
        // One pass over the annotations (a book has a hundred thousand of them).
        let mut n = vec![0; self.labels.len()];
        for a in &self.annotations {
            if let Some(i) = self.labels.iter().position(|l| l.id == a.label) {
                n[i] += 1;
            }
        }
        self.labels.iter().cloned().zip(n).collect()
    }

    /// Words in the text (runs of non-whitespace), for summaries.
    pub fn word_count(&self) -> usize {
        self.text.words()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ann(id: &str, s: usize, e: usize) -> Annotation {
        Annotation::new(id, "claim", Span::new(s, e).unwrap(), "t")
    }

    #[test]
    fn keeps_text_order_with_longer_spans_first() {
        let mut d = Document::new("T", "0123456789", None);
        d.insert(ann("a1", 5, 6)).unwrap();
        d.insert(ann("a2", 2, 4)).unwrap();
        d.insert(ann("a3", 2, 9)).unwrap();
        let ids: Vec<_> = d.annotations().iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a3", "a2", "a1"]);
        assert_eq!(d.next_annotation_id(), "a4");
    }

    #[test]
    fn refuses_bad_annotations_with_a_reason() {
        let mut d = Document::new("T", "héllo", None);
        let err = d.insert(ann("x", 2, 9)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "annotation \"x\" has offsets [2, 9), outside the text (which has 5 characters)"
        );
        d.insert(ann("x", 0, 1)).unwrap();
        assert_eq!(
            d.insert(ann("x", 1, 2)),
            Err(AnnotationError::DuplicateId { id: "x".into() })
        );
        assert!(matches!(
            d.insert(ann("y", 1, 1)),
            Err(AnnotationError::Empty { .. })
        ));
    }

    #[test]
    fn quote_and_context_count_code_points() {
        let mut d = Document::new("T", "€1 😀 claim here", None);
        d.insert(ann("a1", 5, 10)).unwrap();
        let a = &d.annotations()[0];
        assert_eq!(d.quote(a), "claim");
        assert_eq!(d.context(a), ("€1 😀 ", " here"));
    }
}
