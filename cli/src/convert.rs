//! `convert IN --to FORMAT`: a Close Reader file written in any format the app exports (the
//! writers the import worker runs for the Export menu), and another tool's file read back into a
//! Close Reader file (the core's recognition and readers, placed by the core's anchoring and added
//! with the import review's first choices, see `import_plan`). Annotations that could not be
//! placed are listed on standard error.

use std::io::Write;
use std::path::Path;

use close_reader_core::analysis::class_set::file_stem;
use close_reader_core::analysis::report::{self, ReportOptions};
use close_reader_core::formats::detect::{detect, meant_as_native, opens_as_native, Format};
use close_reader_core::formats::import_plan::FileReport;
use close_reader_core::formats::reader::{self, ReadError, Reading};
use close_reader_core::formats::{brat, csv, doccano, label_studio, native, w3c};
use close_reader_core::Document;

use crate::args::{ConvertArgs, Target};
use crate::files::{self, file_name};
use crate::validate::count;
use crate::{clock, import_plan, Outcome};

/// Converts `args.input`, writing the result to `args.output` or `out` and notes to `err`.
pub fn run(
    args: &ConvertArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome, String> {
    let now = clock::now_iso();
    let (doc, notes) = read(&args.input, args.article.as_deref(), &now)?;
    for note in &notes {
        writeln!(err, "{}: {note}", args.input.display()).map_err(|e| e.to_string())?;
    }
    let id = file_stem(&file_name(&args.input));
    let bytes = write(&doc, args.to, &id, &now);
    match &args.output {
        Some(path) => std::fs::write(path, &bytes)
            .map_err(|e| format!("{}: cannot be written: {e}.", path.display()))?,
        None => out.write_all(&bytes).map_err(|e| e.to_string())?,
    }
    Ok(if notes.is_empty() {
        Outcome::AllDone
    } else {
        Outcome::SomeRefused
    })
}

/// The input as a document, with a note for each annotation or link of it that was not added.
/// `article` is where annotations of a format without its own text are placed.
pub fn read(
    input: &Path,
    article: Option<&Path>,
    now: &str,
) -> Result<(Document, Vec<String>), String> {
    let bytes = files::read(input).map_err(|e| e.to_string())?;
    let name = file_name(input);
    let refused = |why: String| format!("{}: {why}", input.display());
    let format = match detect(&bytes) {
        Ok(f) => f,
        Err(e) if meant_as_native(&name, &bytes, &e) => Format::Native,
        Err(e) => return Err(refused(e.to_string())),
    };
    let open = match (format.carries_text(), article) {
        (false, Some(path)) => Some(read_article(path)?),
        _ => None,
    };
    let reading = reader::read(format, &bytes, open.as_ref(), &title_of(&name), now);
    let (doc, report, links) = match reading {
        Ok(Reading::NewDocument { doc, report, links }) => (doc, report, links),
        Ok(Reading::OntoOpen { report, links }) => {
            let doc = open.expect("a reading onto the article had one");
            (doc, report, links)
        }
        Err(ReadError::NeedsArticle) => {
            return Err(refused(format!(
                "{} holds annotations of an article and not its text: give the article with --article ARTICLE (a Close Reader file or a text file).",
                format.name()
            )))
        }
        Err(e) => return Err(refused(e.to_string())),
    };
    let mut notes: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    let (doc, added) = import_plan::add(doc, &FileReport { report, links });
    if added.untagged > 0 {
        notes.push(format!(
            "{} without a tag naming a label {} left out (the app asks which label to give them).",
            count(added.untagged, "annotation"),
            if added.untagged == 1 { "was" } else { "were" }
        ));
    }
    notes.extend(added.unmade_links.iter().map(|p| p.to_string()));
    Ok((doc, notes))
}

/// The article to place annotations on: a Close Reader file, or a plain text file as the article's
/// text (UTF-8, its offsets as they are in the file).
pub fn read_article(path: &Path) -> Result<Document, String> {
    let bytes = files::read(path).map_err(|e| e.to_string())?;
    let refused = |why: String| format!("{}: {why}", path.display());
    if opens_as_native(&bytes) || detect(&bytes) == Ok(Format::Native) {
        return native::from_bytes(&bytes).map_err(|e| refused(e.to_string()));
    }
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        refused("the article is neither a Close Reader file nor UTF-8 text.".into())
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Ok(Document::new(&title_of(&file_name(path)), text, None))
}

/// The document in `to`'s format, as the Export menu writes it; `id` names the W3C collection,
/// `now` the report's date line.
pub fn write(doc: &Document, to: Target, id: &str, now: &str) -> Vec<u8> {
    match to {
        Target::Native => native::to_json(doc).into_bytes(),
        Target::W3c => w3c::to_w3c_json(
            doc,
            &w3c::W3cOptions {
                document_id: id,
                creator: doc.annotator.as_deref(),
            },
        )
        .into_bytes(),
        Target::Csv => csv::to_csv(doc, csv::CsvOptions { bom: false }).into_bytes(),
        Target::Brat => brat::to_brat_zip(doc),
        Target::Doccano => doccano::to_jsonl(doc).into_bytes(),
        Target::LabelStudio => label_studio::to_json(doc).into_bytes(),
        Target::Report => {
            let generated = format!("{} UTC", now.replace('T', " ").get(..16).unwrap_or(now));
            report::to_html(
                doc,
                &ReportOptions {
                    generated: Some(&generated),
                },
            )
            .into_bytes()
        }
    }
}

/// A title from a file name, as the import worker makes one: the part before its first dot.
pub fn title_of(name: &str) -> String {
    let stem = name.split('.').next().unwrap_or("").trim();
    if stem.is_empty() {
        "Imported article".into()
    } else {
        stem.to_string()
    }
}
