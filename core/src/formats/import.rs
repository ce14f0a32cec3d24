//! What every import of another tool's annotations produces, and the one place where foreign
//! annotations are put onto a document's text: by trusted offsets when the quote agrees, otherwise
//! by anchoring the quote (see `anchor.rs`), with tags resolved to the document's labels.
//!
//! Imports are pure and never change the document: they return an [`ImportReport`] that the app
//! shows (what was placed, what was not and why, which tags need a label) and then applies with
//! [`apply`].

use std::collections::HashSet;
use std::fmt;

use crate::formats::anchor::{anchor, AnchorFailure, Anchored, Anchoring, Quote, TextIndex};
use crate::model::names::ellipsize;
use crate::model::{Annotation, Document, Span};

/// One annotation read from another tool's file, before it is placed on the text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ForeignAnnotation {
    /// Where it was in the file, as the user would find it ("item 3", "line 7", "T4").
    pub place: String,
    /// Its id in the file, if it had one.
    pub id: Option<String>,
    /// Tags or label names, in the file's order; the first that names a label becomes the label.
    pub tags: Vec<String>,
    pub note: String,
    /// The quoted text, with up to a few dozen code points of context on each side.
    pub quote: Option<String>,
    pub prefix: String,
    pub suffix: String,
    /// Offsets in code points of the document text, already converted from the file's unit.
    pub position: Option<Position>,
    pub created: Option<String>,
    pub modified: Option<String>,
}

/// Offsets given by the file. `trusted` offsets (a format whose offsets count this very text) are
/// used as they are when the quote agrees; untrusted ones only break ties between equal quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub start: u64,
    pub end: u64,
    pub trusted: bool,
}

/// How an imported annotation's tags matched the document's labels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LabelResolution {
    /// A tag named this label (by id or name, ignoring case).
    Known(String),
    /// No tag named a label; this is the first tag, for the user to map to a label.
    Unknown(String),
    /// The annotation had no tag at all.
    Missing,
}

/// An annotation that found its place in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedAnnotation {
    /// Ready to insert: a fresh id, the span in this text, the label id when it is
    /// [`LabelResolution::Known`] (otherwise empty until the user chooses).
    pub annotation: Annotation,
    pub label: LabelResolution,
    /// Tags after the one used for the label, which Close Reader cannot hold (one label each).
    pub other_tags: Vec<String>,
    pub source_id: Option<String>,
    pub anchoring: Anchoring,
}

/// Why one annotation of the file was not placed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The item itself is unusable (wrong types, missing fields); the detail says which.
    Malformed(String),
    /// Neither a quote nor offsets this text can trust.
    NoQuote,
    /// Trusted offsets outside the text, or reversed, with no quote to fall back on.
    BadOffsets {
        start: u64,
        end: u64,
        len: usize,
    },
    Unplaceable(AnchorFailure),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProblem {
    pub place: String,
    pub source_id: Option<String>,
    pub quote: Option<String>,
    pub kind: ProblemKind,
}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.place)?;
        if let Some(id) = &self.source_id {
            write!(f, " (\"{}\")", ellipsize(id, 60))?;
        }
        if let Some(q) = &self.quote {
            write!(f, ", quoting \"{}\"", ellipsize(q, 60))?;
        }
        match &self.kind {
            ProblemKind::Malformed(detail) => write!(f, ", was skipped: {detail}."),
            ProblemKind::NoQuote => write!(
                f,
                " has no quoted text (TextQuoteSelector) and no offsets into this text, so it cannot be placed."
            ),
            ProblemKind::BadOffsets { start, end, len } => write!(
                f,
                " has offsets [{start}, {end}), which do not fit this text ({len} characters), and no quote to find it by."
            ),
            ProblemKind::Unplaceable(why) => write!(f, " was not placed: {why}."),
        }
    }
}

/// The outcome of importing a file onto a document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    pub placed: Vec<PlacedAnnotation>,
    pub problems: Vec<ImportProblem>,
    /// Tags that name no label, each once, in the order first met: the app asks the user to
    /// create a label for each or to pick an existing one.
    pub unknown_tags: Vec<String>,
}

/// A file that cannot be read at all. Every variant says which format was expected and where the
/// file goes wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    NotUtf8 {
        format: &'static str,
    },
    Syntax {
        format: &'static str,
        line: usize,
        column: usize,
        detail: String,
    },
    Shape {
        format: &'static str,
        detail: String,
    },
    DifferentText {
        format: &'static str,
        detail: String,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotUtf8 { format } => {
                write!(
                    f,
                    "This file is not text (it is not valid UTF-8), so it is not {format}."
                )
            }
            ImportError::Syntax {
                format,
                line,
                column,
                detail,
            } => write!(
                f,
                "This {format} file cannot be read: {detail} (at line {line}, column {column})."
            ),
            ImportError::Shape { format, detail } => {
                write!(f, "This is not usable {format}: {detail}.")
            }
            ImportError::DifferentText { format, detail } => {
                write!(f, "This {format} file is about a different text: {detail}.")
            }
        }
    }
}

/// `bytes` as UTF-8 without a byte-order mark.
pub fn utf8<'a>(bytes: &'a [u8], format: &'static str) -> Result<&'a str, ImportError> {
    let s = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8 { format })?;
    Ok(s.strip_prefix('\u{feff}').unwrap_or(s))
}

/// Parses JSON, turning serde's error into a located [`ImportError`].
pub fn parse_json(s: &str, format: &'static str) -> Result<serde_json::Value, ImportError> {
    serde_json::from_str(s).map_err(|e| ImportError::Syntax {
        format,
        line: e.line(),
        column: e.column(),
        detail: json_error_detail(&e),
    })
}

fn json_error_detail(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(at) => full[..at].to_string(),
        None => full,
    }
}

/// Converts UTF-16 offsets (JavaScript string indices) of one text to code points, quickly for
/// many offsets: the UTF-16 offset of every 64th code point is kept.
pub struct Utf16Offsets<'t> {
    text: &'t crate::model::Text,
    marks: Vec<usize>,
}

const UTF16_STRIDE: usize = 64;

impl<'t> Utf16Offsets<'t> {
    pub fn new(text: &'t crate::model::Text) -> Utf16Offsets<'t> {
        let mut marks = Vec::with_capacity(text.len() / UTF16_STRIDE + 1);
        let mut units = 0;
        for (i, c) in text.as_str().chars().enumerate() {
            if i % UTF16_STRIDE == 0 {
                marks.push(units);
            }
            units += c.len_utf16();
        }
        Utf16Offsets { text, marks }
    }

    /// The code point at UTF-16 offset `units`; `None` when it falls inside a surrogate pair
    /// (half an emoji) or past the end of the text.
    pub fn to_cp(&self, units: u64) -> Option<usize> {
        let units = usize::try_from(units).ok()?;
        let k = self.marks.partition_point(|&u| u <= units).checked_sub(1);
        let Some(k) = k else {
            return (units == 0).then_some(0);
        };
        let mut cp = k * UTF16_STRIDE;
        let mut at = self.marks[k];
        let rest = &self.text.as_str()[self.text.byte_of(cp)..];
        for c in rest.chars() {
            if at == units {
                return Some(cp);
            }
            if at > units {
                return None;
            }
            at += c.len_utf16();
            cp += 1;
        }
        (at == units).then_some(cp)
    }
}

/// The label a tag names: by id or by name, ignoring case and surrounding spaces.
pub fn resolve_tag<'d>(doc: &'d Document, tag: &str) -> Option<&'d str> {
    let t = tag.trim().to_lowercase();
    // A label made for a long tag is named after its first characters: the same tag finds it again.
    let short: String = label_name_for_tag(tag).to_lowercase();
    doc.labels
        .iter()
        .find(|l| l.id.to_lowercase() == t)
        .or_else(|| {
            doc.labels
                .iter()
                .find(|l| l.name.trim().to_lowercase() == t)
        })
        .or_else(|| {
            doc.labels
                .iter()
                .find(|l| l.name.trim().to_lowercase() == short)
        })
        .map(|l| l.id.as_str())
}

/// Longest name of a label made for a tag of another tool.
pub const TAG_LABEL_CHARS: usize = 40;

/// The name of the label made for an unknown tag: the tag, cut to [`TAG_LABEL_CHARS`] characters.
pub fn label_name_for_tag(tag: &str) -> String {
    tag.trim()
        .chars()
        .take(TAG_LABEL_CHARS)
        .collect::<String>()
        .trim()
        .to_string()
}

/// Places every foreign annotation on `doc`'s text. `now` stamps annotations the file gives no
/// time for (the core has no clock). Deterministic: the same input gives the same report.
pub fn place(doc: &Document, items: Vec<ForeignAnnotation>, now: &str) -> ImportReport {
    let index = TextIndex::new(&doc.text);
    let mut ids = IdMaker::new(doc);
    let mut report = ImportReport::default();
    let mut unknown_seen = HashSet::new();
    for item in items {
        let span = match locate(&index, &item) {
            Ok(found) => found,
            Err(kind) => {
                report.problems.push(ImportProblem {
                    place: item.place,
                    source_id: item.id,
                    quote: item.quote,
                    kind,
                });
                continue;
            }
        };
        let (label, other_tags) = resolve_tags(doc, &item.tags);
        if let LabelResolution::Unknown(tag) = &label {
            if unknown_seen.insert(tag.to_lowercase()) {
                report.unknown_tags.push(tag.clone());
            }
        }
        let created = item.created.clone().unwrap_or_else(|| now.to_string());
        let annotation = Annotation {
            id: ids.next(item.id.as_deref()),
            label: match &label {
                LabelResolution::Known(id) => id.clone(),
                _ => String::new(),
            },
            span: span.span,
            note: item.note,
            modified: item.modified.unwrap_or_else(|| created.clone()),
            created,
        };
        report.placed.push(PlacedAnnotation {
            annotation,
            label,
            other_tags,
            source_id: item.id,
            anchoring: span.how,
        });
    }
    report
}

fn locate(index: &TextIndex, item: &ForeignAnnotation) -> Result<Anchored, ProblemKind> {
    let len = index.len();
    let fits = |p: &Position| p.start < p.end && p.end <= len as u64;
    if let Some(p) = item.position.filter(|p| p.trusted && fits(p)) {
        let span = Span::new(p.start as usize, p.end as usize).expect("start < end");
        if item
            .quote
            .as_deref()
            .is_none_or(|q| index.text().slice(span) == q)
        {
            return Ok(Anchored {
                span,
                how: Anchoring::Offsets,
            });
        }
    }
    let Some(quote) = item.quote.as_deref().filter(|q| !q.is_empty()) else {
        return Err(match item.position {
            Some(p) if p.trusted => ProblemKind::BadOffsets {
                start: p.start,
                end: p.end,
                len,
            },
            _ => ProblemKind::NoQuote,
        });
    };
    let hint = item
        .position
        .filter(|p| p.start <= p.end)
        .and_then(|p| Some((usize::try_from(p.start).ok()?, usize::try_from(p.end).ok()?)));
    anchor(
        index,
        &Quote {
            exact: quote,
            prefix: &item.prefix,
            suffix: &item.suffix,
            hint,
        },
    )
    .map_err(ProblemKind::Unplaceable)
}

fn resolve_tags(doc: &Document, tags: &[String]) -> (LabelResolution, Vec<String>) {
    let tags: Vec<&String> = tags.iter().filter(|t| !t.trim().is_empty()).collect();
    let Some(first) = tags.first() else {
        return (LabelResolution::Missing, Vec::new());
    };
    match tags.iter().position(|t| resolve_tag(doc, t).is_some()) {
        Some(i) => {
            let id = resolve_tag(doc, tags[i]).expect("just found").to_string();
            let others = tags
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, t)| t.to_string())
                .collect();
            (LabelResolution::Known(id), others)
        }
        None => (
            LabelResolution::Unknown(first.trim().to_string()),
            tags[1..].iter().map(|t| t.to_string()).collect(),
        ),
    }
}

/// Hands out annotation ids: the file's own id when it is short, plain and still free, otherwise
/// the next `aN` that the document and this import have not used.
struct IdMaker {
    used: HashSet<String>,
    next: u64,
}

impl IdMaker {
    fn new(doc: &Document) -> IdMaker {
        let next = doc.next_annotation_id()[1..].parse().unwrap_or(1);
        IdMaker {
            used: doc.annotations().iter().map(|a| a.id.clone()).collect(),
            next,
        }
    }

    fn next(&mut self, wanted: Option<&str>) -> String {
        if let Some(local) = wanted.map(local_id).filter(|w| is_plain_id(w)) {
            if self.used.insert(local.to_string()) {
                return local.to_string();
            }
        }
        loop {
            let id = format!("a{}", self.next);
            self.next += 1;
            if self.used.insert(id.clone()) {
                return id;
            }
        }
    }
}

/// The last segment of an IRI-like id (`urn:x:doc:a3`, `https://h/doc#a3` → `a3`).
fn local_id(id: &str) -> &str {
    id.rsplit(['#', ':', '/']).next().unwrap_or(id)
}

fn is_plain_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}

/// Inserts the placed annotations into `doc`. `label_for` maps a tag the document did not know
/// (or `None` for an annotation without tags) to a label id; annotations it leaves without a
/// label are not inserted. Returns how many were inserted.
pub fn apply(
    doc: &mut Document,
    report: &ImportReport,
    label_for: impl Fn(Option<&str>) -> Option<String>,
) -> usize {
    let mut inserted = 0;
    for p in &report.placed {
        let label = match &p.label {
            LabelResolution::Known(id) => Some(id.clone()),
            LabelResolution::Unknown(tag) => label_for(Some(tag)),
            LabelResolution::Missing => label_for(None),
        };
        let Some(label) = label else { continue };
        let mut a = p.annotation.clone();
        a.label = label;
        if doc.annotation(&a.id).is_some() {
            a.id = doc.next_annotation_id();
        }
        if doc.insert(a).is_ok() {
            inserted += 1;
        }
    }
    inserted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document::new(
            "T",
            "The minister said the plan worked. The plan failed.",
            None,
        )
    }

    fn quoted(place: &str, quote: &str, tags: &[&str]) -> ForeignAnnotation {
        ForeignAnnotation {
            place: place.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            quote: Some(quote.into()),
            ..Default::default()
        }
    }

    #[test]
    fn utf16_offsets_convert_and_refuse_half_an_emoji() {
        let long = format!("{}😀x", "é".repeat(130));
        let t = crate::model::Text::new(long.as_str());
        let u = Utf16Offsets::new(&t);
        assert_eq!(u.to_cp(0), Some(0));
        assert_eq!(u.to_cp(130), Some(130));
        assert_eq!(u.to_cp(131), None, "inside the surrogate pair");
        assert_eq!(u.to_cp(132), Some(131));
        assert_eq!(u.to_cp(133), Some(132));
        assert_eq!(u.to_cp(134), None, "past the end");
        assert_eq!(u.to_cp(u64::MAX), None);
        let empty = crate::model::Text::new("");
        assert_eq!(Utf16Offsets::new(&empty).to_cp(0), Some(0));
    }

    #[test]
    fn a_long_tag_finds_the_label_made_for_it_again() {
        let mut d = doc();
        let tag = "A tag of another tool that goes on for well over forty characters";
        let name = label_name_for_tag(tag);
        assert_eq!(name.chars().count(), TAG_LABEL_CHARS);
        assert_eq!(resolve_tag(&d, tag), None);
        d.labels
            .push(crate::Label::new("long", &name, "#047857", ""));
        assert_eq!(resolve_tag(&d, tag), Some("long"));
        assert_eq!(
            resolve_tag(&d, &format!("  {}  ", tag.to_uppercase())),
            Some("long")
        );
        assert_eq!(
            resolve_tag(&d, "A tag of another tool"),
            None,
            "a prefix is another tag"
        );
    }

    #[test]
    fn tags_resolve_by_id_or_name_ignoring_case_and_unknown_ones_are_listed_once() {
        let d = doc();
        let r = place(
            &d,
            vec![
                quoted("item 1", "minister", &["SOURCE"]),
                quoted("item 2", "worked", &["important", "claim"]),
                quoted("item 3", "failed", &["Opinion"]),
                quoted("item 4", "said", &["opinion"]),
                quoted("item 5", "The minister", &[]),
            ],
            "now",
        );
        let labels: Vec<&LabelResolution> = r.placed.iter().map(|p| &p.label).collect();
        assert_eq!(
            labels,
            [
                &LabelResolution::Known("source".into()),
                &LabelResolution::Known("claim".into()),
                &LabelResolution::Unknown("Opinion".into()),
                &LabelResolution::Unknown("opinion".into()),
                &LabelResolution::Missing,
            ]
        );
        assert_eq!(r.placed[1].other_tags, ["important"]);
        assert_eq!(r.unknown_tags, ["Opinion"]);
        assert_eq!(r.placed[0].annotation.created, "now");
    }

    #[test]
    fn trusted_offsets_win_when_the_quote_agrees_and_are_checked_when_it_does_not() {
        let d = doc();
        let at = |s, e, q: Option<&str>| ForeignAnnotation {
            place: "row".into(),
            quote: q.map(String::from),
            position: Some(Position {
                start: s,
                end: e,
                trusted: true,
            }),
            ..Default::default()
        };
        let r = place(
            &d,
            vec![
                at(35, 43, Some("The plan")),
                at(0, 3, Some("minister")),
                at(0, 3, None),
                at(5, 999, None),
                at(u64::MAX, 3, None),
            ],
            "now",
        );
        assert_eq!(r.placed[0].annotation.span, Span::new(35, 43).unwrap());
        assert_eq!(r.placed[0].anchoring, Anchoring::Offsets);
        assert_eq!(r.placed[1].annotation.span, Span::new(4, 12).unwrap());
        assert_eq!(r.placed[2].annotation.span, Span::new(0, 3).unwrap());
        assert_eq!(r.problems.len(), 2);
        assert!(
            r.problems[0].to_string().contains("[5, 999)"),
            "{}",
            r.problems[0]
        );
    }

    #[test]
    fn ids_are_kept_when_plain_and_free_otherwise_fresh() {
        let mut d = doc();
        d.insert(Annotation::new(
            "a1",
            "claim",
            Span::new(0, 3).unwrap(),
            "t",
        ))
        .unwrap();
        let with_id = |id: &str| ForeignAnnotation {
            id: Some(id.into()),
            ..quoted("x", "plan", &["claim"])
        };
        let r = place(
            &d,
            vec![
                with_id("a1"),
                with_id("urn:close-reader:doc:a7"),
                with_id("a7"),
                with_id("has space"),
            ],
            "now",
        );
        let ids: Vec<&str> = r.placed.iter().map(|p| p.annotation.id.as_str()).collect();
        // "plan" occurs twice with no context: every one is ambiguous, so nothing is placed.
        assert!(ids.is_empty());
        assert_eq!(r.problems.len(), 4);
        let with_id = |id: &str| ForeignAnnotation {
            id: Some(id.into()),
            ..quoted("x", "minister", &["claim"])
        };
        let r = place(
            &d,
            vec![
                with_id("a1"),
                with_id("urn:close-reader:doc:a7"),
                with_id("a7"),
                with_id("has space"),
            ],
            "now",
        );
        let ids: Vec<&str> = r.placed.iter().map(|p| p.annotation.id.as_str()).collect();
        assert_eq!(ids, ["a2", "a7", "a3", "a4"]);
    }

    #[test]
    fn apply_inserts_with_the_users_choice_for_unknown_tags() {
        let mut d = doc();
        let r = place(
            &d,
            vec![
                quoted("1", "minister", &["Opinion"]),
                quoted("2", "said", &[]),
                quoted("3", "worked", &["hedge"]),
            ],
            "now",
        );
        let n = apply(&mut d, &r, |tag| {
            (tag == Some("Opinion")).then(|| "claim".to_string())
        });
        assert_eq!(n, 2);
        let labels: Vec<&str> = d.annotations().iter().map(|a| a.label.as_str()).collect();
        assert_eq!(labels, ["claim", "hedge"]);
    }
}
