//! The W3C export is only useful if other tools accept it: these tests check it against the MUST
//! statements of the Web Annotation Data Model, written out here, and against the W3C test suite's
//! own JSON Schemas (from `../shared/w3c-annotation-model`), resolved offline.

mod support;

use std::path::{Path, PathBuf};

use close_reader_core::formats::w3c::{to_w3c, to_w3c_json, W3cOptions, CONTEXT};
use close_reader_core::Document;
use jsonschema::{Resource, Retrieve, Uri};
use proptest::prelude::*;
use serde_json::{json, Value};
use support::*;

const OPTS: W3cOptions = W3cOptions {
    document_id: "doc-1",
    creator: Some("Rana"),
};

const MOTIVATIONS: [&str; 13] = [
    "assessing",
    "bookmarking",
    "classifying",
    "commenting",
    "describing",
    "editing",
    "highlighting",
    "identifying",
    "linking",
    "moderating",
    "questioning",
    "replying",
    "tagging",
];

fn items(v: &Value) -> Vec<&Value> {
    v["first"]["items"]
        .as_array()
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    !rest.is_empty()
        && !s.contains(char::is_whitespace)
        && scheme
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
}

/// xsd:dateTime in UTC with a Z, as the model asks for `created` and `modified`.
fn is_utc_datetime(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() >= 20
        && s.ends_with('Z')
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
}

fn types(v: &Value) -> Vec<&str> {
    match &v["type"] {
        Value::String(s) => vec![s.as_str()],
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    }
}

/// Every MUST of the model that applies to what Close Reader writes (section numbers of the
/// Web Annotation Data Model recommendation).
fn assert_model_musts(doc: &Document, v: &Value) {
    // 5.1 Annotation Collection.
    assert_eq!(v["@context"], CONTEXT, "5.1: the collection's @context");
    assert!(
        is_iri(v["id"].as_str().unwrap()),
        "5.1: a collection MUST have an IRI id"
    );
    assert_eq!(types(v), ["AnnotationCollection"], "5.1: type");
    let total = v["total"]
        .as_u64()
        .expect("5.1: total is a non-negative integer");
    assert_eq!(total as usize, doc.annotations().len());
    if total > 0 {
        // 5.1: a collection with annotations MUST have a first page; 5.2 the page's MUSTs.
        let page = &v["first"];
        assert!(is_iri(page["id"].as_str().unwrap()), "5.2: page id");
        assert_eq!(types(page), ["AnnotationPage"], "5.2: page type");
        assert_eq!(
            page["items"].as_array().unwrap().len() as u64,
            total,
            "5.2: items"
        );
        assert_eq!(page["startIndex"], 0);
    }
    let mut ids = std::collections::HashSet::new();
    for (a, item) in doc.annotations().iter().zip(items(v)) {
        // 3.1: id (an IRI, unique), type Annotation, at least one target.
        let id = item["id"].as_str().expect("3.1: id");
        assert!(is_iri(id), "3.1: id {id} is an IRI");
        assert!(ids.insert(id.to_string()), "ids are unique");
        assert!(types(item).contains(&"Annotation"), "3.1: type Annotation");
        assert!(item.get("target").is_some(), "3.1: target");
        assert!(
            item.get("bodyValue").is_none() || item.get("body").is_none(),
            "3.2.5: not both body and bodyValue"
        );
        // 3.3.5: motivation from the model's list.
        assert!(MOTIVATIONS.contains(&item["motivation"].as_str().unwrap()));
        // 3.3.1: created / modified are xsd:dateTime with the UTC Z.
        for key in ["created", "modified"] {
            if let Some(t) = item.get(key) {
                assert!(is_utc_datetime(t.as_str().unwrap()), "3.3.1: {key} {t}");
            }
        }
        // 3.3.2: a creator agent, when given, has a type or name.
        if let Some(c) = item.get("creator") {
            assert_eq!(c["type"], "Person");
            assert!(c["name"].is_string());
        }
        // 3.2.4: an embedded TextualBody MUST have a value; purposes come from the motivations.
        let bodies = item["body"].as_array().unwrap();
        for b in bodies {
            assert_eq!(types(b), ["TextualBody"]);
            assert!(b["value"].is_string(), "3.2.4: TextualBody value");
            assert!(
                MOTIVATIONS.contains(&b["purpose"].as_str().unwrap()),
                "3.3.5: purpose"
            );
        }
        let label = doc.label(&a.label).unwrap();
        assert_eq!(
            bodies[0],
            json!({"type": "TextualBody", "purpose": "tagging", "value": label.name})
        );
        if a.note.is_empty() {
            assert_eq!(bodies.len(), 1);
        } else {
            assert_eq!(bodies[1]["value"], a.note.as_str());
            assert_eq!(bodies[1]["format"], "text/plain");
        }
        // 4: a SpecificResource MUST have exactly one source; selectors have their required keys.
        let target = &item["target"];
        assert!(is_iri(target["source"].as_str().unwrap()), "4: source");
        let sel = target["selector"].as_array().unwrap();
        assert_eq!(sel[0]["type"], "TextQuoteSelector");
        assert_eq!(sel[0]["exact"], doc.quote(a), "4.2.4: exact");
        let (prefix, suffix) = doc.context(a);
        assert_eq!(
            (
                sel[0]["prefix"].as_str().unwrap(),
                sel[0]["suffix"].as_str().unwrap()
            ),
            (prefix, suffix)
        );
        assert_eq!(sel[1]["type"], "TextPositionSelector");
        let (s, e) = (
            sel[1]["start"].as_u64().unwrap() as usize,
            sel[1]["end"].as_u64().unwrap() as usize,
        );
        assert!(s <= e, "4.2.5: start before end");
        // Positions count code points of the text: check without the crate.
        assert_eq!(cp_slice(doc.text.as_str(), s, e), doc.quote(a));
    }
}

#[test]
fn the_article_export_meets_the_models_musts() {
    let doc = article_doc();
    assert_model_musts(&doc, &to_w3c(&doc, &OPTS));
}

#[test]
fn an_empty_document_is_an_empty_collection() {
    let doc = Document::new("", "", None);
    let v = to_w3c(&doc, &OPTS);
    assert_model_musts(&doc, &v);
    assert!(v.get("first").is_none());
}

#[test]
fn the_json_text_is_stable_and_pretty() {
    let doc = article_doc();
    let a = to_w3c_json(&doc, &OPTS);
    assert_eq!(a, to_w3c_json(&doc, &OPTS));
    assert!(a.ends_with("}\n"));
    assert!(a.contains("قال الوزير"), "non-ASCII is written as itself");
}

proptest! {
    #[test]
    fn every_random_document_exports_within_the_musts(doc in any_doc()) {
        assert_model_musts(&doc, &to_w3c(&doc, &OPTS));
    }
}

// ---------------------------------------------------------------------------------------------
// The W3C test suite's schemas

/// `<workspace>/../shared/w3c-annotation-model/annotation-model`, or `$CLOSE_READER_SHARED/…`.
fn suite_dir() -> Option<PathBuf> {
    let shared = std::env::var_os("CLOSE_READER_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    let dir = shared.join("w3c-annotation-model/annotation-model");
    dir.is_dir().then_some(dir)
}

/// Resolves the suite's `$ref`s (`annotations.json#/…`, `bodyTarget.json#/…`) to its
/// `definitions/` folder on disk: no network.
struct SuiteFiles(PathBuf);

impl Retrieve for SuiteFiles {
    fn retrieve(
        &self,
        uri: &Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri
            .as_str()
            .split('#')
            .next()
            .unwrap_or("")
            .rsplit('/')
            .next()
            .unwrap_or("");
        let path = self.0.join("definitions").join(name);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(serde_json::from_str(&text)?)
    }
}

/// Base for the suite's relative ids: any absolute IRI will do, since the retriever reads the
/// file name only.
const BASE: &str = "https://w3c-suite.invalid/annotation-model/";

fn validator(dir: &Path, schema: &Value) -> jsonschema::Validator {
    let mut opts = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .should_validate_formats(true)
        .with_base_uri(BASE)
        .with_retriever(SuiteFiles(dir.to_path_buf()));
    // Registering every definition file up front also proves they all parse as schemas.
    for entry in std::fs::read_dir(dir.join("definitions")).unwrap() {
        let path = entry.unwrap().path();
        let contents: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        opts = opts.with_resource(
            format!("{BASE}{name}"),
            Resource::from_contents(contents).unwrap(),
        );
    }
    opts.build(schema)
        .unwrap_or_else(|e| panic!("the suite's schema builds: {e}"))
}

/// The MUST assertions that apply: each `.test` file's assertions, read from disk (some files
/// the `.test`s name are missing from the copy; they are listed, not silently dropped).
fn must_assertions(dir: &Path, test_files: &[&str]) -> (Vec<(String, Value)>, Vec<String>) {
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for t in test_files {
        let test: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(t)).unwrap()).unwrap();
        for a in test["assertions"].as_array().unwrap() {
            match a {
                Value::String(path) => match std::fs::read_to_string(dir.join(path)) {
                    Ok(text) => {
                        let schema: Value = serde_json::from_str(&text).unwrap();
                        if schema["assertionType"] == "must" {
                            found.push((path.clone(), schema));
                        }
                    }
                    Err(_) => missing.push(path.clone()),
                },
                Value::Object(_) if a["assertionType"] == "must" => {
                    found.push((format!("{t}: {}", a["title"]), a.clone()));
                }
                _ => {}
            }
        }
    }
    (found, missing)
}

/// A standalone annotation as a reader sees it: inside a collection it inherits `@context`.
fn standalone(item: &Value) -> Value {
    let mut a = item.clone();
    a["@context"] = json!(CONTEXT);
    a
}

/// Definitions that state the MUSTs for selectors and collections, whose own assertion files are
/// missing from the suite copy.
const DEFINITION_MUSTS: [(&str, &str); 4] = [
    (
        "selector",
        "specificResource.json#/definitions/textQuoteSelectorTypeValidIfPresent",
    ),
    (
        "selector",
        "specificResource.json#/definitions/textPositionSelectorTypeValidIfPresent",
    ),
    (
        "collection",
        "collections.json#/definitions/annotationCollectionTypeValueFound",
    ),
    (
        "collection",
        "collections.json#/definitions/firstRequiredIfTotalMoreThanZero",
    ),
];

#[test]
fn the_export_passes_the_w3c_test_suites_must_schemas() {
    let Some(dir) = suite_dir() else {
        eprintln!("note: ../shared/w3c-annotation-model is absent (set CLOSE_READER_SHARED); W3C schema checks skipped");
        return;
    };
    let doc = article_doc();
    let export = to_w3c(&doc, &OPTS);
    let annotations: Vec<Value> = items(&export).into_iter().map(standalone).collect();
    let page = export["first"].clone();

    let (annotation_musts, missing) = must_assertions(
        &dir,
        &[
            "annotations/annotationMusts.test",
            "annotations/3.1-model-musts.test",
        ],
    );
    assert!(
        annotation_musts.len() >= 15,
        "the suite's annotation MUSTs were read ({})",
        annotation_musts.len()
    );
    eprintln!(
        "W3C suite: {} annotation MUST assertions; missing from the copy: {missing:?}",
        annotation_musts.len()
    );
    for (name, schema) in &annotation_musts {
        let v = validator(&dir, schema);
        for a in &annotations {
            let errors: Vec<String> = v.iter_errors(a).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{name} rejects {}: {errors:?}", a["id"]);
        }
    }
    let (page_musts, _) = must_assertions(&dir, &["collections/pages/pageMusts.test"]);
    assert!(page_musts.len() >= 10);
    for (name, schema) in &page_musts {
        let errors: Vec<String> = validator(&dir, schema)
            .iter_errors(&page)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name} rejects the page: {errors:?}");
    }
    for (applies_to, reference) in DEFINITION_MUSTS {
        let v = validator(&dir, &json!({ "$ref": reference }));
        if applies_to == "collection" {
            assert!(v.is_valid(&export), "{reference} rejects the collection");
            continue;
        }
        for a in &annotations {
            for s in a["target"]["selector"].as_array().unwrap() {
                assert!(v.is_valid(s), "{reference} rejects {s}");
            }
        }
    }
}

/// One way to break an annotation, named.
type Breakage = (&'static str, fn(&mut Value));

#[test]
fn the_suite_schemas_really_reject_broken_annotations() {
    let Some(dir) = suite_dir() else {
        eprintln!("note: ../shared/w3c-annotation-model is absent; skipped");
        return;
    };
    let (musts, _) = must_assertions(
        &dir,
        &[
            "annotations/annotationMusts.test",
            "annotations/3.1-model-musts.test",
        ],
    );
    let passes_all = |a: &Value| musts.iter().all(|(_, s)| validator(&dir, s).is_valid(a));
    let good = standalone(items(&to_w3c(&article_doc(), &OPTS))[0]);
    assert!(passes_all(&good));
    let broken: Vec<Breakage> = vec![
        ("no @context", |a: &mut Value| {
            a.as_object_mut().unwrap().remove("@context");
        }),
        ("wrong @context", |a: &mut Value| {
            a["@context"] = json!("http://example.org/ctx")
        }),
        ("no id", |a: &mut Value| {
            a.as_object_mut().unwrap().remove("id");
        }),
        ("type not Annotation", |a: &mut Value| {
            a["type"] = json!("Note")
        }),
        ("no target", |a: &mut Value| {
            a.as_object_mut().unwrap().remove("target");
        }),
        ("TextualBody without value", |a: &mut Value| {
            a["body"][0].as_object_mut().unwrap().remove("value");
        }),
        ("both body and bodyValue", |a: &mut Value| {
            a["bodyValue"] = json!("x")
        }),
        ("created not a date-time", |a: &mut Value| {
            a["created"] = json!("yesterday")
        }),
    ];
    for (what, breakit) in broken {
        let mut a = good.clone();
        breakit(&mut a);
        assert!(
            !passes_all(&a),
            "the suite accepted an annotation with {what}"
        );
    }
    // Selector definitions reject a TextQuoteSelector without `exact`, a position without `end`.
    let v = validator(&dir, &json!({ "$ref": DEFINITION_MUSTS[0].1 }));
    assert!(!v.is_valid(&json!({"type": "TextQuoteSelector", "prefix": "x"})));
    let v = validator(&dir, &json!({ "$ref": DEFINITION_MUSTS[1].1 }));
    assert!(!v.is_valid(&json!({"type": "TextPositionSelector", "start": 3})));
    let v = validator(&dir, &json!({ "$ref": DEFINITION_MUSTS[3].1 }));
    assert!(!v.is_valid(&json!({"type": "AnnotationCollection", "id": "urn:x:y", "total": 2})));
}

#[test]
fn the_suite_accepts_the_w3cs_own_correct_examples() {
    let Some(dir) = suite_dir() else { return };
    let examples = dir.join("../examples/correct");
    let (musts, _) = must_assertions(&dir, &["annotations/3.1-model-musts.test"]);
    for n in [1, 2, 7, 8, 9] {
        let text = std::fs::read_to_string(examples.join(format!("anno{n}.json"))).unwrap();
        let a: Value = serde_json::from_str(&text).unwrap();
        for (name, s) in &musts {
            assert!(
                validator(&dir, s).is_valid(&a),
                "{name} rejects the W3C's anno{n}.json"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Links as `linking` annotations

/// The article with a link of every kind, one of them into another article.
fn linked_article() -> Document {
    use close_reader_core::{Link, LinkKind, OtherDocument};
    let mut d = article_doc();
    for (from, to, kind) in [
        ("a1", "a2", LinkKind::SupportedBy),
        ("a3", "a6", LinkKind::Hedges),
        ("a6", "a1", LinkKind::Contradicts),
    ] {
        let l = Link::new(&d.next_link_id(), from, to, kind);
        d.insert_link(l).unwrap();
    }
    d.insert_link(Link {
        id: d.next_link_id(),
        from: "a4".into(),
        to: "a9".into(),
        kind: LinkKind::SameClaim,
        other: Some(OtherDocument {
            sha256: close_reader_core::model::hash::text_sha256("Other 😀"),
            title: "Other".into(),
            quote: "help.\r\nCafe\u{301}".into(),
        }),
    })
    .unwrap();
    d
}

#[test]
fn links_are_linking_annotations_that_meet_the_models_musts() {
    let doc = linked_article();
    let v = to_w3c(&doc, &OPTS);
    // The annotations come first and still meet every MUST checked above.
    assert_model_musts(&doc, &{
        let mut only_annotations = v.clone();
        only_annotations["total"] = json!(doc.annotations().len());
        let items = only_annotations["first"]["items"].as_array_mut().unwrap();
        items.truncate(doc.annotations().len());
        only_annotations
    });
    assert_eq!(v["total"], json!(doc.annotations().len() + 4));
    let all = items(&v);
    assert_eq!(all.len() as u64, v["total"].as_u64().unwrap(), "5.2: items");
    let links = &all[doc.annotations().len()..];
    let annotation_ids: Vec<&str> = all[..doc.annotations().len()]
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    let mut ids = std::collections::HashSet::new();
    for (l, link) in doc.links().iter().zip(links) {
        let id = link["id"].as_str().unwrap();
        assert!(
            is_iri(id) && ids.insert(id) && !annotation_ids.contains(&id),
            "3.1: unique IRI {id}"
        );
        assert_eq!(types(link), ["Annotation"]);
        assert_eq!(link["motivation"], "linking", "3.3.5");
        assert_eq!(
            link["body"],
            json!([{"type": "TextualBody", "purpose": "tagging", "value": l.kind.as_str()}]),
            "3.2.4: the kind as a TextualBody"
        );
        let targets = link["target"].as_array().expect("3.1: targets");
        assert_eq!(targets.len(), 2);
        // The first target is the `from` annotation of this collection, by its IRI.
        let from = doc
            .annotations()
            .iter()
            .position(|a| a.id == l.from)
            .unwrap();
        assert_eq!(targets[0], all[from]["id"]);
        match &l.other {
            None => {
                let to = doc.annotations().iter().position(|a| a.id == l.to).unwrap();
                assert_eq!(targets[1], all[to]["id"]);
            }
            Some(o) => {
                // 4: a SpecificResource with one source IRI and a quote selector.
                assert_eq!(targets[1]["source"], format!("urn:sha256:{}", o.sha256));
                assert!(is_iri(targets[1]["source"].as_str().unwrap()));
                assert_eq!(targets[1]["selector"]["type"], "TextQuoteSelector");
                assert_eq!(targets[1]["selector"]["exact"], o.quote.as_str());
            }
        }
    }
}

#[test]
fn linking_annotations_pass_the_w3c_test_suites_must_schemas() {
    let Some(dir) = suite_dir() else {
        eprintln!("note: ../shared/w3c-annotation-model is absent; skipped");
        return;
    };
    let doc = linked_article();
    let export = to_w3c(&doc, &OPTS);
    let links: Vec<Value> = items(&export)[doc.annotations().len()..]
        .iter()
        .map(|l| standalone(l))
        .collect();
    assert_eq!(links.len(), 4);
    let (musts, _) = must_assertions(
        &dir,
        &[
            "annotations/annotationMusts.test",
            "annotations/3.1-model-musts.test",
        ],
    );
    for (name, schema) in &musts {
        let v = validator(&dir, schema);
        for l in &links {
            let errors: Vec<String> = v.iter_errors(l).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{name} rejects {}: {errors:?}", l["id"]);
        }
    }
    let (page_musts, _) = must_assertions(&dir, &["collections/pages/pageMusts.test"]);
    for (name, schema) in &page_musts {
        assert!(
            validator(&dir, schema).is_valid(&export["first"]),
            "{name} rejects the page with links"
        );
    }
    let quote_selector = validator(&dir, &json!({ "$ref": DEFINITION_MUSTS[0].1 }));
    let cross = &links[3]["target"][1]["selector"];
    assert!(quote_selector.is_valid(cross), "{cross}");
}

// ---------------------------------------------------------------------------------------------
// Conversations on spans as `commenting` and `replying` annotations

/// The article with a comment and a reply on its first annotation, and a comment on a span it
/// lacks (a key span the student missed).
fn conversed_article() -> Document {
    use close_reader_core::model::{Message, Thread};
    use close_reader_core::Span;
    let mut d = article_doc();
    let first = d.annotations()[0].clone();
    let m = |id: &str, author: &str, time: &str, text: &str| Message {
        id: id.into(),
        author: author.into(),
        time: time.into(),
        text: text.into(),
    };
    let mut t = Thread::start(
        &d.threads,
        first.span,
        Some(&first.id),
        m(
            "teacher-m1",
            "Ms Haddad",
            "2026-12-07T09:00:00Z",
            "Who says so?",
        ),
    );
    t.messages.push(m(
        "student-m2",
        "Rana",
        "2026-12-08T16:30:00Z",
        "The minister.",
    ));
    t.messages.push(m(
        "teacher-m3",
        "Ms Haddad",
        "2026-12-09T08:00:00Z",
        "Good 😀",
    ));
    d.threads.push(t);
    let (s, e) = find(ARTICLE, "قال الوزير");
    let missed = Thread::start(
        &d.threads,
        Span::new(s, e).unwrap(),
        None,
        m(
            "teacher-m1",
            "Ms Haddad",
            "2026-12-07T09:01:00Z",
            "A source you missed.",
        ),
    );
    d.threads.push(missed);
    d
}

#[test]
fn a_thread_exports_as_a_comment_on_the_annotation_and_replies_to_each_message() {
    let doc = conversed_article();
    let v = to_w3c(&doc, &OPTS);
    let all = items(&v);
    assert_eq!(v["total"].as_u64().unwrap() as usize, all.len());
    let n = doc.annotations().len();
    assert_eq!(
        all.len(),
        n + 4,
        "one item per message after the annotations"
    );
    let (comment, reply, again, missed) = (all[n], all[n + 1], all[n + 2], all[n + 3]);
    assert_eq!(comment["motivation"], "commenting");
    assert_eq!(
        comment["target"], all[0]["id"],
        "the comment targets the annotation's IRI"
    );
    assert_eq!(
        comment["creator"],
        json!({"type": "Person", "name": "Ms Haddad"})
    );
    assert_eq!(comment["created"], "2026-12-07T09:00:00Z");
    assert_eq!(comment["body"][0]["value"], "Who says so?");
    assert_eq!(comment["body"][0]["purpose"], "commenting");
    assert_eq!(reply["motivation"], "replying");
    assert_eq!(
        reply["target"], comment["id"],
        "a reply targets what it answers"
    );
    assert_eq!(reply["creator"]["name"], "Rana");
    assert_eq!(again["motivation"], "replying");
    assert_eq!(again["target"], reply["id"]);
    assert_eq!(missed["motivation"], "commenting");
    assert_eq!(missed["target"]["selector"][0]["exact"], "قال الوزير");
    let (s, e) = find(ARTICLE, "قال الوزير");
    assert_eq!(missed["target"]["selector"][1]["start"], s);
    assert_eq!(missed["target"]["selector"][1]["end"], e);
    let ids: std::collections::HashSet<&str> =
        all.iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), all.len(), "every message has an IRI of its own");
}

#[test]
fn the_threads_export_passes_the_w3c_test_suites_must_schemas() {
    let Some(dir) = suite_dir() else {
        eprintln!("note: ../shared/w3c-annotation-model is absent; skipped");
        return;
    };
    let doc = conversed_article();
    let export = to_w3c(&doc, &OPTS);
    let n = doc.annotations().len();
    let messages: Vec<Value> = items(&export)[n..].iter().map(|i| standalone(i)).collect();
    assert_eq!(messages.len(), 4);
    let (musts, _) = must_assertions(
        &dir,
        &[
            "annotations/annotationMusts.test",
            "annotations/3.1-model-musts.test",
        ],
    );
    for (name, schema) in &musts {
        let v = validator(&dir, schema);
        for a in &messages {
            let errors: Vec<String> = v.iter_errors(a).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{name} rejects {}: {errors:?}", a["id"]);
        }
    }
    let (page_musts, _) = must_assertions(&dir, &["collections/pages/pageMusts.test"]);
    for (name, schema) in &page_musts {
        assert!(
            validator(&dir, schema).is_valid(&export["first"]),
            "{name} rejects the page with the threads"
        );
    }
    // A reply without its target, or with a made-up motivation, is refused by the same schemas.
    let mut broken = messages[1].clone();
    broken.as_object_mut().unwrap().remove("target");
    assert!(!musts
        .iter()
        .all(|(_, s)| validator(&dir, s).is_valid(&broken)));
}

#[test]
fn reading_the_export_back_keeps_the_spans_and_reports_the_replies_left_out() {
    use close_reader_core::formats::w3c_import::import;
    let doc = conversed_article();
    let bytes = to_w3c_json(&doc, &OPTS);
    let bare = Document::new(&doc.title, doc.text.as_str(), None);
    let (report, _) = import(&bare, bytes.as_bytes(), NOW).unwrap();
    let placed: Vec<(usize, usize)> = report
        .placed
        .iter()
        .map(|p| (p.annotation.span.start(), p.annotation.span.end()))
        .collect();
    let mut expected: Vec<(usize, usize)> = doc
        .annotations()
        .iter()
        .map(|a| (a.span.start(), a.span.end()))
        .collect();
    let (s, e) = find(ARTICLE, "قال الوزير");
    expected.push((s, e));
    assert_eq!(
        placed, expected,
        "the annotations, then the missed span's comment as a note"
    );
    let left_out: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(left_out.len(), 3, "{left_out:?}");
    assert!(
        left_out[1].contains("student-m2") && left_out[1].contains("not conversations"),
        "{}",
        left_out[1]
    );
}
