//! brat standoff, the format of the brat annotation tool and of many NLP corpora: the text in a
//! `.txt` file, the annotations in a `.ann` file beside it, the label set in `annotation.conf`.
//!
//! brat reads both files as Python strings, so offsets count code points of the exact `.txt`
//! (a CRLF counts two). A text-bound annotation may not contain a line break, so a span that
//! crosses lines is written as discontinuous fragments (`start end;start end`), split at the
//! breaks; reading it back joins the fragments again. Notes become `AnnotatorNotes` on one line.
//! Links become relations (`R1\tSupportedBy Arg1:T1 Arg2:T2`, types `SupportedBy`, `Hedges`,
//! `SameClaim`, `Contradicts`), declared in `annotation.conf` between any entity types; a link into
//! another article has no place in brat and is listed as skipped.

use std::collections::HashMap;

use crate::anchoring::{
    place, resolve_tag, ForeignAnnotation, ImportProblem, ImportReport, Position, ProblemKind,
};
use crate::formats::import::{utf8, ImportError};
use crate::formats::import_links::ForeignLink;
use crate::formats::zip::stored_zip;
use crate::model::names::slug;
use crate::model::{Document, LinkKind, Span};

const FORMAT: &str = "brat standoff (.ann)";

/// What Python's `str.splitlines` (and so brat, reading a line) treats as a line end.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{0b}'
            | '\u{0c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// A label name as a brat type: whitespace becomes `_`, and only letters, digits, `-` and `_`
/// remain (brat's configuration cannot hold anything else).
pub fn brat_type(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        if c.is_whitespace() {
            if !out.ends_with('_') {
                out.push('_');
            }
        } else if c.is_alphanumeric() || c == '-' || c == '_' {
            out.push(c);
        }
    }
    if out.is_empty() {
        "Label".into()
    } else {
        out
    }
}

/// A link kind as a brat relation type.
pub fn relation_type(kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::SupportedBy => "SupportedBy",
        LinkKind::Hedges => "Hedges",
        LinkKind::SameClaim => "SameClaim",
        LinkKind::Contradicts => "Contradicts",
    }
}

/// The kind a relation type names, ignoring case, `-` and `_` (`SupportedBy`, `supported-by`).
pub fn relation_kind(ty: &str) -> Option<LinkKind> {
    let plain = |s: &str| -> String {
        s.chars()
            .filter(|c| *c != '-' && *c != '_')
            .flat_map(char::to_lowercase)
            .collect()
    };
    LinkKind::ALL
        .into_iter()
        .find(|k| plain(relation_type(*k)) == plain(ty))
}

/// The files of a brat export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BratExport {
    pub txt: String,
    pub ann: String,
    pub annotation_conf: String,
    pub visual_conf: String,
    /// Annotations and links that could not be written (a span of nothing but line breaks, a link
    /// into another article or to a skipped annotation), with why.
    pub skipped: Vec<String>,
    /// Ids of annotations whose span begins or ends with a line break: brat cannot mark those
    /// line breaks, so the exported span leaves them out.
    pub trimmed: Vec<String>,
}

/// The pieces of `span` between line breaks, in code points.
fn fragments(doc: &Document, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in doc.text.slice(span).chars().enumerate() {
        let pos = span.start() + i;
        if is_line_break(c) {
            if let Some(s) = start.take() {
                out.push(Span::new(s, pos).expect("ordered"));
            }
        } else if start.is_none() {
            start = Some(pos);
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, span.end()).expect("ordered"));
    }
    out
}

fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if is_line_break(c) { ' ' } else { c })
        .collect()
}

pub fn to_brat(doc: &Document) -> BratExport {
    let mut ann = String::new();
    let mut skipped = Vec::new();
    let mut trimmed = Vec::new();
    let (mut t, mut n) = (0, 0);
    let mut t_of: HashMap<&str, usize> = HashMap::new();
    for a in doc.annotations() {
        let frags = fragments(doc, a.span);
        if frags.is_empty() {
            skipped.push(format!(
                "Annotation \"{}\" covers only line breaks, which brat cannot mark.",
                a.id
            ));
            continue;
        }
        if frags[0].start() != a.span.start() || frags[frags.len() - 1].end() != a.span.end() {
            trimmed.push(a.id.clone());
        }
        t += 1;
        t_of.insert(a.id.as_str(), t);
        let name = doc
            .label(&a.label)
            .map_or(a.label.as_str(), |l| l.name.as_str());
        let offsets: Vec<String> = frags
            .iter()
            .map(|f| format!("{} {}", f.start(), f.end()))
            .collect();
        let texts: Vec<&str> = frags.iter().map(|f| doc.text.slice(*f)).collect();
        ann.push_str(&format!(
            "T{t}\t{} {}\t{}\n",
            brat_type(name),
            offsets.join(";"),
            texts.join(" ")
        ));
        if !a.note.is_empty() {
            n += 1;
            ann.push_str(&format!(
                "#{n}\tAnnotatorNotes T{t}\t{}\n",
                one_line(&a.note)
            ));
        }
    }
    let mut r = 0;
    for l in doc.links() {
        let ends = (t_of.get(l.from.as_str()), t_of.get(l.to.as_str()));
        match (&l.other, ends) {
            (Some(o), _) => skipped.push(format!(
                "Link \"{}\" goes to another article (“{}”), which brat cannot hold.",
                l.id, o.title
            )),
            (None, (Some(from), Some(to))) => {
                r += 1;
                ann.push_str(&format!(
                    "R{r}\t{} Arg1:T{from} Arg2:T{to}\n",
                    relation_type(l.kind)
                ));
            }
            (None, _) => skipped.push(format!(
                "Link \"{}\" joins an annotation that brat cannot mark.",
                l.id
            )),
        }
    }
    let mut conf =
        String::from("# Written by Close Reader: one entity type per label.\n[entities]\n");
    let mut visual = String::from("[labels]\n");
    let mut drawing = String::from("[drawing]\n");
    for l in &doc.labels {
        let ty = brat_type(&l.name);
        conf.push_str(&format!("{ty}\n"));
        visual.push_str(&format!("{ty} | {}\n", one_line(&l.name).replace('|', "/")));
        drawing.push_str(&format!("{ty}\tbgColor:{}\n", l.color));
    }
    conf.push_str("[relations]\n");
    for k in LinkKind::ALL {
        let ty = relation_type(k);
        conf.push_str(&format!("{ty}\tArg1:<ENTITY>, Arg2:<ENTITY>\n"));
        visual.push_str(&format!("{ty} | {}\n", k.describe()));
    }
    conf.push_str("[events]\n[attributes]\n");
    visual.push('\n');
    visual.push_str(&drawing);
    BratExport {
        txt: doc.text.as_str().to_string(),
        ann,
        annotation_conf: conf,
        visual_conf: visual,
        skipped,
        trimmed,
    }
}

/// The export as one ZIP: `<slug>.txt`, `<slug>.ann`, `annotation.conf`, `visual.conf`.
pub fn to_brat_zip(doc: &Document) -> Vec<u8> {
    let e = to_brat(doc);
    let base = slug(&doc.title);
    let (txt, ann) = (format!("{base}.txt"), format!("{base}.ann"));
    stored_zip(&[
        (&txt, e.txt.as_bytes()),
        (&ann, e.ann.as_bytes()),
        ("annotation.conf", e.annotation_conf.as_bytes()),
        ("visual.conf", e.visual_conf.as_bytes()),
    ])
}

struct TextBound {
    line: usize,
    id: String,
    ty: String,
    frags: Vec<(u64, u64)>,
    quote: String,
    note: String,
}

fn parse_text_bound(line: usize, id: &str, rest: &str) -> Result<TextBound, String> {
    let (head, quote) = rest
        .split_once('\t')
        .ok_or("it has no tab before its quoted text")?;
    let (ty, offsets) = head
        .split_once(' ')
        .ok_or("it has no offsets after its type")?;
    let mut frags = Vec::new();
    for part in offsets.split(';') {
        let mut nums = part.split(' ').filter(|s| !s.is_empty());
        let mut num = || -> Result<u64, String> {
            let raw = nums
                .next()
                .ok_or_else(|| format!("the offsets \"{offsets}\" are not pairs of numbers"))?;
            raw.parse::<u64>()
                .map_err(|_| format!("the offset \"{raw}\" is not a whole number"))
        };
        let (s, e) = (num()?, num()?);
        if s > e {
            return Err(format!("a fragment ends before it starts ({s} {e})"));
        }
        frags.push((s, e));
    }
    Ok(TextBound {
        line,
        id: id.to_string(),
        ty: ty.to_string(),
        frags,
        quote: quote.to_string(),
        note: String::new(),
    })
}

/// Reads a `.ann` file and places its text-bound annotations (`T` lines, with their
/// `AnnotatorNotes`) on `doc`, whose text should be the `.txt` the file was made for; the relations
/// whose type names a link kind are returned as links, to hand to
/// [`crate::formats::import_links::link_edits`] once the annotations are planned.
pub fn import(
    doc: &Document,
    ann: &[u8],
    now: &str,
) -> Result<(ImportReport, Vec<ForeignLink>), ImportError> {
    let ann = utf8(ann, FORMAT)?;
    let mut bounds: Vec<TextBound> = Vec::new();
    let mut problems = Vec::new();
    let problem = |line: usize, id: Option<&str>, detail: String| ImportProblem {
        place: format!("Line {line}"),
        source_id: id.map(str::to_string),
        quote: None,
        kind: ProblemKind::Malformed(detail),
    };
    let mut recognised = 0;
    let mut links = Vec::new();
    for (i, raw) in ann.split('\n').enumerate() {
        let line = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() {
            continue;
        }
        let (id, rest) = raw.split_once('\t').unwrap_or((raw, ""));
        match id.chars().next() {
            Some('T') => {
                recognised += 1;
                match parse_text_bound(line, id, rest) {
                    Ok(tb) => bounds.push(tb),
                    Err(why) => problems.push(problem(line, Some(id), why)),
                }
            }
            Some('#') => {
                recognised += 1;
                let (head, note) = rest.split_once('\t').unwrap_or((rest, ""));
                match head.split_once(' ') {
                    Some(("AnnotatorNotes", target)) => {
                        if let Err(why) = attach_note(&mut bounds, target.trim(), note) {
                            problems.push(problem(line, Some(id), why));
                        }
                    }
                    _ => problems.push(problem(
                        line,
                        Some(id),
                        "only AnnotatorNotes comments can be kept".into(),
                    )),
                }
            }
            Some('R') => {
                recognised += 1;
                match parse_relation(line, id, rest) {
                    Ok(link) => links.push(link),
                    Err(why) => problems.push(problem(line, Some(id), why)),
                }
            }
            Some('E' | 'A' | 'M' | 'N' | '*') => {
                recognised += 1;
                problems.push(problem(
                    line,
                    Some(id),
                    "relations, events, attributes and normalisations are not imported (Close Reader holds labelled spans and notes)".into(),
                ));
            }
            _ => problems.push(problem(
                line,
                None,
                "it does not start with a brat id such as T1 or #1".into(),
            )),
        }
    }
    if recognised == 0 && !problems.is_empty() {
        return Err(ImportError::Shape {
            format: FORMAT,
            detail: "no line starts with a brat annotation id (T1, #1, R1 …)".into(),
        });
    }
    let mut foreign = Vec::new();
    for b in bounds {
        match join_fragments(doc, &b) {
            Ok(item) => foreign.push(item),
            Err(why) => problems.push(problem(b.line, Some(&b.id), why)),
        }
    }
    let mut report = place(doc, foreign, now);
    report.problems.extend(problems);
    Ok((report, links))
}

/// `SupportedBy Arg1:T1 Arg2:T2` as a link between the annotations placed from T1 and T2.
fn parse_relation(line: usize, id: &str, rest: &str) -> Result<ForeignLink, String> {
    let mut parts = rest.split_whitespace();
    let ty = parts.next().ok_or("it has no relation type")?;
    let kind = relation_kind(ty).ok_or_else(|| {
        format!("its relation type \"{ty}\" is none of SupportedBy, Hedges, SameClaim, Contradicts")
    })?;
    let mut arg = |name: &str| {
        parts
            .next()
            .and_then(|p| p.split_once(':'))
            .filter(|(n, v)| n.starts_with("Arg") && !v.is_empty())
            .map(|(_, v)| v.to_string())
            .ok_or_else(|| format!("it has no {name} (expected \"{ty} Arg1:T1 Arg2:T2\")"))
    };
    let (from, to) = (arg("Arg1")?, arg("Arg2")?);
    Ok(ForeignLink {
        place: format!("Line {line}"),
        id: Some(id.to_string()),
        from,
        to,
        kind,
    })
}

fn attach_note(bounds: &mut [TextBound], target: &str, note: &str) -> Result<(), String> {
    let b = bounds.iter_mut().find(|b| b.id == target).ok_or_else(|| {
        format!("its note is for \"{target}\", which is not a text annotation above it")
    })?;
    if !b.note.is_empty() {
        b.note.push('\n');
    }
    b.note.push_str(note);
    Ok(())
}

/// One span from a brat annotation's fragments, when only whitespace lies between them.
fn join_fragments(doc: &Document, b: &TextBound) -> Result<ForeignAnnotation, String> {
    let len = doc.text.len() as u64;
    let (start, end) = (b.frags[0].0, b.frags[b.frags.len() - 1].1);
    let tag = if resolve_tag(doc, &b.ty).is_some() {
        b.ty.clone()
    } else {
        b.ty.replace('_', " ")
    };
    let mut item = ForeignAnnotation {
        place: format!("Line {}", b.line),
        id: Some(b.id.clone()),
        tags: vec![tag],
        note: b.note.clone(),
        quote: Some(b.quote.clone()),
        position: Some(Position {
            start,
            end,
            trusted: true,
        }),
        ..Default::default()
    };
    let fits =
        b.frags.iter().all(|&(_, e)| e <= len) && b.frags.windows(2).all(|w| w[0].1 <= w[1].0);
    if !fits {
        // Let the quote find it, if the text is not the one the offsets were made for.
        return Ok(item);
    }
    let slice = |s: u64, e: u64| {
        doc.text
            .slice(Span::new(s as usize, e as usize).expect("checked"))
    };
    let gaps_blank = b.frags.windows(2).all(|w| {
        slice(w[0].1, w[1].0)
            .chars()
            .all(|c| c.is_whitespace() || is_line_break(c))
    });
    let joined: Vec<&str> = b.frags.iter().map(|&(s, e)| slice(s, e)).collect();
    if joined.join(" ") == b.quote {
        if !gaps_blank {
            return Err(format!(
                "it is a discontinuous annotation ({} pieces with text between them); Close Reader spans are continuous",
                b.frags.len()
            ));
        }
        item.quote = Some(slice(start, end).to_string());
    }
    Ok(item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Annotation;

    #[test]
    fn types_are_brat_identifiers() {
        assert_eq!(brat_type("Claim"), "Claim");
        assert_eq!(brat_type(" Personal  opinion! "), "Personal_opinion");
        assert_eq!(brat_type("رأي"), "رأي");
        assert_eq!(brat_type("!!"), "Label");
    }

    #[test]
    fn a_span_across_a_line_break_becomes_fragments_and_comes_back_whole() {
        let mut d = Document::new("T", "said.\r\nSecond line", None);
        let mut a = Annotation::new("a1", "claim", Span::new(0, 13).unwrap(), "t");
        a.note = "two\nlines".into();
        d.insert(a).unwrap();
        let e = to_brat(&d);
        assert_eq!(
            e.ann,
            "T1\tClaim 0 5;7 13\tsaid. Second\n#1\tAnnotatorNotes T1\ttwo lines\n"
        );
        let (r, _) = import(
            &Document::new("T", "said.\r\nSecond line", None),
            e.ann.as_bytes(),
            "now",
        )
        .unwrap();
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert_eq!(r.placed[0].annotation.span, Span::new(0, 13).unwrap());
        assert_eq!(r.placed[0].annotation.note, "two lines");
    }

    #[test]
    fn real_discontinuous_annotations_and_relations_are_reported() {
        let d = Document::new("T", "New and old York", None);
        let ann = "T1\tClaim 0 3;12 16\tNew York\nR1\tRel Arg1:T1 Arg2:T1\nbogus\n";
        let (r, _) = import(&d, ann.as_bytes(), "now").unwrap();
        assert!(r.placed.is_empty());
        let messages: Vec<String> = r.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("discontinuous")));
    }
}
