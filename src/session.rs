//! The open document with its undo history and its render cache: the blocks, their render groups
//! and, per block of a group in the page, the highlight segments. An edit recomputes only the
//! segments of the blocks its spans touch, so the block components of the rest of the article keep
//! equal props and do not re-render.

mod per_block;

use std::rc::Rc;

use close_reader_core::model::blocks::{blocks_touching, Scanning};
use close_reader_core::model::history::EditError;
use close_reader_core::model::link::LinkError;
use close_reader_core::model::reach::{count_ends, starts_in, Reach};
use close_reader_core::model::unsaved::Unsaved;
use close_reader_core::{Annotation, Block, Document, Edit, History, LinkKind, Segment, Span};

pub use per_block::PerBlock;

use crate::i18n::t;
use crate::suggested::{Piece, Suggestions};

/// Most blocks in a render group: the article is a list of groups, each a run of blocks.
pub const GROUP_BLOCKS: usize = 24;
/// A group also ends once its blocks weigh this much (a segment is one, and so are 200 characters):
/// a paragraph under hundreds of overlapping spans takes as long to put in the page as dozens of
/// plain ones, and a group is put in the page in one go.
const GROUP_WEIGHT: usize = 240;
/// An article weighing more than this (about 100,000 words with 20,000 spans) is too heavy to keep
/// whole in the page: only the groups near what is read are in it (see `components/groups.rs`).
/// Below it the whole article is put in the page, as the browser's find, printing and screen
/// readers expect.
const WHOLE_UP_TO: usize = 60_000;

pub struct Session {
    /// The library id under which the document is saved.
    pub id: String,
    pub doc: Document,
    pub history: History,
    pub blocks: Rc<Vec<Block>>,
    /// Per block of a group prepared for the page, its highlight segments.
    pub segments: PerBlock<Segment>,
    /// Per render group, a number that changes whenever one of its blocks' segments does: the
    /// article re-renders only the groups whose number changed.
    pub group_versions: Vec<u64>,
    /// The first block of each group, then the number of blocks.
    pub group_starts: Vec<usize>,
    /// Label ids and names in order: a label's position picks its colour and underline style.
    pub label_ids: Rc<Vec<(String, String)>>,
    /// When the document first entered the library (RFC 3339).
    pub created: String,
    pub suggest: Suggestions,
    /// Per block of a group prepared for the page, the visible suggestions cut into pieces (see
    /// [`Suggestions::pieces`]).
    pub suggested: PerBlock<Piece>,
    /// How far the annotations reach, to find those over a block without a scan from the start.
    reach: Reach,
    /// Too heavy to keep whole in the page (see [`WHOLE_UP_TO`]).
    pub windowed: bool,
    /// What changed since storage last confirmed a save: what the journal written when the page
    /// is hidden or closed must hold (see `effects/persist.rs`).
    pub unsaved: Unsaved,
    /// Which session of the page this is, never reused: the versions in `unsaved` count from zero
    /// in each session, so what was journalled at a version is known by session and version.
    pub serial: u64,
    /// The file the document was opened from, while storage holds nothing of it: saved as its
    /// base as it is (a long file need not be written again), with the changes since beside it.
    pub base: Option<crate::storage::idb::Base>,
}

impl Session {
    /// A session over `doc`, which storage does not hold yet.
    pub fn open(id: String, doc: Document, created: String) -> Session {
        Building::new(id, doc, created, Unsaved::new(false)).run()
    }

    /// A change to the document's header (title, annotator, assignment) made by the reducer.
    pub fn touch_header(&mut self) {
        self.unsaved.touch([]);
    }

    /// Recomputes the suggestion pieces of every prepared block, re-rendering the groups whose
    /// pieces changed (the others are computed as they are prepared).
    pub fn refresh_suggestions(&mut self) {
        self.refresh_pieces(0..self.blocks.len());
    }

    /// Recomputes the suggestion pieces of the blocks `span` touches.
    fn refresh_suggestions_in(&mut self, span: Span) {
        self.refresh_pieces(blocks_touching(&self.blocks, span));
    }

    /// Recomputes the suggestion pieces of the prepared blocks among `blocks`, re-rendering the
    /// groups whose pieces changed.
    fn refresh_pieces(&mut self, blocks: std::ops::Range<usize>) {
        for i in blocks {
            if !self.suggested.is_set(i) {
                continue;
            }
            let pieces = self.suggest.pieces(&self.doc, self.blocks[i].span);
            if *self.suggested[i] != pieces {
                self.suggested.set(i, pieces);
                let g = self.group_of(i);
                self.group_versions[g] += 1;
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
                if self.segments.is_set(i) {
                    let b = self.blocks[i].span;
                    self.segments.set(i, self.reach.segments(&self.doc, b));
                    self.suggested.set(i, self.suggest.pieces(&self.doc, b));
                }
                let g = self.group_of(i);
                self.group_versions[g] += 1;
            }
        }
    }

    /// Computes the segments and suggestion pieces of group `g`'s blocks, unless they are ready:
    /// the article calls it before it puts the group in the page.
    pub fn prepare_group(&mut self, g: usize) {
        let range = self.group(g);
        if range.clone().all(|i| self.segments.is_set(i)) {
            return;
        }
        let mut sweep = self.reach.sweep_from(self.blocks[range.start].span.start());
        for i in range {
            let b = self.blocks[i].span;
            self.segments.set(i, sweep.segments(&self.doc, b));
            self.suggested.set(i, self.suggest.pieces(&self.doc, b));
        }
    }

    /// Forgets the segments and pieces of the groups not in the page (`shown` says which are), so
    /// that reading through a book does not gather all of them.
    pub fn forget_groups(&mut self, shown: impl Fn(usize) -> bool) {
        for g in 0..self.group_versions.len() {
            if !shown(g) && self.segments.is_set(self.group_starts[g]) {
                for i in self.group(g) {
                    self.segments.clear(i);
                    self.suggested.clear(i);
                }
            }
        }
    }

    fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let spans = edit.spans();
        let labels = edit.changes_labels();
        let ids = edit.annotation_ids();
        self.history.apply(&mut self.doc, edit)?;
        self.unsaved.touch(ids);
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
        self.reach = Reach::new(&self.doc);
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
        self.unsaved.touch([id.to_string()]);
        self.refresh(&[span]);
        Ok(())
    }

    /// The student's reply at the end of conversation `thread`, signed with their name, as one
    /// undoable step.
    pub fn reply(&mut self, thread: &str, text: &str, now: &str) -> Result<(), EditError> {
        let t = self
            .doc
            .threads
            .iter()
            .find(|t| t.id == thread)
            .ok_or_else(|| EditError::Thread(t!("messages-no-conversation", thread = thread)))?;
        let message = close_reader_core::model::Message {
            id: t.next_message_id("student"),
            author: self
                .doc
                .annotator
                .clone()
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| t!("messages-student-author")),
            time: now.to_string(),
            text: text.trim().to_string(),
        };
        self.apply(Edit::AddMessage {
            thread: thread.to_string(),
            message,
        })
    }

    pub fn undo(&mut self) -> Option<Edit> {
        let e = self.history.undo(&mut self.doc)?;
        self.unsaved.touch(e.annotation_ids());
        self.after_edit(&e.spans(), e.changes_labels());
        Some(e)
    }

    pub fn redo(&mut self) -> Option<Edit> {
        let e = self.history.redo(&mut self.doc)?;
        self.unsaved.touch(e.annotation_ids());
        self.after_edit(&e.spans(), e.changes_labels());
        Some(e)
    }

    /// The block indices of render group `g`.
    pub fn group(&self, g: usize) -> std::ops::Range<usize> {
        self.group_starts[g]..self.group_starts[g + 1]
    }

    /// The render group block `i` belongs to.
    pub fn group_of(&self, i: usize) -> usize {
        self.group_starts.partition_point(|&s| s <= i) - 1
    }

    /// Block indices that show the annotation `id`.
    pub fn blocks_of(&self, id: &str) -> std::ops::Range<usize> {
        match self.doc.annotation(id) {
            Some(a) => blocks_touching(&self.blocks, a.span),
            None => 0..0,
        }
    }
}

/// A session being prepared a slice at a time, so that a long document opens without freezing the
/// page: the blocks at once, then their render groups, in text order. Segments are computed later,
/// group by group, as the article puts them in the page. A book's text is scanned for its blocks
/// and its annotations' ends are counted a slice at a time as well, so that no step reads through
/// the whole book.
pub struct Building {
    session: Session,
    phase: Phase,
    /// Per block, how many annotations end strictly inside it (see [`count_ends`]).
    ends: Vec<u32>,
    /// The next block to place in a group.
    next: usize,
    /// The weight of the group under way, and of the whole article so far.
    weight: usize,
    total: usize,
}

/// Where the building is.
enum Phase {
    /// The suggestions of an article short enough to have them at once, computed in a step of
    /// their own (tens of milliseconds for 30,000 words), not in the task that starts opening.
    Suggest,
    /// Finding the blocks: the text is scanned up to [`Scanning::scanned`].
    Blocks(Scanning),
    /// Counting the annotations' ends per block: the annotations before this one are counted.
    Ends(usize),
    /// Placing the blocks in groups (from `Building::next`).
    Groups,
}

/// Bytes of text scanned, and annotations counted, per block a step places.
const BYTES_PER_BLOCK: usize = 4096;
const ENDS_PER_BLOCK: usize = 512;

/// A serial number for each new session (see [`Session::serial`]).
fn next_serial() -> u64 {
    thread_local! {
        static LAST: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    }
    LAST.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}

impl Building {
    /// `unsaved`: what storage lacks of the document (nothing, for one read back from it).
    pub fn new(id: String, doc: Document, created: String, unsaved: Unsaved) -> Building {
        let label_ids = Rc::new(
            doc.labels
                .iter()
                .map(|l| (l.id.clone(), l.name.clone()))
                .collect(),
        );
        let suggest = Suggestions::to_compute(&doc);
        Building {
            phase: Phase::Suggest,
            ends: Vec::new(),
            session: Session {
                id,
                reach: Reach::new(&doc),
                doc,
                history: History::default(),
                blocks: Rc::new(Vec::new()),
                segments: PerBlock::new(0),
                group_versions: Vec::new(),
                group_starts: vec![0],
                label_ids,
                created,
                suggest,
                suggested: PerBlock::new(0),
                windowed: false,
                unsaved,
                serial: next_serial(),
                base: None,
            },
            next: 0,
            weight: 0,
            total: 0,
        }
    }

    /// Does the work of placing up to `n` more blocks in groups (first finding the blocks and
    /// counting the ends, as much of them per step); true when every block is placed.
    pub fn step(&mut self, n: usize) -> bool {
        match &mut self.phase {
            Phase::Suggest => {
                let s = &mut self.session;
                if s.suggest.shown {
                    s.suggest.compute(&s.doc);
                }
                self.phase = Phase::Blocks(Scanning::default());
                false
            }
            Phase::Blocks(scanning) => {
                let text = self.session.doc.text.as_str();
                let to = scanning
                    .scanned()
                    .saturating_add(n.saturating_mul(BYTES_PER_BLOCK));
                scanning.feed(text, to);
                if scanning.scanned() >= text.len() {
                    let Phase::Blocks(scanning) =
                        std::mem::replace(&mut self.phase, Phase::Ends(0))
                    else {
                        unreachable!("in the blocks phase")
                    };
                    let s = &mut self.session;
                    let bs = scanning.finish(s.doc.text.as_str());
                    s.segments = PerBlock::new(bs.len());
                    s.suggested = PerBlock::new(bs.len());
                    self.ends = vec![0; bs.len()];
                    s.blocks = Rc::new(bs);
                }
                false
            }
            Phase::Ends(counted) => {
                let s = &self.session;
                let total = s.doc.annotations().len();
                let to = counted
                    .saturating_add(n.saturating_mul(ENDS_PER_BLOCK))
                    .min(total);
                count_ends(&s.doc, &s.blocks, *counted..to, &mut self.ends);
                *counted = to;
                if to == total {
                    self.phase = Phase::Groups;
                }
                false
            }
            Phase::Groups => self.place(n),
        }
    }

    /// Places up to `n` more blocks in groups; true when every block is placed.
    fn place(&mut self, n: usize) -> bool {
        let s = &mut self.session;
        let end = self.next.saturating_add(n).min(s.blocks.len());
        for i in self.next..end {
            let span = s.blocks[i].span;
            // A block weighs one, plus its segments (at most one more than the places where an
            // annotation starts or ends inside it), plus one per 200 characters.
            let cuts = starts_in(&s.doc, span) + self.ends[i] as usize;
            let weight = 2 + cuts + span.len() / 200;
            let start = *s.group_starts.last().expect("one start at least");
            // The block goes into the group under way, unless that one is full.
            if i > start && (i - start >= GROUP_BLOCKS || self.weight + weight > GROUP_WEIGHT) {
                s.group_starts.push(i);
                self.weight = 0;
            }
            self.weight += weight;
            self.total += weight;
        }
        self.next = end;
        let done = end == s.blocks.len();
        if done && s.group_starts.last() != Some(&s.blocks.len()) {
            s.group_starts.push(s.blocks.len());
            s.group_versions = vec![0; s.group_starts.len() - 1];
            s.windowed = self.total > WHOLE_UP_TO;
        }
        done
    }

    /// From 0 to 1: finding the blocks the first fifth, counting the ends the second.
    pub fn progress(&self) -> f64 {
        let of = |done: usize, total: usize| done as f64 / total.max(1) as f64;
        let s = &self.session;
        match &self.phase {
            Phase::Suggest => 0.0,
            Phase::Blocks(scanning) => 0.2 * of(scanning.scanned(), s.doc.text.as_str().len()),
            Phase::Ends(counted) => 0.2 + 0.2 * of(*counted, s.doc.annotations().len()),
            Phase::Groups => 0.4 + 0.6 * of(self.next, s.blocks.len()),
        }
    }

    /// The session, once [`Building::step`] said it is ready.
    pub fn finish(self) -> Session {
        debug_assert!(matches!(self.phase, Phase::Groups));
        debug_assert_eq!(self.next, self.session.blocks.len());
        self.session
    }

    fn run(mut self) -> Session {
        while !self.step(usize::MAX) {}
        self.finish()
    }
}

/// A shared handle to a session (the open one, or the one beside), compared by identity in props
/// and state; `rev` says when it changed.
pub type SessionRef = crate::state::Shared<std::cell::RefCell<Session>>;

#[cfg(test)]
mod tests {
    use super::*;

    /// A session with every group prepared, as if the whole article were in the page.
    fn prepared(mut s: Session) -> Session {
        for g in 0..s.group_versions.len() {
            s.prepare_group(g);
        }
        s
    }

    fn session() -> Session {
        prepared(Session::open(
            "d1".into(),
            Document::new("T", "One two.\nThree four.\nFive.", None),
            "t".into(),
        ))
    }

    #[test]
    fn an_edit_replaces_only_the_segments_of_touched_blocks() {
        let mut s = session();
        let before: Vec<_> = (0..3).map(|i| s.segments[i].clone()).collect();
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
        assert!((0..3)
            .flat_map(|i| s.segments[i].iter())
            .all(|seg| seg.ids.is_empty()));
    }

    #[test]
    fn paragraphs_under_many_spans_make_smaller_groups() {
        let paragraphs: Vec<String> = (0..30)
            .map(|i| format!("Paragraph {i} {}.", "word ".repeat(40)))
            .collect();
        let text = paragraphs.join("\n");
        let mut doc = Document::new("T", &text, None);
        // Every word of the first ten paragraphs marked twice over.
        let mut n = 0;
        for para in paragraphs.iter().take(10) {
            let base = text.find(para.as_str()).unwrap();
            for w in 0..40 {
                let at = base + para.find("word").unwrap() + 5 * w;
                for len in [4, 9] {
                    n += 1;
                    let a = Annotation::new(
                        &format!("a{n}"),
                        "claim",
                        Span::new(at, (at + len).min(base + para.len())).unwrap(),
                        "t",
                    );
                    let _ = doc.insert(a);
                }
            }
        }
        let s = Session::open("d".into(), doc, "t".into());
        let sizes: Vec<usize> = (0..s.group_versions.len())
            .map(|g| s.group(g).len())
            .collect();
        assert_eq!(
            sizes.iter().sum::<usize>(),
            30,
            "every paragraph in one group: {sizes:?}"
        );
        assert!(sizes[0] < 5, "dense paragraphs, few to a group: {sizes:?}");
        assert!(
            *sizes.last().unwrap() >= 20,
            "plain ones, many to a group: {sizes:?}"
        );
        for g in 0..sizes.len() {
            for i in s.group(g) {
                assert_eq!(s.group_of(i), g);
            }
        }
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

    #[test]
    fn groups_are_computed_when_prepared_kept_up_to_date_and_forgotten() {
        let paragraphs: Vec<String> = (0..60).map(|i| format!("Paragraph {i}.")).collect();
        let text = paragraphs.join("\n");
        let mut s = Session::open("d".into(), Document::new("T", &text, None), "t".into());
        let start = text.find("Paragraph 30").unwrap();
        let id = s
            .add("claim", Span::new(start, start + 9).unwrap(), "t1")
            .unwrap();
        assert!(
            !s.segments.is_set(30),
            "nothing computed for a group not in the page"
        );
        s.prepare_group(1);
        assert_eq!(s.segments[30][0].ids, vec![id.clone()]);
        s.delete(&id).unwrap();
        assert!(
            s.segments[30][0].ids.is_empty(),
            "a prepared block follows edits"
        );
        s.forget_groups(|g| g == 0);
        assert!(!s.segments.is_set(30) && s.segments[30].is_empty());
    }

    #[test]
    fn only_a_heavy_article_is_windowed() {
        let light = Session::open(
            "d".into(),
            Document::new("T", "One.\nTwo.", None),
            "t".into(),
        );
        assert!(!light.windowed);
        // 3,000 paragraphs with ten spans each: 60,000 places where a span starts or ends.
        let paragraph = "abcdefghij ".repeat(10);
        let text = vec![paragraph.as_str(); 3_000].join("\n");
        let mut doc = Document::new("T", &text, None);
        for p in 0..3_000 {
            for w in 0..10 {
                let at = p * (paragraph.len() + 1) + 11 * w;
                let a = Annotation::new(
                    &format!("a{}", p * 10 + w + 1),
                    "claim",
                    Span::new(at, at + 5).unwrap(),
                    "t",
                );
                doc.insert(a).unwrap();
            }
        }
        assert!(Session::open("d".into(), doc, "t".into()).windowed);
    }
}
