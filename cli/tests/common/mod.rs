//! What the command line's tests share: one small class over one article, files written into a
//! temporary folder, and the binary run with its output and exit status.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use close_reader_core::formats::native;
use close_reader_core::{Annotation, Document, Span};

pub const TEXT: &str =
    "The mayor said the bridge will close. Critics reportedly disagree with the plan.";

/// The code-point span of `needle` in [`TEXT`].
pub fn at(needle: &str) -> (usize, usize) {
    let start = TEXT[..TEXT.find(needle).expect("in the text")]
        .chars()
        .count();
    (start, start + needle.chars().count())
}

/// A file of the article by `annotator`, marking each (label, quoted passage).
pub fn doc(annotator: Option<&str>, spans: &[(&str, &str)]) -> Document {
    doc_of(TEXT, annotator, spans)
}

pub fn doc_of(text: &str, annotator: Option<&str>, spans: &[(&str, &str)]) -> Document {
    let mut d = Document::new("Bridge", text, None);
    d.annotator = annotator.map(str::to_string);
    for (i, (label, needle)) in spans.iter().enumerate() {
        let start = text[..text.find(needle).expect("in the text")]
            .chars()
            .count();
        let span = Span::new(start, start + needle.chars().count()).unwrap();
        d.insert(Annotation::new(
            &format!("a{}", i + 1),
            label,
            span,
            "2026-01-01T00:00:00Z",
        ))
        .unwrap();
    }
    d
}

/// The key: the claim "mayor said the bridge will close" and the hedge "reportedly".
pub fn key() -> Document {
    doc(
        Some("Ms Diaz"),
        &[
            ("claim", "mayor said the bridge will close"),
            ("hedge", "reportedly"),
        ],
    )
}

pub fn write(dir: &Path, name: &str, d: &Document) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, native::to_json(d)).unwrap();
    path
}

/// The binary's standard output, standard error and exit code.
pub struct Ran {
    pub out: String,
    pub err: String,
    pub code: i32,
}

pub fn cli(args: &[&str]) -> Ran {
    let o = Command::new(env!("CARGO_BIN_EXE_close-reader-cli"))
        .args(args)
        .output()
        .expect("the binary runs");
    Ran {
        out: String::from_utf8(o.stdout).unwrap(),
        err: String::from_utf8(o.stderr).unwrap(),
        code: o.status.code().unwrap_or(-1),
    }
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}
