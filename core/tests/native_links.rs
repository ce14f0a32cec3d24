//! Links in the native file (version 2): they survive saving and reopening in any script, a link
//! that does not fit the annotations refuses the file with a message naming it, version 1 files
//! still open through the migration, and the optional summary is written but never read back.

mod marked;

use close_reader_core::analysis::evidence::to_json_with_summary;
use close_reader_core::formats::native::{from_json, to_json, LoadError, PLAIN_VERSION};
use close_reader_core::model::cross::cross_link;
use close_reader_core::model::hash::text_sha256;
use close_reader_core::model::link::LinkError;
use close_reader_core::{Document, Edit, History, Label, Link, LinkKind, OtherDocument};
use marked::{link, marked};
use proptest::prelude::*;
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../../docs/close-reader.schema.json");
const FORMAT_DOC: &str = include_str!("../../docs/format.md");
const V1_EXAMPLE: &str = include_str!("fixtures/format_v1_example.json");

fn validator() -> jsonschema::Validator {
    jsonschema::draft7::new(&serde_json::from_str(SCHEMA).unwrap()).unwrap()
}

fn value(d: &Document) -> Value {
    serde_json::from_str(&to_json(d)).unwrap()
}

fn load(v: &Value) -> Result<Document, LoadError> {
    from_json(&serde_json::to_string_pretty(v).unwrap())
}

fn message(v: &Value) -> String {
    load(v).expect_err("the file should be refused").to_string()
}

/// Emoji (astral and ZWJ), Arabic (RTL) and CRLF inside and around linked spans.
fn linked_doc() -> Document {
    let mut d = marked(
        "Toll 😀 — تقرير",
        "{source a1|قال الوزير} 👩\u{200d}👩\u{200d}👧:\r\n{claim a2|the toll rose\r\nto 40} {hedge a3|reportedly}. {claim a4|Aid 🇫🇷 arrived}.",
    );
    link(&mut d, "a2", "a1", LinkKind::SupportedBy);
    link(&mut d, "a3", "a2", LinkKind::Hedges);
    link(&mut d, "a4", "a2", LinkKind::Contradicts);
    d.insert_link(Link {
        id: "l10".into(),
        from: "a4".into(),
        to: "b7".into(),
        kind: LinkKind::SameClaim,
        other: Some(OtherDocument {
            sha256: text_sha256("Aid 🇫🇷 arrived, the UN says."),
            title: "Other outlet — عنوان".into(),
            quote: "Aid 🇫🇷 arrived".into(),
        }),
    })
    .unwrap();
    d
}

#[test]
fn links_survive_save_and_reopen_byte_for_byte() {
    let d = linked_doc();
    let json = to_json(&d);
    let back = from_json(&json).expect("a saved file opens");
    assert_eq!(back, d);
    assert_eq!(back.links().len(), 4);
    assert_eq!(to_json(&back), json);
    let v = value(&d);
    let ids: Vec<&str> = v["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["l1", "l2", "l3", "l10"], "by id, l10 after l3");
    assert_eq!(
        v["links"][0],
        json!({"id": "l1", "from": "a2", "to": "a1", "kind": "supported-by"})
    );
    assert_eq!(v["links"][3]["to_document"]["quote"], "Aid 🇫🇷 arrived");
    assert_eq!(back.sources_of("a2")[0].id, "a1");
    assert_eq!(back.hedges_on("a2")[0].id, "a3");
    assert_eq!(
        back.next_link_id(),
        "l11",
        "ids count on from the file's largest"
    );
    assert!(validator().is_valid(&v), "{json}");
}

#[test]
fn a_cross_document_link_made_side_by_side_reopens_on_both_sides() {
    let mut a = marked("A", "Officials said {claim a1|the toll rose to 40}.");
    let mut b = marked(
        "B",
        "{claim a1|The toll rose to 40}, {source a2|the UN} said.",
    );
    let (ea, eb) = cross_link(&a, "a1", &b, "a1", LinkKind::SameClaim).unwrap();
    History::default().apply(&mut a, ea).unwrap();
    History::default().apply(&mut b, eb).unwrap();
    let (a2, b2) = (
        from_json(&to_json(&a)).unwrap(),
        from_json(&to_json(&b)).unwrap(),
    );
    assert_eq!((&a2, &b2), (&a, &b));
    let from_a = &a2.links()[0];
    assert_eq!(
        from_a.other.as_ref().unwrap().sha256,
        text_sha256(b.text.as_str())
    );
    assert_eq!(from_a.other.as_ref().unwrap().quote, "The toll rose to 40");
    let summary = close_reader_core::analysis::pair::compare(&a2, &b2);
    assert_eq!(summary.shared.len(), 1);
    assert!(summary.a.only_here.is_empty() && summary.b.only_here.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Links that do not fit

fn base() -> Value {
    let mut d = marked("T", "{source a1|Officials} said {claim a2|it works}.");
    link(&mut d, "a2", "a1", LinkKind::SupportedBy);
    value(&d)
}

fn add_link(v: &mut Value, link: Value) {
    v["links"].as_array_mut().unwrap().push(link);
}

#[test]
fn every_link_problem_is_named() {
    let cases: Vec<(Value, &str)> = vec![
        (
            json!({"id": "l2", "from": "a2", "to": "a9", "kind": "supported-by"}),
            "Link 2: link \"l2\" goes to the annotation \"a9\", which does not exist.",
        ),
        (
            json!({"id": "l2", "from": "zz", "to": "a1", "kind": "supported-by"}),
            "Link 2: link \"l2\" goes from the annotation \"zz\", which does not exist.",
        ),
        (
            json!({"id": "l2", "from": "a2", "to": "a2", "kind": "same-claim"}),
            "Link 2: link \"l2\" joins the annotation \"a2\" to itself.",
        ),
        (
            json!({"id": "l1", "from": "a1", "to": "a2", "kind": "hedges"}),
            "Link 2: two links share the id \"l1\".",
        ),
        (
            json!({"id": " ", "from": "a1", "to": "a2", "kind": "hedges"}),
            "Link 2: a link has an empty id.",
        ),
        (
            json!({"id": "l2", "from": "a2", "to": "a1", "kind": "supported-by"}),
            "Link 2: link \"l2\" repeats link \"l1\" (same annotations, same kind).",
        ),
        (
            json!({"id": "l2", "from": "a2", "to": "a1", "kind": "supports"}),
            "Link 2 (\"l2\") has the kind \"supports\", which Close Reader does not know (it knows supported-by, hedges, same-claim, contradicts).",
        ),
        (
            json!({"id": "l2", "from": "a2", "to": "b1", "kind": "same-claim",
                   "to_document": {"sha256": "abc", "title": "B", "quote": "q"}}),
            "Link 2 (\"l2\") names its other document by the sha256 \"abc\", which is not 64 hexadecimal digits.",
        ),
    ];
    for (bad, expected) in cases {
        let mut v = base();
        add_link(&mut v, bad);
        assert_eq!(message(&v), expected);
    }
    // Symmetric kinds repeat either way round.
    let mut v = base();
    add_link(
        &mut v,
        json!({"id": "l2", "from": "a1", "to": "a2", "kind": "contradicts"}),
    );
    add_link(
        &mut v,
        json!({"id": "l3", "from": "a2", "to": "a1", "kind": "contradicts"}),
    );
    assert_eq!(
        load(&v).unwrap_err(),
        LoadError::Link {
            index: 3,
            error: LinkError::Duplicate {
                id: "l3".into(),
                existing: "l2".into()
            }
        }
    );
    // A far end in another document is not looked for in this one.
    let mut v = base();
    add_link(
        &mut v,
        json!({"id": "l2", "from": "a2", "to": "a1", "kind": "same-claim",
               "to_document": {"sha256": "C3CCB99FE3CCBADDB7C7B7E21D28B06C393F327DA308AE4D51799D98A5980D2C", "title": "B", "quote": "q"}}),
    );
    let d = load(&v).expect("a link to a1 of another document is not a self-link");
    assert_eq!(
        d.links()[1].other.as_ref().unwrap().sha256,
        "c3ccb99fe3ccbaddb7c7b7e21d28b06c393f327da308ae4d51799d98a5980d2c",
        "kept in lowercase"
    );
}

#[test]
fn format_md_lists_every_link_message() {
    let with_placeholders = |e: LoadError| {
        e.to_string()
            .replace("Link 1", "Link {n}")
            .replace("\"l0\"", "\"{id}\"")
    };
    let messages = [
        LoadError::BadLink {
            index: 1,
            id: "l0".into(),
            detail: "has the kind \"{kind}\", which Close Reader does not know (it knows supported-by, hedges, same-claim, contradicts)".into(),
        },
        LoadError::Link { index: 1, error: LinkError::EmptyId },
        LoadError::Link { index: 1, error: LinkError::DuplicateId { id: "l0".into() } },
        LoadError::Link {
            index: 1,
            error: LinkError::MissingEnd { id: "l0".into(), end: "from", annotation: "{from}".into() },
        },
        LoadError::Link {
            index: 1,
            error: LinkError::MissingEnd { id: "l0".into(), end: "to", annotation: "{to}".into() },
        },
        LoadError::Link {
            index: 1,
            error: LinkError::SelfLink { id: "l0".into(), annotation: "{from}".into() },
        },
        LoadError::Link {
            index: 1,
            error: LinkError::Duplicate { id: "l0".into(), existing: "{earlier}".into() },
        },
    ];
    for m in messages {
        let text = with_placeholders(m);
        assert!(FORMAT_DOC.contains(&text), "format.md lacks: {text}");
    }
}

#[test]
fn the_schema_checks_the_shape_of_links() {
    let validator = validator();
    assert!(validator.is_valid(&base()));
    type Breakage = fn(&mut Value);
    // The loader, like the schema, refuses all but the misspelt field, which it ignores (as it does
    // in annotations: format.md, "How Close Reader reads the file").
    let breakages: [(&str, Breakage); 6] = [
        ("no links array", |v| {
            v.as_object_mut().unwrap().remove("links");
        }),
        ("an unknown kind", |v| {
            v["links"][0]["kind"] = json!("supports")
        }),
        ("a misspelt field", |v| v["links"][0]["form"] = json!("a2")),
        ("a link without to", |v| {
            v["links"][0].as_object_mut().unwrap().remove("to");
        }),
        ("a short sha256", |v| {
            v["links"][0]["to_document"] = json!({"sha256": "ab", "title": "", "quote": ""})
        }),
        ("to_document without quote", |v| {
            v["links"][0]["to_document"] = json!({"sha256": text_sha256(""), "title": ""})
        }),
    ];
    for (what, breakage) in breakages {
        let mut v = base();
        breakage(&mut v);
        assert!(
            !validator.is_valid(&v),
            "the schema accepts a file with {what}"
        );
        if what != "a misspelt field" {
            assert!(load(&v).is_err(), "the loader accepts a file with {what}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Version 1

#[test]
fn a_version_1_file_opens_and_is_saved_as_the_current_version() {
    assert!(V1_EXAMPLE.contains("\"version\": 1"));
    let d = from_json(V1_EXAMPLE).expect("version 1 files open");
    assert!(d.links().is_empty());
    assert_eq!(d.annotations().len(), 3);
    assert_eq!(d.quote(d.annotation("a1").unwrap()), "قال");
    assert_eq!(d.quote(d.annotation("a3").unwrap()), "said.\r\nSecond");
    assert_eq!(d.annotator.as_deref(), Some("Rana"));
    let saved = to_json(&d);
    let v: Value = serde_json::from_str(&saved).unwrap();
    // A document without structure is written as version 3, which every Close Reader since
    // the classroom sections reads.
    assert_eq!(v["version"], PLAIN_VERSION);
    assert_eq!(v["links"], json!([]));
    assert!(validator().is_valid(&v));
    // Nothing but the version and the links differs from the version 1 text.
    let expected = V1_EXAMPLE
        .replace("\"version\": 1,", &format!("\"version\": {PLAIN_VERSION},"))
        .replace(
            "  ],\n  \"annotator\"",
            "  ],\n  \"links\": [],\n  \"annotator\"",
        );
    assert_eq!(saved, expected);
    assert_eq!(from_json(&saved).unwrap(), d);
}

#[test]
fn version_1_files_are_checked_as_before() {
    let mut v: Value = serde_json::from_str(V1_EXAMPLE).unwrap();
    v["annotations"][0]["quote"] = json!("ال");
    assert_eq!(
        message(&v),
        "Annotation 1 (\"a1\") quotes \"ال\", but the text at its offsets reads \"قال\"."
    );
    // A version 1 file has no links; a stray "links" field is not read.
    let mut v: Value = serde_json::from_str(V1_EXAMPLE).unwrap();
    v["links"] = json!([{"id": "l1", "from": "a9", "to": "a1", "kind": "nonsense"}]);
    assert!(load(&v).unwrap().links().is_empty());
    // Version 2 without links is damaged, as the schema says.
    let mut v: Value = serde_json::from_str(V1_EXAMPLE).unwrap();
    v["version"] = json!(2);
    let m = message(&v);
    assert!(
        m.starts_with("This Close Reader file is damaged: missing field `links` at line "),
        "{m}"
    );
}

// ---------------------------------------------------------------------------------------------
// The summary

#[test]
fn the_summary_is_written_on_request_and_ignored_on_load() {
    let d = linked_doc();
    let with = to_json_with_summary(&d);
    let v: Value = serde_json::from_str(&with).unwrap();
    assert_eq!(v["summary"]["claims"], 2);
    assert_eq!(v["summary"]["unsupported_claims"][0]["id"], "a4");
    assert_eq!(
        v["summary"]["sources"][0]["kind"], "vague",
        "Arabic has no capitals to go by"
    );
    assert!(validator().is_valid(&v));
    assert_eq!(from_json(&with).unwrap(), d);
    assert!(!to_json(&d).contains("summary"));
    // Whatever the summary says, it is not read.
    let mut v = v;
    v["summary"] = json!({"claims": "many", "nonsense": [1, 2]});
    assert_eq!(load(&v).unwrap(), d);
}

// ---------------------------------------------------------------------------------------------
// Properties: random documents with random links

const PIECES: &[&str] = &[
    "a",
    " ",
    "é",
    "😀",
    "👩\u{200d}👧",
    "ق",
    "ש",
    "\r\n",
    "\t",
    ".",
];

fn random_linked_doc() -> impl Strategy<Value = Document> {
    (
        prop::collection::vec(prop::sample::select(PIECES), 1..50),
        prop::collection::vec((0usize..60, 1usize..12, 0usize..3), 0..10),
        prop::collection::vec((0usize..10, 0usize..10, 0usize..4, any::<bool>()), 0..12),
    )
        .prop_map(|(pieces, spans, links)| {
            let text = pieces.concat();
            let mut d = Document::new("T", &text, None);
            d.labels.push(Label::new("mine", "Mine", "#000000", "m"));
            let labels = ["claim", "source", "hedge"];
            let n = d.text.len();
            for (i, (s, len, k)) in spans.into_iter().enumerate() {
                let (s, e) = (s.min(n), (s + len).min(n));
                let a = close_reader_core::Annotation::new(
                    &format!("a{}", i + 1),
                    labels[k],
                    close_reader_core::Span::new(s, e).unwrap(),
                    "t",
                );
                let _ = d.insert(a);
            }
            let ids: Vec<String> = d.annotations().iter().map(|a| a.id.clone()).collect();
            for (f, t, k, remote) in links {
                if ids.is_empty() {
                    break;
                }
                let mut l = Link::new(
                    &d.next_link_id(),
                    &ids[f % ids.len()],
                    &ids[t % ids.len()],
                    LinkKind::ALL[k],
                );
                if remote {
                    l.other = Some(OtherDocument {
                        sha256: text_sha256(&format!("other {text}")),
                        title: "Other 😀".into(),
                        quote: "q\r\n".into(),
                    });
                }
                let _ = d.insert_link(l); // self-links and repeats are skipped
            }
            d
        })
}

proptest! {
    #[test]
    fn any_linked_document_round_trips_and_matches_the_schema(d in random_linked_doc()) {
        let json = to_json(&d);
        let back = from_json(&json);
        prop_assert_eq!(back.as_ref(), Ok(&d));
        prop_assert_eq!(to_json(&back.unwrap()), json.clone());
        let v: Value = serde_json::from_str(&json).unwrap();
        prop_assert!(validator().is_valid(&v));
        let with: Value = serde_json::from_str(&to_json_with_summary(&d)).unwrap();
        prop_assert!(validator().is_valid(&with));
    }

    #[test]
    fn removing_any_annotation_takes_its_links_and_undo_brings_them_back(d in random_linked_doc(), pick in 0usize..10) {
        prop_assume!(!d.annotations().is_empty());
        let id = d.annotations()[pick % d.annotations().len()].id.clone();
        let mut doc = d.clone();
        let mut h = History::default();
        let edit = Edit::remove_annotation(&doc, &id).unwrap();
        h.apply(&mut doc, edit).unwrap();
        prop_assert!(doc.annotation(&id).is_none());
        prop_assert!(doc.links().iter().all(|l| !l.touches(&id)));
        prop_assert_eq!(doc.links().len(), d.links().len() - d.links_of(&id).count());
        // What is left still saves and opens.
        let reopened = from_json(&to_json(&doc));
        prop_assert_eq!(reopened.as_ref(), Ok(&doc));
        h.undo(&mut doc).unwrap();
        prop_assert_eq!(&doc, &d);
    }
}
