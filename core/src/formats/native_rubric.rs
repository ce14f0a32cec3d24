//! The `rubric` member of the native file's `assignment`: the serialisable form of the model's
//! rubric, how a rubric of the wrong shape is named (down to the criterion), and the conversions
//! both ways. An older Close Reader ignores the member (it ignores fields it does not know), so a
//! file with a rubric keeps its version; see `docs/format.md`.

use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use crate::model::{Criterion, LetterBand, LinkKind, Measure, Rubric, Scale, SpanMatch};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(expecting = "an object with \"criteria\" and \"scale\"")]
pub(crate) struct RubricV3 {
    pub criteria: Vec<CriterionV3>,
    pub scale: ScaleV3,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct CriterionV3 {
    pub name: String,
    #[serde(serialize_with = "plain_number")]
    pub points: f64,
    #[serde(flatten)]
    pub measure: MeasureV3,
}

/// The measure's fields sit beside the criterion's name and points, with `measure` naming it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum MatchV3 {
    Exact,
    Overlap,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub(crate) enum ScaleV3 {
    Points,
    Percent,
    Letters { bands: Vec<BandV3> },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(expecting = "an object with \"letter\" and \"min_percent\"")]
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

/// Why the `rubric` of an `assignment` section cannot be read, naming the criterion or band when
/// one of them is at fault; `None` when it reads (or is absent or `null`).
pub(crate) fn shape_problem(assignment: &Value) -> Option<String> {
    let rubric = assignment.get("rubric").filter(|v| !v.is_null())?;
    let err = RubricV3::deserialize(rubric).err()?;
    let item = |list: Option<&Value>, what: &str, read: fn(&Value) -> Option<String>| {
        list.and_then(Value::as_array).and_then(|items| {
            items.iter().enumerate().find_map(|(i, v)| {
                read(v).map(|e| format!("{what} {} of its rubric cannot be read: {e}", i + 1))
            })
        })
    };
    item(rubric.get("criteria"), "criterion", |v| {
        CriterionV3::deserialize(v).err().map(|e| e.to_string())
    })
    .or_else(|| {
        item(
            rubric.get("scale").and_then(|s| s.get("bands")),
            "letter band",
            |v| BandV3::deserialize(v).err().map(|e| e.to_string()),
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
