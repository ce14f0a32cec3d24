//! Thin wrappers over browser APIs: the clock, the selection, word segmentation, scrolling, and the
//! offline service worker.

pub mod clock;
pub mod offline;
pub mod perf;
pub mod ranges;
pub mod scroll;
pub mod selection;
pub mod words;
