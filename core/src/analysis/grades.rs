//! A student's grade on a rubric: each criterion's points computed from the student's file
//! against the key's, the total, the percent and the letter; and the teacher's overrides applied
//! on top, keeping which values were overridden and why.
//!
//! The API: [`grade_class`] (every student's final grade, overrides applied), [`grade`] (one
//! student before overrides), [`apply_overrides`] (one final grade), [`fraction`] (one
//! criterion's share before points). The rules, each a share from 0 to 1 of a criterion's points:
//!
//! - **recall** of a label: the key's spans of the label that some student span of the label
//!   overlaps (shares a code point with), over the key's spans of the label — the compare view's
//!   overlap recall ([`super::agreement::score`]). Undefined when the key has none.
//! - **F1** of a label, exact or overlap: the compare view's F1. Undefined when neither has a span
//!   of the label; 0 when only one has.
//! - **links found**: the key's links (of the criterion's kind, or all) inside the article; a key
//!   link `a → b` is found when the student has a link of the same kind `x → y` where `x` has
//!   `a`'s label and overlaps `a`, and `y` has `b`'s label and overlaps `b` (for the symmetric
//!   kinds, `same-claim` and `contradicts`, `y → x` counts too). Links into another article are
//!   not counted on either side. Undefined when the key has no such link.
//! - **notes on at least N spans**, proportional: the student's annotations whose note is not
//!   blank, `min(n, N) / N`.
//! - **by hand**: empty until the teacher gives it (an override).
//!
//! A criterion's points are `fraction × points` rounded to hundredths (halves away from zero);
//! an undefined fraction leaves the criterion empty, for the teacher to give. The total is the sum
//! of the criteria's points as shown (so the row adds up); the percent is `total / possible ×
//! 100` rounded to one decimal, and the letter is the band that rounded percent reaches. Percent
//! and letter are given only when every criterion has a value, so that an unfinished grade is
//! never shown as a low one.

use super::agreement::{score, spans_of, Match};
use crate::model::rubric::{points_text, round_points};
use crate::model::{Annotation, Document, GradeOverride, Link, Measure, Rubric, SpanMatch};

/// One criterion of a student's grade.
#[derive(Clone, Debug, PartialEq)]
pub struct CriterionGrade {
    /// The points computed from the files; `None` for a criterion given by hand or undefined.
    pub computed: Option<f64>,
    /// The points that count: the teacher's when overridden, else the computed ones.
    pub points: Option<f64>,
    /// Set when the teacher gave the value: why (empty for a by-hand value given without one).
    pub override_reason: Option<String>,
}

/// A student's grade on a rubric.
#[derive(Clone, Debug, PartialEq)]
pub struct Grade {
    /// The student's name as in the gradebook.
    pub student: String,
    /// In the rubric's order.
    pub criteria: Vec<CriterionGrade>,
    /// The sum of the criteria that have points.
    pub total: f64,
    /// The rubric's points possible.
    pub possible: f64,
    /// `None` until every criterion has points.
    pub percent: Option<f64>,
    /// The letter of a letter scale, once there is a percent.
    pub letter: Option<String>,
}

impl Grade {
    /// True when every criterion has points.
    pub fn is_complete(&self) -> bool {
        self.criteria.iter().all(|c| c.points.is_some())
    }

    /// The grade as the rubric's scale shows it: `7.5 / 10`, `75 %`, `B`; `None` until complete.
    pub fn shown(&self, rubric: &Rubric) -> Option<String> {
        use crate::model::Scale;
        let percent = self.percent?;
        Some(match &rubric.scale {
            Scale::Points => format!(
                "{} / {}",
                points_text(self.total),
                points_text(self.possible)
            ),
            Scale::Percent => format!("{percent:.1} %"),
            Scale::Letters(_) => self.letter.clone().unwrap_or_default(),
        })
    }
}

/// The share of a criterion's points the student earns, by the rules in the module's docs;
/// `None` when undefined or given by hand.
pub fn fraction(measure: &Measure, key: &Document, student: &Document) -> Option<f64> {
    match measure {
        Measure::Recall { label } => {
            score(&spans_of(key), &spans_of(student), label, Match::Overlap).recall
        }
        Measure::F1 { label, matching } => {
            let mode = match matching {
                SpanMatch::Exact => Match::Exact,
                SpanMatch::Overlap => Match::Overlap,
            };
            score(&spans_of(key), &spans_of(student), label, mode).f1
        }
        Measure::LinksFound { kind } => {
            let wanted = |l: &&Link| l.other.is_none() && kind.is_none_or(|k| l.kind == k);
            let key_links: Vec<&Link> = key.links().iter().filter(wanted).collect();
            if key_links.is_empty() {
                return None;
            }
            let found = key_links
                .iter()
                .filter(|l| link_found(key, l, student))
                .count();
            Some(found as f64 / key_links.len() as f64)
        }
        Measure::Notes { at_least } => {
            let n = student
                .annotations()
                .iter()
                .filter(|a| !a.note.trim().is_empty())
                .count();
            (*at_least > 0).then(|| n.min(*at_least) as f64 / *at_least as f64)
        }
        Measure::ByHand => None,
    }
}

/// True when the student has a link matching the key's `link` (see the module's docs).
fn link_found(key: &Document, link: &Link, student: &Document) -> bool {
    let (Some(a), Some(b)) = (key.annotation(&link.from), key.annotation(&link.to)) else {
        return false;
    };
    let meets = |x: Option<&Annotation>, k: &Annotation| {
        x.is_some_and(|x| x.label == k.label && x.span.overlaps(k.span))
    };
    student
        .links()
        .iter()
        .filter(|m| m.other.is_none() && m.kind == link.kind)
        .any(|m| {
            let (x, y) = (student.annotation(&m.from), student.annotation(&m.to));
            (meets(x, a) && meets(y, b)) || (link.kind.is_symmetric() && meets(y, a) && meets(x, b))
        })
}

/// The student's grade before any override. Refused when the two documents are not about the
/// same text (match the student's file to the article first, `formats::collect::fit`).
pub fn grade(
    rubric: &Rubric,
    key: &Document,
    student_name: &str,
    student: &Document,
) -> Result<Grade, String> {
    if key.text != student.text {
        return Err(format!(
            "The file of {student_name} is about another text than the key, so it cannot be graded against it. Match it to the article first."
        ));
    }
    let criteria = rubric
        .criteria
        .iter()
        .map(|c| {
            let computed = fraction(&c.measure, key, student).map(|f| round_points(f * c.points));
            CriterionGrade {
                computed,
                points: computed,
                override_reason: None,
            }
        })
        .collect();
    Ok(finish(rubric, student_name, criteria))
}

/// The total, percent and letter of a grade's criteria.
fn finish(rubric: &Rubric, student: &str, criteria: Vec<CriterionGrade>) -> Grade {
    let total = round_points(criteria.iter().filter_map(|c| c.points).sum());
    let possible = rubric.possible();
    let complete = criteria.iter().all(|c| c.points.is_some());
    let percent = (complete && possible > 0.0).then(|| (total / possible * 1000.0).round() / 10.0);
    let letter = percent.and_then(|p| rubric.scale.letter(p).map(str::to_string));
    Grade {
        student: student.to_string(),
        criteria,
        total,
        possible,
        percent,
        letter,
    }
}

/// The final grade: `grade` with the teacher's overrides for this student (matched by name)
/// in place of the computed values. Every override is checked first, and a bad one refuses the
/// whole set, saying which: a criterion the rubric lacks, points outside 0 to the criterion's
/// points or with more than two decimals, a computed value replaced without a reason, the same
/// criterion overridden twice.
pub fn apply_overrides(
    rubric: &Rubric,
    grade: &Grade,
    overrides: &[GradeOverride],
) -> Result<Grade, String> {
    let mut criteria = grade.criteria.clone();
    let mut seen = vec![false; criteria.len()];
    for o in overrides.iter().filter(|o| o.student == grade.student) {
        let n = o.criterion + 1;
        let what = format!("The value given for {}'s criterion {n}", o.student);
        let Some(c) = rubric.criteria.get(o.criterion) else {
            return Err(format!(
                "{what} cannot be kept: the rubric has {} criteria.",
                rubric.criteria.len()
            ));
        };
        if !o.points.is_finite() || o.points < 0.0 || o.points > c.points {
            return Err(format!(
                "{what} ({}) must be from 0 to {} points.",
                o.points,
                points_text(c.points)
            ));
        }
        if round_points(o.points) != o.points {
            return Err(format!("{what} ({}) has more than two decimals.", o.points));
        }
        if !c.measure.is_by_hand() && o.reason.trim().is_empty() {
            return Err(format!(
                "{what} replaces a computed value, so it needs a reason."
            ));
        }
        if std::mem::replace(&mut seen[o.criterion], true) {
            return Err(format!("{what} is given twice; keep one."));
        }
        criteria[o.criterion].points = Some(o.points);
        criteria[o.criterion].override_reason = Some(o.reason.trim().to_string());
    }
    Ok(finish(rubric, &grade.student, criteria))
}

/// Every student's final grade, and the overrides that name no student of the class.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassGrades {
    /// In the students' order.
    pub grades: Vec<Grade>,
    /// Overrides for names not among the students (a file removed from the class set, a name
    /// changed), kept for the teacher to see rather than dropped.
    pub unmatched: Vec<GradeOverride>,
}

/// [`grade`] then [`apply_overrides`] for each student, in order; the first student who cannot
/// be graded, or whose overrides do not fit the rubric, refuses the whole, saying who.
pub fn grade_class<'a>(
    rubric: &Rubric,
    key: &Document,
    students: impl IntoIterator<Item = (&'a str, &'a Document)>,
    overrides: &[GradeOverride],
) -> Result<ClassGrades, String> {
    let mut grades = Vec::new();
    for (name, doc) in students {
        grades.push(apply_overrides(
            rubric,
            &grade(rubric, key, name, doc)?,
            overrides,
        )?);
    }
    let unmatched = overrides
        .iter()
        .filter(|o| !grades.iter().any(|g| g.student == o.student))
        .cloned()
        .collect();
    Ok(ClassGrades { grades, unmatched })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Criterion, LetterBand, LinkKind, Scale, Span};

    /// "The mayor said the bridge is safe, but engineers warned it may fail."
    ///  0         1         2         3         4         5         6
    ///  0123456789012345678901234567890123456789012345678901234567890123456789
    const TEXT: &str = "The mayor said the bridge is safe, but engineers warned it may fail.";

    fn mark(d: &mut Document, id: &str, label: &str, start: usize, end: usize, note: &str) {
        let mut a = Annotation::new(id, label, Span::new(start, end).unwrap(), "t");
        a.note = note.into();
        d.insert(a).unwrap();
    }

    fn link(d: &mut Document, id: &str, from: &str, to: &str, kind: LinkKind) {
        d.insert_link(Link::new(id, from, to, kind)).unwrap();
    }

    /// The key: claims "the bridge is safe" [15, 33) and "it may fail" [56, 67); sources
    /// "The mayor" [0, 9) and "engineers" [39, 48); hedge "may" [59, 62). Links: claim 1 ←
    /// mayor, claim 2 ← engineers (supported-by), may → claim 2 (hedges).
    fn key() -> Document {
        let mut k = Document::new("Key", TEXT, None);
        mark(&mut k, "k1", "claim", 15, 33, "");
        mark(&mut k, "k2", "claim", 56, 67, "");
        mark(&mut k, "k3", "source", 0, 9, "");
        mark(&mut k, "k4", "source", 39, 48, "");
        mark(&mut k, "k5", "hedge", 59, 62, "");
        link(&mut k, "l1", "k1", "k3", LinkKind::SupportedBy);
        link(&mut k, "l2", "k2", "k4", LinkKind::SupportedBy);
        link(&mut k, "l3", "k5", "k2", LinkKind::Hedges);
        k
    }

    /// Ana: claim "bridge is safe" [19, 33) (overlaps k1), claim "engineers warned" [39, 55)
    /// (overlaps neither claim), source "mayor" [4, 9), hedge "may" [59, 62) exact, notes on
    /// two spans. Links: [19,33) ← mayor (found: l1), hedge → [39,55) (claim, but it does not
    /// overlap k2: not found).
    fn ana() -> Document {
        let mut d = Document::new("Ana", TEXT, None);
        mark(&mut d, "a1", "claim", 19, 33, "What the mayor says.");
        mark(&mut d, "a2", "claim", 39, 55, "  ");
        mark(&mut d, "a3", "source", 4, 9, "Named.");
        mark(&mut d, "a4", "hedge", 59, 62, "");
        link(&mut d, "l1", "a1", "a3", LinkKind::SupportedBy);
        link(&mut d, "l2", "a4", "a2", LinkKind::Hedges);
        d
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
                    "Finds the claims",
                    4.0,
                    Measure::Recall {
                        label: "claim".into(),
                    },
                ),
                criterion(
                    "Links claims to sources",
                    3.0,
                    Measure::LinksFound { kind: None },
                ),
                criterion(
                    "Hedges",
                    2.0,
                    Measure::F1 {
                        label: "hedge".into(),
                        matching: SpanMatch::Exact,
                    },
                ),
                criterion("Notes", 3.0, Measure::Notes { at_least: 3 }),
                criterion("Reading aloud", 2.0, Measure::ByHand),
            ],
            scale: Scale::Letters(vec![
                LetterBand {
                    letter: "A".into(),
                    min_percent: 90.0,
                },
                LetterBand {
                    letter: "B".into(),
                    min_percent: 75.0,
                },
                LetterBand {
                    letter: "C".into(),
                    min_percent: 50.0,
                },
                LetterBand {
                    letter: "F".into(),
                    min_percent: 0.0,
                },
            ]),
        }
    }

    fn points(g: &Grade) -> Vec<Option<f64>> {
        g.criteria.iter().map(|c| c.points).collect()
    }

    #[test]
    fn anas_grade_matches_the_hand_computed_table() {
        // | criterion               | rule                          | fraction | × points | points |
        // | Finds the claims        | key claims overlapped: k1     | 1/2      | × 4      | 2      |
        // | Links claims to sources | key links found: l1 of 3      | 1/3      | × 3      | 1      |
        // | Hedges                  | exact F1: P 1/1, R 1/1        | 1        | × 2      | 2      |
        // | Notes                   | 2 notes ("  " is blank) of 3  | 2/3      | × 3      | 2      |
        // | Reading aloud           | by hand                       | —        |          | —      |
        // total 7 of 14; no percent or letter until the hand criterion is given.
        let g = grade(&rubric(), &key(), "Ana", &ana()).unwrap();
        assert_eq!(
            points(&g),
            [Some(2.0), Some(1.0), Some(2.0), Some(2.0), None]
        );
        assert_eq!((g.total, g.possible), (7.0, 14.0));
        assert_eq!((g.percent, g.letter.as_deref()), (None, None));
        assert!(!g.is_complete());
        assert_eq!(g.shown(&rubric()), None);
    }

    #[test]
    fn overrides_complete_and_replace_values_and_are_kept_with_their_reasons() {
        // Reading aloud given 1.5; links raised from 1 to 2 "the second link is right, drawn
        // to the wrong span". Total 2 + 2 + 2 + 2 + 1.5 = 9.5 of 14 = 67.857… → 67.9 % → C.
        let r = rubric();
        let g = grade(&r, &key(), "Ana", &ana()).unwrap();
        let overrides = [
            GradeOverride {
                student: "Ana".into(),
                criterion: 4,
                points: 1.5,
                reason: String::new(),
            },
            GradeOverride {
                student: "Ana".into(),
                criterion: 1,
                points: 2.0,
                reason: "The second link is right, drawn to the wrong span.".into(),
            },
            GradeOverride {
                student: "Ben".into(),
                criterion: 0,
                points: 0.0,
                reason: "Not Ana's.".into(),
            },
        ];
        let f = apply_overrides(&r, &g, &overrides).unwrap();
        assert_eq!(
            points(&f),
            [Some(2.0), Some(2.0), Some(2.0), Some(2.0), Some(1.5)]
        );
        assert_eq!(
            f.criteria[1].computed,
            Some(1.0),
            "the computed value is kept"
        );
        assert_eq!(
            f.criteria[1].override_reason.as_deref(),
            Some("The second link is right, drawn to the wrong span.")
        );
        assert_eq!(f.criteria[0].override_reason, None);
        assert_eq!(
            (f.total, f.percent, f.letter.as_deref()),
            (9.5, Some(67.9), Some("C"))
        );
        assert_eq!(f.shown(&r).as_deref(), Some("C"));
        let as_points = Rubric {
            scale: Scale::Points,
            ..r.clone()
        };
        assert_eq!(f.shown(&as_points).as_deref(), Some("9.5 / 14"));
        let as_percent = Rubric {
            scale: Scale::Percent,
            ..r
        };
        assert_eq!(f.shown(&as_percent).as_deref(), Some("67.9 %"));
    }

    #[test]
    fn a_bad_override_is_refused_saying_which() {
        let r = rubric();
        let g = grade(&r, &key(), "Ana", &ana()).unwrap();
        let one = |criterion: usize, points: f64, reason: &str| {
            apply_overrides(
                &r,
                &g,
                &[GradeOverride {
                    student: "Ana".into(),
                    criterion,
                    points,
                    reason: reason.into(),
                }],
            )
            .unwrap_err()
        };
        assert_eq!(
            one(5, 1.0, "x"),
            "The value given for Ana's criterion 6 cannot be kept: the rubric has 5 criteria."
        );
        assert_eq!(
            one(0, 4.5, "x"),
            "The value given for Ana's criterion 1 (4.5) must be from 0 to 4 points."
        );
        assert_eq!(
            one(0, -1.0, "x"),
            "The value given for Ana's criterion 1 (-1) must be from 0 to 4 points."
        );
        assert_eq!(
            one(0, 1.005, "x"),
            "The value given for Ana's criterion 1 (1.005) has more than two decimals."
        );
        assert_eq!(
            one(0, 3.0, " "),
            "The value given for Ana's criterion 1 replaces a computed value, so it needs a reason."
        );
        let twice = GradeOverride {
            student: "Ana".into(),
            criterion: 4,
            points: 1.0,
            reason: String::new(),
        };
        assert_eq!(
            apply_overrides(&r, &g, &[twice.clone(), twice]).unwrap_err(),
            "The value given for Ana's criterion 5 is given twice; keep one."
        );
    }

    #[test]
    fn undefined_measures_leave_the_criterion_for_the_teacher() {
        // A key with no hedge and no links: recall of hedges and links found are undefined;
        // F1 of hedges is 0 when only the student marked one (complete disagreement).
        let mut k = Document::new("Key", TEXT, None);
        mark(&mut k, "k1", "claim", 15, 33, "");
        let r = Rubric {
            criteria: vec![
                criterion(
                    "Hedge recall",
                    1.0,
                    Measure::Recall {
                        label: "hedge".into(),
                    },
                ),
                criterion("Links", 1.0, Measure::LinksFound { kind: None }),
                criterion(
                    "Hedge F1",
                    1.0,
                    Measure::F1 {
                        label: "hedge".into(),
                        matching: SpanMatch::Overlap,
                    },
                ),
            ],
            scale: Scale::Percent,
        };
        let g = grade(&r, &k, "Ana", &ana()).unwrap();
        assert_eq!(points(&g), [None, None, Some(0.0)]);
    }

    #[test]
    fn links_must_join_the_same_labels_of_the_same_kind_and_symmetric_kinds_go_either_way() {
        let mut k = Document::new("Key", TEXT, None);
        mark(&mut k, "k1", "claim", 15, 33, "");
        mark(&mut k, "k2", "claim", 56, 67, "");
        mark(&mut k, "k3", "source", 0, 9, "");
        link(&mut k, "l1", "k1", "k2", LinkKind::Contradicts);
        link(&mut k, "l2", "k1", "k3", LinkKind::SupportedBy);
        let mut s = Document::new("S", TEXT, None);
        mark(&mut s, "s1", "claim", 20, 26, "");
        mark(&mut s, "s2", "claim", 60, 67, "");
        mark(&mut s, "s3", "hedge", 0, 9, "");
        // Contradicts drawn the other way round: found. Supported-by to a hedge over "The
        // mayor": the label differs, not found. 1 of 2.
        link(&mut s, "l1", "s2", "s1", LinkKind::Contradicts);
        link(&mut s, "l2", "s1", "s3", LinkKind::SupportedBy);
        let all = Measure::LinksFound { kind: None };
        assert_eq!(fraction(&all, &k, &s), Some(0.5));
        let supported = Measure::LinksFound {
            kind: Some(LinkKind::SupportedBy),
        };
        assert_eq!(fraction(&supported, &k, &s), Some(0.0));
        let contradicts = Measure::LinksFound {
            kind: Some(LinkKind::Contradicts),
        };
        assert_eq!(fraction(&contradicts, &k, &s), Some(1.0));
        // Drawn the other way round, an asymmetric kind is another link.
        let mut t = s.clone();
        t.remove_link("l2");
        mark(&mut t, "s4", "source", 4, 9, "");
        link(&mut t, "l3", "s4", "s1", LinkKind::SupportedBy);
        assert_eq!(fraction(&supported, &k, &t), Some(0.0));
    }

    #[test]
    fn fractions_round_to_hundredths_and_the_percent_to_a_tenth() {
        // Recall 1/3 of 10 points = 3.333… → 3.33; 2/3 → 6.67. 3.33 of 10 = 33.3 %.
        let mut k = Document::new("Key", TEXT, None);
        mark(&mut k, "k1", "claim", 0, 9, "");
        mark(&mut k, "k2", "claim", 15, 33, "");
        mark(&mut k, "k3", "claim", 56, 67, "");
        let mut s = Document::new("S", TEXT, None);
        mark(&mut s, "s1", "claim", 4, 9, "");
        let r = Rubric {
            criteria: vec![criterion(
                "Claims",
                10.0,
                Measure::Recall {
                    label: "claim".into(),
                },
            )],
            scale: Scale::Percent,
        };
        let g = grade(&r, &k, "S", &s).unwrap();
        assert_eq!((g.total, g.percent), (3.33, Some(33.3)));
        mark(&mut s, "s2", "claim", 20, 25, "");
        let g = grade(&r, &k, "S", &s).unwrap();
        assert_eq!((g.total, g.percent), (6.67, Some(66.7)));
    }

    #[test]
    fn a_class_is_graded_in_order_and_overrides_for_no_one_are_kept_aside() {
        let mut ben = ana();
        ben.remove_link("l1");
        let for_zed = GradeOverride {
            student: "Zed".into(),
            criterion: 4,
            points: 2.0,
            reason: String::new(),
        };
        let for_ben = GradeOverride {
            student: "Ben".into(),
            criterion: 4,
            points: 2.0,
            reason: String::new(),
        };
        let k = key();
        let (a, b) = (ana(), ben);
        let class = grade_class(
            &rubric(),
            &k,
            [("Ana", &a), ("Ben", &b)],
            &[for_zed.clone(), for_ben],
        )
        .unwrap();
        // Ben is Ana without the link to the mayor: links 0 of 3, so 2 + 0 + 2 + 2 + 2 = 8.
        let totals: Vec<(&str, f64)> = class
            .grades
            .iter()
            .map(|g| (g.student.as_str(), g.total))
            .collect();
        assert_eq!(totals, [("Ana", 7.0), ("Ben", 8.0)]);
        assert_eq!(class.unmatched, [for_zed]);
        let other = Document::new("S", "Another text.", None);
        let err = grade_class(&rubric(), &k, [("Ana", &a), ("Cy", &other)], &[]).unwrap_err();
        assert!(
            err.starts_with("The file of Cy is about another text"),
            "{err}"
        );
    }

    #[test]
    fn a_file_about_another_text_is_not_graded() {
        let other = Document::new("S", "Another text.", None);
        assert_eq!(
            grade(&rubric(), &key(), "Ana", &other).unwrap_err(),
            "The file of Ana is about another text than the key, so it cannot be graded against it. Match it to the article first."
        );
    }
}
