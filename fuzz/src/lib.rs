//! Shared by the fuzz targets: how an input becomes a document text and a file, and the properties
//! every import and export must keep. Each check panics with what went wrong, which libFuzzer
//! reports as a crash and saves the input under `fuzz/artifacts/<target>/`.

use std::collections::HashSet;

use close_reader_core::anchoring::{
    apply, resolve_tag, ImportReport, LabelResolution, PlacedAnnotation,
};
use close_reader_core::formats::assignment_link::assignment_file;
use close_reader_core::formats::detect::{detect, Format};
use close_reader_core::formats::{brat, csv, doccano, label_studio, native, w3c, w3c_import};
use close_reader_core::{Annotation, Document, Span};

/// The core tests' awkward article (`core/tests/support/mod.rs`): emoji, Arabic, CRLF, a no-break
/// space, a combining mark, and "said the scheme will" three times. The text of an input that
/// names none, and of the seed files.
pub const ARTICLE: &str = "Scam centres: 1,440 freed 😀\r\n\r\nThe minister said the scheme will reportedly cost 40\u{a0}million. Critics said the scheme will fail. قال الوزير إن الخطة ناجحة.\r\nThe family 👩\u{200d}👩\u{200d}👧 waited for news; officials said the scheme will help.\r\nCafe\u{301} owners were not consulted.";

/// Imports stamp annotations without a date with this.
pub const NOW: &str = "2025-03-14T09:26:53Z";

/// Splits an input at its first NUL byte into a document text (invalid UTF-8 replaced) and the rest
/// (a file's bytes, or the parameters of a structured target). Without a NUL: [`ARTICLE`] and the
/// whole input, so that a plain file is fuzzed against the text the fixtures were made for.
pub fn split(data: &[u8]) -> (String, &[u8]) {
    match data.iter().position(|&b| b == 0) {
        Some(i) => (
            String::from_utf8_lossy(&data[..i]).into_owned(),
            &data[i + 1..],
        ),
        None => (ARTICLE.to_string(), data),
    }
}

/// A document over `text` with the default labels and no annotations.
pub fn bare(text: &str) -> Document {
    Document::new("Fuzz", text, None)
}

/// The article with one annotation of each awkward kind (as `core/tests/support::article_doc`), for
/// the seed files.
pub fn article_doc() -> Document {
    let marks: [(&str, &str, &str); 6] = [
        ("claim", "freed 😀", ""),
        (
            "source",
            "قال الوزير",
            "Arabic: \"the minister said\", quoted",
        ),
        (
            "hedge",
            "reportedly cost 40\u{a0}million",
            "Hedge,\r\nsecond line",
        ),
        ("claim", "help.\r\nCafe\u{301}", ""),
        ("source", "👩\u{200d}👩\u{200d}👧", "family"),
        ("claim", "Critics said the scheme will fail", ""),
    ];
    let mut d = Document::new(
        "Scam centres: 1,440 freed",
        ARTICLE,
        Some("https://example.org/scam".into()),
    );
    for (i, (label, needle, note)) in marks.iter().enumerate() {
        let byte = ARTICLE.find(needle).expect("in the article");
        let start = ARTICLE[..byte].chars().count();
        let span = Span::new(start, start + needle.chars().count()).expect("ordered");
        let mut a = Annotation::new(&format!("a{}", i + 1), label, span, NOW);
        a.note = note.to_string();
        d.insert(a).expect("valid");
    }
    d
}

/// Saving as a native file and opening it again gives the same document, and saving that gives
/// the same bytes.
pub fn native_round_trip(doc: &Document) {
    let json = native::to_json(doc);
    let back = native::from_json(&json)
        .unwrap_or_else(|e| panic!("a file Close Reader wrote does not open: {e}\n{json}"));
    assert!(
        back == *doc,
        "the file opens as another document:\n{json}\n{back:?}\n{doc:?}"
    );
    assert_eq!(
        native::to_json(&back),
        json,
        "saving again changes the file"
    );
    assert_eq!(detect(json.as_bytes()), Ok(Format::Native));
}

/// The input with `document.sha256` set to the hash of `document.text`, when it is JSON with a
/// text and a wrong hash: the native and assignment link targets try it too, so that the fuzzer
/// gets past the checksum to the annotations, labels, links and classroom sections.
pub fn with_right_checksum(data: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(data).ok()?;
    let mut v: serde_json::Value =
        serde_json::from_str(s.strip_prefix('\u{feff}').unwrap_or(s)).ok()?;
    let document = v.get_mut("document")?.as_object_mut()?;
    let sha = close_reader_core::model::hash::text_sha256(document.get("text")?.as_str()?);
    if document.get("sha256").and_then(serde_json::Value::as_str) == Some(sha.as_str()) {
        return None;
    }
    document.insert("sha256".into(), serde_json::Value::String(sha));
    serde_json::to_string(&v).ok()
}

/// The assignment file of `doc` opens as the same article (title, text, source URL, labels) with
/// its assignment (an empty one when it had none) and no one's work: no annotations, links,
/// annotator or feedback; and it is its own assignment file.
pub fn check_assignment_file(doc: &Document) {
    let file = assignment_file(doc);
    let a = native::from_json(&file)
        .unwrap_or_else(|e| panic!("an assignment file does not open: {e}\n{file}"));
    assert!(a.title == doc.title && a.text == doc.text && a.source_url == doc.source_url);
    assert_eq!(a.labels, doc.labels);
    assert_eq!(
        a.assignment,
        Some(doc.assignment.clone().unwrap_or_default())
    );
    assert!(a.annotations().is_empty() && a.links().is_empty());
    assert!(a.annotator.is_none() && a.feedback.is_none());
    assert_eq!(
        assignment_file(&a),
        file,
        "the assignment file of an assignment file"
    );
}

/// Checks what an import placed on `doc`, applies it (tags that name no label become claims) and
/// returns the document with the new annotations, after checking that it saves and opens again.
///
/// Every placed annotation lies inside the text and covers something, has an id that neither the
/// document nor another placed annotation has, and carries the label its tags resolved to; every
/// unknown tag is listed once; applying inserts every one of them.
pub fn check_report(doc: &Document, report: &ImportReport) -> Document {
    let len = doc.text.len();
    let mut ids = HashSet::new();
    for p in &report.placed {
        let a = &p.annotation;
        assert!(
            !a.span.is_empty() && a.span.end() <= len,
            "placed outside the text ({len} code points) or on nothing: {p:?}"
        );
        assert!(
            ids.insert(a.id.clone()),
            "two placed annotations share an id: {p:?}"
        );
        assert!(
            doc.annotation(&a.id).is_none(),
            "placed with an id in use: {p:?}"
        );
        match &p.label {
            LabelResolution::Known(id) => {
                assert_eq!(&a.label, id, "{p:?}");
                assert!(
                    doc.label(id).is_some(),
                    "resolved to a label that does not exist: {p:?}"
                );
            }
            LabelResolution::Unknown(tag) => {
                assert!(a.label.is_empty(), "{p:?}");
                assert!(
                    resolve_tag(doc, tag).is_none(),
                    "an unknown tag names a label: {p:?}"
                );
                let listed = report
                    .unknown_tags
                    .iter()
                    .filter(|t| t.to_lowercase() == tag.to_lowercase())
                    .count();
                assert_eq!(listed, 1, "unknown tag {tag:?} listed {listed} times");
            }
            LabelResolution::Missing => assert!(a.label.is_empty(), "{p:?}"),
        }
    }
    for problem in &report.problems {
        let _ = problem.to_string();
    }
    let mut applied = doc.clone();
    let inserted = apply(&mut applied, report, |_| Some("claim".to_string()));
    assert_eq!(
        inserted,
        report.placed.len(),
        "not every placed annotation was inserted"
    );
    assert_eq!(
        applied.annotations().len(),
        doc.annotations().len() + inserted
    );
    native_round_trip(&applied);
    applied
}

/// What an export must carry back: span, label id, note.
pub type Mark = (usize, usize, String, String);

fn sorted(mut v: Vec<Mark>) -> Vec<Mark> {
    v.sort();
    v
}

/// The document's annotations as marks, with `note` deciding what each note becomes.
pub fn marks_of(doc: &Document, note: impl Fn(&Annotation) -> String) -> Vec<Mark> {
    sorted(
        doc.annotations()
            .iter()
            .map(|a| (a.span.start(), a.span.end(), a.label.clone(), note(a)))
            .collect(),
    )
}

fn marks_placed(placed: &[PlacedAnnotation], note: impl Fn(&Annotation) -> String) -> Vec<Mark> {
    sorted(
        placed
            .iter()
            .map(|p| {
                let a = &p.annotation;
                (a.span.start(), a.span.end(), a.label.clone(), note(a))
            })
            .collect(),
    )
}

/// Every export, read back onto the same text, gives back every annotation: same span, same
/// label, same note (where the format holds notes), placed by offsets where the format's offsets
/// count this text, by quote otherwise; and each export is recognised as its format. `doc` must
/// use the default labels (export names labels; a custom name may mean another label's id) and
/// have no links.
pub fn check_exports(doc: &Document) {
    assert!(
        doc.links().is_empty(),
        "check_exports takes documents without links"
    );
    native_round_trip(doc);
    let fresh = Document::new(&doc.title, doc.text.as_str(), doc.source_url.clone());
    let all_known = |r: &ImportReport, format: &str| {
        assert!(
            r.problems.is_empty(),
            "{format}: problems reading our own export: {:?}",
            r.problems
        );
        assert!(
            r.unknown_tags.is_empty(),
            "{format}: unknown tags {:?}",
            r.unknown_tags
        );
    };
    let with_note = |a: &Annotation| a.note.clone();
    let no_note = |_: &Annotation| String::new();

    // W3C Web Annotation: placed by quote and context, ties settled by the position.
    let opts = w3c::W3cOptions {
        document_id: "fuzz",
        creator: Some("Fuzz"),
    };
    let json = w3c::to_w3c_json(doc, &opts);
    assert_eq!(detect(json.as_bytes()), Ok(Format::W3cCollection));
    let (r, _) = w3c_import::import(&fresh, json.as_bytes(), NOW).expect("our W3C export reads");
    all_known(&r, "W3C");
    assert_eq!(
        marks_placed(&r.placed, with_note),
        marks_of(doc, with_note),
        "W3C round trip\n{json}"
    );

    // CSV: trusted offsets whose quote agrees.
    for bom in [false, true] {
        let sheet = csv::to_csv(doc, csv::CsvOptions { bom });
        assert_eq!(detect(sheet.as_bytes()), Ok(Format::Csv), "{sheet}");
        let (r, _) = csv::import(&fresh, sheet.as_bytes(), NOW).expect("our CSV reads");
        all_known(&r, "CSV");
        assert_eq!(
            marks_placed(&r.placed, with_note),
            marks_of(doc, with_note),
            "CSV round trip\n{sheet}"
        );
    }

    // doccano JSONL: carries the text; no notes.
    let jsonl = doccano::to_jsonl(doc);
    assert_eq!(detect(jsonl.as_bytes()), Ok(Format::Doccano), "{jsonl}");
    let (opened, r, _) = doccano::open(jsonl.as_bytes(), "T", NOW).expect("our doccano reads");
    all_known(&r, "doccano");
    assert!(opened.text == doc.text, "doccano changed the text");
    assert_eq!(
        marks_placed(&r.placed, no_note),
        marks_of(doc, no_note),
        "doccano\n{jsonl}"
    );

    // Label Studio: carries the text; notes as per-region textareas.
    let tasks = label_studio::to_json(doc);
    assert_eq!(detect(tasks.as_bytes()), Ok(Format::LabelStudio));
    let (opened, r, _) =
        label_studio::open(tasks.as_bytes(), "T", NOW).expect("our Label Studio reads");
    all_known(&r, "Label Studio");
    assert!(opened.text == doc.text, "Label Studio changed the text");
    assert_eq!(
        marks_placed(&r.placed, with_note),
        marks_of(doc, with_note),
        "Label Studio\n{tasks}"
    );

    // brat: spans lose the line breaks at their ends (brat cannot mark them), spans of nothing but
    // line breaks are skipped, notes are put on one line.
    let e = brat::to_brat(doc);
    if !e.ann.trim().is_empty() {
        assert_eq!(detect(e.ann.as_bytes()), Ok(Format::BratAnn), "{}", e.ann);
    }
    let (r, _) = brat::import(&fresh, e.ann.as_bytes(), NOW).expect("our brat reads");
    all_known(&r, "brat");
    let expected: Vec<Mark> = doc
        .annotations()
        .iter()
        .filter_map(|a| {
            let s = doc.quote(a);
            let lead = s.chars().take_while(|&c| brat_line_break(c)).count();
            if lead == a.span.len() {
                return None;
            }
            let trail = s.chars().rev().take_while(|&c| brat_line_break(c)).count();
            let note: String = a
                .note
                .chars()
                .map(|c| if brat_line_break(c) { ' ' } else { c })
                .collect();
            Some((
                a.span.start() + lead,
                a.span.end() - trail,
                a.label.clone(),
                note,
            ))
        })
        .collect();
    assert_eq!(e.skipped.len(), doc.annotations().len() - expected.len());
    assert_eq!(
        marks_placed(&r.placed, with_note),
        sorted(expected),
        "brat\n{}",
        e.ann
    );
}

/// What Python's `str.splitlines`, and so brat, treats as a line end.
pub fn brat_line_break(c: char) -> bool {
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

/// Whitespace runs as one space (as the anchoring compares text).
pub fn squeeze(s: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in s.chars() {
        if c.is_whitespace() {
            if out.last() != Some(&' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Edit distance (insertions, deletions, substitutions of one character).
pub fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The smallest edit distance between `quote` and any non-empty run of `text`.
pub fn best_substring_distance(quote: &[char], text: &[char]) -> usize {
    // prev[i]: distance from quote[..i] to the best run of text ending before the current character.
    let m = quote.len();
    let mut best = usize::MAX;
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut cur = vec![0; m + 1];
    for &t in text {
        cur[0] = 0;
        for i in 1..=m {
            cur[i] = (prev[i - 1] + usize::from(quote[i - 1] != t))
                .min(prev[i] + 1)
                .min(cur[i - 1] + 1);
        }
        // cur[m]: the best run ending here. It may be the empty run, which costs m; but a run of one
        // character never costs more than m, so the minimum is always a non-empty run's.
        best = best.min(cur[m]);
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}
