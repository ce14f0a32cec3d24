//! The open document with its undo history and its render cache: the blocks and, per block, the
//! highlight segments. An edit recomputes only the segments of the blocks its spans touch, so the
//! block components of the rest of the article keep equal props and do not re-render.

use std::rc::Rc;

use close_reader_core::model::blocks::{blocks, blocks_touching, segment_all, segment_block};
use close_reader_core::model::history::EditError;
use close_reader_core::model::link::LinkError;
use close_reader_core::{Annotation, Block, Document, Edit, History, LinkKind, Segment, Span};

use crate::suggested::{Piece, Suggestions};

/// Blocks per render group: the article is a list of groups, each a list of blocks.
pub const GROUP_BLOCKS: usize = 24;

pub struct Session {
    /// The library id under which the document is saved.
    pub id: String,
    pub doc: Document,
    pub history: History,
    pub blocks: Rc<Vec<Block>>,
    pub segments: Vec<Rc<Vec<Segment>>>,
    /// Per group of [`GROUP_BLOCKS`] blocks, a number that changes whenever one of its blocks'
    /// segments does: the article re-renders only the groups whose number changed.
    pub group_versions: Vec<u64>,
    /// Label ids and names in order: a label's position picks its colour and underline style.
    pub label_ids: Rc<Vec<(String, String)>>,
    /// When the document first entered the library (RFC 3339).
    pub created: String,
    pub suggest: Suggestions,
    /// Per block, the visible suggestions cut into pieces (see [`Suggestions::pieces`]).
    pub suggested: Vec<Rc<Vec<Piece>>>,
}

impl Session {
    pub fn open(id: String, doc: Document, created: String) -> Session {
        let bs = blocks(&doc.text);
        let segments = segment_all(&doc, &bs).into_iter().map(Rc::new).collect();
        let label_ids = Rc::new(
            doc.labels
                .iter()
                .map(|l| (l.id.clone(), l.name.clone()))
                .collect(),
        );
        let groups = bs.len().div_ceil(GROUP_BLOCKS);
        let suggest = Suggestions::for_document(&doc);
        let suggested = bs
            .iter()
            .map(|b| Rc::new(suggest.pieces(&doc, b.span)))
            .collect();
        Session {
            id,
            doc,
            history: History::default(),
            blocks: Rc::new(bs),
            segments,
            group_versions: vec![0; groups],
            label_ids,
            created,
            suggest,
            suggested,
        }
    }

    /// Recomputes every block's suggestion pieces, re-rendering the groups whose pieces changed.
    pub fn refresh_suggestions(&mut self) {
        for i in 0..self.blocks.len() {
            let pieces = self.suggest.pieces(&self.doc, self.blocks[i].span);
            if *self.suggested[i] != pieces {
                self.suggested[i] = Rc::new(pieces);
                self.group_versions[i / GROUP_BLOCKS] += 1;
            }
        }
    }

    /// Recomputes the suggestion pieces of the blocks `span` touches.
    fn refresh_suggestions_in(&mut self, span: Span) {
        for i in blocks_touching(&self.blocks, span) {
            let pieces = self.suggest.pieces(&self.doc, self.blocks[i].span);
            if *self.suggested[i] != pieces {
                self.suggested[i] = Rc::new(pieces);
                self.group_versions[i / GROUP_BLOCKS] += 1;
            }
        }
    }

    /// Rejects a suggestion: it disappears from the article (and stays rejected, see
    /// `effects::suggestions`).
    pub fn reject_suggestion(&mut self, id: &str) {
        let Some(span) = self.suggest.get(id).map(|s| s.span) else {
            return;
        };
        self.suggest.rejected.insert(id.to_string());
        self.refresh_suggestions_in(span);
    }

    /// Shows or hides suggestions (computing them first for a long text).
    pub fn show_suggestions(&mut self, shown: bool) {
        if shown {
            self.suggest.compute(&self.doc);
        }
        self.suggest.shown = shown && !self.suggest.off;
        self.refresh_suggestions();
    }

    fn refresh(&mut self, spans: &[Span]) {
        for span in spans {
            for i in blocks_touching(&self.blocks, *span) {
                self.segments[i] = Rc::new(segment_block(&self.doc, self.blocks[i].span));
                self.suggested[i] = Rc::new(self.suggest.pieces(&self.doc, self.blocks[i].span));
                self.group_versions[i / GROUP_BLOCKS] += 1;
            }
        }
    }

    fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let spans = edit.spans();
        let labels = edit.changes_labels();
        self.history.apply(&mut self.doc, edit)?;
        self.after_edit(&spans, labels);
        Ok(())
    }

    fn after_edit(&mut self, spans: &[Span], labels_changed: bool) {
        if labels_changed {
            self.label_ids = Rc::new(
                self.doc
                    .labels
                    .iter()
                    .map(|l| (l.id.clone(), l.name.clone()))
                    .collect(),
            );
            // Every highlight's colour, pattern and title follow its label's position and name.
            for v in &mut self.group_versions {
                *v += 1;
            }
        }
        self.refresh(spans);
    }

    /// Applies one edit made by the core (a label-set change) as one undoable step.
    pub fn apply_edit(&mut self, edit: Edit) -> Result<(), EditError> {
        self.apply(edit)
    }

    /// Applies several edits (an import) as one undoable step, all or none.
    pub fn apply_batch(&mut self, edits: Vec<Edit>) -> Result<(), EditError> {
        self.apply(Edit::Batch(edits))
    }

    /// Marks `span` with `label`; returns the new annotation's id.
    pub fn add(&mut self, label: &str, span: Span, now: &str) -> Result<String, EditError> {
        let id = self.doc.next_annotation_id();
        self.apply(Edit::Add(Annotation::new(&id, label, span, now)))
            .map(|()| id)
    }

    pub fn relabel(&mut self, id: &str, label: &str, now: &str) -> Result<(), EditError> {
        let before = self
            .doc
            .annotation(id)
            .cloned()
            .ok_or_else(|| EditError::Stale(id.into()))?;
        if before.label == label {
            return Ok(());
        }
        let after = Annotation {
            label: label.to_string(),
            modified: now.to_string(),
            ..before.clone()
        };
        self.apply(Edit::Replace { before, after })
    }

    /// Deletes an annotation and its links, as one undoable step.
    pub fn delete(&mut self, id: &str) -> Result<(), EditError> {
        let edit =
            Edit::remove_annotation(&self.doc, id).ok_or_else(|| EditError::Stale(id.into()))?;
        self.apply(edit)
    }

    /// Links annotation `from` to `to` (both in this document).
    pub fn link(&mut self, from: &str, to: &str, kind: LinkKind) -> Result<(), LinkError> {
        let edit = Edit::add_link(&self.doc, from, to, kind)?;
        self.apply(edit).map_err(|e| match e {
            EditError::Link(l) => l,
            _ => LinkError::UnknownAnnotation {
                annotation: to.to_string(),
            },
        })
    }

    /// Removes the link with this id.
    pub fn unlink(&mut self, id: &str) -> Result<(), EditError> {
        let edit = Edit::remove_link(&self.doc, id).ok_or_else(|| EditError::Stale(id.into()))?;
        self.apply(edit)
    }

    pub fn set_note(&mut self, id: &str, note: &str, now: &str) -> Result<(), EditError> {
        let span = self.history.set_note(&mut self.doc, id, note, now)?;
        self.refresh(&[span]);
        Ok(())
    }

    pub fn undo(&mut self) -> Option<Edit> {
        let e = self.history.undo(&mut self.doc)?;
        self.after_edit(&e.spans(), e.changes_labels());
        Some(e)
    }

    pub fn redo(&mut self) -> Option<Edit> {
        let e = self.history.redo(&mut self.doc)?;
        self.after_edit(&e.spans(), e.changes_labels());
        Some(e)
    }

    /// The block indices of render group `g`.
    pub fn group(&self, g: usize) -> std::ops::Range<usize> {
        g * GROUP_BLOCKS..((g + 1) * GROUP_BLOCKS).min(self.blocks.len())
    }

    /// Block indices that show the annotation `id`.
    pub fn blocks_of(&self, id: &str) -> std::ops::Range<usize> {
        match self.doc.annotation(id) {
            Some(a) => blocks_touching(&self.blocks, a.span),
            None => 0..0,
        }
    }
}

/// A shared handle to the open session, compared by identity in props; `rev` says when it changed.
#[derive(Clone)]
pub struct SessionRef(pub std::rc::Rc<std::cell::RefCell<Session>>);

impl PartialEq for SessionRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> Session {
        Session::open(
            "d1".into(),
            Document::new("T", "One two.\nThree four.\nFive.", None),
            "t".into(),
        )
    }

    #[test]
    fn an_edit_replaces_only_the_segments_of_touched_blocks() {
        let mut s = session();
        let before: Vec<_> = s.segments.clone();
        s.add("claim", Span::new(9, 14).unwrap(), "t1").unwrap();
        assert!(Rc::ptr_eq(&before[0], &s.segments[0]));
        assert!(!Rc::ptr_eq(&before[1], &s.segments[1]));
        assert!(Rc::ptr_eq(&before[2], &s.segments[2]));
        assert_eq!(s.segments[1][0].ids, vec!["a1".to_string()]);
    }

    #[test]
    fn undo_of_delete_restores_the_highlight() {
        let mut s = session();
        let id = s.add("hedge", Span::new(0, 3).unwrap(), "t1").unwrap();
        s.delete(&id).unwrap();
        assert!(s.segments[0].iter().all(|seg| seg.ids.is_empty()));
        s.undo();
        assert_eq!(s.segments[0][0].labels, vec!["hedge".to_string()]);
        assert_eq!(s.blocks_of(&id), 0..1);
    }

    #[test]
    fn a_batch_with_a_new_label_refreshes_the_label_list_and_undoes_as_one() {
        let mut s = session();
        let l = close_reader_core::Label::new("opinion", "Opinion", "#047857", "");
        s.apply_batch(vec![
            Edit::AddLabel(l),
            Edit::Add(Annotation::new(
                "x1",
                "opinion",
                Span::new(0, 3).unwrap(),
                "t",
            )),
            Edit::Add(Annotation::new(
                "x2",
                "claim",
                Span::new(21, 25).unwrap(),
                "t",
            )),
        ])
        .unwrap();
        assert_eq!(s.label_ids.len(), 4);
        assert_eq!(s.segments[0][0].labels, vec!["opinion".to_string()]);
        assert_eq!(s.segments[2][0].labels, vec!["claim".to_string()]);
        s.undo().unwrap();
        assert_eq!(s.label_ids.len(), 3);
        assert!(s
            .segments
            .iter()
            .flat_map(|b| b.iter())
            .all(|seg| seg.ids.is_empty()));
    }

    #[test]
    fn an_edit_changes_only_its_groups_version() {
        let paragraphs: Vec<String> = (0..60).map(|i| format!("Paragraph {i}.")).collect();
        let text = paragraphs.join("\n");
        let mut s = Session::open("d".into(), Document::new("T", &text, None), "t".into());
        assert_eq!(s.group_versions.len(), 3);
        assert_eq!(s.group(2), 48..60);
        // A span in paragraph 30 (group 1).
        let start = text.find("Paragraph 30").unwrap();
        s.add("claim", Span::new(start, start + 9).unwrap(), "t1")
            .unwrap();
        assert_eq!(s.group_versions, vec![0, 1, 0]);
    }
}
