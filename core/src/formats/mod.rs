//! File formats: the native Close Reader file (versioned, documented in `docs/format.md`).

pub mod native;

pub use native::{from_json, to_json, LoadError};
