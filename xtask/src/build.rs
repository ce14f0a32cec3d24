//! The release build: Trunk (offline, with the local wasm-bindgen and wasm-opt), then the CSP, the
//! service worker, and the one-file build made from the same files.

use std::path::PathBuf;
use std::process::Command;

use crate::{csp, offline, onefile, root, tools};

/// Where the build goes: `dist/`, or the folder named by `CLOSE_READER_DIST` (the e2e tests read the
/// same variable), so that two builds can run side by side.
pub fn dist_dir() -> PathBuf {
    std::env::var("CLOSE_READER_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root().join("dist"))
}

/// Builds the release into [`dist_dir`] and returns its path.
pub fn dist() -> Result<PathBuf, String> {
    tools::ensure_build_tools()?;
    let dist = dist_dir();
    let status = Command::new("trunk")
        .args(["build", "--release", "--dist"])
        .arg(&dist)
        .current_dir(root())
        .env("PATH", tools::path_env())
        .env("TRUNK_SKIP_VERSION_CHECK", "true")
        .status()
        .map_err(|e| format!("trunk: {e}"))?;
    if !status.success() {
        return Err(format!("trunk build failed ({status})"));
    }
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| e.to_string())?;
    std::fs::write(&index, csp::apply(&html)).map_err(|e| e.to_string())?;
    offline::write(&dist)?;
    onefile::write(&dist)?;
    Ok(dist)
}

/// The file name prefix of the import worker's files (not hashed: the page names them).
pub const WORKER_PREFIX: &str = "close-reader-worker";

/// The page's own wasm in `dist` (the first load), not the import worker's.
pub fn wasm_file(dist: &std::path::Path) -> Option<PathBuf> {
    std::fs::read_dir(dist)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "wasm") && !is_worker_file(p))
}

/// The import worker's wasm in `dist`, loaded only when an article file or a web page's paste is
/// opened.
pub fn worker_wasm_file(dist: &std::path::Path) -> PathBuf {
    dist.join(format!("{WORKER_PREFIX}_bg.wasm"))
}

/// True for the import worker's files (its glue, loader and wasm).
pub fn is_worker_file(path: &std::path::Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with(WORKER_PREFIX))
}

/// The one-file build in `dist`.
pub fn one_file(dist: &std::path::Path) -> PathBuf {
    dist.join(onefile::FILE_NAME)
}

/// Raw and gzip-compressed size of a file.
pub fn sizes(path: &std::path::Path) -> Result<(usize, usize), String> {
    use std::io::Write;
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&bytes).map_err(|e| e.to_string())?;
    Ok((bytes.len(), gz.finish().map_err(|e| e.to_string())?.len()))
}
