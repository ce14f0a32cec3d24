//! Close Reader's pure core: the annotation model, offsets and edits, and the file formats.
//!
//! Layers, lowest first: `model` (knows no other module), `anchoring` (places quotes; reads the
//! model), `formats` (files; reads the model and anchoring), `analysis` (summaries, agreement,
//! suggestions, the report; reads all of them). A layer never reaches up: `core/tests/layers.rs`
//! fails the build's tests when one does.
//!
//! Architecture invariant: this crate knows nothing of Yew, the DOM, storage or time. The app hands it
//! timestamps and word boundaries; it hands back documents, segments and files. Everything here is tested
//! natively with `cargo test -p close-reader-core`.

pub mod analysis;
pub mod anchoring;
pub mod formats;
pub mod import;
pub mod model;

pub use model::*;
