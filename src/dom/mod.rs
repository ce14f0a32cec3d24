//! Thin wrappers over browser APIs: the clock, the selection, word segmentation, scrolling, and the
//! offline service worker, and the print-only notes.

pub mod clock;
pub mod compress;
pub mod crash;
pub mod focus;
pub mod label_colors;
pub mod offline;
pub mod page;
pub mod perf;
pub mod print_notes;
pub mod ranges;
pub mod scroll;
pub mod selection;
pub mod settled;
pub mod slices;
pub mod theme;
pub mod words;
