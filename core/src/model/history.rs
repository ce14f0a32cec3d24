//! Edits to a document's annotations, each reversible, and the undo/redo history that records them.

use crate::model::link::LinkError;
use crate::model::{
    document::AnnotationError, Annotation, Document, Label, Link, LinkKind, Message, Span, Thread,
};

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
    /// A new label at the end of the document's labels (an import that creates one).
    AddLabel(Label),
    /// Takes back an [`Edit::AddLabel`]: only the last label, and only while no annotation uses it.
    RemoveLabel(Label),
    /// Several edits as one step (an import, a removal with its links): applied in order, all or
    /// none, undone in reverse.
    Batch(Vec<Edit>),
    /// A new link; its ends must exist (see [`Document::check_link`]).
    AddLink(Link),
    /// Removes a link, which must be exactly as given.
    RemoveLink(Link),
    /// A label's name, colour or key changed; the id stays.
    ReplaceLabel {
        before: Label,
        after: Label,
    },
    /// A new label at `index` of the labels (`index` ≤ their number).
    InsertLabel {
        index: usize,
        label: Label,
    },
    /// Takes out the label at `index`, which must be `label` and used by no annotation. Deleting a
    /// label in use is a [`Edit::Batch`] that first removes or relabels its spans: see
    /// [`crate::model::label_set::delete_label`].
    DeleteLabel {
        index: usize,
        label: Label,
    },
    /// Moves the label `id` from position `from` to position `to` (counted in the list as it is
    /// before and after the move).
    MoveLabel {
        id: String,
        from: usize,
        to: usize,
    },
    /// A reply at the end of the conversation `thread` (`model/thread.rs`).
    AddMessage {
        thread: String,
        message: Message,
    },
    /// Takes back an [`Edit::AddMessage`]: only the thread's last message, exactly as given.
    RemoveMessage {
        thread: String,
        message: Message,
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
            Edit::AddLabel(l) => Edit::RemoveLabel(l.clone()),
            Edit::RemoveLabel(l) => Edit::AddLabel(l.clone()),
            Edit::Batch(edits) => Edit::Batch(edits.iter().rev().map(Edit::inverse).collect()),
            Edit::AddLink(l) => Edit::RemoveLink(l.clone()),
            Edit::RemoveLink(l) => Edit::AddLink(l.clone()),
            Edit::ReplaceLabel { before, after } => Edit::ReplaceLabel {
                before: after.clone(),
                after: before.clone(),
            },
            Edit::InsertLabel { index, label } => Edit::DeleteLabel {
                index: *index,
                label: label.clone(),
            },
            Edit::DeleteLabel { index, label } => Edit::InsertLabel {
                index: *index,
                label: label.clone(),
            },
            Edit::MoveLabel { id, from, to } => Edit::MoveLabel {
                id: id.clone(),
                from: *to,
                to: *from,
            },
            Edit::AddMessage { thread, message } => Edit::RemoveMessage {
                thread: thread.clone(),
                message: message.clone(),
            },
            Edit::RemoveMessage { thread, message } => Edit::AddMessage {
                thread: thread.clone(),
                message: message.clone(),
            },
        }
    }

    /// A new link from `from` to `to` in this document, with the next free id (`l1`, `l2`, …).
    /// Refused with the reason when an end is missing, it links an annotation to itself, or the same
    /// link exists.
    pub fn add_link(
        doc: &Document,
        from: &str,
        to: &str,
        kind: LinkKind,
    ) -> Result<Edit, LinkError> {
        let link = Link::new(&doc.next_link_id(), from, to, kind);
        doc.check_link(&link)?;
        Ok(Edit::AddLink(link))
    }

    /// Removes the link with this id; `None` when there is none.
    pub fn remove_link(doc: &Document, id: &str) -> Option<Edit> {
        doc.link(id).cloned().map(Edit::RemoveLink)
    }

    /// The one edit that removes an annotation undoably: its links first, then the annotation, as
    /// one step (a plain [`Edit::Remove`] when it has no links). `None` when there is no such
    /// annotation.
    pub fn remove_annotation(doc: &Document, id: &str) -> Option<Edit> {
        let a = doc.annotation(id)?.clone();
        let mut edits: Vec<Edit> = doc.links_of(id).cloned().map(Edit::RemoveLink).collect();
        if edits.is_empty() {
            return Some(Edit::Remove(a));
        }
        edits.push(Edit::Remove(a));
        Some(Edit::Batch(edits))
    }

    /// The text the edit touches (both spans, for a replace that moves).
    pub fn spans(&self) -> Vec<Span> {
        match self {
            Edit::Add(a) | Edit::Remove(a) => vec![a.span],
            Edit::Replace { before, after } => vec![before.span, after.span],
            Edit::Batch(edits) => edits.iter().flat_map(Edit::spans).collect(),
            Edit::AddLabel(_)
            | Edit::RemoveLabel(_)
            | Edit::AddLink(_)
            | Edit::RemoveLink(_)
            | Edit::ReplaceLabel { .. }
            | Edit::InsertLabel { .. }
            | Edit::DeleteLabel { .. }
            | Edit::MoveLabel { .. }
            | Edit::AddMessage { .. }
            | Edit::RemoveMessage { .. } => vec![],
        }
    }

    /// The ids of the annotations the edit adds, changes or removes: what a journal of unsaved
    /// changes must write again.
    pub fn annotation_ids(&self) -> Vec<String> {
        match self {
            Edit::Add(a) | Edit::Remove(a) => vec![a.id.clone()],
            Edit::Replace { before, after } => vec![before.id.clone(), after.id.clone()],
            Edit::Batch(edits) => edits.iter().flat_map(Edit::annotation_ids).collect(),
            Edit::AddLabel(_)
            | Edit::RemoveLabel(_)
            | Edit::AddLink(_)
            | Edit::RemoveLink(_)
            | Edit::ReplaceLabel { .. }
            | Edit::InsertLabel { .. }
            | Edit::DeleteLabel { .. }
            | Edit::MoveLabel { .. }
            | Edit::AddMessage { .. }
            | Edit::RemoveMessage { .. } => vec![],
        }
    }

    /// True when the edit changes the labels: adds, removes, renames, recolours, rekeys or moves one.
    /// The app then refreshes its label list, and should re-render every highlight, whose colour
    /// and pattern follow the label's position and colour.
    pub fn changes_labels(&self) -> bool {
        match self {
            Edit::AddLabel(_)
            | Edit::RemoveLabel(_)
            | Edit::ReplaceLabel { .. }
            | Edit::InsertLabel { .. }
            | Edit::DeleteLabel { .. }
            | Edit::MoveLabel { .. } => true,
            Edit::Batch(edits) => edits.iter().any(Edit::changes_labels),
            _ => false,
        }
    }

    /// True when the edit adds or removes links (the app then refreshes what shows them).
    pub fn changes_links(&self) -> bool {
        match self {
            Edit::AddLink(_) | Edit::RemoveLink(_) => true,
            Edit::Batch(edits) => edits.iter().any(Edit::changes_links),
            _ => false,
        }
    }

    /// Applies the edit without recording it (the history does that).
    pub(crate) fn apply(&self, doc: &mut Document) -> Result<(), EditError> {
        match self {
            Edit::Add(a) => doc.insert(a.clone()).map_err(EditError::Invalid),
            Edit::Remove(a) => match doc.annotation(&a.id) {
                Some(current) if current == a => {
                    let links: Vec<String> = doc.links_of(&a.id).map(|l| l.id.clone()).collect();
                    if !links.is_empty() {
                        return Err(EditError::Linked {
                            id: a.id.clone(),
                            links,
                        });
                    }
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
            Edit::AddLabel(l) => {
                if doc.label(&l.id).is_some() {
                    return Err(EditError::Label(l.id.clone()));
                }
                doc.labels.push(l.clone());
                Ok(())
            }
            Edit::RemoveLabel(l) => {
                let in_use = doc.annotations().iter().any(|a| a.label == l.id);
                if doc.labels.last() != Some(l) || in_use {
                    return Err(EditError::Label(l.id.clone()));
                }
                doc.labels.pop();
                Ok(())
            }
            Edit::Batch(edits) => {
                for (i, e) in edits.iter().enumerate() {
                    if let Err(err) = e.apply(doc) {
                        for done in edits[..i].iter().rev() {
                            done.inverse()
                                .apply(doc)
                                .expect("the inverse of an edit just applied applies");
                        }
                        return Err(err);
                    }
                }
                Ok(())
            }
            Edit::AddLink(l) => doc.insert_link(l.clone()).map_err(EditError::Link),
            Edit::RemoveLink(l) => {
                if doc.link(&l.id) != Some(l) {
                    return Err(EditError::LinkStale(l.id.clone()));
                }
                doc.remove_link(&l.id);
                Ok(())
            }
            Edit::ReplaceLabel { before, after } => {
                let at = label_at(doc, before)?;
                if after.id != before.id {
                    return Err(EditError::LabelStale(before.id.clone()));
                }
                doc.labels[at] = after.clone();
                Ok(())
            }
            Edit::InsertLabel { index, label } => {
                if doc.label(&label.id).is_some() || *index > doc.labels.len() {
                    return Err(EditError::Label(label.id.clone()));
                }
                doc.labels.insert(*index, label.clone());
                Ok(())
            }
            Edit::DeleteLabel { index, label } => {
                if doc.labels.get(*index) != Some(label) {
                    return Err(EditError::LabelStale(label.id.clone()));
                }
                if doc.annotations().iter().any(|a| a.label == label.id) {
                    return Err(EditError::Label(label.id.clone()));
                }
                doc.labels.remove(*index);
                Ok(())
            }
            Edit::MoveLabel { id, from, to } => {
                let n = doc.labels.len();
                if doc.labels.get(*from).map(|l| &l.id) != Some(id) || *to >= n {
                    return Err(EditError::LabelStale(id.clone()));
                }
                let l = doc.labels.remove(*from);
                doc.labels.insert(*to, l);
                Ok(())
            }
            Edit::AddMessage { thread, message } => {
                let t = thread_mut(doc, thread)?;
                if t.messages.iter().any(|m| m.id == message.id) {
                    return Err(EditError::Thread(format!(
                        "the conversation already has a message with the id \"{}\"",
                        message.id
                    )));
                }
                if let Some(p) = message.problem() {
                    return Err(EditError::Thread(format!("the message {p}")));
                }
                t.messages.push(message.clone());
                Ok(())
            }
            Edit::RemoveMessage { thread, message } => {
                let t = thread_mut(doc, thread)?;
                if t.messages.len() < 2 || t.messages.last() != Some(message) {
                    return Err(EditError::Thread(format!(
                        "the conversation \"{thread}\" has changed since this edit was made"
                    )));
                }
                t.messages.pop();
                Ok(())
            }
        }
    }
}

fn thread_mut<'a>(doc: &'a mut Document, id: &str) -> Result<&'a mut Thread, EditError> {
    doc.threads
        .iter_mut()
        .find(|t| t.id == id)
        .ok_or_else(|| EditError::Thread(format!("there is no conversation \"{id}\"")))
}

/// Where `label` is, when the document's label with its id is exactly it.
fn label_at(doc: &Document, label: &Label) -> Result<usize, EditError> {
    doc.labels
        .iter()
        .position(|l| l == label)
        .ok_or_else(|| EditError::LabelStale(label.id.clone()))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    Invalid(AnnotationError),
    /// The annotation is not as the edit expects (already changed or gone).
    Stale(String),
    /// A label to add already exists, or one to remove is in use or not the last.
    Label(String),
    /// The label is not as the edit expects (already changed, moved or gone).
    LabelStale(String),
    /// A link cannot be added.
    Link(LinkError),
    /// The link is not as the edit expects (already changed or gone).
    LinkStale(String),
    /// The annotation to remove still has links: remove it with [`Edit::remove_annotation`].
    Linked {
        id: String,
        links: Vec<String>,
    },
    /// A reply that cannot be added or taken back; the detail says why.
    Thread(String),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::Invalid(e) => e.fmt(f),
            EditError::Stale(id) => write!(
                f,
                "annotation \"{id}\" has changed since this edit was made"
            ),
            EditError::Label(id) => {
                write!(f, "the label \"{id}\" already exists, or is still in use")
            }
            EditError::LabelStale(id) => {
                write!(f, "the label \"{id}\" has changed since this edit was made")
            }
            EditError::Link(e) => e.fmt(f),
            EditError::LinkStale(id) => {
                write!(f, "link \"{id}\" has changed since this edit was made")
            }
            EditError::Linked { id, links } => write!(
                f,
                "annotation \"{id}\" still has links ({}); remove them with it",
                links.join(", ")
            ),
            EditError::Thread(detail) => f.write_str(detail),
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
    use crate::model::label_set::{delete_label, move_label, SpansOfDeleted};
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

    #[test]
    fn a_batch_with_a_new_label_is_one_step_and_all_or_nothing() {
        let mut d = doc();
        let mut h = History::default();
        let before = d.clone();
        let opinion = Label::new("opinion", "Opinion", "#047857", "");
        let batch = Edit::Batch(vec![
            Edit::AddLabel(opinion.clone()),
            Edit::Add(ann("x1", "opinion", 0, 3)),
            Edit::Add(ann("x2", "claim", 4, 12)),
        ]);
        assert!(batch.changes_labels());
        assert_eq!(batch.spans().len(), 2);
        h.apply(&mut d, batch).unwrap();
        assert_eq!(d.annotations().len(), 2);
        assert_eq!(d.labels.last(), Some(&opinion));
        let after = d.clone();
        h.undo(&mut d).unwrap();
        assert_eq!(d, before, "undo takes back the spans and the label");
        assert!(!h.can_undo());
        h.redo(&mut d).unwrap();
        assert_eq!(d, after);

        // The second add clashes with x1: nothing of the batch stays.
        let failing = Edit::Batch(vec![
            Edit::Add(ann("x3", "hedge", 13, 17)),
            Edit::Add(ann("x1", "hedge", 18, 22)),
        ]);
        let err = h.apply(&mut d, failing).unwrap_err();
        assert_eq!(
            err,
            EditError::Invalid(AnnotationError::DuplicateId { id: "x1".into() })
        );
        assert_eq!(d, after);
        h.undo(&mut d).unwrap();
        assert_eq!(d, before, "the failed batch left no history entry");
    }

    #[test]
    fn a_label_in_use_is_not_removed() {
        let mut d = doc();
        let l = Label::new("opinion", "Opinion", "#047857", "");
        Edit::AddLabel(l.clone()).apply(&mut d).unwrap();
        assert_eq!(
            Edit::AddLabel(l.clone()).apply(&mut d),
            Err(EditError::Label("opinion".into()))
        );
        Edit::Add(ann("x1", "opinion", 0, 3)).apply(&mut d).unwrap();
        let err = Edit::RemoveLabel(l).apply(&mut d).unwrap_err();
        assert_eq!(
            err.to_string(),
            "the label \"opinion\" already exists, or is still in use"
        );
        assert_eq!(d.labels.len(), 4);
    }

    #[test]
    fn removing_a_linked_annotation_takes_its_links_in_one_step() {
        let mut d = doc();
        for (id, label, s, e) in [
            ("a1", "source", 4, 12),
            ("a2", "claim", 22, 60),
            ("a3", "hedge", 34, 44),
        ] {
            d.insert(ann(id, label, s, e)).unwrap();
        }
        let mut h = History::default();
        let l1 = Edit::add_link(&d, "a2", "a1", LinkKind::SupportedBy).unwrap();
        h.apply(&mut d, l1).unwrap();
        let l2 = Edit::add_link(&d, "a3", "a2", LinkKind::Hedges).unwrap();
        assert!(l2.changes_links() && !l2.changes_labels());
        h.apply(&mut d, l2).unwrap();
        assert_eq!(
            Edit::add_link(&d, "a2", "a1", LinkKind::SupportedBy)
                .unwrap_err()
                .to_string(),
            "link \"l3\" repeats link \"l1\" (same annotations, same kind)"
        );
        let linked = d.clone();
        let plain = Edit::Remove(d.annotation("a2").unwrap().clone());
        assert_eq!(
            h.apply(&mut d, plain).unwrap_err().to_string(),
            "annotation \"a2\" still has links (l1, l2); remove them with it"
        );
        let e = Edit::remove_annotation(&d, "a2").unwrap();
        assert!(e.changes_links());
        h.apply(&mut d, e).unwrap();
        assert!(d.links().is_empty() && d.annotation("a2").is_none());
        h.undo(&mut d).unwrap();
        assert_eq!(d, linked, "one undo brings back the claim and both links");
        // A link once used is not handed out again.
        h.undo(&mut d).unwrap();
        assert_eq!(d.next_link_id(), "l3");
        assert!(matches!(
            Edit::remove_annotation(&d, "a1"),
            Some(Edit::Batch(_))
        ));
        assert!(matches!(
            Edit::remove_annotation(&d, "a3"),
            Some(Edit::Remove(_))
        ));
        assert!(Edit::remove_annotation(&d, "zz").is_none());
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
        /// An import: maybe a new label, then adds (with the new label when `true`).
        Batch(bool, Vec<(usize, usize, bool)>),
        Link(usize, usize, u8),
        Unlink(usize),
        /// Delete label k, removing its spans or relabelling them to the first other label.
        DeleteLabel(u8, bool),
        MoveLabel(u8, u8),
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
            (
                any::<bool>(),
                prop::collection::vec((0usize..60, 1usize..20, any::<bool>()), 0..4)
            )
                .prop_map(|(l, adds)| Op::Batch(l, adds)),
            (0usize..8, 0usize..8, 0u8..4).prop_map(|(i, j, k)| Op::Link(i, j, k)),
            (0usize..8).prop_map(Op::Unlink),
            (0u8..3, any::<bool>()).prop_map(|(k, r)| Op::DeleteLabel(k, r)),
            (0u8..3, 0u8..3).prop_map(|(k, to)| Op::MoveLabel(k, to)),
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
                        let id = &ids[i % ids.len()];
                        let linked = d.links_of(id).count() > 0;
                        let a = d.annotation(id).unwrap().clone();
                        prop_assert_eq!(
                            matches!(Edit::Remove(a).apply(&mut d.clone()), Err(EditError::Linked { .. })),
                            linked,
                            "a plain remove is refused exactly when links would dangle"
                        );
                        let e = Edit::remove_annotation(&d, id).unwrap();
                        h.apply(&mut d, e).unwrap();
                        past.push(before); future.clear(); open_note = None;
                    }
                    Op::Relabel(i, k) if !ids.is_empty() => {
                        let a = d.annotation(&ids[i % ids.len()]).unwrap().clone();
                        let after = Annotation { label: labels[k as usize].into(), ..a.clone() };
                        if h.apply(&mut d, Edit::Replace { before: a, after }).is_ok() {
                            past.push(before); future.clear(); open_note = None;
                        }
                    }
                    Op::Link(i, j, k) if !ids.is_empty() => {
                        let kind = LinkKind::ALL[k as usize];
                        if let Ok(e) = Edit::add_link(&d, &ids[i % ids.len()], &ids[j % ids.len()], kind) {
                            h.apply(&mut d, e).unwrap();
                            past.push(before); future.clear(); open_note = None;
                        }
                    }
                    Op::Unlink(i) if !d.links().is_empty() => {
                        let id = d.links()[i % d.links().len()].id.clone();
                        let e = Edit::remove_link(&d, &id).unwrap();
                        h.apply(&mut d, e).unwrap();
                        past.push(before); future.clear(); open_note = None;
                    }
                    Op::DeleteLabel(k, relabel) if d.labels.len() > 1 => {
                        let id = d.labels[k as usize % d.labels.len()].id.clone();
                        let other = d.labels.iter().find(|l| l.id != id).unwrap().id.clone();
                        let spans = if relabel { SpansOfDeleted::Relabel(other) } else { SpansOfDeleted::Remove };
                        let e = delete_label(&d, &id, spans, "t").unwrap();
                        h.apply(&mut d, e).unwrap();
                        prop_assert!(d.label(&id).is_none());
                        past.push(before); future.clear(); open_note = None;
                    }
                    Op::MoveLabel(k, to) if !d.labels.is_empty() => {
                        let n = d.labels.len();
                        let id = d.labels[k as usize % n].id.clone();
                        if let Some(e) = move_label(&d, &id, to as usize % n).unwrap() {
                            h.apply(&mut d, e).unwrap();
                            past.push(before); future.clear(); open_note = None;
                        }
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
                    Op::Batch(new_label, adds) => {
                        n += 1;
                        let label = format!("x{n}");
                        let mut edits = vec![];
                        if new_label {
                            edits.push(Edit::AddLabel(Label::new(&label, "X", "#000000", "")));
                        }
                        for (j, (s, l, own)) in adds.into_iter().enumerate() {
                            let e = (s + l).min(d.text.len());
                            let use_label = if own && new_label { label.as_str() } else { "claim" };
                            edits.push(Edit::Add(ann(&format!("b{n}-{j}"), use_label, s, e)));
                        }
                        match h.apply(&mut d, Edit::Batch(edits)) {
                            Ok(()) => { past.push(before); future.clear(); open_note = None; }
                            Err(_) => prop_assert_eq!(&d, &before),
                        }
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
                for l in d.links() {
                    prop_assert!(d.annotation(&l.from).is_some() && d.annotation(&l.to).is_some(), "{:?} dangles", l);
                }
            }
        }
    }
}
