//! The assignment dialog's rubric being edited: what the teacher does to it (a criterion added,
//! renamed, re-pointed, re-measured, moved or removed; the scale and its letter bands), applied to
//! a draft. The draft is saved into the assignment only while the core finds no problem with it
//! (`state/classroom.rs`), so nothing invalid is saved; its problem is shown beside it.

use std::fmt;

use close_reader_core::model::{
    Criterion, LetterBand, LinkKind, Measure, Rubric, Scale, SpanMatch,
};

use crate::i18n::t;

/// The name of a choice of the dialog (by its value), written in the interface's language when
/// it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChoiceName(&'static str);

/// Shown as text where the assignment dialog puts it in its markup.
impl yew::html::IntoPropValue<yew::virtual_dom::VNode> for ChoiceName {
    fn into_prop_value(self) -> yew::virtual_dom::VNode {
        self.to_string().into()
    }
}

impl fmt::Display for ChoiceName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self.0 {
            "recall" => t!("state-measure-recall"),
            "f1-exact" => t!("state-measure-f1-exact"),
            "f1-overlap" => t!("state-measure-f1-overlap"),
            "links" => t!("state-measure-links"),
            "notes" => t!("state-measure-notes"),
            "by-hand" => t!("state-measure-by-hand"),
            "points" => t!("state-scale-points"),
            "percent" => t!("state-scale-percent"),
            "letters" => t!("state-scale-letters"),
            other => other.to_string(),
        })
    }
}

/// The measures offered, by the value of the dialog's choice.
pub const MEASURES: [(&str, ChoiceName); 6] = [
    ("recall", ChoiceName("recall")),
    ("f1-exact", ChoiceName("f1-exact")),
    ("f1-overlap", ChoiceName("f1-overlap")),
    ("links", ChoiceName("links")),
    ("notes", ChoiceName("notes")),
    ("by-hand", ChoiceName("by-hand")),
];

/// The scales offered, by the value of the dialog's choice.
pub const SCALES: [(&str, ChoiceName); 3] = [
    ("points", ChoiceName("points")),
    ("percent", ChoiceName("percent")),
    ("letters", ChoiceName("letters")),
];

#[derive(Clone, Debug, PartialEq)]
pub enum RubricEdit {
    /// A rubric with one criterion, or none (the rubric removed).
    Start(bool),
    Add,
    Remove(usize),
    /// Moves criterion `i` up (true) or down.
    Move(usize, bool),
    Name(usize, String),
    /// The points as typed; what is not a number is kept as not a number, so the draft says so.
    Points(usize, String),
    /// The measure's choice (a value of [`MEASURES`]).
    Measure(usize, String),
    /// The label a recall or F1 measure reads.
    Label(usize, String),
    /// The link kind a links measure counts ("" for every kind).
    LinkKind(usize, String),
    /// N of a notes measure, as typed.
    AtLeast(usize, String),
    /// A value of [`SCALES`].
    Scale(String),
    AddBand,
    RemoveBand(usize),
    BandLetter(usize, String),
    BandMin(usize, String),
}

/// The value of the dialog's measure choice for a measure.
pub fn measure_choice(m: &Measure) -> &'static str {
    match m {
        Measure::Recall { .. } => "recall",
        Measure::F1 {
            matching: SpanMatch::Exact,
            ..
        } => "f1-exact",
        Measure::F1 { .. } => "f1-overlap",
        Measure::LinksFound { .. } => "links",
        Measure::Notes { .. } => "notes",
        Measure::ByHand => "by-hand",
    }
}

/// The value of the dialog's scale choice.
pub fn scale_choice(s: &Scale) -> &'static str {
    match s {
        Scale::Points => "points",
        Scale::Percent => "percent",
        Scale::Letters(_) => "letters",
    }
}

fn number(s: &str) -> f64 {
    s.trim().replace(',', ".").parse().unwrap_or(f64::NAN)
}

fn default_bands() -> Vec<LetterBand> {
    [
        ("A", 90.0),
        ("B", 80.0),
        ("C", 70.0),
        ("D", 60.0),
        ("F", 0.0),
    ]
    .into_iter()
    .map(|(l, m)| LetterBand {
        letter: l.into(),
        min_percent: m,
    })
    .collect()
}

/// The draft after `edit`; `first_label` is the label a new measure of spans reads.
pub fn apply(draft: Option<Rubric>, edit: RubricEdit, first_label: &str) -> Option<Rubric> {
    let new_criterion = |n: usize| Criterion {
        name: t!("state-criterion-name", number = n),
        points: 1.0,
        measure: Measure::Recall {
            label: first_label.to_string(),
        },
    };
    if let RubricEdit::Start(on) = edit {
        return on.then(|| Rubric {
            criteria: vec![new_criterion(1)],
            scale: Scale::Points,
        });
    }
    let mut r = draft?;
    let n = r.criteria.len();
    match edit {
        RubricEdit::Start(_) => unreachable!("handled above"),
        RubricEdit::Add => r.criteria.push(new_criterion(n + 1)),
        RubricEdit::Remove(i) if i < n => {
            r.criteria.remove(i);
        }
        RubricEdit::Move(i, up) if i < n => {
            let j = if up {
                i.checked_sub(1)
            } else {
                Some(i + 1).filter(|&j| j < n)
            };
            if let Some(j) = j {
                r.criteria.swap(i, j);
            }
        }
        RubricEdit::Name(i, name) if i < n => r.criteria[i].name = name,
        RubricEdit::Points(i, p) if i < n => r.criteria[i].points = number(&p),
        RubricEdit::Measure(i, choice) if i < n => {
            let label = r.criteria[i]
                .measure
                .label()
                .unwrap_or(first_label)
                .to_string();
            let m = match choice.as_str() {
                "recall" => Measure::Recall { label },
                "f1-exact" => Measure::F1 {
                    label,
                    matching: SpanMatch::Exact,
                },
                "f1-overlap" => Measure::F1 {
                    label,
                    matching: SpanMatch::Overlap,
                },
                "links" => Measure::LinksFound { kind: None },
                "notes" => Measure::Notes { at_least: 3 },
                _ => Measure::ByHand,
            };
            r.criteria[i].measure = m;
        }
        RubricEdit::Label(i, l) if i < n => match &mut r.criteria[i].measure {
            Measure::Recall { label } | Measure::F1 { label, .. } => *label = l,
            _ => {}
        },
        RubricEdit::LinkKind(i, k) if i < n => {
            if let Measure::LinksFound { kind } = &mut r.criteria[i].measure {
                *kind = LinkKind::parse(&k);
            }
        }
        RubricEdit::AtLeast(i, v) if i < n => {
            if let Measure::Notes { at_least } = &mut r.criteria[i].measure {
                *at_least = v.trim().parse().unwrap_or(0);
            }
        }
        RubricEdit::Scale(s) => {
            r.scale = match s.as_str() {
                "percent" => Scale::Percent,
                "letters" => Scale::Letters(match r.scale {
                    Scale::Letters(b) => b,
                    _ => default_bands(),
                }),
                _ => Scale::Points,
            }
        }
        RubricEdit::AddBand => {
            if let Scale::Letters(b) = &mut r.scale {
                let at = b.len().saturating_sub(1);
                b.insert(
                    at,
                    LetterBand {
                        letter: String::new(),
                        min_percent: 50.0,
                    },
                );
            }
        }
        RubricEdit::RemoveBand(i) => {
            if let Scale::Letters(b) = &mut r.scale {
                if i < b.len() {
                    b.remove(i);
                }
            }
        }
        RubricEdit::BandLetter(i, l) => {
            if let Some(b) = band(&mut r.scale, i) {
                b.letter = l;
            }
        }
        RubricEdit::BandMin(i, m) => {
            if let Some(b) = band(&mut r.scale, i) {
                b.min_percent = number(&m);
            }
        }
        // An index past the end: a stale click; nothing changes.
        _ => {}
    }
    Some(r)
}

fn band(s: &mut Scale, i: usize) -> Option<&mut LetterBand> {
    match s {
        Scale::Letters(b) => b.get_mut(i),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn go(r: Option<Rubric>, e: RubricEdit) -> Option<Rubric> {
        apply(r, e, "claim")
    }

    #[test]
    fn criteria_are_added_renamed_moved_and_removed() {
        let r = go(None, RubricEdit::Start(true));
        let r = go(r, RubricEdit::Add);
        let r = go(r, RubricEdit::Name(1, "Hedges".into()));
        let r = go(r, RubricEdit::Points(1, "2,5".into()));
        let r = go(r, RubricEdit::Measure(1, "f1-overlap".into()));
        let r = go(r, RubricEdit::Label(1, "hedge".into()));
        let r = go(r, RubricEdit::Move(1, true)).unwrap();
        assert_eq!(r.criteria[0].name, "Hedges");
        assert_eq!(r.criteria[0].points, 2.5);
        assert_eq!(
            r.criteria[0].measure,
            Measure::F1 {
                label: "hedge".into(),
                matching: SpanMatch::Overlap
            }
        );
        assert_eq!(r.problem(), None);
        let same = go(Some(r.clone()), RubricEdit::Move(0, true)).unwrap();
        assert_eq!(same, r, "the first cannot go higher");
        let r = go(Some(r), RubricEdit::Remove(0)).unwrap();
        assert_eq!(r.criteria.len(), 1);
        assert_eq!(go(Some(r), RubricEdit::Start(false)), None);
    }

    #[test]
    fn what_is_typed_wrong_becomes_the_drafts_problem() {
        let r = go(None, RubricEdit::Start(true));
        let r = go(r, RubricEdit::Points(0, "lots".into())).unwrap();
        assert_eq!(
            r.problem().as_deref(),
            Some("the points of criterion 1 must be above 0")
        );
        let r = go(Some(r), RubricEdit::Points(0, "3".into()));
        let r = go(r, RubricEdit::Measure(0, "notes".into()));
        let r = go(r, RubricEdit::AtLeast(0, "none".into())).unwrap();
        assert_eq!(
            r.problem().as_deref(),
            Some("criterion 1 asks for notes on at least 0 spans; ask for 1 or more")
        );
    }

    #[test]
    fn a_letter_scale_starts_with_bands_the_teacher_changes() {
        let r = go(None, RubricEdit::Start(true));
        let r = go(r, RubricEdit::Scale("letters".into())).unwrap();
        assert_eq!(r.problem(), None);
        let r = go(Some(r), RubricEdit::BandMin(4, "10".into())).unwrap();
        assert_eq!(
            r.problem().as_deref(),
            Some("the last letter band (F) starts at 10 %; it must start at 0 %, so that every grade has a letter")
        );
        let r = go(Some(r), RubricEdit::BandMin(4, "0".into()));
        let r = go(r, RubricEdit::AddBand).unwrap();
        assert_eq!(r.problem().as_deref(), Some("letter band 5 has no letter"));
        let r = go(Some(r), RubricEdit::RemoveBand(4));
        let r = go(r, RubricEdit::Scale("percent".into())).unwrap();
        assert_eq!(r.scale, Scale::Percent);
    }
}
