//! Reading the zip container of DOCX, ODT and EPUB files with limits that keep a zip bomb inert:
//! every part is inflated through a counter, and reading stops at 64 MiB for one part or 256 MiB
//! in all, whatever the archive's own (forgeable) sizes say.

use std::io::{Cursor, Read};

use zip::result::ZipError;
use zip::ZipArchive;

use crate::import::ImportError;

/// The most one part may inflate to.
pub const PART_LIMIT: u64 = 64 << 20;
/// The most all parts read from one archive may inflate to.
pub const TOTAL_LIMIT: u64 = 256 << 20;
/// The most entries an archive may list.
pub const ENTRY_LIMIT: usize = 20_000;

pub struct Archive<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    kind: &'static str,
    /// Bytes inflated so far.
    read: u64,
}

impl<'a> Archive<'a> {
    /// The archive of a `kind` file ("Word", "OpenDocument", "EPUB"), for its messages.
    pub fn open(bytes: &'a [u8], kind: &'static str) -> Result<Archive<'a>, ImportError> {
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(kind, &e))?;
        if zip.len() > ENTRY_LIMIT {
            return Err(ImportError::TooLarge {
                what: format!("it holds {} parts, more than {ENTRY_LIMIT}", zip.len()),
            });
        }
        Ok(Archive { zip, kind, read: 0 })
    }

    /// The names of its parts, in the archive's order.
    pub fn names(&self) -> Vec<String> {
        self.zip.file_names().map(str::to_string).collect()
    }

    pub fn has(&self, name: &str) -> bool {
        self.zip.index_for_name(name).is_some()
    }

    /// A part's bytes, or `None` when the archive has no part of that name.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, ImportError> {
        let kind = self.kind;
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        let part = match self.zip.by_index(index) {
            Ok(part) => part,
            Err(ZipError::UnsupportedArchive(m))
                if m.contains("ncrypt") || m.contains("assword") =>
            {
                return Err(ImportError::Encrypted { kind })
            }
            Err(e) => return Err(damaged(kind, &e)),
        };
        if part.encrypted() {
            return Err(ImportError::Encrypted { kind });
        }
        let left = (TOTAL_LIMIT - self.read).min(PART_LIMIT);
        let mut out = Vec::new();
        let mut limited = part.take(left + 1);
        limited
            .read_to_end(&mut out)
            .map_err(|e| ImportError::Damaged {
                kind,
                detail: format!("part {name}: {e}"),
            })?;
        if out.len() as u64 > left {
            let what = if left == PART_LIMIT {
                format!(
                    "its part {name} unpacks to more than {} MB",
                    PART_LIMIT >> 20
                )
            } else {
                format!("its parts unpack to more than {} MB", TOTAL_LIMIT >> 20)
            };
            return Err(ImportError::TooLarge { what });
        }
        self.read += out.len() as u64;
        Ok(Some(out))
    }

    /// A part as UTF-8 text (a byte-order mark is dropped).
    pub fn read_text(&mut self, name: &str) -> Result<Option<String>, ImportError> {
        let kind = self.kind;
        match self.read(name)? {
            None => Ok(None),
            Some(bytes) => {
                let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
                String::from_utf8(bytes.to_vec())
                    .map(Some)
                    .map_err(|_| ImportError::Damaged {
                        kind,
                        detail: format!("part {name} is not UTF-8 text"),
                    })
            }
        }
    }
}

fn damaged(kind: &'static str, e: &ZipError) -> ImportError {
    let detail = match e {
        ZipError::InvalidArchive(_) | ZipError::Io(_) => {
            "it is not a complete zip archive".to_string()
        }
        other => other.to_string(),
    };
    ImportError::Damaged { kind, detail }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut w = zip::ZipWriter::new(&mut out);
        let opts =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in parts {
            w.start_file(*name, opts).unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap();
        out.into_inner()
    }

    #[test]
    fn parts_are_read_by_name() {
        let bytes = zip_of(&[("a.xml", b"<a/>"), ("b/c.txt", b"\xEF\xBB\xBFhello")]);
        let mut a = Archive::open(&bytes, "Word").unwrap();
        assert_eq!(a.names(), ["a.xml", "b/c.txt"]);
        assert_eq!(a.read_text("b/c.txt").unwrap().as_deref(), Some("hello"));
        assert_eq!(a.read("missing").unwrap(), None);
    }

    #[test]
    fn a_bomb_is_refused_while_it_inflates() {
        let big = vec![0u8; (PART_LIMIT + 10) as usize];
        let bytes = zip_of(&[("word/document.xml", &big)]);
        assert!(bytes.len() < 1 << 20, "the bomb is small packed");
        let mut a = Archive::open(&bytes, "Word").unwrap();
        let e = a.read("word/document.xml").unwrap_err();
        assert!(e.to_string().contains("unpacks to more than 64 MB"), "{e}");
    }

    #[test]
    fn not_a_zip_is_damaged() {
        let e = Archive::open(b"PK\x03\x04 not really", "EPUB")
            .err()
            .unwrap();
        assert!(
            matches!(e, ImportError::Damaged { kind: "EPUB", .. }),
            "{e:?}"
        );
    }
}
