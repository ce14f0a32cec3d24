//! Two outlets' reports side by side: claims only one makes, contradictions, the sources each cites,
//! and links whose far end is gone — with links saved in one file, the other, or both.

mod marked;

use close_reader_core::analysis::pair::compare;
use close_reader_core::analysis::source_kind::SourceKind;
use close_reader_core::formats::native::{from_json, to_json};
use close_reader_core::model::cross::{cross_link, uncross_link};
use close_reader_core::{Document, Edit, History, LinkKind};
use marked::marked;

/// Outlet A: three claims, two sources.
const A: &str = "{source a1|Officials} said {claim a2|the dam burst at dawn}. {claim a3|Nine people died}, {source a4|the Red Cross} said. {claim a5|Aid is on its way}.";
/// Outlet B: three claims, one source.
const B: &str = "{claim b1|The dam burst overnight}, {source b2|a spokesperson} said. {claim b3|Nine people died}. {claim b4|Looting was reported}.";

fn apply(d: &mut Document, e: Edit) {
    History::default().apply(d, e).unwrap();
}

/// a3 = b3 (same claim), a2 contradicts b1 (dawn vs overnight): links in both files.
fn pair() -> (Document, Document) {
    let (mut a, mut b) = (marked("Outlet A", A), marked("Outlet B", B));
    for (x, y, kind) in [
        ("a3", "b3", LinkKind::SameClaim),
        ("a2", "b1", LinkKind::Contradicts),
    ] {
        let (ea, eb) = cross_link(&a, x, &b, y, kind).unwrap();
        apply(&mut a, ea);
        apply(&mut b, eb);
    }
    (a, b)
}

fn ids(spans: &[close_reader_core::analysis::evidence::SpanRef]) -> Vec<&str> {
    spans.iter().map(|s| s.id.as_str()).collect()
}

#[test]
fn claims_only_one_outlet_makes() {
    let (a, b) = pair();
    let s = compare(&a, &b);
    assert_eq!(
        ids(&s.a.only_here),
        ["a2", "a5"],
        "a2 is contradicted, not shared"
    );
    assert_eq!(ids(&s.b.only_here), ["b1", "b4"]);
    assert_eq!(s.shared.len(), 1);
    assert_eq!(
        (s.shared[0].a.id.as_str(), s.shared[0].b.id.as_str()),
        ("a3", "b3")
    );
    assert_eq!(s.shared[0].b.quote, "Nine people died");
    assert_eq!(
        (s.a.title.as_str(), s.b.title.as_str()),
        ("Outlet A", "Outlet B")
    );
}

#[test]
fn contradicting_pairs() {
    let (a, b) = pair();
    let s = compare(&a, &b);
    assert_eq!(s.contradictions.len(), 1);
    let c = &s.contradictions[0];
    assert_eq!(
        (c.a.quote.as_str(), c.b.quote.as_str()),
        ("the dam burst at dawn", "The dam burst overnight")
    );
    // Compared the other way round, the sides swap.
    let r = compare(&b, &a);
    assert_eq!(r.contradictions[0].a.id, "b1");
    assert_eq!(ids(&r.a.only_here), ["b1", "b4"]);
}

#[test]
fn the_sources_each_outlet_cites_with_their_kind() {
    let (a, b) = pair();
    let s = compare(&a, &b);
    let kinds = |side: &close_reader_core::analysis::pair::Side| -> Vec<(String, SourceKind)> {
        side.sources
            .iter()
            .map(|c| (c.source.quote.clone(), c.kind))
            .collect()
    };
    assert_eq!(
        kinds(&s.a),
        [
            ("Officials".to_string(), SourceKind::Anonymous),
            ("the Red Cross".to_string(), SourceKind::Named)
        ]
    );
    assert_eq!(
        kinds(&s.b),
        [("a spokesperson".to_string(), SourceKind::Anonymous)]
    );
    assert_eq!((s.a.source_kinds.named, s.a.source_kinds.anonymous), (1, 1));
}

#[test]
fn a_link_saved_in_only_one_file_still_counts_once() {
    let (a, _) = pair();
    let b_without = marked("Outlet B", B);
    let s = compare(&a, &b_without);
    assert_eq!(s.shared.len(), 1);
    assert_eq!(s.contradictions.len(), 1);
    let (_, b) = pair();
    let a_without = marked("Outlet A", A);
    assert_eq!(compare(&a_without, &b).shared.len(), 1);
    // Both files hold it: still one pair.
    assert_eq!(compare(&a, &b).shared.len(), 1);
}

#[test]
fn links_survive_downloading_and_reopening_both_files() {
    let (a, b) = pair();
    let (a2, b2) = (
        from_json(&to_json(&a)).unwrap(),
        from_json(&to_json(&b)).unwrap(),
    );
    assert_eq!(compare(&a2, &b2), compare(&a, &b));
}

#[test]
fn a_far_end_that_is_gone_is_reported_not_dropped() {
    let (a, mut b) = pair();
    // B's claim "Nine people died" is removed (with its own copy of the link).
    let e = Edit::remove_annotation(&b, "b3").unwrap();
    apply(&mut b, e);
    let s = compare(&a, &b);
    assert!(s.shared.is_empty());
    assert_eq!(
        s.unresolved,
        ["Link \"l1\" of “Outlet A” goes to an annotation of “Outlet B” quoting \"Nine people died\", which is no longer there."]
    );
    assert_eq!(ids(&s.a.only_here), ["a2", "a3", "a5"]);
}

#[test]
fn removing_a_cross_link_removes_both_copies() {
    let (mut a, mut b) = pair();
    let (ea, eb) = uncross_link(&a, "l2", &b).unwrap();
    apply(&mut a, ea);
    apply(&mut b, eb.expect("B holds the mirror"));
    let s = compare(&a, &b);
    assert!(s.contradictions.is_empty());
    assert_eq!(s.shared.len(), 1);
    assert_eq!((a.links().len(), b.links().len()), (1, 1));
}

#[test]
fn documents_with_nothing_in_common() {
    let (a, b) = (marked("A", A), marked("B", B));
    let s = compare(&a, &b);
    assert_eq!(ids(&s.a.only_here), ["a2", "a3", "a5"]);
    assert_eq!(ids(&s.b.only_here), ["b1", "b3", "b4"]);
    assert!(s.shared.is_empty() && s.contradictions.is_empty() && s.unresolved.is_empty());
}
