//! File formats: the native Close Reader file (versioned, documented in `docs/format.md`), the
//! exports to and imports from other tools (documented in `docs/interop.md`), and the classroom's
//! assignment links and collected files.
//!
//! Layer: formats read and write the model and may use `anchoring`; they know nothing of
//! `analysis`, which builds on them (the readable report and the file's evidence summary live
//! there). `core/tests/layers.rs` keeps this so.

pub mod assignment_link;
pub mod brat;
pub mod collect;
pub mod csv;
pub mod detect;
pub mod doccano;
pub mod grades;
pub mod import;
pub mod import_links;
pub mod import_plan;
pub mod journal;
pub mod label_presets;
pub mod label_studio;
pub mod markup;
pub mod native;
mod native_classroom;
mod native_load;
mod native_rubric;
pub mod native_stream;
mod native_structure;
pub(crate) mod native_summary;
pub(crate) mod native_threads;
mod native_v1;
mod native_v2;
mod own_text;
pub mod reader;
pub mod w3c;
pub mod w3c_import;
pub mod w3c_threads;
pub mod wire;
pub mod zip;

pub use native::{from_json, to_json, LoadError};
