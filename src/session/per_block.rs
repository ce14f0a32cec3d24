//! Values kept per paragraph only while they are needed: a book has tens of thousands of paragraphs,
//! and the page shows a few dozen of them at a time, so their highlight segments and suggestion
//! pieces are computed when their group is put in the page and forgotten when it leaves.

use std::ops::Index;
use std::rc::Rc;

/// Per block, its list of `T` once computed. Indexing a block not computed gives an empty list:
/// the article computes a group's blocks before it renders them (`Session::prepare_group`).
pub struct PerBlock<T> {
    items: Vec<Option<Rc<Vec<T>>>>,
    empty: Rc<Vec<T>>,
}

impl<T> PerBlock<T> {
    /// `n` blocks, none computed.
    pub fn new(n: usize) -> PerBlock<T> {
        PerBlock {
            items: (0..n).map(|_| None).collect(),
            empty: Rc::new(Vec::new()),
        }
    }

    pub fn is_set(&self, i: usize) -> bool {
        self.items[i].is_some()
    }

    pub fn set(&mut self, i: usize, v: Vec<T>) {
        self.items[i] = Some(Rc::new(v));
    }

    /// Forgets block `i`'s list (computed again when needed).
    pub fn clear(&mut self, i: usize) {
        self.items[i] = None;
    }
}

impl<T> Index<usize> for PerBlock<T> {
    type Output = Rc<Vec<T>>;

    fn index(&self, i: usize) -> &Rc<Vec<T>> {
        self.items[i].as_ref().unwrap_or(&self.empty)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_not_computed_reads_as_empty_until_set_and_after_cleared() {
        let mut p = PerBlock::<u8>::new(2);
        assert!(p[1].is_empty() && !p.is_set(1));
        p.set(1, vec![7]);
        assert_eq!(*p[1], vec![7]);
        p.clear(1);
        assert!(p[1].is_empty() && !p.is_set(1));
    }
}
