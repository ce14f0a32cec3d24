//! The journal of unsaved changes against random editing: whatever edits, undos, redos, note typing,
//! label changes and saves (whole, or of the changes since the base) came before, the journal written
//! now and replayed onto any stored base at least as new as the last confirmed one gives the document
//! as it is.

mod support;

use close_reader_core::formats::journal;
use close_reader_core::model::unsaved::{Saved, Unsaved};
use close_reader_core::{Annotation, Document, Edit, History, Label, LinkKind, Span};
use proptest::prelude::*;
use support::*;

#[derive(Clone, Debug)]
enum Op {
    Add {
        start: usize,
        len: usize,
        label: usize,
    },
    Remove(usize),
    Relabel(usize, usize),
    Note(usize, String),
    Link(usize, usize),
    AddLabel,
    Retitle(String),
    Undo,
    Redo,
    /// A save of the whole document begins (its snapshot is taken) and, if `confirmed`,
    /// completes; or (`whole` false) a save of the changes since the base, which leaves the base.
    Save {
        confirmed: bool,
        whole: bool,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0usize..200, 1usize..30, 0usize..3).prop_map(|(start, len, label)| Op::Add { start, len, label }),
        2 => (0usize..20).prop_map(Op::Remove),
        1 => (0usize..20, 0usize..3).prop_map(|(a, l)| Op::Relabel(a, l)),
        2 => (0usize..20, "[a-z\n😀\"]{0,6}").prop_map(|(a, n)| Op::Note(a, n)),
        1 => (0usize..20, 0usize..20).prop_map(|(a, b)| Op::Link(a, b)),
        1 => Just(Op::AddLabel),
        1 => "[A-Za-z ]{0,8}".prop_map(Op::Retitle),
        2 => Just(Op::Undo),
        1 => Just(Op::Redo),
        2 => (any::<bool>(), any::<bool>()).prop_map(|(confirmed, whole)| Op::Save { confirmed, whole }),
    ]
}

fn nth(doc: &Document, i: usize) -> Option<Annotation> {
    let n = doc.annotations().len();
    (n > 0).then(|| doc.annotations()[i % n].clone())
}

proptest! {
    #[test]
    fn the_journal_replays_to_the_document_as_it_is(
        ops in prop::collection::vec(op(), 0..40),
        stored_at_start in any::<bool>(),
    ) {
        let mut doc = Document::new("Title", ARTICLE, None);
        let mut history = History::default();
        let mut unsaved = Unsaved::new(stored_at_start);
        // What storage holds: the last confirmed save, and snapshots of saves still under way.
        let mut confirmed: Option<Document> = stored_at_start.then(|| doc.clone());
        let mut in_flight: Vec<Document> = Vec::new();
        let labels = ["claim", "source", "hedge"];
        for op in ops {
            let edit = match op {
                Op::Add { start, len, label } => {
                    let n = doc.text.len();
                    let (s, e) = (start.min(n), (start + len).min(n));
                    Span::new(s, e).filter(|sp| !sp.is_empty()).map(|sp| {
                        Edit::Add(Annotation::new(&doc.next_annotation_id(), labels[label], sp, NOW))
                    })
                }
                Op::Remove(i) => nth(&doc, i).and_then(|a| Edit::remove_annotation(&doc, &a.id)),
                Op::Relabel(i, l) => nth(&doc, i).map(|a| Edit::Replace {
                    after: Annotation { label: labels[l].into(), ..a.clone() },
                    before: a,
                }),
                Op::Note(i, note) => {
                    if let Some(a) = nth(&doc, i) {
                        if history.set_note(&mut doc, &a.id, &note, NOW).is_ok() {
                            unsaved.touch([a.id.clone()]);
                        }
                    }
                    None
                }
                Op::Link(i, j) => match (nth(&doc, i), nth(&doc, j)) {
                    (Some(a), Some(b)) => Edit::add_link(&doc, &a.id, &b.id, LinkKind::SupportedBy).ok(),
                    _ => None,
                },
                Op::AddLabel => Some(Edit::AddLabel(Label::new(
                    &format!("x{}", doc.labels.len()), "Extra", "#123456", "",
                ))),
                Op::Retitle(t) => {
                    doc.title = t;
                    unsaved.touch([]);
                    None
                }
                Op::Undo => {
                    if let Some(e) = history.undo(&mut doc) {
                        unsaved.touch(e.annotation_ids());
                    }
                    None
                }
                Op::Redo => {
                    if let Some(e) = history.redo(&mut doc) {
                        unsaved.touch(e.annotation_ids());
                    }
                    None
                }
                Op::Save { confirmed: done, whole: false } => {
                    if done {
                        unsaved.saved(unsaved.version(), Saved::Changes);
                    }
                    None
                }
                Op::Save { confirmed: done, whole: true } => {
                    if done {
                        confirmed = Some(doc.clone());
                        in_flight.clear();
                        unsaved.saved(unsaved.version(), Saved::Whole);
                    } else {
                        in_flight.push(doc.clone());
                    }
                    None
                }
            };
            if let Some(e) = edit {
                let ids = e.annotation_ids();
                if history.apply(&mut doc, e).is_ok() {
                    unsaved.touch(ids);
                }
            }
        }
        let touched: Vec<String> = unsaved.touched();
        if unsaved.is_stored() {
            let j = journal::changes("d", "c", &doc, &touched);
            // Storage holds the last confirmed save, or any save begun after it.
            for stored in confirmed.iter().chain(in_flight.iter()) {
                prop_assert_eq!(journal::replay(&j, Some(stored.clone())), Ok(doc.clone()));
            }
        } else {
            let j = journal::whole("d", "c", &doc);
            prop_assert_eq!(journal::replay(&j, None), Ok(doc.clone()));
        }
    }
}
