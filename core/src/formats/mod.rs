//! File formats: the native Close Reader file (versioned, documented in `docs/format.md`), the
//! exports to and imports from other tools (documented in `docs/interop.md`), and the classroom's
//! assignment links and collected files.

pub mod anchor;
pub mod assignment_link;
pub mod brat;
pub mod collect;
pub mod csv;
pub mod detect;
pub mod doccano;
pub mod import;
pub mod import_links;
pub mod journal;
pub mod label_studio;
pub mod native;
mod native_classroom;
mod native_load;
pub mod native_stream;
mod native_v1;
mod native_v2;
pub mod report;
pub mod w3c;
pub mod w3c_import;
pub mod zip;

pub use native::{from_json, to_json, LoadError};
