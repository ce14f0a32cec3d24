//! A collected file's annotations put onto the article's text when the file's text is slightly
//! different (a corrected typo, other line breaks): each annotation is placed again by its quote and
//! context through [`super::place`], and the links between placed annotations follow.

use std::collections::{HashMap, HashSet};

use super::foreign::{ForeignAnnotation, Position};
use super::place::place;
use crate::model::{Document, Link};

/// `file`'s annotations placed on `article`'s text by quote, prefix and suffix: a document with the
/// article's text (and its structure), title, source URL and labels (with the file's labels that the article lacks
/// appended, so no annotation loses its label), the file's annotator, assignment, notes, times and
/// the links between placed annotations; and each annotation that could not be placed (label,
/// quote), in the file's text order. The feedback is not carried over: its offsets were into the
/// other text.
pub fn reanchor(article: &Document, file: &Document) -> (Document, Vec<(String, String)>) {
    let mut doc = Document::new(&article.title, "", article.source_url.clone());
    doc.text = article.text.clone();
    doc.shape = article.shape.clone();
    doc.labels = article.labels.clone();
    for l in &file.labels {
        if doc.label(&l.id).is_none() {
            doc.labels.push(l.clone());
        }
    }
    doc.annotator = file.annotator.clone();
    doc.assignment = file.assignment.clone();

    let items = file
        .annotations()
        .iter()
        .map(|a| {
            let (prefix, suffix) = file.context(a);
            ForeignAnnotation {
                place: a.id.clone(),
                id: Some(a.id.clone()),
                tags: vec![a.label.clone()],
                note: a.note.clone(),
                quote: Some(file.quote(a).to_string()),
                prefix: prefix.to_string(),
                suffix: suffix.to_string(),
                // Offsets into the file's text: they only settle a tie they name exactly.
                position: Some(Position {
                    start: a.span.start() as u64,
                    end: a.span.end() as u64,
                    trusted: false,
                }),
                created: Some(a.created.clone()),
                modified: Some(a.modified.clone()),
            }
        })
        .collect();
    let report = place(&doc, items, "");

    // The file's id → the placed annotation's id (kept when free, which it is unless odd).
    let mut new_id: HashMap<&str, String> = HashMap::new();
    for p in &report.placed {
        let Some(old) = p.source_id.as_deref().and_then(|id| file.annotation(id)) else {
            continue;
        };
        let mut a = p.annotation.clone();
        a.label = old.label.clone();
        let id = a.id.clone();
        if doc.insert(a).is_ok() {
            new_id.insert(old.id.as_str(), id);
        }
    }
    for l in file.links() {
        let Some(from) = new_id.get(l.from.as_str()) else {
            continue;
        };
        let to = match &l.other {
            Some(_) => l.to.clone(),
            None => match new_id.get(l.to.as_str()) {
                Some(to) => to.clone(),
                None => continue,
            },
        };
        let link = Link {
            id: l.id.clone(),
            from: from.clone(),
            to,
            kind: l.kind,
            other: l.other.clone(),
        };
        // Cannot fail: the file's links were valid among the same annotations.
        let _ = doc.insert_link(link);
    }
    let placed: HashSet<&str> = new_id.keys().copied().collect();
    let unplaced = file
        .annotations()
        .iter()
        .filter(|a| !placed.contains(a.id.as_str()))
        .map(|a| (a.label.clone(), file.quote(a).to_string()))
        .collect();
    (doc, unplaced)
}
