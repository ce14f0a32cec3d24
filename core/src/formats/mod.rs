//! File formats: the native Close Reader file (versioned, documented in `docs/format.md`), and the
//! exports to and imports from other tools (documented in `docs/interop.md`).

pub mod anchor;
pub mod brat;
pub mod csv;
pub mod detect;
pub mod doccano;
pub mod import;
pub mod import_links;
pub mod label_studio;
pub mod native;
mod native_v1;
pub mod report;
pub mod w3c;
pub mod w3c_import;
pub mod zip;

pub use native::{from_json, to_json, LoadError};
