//! A spreadsheet of the annotations: one row per annotation, quoted as RFC 4180 says, so that a
//! reader can sort, filter and count them; and reading that sheet back onto the same text.
//!
//! Offsets count code points. Rows end with CRLF; fields holding a comma, a double quote, CR or
//! LF are quoted, with quotes doubled. No byte-order mark unless asked: Excel needs one to read
//! UTF-8, most other programs are better without it.
//!
//! The `links` column lists the links that start at the row's annotation, as `kind:id` separated
//! by `; ` (`supported-by:a1; hedges:a7`). A link into another article is written
//! `kind:id@` and the first 12 hex digits of that article's text's SHA-256; it is not read back.

use crate::anchoring::{
    place, ForeignAnnotation, ImportProblem, ImportReport, Position, ProblemKind,
};
use crate::formats::import::{utf8, ImportError};
use crate::formats::import_links::ForeignLink;
use crate::model::{Document, LinkKind};

const FORMAT: &str = "Close Reader CSV";

/// The header row, in column order.
pub const COLUMNS: [&str; 9] = [
    "id", "label", "start", "end", "quote", "note", "prefix", "suffix", "links",
];

#[derive(Clone, Copy, Debug, Default)]
pub struct CsvOptions {
    /// Start with a UTF-8 byte-order mark (for Excel).
    pub bom: bool,
}

/// The annotations as CSV text.
pub fn to_csv(doc: &Document, opts: CsvOptions) -> String {
    let mut out = String::new();
    if opts.bom {
        out.push('\u{feff}');
    }
    write_row(&mut out, COLUMNS.iter().copied());
    for a in doc.annotations() {
        let (prefix, suffix) = doc.context(a);
        let label = doc
            .label(&a.label)
            .map_or(a.label.as_str(), |l| l.name.as_str());
        let (start, end) = (a.span.start().to_string(), a.span.end().to_string());
        let links = links_cell(doc, &a.id);
        write_row(
            &mut out,
            [
                a.id.as_str(),
                label,
                &start,
                &end,
                doc.quote(a),
                &a.note,
                prefix,
                suffix,
                &links,
            ]
            .into_iter(),
        );
    }
    out
}

/// The links that start at an annotation, as the `links` column writes them.
fn links_cell(doc: &Document, id: &str) -> String {
    doc.links_from(id)
        .map(|l| match &l.other {
            None => format!("{}:{}", l.kind, l.to),
            Some(o) => format!(
                "{}:{}@{}",
                l.kind,
                l.to,
                &o.sha256[..o.sha256.len().min(12)]
            ),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn write_row<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if f.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(f);
        }
    }
    out.push_str("\r\n");
}

/// A record and the line it starts on (1-based).
pub type Record = (usize, Vec<String>);

/// Splits RFC 4180 text into records. Accepts LF or CRLF row ends; inside quotes every character
/// is kept as it is. Errors name the line.
pub fn parse(text: &str) -> Result<Vec<Record>, ImportError> {
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    let syntax = |line: usize, detail: &str| ImportError::Syntax {
        format: FORMAT,
        line,
        column: 1,
        detail: detail.to_string(),
    };
    while let Some(c) = chars.next() {
        match c {
            '"' if at_field_start => {
                let opened = line;
                loop {
                    match chars.next() {
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(c) => {
                            if c == '\n' {
                                line += 1;
                            }
                            field.push(c);
                        }
                        None => return Err(syntax(opened, "a quoted field is never closed")),
                    }
                }
                match chars.peek() {
                    None | Some(',' | '\r' | '\n') => {}
                    Some(_) => {
                        return Err(syntax(line, "text follows the closing quote of a field"))
                    }
                }
                at_field_start = false;
            }
            '"' => return Err(syntax(
                line,
                "a double quote inside an unquoted field (quote the field and double the quote)",
            )),
            ',' => {
                fields.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' => {
                fields.push(std::mem::take(&mut field));
                records.push((record_line, std::mem::take(&mut fields)));
                line += 1;
                record_line = line;
                at_field_start = true;
            }
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if !at_field_start || !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        records.push((record_line, fields));
    }
    Ok(records)
}

/// Reads a sheet written by [`to_csv`] (columns may be reordered; extra columns are ignored) and
/// places its rows on `doc`: by their offsets when the quote there agrees, otherwise by quote. The
/// links of the `links` column are returned to hand to
/// [`crate::formats::import_links::link_edits`] once the annotations are planned.
pub fn import(
    doc: &Document,
    bytes: &[u8],
    now: &str,
) -> Result<(ImportReport, Vec<ForeignLink>), ImportError> {
    let records = parse(utf8(bytes, FORMAT)?)?;
    let Some(((_, header), rows)) = records.split_first() else {
        return Err(ImportError::Shape {
            format: FORMAT,
            detail: "the file is empty".into(),
        });
    };
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let missing: Vec<&str> = ["label", "start", "end", "quote"]
        .into_iter()
        .filter(|c| col(c).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(ImportError::Shape {
            format: FORMAT,
            detail: format!("its first row has no column named {}", missing.join(", ")),
        });
    }
    let get = |row: &[String], name: &str| col(name).and_then(|i| row.get(i)).cloned();
    let mut foreign = Vec::new();
    let mut malformed = Vec::new();
    let mut links = Vec::new();
    let mut link_problems = Vec::new();
    for (line, row) in rows {
        if row.iter().all(|f| f.is_empty()) {
            continue;
        }
        let cell = get(row, "links").unwrap_or_default();
        read_links(
            *line,
            get(row, "id").filter(|i| !i.is_empty()),
            &cell,
            &mut links,
            &mut link_problems,
        );
        let number = |name: &str| {
            let raw = get(row, name).unwrap_or_default();
            raw.trim().parse::<u64>().map_err(|_| {
                format!(
                    "its {name} \"{}\" is not a whole number of characters",
                    crate::model::names::ellipsize(&raw, 20)
                )
            })
        };
        let place = format!("Line {line}");
        let quote = get(row, "quote").filter(|q| !q.is_empty());
        let item = ForeignAnnotation {
            place: place.clone(),
            id: get(row, "id").filter(|i| !i.is_empty()),
            tags: get(row, "label").into_iter().collect(),
            note: get(row, "note").unwrap_or_default(),
            prefix: get(row, "prefix").unwrap_or_default(),
            suffix: get(row, "suffix").unwrap_or_default(),
            quote: quote.clone(),
            ..Default::default()
        };
        match (number("start"), number("end")) {
            (Ok(start), Ok(end)) => foreign.push(ForeignAnnotation {
                position: Some(Position {
                    start,
                    end,
                    trusted: true,
                }),
                ..item
            }),
            (Err(e), _) | (_, Err(e)) if quote.is_none() => malformed.push((item, e)),
            // Offsets unreadable but a quote: anchor by the quote.
            _ => foreign.push(item),
        }
    }
    let mut report = place(doc, foreign, now);
    for (item, detail) in malformed {
        report.problems.push(ImportProblem {
            place: item.place,
            source_id: item.id,
            quote: None,
            kind: ProblemKind::Malformed(detail),
        });
    }
    report.problems.extend(link_problems);
    Ok((report, links))
}

/// The links of one row's `links` cell.
fn read_links(
    line: usize,
    id: Option<String>,
    cell: &str,
    links: &mut Vec<ForeignLink>,
    problems: &mut Vec<ImportProblem>,
) {
    let place = format!("Line {line}");
    let mut problem = |detail: String| {
        problems.push(ImportProblem {
            place: place.clone(),
            source_id: id.clone(),
            quote: None,
            kind: ProblemKind::Malformed(detail),
        })
    };
    for entry in cell.split(';').map(str::trim).filter(|e| !e.is_empty()) {
        let Some(from) = id.clone() else {
            problem(format!(
                "its link \"{entry}\" cannot be kept: the row has no id"
            ));
            continue;
        };
        let parsed = entry
            .split_once(':')
            .and_then(|(k, to)| Some((LinkKind::parse(k.trim())?, to.trim())));
        match parsed {
            Some((_, to)) if to.contains('@') => problem(format!(
                "its link \"{entry}\" goes into another article, which an import cannot follow"
            )),
            Some((kind, to)) if !to.is_empty() => links.push(ForeignLink {
                place: place.clone(),
                id: None,
                from,
                to: to.to_string(),
                kind,
            }),
            _ => problem(format!(
                "its link \"{entry}\" is not kind:id with a kind of supported-by, hedges, same-claim or contradicts"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed_and_parse_back() {
        let mut out = String::new();
        write_row(
            &mut out,
            ["plain", "a,b", "say \"hi\"", "two\r\nlines", "", "😀"].into_iter(),
        );
        assert_eq!(
            out,
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",,😀\r\n"
        );
        let parsed = parse(&out).unwrap();
        assert_eq!(
            parsed,
            vec![(
                1,
                vec![
                    "plain".into(),
                    "a,b".into(),
                    "say \"hi\"".into(),
                    "two\r\nlines".into(),
                    "".into(),
                    "😀".into()
                ]
            )]
        );
    }

    #[test]
    fn lines_are_counted_through_quoted_newlines() {
        let parsed = parse("a,b\n\"x\ny\",z\nlast,row").unwrap();
        assert_eq!(parsed.iter().map(|r| r.0).collect::<Vec<_>>(), [1, 2, 4]);
    }

    #[test]
    fn broken_quoting_names_the_line() {
        let e = parse("a,b\n\"open,c\nd").unwrap_err();
        assert_eq!(e.to_string(), "This Close Reader CSV file cannot be read: a quoted field is never closed (at line 2, column 1).");
        assert!(parse("a,b\nx\"y,z")
            .unwrap_err()
            .to_string()
            .contains("line 2"));
        assert!(parse("\"a\"b").is_err());
    }
}
