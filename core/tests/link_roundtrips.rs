//! Links through the other tools' formats: written by each export, read back by the import that
//! keeps links, and made again between the same words (brat relations, Label Studio relations,
//! doccano relations, W3C `linking` annotations, the CSV `links` column). A link into another
//! article cannot travel in these formats: it is skipped, and said to be.

mod support;

use close_reader_core::anchoring::{ImportReport, LabelResolution};
use close_reader_core::formats::import_links::{link_edits, without_links, ForeignLink};
use close_reader_core::formats::{brat, csv, doccano, label_studio, w3c, w3c_import};
use close_reader_core::{Document, Edit, History, Link, LinkKind, OtherDocument, Span};
use proptest::prelude::*;
use support::*;

/// The article with a link of every kind and one into another article.
fn linked_article() -> Document {
    let mut d = article_doc();
    for (from, to, kind) in [
        ("a1", "a2", LinkKind::SupportedBy),
        ("a6", "a5", LinkKind::SupportedBy),
        ("a3", "a6", LinkKind::Hedges),
        ("a6", "a1", LinkKind::Contradicts),
        ("a4", "a1", LinkKind::SameClaim),
    ] {
        let l = Link::new(&d.next_link_id(), from, to, kind);
        d.insert_link(l).unwrap();
    }
    d.insert_link(Link {
        id: "l9".into(),
        from: "a4".into(),
        to: "b1".into(),
        kind: LinkKind::SameClaim,
        other: Some(OtherDocument {
            sha256: close_reader_core::model::hash::text_sha256("elsewhere"),
            title: "Elsewhere".into(),
            quote: "help".into(),
        }),
    })
    .unwrap();
    d
}

/// Every local link as (kind, from span and quote, to span and quote): what a reader sees.
fn seen(d: &Document) -> Vec<(LinkKind, Span, String, Span, String)> {
    let mut out: Vec<_> = d
        .links()
        .iter()
        .filter(|l| l.other.is_none())
        .map(|l| {
            let (f, t) = (d.annotation(&l.from).unwrap(), d.annotation(&l.to).unwrap());
            (
                l.kind,
                f.span,
                d.quote(f).to_string(),
                t.span,
                d.quote(t).to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

/// Applies an import as the app does: adds the placed annotations whose label is known, then the
/// links between them, as one step. Returns the problems of the links.
fn apply(d: &mut Document, report: &ImportReport, links: &[ForeignLink]) -> Vec<String> {
    let mut planned: Vec<Edit> = report
        .placed
        .iter()
        .filter_map(|p| match &p.label {
            LabelResolution::Known(id) => {
                let mut a = p.annotation.clone();
                a.label = id.clone();
                Some(Edit::Add(a))
            }
            _ => None,
        })
        .collect();
    let (edits, problems) = link_edits(d, report, &planned, links);
    planned.extend(edits);
    History::default().apply(d, Edit::Batch(planned)).unwrap();
    problems.iter().map(|p| p.to_string()).collect()
}

fn fresh(d: &Document) -> Document {
    Document::new(&d.title, d.text.as_str(), None)
}

#[test]
fn brat_relations_round_trip() {
    let d = linked_article();
    let e = brat::to_brat(&d);
    // T numbers follow text order: a1 is T1, a2 (the Arabic source) T4.
    assert!(
        e.ann.contains("R1\tSupportedBy Arg1:T1 Arg2:T4\n"),
        "{}",
        e.ann
    );
    assert!(e
        .annotation_conf
        .contains("[relations]\nSupportedBy\tArg1:<ENTITY>, Arg2:<ENTITY>\n"));
    assert!(e.visual_conf.contains("SameClaim | same claim as\n"));
    assert_eq!(
        e.skipped,
        ["Link \"l9\" goes to another article (“Elsewhere”), which brat cannot hold."]
    );
    let mut back = fresh(&d);
    let (report, links) = brat::import(&back, e.ann.as_bytes(), NOW).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(links.len(), 5);
    assert_eq!(apply(&mut back, &report, &links), Vec::<String>::new());
    assert_eq!(seen(&back), seen(&d));
    // The plain import says what it leaves out.
    let plain = without_links(brat::import(&fresh(&d), e.ann.as_bytes(), NOW).unwrap());
    assert_eq!(plain.problems.len(), 5);
}

#[test]
fn brat_relation_types_are_read_leniently_and_bad_ones_are_named() {
    assert_eq!(
        brat::relation_kind("supported_by"),
        Some(LinkKind::SupportedBy)
    );
    assert_eq!(brat::relation_kind("SAME-CLAIM"), Some(LinkKind::SameClaim));
    let d = Document::new("T", "Officials said it works.", None);
    let ann = "T1\tSource 0 9\tOfficials\nT2\tClaim 15 23\tit works\nR1\tCauses Arg1:T2 Arg2:T1\nR2\tSupportedBy Arg1:T2\nR3\tsupported-by Arg1:T2 Arg2:T9\n";
    let (report, links) = brat::import(&d, ann.as_bytes(), NOW).unwrap();
    let messages: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        messages,
        [
            "Line 3 (\"R1\"), was skipped: its relation type \"Causes\" is none of SupportedBy, Hedges, SameClaim, Contradicts.",
            "Line 4 (\"R2\"), was skipped: it has no Arg2 (expected \"SupportedBy Arg1:T1 Arg2:T2\").",
        ]
    );
    let mut back = d.clone();
    assert_eq!(
        apply(&mut back, &report, &links),
        ["Line 5 (\"R3\"), was skipped: it links \"T9\", which was not imported, so the link cannot be made."]
    );
}

#[test]
fn label_studio_relations_round_trip() {
    let d = linked_article();
    let json = label_studio::to_json(&d);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let result = v[0]["annotations"][0]["result"].as_array().unwrap();
    let relations: Vec<&serde_json::Value> =
        result.iter().filter(|r| r["type"] == "relation").collect();
    assert_eq!(
        relations.len(),
        5,
        "the link into another article is left out"
    );
    assert_eq!(
        *relations[0],
        serde_json::json!({"from_id": "a1", "to_id": "a2", "type": "relation", "direction": "right", "labels": ["supported-by"]})
    );
    assert!(label_studio::label_config(&d).contains("<Relation value=\"same-claim\"/>"));
    let (mut back, report, links) = label_studio::open(json.as_bytes(), "T", NOW).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(apply(&mut back, &report, &links), Vec::<String>::new());
    assert_eq!(seen(&back), seen(&d));
}

#[test]
fn label_studio_relations_pointing_left_and_unlabelled_are_handled() {
    let task = r#"[{"data": {"text": "Officials said it works."}, "annotations": [{"result": [
        {"id": "s", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 0, "end": 9, "text": "Officials", "labels": ["Source"]}},
        {"id": "c", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 15, "end": 23, "text": "it works", "labels": ["Claim"]}},
        {"from_id": "s", "to_id": "c", "type": "relation", "direction": "left", "labels": ["supported-by"]},
        {"from_id": "s", "to_id": "c", "type": "relation", "direction": "right"}]}]}]"#;
    let (mut d, report, links) = label_studio::open(task.as_bytes(), "T", NOW).unwrap();
    assert_eq!(
        (links[0].from.as_str(), links[0].to.as_str()),
        ("c", "s"),
        "left points back"
    );
    assert_eq!(
        report.problems[0].to_string(),
        "Task 1, result 4, was skipped: its relation label (none given) is none of supported-by, hedges, same-claim, contradicts."
    );
    apply(&mut d, &report, &links);
    assert_eq!(d.sources_of("c")[0].id, "s");
}

#[test]
fn doccano_relations_round_trip() {
    let d = linked_article();
    let line = doccano::to_jsonl(&d);
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(
        v["entities"].as_array().unwrap().len(),
        d.annotations().len()
    );
    assert_eq!(v["relations"].as_array().unwrap().len(), 5);
    assert_eq!(v["relations"][0]["type"], "supported-by");
    let (mut back, report, links) = doccano::open(line.as_bytes(), "T", NOW).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(
        report
            .placed
            .iter()
            .all(|p| p.annotation.id.starts_with('a')),
        "entity numbers do not become annotation ids"
    );
    assert_eq!(apply(&mut back, &report, &links), Vec::<String>::new());
    assert_eq!(seen(&back), seen(&d));
    // Without links the sequence-labelling form is kept.
    assert!(doccano::to_jsonl(&article_doc()).contains("\"label\":[["));
}

#[test]
fn csv_links_column_round_trips() {
    let d = linked_article();
    let sheet = csv::to_csv(&d, csv::CsvOptions::default());
    assert!(
        sheet.contains(",same-claim:a1; same-claim:b1@"),
        "a4's links, the second into another article: {sheet}"
    );
    let mut back = fresh(&d);
    let (report, links) = csv::import(&back, sheet.as_bytes(), NOW).unwrap();
    let messages: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].contains("goes into another article"),
        "{}",
        messages[0]
    );
    assert_eq!(apply(&mut back, &report, &links), Vec::<String>::new());
    assert_eq!(seen(&back), seen(&d));
}

#[test]
fn w3c_linking_annotations_round_trip() {
    let d = linked_article();
    let opts = w3c::W3cOptions {
        document_id: "doc-1",
        creator: None,
    };
    let json = w3c::to_w3c_json(&d, &opts);
    let mut back = fresh(&d);
    let (report, links) = w3c_import::import(&back, json.as_bytes(), NOW).unwrap();
    let messages: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        messages,
        ["Annotation 12 (\"urn:close-reader:doc-1:link-l9\"), was skipped: it links an annotation to another article, which an import cannot follow."]
    );
    assert_eq!(links.len(), 5);
    assert_eq!(apply(&mut back, &report, &links), Vec::<String>::new());
    assert_eq!(seen(&back), seen(&d));
    // The plain import names each link it leaves out.
    let plain = without_links(w3c_import::import(&fresh(&d), json.as_bytes(), NOW).unwrap());
    assert_eq!(plain.problems.len(), 6);
    assert_eq!(plain.placed.len(), d.annotations().len());
}

/// A random document with random links between its annotations.
fn any_linked_doc() -> impl Strategy<Value = Document> {
    (
        any_doc(),
        prop::collection::vec((0usize..8, 0usize..8, 0usize..4), 0..10),
    )
        .prop_map(|(mut d, links)| {
            let ids: Vec<String> = d.annotations().iter().map(|a| a.id.clone()).collect();
            for (f, t, k) in links {
                if ids.is_empty() {
                    break;
                }
                let l = Link::new(
                    &d.next_link_id(),
                    &ids[f % ids.len()],
                    &ids[t % ids.len()],
                    LinkKind::ALL[k],
                );
                let _ = d.insert_link(l);
            }
            d
        })
}

/// What brat carries of the links: spans lose the line breaks at their ends (brat cannot mark
/// them), and an annotation of line breaks only is not written, so its links are not either.
fn carried(d: &Document) -> Vec<(LinkKind, Span, String, Span, String)> {
    let breaks = [
        '\n', '\r', '\u{0b}', '\u{0c}', '\u{1c}', '\u{1d}', '\u{1e}', '\u{85}', '\u{2028}',
        '\u{2029}',
    ];
    let trimmed = |a: &close_reader_core::Annotation| -> Option<(Span, String)> {
        let chars: Vec<char> = d.quote(a).chars().collect();
        let lead = chars.iter().take_while(|c| breaks.contains(c)).count();
        let trail = chars[lead..]
            .iter()
            .rev()
            .take_while(|c| breaks.contains(c))
            .count();
        (lead < chars.len()).then(|| {
            let span = Span::new(a.span.start() + lead, a.span.end() - trail).unwrap();
            (span, chars[lead..chars.len() - trail].iter().collect())
        })
    };
    let mut out: Vec<_> = d
        .links()
        .iter()
        .filter_map(|l| {
            let (fs, fq) = trimmed(d.annotation(&l.from)?)?;
            let (ts, tq) = trimmed(d.annotation(&l.to)?)?;
            Some((l.kind, fs, fq, ts, tq))
        })
        .collect();
    out.sort();
    out
}

proptest! {
    #[test]
    fn random_links_survive_every_format_that_carries_them(d in any_linked_doc()) {
        // Label Studio and doccano carry every link.
        let (mut ls, r, l) = label_studio::open(label_studio::to_json(&d).as_bytes(), "T", NOW).unwrap();
        prop_assert!(apply(&mut ls, &r, &l).is_empty());
        prop_assert_eq!(seen(&ls), seen(&d));
        let (mut dc, r, l) = doccano::open(doccano::to_jsonl(&d).as_bytes(), "T", NOW).unwrap();
        prop_assert!(apply(&mut dc, &r, &l).is_empty());
        prop_assert_eq!(seen(&dc), seen(&d));
        // CSV and W3C, onto the same text.
        let mut cv = fresh(&d);
        let (r, l) = csv::import(&cv, csv::to_csv(&d, csv::CsvOptions::default()).as_bytes(), NOW).unwrap();
        prop_assert!(apply(&mut cv, &r, &l).is_empty());
        prop_assert_eq!(seen(&cv), seen(&d));
        let opts = w3c::W3cOptions { document_id: "d", creator: None };
        let mut wc = fresh(&d);
        let (r, l) = w3c_import::import(&wc, w3c::to_w3c_json(&d, &opts).as_bytes(), NOW).unwrap();
        prop_assert!(apply(&mut wc, &r, &l).is_empty());
        prop_assert_eq!(seen(&wc), seen(&d));
        // brat, except links to annotations it cannot mark.
        let e = brat::to_brat(&d);
        let mut br = fresh(&d);
        let (r, l) = brat::import(&br, e.ann.as_bytes(), NOW).unwrap();
        prop_assert!(apply(&mut br, &r, &l).is_empty());
        prop_assert_eq!(seen(&br), carried(&d));
    }
}
