//! The command line's arguments, declared with clap's derive so that every subcommand has `--help`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "close-reader-cli",
    version,
    about = "Close Reader's classroom figures, validation and conversions, for many files at once.",
    long_about = "Close Reader's classroom figures, validation and conversions, for many files at once.\n\n\
        Exit status: 0 when every file was handled, 1 when some file was refused or set aside (the \
        others are still handled and each refusal is one line on standard error), 2 when nothing \
        could be done (a bad key, a bad argument)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Checks files: `ok` for each good one, the app's message for each bad one.
    Validate(ValidateArgs),
    /// Converts between the Close Reader file and other tools' formats.
    Convert(ConvertArgs),
    /// The agreement table, pairwise F1 and Krippendorff's alpha, as the compare view shows them.
    Agree(AgreeArgs),
    /// The gradebook CSV of every student against a key, as the compare view downloads it.
    Grade(GradeArgs),
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Files to check; a folder stands for its `*.json` files, in name order.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The file to convert: a Close Reader file, or another tool's file (W3C Web Annotation,
    /// Hypothesis, CSV, brat .ann, doccano, Label Studio).
    pub input: PathBuf,
    /// The format to write.
    #[arg(long, value_enum)]
    pub to: Target,
    /// Where to write (standard output when left out).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// The article the input's annotations are placed on, for formats that do not carry their text
    /// (W3C, Hypothesis, CSV, brat .ann): a Close Reader file or a plain text file.
    #[arg(long)]
    pub article: Option<PathBuf>,
}

/// A format `convert` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Target {
    /// The Close Reader file.
    Native,
    /// W3C Web Annotation (JSON-LD), as Hypothesis and Recogito read it.
    W3c,
    /// Close Reader's CSV sheet, one row per span.
    Csv,
    /// brat standoff: the text, .ann and configuration in a ZIP.
    Brat,
    /// doccano sequence-labelling JSONL.
    Doccano,
    /// Label Studio tasks (JSON).
    LabelStudio,
    /// The readable HTML report: the article, its highlights and notes.
    Report,
}

#[derive(Debug, Args)]
pub struct AgreeArgs {
    /// The files compared; the first is the article (its annotations are the key, when it has
    /// some) unless `--key` is given. A folder stands for its `*.json` files, in name order.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The key and article: every FILE is then a student's.
    #[arg(long)]
    pub key: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = AgreeFormat::Text)]
    pub format: AgreeFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AgreeFormat {
    /// Aligned tables for reading.
    Text,
    /// One row per label and student, with the label's alpha, for a spreadsheet.
    Csv,
}

#[derive(Debug, Args)]
pub struct GradeArgs {
    /// The key: a Close Reader file of the article with the teacher's annotations.
    #[arg(long)]
    pub key: PathBuf,
    /// The students' files; a folder stands for its `*.json` files, in name order.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// What to write: the compare view's gradebook CSV (with the rubric's columns when there is a
    /// rubric), or a grade file for Canvas, Moodle or Google Classroom (these need a rubric and
    /// `--ids`).
    #[arg(long, value_enum, default_value_t = GradeFormat::Csv)]
    pub format: GradeFormat,
    /// A Close Reader file whose assignment carries the rubric (the assignment file the students
    /// got). Without it, the key's own assignment's rubric is used, if it has one.
    #[arg(long)]
    pub rubric: Option<PathBuf>,
    /// The teacher's overrides, as JSON: `{"overrides": [{"student": "Ana", "criterion": 2,
    /// "points": 2.5, "reason": "…"}]}` (criteria counted from 1).
    #[arg(long)]
    pub overrides: Option<PathBuf>,
    /// The students' identifiers in the LMS: a CSV of `name,identifier` rows (names as in the
    /// gradebook's `annotator` column; a header row `name,identifier` may come first).
    #[arg(long)]
    pub ids: Option<PathBuf>,
    /// The assignment's column in the LMS (by default the article's title).
    #[arg(long)]
    pub title: Option<String>,
    /// Which identifier `--ids` holds, for Canvas (`canvas-user-id`, `sis-user-id`,
    /// `sis-login-id`) or Moodle (`email`, `username`, `id-number`). Google Classroom takes e-mail
    /// addresses.
    #[arg(long, value_enum)]
    pub id_kind: Option<IdKind>,
}

/// A gradebook format `grade` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum GradeFormat {
    /// Exactly the compare view's "Gradebook CSV".
    Csv,
    /// Canvas's gradebook import (Student, ID, SIS User ID, SIS Login ID, Section, the
    /// assignment; a Points Possible row).
    Canvas,
    /// Moodle's grade import from CSV (an identifier column, the grade, feedback).
    Moodle,
    /// A sheet for Google Classroom (e-mail address, names, the assignment's points).
    Classroom,
}

/// The kind of identifier `--ids` holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum IdKind {
    CanvasUserId,
    SisUserId,
    SisLoginId,
    Email,
    Username,
    IdNumber,
}
