//! A teacher's rubric: the criteria an assignment is graded on (each worth some points, computed
//! from the files or given by hand) and the scale the grade is shown on, with the checks that
//! refuse a rubric that cannot be used, each naming the criterion or band at fault. The grades
//! themselves are computed in `analysis::grades`; the rubric travels in the assignment
//! (`formats::native_classroom`).

use std::collections::HashMap;

use crate::model::names::group_digits;
use crate::model::{Label, LinkKind};

/// Most criteria in a rubric: a rubric longer than a screen is no longer read by students, and
/// every criterion lengthens the assignment link.
pub const MAX_CRITERIA: usize = 20;
/// Longest criterion name, in code points.
pub const MAX_NAME_CHARS: usize = 120;
/// Most points one criterion may be worth.
pub const MAX_POINTS: f64 = 1_000.0;
/// Most spans a "notes on at least N spans" criterion may ask for.
pub const MAX_NOTES: usize = 1_000;
/// Most bands in a letter scale.
pub const MAX_BANDS: usize = 15;
/// Longest letter of a band ("A+", "Pass", "Merit"), in code points.
pub const MAX_LETTER_CHARS: usize = 12;

/// How a student's span must meet a key span to count, as in the compare view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpanMatch {
    /// The same start and end.
    Exact,
    /// At least one shared code point.
    Overlap,
}

/// How a criterion is measured. Every computed measure is a fraction from 0 to 1 of the
/// criterion's points, computed in `analysis::grades` (where each rule is spelt out).
#[derive(Clone, Debug, PartialEq)]
pub enum Measure {
    /// Share of the key's spans of `label` that a student's span of the same label overlaps.
    Recall { label: String },
    /// F1 of the student's spans of `label` against the key's, matched as `matching` says.
    F1 { label: String, matching: SpanMatch },
    /// Share of the key's links (of `kind`, or of every kind when `None`) that the student also
    /// made: a key link is found when the student has a link of the same kind whose ends carry
    /// the same labels as the key link's ends and overlap them.
    LinksFound { kind: Option<LinkKind> },
    /// Notes on at least `at_least` spans, with proportional credit: notes on `n` spans earn
    /// `min(n, at_least) / at_least` of the points.
    Notes { at_least: usize },
    /// Given by the teacher; empty until given.
    ByHand,
}

impl Measure {
    /// The label the measure reads, if any.
    pub fn label(&self) -> Option<&str> {
        match self {
            Measure::Recall { label } | Measure::F1 { label, .. } => Some(label),
            _ => None,
        }
    }

    /// True when the teacher gives the value.
    pub fn is_by_hand(&self) -> bool {
        matches!(self, Measure::ByHand)
    }
}

/// One line of the rubric.
#[derive(Clone, Debug, PartialEq)]
pub struct Criterion {
    /// As the students and the gradebook see it ("Finds the claims").
    pub name: String,
    /// Points possible, above 0 and at most [`MAX_POINTS`]; may have decimals.
    pub points: f64,
    pub measure: Measure,
}

/// A letter and the lowest percent that earns it.
#[derive(Clone, Debug, PartialEq)]
pub struct LetterBand {
    pub letter: String,
    /// From 0 to 100; a percent at or above it (and below the band above) earns the letter.
    pub min_percent: f64,
}

/// What the grade is shown as.
#[derive(Clone, Debug, PartialEq)]
pub enum Scale {
    /// Points out of the rubric's total.
    Points,
    /// A percent of the total.
    Percent,
    /// Letters from bands the teacher sets, highest first, the last starting at 0 %.
    Letters(Vec<LetterBand>),
}

impl Scale {
    /// The letter a percent earns: the first band (highest first) whose minimum it reaches.
    /// `None` for a scale without letters.
    pub fn letter(&self, percent: f64) -> Option<&str> {
        match self {
            Scale::Letters(bands) => bands
                .iter()
                .find(|b| percent >= b.min_percent)
                .map(|b| b.letter.as_str()),
            _ => None,
        }
    }
}

/// The criteria an assignment is graded on, and the scale of its grade.
#[derive(Clone, Debug, PartialEq)]
pub struct Rubric {
    pub criteria: Vec<Criterion>,
    pub scale: Scale,
}

impl Rubric {
    /// The total points possible.
    pub fn possible(&self) -> f64 {
        round_points(self.criteria.iter().map(|c| c.points).sum())
    }

    /// Why this rubric cannot be used, as a phrase ("criterion 2 has no name"); criteria and
    /// bands are counted from 1. Labels are checked against the document by
    /// [`Rubric::label_problem`].
    pub fn problem(&self) -> Option<String> {
        if self.criteria.is_empty() {
            return Some("it has no criteria".into());
        }
        if self.criteria.len() > MAX_CRITERIA {
            return Some(format!(
                "it has {} criteria; at most {MAX_CRITERIA} are allowed",
                self.criteria.len()
            ));
        }
        let mut named: HashMap<String, usize> = HashMap::new();
        for (i, c) in self.criteria.iter().enumerate() {
            let n = i + 1;
            let name = c.name.trim();
            if name.is_empty() {
                return Some(format!("criterion {n} has no name"));
            }
            let len = c.name.chars().count();
            if len > MAX_NAME_CHARS {
                return Some(format!(
                    "the name of criterion {n} is {} characters long; at most {MAX_NAME_CHARS} are allowed",
                    group_digits(len)
                ));
            }
            if let Some(first) = named.insert(name.to_lowercase(), n) {
                return Some(format!(
                    "criteria {first} and {n} are both named \"{name}\"; give each its own name"
                ));
            }
            if !c.points.is_finite() || c.points <= 0.0 {
                return Some(format!("the points of criterion {n} must be above 0"));
            }
            if c.points > MAX_POINTS {
                return Some(format!(
                    "the points of criterion {n} must be at most {}",
                    group_digits(MAX_POINTS as usize)
                ));
            }
            if round_points(c.points) != c.points {
                return Some(format!(
                    "the points of criterion {n} have more than two decimals"
                ));
            }
            match &c.measure {
                Measure::Recall { label } | Measure::F1 { label, .. } if label.is_empty() => {
                    return Some(format!("criterion {n} measures no label; choose one"));
                }
                Measure::Notes { at_least: 0 } => {
                    return Some(format!(
                        "criterion {n} asks for notes on at least 0 spans; ask for 1 or more"
                    ));
                }
                Measure::Notes { at_least } if *at_least > MAX_NOTES => {
                    return Some(format!(
                        "criterion {n} asks for notes on at least {} spans; at most {} can be asked for",
                        group_digits(*at_least),
                        group_digits(MAX_NOTES)
                    ));
                }
                _ => {}
            }
        }
        match &self.scale {
            Scale::Letters(bands) => bands_problem(bands),
            _ => None,
        }
    }

    /// The first criterion reading a label that `labels` does not define, as a phrase.
    pub fn label_problem(&self, labels: &[Label]) -> Option<String> {
        self.criteria.iter().enumerate().find_map(|(i, c)| {
            let label = c.measure.label()?;
            (!labels.iter().any(|l| l.id == label)).then(|| {
                format!(
                    "criterion {} measures the label \"{label}\", which the file does not define",
                    i + 1
                )
            })
        })
    }
}

fn bands_problem(bands: &[LetterBand]) -> Option<String> {
    if bands.is_empty() {
        return Some("its letter scale has no letters".into());
    }
    if bands.len() > MAX_BANDS {
        return Some(format!(
            "its letter scale has {} letters; at most {MAX_BANDS} are allowed",
            bands.len()
        ));
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, b) in bands.iter().enumerate() {
        let n = i + 1;
        let letter = b.letter.trim();
        if letter.is_empty() {
            return Some(format!("letter band {n} has no letter"));
        }
        if b.letter.chars().count() > MAX_LETTER_CHARS {
            return Some(format!(
                "the letter of band {n} is longer than {MAX_LETTER_CHARS} characters"
            ));
        }
        if let Some(first) = seen.insert(letter, n) {
            return Some(format!(
                "the letter \"{letter}\" is given to bands {first} and {n}"
            ));
        }
        if !(0.0..=100.0).contains(&b.min_percent) {
            return Some(format!(
                "letter band {n} ({letter}) starts at {} %; a band starts between 0 and 100 %",
                b.min_percent
            ));
        }
        if i > 0 && b.min_percent >= bands[i - 1].min_percent {
            let above = &bands[i - 1];
            return Some(format!(
                "letter bands go from the highest down: band {n} ({letter}, from {} %) must start below band {} ({}, from {} %)",
                b.min_percent,
                i,
                above.letter.trim(),
                above.min_percent
            ));
        }
    }
    let last = bands.last().expect("not empty");
    (last.min_percent != 0.0).then(|| {
        format!(
            "the last letter band ({}) starts at {} %; it must start at 0 %, so that every grade has a letter",
            last.letter.trim(),
            last.min_percent
        )
    })
}

/// Points rounded to hundredths, halves away from zero: how every computed value and total is
/// kept, so that a table's cells add up to its total.
pub fn round_points(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Points as a person writes them: `4`, `2.5`, `6.67` (no trailing zeros, a point for decimals).
pub fn points_text(x: f64) -> String {
    let s = format!("{:.2}", round_points(x));
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// A teacher's value for one criterion of one student's grade, in place of the computed one (or
/// the value of a criterion given by hand), with why.
#[derive(Clone, Debug, PartialEq)]
pub struct GradeOverride {
    /// The student's name as in the gradebook.
    pub student: String,
    /// The criterion's index in the rubric, from 0.
    pub criterion: usize,
    /// From 0 to the criterion's points, at most two decimals.
    pub points: f64,
    /// Why; required when a computed value is replaced.
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn criterion(name: &str, points: f64, measure: Measure) -> Criterion {
        Criterion {
            name: name.into(),
            points,
            measure,
        }
    }

    fn rubric(criteria: Vec<Criterion>, scale: Scale) -> Rubric {
        Rubric { criteria, scale }
    }

    fn band(letter: &str, min_percent: f64) -> LetterBand {
        LetterBand {
            letter: letter.into(),
            min_percent,
        }
    }

    fn claims() -> Criterion {
        criterion(
            "Finds the claims",
            4.0,
            Measure::Recall {
                label: "claim".into(),
            },
        )
    }

    #[test]
    fn a_sound_rubric_has_no_problem_and_sums_its_points() {
        let r = rubric(
            vec![
                claims(),
                criterion("Links", 3.5, Measure::LinksFound { kind: None }),
                criterion("Reading", 2.5, Measure::ByHand),
            ],
            Scale::Letters(vec![band("A", 90.0), band("B", 80.0), band("F", 0.0)]),
        );
        assert_eq!(r.problem(), None);
        assert_eq!(r.possible(), 10.0);
    }

    #[test]
    fn each_broken_criterion_is_named_by_its_number() {
        let cases: Vec<(Vec<Criterion>, &str)> = vec![
            (vec![], "it has no criteria"),
            (
                vec![claims(), criterion("  ", 1.0, Measure::ByHand)],
                "criterion 2 has no name",
            ),
            (
                vec![
                    claims(),
                    criterion("B", 1.0, Measure::ByHand),
                    criterion("C", 0.0, Measure::ByHand),
                ],
                "the points of criterion 3 must be above 0",
            ),
            (
                vec![criterion("A", f64::NAN, Measure::ByHand)],
                "the points of criterion 1 must be above 0",
            ),
            (
                vec![criterion("A", 1_000.5, Measure::ByHand)],
                "the points of criterion 1 must be at most 1,000",
            ),
            (
                vec![criterion("A", 1.125, Measure::ByHand)],
                "the points of criterion 1 have more than two decimals",
            ),
            (
                vec![claims(), criterion("finds the claims ", 1.0, Measure::ByHand)],
                "criteria 1 and 2 are both named \"finds the claims\"; give each its own name",
            ),
            (
                vec![criterion(
                    "A",
                    1.0,
                    Measure::F1 {
                        label: String::new(),
                        matching: SpanMatch::Exact,
                    },
                )],
                "criterion 1 measures no label; choose one",
            ),
            (
                vec![criterion("A", 1.0, Measure::Notes { at_least: 0 })],
                "criterion 1 asks for notes on at least 0 spans; ask for 1 or more",
            ),
            (
                vec![criterion("A", 1.0, Measure::Notes { at_least: 1_001 })],
                "criterion 1 asks for notes on at least 1,001 spans; at most 1,000 can be asked for",
            ),
            (
                vec![criterion(&"x".repeat(121), 1.0, Measure::ByHand)],
                "the name of criterion 1 is 121 characters long; at most 120 are allowed",
            ),
        ];
        for (criteria, expected) in cases {
            assert_eq!(
                rubric(criteria, Scale::Points).problem().as_deref(),
                Some(expected)
            );
        }
        let many = (0..21)
            .map(|i| criterion(&format!("C{i}"), 1.0, Measure::ByHand))
            .collect();
        assert_eq!(
            rubric(many, Scale::Percent).problem().as_deref(),
            Some("it has 21 criteria; at most 20 are allowed")
        );
    }

    #[test]
    fn letter_bands_must_go_down_be_unique_and_end_at_zero() {
        let check =
            |bands: Vec<LetterBand>| rubric(vec![claims()], Scale::Letters(bands)).problem();
        assert_eq!(
            check(vec![]).as_deref(),
            Some("its letter scale has no letters")
        );
        assert_eq!(
            check(vec![band("A", 90.0), band("B", 90.0), band("F", 0.0)]).as_deref(),
            Some("letter bands go from the highest down: band 2 (B, from 90 %) must start below band 1 (A, from 90 %)")
        );
        assert_eq!(
            check(vec![band("A", 80.0), band("B", 90.0), band("F", 0.0)]).as_deref(),
            Some("letter bands go from the highest down: band 2 (B, from 90 %) must start below band 1 (A, from 80 %)")
        );
        assert_eq!(
            check(vec![band("A", 90.0), band("A", 50.0), band("F", 0.0)]).as_deref(),
            Some("the letter \"A\" is given to bands 1 and 2")
        );
        assert_eq!(
            check(vec![band("A", 101.0), band("F", 0.0)]).as_deref(),
            Some("letter band 1 (A) starts at 101 %; a band starts between 0 and 100 %")
        );
        assert_eq!(
            check(vec![band("A", 90.0), band("", 0.0)]).as_deref(),
            Some("letter band 2 has no letter")
        );
        assert_eq!(
            check(vec![band("A", 90.0), band("B", 80.0)]).as_deref(),
            Some("the last letter band (B) starts at 80 %; it must start at 0 %, so that every grade has a letter")
        );
        assert_eq!(check(vec![band("Pass", 50.0), band("Fail", 0.0)]), None);
    }

    #[test]
    fn a_percent_gets_the_first_band_it_reaches() {
        let scale = Scale::Letters(vec![band("A", 90.0), band("B", 80.0), band("F", 0.0)]);
        assert_eq!(scale.letter(100.0), Some("A"));
        assert_eq!(scale.letter(90.0), Some("A"));
        assert_eq!(scale.letter(89.9), Some("B"));
        assert_eq!(scale.letter(0.0), Some("F"));
        assert_eq!(Scale::Percent.letter(95.0), None);
    }

    #[test]
    fn labels_the_document_lacks_are_named() {
        let r = rubric(
            vec![
                claims(),
                criterion(
                    "Hedges",
                    2.0,
                    Measure::F1 {
                        label: "hedge".into(),
                        matching: SpanMatch::Overlap,
                    },
                ),
            ],
            Scale::Points,
        );
        let labels = [Label::new("claim", "Claim", "#c2410c", "c")];
        assert_eq!(
            r.label_problem(&labels).as_deref(),
            Some("criterion 2 measures the label \"hedge\", which the file does not define")
        );
        assert_eq!(r.label_problem(&crate::model::default_labels()), None);
    }

    #[test]
    fn points_are_rounded_to_hundredths_and_written_plainly() {
        assert_eq!(round_points(4.0 * 2.0 / 3.0), 2.67);
        assert_eq!(round_points(0.125 * 10.0), 1.25);
        assert_eq!(points_text(4.0), "4");
        assert_eq!(points_text(2.5), "2.5");
        assert_eq!(points_text(20.0 / 3.0), "6.67");
        assert_eq!(points_text(0.0), "0");
        assert_eq!(points_text(1000.0), "1000");
    }
}
