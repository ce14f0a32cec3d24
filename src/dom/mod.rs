//! Thin wrappers over browser APIs: the clock, the selection, word segmentation, scrolling.

pub mod clock;
pub mod scroll;
pub mod selection;
pub mod words;
