//! OpenDocument lists as the text meets them: nesting gives an item's depth, the list style its
//! bullet or number, and numbers are counted per level, restarting below a new item, taken from
//! an item's own start value, and carried on by a list that continues another
//! (`text:continue-numbering`, `text:continue-list`).

use std::collections::HashMap;

use crate::import::odt::styles::Styles;
use crate::model::shape::{BlockKind, MAX_DEPTH};

/// Numbers of one chain of lists, by level.
type Counters = Vec<Option<u32>>;

/// A list open around the text.
struct List {
    style: Option<String>,
    /// The current item has had its first paragraph (later ones continue it).
    item_has_para: bool,
    /// `text:start-value` of the current item.
    item_start: Option<u32>,
    /// The current item is a list header: no bullet, no number.
    header: bool,
}

/// What a paragraph inside a list is.
pub enum InList {
    /// The first paragraph of an item.
    Item(BlockKind),
    /// A later paragraph of the item: it continues the item after a line break.
    Continues,
}

#[derive(Default)]
pub struct Lists {
    open: Vec<List>,
    counters: Counters,
    /// Lists that continue one another share one chain of numbers: each chain's counters when
    /// its last list ended, the chain of each `xml:id`, the chain last ended and the current one.
    chains: Vec<Counters>,
    chain_of: HashMap<String, usize>,
    last_chain: Option<usize>,
    chain: usize,
}

impl Lists {
    pub fn is_empty(&self) -> bool {
        self.open.is_empty()
    }

    /// A `text:list` opens, with its style, whether it continues the list before it, the list it
    /// continues and its own `xml:id`.
    pub fn open(
        &mut self,
        style: Option<String>,
        continue_numbering: bool,
        continue_list: Option<String>,
        id: Option<String>,
    ) {
        if self.open.is_empty() {
            let continued = if continue_numbering {
                self.last_chain
            } else {
                continue_list.and_then(|id| self.chain_of.get(&id).copied())
            };
            self.chain = continued.unwrap_or_else(|| {
                self.chains.push(Counters::new());
                self.chains.len() - 1
            });
            self.counters = self.chains[self.chain].clone();
            if let Some(id) = id {
                self.chain_of.insert(id, self.chain);
            }
        }
        let style = style.or_else(|| self.open.last().and_then(|l| l.style.clone()));
        self.open.push(List {
            style,
            item_has_para: false,
            item_start: None,
            header: false,
        });
    }

    pub fn close(&mut self) {
        self.open.pop();
        if self.open.is_empty() {
            self.chains[self.chain] = std::mem::take(&mut self.counters);
            self.last_chain = Some(self.chain);
        }
    }

    /// A `text:list-item` (or a `text:list-header`) opens, with its own start value.
    pub fn item(&mut self, header: bool, start: Option<u32>) {
        if let Some(l) = self.open.last_mut() {
            l.item_has_para = false;
            l.header = header;
            l.item_start = start;
        }
    }

    /// A paragraph in the innermost list: the item it makes, numbered, or a continuation. The
    /// paragraph's own style may name the list style when the list does not.
    pub fn paragraph(&mut self, styles: &Styles, para_list_style: Option<&str>) -> Option<InList> {
        let depth = self.open.len();
        let list = self.open.last_mut()?;
        if list.item_has_para {
            return Some(InList::Continues);
        }
        list.item_has_para = true;
        let style = list.style.as_deref().or(para_list_style);
        let level = style
            .and_then(|s| styles.list_level(s, depth))
            .unwrap_or_default();
        let number = (!list.header).then(|| {
            count(
                &mut self.counters,
                depth,
                list.item_start.unwrap_or(0),
                level.start,
            )
        });
        Some(InList::Item(BlockKind::Item {
            ordered: level.ordered,
            depth: depth.min(usize::from(MAX_DEPTH)) as u8,
            number: number.filter(|_| level.ordered),
        }))
    }
}

/// The number of the next item at `depth` (1 for the top) of a list: its own start value, or one
/// more than the last item at that depth, or the level's start; deeper levels start again.
fn count(counters: &mut Counters, depth: usize, own: u32, level_start: u32) -> u32 {
    if counters.len() < depth {
        counters.resize(depth, None);
    }
    let n = match own {
        0 => counters[depth - 1].map_or(level_start, |n| n.saturating_add(1)),
        own => own,
    };
    counters[depth - 1] = Some(n);
    counters.truncate(depth);
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_count_by_level_and_deeper_levels_restart() {
        let mut c = Counters::new();
        assert_eq!(count(&mut c, 1, 0, 1), 1);
        assert_eq!(count(&mut c, 2, 0, 1), 1);
        assert_eq!(count(&mut c, 2, 0, 1), 2);
        assert_eq!(count(&mut c, 1, 0, 1), 2);
        assert_eq!(count(&mut c, 2, 0, 1), 1, "a deeper level starts again");
        assert_eq!(count(&mut c, 1, 7, 1), 7, "an item's own start value");
        assert_eq!(count(&mut c, 3, 0, 4), 4, "a level's start");
    }
}
