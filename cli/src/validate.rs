//! `validate FILES…`: each file checked as the app checks a file it opens: a Close Reader file by the
//! core's native reader (whose messages name the annotation at fault), another tool's file by the
//! core's recognition and reader. One line per file: `ok` with what it holds, or the message.

use std::io::Write;
use std::path::Path;

use close_reader_core::formats::detect::{detect, meant_as_native, Format};
use close_reader_core::formats::native;
use close_reader_core::formats::reader::{self, Reading};

use crate::args::ValidateArgs;
use crate::files::{self, file_name};
use crate::Outcome;

/// Checks every file, writing one line for each to `out`.
pub fn run(args: &ValidateArgs, out: &mut dyn Write) -> Result<Outcome, String> {
    let mut outcome = Outcome::AllDone;
    for file in files::expand(&args.files) {
        let line = match file {
            Err(e) => Err(e.to_string()),
            Ok(path) => check(&path),
        };
        match line {
            Ok(line) => writeln!(out, "{line}"),
            Err(line) => {
                outcome = Outcome::SomeRefused;
                writeln!(out, "{line}")
            }
        }
        .map_err(|e| e.to_string())?;
    }
    Ok(outcome)
}

/// `"path: ok (…)"` for a file the app opens, or `"path: "` and the app's message for one it
/// refuses.
pub fn check(path: &Path) -> Result<String, String> {
    let bytes = files::read(path).map_err(|e| e.to_string())?;
    let shown = path.display();
    let refused = |why: String| format!("{shown}: {why}");
    match detect(&bytes) {
        Ok(Format::Native) => {
            let doc = native::from_bytes(&bytes).map_err(|e| refused(e.to_string()))?;
            Ok(format!(
                "{shown}: ok (a Close Reader file of “{}”, {})",
                doc.title,
                count(doc.annotations().len(), "annotation")
            ))
        }
        Ok(format) if format.carries_text() => {
            let now = crate::clock::now_iso();
            match reader::read(format, &bytes, None, &file_name(path), &now) {
                Ok(Reading::NewDocument { report, .. }) => Ok(format!(
                    "{shown}: ok ({}, {} placed on its text{})",
                    format.name(),
                    count(report.placed.len(), "annotation"),
                    match report.problems.len() {
                        0 => String::new(),
                        n => format!(", {} not", count(n, "annotation")),
                    }
                )),
                Ok(Reading::OntoOpen { .. }) => Ok(format!("{shown}: ok ({})", format.name())),
                Err(e) => Err(refused(e.to_string())),
            }
        }
        Ok(format) => Ok(format!(
            "{shown}: ok ({}; its annotations are placed on an article by `convert --article`)",
            format.name()
        )),
        Err(e) if meant_as_native(&file_name(path), &bytes, &e) => native::from_bytes(&bytes)
            .map(|_| format!("{shown}: ok"))
            .map_err(|e| refused(e.to_string())),
        Err(e) => Err(refused(e.to_string())),
    }
}

/// "1 annotation", "3 annotations".
pub fn count(n: usize, one: &str) -> String {
    format!("{n} {one}{}", if n == 1 { "" } else { "s" })
}
