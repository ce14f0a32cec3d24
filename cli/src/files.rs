//! The files a command is given: folders opened into their `*.json` files in name order, and each
//! file read with a one-line message naming it when it is missing, not a file, or unreadable.

use std::fmt;
use std::path::{Path, PathBuf};

/// Why a named file gave no bytes.
#[derive(Debug)]
pub enum FileError {
    Missing(PathBuf),
    /// A folder where one file is wanted (a key, an article, the file to convert).
    Folder(PathBuf),
    /// A folder given for its files that holds no `*.json` file.
    EmptyFolder(PathBuf),
    NotAFile(PathBuf),
    Unreadable(PathBuf, std::io::Error),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Missing(p) => write!(f, "{}: no such file or folder.", p.display()),
            FileError::Folder(p) => write!(
                f,
                "{}: is a folder; a Close Reader file is wanted here.",
                p.display()
            ),
            FileError::EmptyFolder(p) => {
                write!(f, "{}: this folder holds no .json files.", p.display())
            }
            FileError::NotAFile(p) => write!(
                f,
                "{}: not a file or folder (a device, pipe or socket), so it was not read.",
                p.display()
            ),
            FileError::Unreadable(p, e) => write!(f, "{}: cannot be read: {e}.", p.display()),
        }
    }
}

/// The files named, each folder replaced by its `*.json` files (not its subfolders), sorted by
/// name. A folder without any, or one that cannot be listed, is kept as an error in its place, so
/// that it is reported in order (a missing file is found when it is read).
pub fn expand(names: &[PathBuf]) -> Vec<Result<PathBuf, FileError>> {
    let mut out = Vec::new();
    for name in names {
        if name.is_dir() {
            match json_files_in(name) {
                Ok(files) if files.is_empty() => {
                    out.push(Err(FileError::EmptyFolder(name.clone())))
                }
                Ok(files) => out.extend(files.into_iter().map(Ok)),
                Err(e) => out.push(Err(FileError::Unreadable(name.clone(), e))),
            }
        } else {
            out.push(Ok(name.clone()));
        }
    }
    out
}

fn json_files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let is_json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if is_json && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// A file's bytes, or why there are none.
pub fn read(path: &Path) -> Result<Vec<u8>, FileError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => FileError::Missing(path.to_path_buf()),
        _ => FileError::Unreadable(path.to_path_buf(), e),
    })?;
    if meta.is_dir() {
        return Err(FileError::Folder(path.to_path_buf()));
    }
    if !meta.is_file() {
        return Err(FileError::NotAFile(path.to_path_buf()));
    }
    std::fs::read(path).map_err(|e| FileError::Unreadable(path.to_path_buf(), e))
}

/// The name the compare view knows a file by: its file name, without the folder.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
