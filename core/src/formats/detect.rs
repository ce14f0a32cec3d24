//! Telling file formats apart by their content, so that one "Open file" can route any file to
//! the right reader, whatever its name, and say plainly what a file is when it is none of them.

use std::fmt;

use serde_json::Value;

use crate::formats::csv::COLUMNS;

/// A format Close Reader can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A Close Reader file (`format: "close-reader"`): opens as a document.
    Native,
    W3cAnnotation,
    W3cList,
    W3cPage,
    W3cCollection,
    /// A JSON-LD document whose `@graph` holds W3C annotations (or pages or collections of them).
    W3cGraph,
    /// Hypothesis' API format: one annotation, a list, a search result (`rows`) or an export.
    Hypothesis,
    /// doccano JSONL (carries its text).
    Doccano,
    /// Label Studio tasks (carry their text).
    LabelStudio,
    /// Close Reader's CSV (annotations of an open document).
    Csv,
    /// A brat `.ann` file (annotations of an open document).
    BratAnn,
}

impl Format {
    /// Every format, in a fixed order (the import worker names a format by its place here).
    pub const ALL: [Format; 11] = [
        Format::Native,
        Format::W3cAnnotation,
        Format::W3cList,
        Format::W3cPage,
        Format::W3cCollection,
        Format::W3cGraph,
        Format::Hypothesis,
        Format::Doccano,
        Format::LabelStudio,
        Format::Csv,
        Format::BratAnn,
    ];

    /// True when the file carries its own text and can open as a new document; the others add
    /// annotations to the open document. Every format is named, so a new one must say which it is.
    pub fn carries_text(self) -> bool {
        match self {
            Format::Native | Format::Doccano | Format::LabelStudio => true,
            Format::W3cAnnotation
            | Format::W3cList
            | Format::W3cPage
            | Format::W3cCollection
            | Format::W3cGraph
            | Format::Hypothesis
            | Format::Csv
            | Format::BratAnn => false,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Native => "a Close Reader file",
            Format::W3cAnnotation => "a W3C Web Annotation",
            Format::W3cList => "a list of W3C Web Annotations",
            Format::W3cPage => "a W3C Annotation Page",
            Format::W3cCollection => "a W3C Annotation Collection",
            Format::W3cGraph => "a W3C Web Annotation graph (JSON-LD @graph)",
            Format::Hypothesis => "Hypothesis annotations",
            Format::Doccano => "doccano JSONL",
            Format::LabelStudio => "Label Studio tasks",
            Format::Csv => "a Close Reader CSV sheet",
            Format::BratAnn => "a brat .ann file",
        }
    }
}

/// For a file no format recognised: true when it should get the native reader's message (which
/// says where its JSON breaks or what is wrong with it) rather than "not recognised": it is named
/// `.json` or looks like JSON.
pub fn meant_as_native(name: &str, bytes: &[u8], e: &NotRecognised) -> bool {
    let json_like = bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| matches!(b, b'{' | b'['));
    !matches!(e, NotRecognised::Zip) && (name.to_lowercase().ends_with(".json") || json_like)
}

/// Why a file is not one Close Reader reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotRecognised {
    Empty,
    Zip,
    Binary,
    /// Valid JSON of an unknown shape; says what it has.
    UnknownJson(String),
    /// Text that is no annotation format (perhaps an article to paste).
    PlainText,
}

impl fmt::Display for NotRecognised {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NotRecognised::Empty => write!(f, "This file is empty."),
            NotRecognised::Zip => write!(f, "This is a ZIP archive. Unpack it and open the file inside (for a brat export, open the article's text first, then its .ann file)."),
            NotRecognised::Binary => write!(f, "This file is not text (it is not valid UTF-8), so it holds no annotations Close Reader can read."),
            NotRecognised::UnknownJson(what) => write!(f, "This is a JSON file, but not one Close Reader knows: {what}. Close Reader reads its own files, W3C Web Annotations, Hypothesis, doccano and Label Studio JSON."),
            NotRecognised::PlainText => write!(f, "This is plain text, not an annotation file. To annotate it, start a new document and paste the text."),
        }
    }
}

/// Which format `bytes` hold.
pub fn detect(bytes: &[u8]) -> Result<Format, NotRecognised> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Err(NotRecognised::Zip);
    }
    if opens_as_native(bytes) {
        return Ok(Format::Native);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| NotRecognised::Binary)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(NotRecognised::Empty);
    }
    if let Ok(v) = serde_json::from_str::<Value>(text) {
        return json_format(&v);
    }
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if let Ok(v) = serde_json::from_str::<Value>(first) {
        if is_doccano(&v) {
            return Ok(Format::Doccano);
        }
    }
    let header: Vec<String> = first
        .split(',')
        .map(|h| h.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    if header.len() >= 4
        && ["label", "start", "end", "quote"]
            .iter()
            .all(|c| header.iter().any(|h| h == c))
        && header.iter().all(|h| COLUMNS.contains(&h.as_str()))
    {
        return Ok(Format::Csv);
    }
    if is_brat_line(first) {
        return Ok(Format::BratAnn);
    }
    Err(NotRecognised::PlainText)
}

/// A Close Reader file as Close Reader writes it: an object whose first member is `"format":
/// "close-reader"`. Told from its first bytes, so that a file of tens of megabytes is not parsed
/// whole only to be recognised (the native reader checks everything after). The page opens such a
/// file at once; any other goes to the import worker, which runs [`detect`].
pub fn opens_as_native(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let head = &bytes[..bytes.len().min(64)];
    let squeezed: Vec<u8> = head
        .iter()
        .copied()
        .filter(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .collect();
    squeezed.starts_with(br#"{"format":"close-reader""#)
}

fn is_brat_line(line: &str) -> bool {
    let Some((id, rest)) = line.split_once('\t') else {
        return false;
    };
    let mut chars = id.chars();
    let kind = chars.next();
    let digits: String = chars.collect();
    match kind {
        Some('T') => {
            !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && rest.contains('\t')
        }
        Some('#' | 'R' | 'E' | 'A' | 'M' | 'N') => {
            !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

use crate::formats::w3c_import::has_type;

fn is_doccano(v: &Value) -> bool {
    v.get("text").is_some_and(Value::is_string)
        && (v.get("label").is_some() || v.get("entities").is_some())
}

fn is_hypothesis(v: &Value) -> bool {
    v.get("uri").is_some()
        && v.get("target").is_some()
        && (v.get("tags").is_some() || v.get("text").is_some())
}

fn is_label_studio(v: &Value) -> bool {
    v.get("data").is_some_and(Value::is_object)
        && (v.get("annotations").is_some()
            || v.get("completions").is_some()
            || v.get("predictions").is_some())
}

fn json_format(v: &Value) -> Result<Format, NotRecognised> {
    if let Some(f) = v.get("format") {
        if f == "close-reader" {
            return Ok(Format::Native);
        }
    }
    if let Some(Value::Array(graph)) = v.get("@graph") {
        let w3c = |n: &Value| {
            ["Annotation", "AnnotationPage", "AnnotationCollection"]
                .iter()
                .any(|k| has_type(n, k))
        };
        if graph.is_empty() || graph.iter().any(w3c) {
            return Ok(Format::W3cGraph);
        }
    }
    for (kind, format) in [
        ("AnnotationCollection", Format::W3cCollection),
        ("AnnotationPage", Format::W3cPage),
        ("Annotation", Format::W3cAnnotation),
    ] {
        if has_type(v, kind) {
            return Ok(format);
        }
    }
    if is_hypothesis(v) {
        return Ok(Format::Hypothesis);
    }
    if is_label_studio(v) {
        return Ok(Format::LabelStudio);
    }
    if is_doccano(v) {
        return Ok(Format::Doccano);
    }
    for key in ["rows", "annotations"] {
        if let Some(Value::Array(rows)) = v.get(key) {
            if rows.first().is_some_and(is_hypothesis)
                || (rows.is_empty() && v.get("total").is_some())
            {
                return Ok(Format::Hypothesis);
            }
        }
    }
    if let Value::Array(items) = v {
        let Some(first) = items.first() else {
            return Err(NotRecognised::UnknownJson("an empty list".into()));
        };
        if items.iter().all(|i| has_type(i, "Annotation")) {
            return Ok(Format::W3cList);
        }
        if is_label_studio(first) {
            return Ok(Format::LabelStudio);
        }
        if is_hypothesis(first) {
            return Ok(Format::Hypothesis);
        }
        return Err(NotRecognised::UnknownJson("a list whose first item is none of W3C annotations, Hypothesis annotations or Label Studio tasks".into()));
    }
    let what = match v {
        Value::Object(o) => {
            let keys: Vec<&str> = o.keys().take(5).map(String::as_str).collect();
            match v.get("format").and_then(Value::as_str) {
                Some(f) => format!("its \"format\" is \"{f}\""),
                None if keys.is_empty() => "an empty object".into(),
                None => format!("an object with the fields {}", keys.join(", ")),
            }
        }
        _ => "a single value, not an object or a list".into(),
    };
    Err(NotRecognised::UnknownJson(what))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_are_told_apart() {
        let cases: [(&str, Format); 10] = [
            (
                r#"{"format": "close-reader", "version": 1}"#,
                Format::Native,
            ),
            (r#"{"type": "AnnotationCollection"}"#, Format::W3cCollection),
            (
                r#"{"type": "AnnotationPage", "items": []}"#,
                Format::W3cPage,
            ),
            (
                r#"{"type": ["Annotation"], "target": "x"}"#,
                Format::W3cAnnotation,
            ),
            (
                r#"[{"type": "Annotation", "target": "x"}]"#,
                Format::W3cList,
            ),
            (
                r#"{"total": 1, "rows": [{"uri": "u", "target": [], "tags": []}]}"#,
                Format::Hypothesis,
            ),
            (
                "{\"text\": \"a\", \"label\": []}\n{\"text\": \"b\", \"label\": []}\n",
                Format::Doccano,
            ),
            (
                r#"[{"data": {"text": "a"}, "annotations": []}]"#,
                Format::LabelStudio,
            ),
            (
                "\u{feff}id,label,start,end,quote,note,prefix,suffix,links\r\n",
                Format::Csv,
            ),
            ("T1\tClaim 0 4\tThis\n", Format::BratAnn),
        ];
        for (input, want) in cases {
            assert_eq!(detect(input.as_bytes()), Ok(want), "{input}");
        }
    }

    #[test]
    fn other_files_get_a_specific_message() {
        assert_eq!(detect(b""), Err(NotRecognised::Empty));
        assert_eq!(detect(b"PK\x03\x04rest"), Err(NotRecognised::Zip));
        assert_eq!(detect(&[0xff, 0xfe, 0x00]), Err(NotRecognised::Binary));
        assert_eq!(detect(b"Once upon a time."), Err(NotRecognised::PlainText));
        let e = detect(br#"{"format": "other", "x": 1}"#).unwrap_err();
        assert!(e.to_string().contains("its \"format\" is \"other\""), "{e}");
        assert!(detect(b"[]")
            .unwrap_err()
            .to_string()
            .contains("an empty list"));
        assert!(detect(b"42").is_err());
    }
}
