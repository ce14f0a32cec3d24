//! `grade --key KEY FILES…`: the gradebook on standard output, by default exactly the bytes of the
//! compare view's "Gradebook CSV" for the same files: the students named as the view names them,
//! each file fitted to the key's article as the view fits it (`formats::collect::fit`), the rows
//! written by the core's [`Gradebook`].
//!
//! The class is streamed: files are read, fitted and reduced to their spans a bounded batch at a
//! time by a small pool of threads (see [`each_student`]), and each row is written as soon as the
//! rows before it are, so memory does not grow with the number of files.
//!
//! Rubrics and LMS files: the `--format` value (`args::GradeFormat`) is where the Canvas, Moodle
//! and Google Classroom files and a `--rubric R` option join, each written by the core's rubric
//! and LMS export code once it exists, from the same stream of [`Student`]s as [`write_csv`].

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

use close_reader_core::analysis::agreement::{spans_of, Gradebook, LabelledSpan};
use close_reader_core::analysis::class_set::{self, ALREADY_ADDED};
use close_reader_core::formats::collect::{self, Fit};
use close_reader_core::formats::native;
use close_reader_core::Document;

use crate::args::{GradeArgs, GradeFormat};
use crate::files::{self, file_name, FileError};
use crate::progress::Progress;
use crate::Outcome;

/// The article the class annotated, with the teacher's annotations as the key.
pub struct Key {
    pub article: Document,
    /// The key's name in the class (the article's annotator, else "Your annotations"): a student
    /// of the same name is numbered, as in the compare view.
    pub name: String,
    pub spans: Vec<LabelledSpan>,
}

/// Reads the key: a Close Reader file with annotations.
pub fn load_key(path: &Path) -> Result<Key, String> {
    let article = load_article(path)?;
    let name = class_set::own_name(&article).ok_or_else(|| {
        format!(
            "{}: the key has no annotations, so there is nothing to grade against.",
            path.display()
        )
    })?;
    let spans = spans_of(&article);
    Ok(Key {
        article,
        name,
        spans,
    })
}

/// Reads a Close Reader file with the app's message when it cannot.
pub fn load_article(path: &Path) -> Result<Document, String> {
    let bytes = files::read(path).map_err(|e| e.to_string())?;
    native::from_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// A student of the class: a unique name and the spans of their file, fitted to the article.
#[derive(Clone, Debug, PartialEq)]
pub struct Student {
    pub name: String,
    pub spans: Vec<LabelledSpan>,
}

/// What one file gave: a student, and a note to show (re-anchored annotations that could not be
/// placed); or the line saying why it was set aside.
pub type Gathered = Result<(Student, Option<String>), String>;

/// Reads, fits and names every file in order, calling `each` once per file until it returns
/// false. Files are handled in batches of a few dozen by one thread per core; only a batch's spans
/// are held at a time. `taken` holds the names already in the class (the key's).
pub fn each_student(
    article: &Document,
    taken: &[&str],
    files: &[Result<PathBuf, FileError>],
    mut each: impl FnMut(Gathered) -> bool,
) {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut class = Class {
        names: taken.iter().map(|n| n.to_string()).collect(),
        seen: HashSet::new(),
    };
    for batch in files.chunks(32 * threads) {
        let fitted: Vec<Fitted> = if threads == 1 || batch.len() == 1 {
            batch.iter().map(|f| fit_file(article, f)).collect()
        } else {
            std::thread::scope(|scope| {
                let workers: Vec<_> = (0..threads)
                    .map(|t| {
                        scope.spawn(move || {
                            batch
                                .iter()
                                .skip(t)
                                .step_by(threads)
                                .map(|f| fit_file(article, f))
                                .collect::<Vec<_>>()
                        })
                    })
                    .collect();
                let mut parts: Vec<std::vec::IntoIter<Fitted>> = workers
                    .into_iter()
                    .map(|w| w.join().expect("a worker does not panic").into_iter())
                    .collect();
                (0..batch.len())
                    .map(|i| parts[i % threads].next().expect("one per file"))
                    .collect()
            })
        };
        for f in fitted {
            if !each(class.join(article, f)) {
                return;
            }
        }
    }
}

/// One file read and fitted, before its name is made unique.
enum Fitted {
    Joined {
        path: PathBuf,
        name: String,
        spans: Vec<LabelledSpan>,
        unplaced: Vec<(String, String)>,
    },
    SetAside(String),
}

fn fit_file(article: &Document, file: &Result<PathBuf, FileError>) -> Fitted {
    let path = match file {
        Ok(p) => p,
        Err(e) => return Fitted::SetAside(e.to_string()),
    };
    let doc = match files::read(path) {
        Err(e) => return Fitted::SetAside(e.to_string()),
        Ok(bytes) => match native::from_bytes(&bytes) {
            Ok(doc) => doc,
            Err(e) => return Fitted::SetAside(format!("{}: {e}", path.display())),
        },
    };
    let fit = collect::fit(article, doc);
    if let Some(why) = class_set::set_aside_reason(&fit) {
        return Fitted::SetAside(format!("{}: set aside: {why}.", path.display()));
    }
    let (doc, unplaced) = match fit {
        Fit::Same(doc) => (doc, Vec::new()),
        Fit::Reanchored { doc, unplaced } => (doc, unplaced),
        Fit::Different { .. } => unreachable!("set aside above"),
    };
    Fitted::Joined {
        name: class_set::entry_name(&doc, &file_name(path)),
        spans: spans_of(&doc),
        path: path.clone(),
        unplaced,
    }
}

/// The names taken so far and the files already added (by file name and spans, as the compare
/// view tells a file added twice; kept as hashes so that memory stays small).
struct Class {
    names: HashSet<String>,
    seen: HashSet<u64>,
}

impl Class {
    fn join(&mut self, article: &Document, f: Fitted) -> Gathered {
        let (path, name, spans, unplaced) = match f {
            Fitted::SetAside(line) => return Err(line),
            Fitted::Joined {
                path,
                name,
                spans,
                unplaced,
            } => (path, name, spans, unplaced),
        };
        let mut h = DefaultHasher::new();
        (file_name(&path), &spans).hash(&mut h);
        if !self.seen.insert(h.finish()) {
            return Err(format!("{}: set aside: {ALREADY_ADDED}.", path.display()));
        }
        let name = class_set::unique_name(&name, |n| self.names.contains(n));
        self.names.insert(name.clone());
        let note = (!unplaced.is_empty()).then(|| {
            let list: Vec<String> = unplaced
                .iter()
                .map(|(label, quote)| format!("{} “{quote}”", label_name(article, label)))
                .collect();
            format!(
                "{}: re-anchored onto the article's text; not placed: {}.",
                path.display(),
                list.join(", ")
            )
        });
        Ok((Student { name, spans }, note))
    }
}

fn label_name(doc: &Document, id: &str) -> String {
    doc.labels
        .iter()
        .find(|l| l.id == id)
        .map_or_else(|| id.to_string(), |l| l.name.clone())
}

/// `grade`: the gradebook of `args.files` against `args.key` to `out`, notes and refusals to `err`.
pub fn run(args: &GradeArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome, String> {
    let key = load_key(&args.key)?;
    let files = files::expand(&args.files);
    let mut progress = Progress::on_terminal("grading", files.len());
    match args.format {
        GradeFormat::Csv => write_csv(&key, &files, out, err, progress.as_mut()),
    }
}

/// The gradebook CSV, a row per student as soon as it is scored. The library call the browser
/// journeys compare with the app's download.
pub fn write_csv(
    key: &Key,
    files: &[Result<PathBuf, FileError>],
    out: &mut dyn Write,
    err: &mut dyn Write,
    mut progress: Option<&mut Progress>,
) -> Result<Outcome, String> {
    let book = Gradebook::new(&key.article.labels, &key.spans);
    let mut outcome = Outcome::AllDone;
    let mut failed: Option<std::io::Error> = None;
    out.write_all(book.header().as_bytes())
        .map_err(|e| e.to_string())?;
    each_student(&key.article, &[&key.name], files, |gathered| {
        if let Some(p) = progress.as_deref_mut() {
            p.step();
        }
        let (row, note) = match gathered {
            Ok((s, note)) => (Some(book.row(&s.name, &s.spans)), note),
            Err(line) => {
                outcome = Outcome::SomeRefused;
                (None, Some(line))
            }
        };
        if let Some(note) = note {
            if let Some(p) = progress.as_deref_mut() {
                p.clear();
            }
            let _ = writeln!(err, "{note}");
        }
        if let Some(row) = row {
            if let Err(e) = out.write_all(row.as_bytes()) {
                failed = Some(e);
                return false;
            }
        }
        true
    });
    match failed {
        // The reader went away (`| head`): nothing to say, and nothing more to grade.
        Some(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(outcome),
        Some(e) => Err(e.to_string()),
        None => Ok(outcome),
    }
}

/// The gradebook CSV of `files` against the key at `key`, as a string, with the lines that
/// [`run`] writes to standard error: what the browser journeys compare with the app's download.
pub fn gradebook(key: &Path, files: &[PathBuf]) -> Result<(String, Vec<String>), String> {
    let key = load_key(key)?;
    let (mut out, mut err) = (Vec::new(), Vec::new());
    write_csv(&key, &files::expand(files), &mut out, &mut err, None)?;
    let notes = String::from_utf8_lossy(&err)
        .lines()
        .map(str::to_string)
        .collect();
    Ok((String::from_utf8(out).expect("CSV is UTF-8"), notes))
}
