//! The compare view's gradebook, as state: the rubric the article's assignment carries, every
//! student's grade computed by the core (`analysis::grades::grade_class`) with the teacher's
//! overrides, and the teacher's changes (an override with its reason, a revert, an LMS identifier,
//! a pasted roster), each checked before it changes anything.

use std::rc::Rc;

use close_reader_core::analysis::grades::{apply_overrides, grade, grade_class, ClassGrades};
use close_reader_core::model::classroom::Assignment;
use close_reader_core::model::{GradeOverride, Rubric};
use close_reader_core::Document;

use super::compare::{Compare, Entry};
use crate::i18n::{reasons, t};

/// A change the teacher makes to the grades or the identifiers.
#[derive(Clone, Debug, PartialEq)]
pub enum GradeEdit {
    /// A value in place of the computed one (or the value of a criterion given by hand).
    Override(GradeOverride),
    /// Back to the computed value: (student, criterion).
    Revert(String, usize),
    /// The student's identifier in the LMS (empty removes it).
    Identifier(String, String),
    /// "name, identifier" per line.
    Roster(String),
    /// The identifier column a system's export fills: (system, kind).
    IdColumn(String, String),
}

impl Compare {
    /// The rubric the article's assignment carries, if any.
    pub fn rubric(&self) -> Option<&Rubric> {
        self.article.assignment.as_ref()?.rubric.as_ref()
    }

    /// (name, file) of each student, as graded.
    pub fn graded_students(&self) -> Vec<(&str, &Document)> {
        self.students()
            .into_iter()
            .map(|i| (self.entries[i].name.as_str(), &*self.entries[i].doc))
            .collect()
    }

    /// Every student's grade against the key with the overrides applied; `None` without a key or a
    /// rubric; the core's message when they cannot be computed.
    pub fn grades(&self) -> Option<Result<ClassGrades, String>> {
        let rubric = self.rubric()?;
        let key = &self.entries[self.key?].doc;
        Some(grade_class(
            rubric,
            key,
            self.graded_students(),
            &self.overrides,
        ))
    }

    /// Why this override cannot be kept (the core's message), or `None` when it can.
    pub fn override_problem(&self, o: &GradeOverride) -> Option<String> {
        let rubric = self.rubric()?;
        let Some(key) = self.key.map(|k| &self.entries[k].doc) else {
            return Some(t!("state-grades-need-key"));
        };
        let Some((name, doc)) = self
            .graded_students()
            .into_iter()
            .find(|(n, _)| *n == o.student)
        else {
            return Some(t!("state-not-a-student", name = &o.student));
        };
        let others: Vec<GradeOverride> = self
            .overrides
            .iter()
            .filter(|x| !(x.student == o.student && x.criterion == o.criterion))
            .cloned()
            .chain([o.clone()])
            .collect();
        let computed = match grade(rubric, key, name, doc) {
            Ok(g) => g,
            Err(e) => return Some(e),
        };
        apply_overrides(rubric, &computed, &others).err()
    }

    /// Applies the teacher's change; false (and nothing changed) when it cannot be kept.
    pub fn apply_grade_edit(&mut self, edit: GradeEdit) -> bool {
        match edit {
            GradeEdit::Override(o) => {
                if self.override_problem(&o).is_some() || self.rubric().is_none() {
                    return false;
                }
                let o = GradeOverride {
                    reason: o.reason.trim().to_string(),
                    ..o
                };
                match self
                    .overrides
                    .iter_mut()
                    .find(|x| x.student == o.student && x.criterion == o.criterion)
                {
                    Some(x) if *x == o => return false,
                    Some(x) => *x = o,
                    None => self.overrides.push(o),
                }
                true
            }
            GradeEdit::Revert(student, criterion) => {
                let before = self.overrides.len();
                self.overrides
                    .retain(|x| !(x.student == student && x.criterion == criterion));
                self.overrides.len() != before
            }
            GradeEdit::Identifier(student, id) => {
                let id = id.trim().to_string();
                let before = self.identifiers.get(&student).cloned();
                if id.is_empty() {
                    self.identifiers.remove(&student);
                } else {
                    self.identifiers.insert(student.clone(), id);
                }
                before != self.identifiers.get(&student).cloned()
            }
            GradeEdit::IdColumn(system, kind) => {
                self.id_columns.insert(system, kind.clone()) != Some(kind)
            }
            GradeEdit::Roster(text) => {
                let (pairs, _) = parse_roster(&text);
                let before = self.identifiers.clone();
                self.identifiers.extend(pairs);
                before != self.identifiers
            }
        }
    }

    /// The comparison over the article as stored now (its assignment and rubric changed since,
    /// say), keeping its files: the article's own annotations follow it.
    pub fn with_article(&self, article: Document) -> Compare {
        let old = self.article.clone();
        let article = Rc::new(article);
        let mut c = self.clone();
        c.article = article.clone();
        for e in c.entries.iter_mut() {
            if Rc::ptr_eq(&e.doc, &old) {
                *e = Rc::new(Entry {
                    name: e.name.clone(),
                    file: e.file.clone(),
                    doc: article.clone(),
                    spans: e.spans.clone(),
                    reanchored: e.reanchored,
                    unplaced: e.unplaced.clone(),
                    native: e.native.clone(),
                });
            }
        }
        c
    }
}

/// "name, identifier" per line (a comma, tab or semicolon between them): the pairs read, and each
/// line that could not be read, with its number (from 1) and why.
pub fn parse_roster(text: &str) -> (Vec<(String, String)>, Vec<String>) {
    let mut pairs = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let split = line
            .rfind(['\t', ',', ';'])
            .map(|at| (line[..at].trim(), line[at + 1..].trim()));
        match split {
            Some((name, id)) if !name.is_empty() && !id.is_empty() => {
                pairs.push((name.to_string(), id.to_string()))
            }
            _ => problems.push(t!("state-roster-bad-line", number = i + 1, line = line)),
        }
    }
    (pairs, problems)
}

/// How a criterion is measured, in words a student reads.
pub fn measure_words(
    m: &close_reader_core::model::Measure,
    label_name: &dyn Fn(&str) -> String,
) -> String {
    use close_reader_core::model::{Measure, SpanMatch};
    match m {
        Measure::Recall { label } => t!("state-measure-recall-words", label = label_name(label)),
        Measure::F1 {
            label,
            matching: SpanMatch::Exact,
        } => t!("state-measure-f1-exact-words", label = label_name(label)),
        Measure::F1 {
            label,
            matching: SpanMatch::Overlap,
        } => t!("state-measure-f1-overlap-words", label = label_name(label)),
        Measure::LinksFound { kind: None } => t!("state-measure-links-words"),
        Measure::LinksFound { kind: Some(k) } => {
            t!("state-measure-links-kind-words", kind = k.as_str())
        }
        Measure::Notes { at_least } => t!("state-measure-notes-words", count = *at_least),
        Measure::ByHand => t!("state-measure-by-hand-words"),
    }
}

/// The rubric's total in words ("10 points"): the points as the core rounds them.
pub fn possible_words(r: &Rubric) -> String {
    let points = close_reader_core::model::rubric::points_text(r.possible());
    t!("state-points", count = points.parse::<f64>().unwrap_or(0.0))
}

/// The assignment with `rubric`, or why the rubric cannot be saved (nothing saved then).
pub fn with_rubric(
    a: &Assignment,
    rubric: Option<Rubric>,
    labels: &[close_reader_core::model::Label],
) -> Result<Assignment, String> {
    if let Some(r) = &rubric {
        if let Some(p) = r.problem().or_else(|| r.label_problem(labels)) {
            return Err(t!("state-rubric-not-saved", problem = reasons::rubric(&p)));
        }
    }
    Ok(Assignment {
        rubric,
        ..a.clone()
    })
}

#[cfg(test)]
mod tests {
    use close_reader_core::formats::collect::Fit;
    use close_reader_core::model::{Criterion, Measure, Scale};
    use close_reader_core::{Annotation, Span};

    use super::*;

    const TEXT: &str = "The mayor said the bridge will close.";

    fn file(name: &str, spans: &[(usize, usize)]) -> Document {
        let mut d = Document::new("Bridge", TEXT, None);
        d.annotator = Some(name.into());
        for (i, (s, e)) in spans.iter().enumerate() {
            let a = Annotation::new(&format!("a{i}"), "claim", Span::new(*s, *e).unwrap(), "t");
            d.insert(a).unwrap();
        }
        d
    }

    fn rubric() -> Rubric {
        Rubric {
            criteria: vec![
                Criterion {
                    name: "Claims".into(),
                    points: 4.0,
                    measure: Measure::Recall {
                        label: "claim".into(),
                    },
                },
                Criterion {
                    name: "Discussion".into(),
                    points: 2.0,
                    measure: Measure::ByHand,
                },
            ],
            scale: Scale::Percent,
        }
    }

    /// A comparison whose article carries the rubric, keyed by the teacher, with Ana and Ben.
    fn compare() -> Compare {
        let mut article = file("Teacher", &[(15, 36), (4, 9)]);
        article.assignment = Some(Assignment {
            rubric: Some(rubric()),
            ..Assignment::default()
        });
        let mut c = Compare::new("d", article);
        c.add("ana.json", Fit::Same(file("Ana", &[(15, 36)])));
        c.add("ben.json", Fit::Same(file("Ben", &[(19, 25)])));
        c
    }

    fn over(student: &str, criterion: usize, points: f64, reason: &str) -> GradeOverride {
        GradeOverride {
            student: student.into(),
            criterion,
            points,
            reason: reason.into(),
        }
    }

    #[test]
    fn grades_are_the_cores_for_the_same_files() {
        let c = compare();
        let ours = c.grades().unwrap().unwrap();
        let docs = [file("Ana", &[(15, 36)]), file("Ben", &[(19, 25)])];
        let core = grade_class(
            &rubric(),
            &c.entries[0].doc,
            [("Ana", &docs[0]), ("Ben", &docs[1])],
            &[],
        )
        .unwrap();
        assert_eq!(ours, core);
        assert_eq!(ours.grades[0].criteria[0].points, Some(2.0));
    }

    #[test]
    fn an_override_needs_a_reason_and_fits_the_criterion_else_nothing_changes() {
        let mut c = compare();
        let before = c.clone();
        assert!(!c.apply_grade_edit(GradeEdit::Override(over("Ana", 0, 3.0, " "))));
        assert_eq!(
            c.override_problem(&over("Ana", 0, 3.0, "")).as_deref(),
            Some("The value given for Ana's criterion 1 replaces a computed value, so it needs a reason.")
        );
        assert!(!c.apply_grade_edit(GradeEdit::Override(over("Ana", 0, 5.0, "x"))));
        assert!(!c.apply_grade_edit(GradeEdit::Override(over("Zoe", 0, 1.0, "x"))));
        assert_eq!(c, before);
        assert!(c.apply_grade_edit(GradeEdit::Override(over("Ana", 0, 3.0, " Found it late. "))));
        assert!(c.apply_grade_edit(GradeEdit::Override(over("Ana", 1, 2.0, ""))));
        let g = &c.grades().unwrap().unwrap().grades[0];
        assert_eq!(g.criteria[0].points, Some(3.0));
        assert_eq!(g.criteria[0].computed, Some(2.0));
        assert_eq!(
            g.criteria[0].override_reason.as_deref(),
            Some("Found it late.")
        );
        assert_eq!(g.percent, Some(83.3));
        // A second value for the same cell replaces the first; revert brings the computed one back.
        assert!(c.apply_grade_edit(GradeEdit::Override(over("Ana", 0, 4.0, "Full marks."))));
        assert_eq!(c.overrides.len(), 2);
        assert!(c.apply_grade_edit(GradeEdit::Revert("Ana".into(), 0)));
        assert!(!c.apply_grade_edit(GradeEdit::Revert("Ana".into(), 0)));
        let g = &c.grades().unwrap().unwrap().grades[0];
        assert_eq!(
            (g.criteria[0].points, g.criteria[0].override_reason.clone()),
            (Some(2.0), None)
        );
    }

    #[test]
    fn overrides_of_a_student_gone_are_listed_not_dropped() {
        let mut c = compare();
        assert!(c.apply_grade_edit(GradeEdit::Override(over("Ben", 1, 1.0, ""))));
        c.remove(2);
        let g = c.grades().unwrap().unwrap();
        assert_eq!(g.grades.len(), 1);
        assert_eq!(g.unmatched, vec![over("Ben", 1, 1.0, "")]);
        assert_eq!(c.overrides.len(), 1);
    }

    #[test]
    fn identifiers_are_set_cleared_and_read_from_a_roster() {
        let mut c = compare();
        assert!(c.apply_grade_edit(GradeEdit::Identifier("Ana".into(), " 1001 ".into())));
        assert!(!c.apply_grade_edit(GradeEdit::Identifier("Ana".into(), "1001".into())));
        assert_eq!(c.identifiers.get("Ana").map(String::as_str), Some("1001"));
        let roster = "Ana, ana@school.example\n\nBen;ben@school.example\nno identifier here\n";
        let (pairs, problems) = parse_roster(roster);
        assert_eq!(pairs.len(), 2);
        assert_eq!(
            problems,
            ["line 4 (“no identifier here”) is not “name, identifier”"]
        );
        assert!(c.apply_grade_edit(GradeEdit::Roster(roster.into())));
        assert_eq!(
            c.identifiers.get("Ana").map(String::as_str),
            Some("ana@school.example")
        );
        assert!(c.apply_grade_edit(GradeEdit::Identifier("Ben".into(), "".into())));
        assert_eq!(c.identifiers.get("Ben"), None);
    }

    #[test]
    fn without_a_rubric_or_key_there_are_no_grades() {
        let mut c = Compare::new("d", file("Teacher", &[(15, 36)]));
        assert_eq!(c.grades(), None);
        c = c.with_article({
            let mut a = (*c.article).clone();
            a.assignment = Some(Assignment {
                rubric: Some(rubric()),
                ..Assignment::default()
            });
            a
        });
        assert!(c.grades().is_some(), "the rubric set since is used");
        assert!(
            Rc::ptr_eq(&c.entries[0].doc, &c.article),
            "own annotations follow"
        );
    }

    #[test]
    fn an_invalid_rubric_is_not_saved_and_says_why() {
        let mut r = rubric();
        r.criteria[1].name = " ".into();
        let a = Assignment::default();
        assert_eq!(
            with_rubric(&a, Some(r), &close_reader_core::model::default_labels()).unwrap_err(),
            "The rubric is not saved: criterion 2 has no name."
        );
        let ok = with_rubric(
            &a,
            Some(rubric()),
            &close_reader_core::model::default_labels(),
        );
        assert_eq!(ok.unwrap().rubric, Some(rubric()));
    }
}
