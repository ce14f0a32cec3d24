//! Close Reader's pure core: the annotation model, offsets and edits, and the file formats.
//!
//! Architecture invariant: this crate knows nothing of Yew, the DOM, storage or time. The app hands it
//! timestamps and word boundaries; it hands back documents, segments and files. Everything here is tested
//! natively with `cargo test -p close-reader-core`.

pub mod analysis;
pub mod formats;
pub mod model;

pub use model::*;
