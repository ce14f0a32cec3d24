//! Files in and out: downloads, the file picker and drag-and-drop.

pub mod download;
pub mod files;
pub mod worker;
