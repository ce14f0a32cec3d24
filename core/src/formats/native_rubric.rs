//! The `rubric` member of the native file's `assignment`: the serialisable form of the model's
//! rubric, how a rubric of the wrong shape is named (down to the criterion), and the conversions
//! both ways. An older Close Reader ignores the member (it ignores fields it does not know), so a
//! file with a rubric keeps its version; see `docs/format.md`.
//!
//! Written with serde's derive; read by hand from a `serde_json::Value`: serde's derived reading
//! of the tagged and flattened measure and scale buffers its input through a generic content type,
//! some 25 KB of the page's wasm, where these few fields need a page of code.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::model::{Criterion, LetterBand, LinkKind, Measure, Rubric, Scale, SpanMatch};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct RubricV3 {
    pub criteria: Vec<CriterionV3>,
    pub scale: ScaleV3,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct CriterionV3 {
    pub name: String,
    #[serde(serialize_with = "plain_number")]
    pub points: f64,
    #[serde(flatten)]
    pub measure: MeasureV3,
}

/// The measure's fields sit beside the criterion's name and points, with `measure` naming it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "measure", rename_all = "kebab-case")]
pub(crate) enum MeasureV3 {
    Recall {
        label: String,
    },
    F1 {
        label: String,
        #[serde(rename = "match")]
        matching: MatchV3,
    },
    LinksFound {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kind: Option<String>,
    },
    Notes {
        at_least: u64,
    },
    ByHand,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum MatchV3 {
    Exact,
    Overlap,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub(crate) enum ScaleV3 {
    Points,
    Percent,
    Letters { bands: Vec<BandV3> },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct BandV3 {
    pub letter: String,
    #[serde(serialize_with = "plain_number")]
    pub min_percent: f64,
}

/// A whole number is written without a decimal point (`4`, not `4.0`), as a person writes it.
fn plain_number<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        s.serialize_i64(*x as i64)
    } else {
        s.serialize_f64(*x)
    }
}

impl<'de> Deserialize<'de> for RubricV3 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RubricV3, D::Error> {
        rubric_v3(&Value::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// A field of an object, or serde's words for a missing one.
fn field<'a>(v: &'a Value, name: &str) -> Result<&'a Value, String> {
    match v {
        Value::Object(o) => o.get(name).ok_or_else(|| format!("missing field `{name}`")),
        other => Err(format!(
            "invalid type: {}, expected an object",
            kind_of(other)
        )),
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a sequence",
        Value::Object(_) => "a map",
    }
}

fn text(v: &Value, name: &str) -> Result<String, String> {
    let f = field(v, name)?;
    f.as_str().map(str::to_string).ok_or_else(|| {
        format!(
            "invalid type: {}, expected a string for `{name}`",
            kind_of(f)
        )
    })
}

fn number(v: &Value, name: &str) -> Result<f64, String> {
    let f = field(v, name)?;
    f.as_f64().ok_or_else(|| {
        format!(
            "invalid type: {}, expected a number for `{name}`",
            kind_of(f)
        )
    })
}

fn list<'a>(v: &'a Value, name: &str) -> Result<&'a Vec<Value>, String> {
    let f = field(v, name)?;
    f.as_array().ok_or_else(|| {
        format!(
            "invalid type: {}, expected a sequence for `{name}`",
            kind_of(f)
        )
    })
}

/// `name` is one of `known`, or serde's words for an unknown variant.
fn variant<'a>(v: &Value, name: &str, known: &[&'a str]) -> Result<&'a str, String> {
    let given = text(v, name)?;
    known.iter().find(|k| **k == given).copied().ok_or_else(|| {
        let expected: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
        format!(
            "unknown variant `{given}`, expected one of {}",
            expected.join(", ")
        )
    })
}

fn rubric_v3(v: &Value) -> Result<RubricV3, String> {
    let criteria = list(v, "criteria")?
        .iter()
        .map(criterion_v3)
        .collect::<Result<_, _>>()?;
    let scale = field(v, "scale")?;
    let scale = match variant(scale, "kind", &["points", "percent", "letters"])? {
        "points" => ScaleV3::Points,
        "percent" => ScaleV3::Percent,
        _ => ScaleV3::Letters {
            bands: list(scale, "bands")?
                .iter()
                .map(band_v3)
                .collect::<Result<_, _>>()?,
        },
    };
    Ok(RubricV3 { criteria, scale })
}

fn criterion_v3(v: &Value) -> Result<CriterionV3, String> {
    let measure = match variant(
        v,
        "measure",
        &["recall", "f1", "links-found", "notes", "by-hand"],
    )? {
        "recall" => MeasureV3::Recall {
            label: text(v, "label")?,
        },
        "f1" => MeasureV3::F1 {
            label: text(v, "label")?,
            matching: match variant(v, "match", &["exact", "overlap"])? {
                "exact" => MatchV3::Exact,
                _ => MatchV3::Overlap,
            },
        },
        "links-found" => MeasureV3::LinksFound {
            kind: match v.get("kind") {
                None | Some(Value::Null) => None,
                Some(_) => Some(text(v, "kind")?),
            },
        },
        "notes" => {
            let f = field(v, "at_least")?;
            MeasureV3::Notes {
                at_least: f.as_u64().ok_or_else(|| {
                    format!(
                        "invalid type: {}, expected a whole number for `at_least`",
                        kind_of(f)
                    )
                })?,
            }
        }
        _ => MeasureV3::ByHand,
    };
    Ok(CriterionV3 {
        name: text(v, "name")?,
        points: number(v, "points")?,
        measure,
    })
}

fn band_v3(v: &Value) -> Result<BandV3, String> {
    Ok(BandV3 {
        letter: text(v, "letter")?,
        min_percent: number(v, "min_percent")?,
    })
}

/// Why the `rubric` of an `assignment` section cannot be read, naming the criterion or band when
/// one of them is at fault; `None` when it reads (or is absent or `null`).
pub(crate) fn shape_problem(assignment: &Value) -> Option<String> {
    let rubric = assignment.get("rubric").filter(|v| !v.is_null())?;
    let err = rubric_v3(rubric).err()?;
    let item = |list: Option<&Value>, what: &str, read: fn(&Value) -> Option<String>| {
        list.and_then(Value::as_array).and_then(|items| {
            items.iter().enumerate().find_map(|(i, v)| {
                read(v).map(|e| format!("{what} {} of its rubric cannot be read: {e}", i + 1))
            })
        })
    };
    item(rubric.get("criteria"), "criterion", |v| {
        criterion_v3(v).err()
    })
    .or_else(|| {
        item(
            rubric.get("scale").and_then(|s| s.get("bands")),
            "letter band",
            |v| band_v3(v).err(),
        )
    })
    .or_else(|| Some(format!("its rubric cannot be read: {err}")))
}

/// The model's rubric, or why a link kind of it is unknown (the other checks are the model's).
pub(crate) fn rubric_of(r: RubricV3) -> Result<Rubric, String> {
    let mut criteria = Vec::with_capacity(r.criteria.len());
    for (i, c) in r.criteria.into_iter().enumerate() {
        let measure = match c.measure {
            MeasureV3::Recall { label } => Measure::Recall { label },
            MeasureV3::F1 { label, matching } => Measure::F1 {
                label,
                matching: match matching {
                    MatchV3::Exact => SpanMatch::Exact,
                    MatchV3::Overlap => SpanMatch::Overlap,
                },
            },
            MeasureV3::LinksFound { kind: None } => Measure::LinksFound { kind: None },
            MeasureV3::LinksFound { kind: Some(k) } => Measure::LinksFound {
                kind: Some(LinkKind::parse(&k).ok_or_else(|| {
                    let known: Vec<&str> = LinkKind::ALL.iter().map(|k| k.as_str()).collect();
                    format!(
                        "in its rubric, criterion {} counts links of the kind \"{k}\", which Close Reader does not know (it knows {})",
                        i + 1,
                        known.join(", ")
                    )
                })?),
            },
            MeasureV3::Notes { at_least } => Measure::Notes {
                at_least: usize::try_from(at_least).unwrap_or(usize::MAX),
            },
            MeasureV3::ByHand => Measure::ByHand,
        };
        criteria.push(Criterion {
            name: c.name,
            points: c.points,
            measure,
        });
    }
    let scale = match r.scale {
        ScaleV3::Points => Scale::Points,
        ScaleV3::Percent => Scale::Percent,
        ScaleV3::Letters { bands } => Scale::Letters(
            bands
                .into_iter()
                .map(|b| LetterBand {
                    letter: b.letter,
                    min_percent: b.min_percent,
                })
                .collect(),
        ),
    };
    Ok(Rubric { criteria, scale })
}

pub(crate) fn write_rubric(r: &Rubric) -> RubricV3 {
    RubricV3 {
        criteria: r
            .criteria
            .iter()
            .map(|c| CriterionV3 {
                name: c.name.clone(),
                points: c.points,
                measure: match &c.measure {
                    Measure::Recall { label } => MeasureV3::Recall {
                        label: label.clone(),
                    },
                    Measure::F1 { label, matching } => MeasureV3::F1 {
                        label: label.clone(),
                        matching: match matching {
                            SpanMatch::Exact => MatchV3::Exact,
                            SpanMatch::Overlap => MatchV3::Overlap,
                        },
                    },
                    Measure::LinksFound { kind } => MeasureV3::LinksFound {
                        kind: kind.map(|k| k.as_str().to_string()),
                    },
                    Measure::Notes { at_least } => MeasureV3::Notes {
                        at_least: *at_least as u64,
                    },
                    Measure::ByHand => MeasureV3::ByHand,
                },
            })
            .collect(),
        scale: match &r.scale {
            Scale::Points => ScaleV3::Points,
            Scale::Percent => ScaleV3::Percent,
            Scale::Letters(bands) => ScaleV3::Letters {
                bands: bands
                    .iter()
                    .map(|b| BandV3 {
                        letter: b.letter.clone(),
                        min_percent: b.min_percent,
                    })
                    .collect(),
            },
        },
    }
}
