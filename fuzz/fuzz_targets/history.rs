//! The edit model against an oracle. Any sequence of adds, removes (plain, stale, or with their
//! links), relabels, moves, note typing (merged into one undo step until sealed), links (made the
//! app's way or raw), unlinks, batches, undos and redos is run on a `Document` + `History` and on a
//! plain model (a list of annotations and links, with stacks of snapshots for undo and redo) that
//! decides independently whether each edit is valid. After every step: the edit was accepted
//! exactly when the oracle says it is valid; the document's annotations and links equal the
//! model's (in text and id order); undo/redo are available exactly when the stacks are non-empty;
//! no link dangles; and undo then redo (on a copy) gives back the same document. At the end,
//! the last document saves and opens again as itself, undoing everything gives back the
//! first document, and redoing everything the furthest state the history reaches.
#![no_main]

use arbitrary::Arbitrary;
use close_reader_core::model::history::{Edit, History};
use close_reader_core::{Annotation, Document, Link, LinkKind, Span};
use close_reader_fuzz::native_round_trip;
use libfuzzer_sys::fuzz_target;

const TEXT: &str =
    "The minister said 😀 the scheme will\r\nreportedly cost 40\u{a0}million. Critics said it will fail.";
/// The last is not a label of the document.
const LABELS: [&str; 4] = ["claim", "source", "hedge", "opinion"];
const NOTES: [&str; 4] = ["", "n", "note", "two\nlines"];
const NAMES: [&str; 4] = ["a1", "a2", "x", ""];
const LINK_IDS: [&str; 4] = ["l1", "l2", "x", " "];

#[derive(Arbitrary, Debug)]
enum Id {
    Fresh,
    Named(u8),
}

#[derive(Arbitrary, Debug)]
enum Op {
    Add {
        start: u8,
        len: u8,
        label: u8,
        id: Id,
    },
    /// `Edit::Remove` of the annotation as it is, or of a stale copy.
    Remove {
        which: u8,
        stale: bool,
    },
    /// `Edit::remove_annotation`: its links first, as one step.
    RemoveWithLinks {
        which: u8,
    },
    Relabel {
        which: u8,
        label: u8,
    },
    Move {
        which: u8,
        start: u8,
        len: u8,
    },
    /// `History::set_note`; `which == 255` names no annotation.
    Note {
        which: u8,
        note: u8,
    },
    Seal,
    Undo,
    Redo,
    /// `Edit::add_link`, as the app links.
    Link {
        from: u8,
        to: u8,
        kind: u8,
    },
    /// `Edit::AddLink` of any link; 255 names no annotation.
    RawLink {
        id: u8,
        from: u8,
        to: u8,
        kind: u8,
    },
    Unlink {
        which: u8,
    },
    /// Adds as one step; a label byte ≥ 200 reuses the id "x".
    Batch(Vec<(u8, u8, u8)>),
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Model {
    anns: Vec<Annotation>,
    links: Vec<Link>,
}

impl Model {
    fn get(&self, id: &str) -> Option<&Annotation> {
        self.anns.iter().find(|a| a.id == id)
    }

    fn can_add(&self, a: &Annotation, len: usize) -> bool {
        !a.span.is_empty()
            && a.span.end() <= len
            && LABELS[..3].contains(&a.label.as_str())
            && self.get(&a.id).is_none()
    }

    fn linked(&self, id: &str) -> bool {
        self.links.iter().any(|l| l.from == id || l.to == id)
    }

    fn can_link(&self, l: &Link) -> bool {
        let symmetric = matches!(l.kind, LinkKind::SameClaim | LinkKind::Contradicts);
        !l.id.trim().is_empty()
            && !self.links.iter().any(|m| m.id == l.id)
            && self.get(&l.from).is_some()
            && self.get(&l.to).is_some()
            && l.from != l.to
            && !self.links.iter().any(|m| {
                m.kind == l.kind
                    && ((m.from == l.from && m.to == l.to)
                        || (symmetric && m.from == l.to && m.to == l.from))
            })
    }

    fn replaced(&self, a: &Annotation) -> Model {
        let mut m = self.clone();
        let at = m.anns.iter().position(|x| x.id == a.id).expect("exists");
        m.anns[at] = a.clone();
        m
    }

    fn check(&self, doc: &Document) {
        let mut anns = self.anns.clone();
        anns.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        assert_eq!(
            doc.annotations(),
            &anns[..],
            "annotations differ from the oracle's"
        );
        let mut links = self.links.clone();
        links.sort_by(|a, b| (a.id.len(), &a.id).cmp(&(b.id.len(), &b.id)));
        assert_eq!(doc.links(), &links[..], "links differ from the oracle's");
    }
}

struct Oracle {
    m: Model,
    past: Vec<Model>,
    future: Vec<Model>,
    open_note: Option<String>,
}

impl Oracle {
    /// An edit was applied: the old state can be undone to, redo is gone.
    fn applied(&mut self, next: Model) {
        self.past.push(std::mem::replace(&mut self.m, next));
        self.future.clear();
        self.open_note = None;
    }
}

fuzz_target!(|ops: Vec<Op>| {
    let mut doc = Document::new("T", TEXT, None);
    let first = doc.clone();
    let len = doc.text.len();
    let mut h = History::default();
    let mut o = Oracle {
        m: Model::default(),
        past: Vec::new(),
        future: Vec::new(),
        open_note: None,
    };
    let mut fresh = 0;
    let span = |start: u8, l: u8| {
        let s = start as usize % (len + 4);
        Span::new(s, s + l as usize % 16).expect("ordered")
    };
    for (step, op) in ops.into_iter().take(64).enumerate() {
        let now = format!("t{step}");
        let ids: Vec<String> = doc.annotations().iter().map(|a| a.id.clone()).collect();
        let pick = |w: u8| (!ids.is_empty()).then(|| ids[w as usize % ids.len()].clone());
        let end = |w: u8| {
            if w == 255 {
                Some("ghost".to_string())
            } else {
                pick(w)
            }
        };
        match op {
            Op::Add {
                start,
                len: l,
                label,
                id,
            } => {
                let id = match id {
                    Id::Fresh => {
                        fresh += 1;
                        format!("f{fresh}")
                    }
                    Id::Named(k) => NAMES[k as usize % 4].to_string(),
                };
                let a = Annotation::new(&id, LABELS[label as usize % 4], span(start, l), &now);
                let valid = o.m.can_add(&a, len);
                let r = h.apply(&mut doc, Edit::Add(a.clone()));
                assert_eq!(r.is_ok(), valid, "add {a:?}: {r:?}");
                if valid {
                    let mut next = o.m.clone();
                    next.anns.push(a);
                    o.applied(next);
                }
            }
            Op::Remove { which, stale } => {
                let Some(id) = pick(which) else { continue };
                let mut a = o.m.get(&id).expect("the oracle has it").clone();
                if stale {
                    a.note.push('?');
                }
                let valid = !stale && !o.m.linked(&id);
                let r = h.apply(&mut doc, Edit::Remove(a));
                assert_eq!(r.is_ok(), valid, "remove {id} (stale: {stale}): {r:?}");
                if valid {
                    let mut next = o.m.clone();
                    next.anns.retain(|x| x.id != id);
                    o.applied(next);
                }
            }
            Op::RemoveWithLinks { which } => {
                let Some(id) = pick(which) else { continue };
                let e = Edit::remove_annotation(&doc, &id).expect("it exists");
                h.apply(&mut doc, e)
                    .expect("removing with links always applies");
                let mut next = o.m.clone();
                next.anns.retain(|x| x.id != id);
                next.links.retain(|l| l.from != id && l.to != id);
                o.applied(next);
            }
            Op::Relabel { which, label } => {
                let Some(id) = pick(which) else { continue };
                let before = o.m.get(&id).expect("the oracle has it").clone();
                let after = Annotation {
                    label: LABELS[label as usize % 4].into(),
                    modified: now.clone(),
                    ..before.clone()
                };
                let valid = LABELS[..3].contains(&after.label.as_str());
                let r = h.apply(
                    &mut doc,
                    Edit::Replace {
                        before,
                        after: after.clone(),
                    },
                );
                assert_eq!(r.is_ok(), valid, "relabel {after:?}: {r:?}");
                if valid {
                    let next = o.m.replaced(&after);
                    o.applied(next);
                }
            }
            Op::Move {
                which,
                start,
                len: l,
            } => {
                let Some(id) = pick(which) else { continue };
                let before = o.m.get(&id).expect("the oracle has it").clone();
                let after = Annotation {
                    span: span(start, l),
                    modified: now.clone(),
                    ..before.clone()
                };
                let valid = !after.span.is_empty() && after.span.end() <= len;
                let r = h.apply(
                    &mut doc,
                    Edit::Replace {
                        before,
                        after: after.clone(),
                    },
                );
                assert_eq!(r.is_ok(), valid, "move {after:?}: {r:?}");
                if valid {
                    let next = o.m.replaced(&after);
                    o.applied(next);
                }
            }
            Op::Note { which, note } => {
                let id = if which == 255 {
                    "ghost".to_string()
                } else {
                    let Some(id) = pick(which) else { continue };
                    id
                };
                let text = NOTES[note as usize % 4];
                let r = h.set_note(&mut doc, &id, text, &now);
                match o.m.get(&id).cloned() {
                    None => assert!(r.is_err(), "a note on nothing: {r:?}"),
                    Some(a) => {
                        assert_eq!(r, Ok(a.span));
                        if a.note != text {
                            let next = o.m.replaced(&Annotation {
                                note: text.into(),
                                modified: now.clone(),
                                ..a
                            });
                            if o.open_note.as_deref() != Some(id.as_str()) {
                                o.past.push(o.m.clone());
                            }
                            o.m = next;
                            o.future.clear();
                            o.open_note = Some(id);
                        }
                    }
                }
            }
            Op::Seal => {
                h.seal();
                o.open_note = None;
            }
            Op::Undo => {
                o.open_note = None;
                let r = h.undo(&mut doc);
                match o.past.pop() {
                    Some(prev) => {
                        assert!(r.is_some(), "undo refused with a history");
                        o.future.push(std::mem::replace(&mut o.m, prev));
                    }
                    None => assert!(r.is_none(), "undo with nothing to undo"),
                }
            }
            Op::Redo => {
                o.open_note = None;
                let r = h.redo(&mut doc);
                match o.future.pop() {
                    Some(next) => {
                        assert!(r.is_some(), "redo refused");
                        o.past.push(std::mem::replace(&mut o.m, next));
                    }
                    None => assert!(r.is_none(), "redo with nothing to redo"),
                }
            }
            Op::Link { from, to, kind } => {
                let (Some(from), Some(to)) = (pick(from), pick(to)) else {
                    continue;
                };
                let kind = LinkKind::ALL[kind as usize % LinkKind::ALL.len()];
                let link = Link::new(&doc.next_link_id(), &from, &to, kind);
                let valid = o.m.can_link(&link);
                match Edit::add_link(&doc, &from, &to, kind) {
                    Ok(e) => {
                        assert!(valid, "{link:?} made although the oracle refuses it");
                        assert_eq!(e, Edit::AddLink(link.clone()));
                        h.apply(&mut doc, e).expect("a link add_link made applies");
                        let mut next = o.m.clone();
                        next.links.push(link);
                        o.applied(next);
                    }
                    Err(e) => {
                        assert!(!valid, "{link:?} refused: {e}");
                        assert!(!e.to_string().is_empty());
                    }
                }
            }
            Op::RawLink { id, from, to, kind } => {
                let (Some(from), Some(to)) = (end(from), end(to)) else {
                    continue;
                };
                let kind = LinkKind::ALL[kind as usize % LinkKind::ALL.len()];
                let link = Link::new(LINK_IDS[id as usize % 4], &from, &to, kind);
                let valid = o.m.can_link(&link);
                let r = h.apply(&mut doc, Edit::AddLink(link.clone()));
                assert_eq!(r.is_ok(), valid, "{link:?}: {r:?}");
                if valid {
                    let mut next = o.m.clone();
                    next.links.push(link);
                    o.applied(next);
                }
            }
            Op::Unlink { which } => {
                if doc.links().is_empty() {
                    continue;
                }
                let id = doc.links()[which as usize % doc.links().len()].id.clone();
                let e = Edit::remove_link(&doc, &id).expect("it exists");
                h.apply(&mut doc, e).expect("removing a link applies");
                let mut next = o.m.clone();
                next.links.retain(|l| l.id != id);
                o.applied(next);
            }
            Op::Batch(adds) => {
                let mut next = o.m.clone();
                let mut valid = true;
                let mut edits = Vec::new();
                for (start, l, label) in adds.into_iter().take(4) {
                    let id = if label >= 200 {
                        "x".to_string()
                    } else {
                        fresh += 1;
                        format!("f{fresh}")
                    };
                    let a = Annotation::new(&id, LABELS[label as usize % 4], span(start, l), &now);
                    valid &= next.can_add(&a, len);
                    next.anns.push(a.clone());
                    edits.push(Edit::Add(a));
                }
                let r = h.apply(&mut doc, Edit::Batch(edits));
                assert_eq!(r.is_ok(), valid, "batch: {r:?}");
                if valid {
                    o.applied(next);
                }
            }
        }
        o.m.check(&doc);
        assert_eq!(h.can_undo(), !o.past.is_empty());
        assert_eq!(h.can_redo(), !o.future.is_empty());
        assert!(doc.title == first.title && doc.text == first.text);
        for l in doc.links() {
            assert!(
                doc.annotation(&l.from).is_some() && doc.annotation(&l.to).is_some(),
                "{l:?} dangles"
            );
        }
        if h.can_undo() {
            let (mut d, mut hh) = (doc.clone(), h.clone());
            hh.undo(&mut d).expect("can undo");
            o.past.last().expect("in step").check(&d);
            hh.redo(&mut d).expect("can redo what was undone");
            assert!(d == doc, "undo then redo is not the identity");
        }
    }
    native_round_trip(&doc);
    let furthest = o.future.first().unwrap_or(&o.m).clone();
    while h.undo(&mut doc).is_some() {}
    assert!(
        doc == first,
        "undoing everything does not give back the first document"
    );
    while h.redo(&mut doc).is_some() {}
    furthest.check(&doc);
});
