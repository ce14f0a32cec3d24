//! Edits to a document's annotations, each reversible, and the undo/redo history that records them.

use crate::model::{document::AnnotationError, Annotation, Document, Span};

/// One reversible change. Label and note changes are a `Replace` of the whole annotation, so undo
/// restores the old `modified` time too.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Add(Annotation),
    Remove(Annotation),
    Replace {
        before: Annotation,
        after: Annotation,
    },
}

impl Edit {
    fn inverse(&self) -> Edit {
        match self {
            Edit::Add(a) => Edit::Remove(a.clone()),
            Edit::Remove(a) => Edit::Add(a.clone()),
            Edit::Replace { before, after } => Edit::Replace {
                before: after.clone(),
                after: before.clone(),
            },
        }
    }

    /// The text the edit touches (both spans, for a replace that moves).
    pub fn spans(&self) -> Vec<Span> {
        match self {
            Edit::Add(a) | Edit::Remove(a) => vec![a.span],
            Edit::Replace { before, after } => vec![before.span, after.span],
        }
    }

    fn apply(&self, doc: &mut Document) -> Result<(), EditError> {
        match self {
            Edit::Add(a) => doc.insert(a.clone()).map_err(EditError::Invalid),
            Edit::Remove(a) => match doc.annotation(&a.id) {
                Some(current) if current == a => {
                    doc.remove(&a.id);
                    Ok(())
                }
                _ => Err(EditError::Stale(a.id.clone())),
            },
            Edit::Replace { before, after } => {
                if before.id != after.id || doc.annotation(&before.id) != Some(before) {
                    return Err(EditError::Stale(before.id.clone()));
                }
                doc.replace(after.clone())
                    .map(|_| ())
                    .ok_or(EditError::Stale(before.id.clone()))
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    Invalid(AnnotationError),
    /// The annotation is not as the edit expects (already changed or gone).
    Stale(String),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::Invalid(e) => e.fmt(f),
            EditError::Stale(id) => write!(
                f,
                "annotation \"{id}\" has changed since this edit was made"
            ),
        }
    }
}

/// Undo and redo stacks. A note being typed is one entry: consecutive note edits to the same
/// annotation merge until [`History::seal`] is called (the app seals when the note field loses focus).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    undo: Vec<Edit>,
    redo: Vec<Edit>,
    open_note: Option<String>,
}

impl History {
    /// Applies an edit and records it; the redo stack is cleared.
    pub fn apply(&mut self, doc: &mut Document, edit: Edit) -> Result<(), EditError> {
        edit.apply(doc)?;
        self.open_note = None;
        self.undo.push(edit);
        self.redo.clear();
        Ok(())
    }

    /// Sets an annotation's note, merging with the previous note edit of the same annotation while
    /// the note is still being typed. Returns the edit's span.
    pub fn set_note(
        &mut self,
        doc: &mut Document,
        id: &str,
        note: &str,
        now: &str,
    ) -> Result<Span, EditError> {
        let before = doc
            .annotation(id)
            .cloned()
            .ok_or_else(|| EditError::Stale(id.to_string()))?;
        if before.note == note {
            return Ok(before.span);
        }
        let after = Annotation {
            note: note.to_string(),
            modified: now.to_string(),
            ..before.clone()
        };
        let merging = self.open_note.as_deref() == Some(id);
        let edit = Edit::Replace {
            before: before.clone(),
            after,
        };
        edit.apply(doc)?;
        match (merging, self.undo.last_mut()) {
            (true, Some(Edit::Replace { after, .. })) => {
                *after = doc.annotation(id).cloned().expect("just set")
            }
            _ => self.undo.push(edit),
        }
        self.redo.clear();
        self.open_note = Some(id.to_string());
        Ok(before.span)
    }

    /// Ends the merging of note edits.
    pub fn seal(&mut self) {
        self.open_note = None;
    }

    /// Reverts the last edit; returns it (as it was applied) when there was one.
    pub fn undo(&mut self, doc: &mut Document) -> Option<Edit> {
        self.open_note = None;
        let edit = self.undo.pop()?;
        match edit.inverse().apply(doc) {
            Ok(()) => {
                self.redo.push(edit.clone());
                Some(edit)
            }
            Err(_) => {
                // The document no longer matches this entry; drop the history rather than corrupt it.
                self.undo.clear();
                self.redo.clear();
                None
            }
        }
    }

    /// Re-applies the last undone edit.
    pub fn redo(&mut self, doc: &mut Document) -> Option<Edit> {
        self.open_note = None;
        let edit = self.redo.pop()?;
        match edit.apply(doc) {
            Ok(()) => {
                self.undo.push(edit.clone());
                Some(edit)
            }
            Err(_) => {
                self.redo.clear();
                None
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ann(id: &str, label: &str, s: usize, e: usize) -> Annotation {
        Annotation::new(id, label, Span::new(s, e).unwrap(), "t0")
    }

    fn doc() -> Document {
        Document::new(
            "T",
            "The minister said the scheme will reportedly cost 40 million.",
            None,
        )
    }

    #[test]
    fn add_remove_relabel_each_undo_and_redo() {
        let mut d = doc();
        let mut h = History::default();
        let empty = d.clone();
        h.apply(&mut d, Edit::Add(ann("a1", "claim", 18, 60)))
            .unwrap();
        let added = d.clone();
        let a = d.annotation("a1").unwrap().clone();
        let relabelled = Annotation {
            label: "hedge".into(),
            modified: "t1".into(),
            ..a.clone()
        };
        h.apply(
            &mut d,
            Edit::Replace {
                before: a.clone(),
                after: relabelled.clone(),
            },
        )
        .unwrap();
        let after_relabel = d.clone();
        h.apply(&mut d, Edit::Remove(relabelled)).unwrap();
        assert!(d.annotations().is_empty());

        h.undo(&mut d).unwrap();
        assert_eq!(d, after_relabel);
        h.undo(&mut d).unwrap();
        assert_eq!(d, added);
        h.undo(&mut d).unwrap();
        assert_eq!(d, empty);
        assert!(h.undo(&mut d).is_none());

        h.redo(&mut d).unwrap();
        h.redo(&mut d).unwrap();
        assert_eq!(d, after_relabel);
        assert!(h.can_redo());
        h.apply(&mut d, Edit::Add(ann("a2", "source", 4, 12)))
            .unwrap();
        assert!(!h.can_redo(), "a new edit clears redo");
    }

    #[test]
    fn typing_a_note_is_one_undo_step_until_sealed() {
        let mut d = doc();
        let mut h = History::default();
        h.apply(&mut d, Edit::Add(ann("a1", "claim", 0, 3)))
            .unwrap();
        for (i, text) in ["F", "Fi", "Fir", "First\nline"].iter().enumerate() {
            h.set_note(&mut d, "a1", text, &format!("t{i}")).unwrap();
        }
        h.seal();
        h.set_note(&mut d, "a1", "Second", "t9").unwrap();
        assert_eq!(d.annotation("a1").unwrap().note, "Second");
        h.undo(&mut d).unwrap();
        assert_eq!(d.annotation("a1").unwrap().note, "First\nline");
        h.undo(&mut d).unwrap();
        assert_eq!(d.annotation("a1").unwrap().note, "");
        assert_eq!(d.annotation("a1").unwrap().modified, "t0");
        h.redo(&mut d).unwrap();
        assert_eq!(d.annotation("a1").unwrap().note, "First\nline");
    }

    #[test]
    fn stale_edits_are_refused_not_applied() {
        let mut d = doc();
        let mut h = History::default();
        let err = h
            .apply(&mut d, Edit::Remove(ann("zz", "claim", 0, 3)))
            .unwrap_err();
        assert_eq!(err, EditError::Stale("zz".into()));
        assert!(!h.can_undo());
    }

    #[derive(Clone, Debug)]
    enum Op {
        Add(usize, usize, u8),
        Remove(usize),
        Relabel(usize, u8),
        Note(usize, u8),
        Seal,
        Undo,
        Redo,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0usize..60, 1usize..20, 0u8..3).prop_map(|(s, l, k)| Op::Add(s, l, k)),
            (0usize..8).prop_map(Op::Remove),
            (0usize..8, 0u8..3).prop_map(|(i, k)| Op::Relabel(i, k)),
            (0usize..8, 0u8..4).prop_map(|(i, k)| Op::Note(i, k)),
            Just(Op::Seal),
            Just(Op::Undo),
            Just(Op::Redo),
        ]
    }

    proptest! {
        /// Against an oracle of snapshots: undo always returns to the previous distinct state and
        /// redo forward again, whatever sequence of edits came first.
        #[test]
        fn undo_redo_match_snapshots(ops in prop::collection::vec(op(), 1..40)) {
            let labels = ["claim", "source", "hedge"];
            let mut d = doc();
            let mut h = History::default();
            let mut past: Vec<Document> = vec![];
            let mut future: Vec<Document> = vec![];
            let mut n = 0;
            let mut open_note: Option<String> = None;
            for op in ops {
                let before = d.clone();
                let ids: Vec<String> = d.annotations().iter().map(|a| a.id.clone()).collect();
                match op {
                    Op::Add(s, l, k) => {
                        let e = (s + l).min(d.text.len());
                        n += 1;
                        if h.apply(&mut d, Edit::Add(ann(&format!("a{n}"), labels[k as usize], s, e))).is_ok() {
                            past.push(before); future.clear(); open_note = None;
                        }
                    }
                    Op::Remove(i) if !ids.is_empty() => {
                        let a = d.annotation(&ids[i % ids.len()]).unwrap().clone();
                        h.apply(&mut d, Edit::Remove(a)).unwrap();
                        past.push(before); future.clear(); open_note = None;
                    }
                    Op::Relabel(i, k) if !ids.is_empty() => {
                        let a = d.annotation(&ids[i % ids.len()]).unwrap().clone();
                        let after = Annotation { label: labels[k as usize].into(), ..a.clone() };
                        h.apply(&mut d, Edit::Replace { before: a, after }).unwrap();
                        past.push(before); future.clear(); open_note = None;
                    }
                    Op::Note(i, k) if !ids.is_empty() => {
                        let id = ids[i % ids.len()].clone();
                        let text = "note".repeat(k as usize);
                        if d.annotation(&id).unwrap().note != text {
                            if open_note.as_deref() != Some(id.as_str()) {
                                past.push(before);
                            }
                            future.clear();
                            open_note = Some(id.clone());
                        }
                        h.set_note(&mut d, &id, &text, "t").unwrap();
                    }
                    Op::Seal => { h.seal(); open_note = None; }
                    Op::Undo => {
                        open_note = None;
                        let undone = h.undo(&mut d);
                        prop_assert_eq!(undone.is_some(), !past.is_empty());
                        if let Some(p) = past.pop() { future.push(before); prop_assert_eq!(&d, &p); }
                    }
                    Op::Redo => {
                        open_note = None;
                        let redone = h.redo(&mut d);
                        prop_assert_eq!(redone.is_some(), !future.is_empty());
                        if let Some(f) = future.pop() { past.push(before); prop_assert_eq!(&d, &f); }
                    }
                    _ => {}
                }
                prop_assert_eq!(h.can_undo(), !past.is_empty());
            }
        }
    }
}
