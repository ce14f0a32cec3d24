//! A corpus of hostile inputs (markup that would run if it were ever parsed as HTML, non-web URLs,
//! bidi overrides and invisible characters, huge and deeply nested files, out-of-range numbers,
//! duplicate ids, invalid UTF-8) in every format Close Reader opens, with what each must do.
//! Shared by the browser tests and, through `#[path]`, the core's native test, so it needs only
//! `close_reader_core` and `serde_json`.

use close_reader_core::formats::assignment_link::{assignment_file, base64url_encode};
use close_reader_core::formats::{brat, native};
use close_reader_core::{Annotation, Assignment, Document, Label, Link, LinkKind, Span};
use serde_json::{json, Value};

/// The global every payload sets if it runs.
pub const MARKER: &str = "__pwned";
pub const SCRIPT: &str = "<script>window.__pwned=1</script>";
pub const IMG: &str = "<img src=x onerror=\"window.__pwned=1\">";
pub const SVG: &str = "<svg onload=\"window.__pwned=1\"><circle r=\"9\"/></svg>";
pub const JS_URL: &str = "javascript:window.__pwned=1";
/// The script above, base64-encoded, as a page.
pub const DATA_URL: &str = "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+";
/// A right-to-left override (the "gnp.exe" trick), an isolate, a mark.
pub const BIDI: &str = "user\u{202e}gnp.exe\u{202c} says \u{2067}שלום\u{2069}\u{200f}";
/// Zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen.
pub const ZERO_WIDTH: &str =
    "zero\u{200b}width\u{200c}non\u{200d}joiner\u{2060}word\u{feff}bom\u{ad}";
/// Every payload above, each of which an HTML parser would act on or a reader could misread.
pub const PAYLOADS: [&str; 7] = [SCRIPT, IMG, SVG, JS_URL, DATA_URL, BIDI, ZERO_WIDTH];

/// Instructions of the hostile assignment.
pub fn instructions() -> String {
    format!("Mark every claim. {IMG} {SCRIPT} {BIDI}")
}

/// An article with every payload in its own paragraph (each occurs exactly once).
pub fn article() -> String {
    format!(
        "The minister said {SCRIPT} the plan works.\n\nCritics replied {IMG} within hours.\n\nA drawing {SVG} was attached.\n\nLinks such as {JS_URL} and {DATA_URL} appeared.\n\nThe file {BIDI} reportedly.\n\nA {ZERO_WIDTH} ends here."
    )
}

/// Code-point offsets of the only occurrence of `needle` in `text`.
pub fn find(text: &str, needle: &str) -> (usize, usize) {
    assert_eq!(
        text.matches(needle).count(),
        1,
        "{needle:?} once in the text"
    );
    let byte = text.find(needle).unwrap();
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// The hostile title: markup and a bidi override.
pub fn title() -> String {
    format!("{IMG} {BIDI}")
}

/// The hostile article annotated: a claim on the script, a source on the image, a hedge on the
/// bidi text, a label named with markup on the zero-width word, notes of markup and invisible
/// characters, a link; `source_url` as given (not checked by the file format).
pub fn document(source_url: &str) -> Document {
    let text = article();
    let mut d = Document::new(&title(), &text, Some(source_url.to_string()));
    d.labels.push(Label::new("svg", SVG, "#0f766e", "v"));
    let marks = [
        ("a1", "claim", SCRIPT, format!("{IMG} {ZERO_WIDTH}")),
        ("a2", "source", IMG, SCRIPT.to_string()),
        ("a3", "hedge", BIDI, BIDI.to_string()),
        ("a4", "svg", ZERO_WIDTH, SVG.to_string()),
    ];
    for (id, label, needle, note) in marks {
        let (s, e) = find(&text, needle);
        let mut a = Annotation::new(id, label, Span::new(s, e).unwrap(), "2025-03-14T09:26:53Z");
        a.note = note;
        d.insert(a).expect("a valid annotation");
    }
    d.insert_link(Link::new("l1", "a1", "a2", LinkKind::SupportedBy))
        .expect("a valid link");
    d
}

/// The hostile document handed out as an assignment with hostile instructions.
pub fn assignment_doc() -> Document {
    let mut d = document(JS_URL);
    d.assignment = Some(Assignment {
        instructions: instructions(),
        hide_suggestions: false,
        require_name: false,
        rubric: None,
    });
    d
}

/// `json` (a version 3 file) rewritten as version `v`: 2 keeps links, 1 has none.
pub fn as_version(json: &str, v: u64) -> String {
    let mut f: Value = serde_json::from_str(json).unwrap();
    f["version"] = json!(v);
    let o = f.as_object_mut().unwrap();
    o.remove("assignment");
    o.remove("feedback");
    if v == 1 {
        o.remove("links");
    }
    serde_json::to_string_pretty(&f).unwrap()
}

/// What opening a corpus file must do.
#[derive(Clone, Debug, PartialEq)]
pub enum Expect {
    /// A Close Reader file: opens as a document with exactly this text, title and source URL.
    Opens {
        text: String,
        title: String,
        source_url: String,
    },
    /// Carries its own text (doccano, Label Studio): a review, then a new document with exactly
    /// this text, holding `placed` annotations.
    NewDocument { text: String, placed: usize },
    /// Annotations for the open [`article`] (W3C, Hypothesis, CSV, brat): a review placing
    /// `placed` of them with these notes, in the file's order, and listing `problems` that were
    /// not placed.
    AddsTo { notes: Vec<String>, problems: usize },
    /// Refused, with a message holding each of these.
    Refused(Vec<&'static str>),
    /// An article (a text file, a web page): the review shows it, starting with this line; Cancel
    /// leaves everything as it was.
    Reviewed { first_line: String },
}

/// One file of the corpus.
pub struct HostileFile {
    pub name: &'static str,
    pub bytes: Vec<u8>,
    pub expect: Expect,
}

fn file(name: &'static str, bytes: impl Into<Vec<u8>>, expect: Expect) -> HostileFile {
    HostileFile {
        name,
        bytes: bytes.into(),
        expect,
    }
}

fn refused(says: &[&'static str]) -> Expect {
    Expect::Refused(says.to_vec())
}

/// A valid version 3 file with one annotation's field replaced by `value` (raw JSON).
fn with_annotation_field(field: &str, value: &str) -> String {
    let mut f: Value = serde_json::from_str(&native::to_json(&document(JS_URL))).unwrap();
    f["annotations"][0][field] = json!("PLACEHOLDER");
    serde_json::to_string_pretty(&f)
        .unwrap()
        .replace("\"PLACEHOLDER\"", value)
}

/// Every file of the corpus: the Close Reader file (three versions) and each other tool's format
/// carrying the payloads, and files each reader must refuse.
pub fn files() -> Vec<HostileFile> {
    let text = article();
    let opens = |url: &str| Expect::Opens {
        text: text.clone(),
        title: title(),
        source_url: url.to_string(),
    };
    let v3 = native::to_json(&document(JS_URL));
    let v2 = as_version(&native::to_json(&document(DATA_URL)), 2);
    // A no-break space before it, which the browser would keep in a link's address.
    let web = "\u{a0}https://example.org/a?q=<b>&x=\"y\"";
    let v1 = as_version(&native::to_json(&document(web)), 1);

    let mut dup: Value = serde_json::from_str(&v3).unwrap();
    let first = dup["annotations"][0].clone();
    dup["annotations"][1]["id"] = first["id"].clone();
    let mut bad_colour: Value = serde_json::from_str(&v3).unwrap();
    bad_colour["labels"][3]["color"] = json!("red;background:url(https://example.org/x.png)");
    let mut deep = String::from("{\"format\": \"close-reader\", \"version\": 3, \"document\": ");
    deep.push_str(&"[".repeat(100_000));
    deep.push_str(&"]".repeat(100_000));
    deep.push('}');
    let mut not_utf8 = v3.clone().into_bytes();
    let at = v3.find("window.__pwned").unwrap();
    not_utf8[at] = 0xff;

    let (s, e) = find(&text, SCRIPT);
    let (is, ie) = find(&text, IMG);
    let (bs, be) = find(&text, BIDI);
    let doccano = format!(
        "{}\n",
        json!({"text": text, "label": [[s, e, "claim"], [is, ie, SVG], [bs, be, "hedge"], [1, 18446744073709551615u64, "claim"], [-3, 2, "claim"]]})
    );
    let label_studio = json!([{
        "data": {"text": text},
        "annotations": [{"result": [
            {"id": "r1", "type": "labels", "from_name": "label", "to_name": "text",
             "value": {"start": s, "end": e, "text": SCRIPT, "labels": [SVG]}},
            {"id": "r1", "type": "labels", "from_name": "label", "to_name": "text",
             "value": {"start": bs, "end": be, "text": BIDI, "labels": ["hedge"]}},
            {"id": "r3", "type": "labels", "from_name": "label", "to_name": "text",
             "value": {"start": 1e300, "end": -1, "text": "x", "labels": ["claim"]}}
        ]}]
    }])
    .to_string();
    let quote = |exact: &str| json!({"type": "TextQuoteSelector", "exact": exact});
    let w3c = json!([
        {"type": "Annotation", "id": "urn:x:<b>", "target": {"selector": quote(SCRIPT)},
         "body": [{"type": "TextualBody", "purpose": "tagging", "value": "claim"},
                  {"type": "TextualBody", "purpose": "commenting", "value": IMG}]},
        {"type": "Annotation", "id": "urn:x:<b>", "target": {"selector": quote(ZERO_WIDTH)},
         "body": [{"type": "TextualBody", "purpose": "tagging", "value": SVG}]},
        {"type": "Annotation", "target": {"selector": [
            {"type": "TextPositionSelector", "start": 1e300, "end": -5}, quote("not in the article")]},
         "body": [{"type": "TextualBody", "purpose": "tagging", "value": "hedge"}]}
    ])
    .to_string();
    let hypothesis = json!({"total": 2, "rows": [
        {"id": "h1", "uri": JS_URL, "text": SVG, "tags": ["source"],
         "target": [{"source": JS_URL, "selector": [quote(IMG)]}]},
        {"id": "h1", "uri": JS_URL, "text": BIDI, "tags": [IMG],
         "target": [{"source": JS_URL, "selector": [quote(BIDI)]}]}
    ]})
    .to_string();
    let hyperlink = format!("=HYPERLINK(\"{JS_URL}\")");
    let csv_quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let csv = format!(
        "id,label,start,end,quote,note,prefix,suffix,links\r\nc1,claim,{s},{e},{},{},,,\r\nc1,{},{is},{ie},{},{},,,\r\nc3,claim,99999999999999999999999,-1,x,,,,\r\n",
        csv_quote(SCRIPT),
        csv_quote(IMG),
        csv_quote(SVG),
        csv_quote(IMG),
        csv_quote(&hyperlink)
    );
    let ann = format!(
        "T1\tclaim {s} {e}\t{SCRIPT}\n#1\tAnnotatorNotes T1\t{IMG}\nT2\thedge {bs} {be}\t{BIDI}\nT3\tclaim 18446744073709551616 18446744073709551617\tx\n"
    );
    let huge_line = "A".repeat(1 << 20);

    vec![
        file("hostile.close-reader.json", v3.clone(), opens(JS_URL)),
        file("hostile-v2.close-reader.json", v2, opens(DATA_URL)),
        file("hostile-v1.close-reader.json", v1, opens(web)),
        file(
            "duplicate-ids.close-reader.json",
            dup.to_string(),
            refused(&["two annotations share the id \"a1\""]),
        ),
        file(
            "bad-colour.close-reader.json",
            bad_colour.to_string(),
            refused(&["labels", "not a #rrggbb colour"]),
        ),
        file(
            "negative.close-reader.json",
            with_annotation_field("start", "-1"),
            refused(&["damaged", "-1"]),
        ),
        file(
            "past-u64.close-reader.json",
            with_annotation_field("end", "18446744073709551616"),
            refused(&["damaged", "expected u64"]),
        ),
        file(
            "float-overflow.close-reader.json",
            with_annotation_field("end", "1e400"),
            refused(&["a number out of range", "at line "]),
        ),
        file(
            "past-the-end.close-reader.json",
            with_annotation_field("end", "4294967296"),
            refused(&["outside the text"]),
        ),
        file(
            "deep.close-reader.json",
            deep,
            refused(&["nested too deeply", "line 1"]),
        ),
        file(
            "not-utf8.close-reader.json",
            not_utf8,
            refused(&["not valid UTF-8"]),
        ),
        file(
            "hostile.doccano.jsonl",
            doccano,
            Expect::NewDocument {
                text: text.clone(),
                placed: 3,
            },
        ),
        file(
            "hostile.label-studio.json",
            label_studio,
            Expect::NewDocument {
                text: text.clone(),
                placed: 2,
            },
        ),
        file(
            "hostile.annotations.jsonld",
            w3c,
            Expect::AddsTo {
                notes: vec![IMG.into(), String::new()],
                problems: 1,
            },
        ),
        file(
            "hostile.hypothesis.json",
            hypothesis,
            Expect::AddsTo {
                notes: vec![SVG.into(), BIDI.into()],
                problems: 0,
            },
        ),
        file(
            "hostile.csv",
            csv,
            Expect::AddsTo {
                notes: vec![IMG.into(), hyperlink],
                problems: 1,
            },
        ),
        file(
            "hostile.ann",
            ann,
            Expect::AddsTo {
                notes: vec![IMG.into(), String::new()],
                problems: 1,
            },
        ),
        file(
            "hostile.brat.zip",
            brat::to_brat_zip(&document(JS_URL)),
            refused(&["ZIP archive", "Unpack it"]),
        ),
        file(
            "one-line.txt",
            huge_line.clone(),
            Expect::Reviewed {
                first_line: huge_line,
            },
        ),
    ]
}

/// The fragment `#assignment=<code>` for `json` packed by `deflate` (raw deflate in the browser's
/// tests; the core's test passes the bytes through unchanged and reads them back itself).
pub fn fragment(json: &[u8], deflate: &dyn Fn(&[u8]) -> Vec<u8>) -> String {
    format!("#assignment={}", base64url_encode(&deflate(json)))
}

/// Assignment links: one that opens (the hostile assignment) and the ones refused, each with the
/// words its message must hold.
pub fn assignment_links(deflate: &dyn Fn(&[u8]) -> Vec<u8>) -> Vec<(&'static str, String, Expect)> {
    let good = assignment_file(&assignment_doc());
    let no_assignment = native::to_json(&document(JS_URL));
    vec![
        (
            "hostile assignment",
            fragment(good.as_bytes(), deflate),
            Expect::Opens {
                text: article(),
                title: title(),
                source_url: JS_URL.to_string(),
            },
        ),
        (
            "markup in the code",
            format!("#assignment=AAAA{IMG}"),
            refused(&["\"<\" at character 5"]),
        ),
        (
            "bidi override in the code",
            "#assignment=AAAA\u{202e}AAAA".to_string(),
            refused(&["invisible character U+202E"]),
        ),
        (
            "not JSON",
            fragment(SCRIPT.as_bytes(), deflate),
            refused(&["not valid JSON"]),
        ),
        (
            "a document, no assignment",
            fragment(no_assignment.as_bytes(), deflate),
            refused(&["no assignment"]),
        ),
    ]
}
