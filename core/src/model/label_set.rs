//! Changing a document's labels as undoable edits: add, rename / recolour / rekey, reorder, delete a
//! label in use (removing or relabelling its spans), and switching to a saved preset. Each function
//! checks the result ([`check_label`]) and returns one [`Edit`] for the history, so every change is
//! one undo step.

use crate::model::label::{check_label, check_label_set, LabelError, LabelSet};
use crate::model::{Annotation, Document, Edit, Label};

/// A new label at `index` (its number of labels to append).
pub fn insert_label(doc: &Document, index: usize, label: Label) -> Result<Edit, LabelError> {
    check_index(index, doc.labels.len() + 1, doc.labels.len())?;
    check_label(&doc.labels, &label)?;
    Ok(Edit::InsertLabel { index, label })
}

/// Gives the label with `label.id` a new name, colour or key. `None` when nothing changes.
pub fn update_label(doc: &Document, label: Label) -> Result<Option<Edit>, LabelError> {
    let before = doc.label(&label.id).ok_or_else(|| LabelError::Unknown {
        id: label.id.clone(),
    })?;
    let others: Vec<Label> = doc
        .labels
        .iter()
        .filter(|l| l.id != label.id)
        .cloned()
        .collect();
    check_label(&others, &label)?;
    Ok((*before != label).then(|| Edit::ReplaceLabel {
        before: before.clone(),
        after: label,
    }))
}

/// Moves a label to position `to` of the list (counted after the move). `None` when it is there.
pub fn move_label(doc: &Document, id: &str, to: usize) -> Result<Option<Edit>, LabelError> {
    let from = doc
        .labels
        .iter()
        .position(|l| l.id == id)
        .ok_or_else(|| LabelError::Unknown { id: id.to_string() })?;
    check_index(to, doc.labels.len(), doc.labels.len())?;
    Ok((from != to).then(|| Edit::MoveLabel {
        id: id.to_string(),
        from,
        to,
    }))
}

/// What happens to the spans of a label being deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpansOfDeleted {
    /// Remove them, with their links.
    Remove,
    /// Give them this other label (their `modified` time becomes `now`).
    Relabel(String),
}

/// Deletes a label; when annotations use it, first removes them (and their links) or relabels them,
/// all in one step.
pub fn delete_label(
    doc: &Document,
    id: &str,
    spans: SpansOfDeleted,
    now: &str,
) -> Result<Edit, LabelError> {
    let index = doc
        .labels
        .iter()
        .position(|l| l.id == id)
        .ok_or_else(|| LabelError::Unknown { id: id.to_string() })?;
    let using: Vec<&Annotation> = doc.annotations().iter().filter(|a| a.label == id).collect();
    let mut edits = Vec::new();
    match &spans {
        SpansOfDeleted::Relabel(to) if to == id => {
            return Err(LabelError::RelabelToItself { id: id.to_string() })
        }
        SpansOfDeleted::Relabel(to) if doc.label(to).is_none() => {
            return Err(LabelError::Unknown { id: to.clone() })
        }
        SpansOfDeleted::Relabel(to) => {
            edits.extend(using.iter().map(|a| Edit::Replace {
                before: (*a).clone(),
                after: Annotation {
                    label: to.clone(),
                    modified: now.to_string(),
                    ..(*a).clone()
                },
            }));
        }
        SpansOfDeleted::Remove => edits.extend(removals(doc, &using)),
    }
    edits.push(Edit::DeleteLabel {
        index,
        label: doc.labels[index].clone(),
    });
    Ok(match edits.len() {
        1 => edits.pop().expect("one edit"),
        _ => Edit::Batch(edits),
    })
}

/// Removing several annotations: every link that touches any of them once, then the annotations.
fn removals(doc: &Document, gone: &[&Annotation]) -> Vec<Edit> {
    let ids: std::collections::HashSet<&str> = gone.iter().map(|a| a.id.as_str()).collect();
    let links = doc
        .links()
        .iter()
        .filter(|l| {
            ids.contains(l.from.as_str()) || (l.other.is_none() && ids.contains(l.to.as_str()))
        })
        .cloned()
        .map(Edit::RemoveLink);
    links
        .chain(gone.iter().map(|a| Edit::Remove((*a).clone())))
        .collect()
}

/// Switches to a preset: its labels, in its order, replace the document's. A label of the document
/// that the preset lacks is deleted when no annotation uses it, and otherwise kept after the
/// preset's labels (its key cleared if the preset uses it), so no span loses its label.
/// `None` when the labels are already those.
pub fn apply_label_set(doc: &Document, set: &LabelSet) -> Result<Option<Edit>, LabelError> {
    check_label_set(&set.labels)?;
    let mut target = set.labels.clone();
    for l in &doc.labels {
        let kept = !target.iter().any(|t| t.id == l.id)
            && doc.annotations().iter().any(|a| a.label == l.id);
        if kept {
            let mut l = l.clone();
            if target
                .iter()
                .any(|t| t.key.to_lowercase() == l.key.to_lowercase())
            {
                l.key.clear();
            }
            target.push(l);
        }
    }
    set_labels(doc, &target)
}

/// The edits that turn the document's labels into `target` (checked first), as one step: labels
/// `target` lacks are deleted (they must be unused), changed ones replaced, new ones inserted, and
/// all put in `target`'s order. `None` when nothing changes.
pub fn set_labels(doc: &Document, target: &[Label]) -> Result<Option<Edit>, LabelError> {
    check_label_set(target)?;
    let mut scratch = doc.clone();
    let mut edits = Vec::new();
    let mut push = |scratch: &mut Document, e: Edit| {
        e.apply(scratch).expect("planned on the same labels");
        edits.push(e);
    };
    // Deleted: from the end, so indices stay right.
    for (index, l) in doc.labels.iter().enumerate().rev() {
        if !target.iter().any(|t| t.id == l.id) {
            let count = doc.annotations().iter().filter(|a| a.label == l.id).count();
            if count > 0 {
                return Err(LabelError::InUse {
                    id: l.id.clone(),
                    count,
                });
            }
            push(
                &mut scratch,
                Edit::DeleteLabel {
                    index,
                    label: l.clone(),
                },
            );
        }
    }
    for (i, t) in target.iter().enumerate() {
        match scratch.labels.iter().position(|l| l.id == t.id) {
            Some(from) => {
                if from != i {
                    let e = Edit::MoveLabel {
                        id: t.id.clone(),
                        from,
                        to: i,
                    };
                    push(&mut scratch, e);
                }
                if scratch.labels[i] != *t {
                    let e = Edit::ReplaceLabel {
                        before: scratch.labels[i].clone(),
                        after: t.clone(),
                    };
                    push(&mut scratch, e);
                }
            }
            None => push(
                &mut scratch,
                Edit::InsertLabel {
                    index: i,
                    label: t.clone(),
                },
            ),
        }
    }
    Ok(match edits.len() {
        0 => None,
        1 => edits.pop(),
        _ => Some(Edit::Batch(edits)),
    })
}

/// `index` must be below `limit`; `len` is the number of labels, for the message.
fn check_index(index: usize, limit: usize, len: usize) -> Result<(), LabelError> {
    if index < limit {
        Ok(())
    } else {
        Err(LabelError::BadIndex { index, len })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{History, Link, LinkKind, Span};

    fn doc() -> Document {
        let mut d = Document::new("T", "Officials said the plan works, reportedly.", None);
        for (id, label, s, e) in [
            ("a1", "source", 0, 9),
            ("a2", "claim", 15, 29),
            ("a3", "hedge", 31, 41),
        ] {
            d.insert(Annotation::new(id, label, Span::new(s, e).unwrap(), "t0"))
                .unwrap();
        }
        d.insert_link(Link::new("l1", "a2", "a1", LinkKind::SupportedBy))
            .unwrap();
        d.insert_link(Link::new("l2", "a3", "a2", LinkKind::Hedges))
            .unwrap();
        d
    }

    fn ids(d: &Document) -> Vec<&str> {
        d.labels.iter().map(|l| l.id.as_str()).collect()
    }

    /// Applies the edit through a history, checks undo restores `d` and redo the result.
    fn round_trip(d: &mut Document, e: Edit) {
        let before = d.clone();
        let mut h = History::default();
        h.apply(d, e).unwrap();
        let after = d.clone();
        h.undo(d).unwrap();
        assert_eq!(*d, before, "undo restores");
        h.redo(d).unwrap();
        assert_eq!(*d, after, "redo repeats");
    }

    #[test]
    fn insert_rename_recolour_rekey_and_move_are_single_undoable_steps() {
        let mut d = doc();
        let opinion = Label::new("opinion", "Opinion", "#047857", "o");
        let e = insert_label(&d, 1, opinion.clone()).unwrap();
        round_trip(&mut d, e);
        assert_eq!(ids(&d), ["claim", "opinion", "source", "hedge"]);
        let renamed = Label::new("opinion", "View", "#0e7490", "v");
        let e = update_label(&d, renamed.clone()).unwrap().unwrap();
        round_trip(&mut d, e);
        assert_eq!(d.label("opinion"), Some(&renamed));
        assert_eq!(
            update_label(&d, renamed).unwrap(),
            None,
            "no change, no edit"
        );
        let e = move_label(&d, "opinion", 3).unwrap().unwrap();
        round_trip(&mut d, e);
        assert_eq!(ids(&d), ["claim", "source", "hedge", "opinion"]);
        assert_eq!(move_label(&d, "claim", 0).unwrap(), None);
        assert_eq!(
            move_label(&d, "claim", 4).unwrap_err().to_string(),
            "has no position 4 (it has 4 labels)"
        );
    }

    #[test]
    fn bad_labels_are_refused_before_any_edit() {
        let d = doc();
        assert!(matches!(
            insert_label(&d, 0, Label::new("x", "X", "#000000", "s")),
            Err(LabelError::KeyTaken { .. })
        ));
        assert!(matches!(
            insert_label(&d, 9, Label::new("x", "X", "#000000", "")),
            Err(LabelError::BadIndex { index: 9, len: 3 })
        ));
        // A label may keep its own key when renamed.
        assert!(update_label(&d, Label::new("claim", "Assertion", "#c2410c", "c")).is_ok());
        assert!(matches!(
            update_label(&d, Label::new("claim", "", "#c2410c", "c")),
            Err(LabelError::EmptyName { .. })
        ));
        assert!(matches!(
            update_label(&d, Label::new("nope", "N", "#c2410c", "")),
            Err(LabelError::Unknown { .. })
        ));
    }

    #[test]
    fn deleting_a_label_in_use_removes_its_spans_and_their_links_in_one_step() {
        let mut d = doc();
        let e = delete_label(&d, "claim", SpansOfDeleted::Remove, "t1").unwrap();
        round_trip(&mut d, e);
        assert_eq!(ids(&d), ["source", "hedge"]);
        assert!(d.annotation("a2").is_none());
        assert!(d.links().is_empty(), "both links touched the claim");
    }

    #[test]
    fn deleting_a_label_in_use_can_relabel_its_spans() {
        let mut d = doc();
        let e = delete_label(&d, "hedge", SpansOfDeleted::Relabel("claim".into()), "t1").unwrap();
        round_trip(&mut d, e);
        assert_eq!(d.annotation("a3").unwrap().label, "claim");
        assert_eq!(d.annotation("a3").unwrap().modified, "t1");
        assert_eq!(d.links().len(), 2, "links stay with relabelled spans");
        assert_eq!(
            delete_label(&d, "claim", SpansOfDeleted::Relabel("claim".into()), "t").unwrap_err(),
            LabelError::RelabelToItself { id: "claim".into() }
        );
        assert!(matches!(
            delete_label(&d, "claim", SpansOfDeleted::Relabel("gone".into()), "t"),
            Err(LabelError::Unknown { .. })
        ));
    }

    #[test]
    fn an_unused_label_is_deleted_by_one_plain_edit() {
        let mut d = doc();
        d.labels.push(Label::new("spare", "Spare", "#000000", ""));
        let e = delete_label(&d, "spare", SpansOfDeleted::Remove, "t").unwrap();
        assert!(matches!(e, Edit::DeleteLabel { index: 3, .. }));
        round_trip(&mut d, e);
    }

    #[test]
    fn a_preset_replaces_the_labels_but_keeps_those_in_use() {
        let mut d = doc();
        let preset = LabelSet {
            name: "Fact-check".into(),
            labels: vec![
                Label::new("source", "Who", "#1d4ed8", "w"),
                Label::new("claim", "Claim", "#c2410c", "h"),
                Label::new("evidence", "Evidence", "#047857", "v"),
            ],
        };
        let e = apply_label_set(&d, &preset).unwrap().unwrap();
        assert!(e.changes_labels());
        round_trip(&mut d, e);
        assert_eq!(ids(&d), ["source", "claim", "evidence", "hedge"]);
        assert_eq!(d.label("source").unwrap().name, "Who");
        assert_eq!(
            d.label("hedge").unwrap().key,
            "",
            "its key h went to the preset's claim"
        );
        assert_eq!(apply_label_set(&d, &preset).unwrap(), None);
    }

    #[test]
    fn set_labels_refuses_to_drop_a_label_in_use() {
        let d = doc();
        let err = set_labels(&d, &d.labels[..2]).unwrap_err();
        assert_eq!(
            err,
            LabelError::InUse {
                id: "hedge".into(),
                count: 1
            }
        );
    }
}
