//! `grade --key KEY FILES…`: the gradebook on standard output, by default exactly the bytes of the
//! compare view's "Gradebook CSV" for the same files: the students named as the view names them,
//! each file fitted to the key's article as the view fits it (`formats::collect::fit`), the rows
//! written by the core's [`Gradebook`].
//!
//! The class is streamed: files are read, fitted and reduced to their spans a bounded batch at a
//! time by a small pool of threads (see [`each_student`]), and each row is written as soon as the
//! rows before it are, so memory does not grow with the number of files.
//!
//! With a rubric (`--rubric`, or the key's own assignment's), each student is also graded by the
//! core (`analysis::grades`), the teacher's `--overrides` applied: the CSV gets the rubric's
//! columns, as the app's does, and `--format canvas|moodle|classroom` writes the core's LMS file
//! from the same stream of [`Student`]s, with `--ids` mapping names to the system's identifiers.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

use close_reader_core::analysis::agreement::{
    csv_row, rubric_cells, rubric_header, spans_of, Gradebook, LabelledSpan,
};
use close_reader_core::analysis::class_set::{self, ALREADY_ADDED};
use close_reader_core::analysis::grades::{apply_overrides, grade, Grade};
use close_reader_core::analysis::lms::canvas::{canvas_csv, CanvasId};
use close_reader_core::analysis::lms::google_classroom::google_classroom_csv;
use close_reader_core::analysis::lms::moodle::{moodle_csv, MoodleId};
use close_reader_core::analysis::lms::{Identifiers, LmsAssignment};
use close_reader_core::formats::collect::{self, Fit};
use close_reader_core::formats::grades::overrides_from_json;
use close_reader_core::formats::native;
use close_reader_core::model::{GradeOverride, Rubric};
use close_reader_core::Document;

use crate::args::{GradeArgs, GradeFormat, IdKind};
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

/// A student of the class: a unique name and the spans of their file, fitted to the article, and
/// the fitted file itself when a rubric needs it (links, notes).
#[derive(Clone, Debug, PartialEq)]
pub struct Student {
    pub name: String,
    pub spans: Vec<LabelledSpan>,
    pub doc: Option<Document>,
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
    keep_docs: bool,
    mut each: impl FnMut(Gathered) -> bool,
) {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut class = Class {
        names: taken.iter().map(|n| n.to_string()).collect(),
        seen: HashSet::new(),
    };
    for batch in files.chunks(32 * threads) {
        let fitted: Vec<Fitted> = if threads == 1 || batch.len() == 1 {
            batch
                .iter()
                .map(|f| fit_file(article, f, keep_docs))
                .collect()
        } else {
            std::thread::scope(|scope| {
                let workers: Vec<_> = (0..threads)
                    .map(|t| {
                        scope.spawn(move || {
                            batch
                                .iter()
                                .skip(t)
                                .step_by(threads)
                                .map(|f| fit_file(article, f, keep_docs))
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
        doc: Option<Document>,
    },
    SetAside(String),
}

fn fit_file(article: &Document, file: &Result<PathBuf, FileError>, keep_doc: bool) -> Fitted {
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
        doc: keep_doc.then_some(doc),
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
        let (path, name, spans, unplaced, doc) = match f {
            Fitted::SetAside(line) => return Err(line),
            Fitted::Joined {
                path,
                name,
                spans,
                unplaced,
                doc,
            } => (path, name, spans, unplaced, doc),
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
        Ok((Student { name, spans, doc }, note))
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
    let rubric = match &args.rubric {
        Some(path) => Some(rubric_of(&load_article(path)?).ok_or_else(|| {
            format!(
                "{}: its assignment has no rubric (a teacher sets one in Export → Share as an assignment…).",
                path.display()
            )
        })?),
        None => rubric_of(&key.article),
    };
    let Some(rubric) = rubric else {
        return match args.format {
            GradeFormat::Csv => write_csv(&key, &files, out, err, progress.as_mut()),
            _ => Err(format!(
                "{}: a grade file for an LMS needs a rubric, and the key's assignment has none: give one with --rubric.",
                args.key.display()
            )),
        };
    };
    if let Some(p) = rubric.problem() {
        return Err(format!("The rubric cannot be used: {p}."));
    }
    let overrides = match &args.overrides {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("{}: cannot be read ({e}).", path.display()))?;
            overrides_from_json(&text).map_err(|e| format!("{}: {e}", path.display()))?
        }
        None => Vec::new(),
    };
    let graded = Graded {
        key: &key,
        rubric: &rubric,
        overrides: &overrides,
    };
    match args.format {
        GradeFormat::Csv => graded.write_csv(&files, out, err, progress.as_mut()),
        format => {
            let ids = match &args.ids {
                Some(path) => read_ids(path)?,
                None => {
                    return Err(
                        "A grade file for an LMS needs the students' identifiers: give them with --ids (a CSV of name,identifier rows)."
                            .into(),
                    )
                }
            };
            let title = args
                .title
                .clone()
                .unwrap_or_else(|| key.article.title.clone());
            graded.write_lms(
                format,
                args.id_kind,
                &title,
                &ids,
                &files,
                out,
                err,
                progress.as_mut(),
            )
        }
    }
}

/// The rubric a document's assignment carries.
fn rubric_of(doc: &Document) -> Option<Rubric> {
    doc.assignment.as_ref()?.rubric.clone()
}

/// The `name,identifier` rows of an identifiers file (a header row `name,identifier` skipped).
fn read_ids(path: &Path) -> Result<Identifiers, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot be read ({e}).", path.display()))?;
    let mut ids = Identifiers::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let cells = csv_cells(line);
        let [name, id] = cells.as_slice() else {
            return Err(format!(
                "{}, line {}: expected two cells, a student's name and their identifier.",
                path.display(),
                n + 1
            ));
        };
        if n == 0 && name.eq_ignore_ascii_case("name") {
            continue;
        }
        ids.insert(name.trim().to_string(), id.trim().to_string());
    }
    Ok(ids)
}

/// The cells of one CSV line (RFC 4180 quoting, no line breaks inside cells).
fn csv_cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.trim_end_matches('\r').chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cells.last_mut().expect("a cell").push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => cells.push(String::new()),
            (c, _) => cells.last_mut().expect("a cell").push(c),
        }
    }
    cells
}

/// The class graded with a rubric.
struct Graded<'a> {
    key: &'a Key,
    rubric: &'a Rubric,
    overrides: &'a [GradeOverride],
}

impl Graded<'_> {
    /// A student's final grade: computed, then the teacher's overrides applied.
    fn grade(&self, s: &Student) -> Result<Grade, String> {
        let doc = s
            .doc
            .as_ref()
            .expect("documents are kept when grading with a rubric");
        let g = grade(self.rubric, &self.key.article, &s.name, doc)?;
        apply_overrides(self.rubric, &g, self.overrides)
    }

    /// Every student in order (a refused file is a line on `err`), each with their grade.
    fn each(
        &self,
        files: &[Result<PathBuf, FileError>],
        err: &mut dyn Write,
        mut progress: Option<&mut Progress>,
        mut row: impl FnMut(&Student, &Grade) -> std::io::Result<()>,
    ) -> Result<Outcome, String> {
        let mut outcome = Outcome::AllDone;
        let mut failed: Option<Result<std::io::Error, String>> = None;
        let mut names = Vec::new();
        each_student(
            &self.key.article,
            &[&self.key.name],
            files,
            true,
            |gathered| {
                if let Some(p) = progress.as_deref_mut() {
                    p.step();
                }
                let mut say = |line: String, err: &mut dyn Write| {
                    if let Some(p) = progress.as_deref_mut() {
                        p.clear();
                    }
                    let _ = writeln!(err, "{line}");
                };
                match gathered {
                    Ok((s, note)) => {
                        if let Some(note) = note {
                            say(note, err);
                        }
                        let g = match self.grade(&s) {
                            Ok(g) => g,
                            Err(e) => {
                                failed = Some(Err(e));
                                return false;
                            }
                        };
                        names.push(s.name.clone());
                        if let Err(e) = row(&s, &g) {
                            failed = Some(Ok(e));
                            return false;
                        }
                    }
                    Err(line) => {
                        outcome = Outcome::SomeRefused;
                        say(line, err);
                    }
                }
                true
            },
        );
        match failed {
            Some(Ok(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(outcome),
            Some(Ok(e)) => return Err(e.to_string()),
            Some(Err(e)) => return Err(e),
            None => {}
        }
        // Overrides naming nobody in the class are said, not dropped.
        for o in self
            .overrides
            .iter()
            .filter(|o| !names.contains(&o.student))
        {
            outcome = Outcome::SomeRefused;
            let _ = writeln!(
                err,
                "An override for {} (criterion {}) names no student of this class; it was not applied.",
                o.student,
                o.criterion + 1
            );
        }
        Ok(outcome)
    }

    /// The gradebook CSV with the rubric's columns, as the app writes it with a rubric.
    fn write_csv(
        &self,
        files: &[Result<PathBuf, FileError>],
        out: &mut dyn Write,
        err: &mut dyn Write,
        progress: Option<&mut Progress>,
    ) -> Result<Outcome, String> {
        let book = Gradebook::new(&self.key.article.labels, &self.key.spans);
        let mut header = book.header_cells();
        header.extend(rubric_header(self.rubric));
        out.write_all(csv_row(&header).as_bytes())
            .map_err(|e| e.to_string())?;
        self.each(files, err, progress, |s, g| {
            let mut row = book.cells(&s.name, &s.spans);
            row.extend(rubric_cells(self.rubric, Some(g)));
            out.write_all(csv_row(&row).as_bytes())
        })
    }

    /// A grade file for an LMS, written by the core once every student is graded (grades are small;
    /// the files were still read one batch at a time). The students it leaves out are said on `err`.
    #[allow(clippy::too_many_arguments)]
    fn write_lms(
        &self,
        format: GradeFormat,
        kind: Option<IdKind>,
        title: &str,
        ids: &Identifiers,
        files: &[Result<PathBuf, FileError>],
        out: &mut dyn Write,
        err: &mut dyn Write,
        progress: Option<&mut Progress>,
    ) -> Result<Outcome, String> {
        let mut grades = Vec::new();
        let mut outcome = self.each(files, err, progress, |_, g| {
            grades.push(g.clone());
            Ok(())
        })?;
        let assignment = LmsAssignment {
            title: title.to_string(),
            possible: self.rubric.possible(),
        };
        let export = match format {
            GradeFormat::Canvas => canvas_csv(&assignment, &grades, ids, canvas_kind(kind)?),
            GradeFormat::Moodle => moodle_csv(
                &assignment,
                &grades,
                ids,
                moodle_kind(kind)?,
                Some(self.rubric),
            ),
            GradeFormat::Classroom => google_classroom_csv(&assignment, &grades, ids),
            GradeFormat::Csv => unreachable!("written by write_csv"),
        }?;
        for p in &export.problems {
            outcome = Outcome::SomeRefused;
            let _ = writeln!(err, "{p}");
        }
        match out.write_all(export.csv.as_bytes()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
            _ => Ok(outcome),
        }
    }
}

fn canvas_kind(kind: Option<IdKind>) -> Result<CanvasId, String> {
    match kind {
        None | Some(IdKind::SisUserId) => Ok(CanvasId::SisUserId),
        Some(IdKind::CanvasUserId) => Ok(CanvasId::CanvasUserId),
        Some(IdKind::SisLoginId) => Ok(CanvasId::SisLoginId),
        Some(k) => Err(format!(
            "Canvas finds a student by canvas-user-id, sis-user-id or sis-login-id, not {k:?}."
        )),
    }
}

fn moodle_kind(kind: Option<IdKind>) -> Result<MoodleId, String> {
    match kind {
        None | Some(IdKind::Email) => Ok(MoodleId::Email),
        Some(IdKind::Username) => Ok(MoodleId::Username),
        Some(IdKind::IdNumber) => Ok(MoodleId::IdNumber),
        Some(k) => Err(format!(
            "Moodle finds a student by email, username or id-number, not {k:?}."
        )),
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
    each_student(&key.article, &[&key.name], files, false, |gathered| {
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
