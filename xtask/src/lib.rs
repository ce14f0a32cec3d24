//! Shared by `cargo xtask` and the end-to-end tests: the pinned tool versions and their installation,
//! the release build (with the Content-Security-Policy, the service worker and the one-file build), and a
//! small static file server.

pub mod build;
pub mod csp;
pub mod eval;
pub mod fuzz;
pub mod offline;
pub mod onefile;
pub mod serve;
pub mod tools;

use std::path::PathBuf;

/// The workspace root (the app's directory).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace")
        .to_path_buf()
}
