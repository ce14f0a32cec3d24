//! Every figure of the evidence summary, on short texts written for the tests, against numbers
//! worked out by hand (in the comments).

mod marked;

use close_reader_core::analysis::evidence::{
    summarise, summarise_with, HedgeOnClaim, LabelCount, Roles,
};
use close_reader_core::analysis::source_kind::SourceKind;
use close_reader_core::{Document, Label, Link, LinkKind, OtherDocument};
use marked::{link, marked, marked_with};

/// 25 words: Officials(1) said the bridge will probably open in May.(9) Costs doubled, according to
/// Amnesty International.(15) Reportedly, the mayor resigned.(19) Experts were consulted.(22) Work
/// starts soon.(25)
const BRIDGE: &str = "{source a1|Officials} said {claim a2|the bridge will {hedge a3|probably} open in May}. {claim a4|Costs doubled}, according to {source a5|Amnesty International}. {hedge a6|Reportedly}, {claim a7|the mayor resigned}. {source a8|Experts} were consulted. Work starts soon.";

/// a2 is supported by a1; a6 hedges a7 (by a link); a3 lies inside a2 (no link).
fn bridge() -> Document {
    let mut d = marked("Bridge", BRIDGE);
    link(&mut d, "a2", "a1", LinkKind::SupportedBy);
    link(&mut d, "a6", "a7", LinkKind::Hedges);
    d
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<&str> {
    items.iter().map(id).collect()
}

#[test]
fn counts_per_label_in_label_order() {
    let s = summarise(&bridge());
    let count = |label: &str, name: &str, count| LabelCount {
        label: label.into(),
        name: name.into(),
        count,
    };
    assert_eq!(
        s.counts,
        [
            count("claim", "Claim", 3),
            count("source", "Source", 3),
            count("hedge", "Hedge", 2)
        ]
    );
    assert_eq!((s.claims, s.hedges), (3, 2));
}

#[test]
fn unsupported_claims_are_listed_in_text_order_with_their_text() {
    let s = summarise(&bridge());
    assert_eq!(ids(&s.unsupported_claims, |c| &c.id), ["a4", "a7"]);
    let a4 = &s.unsupported_claims[0];
    // "Officials said the bridge will probably open in May. " is 53 code points.
    assert_eq!(
        (a4.start, a4.end, a4.quote.as_str()),
        (53, 66, "Costs doubled")
    );
}

#[test]
fn a_link_to_another_article_is_not_support() {
    let mut d = bridge();
    d.insert_link(Link {
        id: "l9".into(),
        from: "a4".into(),
        to: "a4".into(),
        kind: LinkKind::SameClaim,
        other: Some(OtherDocument {
            sha256: "0".repeat(64),
            title: "Other".into(),
            quote: "Costs doubled".into(),
        }),
    })
    .unwrap();
    assert_eq!(
        ids(&summarise(&d).unsupported_claims, |c| &c.id),
        ["a4", "a7"]
    );
    // Support by an annotation of another label still counts.
    link(&mut d, "a4", "a6", LinkKind::SupportedBy);
    assert_eq!(ids(&summarise(&d).unsupported_claims, |c| &c.id), ["a7"]);
}

#[test]
fn sources_that_support_no_claim() {
    let s = summarise(&bridge());
    assert_eq!(ids(&s.idle_sources, |c| &c.id), ["a5", "a8"]);
    assert_eq!(s.sources[0].supports, ["a2"]);
}

#[test]
fn hedge_density_is_hedges_per_100_words() {
    let s = summarise(&bridge());
    assert_eq!(s.words, 25);
    assert_eq!(s.hedge_density, 8.0, "2 hedges in 25 words");
    // Words are runs between any whitespace, tabs, CRLF and the no-break space (U+00A0) included:
    // "a\tb\r\nc\u{a0}d 😀" has 5.
    let d = marked("T", "{hedge h1|a}\tb\r\nc\u{a0}d 😀");
    assert_eq!(summarise(&d).words, 5);
    assert_eq!(summarise(&d).hedge_density, 20.0);
    assert_eq!(summarise(&Document::new("", "  ", None)).hedge_density, 0.0);
}

#[test]
fn hedged_claims_by_link_and_by_lying_inside() {
    let s = summarise(&bridge());
    assert_eq!(ids(&s.hedged_claims, |h| &h.claim.id), ["a2", "a7"]);
    let on = |id: &str, linked, inside| HedgeOnClaim {
        id: id.into(),
        linked,
        inside,
    };
    assert_eq!(s.hedged_claims[0].hedges, [on("a3", false, true)]);
    assert_eq!(s.hedged_claims[1].hedges, [on("a6", true, false)]);
    // Linking the hedge inside a2 to it marks both.
    let mut d = bridge();
    link(&mut d, "a3", "a2", LinkKind::Hedges);
    assert_eq!(
        summarise(&d).hedged_claims[0].hedges,
        [on("a3", true, true)]
    );
}

#[test]
fn a_hedge_touching_but_not_inside_a_claim_does_not_count() {
    // "Reportedly " ends where c1 starts, "maybe" follows it, and h6 ("rose maybe") starts inside c1
    // and runs past its end: none of them is on c1.
    let mut d = marked(
        "T",
        "{hedge h1|Reportedly }{claim c1|prices {hedge h2|rose}} {hedge h3|maybe}. {claim c2|Wages {hedge h4|may} fell {hedge h5|perhaps}}",
    );
    d.insert(close_reader_core::Annotation::new(
        "h6",
        "hedge",
        close_reader_core::Span::new(18, 28).unwrap(),
        marked::NOW,
    ))
    .unwrap();
    assert_eq!(d.quote(d.annotation("h6").unwrap()), "rose maybe");
    let s = summarise(&d);
    assert_eq!(ids(&s.hedged_claims, |h| &h.claim.id), ["c1", "c2"]);
    assert_eq!(ids(&s.hedged_claims[0].hedges, |h| &h.id), ["h2"]);
    assert_eq!(ids(&s.hedged_claims[1].hedges, |h| &h.id), ["h4", "h5"]);
}

#[test]
fn each_source_is_classified_with_its_rule() {
    let s = summarise(&bridge());
    let got: Vec<(&str, SourceKind, &str)> = s
        .sources
        .iter()
        .map(|c| (c.source.id.as_str(), c.kind, c.rule.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("a1", SourceKind::Anonymous, "unnamed official: 'Officials'"),
            (
                "a5",
                SourceKind::Named,
                "organisation 'Amnesty International'"
            ),
            ("a8", SourceKind::Vague, "vague group: 'Experts'"),
        ]
    );
    assert_eq!(
        (
            s.source_kinds.named,
            s.source_kinds.anonymous,
            s.source_kinds.vague
        ),
        (1, 1, 1)
    );
}

#[test]
fn roles_follow_label_ids_so_custom_sets_can_say_which_is_which() {
    let labels: Vec<Label> = [("who", "Who"), ("point", "Point"), ("maybe", "Maybe")]
        .iter()
        .map(|(id, name)| Label::new(id, name, "#000000", ""))
        .collect();
    let d = marked_with(
        "T",
        &labels,
        "{who w1|The WHO} says {point p1|cases fell}, {maybe m1|possibly}.",
    );
    let roles = Roles {
        claim: "point".into(),
        source: "who".into(),
        hedge: "maybe".into(),
    };
    let s = summarise_with(&d, &roles);
    assert_eq!(ids(&s.unsupported_claims, |c| &c.id), ["p1"]);
    assert_eq!(s.sources[0].kind, SourceKind::Named);
    assert_eq!(s.hedges, 1);
    assert!(s.hedged_claims.is_empty(), "the hedge is outside the point");
    assert_eq!(summarise(&d).claims, 0, "the default roles find nothing");
}

#[test]
fn an_empty_document_has_an_empty_summary() {
    let s = summarise(&Document::new("", "", None));
    assert_eq!(s.words, 0);
    assert!(s.unsupported_claims.is_empty() && s.sources.is_empty() && s.hedged_claims.is_empty());
    assert_eq!(s.counts.iter().map(|c| c.count).sum::<usize>(), 0);
}
