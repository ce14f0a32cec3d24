//! Keeping work in the browser: documents in IndexedDB, small preferences in localStorage.

pub mod class_sets;
pub mod idb;
pub mod journal;
pub mod library;
pub mod prefs;
