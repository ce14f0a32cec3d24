//! Importing W3C and Hypothesis annotations: our own export comes back exactly in any script;
//! Hypothesis and Recogito files in their real shapes land where their quotes are; look-alikes
//! and missing passages are reported, never guessed; hostile input gives messages, not panics.

mod support;

use close_reader_core::anchoring::{
    apply, AnchorFailure, Anchoring, ImportReport, LabelResolution, ProblemKind,
};
use close_reader_core::formats::w3c::{to_w3c_json, W3cOptions};
use close_reader_core::formats::w3c_import::import;
use close_reader_core::{Annotation, Document, Span};
use proptest::prelude::*;
use support::*;

const OPTS: W3cOptions = W3cOptions {
    document_id: "doc-1",
    creator: None,
};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn bare_article() -> Document {
    Document::new("Scam centres", ARTICLE, None)
}

/// Imports into a fresh copy of the text and inserts everything whose label is known.
fn round_trip(doc: &Document, bytes: &[u8]) -> (Document, ImportReport) {
    let mut fresh = Document::new(&doc.title, doc.text.as_str(), doc.source_url.clone());
    let (report, _) = import(&fresh, bytes, NOW).expect("the file reads");
    apply(&mut fresh, &report, |_| None);
    (fresh, report)
}

#[test]
fn our_export_comes_back_exactly() {
    let doc = article_doc();
    let (back, report) = round_trip(&doc, to_w3c_json(&doc, &OPTS).as_bytes());
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(report.unknown_tags.is_empty());
    assert_eq!(summary(&back), summary(&doc));
    assert!(report
        .placed
        .iter()
        .all(|p| p.anchoring == Anchoring::Quote || p.anchoring == Anchoring::QuoteAndPosition));
}

/// A W3C export reshaped as JSON-LD tools often write it: one `@context`, the annotations in a
/// `@graph`, their type as `@type` with the `oa:` prefix. Regression: it was refused as "not a Close
/// Reader file".
#[test]
fn a_json_ld_graph_of_annotations_is_read_as_w3c() {
    use close_reader_core::formats::detect::{detect, Format};
    let doc = article_doc();
    let export: serde_json::Value = serde_json::from_str(&to_w3c_json(&doc, &OPTS)).unwrap();
    let mut items: Vec<serde_json::Value> = export["first"]["items"].as_array().unwrap().clone();
    for item in &mut items {
        let o = item.as_object_mut().unwrap();
        o.remove("@context");
        let ty = o.remove("type").unwrap();
        o.insert(
            "@type".into(),
            serde_json::json!(format!("oa:{}", ty.as_str().unwrap())),
        );
    }
    let graph = serde_json::json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "@graph": items,
    })
    .to_string();
    assert_eq!(detect(graph.as_bytes()), Ok(Format::W3cGraph));
    let (back, report) = round_trip(&doc, graph.as_bytes());
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(summary(&back), summary(&doc));

    let nothing =
        r#"{"@context": "http://schema.org", "@graph": [{"@type": "Person", "name": "Ada"}]}"#;
    assert!(
        detect(nothing.as_bytes()).is_err(),
        "a graph of other things is not W3C"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]
    /// Whatever the text (emoji, CRLF, RTL, combining marks, repeated words), every exported
    /// annotation is placed again on exactly its code points, with its label and note.
    #[test]
    fn any_document_round_trips_through_w3c(doc in any_doc()) {
        let (back, report) = round_trip(&doc, to_w3c_json(&doc, &OPTS).as_bytes());
        prop_assert!(report.problems.is_empty(), "{:?}", report.problems);
        prop_assert_eq!(summary(&back), summary(&doc));
    }
}

#[test]
fn hypothesis_search_results_are_placed_by_quote() {
    let doc = bare_article();
    let (r, _) = import(&doc, &fixture("hypothesis_search.json"), NOW).unwrap();
    let placed: Vec<(&str, &str, &LabelResolution, &str)> = r
        .placed
        .iter()
        .map(|p| {
            (
                p.source_id.as_deref().unwrap(),
                doc.text.slice(p.annotation.span),
                &p.label,
                p.annotation.note.as_str(),
            )
        })
        .collect();
    let known = |id: &str| LabelResolution::Known(id.into());
    assert_eq!(
        placed,
        [
            // The page had a plain space where the text has a no-break space.
            (
                "hyp-hedge1",
                "reportedly cost 40\u{a0}million",
                &known("hedge"),
                "Hedged with “reportedly”."
            ),
            // "the scheme will" occurs three times; the prefix picks the critics' one.
            ("hyp-claim2", "the scheme will", &known("claim"), ""),
            ("hyp-source4", "قال الوزير", &known("source"), ""),
            // A corrected typo ("famliy") around a ZWJ emoji.
            (
                "hyp-typo6",
                "The family 👩\u{200d}👩\u{200d}👧 waited for news",
                &known("claim"),
                ""
            ),
            (
                "hyp-tag7",
                "Scam centres",
                &LabelResolution::Unknown("Rhetoric".into()),
                "Headline framing"
            ),
        ]
    );
    assert_eq!(r.placed[0].anchoring, Anchoring::Fuzzy { distance: 0 });
    assert_eq!(r.placed[0].other_tags, ["to-check"]);
    assert_eq!(
        r.placed[0].annotation.modified,
        "2025-03-14T10:02:11.000000+00:00"
    );
    assert_eq!(r.placed[3].anchoring, Anchoring::Fuzzy { distance: 2 });
    assert_eq!(r.unknown_tags, ["Rhetoric"]);
    let problems: Vec<(&str, &ProblemKind)> = r
        .problems
        .iter()
        .map(|p| (p.source_id.as_deref().unwrap(), &p.kind))
        .collect();
    assert_eq!(
        problems,
        [
            (
                "hyp-ambig3",
                &ProblemKind::Unplaceable(AnchorFailure::Ambiguous {
                    count: 3,
                    distance: 0
                })
            ),
            (
                "hyp-missing5",
                &ProblemKind::Unplaceable(AnchorFailure::NotFound { allowed: 4 })
            ),
        ]
    );
    assert_eq!(
        r.problems[0].to_string(),
        "Annotation 3 (\"hyp-ambig3\"), quoting \"said the scheme will\" was not placed: the quoted text occurs in 3 places that fit equally well, so it is not guessed."
    );
}

#[test]
fn recogito_annotations_use_tagging_and_commenting_bodies() {
    let doc = bare_article();
    let (r, _) = import(&doc, &fixture("recogito_annotations.json"), NOW).unwrap();
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let got: Vec<(&str, &LabelResolution, &str, Anchoring)> = r
        .placed
        .iter()
        .map(|p| {
            (
                doc.text.slice(p.annotation.span),
                &p.label,
                p.annotation.note.as_str(),
                p.anchoring,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "Critics said the scheme will fail",
                &LabelResolution::Known("claim".into()),
                "Strong claim",
                Anchoring::Quote
            ),
            // Three equal places: the position names the third exactly.
            (
                "said the scheme will",
                &LabelResolution::Known("hedge".into()),
                "",
                Anchoring::QuoteAndPosition
            ),
            (
                "Cafe\u{301} owners",
                &LabelResolution::Unknown("Person".into()),
                "",
                Anchoring::Quote
            ),
            (
                "waited for news",
                &LabelResolution::Missing,
                "Still waiting?",
                Anchoring::Quote
            ),
        ]
    );
    let third = ARTICLE.rfind("said the scheme will").unwrap();
    assert_eq!(
        r.placed[1].annotation.span.start(),
        ARTICLE[..third].chars().count()
    );
    assert_eq!(r.placed[0].annotation.id, "2c1f6d4e-0001");
}

#[test]
fn every_wrapping_is_accepted() {
    let doc = bare_article();
    let one = r#"{"type": "Annotation", "id": "x1", "body": {"type": "TextualBody", "purpose": "tagging", "value": "Claim"},
                  "target": {"source": "urn:x", "selector": {"type": "TextQuoteSelector", "exact": "Critics said"}}}"#;
    let wrapped = [
        one.to_string(),
        format!("[{one}]"),
        format!(r#"{{"type": "AnnotationPage", "id": "p", "items": [{one}]}}"#),
        format!(
            r#"{{"type": "AnnotationCollection", "id": "c", "first": {{"type": "AnnotationPage", "items": [{one}]}}}}"#
        ),
        format!(r#"{{"type": ["AnnotationCollection"], "id": "c", "items": [{one}]}}"#),
        format!(r#"{{"export_date": "2025", "annotations": [{one}]}}"#),
    ];
    for w in wrapped {
        let (r, _) = import(&doc, w.as_bytes(), NOW).unwrap();
        assert_eq!(r.placed.len(), 1, "{w}");
        assert_eq!(r.placed[0].label, LabelResolution::Known("claim".into()));
    }
}

#[test]
fn malformed_files_are_refused_with_a_reason() {
    let doc = bare_article();
    let msg = |s: &str| import(&doc, s.as_bytes(), NOW).unwrap_err().to_string();
    assert_eq!(msg("{\"type\": "), "This W3C Web Annotation JSON file cannot be read: EOF while parsing a value (at line 1, column 9).");
    assert!(msg("42").contains("a single JSON value"));
    assert!(msg(r#"{"hello": 1}"#).contains("not an annotation, page or collection"));
    assert!(
        msg(r#"{"type": "AnnotationCollection", "first": "https://x/page1", "total": 3}"#)
            .contains("cannot be read offline")
    );
    assert!(msg(r#"{"type": "AnnotationPage"}"#).contains("no \"items\""));
    assert_eq!(
        import(&doc, &[0xff, 0xfe], NOW).unwrap_err().to_string(),
        "This file is not text (it is not valid UTF-8), so it is not W3C Web Annotation JSON."
    );
    let deep = format!("{}{}", "[".repeat(500), "]".repeat(500));
    assert!(
        import(&doc, deep.as_bytes(), NOW).is_err(),
        "deep nesting is an error, not a stack overflow"
    );
}

#[test]
fn hostile_items_are_reported_one_by_one() {
    let doc = bare_article();
    let file = r#"[
        7,
        {"type": "Annotation", "target": 12},
        {"type": "Annotation", "target": {"selector": "TextQuoteSelector"}},
        {"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": 99}}},
        {"type": "Annotation", "target": {"selector": [{"type": "TextPositionSelector", "start": 0, "end": 4}]}},
        {"type": "Annotation", "body": [{"value": 3}, "urn:x", null], "target": {"selector": [
            {"type": "TextQuoteSelector", "exact": "Critics said", "prefix": null},
            {"type": "TextPositionSelector", "start": 18446744073709551615, "end": -4}]}},
        {"type": "Annotation", "id": "dup", "target": {"selector": {"type": "TextQuoteSelector", "exact": "officials said"}}},
        {"type": "Annotation", "id": "dup", "target": {"selector": {"type": "TextQuoteSelector", "exact": "minister said"}}},
        {"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": ""}}}
    ]"#;
    let (r, _) = import(&doc, file.as_bytes(), NOW).unwrap();
    assert_eq!(r.placed.len(), 3);
    let ids: Vec<&str> = r.placed.iter().map(|p| p.annotation.id.as_str()).collect();
    assert_eq!(ids, ["a1", "dup", "a2"], "a repeated id gets a fresh one");
    assert_eq!(r.problems.len(), 6);
    assert!(r.problems.iter().all(|p| p.kind == ProblemKind::NoQuote));
    assert_eq!(
        r.problems[0].to_string(),
        "Annotation 1 (not an object) has no quoted text (TextQuoteSelector) and no offsets into this text, so it cannot be placed."
    );
}

#[test]
fn imports_do_not_disturb_existing_annotations_ids() {
    let mut doc = bare_article();
    doc.insert(Annotation::new(
        "a1",
        "claim",
        Span::new(0, 4).unwrap(),
        NOW,
    ))
    .unwrap();
    let file = r#"{"type": "Annotation", "id": "urn:close-reader:x:a1", "target": {"selector": {"type": "TextQuoteSelector", "exact": "Critics said"}}}"#;
    let (r, _) = import(&doc, file.as_bytes(), NOW).unwrap();
    assert_eq!(r.placed[0].annotation.id, "a2");
}

/// A pseudo-random word list (a fixed linear congruential generator), so the test needs no data.
fn words(n: usize) -> Vec<String> {
    let syllables = [
        "ka", "lo", "mi", "su", "ter", "an", "vel", "or", "pi", "dun", "re", "sha", "qu", "bel",
        "tor", "ix",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    let vocabulary: Vec<String> = (0..2000)
        .map(|_| {
            (0..1 + next() % 3)
                .map(|_| syllables[next() % syllables.len()])
                .collect()
        })
        .collect();
    (0..n)
        .map(|_| vocabulary[next() % vocabulary.len()].clone())
        .collect()
}

/// Size, not speed, is exercised here (debug builds are slow): 100,000 words and 1,000
/// annotations round-trip through W3C. Anchoring is one SIMD scan per quote plus context checks.
#[test]
fn a_book_length_text_with_a_thousand_annotations_round_trips() {
    let w = words(100_000);
    let mut text = String::new();
    let mut starts = Vec::new();
    for (i, word) in w.iter().enumerate() {
        if i > 0 {
            text.push(if i % 17 == 0 { '\n' } else { ' ' });
        }
        starts.push(text.chars().count());
        text.push_str(word);
        if i % 1000 == 999 {
            text.push_str(" 😀");
        }
    }
    let mut doc = Document::new("Book", &text, None);
    let cp_of: Vec<usize> = starts;
    for k in 0..1000 {
        let first = k * 97 + 3;
        let last = first + 2 + k % 5;
        let end = cp_of[last] + w[last].chars().count();
        let a = Annotation::new(
            &format!("a{}", k + 1),
            ["claim", "source", "hedge"][k % 3],
            Span::new(cp_of[first], end).unwrap(),
            NOW,
        );
        doc.insert(a).unwrap();
    }
    let started = std::time::Instant::now();
    let (back, report) = round_trip(&doc, to_w3c_json(&doc, &OPTS).as_bytes());
    eprintln!(
        "100k words, 1000 annotations: export + import + apply in {:?}",
        started.elapsed()
    );
    assert!(
        report.problems.is_empty(),
        "{:?}",
        &report.problems[..report.problems.len().min(3)]
    );
    assert_eq!(summary(&back), summary(&doc));
}
