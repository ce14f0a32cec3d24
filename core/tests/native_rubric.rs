//! The rubric in the native file: it survives saving and reopening (every measure and scale),
//! matches the JSON Schema, leaves files without one as they were, is ignored as an unknown
//! member by a reader that does not know it, is refused with a message naming the criterion when
//! broken, and travels in the assignment file and link at a bounded cost.

use close_reader_core::formats::assignment_link::{assignment_file, base64url_encode};
use close_reader_core::formats::native::{from_json, to_json, PLAIN_VERSION};
use close_reader_core::model::{
    Annotation, Assignment, Criterion, Document, LetterBand, LinkKind, Measure, Rubric, Scale,
    Span, SpanMatch,
};
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../../docs/close-reader.schema.json");
const FORMAT_DOC: &str = include_str!("../../docs/format.md");

fn schema_errors(v: &Value) -> Vec<String> {
    let schema = jsonschema::draft7::new(&serde_json::from_str(SCHEMA).unwrap()).unwrap();
    schema
        .iter_errors(v)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

fn criterion(name: &str, points: f64, measure: Measure) -> Criterion {
    Criterion {
        name: name.into(),
        points,
        measure,
    }
}

fn rubric() -> Rubric {
    Rubric {
        criteria: vec![
            criterion(
                "Finds the claims 😀",
                4.0,
                Measure::Recall {
                    label: "claim".into(),
                },
            ),
            criterion(
                "Hedges — ضع",
                2.5,
                Measure::F1 {
                    label: "hedge".into(),
                    matching: SpanMatch::Overlap,
                },
            ),
            criterion(
                "Links each claim to its source",
                3.0,
                Measure::LinksFound {
                    kind: Some(LinkKind::SupportedBy),
                },
            ),
            criterion("All links", 1.0, Measure::LinksFound { kind: None }),
            criterion("Notes", 1.5, Measure::Notes { at_least: 3 }),
            criterion("Discussion", 2.0, Measure::ByHand),
        ],
        scale: Scale::Letters(vec![
            LetterBand {
                letter: "A".into(),
                min_percent: 90.0,
            },
            LetterBand {
                letter: "B+".into(),
                min_percent: 87.5,
            },
            LetterBand {
                letter: "F".into(),
                min_percent: 0.0,
            },
        ]),
    }
}

fn student(rubric: Option<Rubric>) -> Document {
    let mut d = Document::new("Toll 世界", "The toll rose, officials said.\r\nاقرأ", None);
    d.insert(Annotation::new(
        "a1",
        "claim",
        Span::new(0, 13).unwrap(),
        "2026-12-07T10:00:00Z",
    ))
    .unwrap();
    d.annotator = Some("Zoë".into());
    d.assignment = Some(Assignment {
        instructions: "Mark every claim.".into(),
        hide_suggestions: true,
        require_name: true,
        rubric,
    });
    d
}

fn with_rubric_value(edit: impl FnOnce(&mut Value)) -> Value {
    let mut v: Value = serde_json::from_str(&to_json(&student(Some(rubric())))).unwrap();
    edit(&mut v["assignment"]["rubric"]);
    v
}

fn refusal(v: &Value) -> String {
    from_json(&v.to_string())
        .expect_err("the file should be refused")
        .to_string()
}

#[test]
fn a_rubric_round_trips_in_a_version_3_file_that_the_schema_accepts() {
    let d = student(Some(rubric()));
    let json = to_json(&d);
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["version"], PLAIN_VERSION, "a rubric needs no new version");
    assert_eq!(schema_errors(&v), Vec::<String>::new());
    assert_eq!(v["assignment"]["rubric"]["criteria"][0]["points"], json!(4));
    assert!(
        json.contains("\"points\": 4,"),
        "whole points without a decimal"
    );
    assert!(json.contains("\"points\": 2.5,"));
    assert_eq!(
        v["assignment"]["rubric"]["criteria"][2],
        json!({"name": "Links each claim to its source", "points": 3, "measure": "links-found", "kind": "supported-by"})
    );
    let opened = from_json(&json).unwrap();
    assert_eq!(opened, d);
    assert_eq!(to_json(&opened), json, "saved again byte for byte");
}

#[test]
fn a_file_without_a_rubric_is_written_as_before() {
    let json = to_json(&student(None));
    assert!(!json.contains("rubric"));
    let assignment = &serde_json::from_str::<Value>(&json).unwrap()["assignment"];
    assert_eq!(
        assignment.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["hide_suggestions", "instructions", "require_name"],
        "the three members of version 3, nothing else"
    );
    let with_null = json.replacen(
        "\"require_name\": true",
        "\"require_name\": true,\n    \"rubric\": null",
        1,
    );
    assert_eq!(from_json(&with_null).unwrap(), student(None));
}

#[test]
fn an_unknown_member_of_the_assignment_is_ignored_so_older_readers_open_a_file_with_a_rubric() {
    // A Close Reader written before rubrics reads `assignment` as this one reads any member it
    // does not know: ignored (format.md, "Fields this page does not list are ignored"). Renamed
    // so this reader does not know it either, the rubric is dropped and the file opens.
    let json = to_json(&student(Some(rubric()))).replacen(
        "\"rubric\":",
        "\"rubric_of_a_later_version\":",
        1,
    );
    let opened = from_json(&json).unwrap();
    assert_eq!(opened, student(None));
}

#[test]
fn a_broken_rubric_is_refused_naming_the_criterion_or_band() {
    let cases: Vec<(Value, &str)> = vec![
        (
            with_rubric_value(|r| r["criteria"][1]["name"] = json!("")),
            "This Close Reader file has a problem in its assignment: in its rubric, criterion 2 has no name.",
        ),
        (
            with_rubric_value(|r| r["criteria"][2]["points"] = json!(0)),
            "This Close Reader file has a problem in its assignment: in its rubric, the points of criterion 3 must be above 0.",
        ),
        (
            with_rubric_value(|r| r["criteria"][0]["label"] = json!("place")),
            "This Close Reader file has a problem in its assignment: in its rubric, criterion 1 measures the label \"place\", which the file does not define.",
        ),
        (
            with_rubric_value(|r| r["criteria"][2]["kind"] = json!("cites")),
            "This Close Reader file has a problem in its assignment: in its rubric, criterion 3 counts links of the kind \"cites\", which Close Reader does not know (it knows supported-by, hedges, same-claim, contradicts).",
        ),
        (
            with_rubric_value(|r| r["scale"]["bands"][1]["min_percent"] = json!(95)),
            "This Close Reader file has a problem in its assignment: in its rubric, letter bands go from the highest down: band 2 (B+, from 95 %) must start below band 1 (A, from 90 %).",
        ),
    ];
    for (v, expected) in cases {
        assert_eq!(refusal(&v), expected);
    }
    let unknown = refusal(&with_rubric_value(|r| {
        r["criteria"][3]["measure"] = json!("precision")
    }));
    assert!(
        unknown.starts_with("This Close Reader file has a problem in its assignment: criterion 4 of its rubric cannot be read: unknown variant `precision`"),
        "{unknown}"
    );
    let band = refusal(&with_rubric_value(|r| {
        r["scale"]["bands"][2] = json!({"letter": "F"})
    }));
    assert!(
        band.contains("letter band 3 of its rubric cannot be read: missing field `min_percent`"),
        "{band}"
    );
    let no_scale = refusal(&with_rubric_value(|r| {
        r.as_object_mut().unwrap().remove("scale");
    }));
    assert!(
        no_scale.contains("its rubric cannot be read: missing field `scale`"),
        "{no_scale}"
    );
}

#[test]
fn the_assignment_file_and_link_carry_the_rubric() {
    let d = student(Some(rubric()));
    let file = assignment_file(&d);
    let opened = from_json(&file).unwrap();
    assert_eq!(opened.assignment, d.assignment);
    assert!(opened.annotations().is_empty());
}

#[test]
fn the_largest_rubric_adds_a_bounded_part_of_the_link_limit() {
    // The link's limit is 60,000 characters (assignment_link::MAX_LINK_CHARS), and the app
    // compresses the file before encoding it. Before compression, the largest rubric (20
    // criteria, each name 120 four-byte characters, 15 bands of 12) adds at most 15,000 bytes
    // to the file: 20,000 characters of code at worst, and far less once deflated (the names
    // repeat their characters here; a rubric of six criteria adds about 1,200 bytes). An article that
    // fits only without its rubric gets the too-long message and is shared as a file.
    let widest = Rubric {
        criteria: (0..20)
            .map(|i| {
                criterion(
                    &format!("{i:02}{}", "😀".repeat(118)),
                    999.99,
                    Measure::F1 {
                        label: "claim".into(),
                        matching: SpanMatch::Overlap,
                    },
                )
            })
            .collect(),
        scale: Scale::Letters(
            (0..15)
                .map(|i| LetterBand {
                    letter: format!("{i:02}{}", "é".repeat(10)),
                    min_percent: if i == 14 {
                        0.0
                    } else {
                        98.75 - f64::from(i) * 6.5
                    },
                })
                .collect(),
        ),
    };
    assert_eq!(widest.problem(), None);
    let with = assignment_file(&student(Some(widest)));
    let without = assignment_file(&student(None));
    let added = with.len() - without.len();
    assert!(added <= 15_000, "the largest rubric adds {added} bytes");
    let code_added =
        base64url_encode(with.as_bytes()).len() - base64url_encode(without.as_bytes()).len();
    assert!(code_added <= 20_000, "{code_added} characters of code");
    let small = assignment_file(&student(Some(rubric()))).len() - without.len();
    assert!(small < 1_500, "the example rubric adds {small} bytes");
}

#[test]
fn format_md_shows_the_rubric_and_its_messages() {
    for m in [
        "### `rubric`: how the work will be graded",
        "\"measure\": \"links-found\"",
        "in its rubric, criterion {n} has no name",
    ] {
        assert!(FORMAT_DOC.contains(m), "format.md lacks: {m}");
    }
    let at = FORMAT_DOC.find("### `rubric`").unwrap();
    let start = at + FORMAT_DOC[at..].find("```json\n").unwrap() + "```json\n".len();
    let len = FORMAT_DOC[start..].find("```").unwrap();
    let example: Value = serde_json::from_str(&FORMAT_DOC[start..start + len]).unwrap();
    let mut v: Value = serde_json::from_str(&to_json(&student(None))).unwrap();
    v["assignment"]["rubric"] = example["rubric"].clone();
    assert_eq!(schema_errors(&v), Vec::<String>::new());
    let opened = from_json(&v.to_string()).unwrap();
    assert_eq!(opened.assignment.unwrap().rubric.unwrap().criteria.len(), 5);
}

#[test]
fn the_streaming_reader_opens_a_rubric_as_the_whole_file_reader_does() {
    use close_reader_core::formats::native_stream::Reading;
    let json = to_json(&student(Some(rubric())));
    let streamed = Reading::run(json.clone().into_bytes()).unwrap();
    assert_eq!(streamed, from_json(&json).unwrap());
    let broken = json.replacen("\"points\": 4,", "\"points\": 0,", 1);
    assert_eq!(
        Reading::run(broken.into_bytes()).unwrap_err().to_string(),
        "This Close Reader file has a problem in its assignment: in its rubric, the points of criterion 1 must be above 0."
    );
}

fn any_measure() -> impl proptest::strategy::Strategy<Value = Measure> {
    use proptest::prelude::*;
    let label = prop::sample::select(vec!["claim", "source", "hedge"]).prop_map(String::from);
    prop_oneof![
        label.clone().prop_map(|label| Measure::Recall { label }),
        (label, any::<bool>()).prop_map(|(label, exact)| Measure::F1 {
            label,
            matching: if exact {
                SpanMatch::Exact
            } else {
                SpanMatch::Overlap
            },
        }),
        prop::option::of(prop::sample::select(LinkKind::ALL.to_vec()))
            .prop_map(|kind| Measure::LinksFound { kind }),
        (1usize..=1_000).prop_map(|at_least| Measure::Notes { at_least }),
        Just(Measure::ByHand),
    ]
}

proptest::proptest! {
    #[test]
    fn any_valid_rubric_round_trips_through_the_file(
        criteria in proptest::collection::vec(("\\PC{0,40}", 1u32..=100_000, any_measure()), 1..=20),
        minima in proptest::collection::btree_set(1u32..10_000, 0..14),
        scale in 0u8..3,
    ) {
        let criteria = criteria
            .into_iter()
            .enumerate()
            .map(|(i, (name, hundredths, measure))| {
                criterion(&format!("C{i} {name}"), f64::from(hundredths) / 100.0, measure)
            })
            .collect();
        let mut bands: Vec<LetterBand> = minima
            .iter()
            .rev()
            .enumerate()
            .map(|(i, m)| LetterBand { letter: format!("L{i}"), min_percent: f64::from(*m) / 100.0 })
            .collect();
        bands.push(LetterBand { letter: "F".into(), min_percent: 0.0 });
        let scale = match scale {
            0 => Scale::Points,
            1 => Scale::Percent,
            _ => Scale::Letters(bands),
        };
        let r = Rubric { criteria, scale };
        proptest::prop_assert_eq!(r.problem(), None);
        let d = student(Some(r));
        let json = to_json(&d);
        proptest::prop_assert_eq!(from_json(&json).unwrap(), d);
        let v: Value = serde_json::from_str(&json).unwrap();
        proptest::prop_assert_eq!(schema_errors(&v), Vec::<String>::new());
    }
}
