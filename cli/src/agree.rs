//! `agree FILES…`: the compare view's figures for a class: for each label, the table of each
//! student's spans and (with a key) their exact and overlap precision, recall and F1, the students'
//! pairwise overlap F1, and Krippendorff's alpha over word tokens. The first file is the article,
//! whose own annotations are the key when it has some (as in the compare view), unless `--key`
//! names the key. The figures are the core's (`analysis::class_set`).

use std::io::Write;

use close_reader_core::analysis::agreement::{csv_row, spans_of, LabelledSpan};
use close_reader_core::analysis::class_set::{self, ClassSet, Member, Row};
use close_reader_core::Document;

use crate::args::{AgreeArgs, AgreeFormat};
use crate::files;
use crate::grade::{each_student, load_article};
use crate::progress::Progress;
use crate::Outcome;

/// More students than this and the pairwise table is left out of the text (it has a column each).
pub const PAIRWISE_MAX: usize = 40;

/// The class gathered: the article, the entries (the article's own annotations first, when it has
/// any) and whether the first is the key.
pub struct Gathered {
    pub article: Document,
    pub entries: Vec<(String, Vec<LabelledSpan>)>,
    pub key: Option<usize>,
}

/// Reads the class: the article (with `key`, the key; else the first file) and every other file,
/// each fitted and named as in the compare view. Files set aside are written to `err`.
pub fn gather(args: &AgreeArgs, err: &mut dyn Write) -> Result<(Gathered, Outcome), String> {
    let mut names = files::expand(&args.files);
    let article_path = match &args.key {
        Some(k) => k.clone(),
        None => names.remove(0).map_err(|e| e.to_string())?,
    };
    let article = load_article(&article_path)?;
    let own = class_set::own_name(&article);
    if args.key.is_some() && own.is_none() {
        return Err(format!(
            "{}: the key has no annotations, so there is nothing to compare against.",
            article_path.display()
        ));
    }
    let mut entries = Vec::new();
    if let Some(name) = &own {
        entries.push((name.clone(), spans_of(&article)));
    }
    let mut outcome = Outcome::AllDone;
    let mut progress = Progress::on_terminal("reading", names.len());
    let taken: Vec<&str> = own.iter().map(String::as_str).collect();
    each_student(&article, &taken, &names, false, |g| {
        if let Some(p) = progress.as_mut() {
            p.step();
        }
        let note = match g {
            Ok((s, note)) => {
                entries.push((s.name, s.spans));
                note
            }
            Err(line) => {
                outcome = Outcome::SomeRefused;
                Some(line)
            }
        };
        if let Some(note) = note {
            if let Some(p) = progress.as_mut() {
                p.clear();
            }
            let _ = writeln!(err, "{note}");
        }
        true
    });
    let key = own.map(|_| 0);
    Ok((
        Gathered {
            article,
            entries,
            key,
        },
        outcome,
    ))
}

/// `agree`: the figures of `args.files` to `out`, files set aside to `err`.
pub fn run(args: &AgreeArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome, String> {
    let (class, outcome) = gather(args, err)?;
    let text = match args.format {
        AgreeFormat::Text => text(&class),
        AgreeFormat::Csv => csv(&class),
    };
    out.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    Ok(outcome)
}

fn members(class: &Gathered) -> Vec<Member<'_>> {
    class
        .entries
        .iter()
        .map(|(name, spans)| Member { name, spans })
        .collect()
}

fn figure(x: Option<f64>, none: &str) -> String {
    x.map_or(none.to_string(), |x| format!("{x:.3}"))
}

/// A row's figures: spans, then exact and overlap precision, recall and F1.
fn cells(r: &Row, none: &str) -> Vec<String> {
    let mut cells = vec![r.spans.to_string()];
    for prf in [r.exact, r.overlap] {
        cells.extend(match prf {
            Some(p) => [p.precision, p.recall, p.f1].map(|x| figure(x, none)),
            None => [none, none, none].map(str::to_string),
        });
    }
    cells
}

/// CSV: one row per label and student, with the label's alpha among the students on each.
pub fn csv(class: &Gathered) -> String {
    let members = members(class);
    let set = ClassSet::split(&members, class.key);
    let alphas = set.alphas(&class.article);
    let mut out = csv_row(
        &[
            "label",
            "annotator",
            "spans",
            "precision_exact",
            "recall_exact",
            "f1_exact",
            "precision_overlap",
            "recall_overlap",
            "f1_overlap",
            "label_alpha",
        ]
        .map(str::to_string),
    );
    for (label, (_, alpha)) in class.article.labels.iter().zip(&alphas) {
        for r in set.rows(&label.id) {
            let mut row = vec![label.id.clone(), r.name.clone()];
            row.extend(cells(&r, ""));
            row.push(figure(*alpha, ""));
            out.push_str(&csv_row(&row));
        }
    }
    out
}

/// Aligned tables for reading: per label the scores and pairwise F1, then the alphas.
pub fn text(class: &Gathered) -> String {
    let members = members(class);
    let set = ClassSet::split(&members, class.key);
    let mut out = format!("Article: “{}”\n", class.article.title);
    out.push_str(&match set.key {
        Some(k) => format!("Key: {} (the article's own annotations)\n", k.name),
        None => "Key: none (the article has no annotations of its own)\n".to_string(),
    });
    out.push_str(&format!("Students: {}\n", set.students.len()));
    for label in &class.article.labels {
        out.push_str(&format!("\n{}\n", label.name));
        let mut table = vec![[
            "annotator",
            "spans",
            "P exact",
            "R exact",
            "F1 exact",
            "P overlap",
            "R overlap",
            "F1 overlap",
        ]
        .map(str::to_string)
        .to_vec()];
        for r in set.rows(&label.id) {
            let mut row = vec![r.name.clone()];
            row.extend(cells(&r, "—"));
            table.push(row);
        }
        out.push_str(&aligned(&table));
        if set.students.len() < 2 {
            continue;
        }
        if set.students.len() > PAIRWISE_MAX {
            out.push_str(&format!(
                "  Pairwise F1 left out: {} students, more than {PAIRWISE_MAX} columns.\n",
                set.students.len()
            ));
            continue;
        }
        let (names, f1) = set.pairs(&label.id);
        out.push_str(&format!("\n  Pairwise F1 (overlap), {}\n", label.name));
        let mut table = vec![std::iter::once(String::new())
            .chain(names.iter().cloned())
            .collect::<Vec<_>>()];
        for (name, row) in names.iter().zip(&f1) {
            let mut cells = vec![name.clone()];
            cells.extend(row.iter().map(|x| figure(*x, "—")));
            table.push(cells);
        }
        out.push_str(&aligned(&table));
    }
    out.push_str("\nKrippendorff's alpha (word tokens, among the students)\n");
    let alphas: Vec<Vec<String>> = set
        .alphas(&class.article)
        .into_iter()
        .map(|(name, a)| vec![name, figure(a, "—")])
        .collect();
    out.push_str(&aligned(&alphas));
    out
}

/// Rows as columns padded to their widest cell (counted in characters), the first column to the
/// left and the others to the right, each line indented by two spaces.
fn aligned(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let width = |c: usize| {
        rows.iter()
            .filter_map(|r| r.get(c))
            .map(|s| s.chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..columns).map(width).collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::from(" ");
        for (c, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[c] - cell.chars().count());
            if c == 0 {
                line.push_str(&format!(" {cell}{pad}"));
            } else {
                line.push_str(&format!("  {pad}{cell}"));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
