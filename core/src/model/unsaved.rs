//! What storage lacks of a document: the ids of the annotations added, changed or removed since
//! storage last confirmed a whole copy of it (its base), each with the version of its last change.
//! A long document is saved as its base plus a record of those changes, and the journal written
//! when the page closes (`formats::journal`) holds the same, so both stay small.

use std::collections::HashMap;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unsaved {
    version: u64,
    /// Annotation id → the version of its last change, since the base.
    touched: HashMap<String, u64>,
    /// Storage holds a base of the document.
    stored: bool,
    /// The version of the last save storage confirmed (whole or changes).
    saved: u64,
}

/// What a save wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// The whole document: a new base.
    Whole,
    /// A new base that is not the document as it is (the file it was opened from), with the
    /// changes since that base: every change stays in the record that later saves write.
    Base,
    /// The changes since the base.
    Changes,
}

/// How the next save writes the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    Whole,
    Changes,
}

/// Documents with fewer annotations are always written whole: it is cheap, and a file of one piece.
pub const WHOLE_BELOW: usize = 5_000;
/// Once this many annotations changed since the base, a whole copy is written again.
pub const COMPACT_AFTER: usize = 2_000;

impl Unsaved {
    /// `stored`: storage already holds the document as it is (read back from it); otherwise
    /// nothing of it is there.
    pub fn new(stored: bool) -> Unsaved {
        Unsaved {
            stored,
            ..Unsaved::default()
        }
    }

    /// A document read back from storage as its base and a record of changes to these annotations:
    /// nothing is pending, and later saves of changes keep writing these too.
    pub fn stored_with(changed: impl IntoIterator<Item = String>) -> Unsaved {
        Unsaved {
            stored: true,
            touched: changed.into_iter().map(|id| (id, 0)).collect(),
            ..Unsaved::default()
        }
    }

    /// A change to these annotations (or, with none, to the document's header: title, labels,
    /// links, annotator, assignment).
    pub fn touch(&mut self, ids: impl IntoIterator<Item = String>) {
        self.version += 1;
        for id in ids {
            self.touched.insert(id, self.version);
        }
    }

    /// The version a save taken now holds.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Storage confirmed it holds the document as of `version`, whole or as changes to its base.
    pub fn saved(&mut self, version: u64, how: Saved) {
        self.saved = self.saved.max(version);
        match how {
            Saved::Whole => {
                self.stored = true;
                self.touched.retain(|_, v| *v > version);
            }
            Saved::Base => self.stored = true,
            Saved::Changes => {}
        }
    }

    /// Storage lacks something of the document: it was never saved, or changed since.
    pub fn pending(&self) -> bool {
        !self.stored || self.version > self.saved
    }

    /// Storage holds a base of the document.
    pub fn is_stored(&self) -> bool {
        self.stored
    }

    /// The annotations changed since the base, by id.
    pub fn touched(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.touched.keys().cloned().collect();
        crate::model::order::sort(&mut ids);
        ids
    }

    /// How many annotations changed since the base.
    pub fn touched_count(&self) -> usize {
        self.touched.len()
    }

    /// How to save a document of `annotations` annotations now: whole when it is short, when storage
    /// holds none of it, or when many annotations changed since its base; otherwise the changes.
    pub fn plan(&self, annotations: usize) -> Plan {
        if annotations < WHOLE_BELOW || !self.stored || self.touched.len() >= COMPACT_AFTER {
            Plan::Whole
        } else {
            Plan::Changes
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_whole_save_confirms_only_the_changes_it_holds() {
        let mut u = Unsaved::new(false);
        u.touch(["a1".to_string()]);
        let first = u.version();
        u.touch(["a2".to_string(), "a1".to_string()]);
        u.touch(["a3".to_string()]);
        assert!(!u.is_stored() && u.pending());
        u.saved(first, Saved::Whole);
        assert!(u.is_stored());
        assert_eq!(u.touched(), ids(&["a1", "a2", "a3"]));
        u.saved(u.version() - 1, Saved::Whole);
        assert_eq!(u.touched(), ids(&["a3"]));
        assert!(u.pending());
        u.saved(u.version(), Saved::Whole);
        assert!(u.touched().is_empty());
        assert!(!u.pending());
        u.touch([]);
        assert!(u.pending(), "a change to the header is pending too");
        assert!(u.touched().is_empty());
    }

    #[test]
    fn long_documents_save_their_changes_until_there_are_many() {
        let mut u = Unsaved::new(false);
        assert_eq!(
            u.plan(WHOLE_BELOW * 10),
            Plan::Whole,
            "storage holds none of it"
        );
        u.saved(u.version(), Saved::Whole);
        assert_eq!(u.plan(WHOLE_BELOW - 1), Plan::Whole, "short");
        assert_eq!(u.plan(WHOLE_BELOW), Plan::Changes);
        u.touch((0..COMPACT_AFTER).map(|i| format!("a{i}")));
        assert_eq!(u.plan(WHOLE_BELOW), Plan::Whole, "compacted");
    }

    #[test]
    fn a_document_read_with_changes_keeps_writing_them_until_a_whole_save() {
        let mut u = Unsaved::stored_with(["a7".to_string()]);
        assert!(!u.pending());
        u.touch(["a8".to_string()]);
        assert_eq!(u.touched(), ids(&["a7", "a8"]));
        u.saved(u.version(), Saved::Changes);
        assert_eq!(u.touched(), ids(&["a7", "a8"]));
        u.saved(u.version(), Saved::Whole);
        assert!(u.touched().is_empty());
    }

    #[test]
    fn a_save_of_changes_keeps_them_counted_against_the_base() {
        let mut u = Unsaved::new(true);
        u.touch(["a1".to_string()]);
        u.saved(u.version(), Saved::Changes);
        assert!(!u.pending(), "storage has everything");
        assert_eq!(u.touched(), ids(&["a1"]), "as changes to its base");
        assert_eq!(u.touched_count(), 1);
    }

    #[test]
    fn a_base_stored_as_its_file_keeps_every_change_for_the_next_saves() {
        // Edits made before the first save of a long file opened from disk: that save stores the
        // file and these changes; the next save of changes must still hold them.
        let mut u = Unsaved::new(false);
        u.touch(ids(&["a1", "a2"]));
        let first = u.version();
        u.saved(first, Saved::Base);
        assert!(u.is_stored());
        assert!(!u.pending());
        u.touch(ids(&["a3"]));
        assert_eq!(u.plan(WHOLE_BELOW), Plan::Changes);
        assert_eq!(u.touched(), ids(&["a1", "a2", "a3"]));
    }
}
