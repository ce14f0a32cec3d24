//! The compare view's state: the article, the files collected for it (and those set aside), the key,
//! the label looked at and the consensus threshold; and what the view shows, computed by the core's
//! agreement engine. Pure: the screen renders it, the reducer replaces it.

use std::rc::Rc;

use close_reader_core::analysis::agreement::{
    self as ag, consensus_spans, feedback, heat, key_spans_found, ranked_spans, spans_of,
    KeySpanFound, LabelledSpan, RankedSpan, Verdict,
};
use close_reader_core::analysis::class_set::{self, ClassSet, Member};
use close_reader_core::analysis::lms::Identifiers;
use close_reader_core::formats::collect::Fit;
use close_reader_core::model::classroom::{with_feedback, FeedbackKey};
use close_reader_core::model::{GradeOverride, Thread};
use close_reader_core::{Document, Span};

use crate::i18n::{list, t};

/// One annotator's file, fitted to the article.
#[derive(Debug, PartialEq)]
pub struct Entry {
    /// The annotator's name (from the file, else the file's name), unique in the view.
    pub name: String,
    /// Where it came from: a file's name, or "this browser" for the article's own annotations.
    pub file: String,
    pub doc: Rc<Document>,
    pub spans: Rc<Vec<LabelledSpan>>,
    /// True when the file's text differed slightly and its spans were re-anchored.
    pub reanchored: bool,
    /// (label, quote) of each span that could not be placed on this article.
    pub unplaced: Vec<(String, String)>,
    /// The fitted file as the worker wrote it (or as kept), so that keeping the class set does not
    /// write every file again on the page.
    pub native: Option<Rc<str>>,
}

/// A file that is not part of the comparison, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    pub file: String,
    pub why: String,
}

/// What the article shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// How many annotators marked each part, for the label chosen.
    Heat,
    /// One annotator's spans against the key.
    Feedback,
    /// The spans at least k annotators marked.
    Consensus,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Compare {
    /// The library id of the article compared.
    pub doc_id: String,
    pub article: Rc<Document>,
    pub entries: Vec<Rc<Entry>>,
    pub set_aside: Vec<SetAside>,
    /// The entry used as the key.
    pub key: Option<usize>,
    /// The label id the heat, table and lists show.
    pub label: String,
    pub view: View,
    /// The entry shown against the key in the feedback view.
    pub student: Option<usize>,
    /// Consensus: spans marked by at least this many of the annotators (the key excepted).
    pub k: usize,
    /// Files being read: (done, total); `None` when idle.
    pub progress: Option<(usize, usize)>,
    /// The teacher's changes to the rubric's computed points, with their reasons.
    pub overrides: Vec<GradeOverride>,
    /// The students' identifiers in the teacher's learning management system, by name.
    pub identifiers: Identifiers,
    /// Which identifier column each system's export fills (system → kind), when not its first.
    pub id_columns: std::collections::BTreeMap<String, String>,
    /// The teacher's comments (and replies) on each student's spans, by the student's name; shown
    /// merged with the threads the student's file brings back (`state/compare_threads.rs`).
    pub comments: Vec<(String, Vec<Thread>)>,
    /// The code point the teacher last clicked in the feedback view: the span to comment on.
    pub picked: Option<usize>,
}

/// A stretch of the article to paint: a class for the style and a title for the hover.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub class: String,
    pub title: String,
}

/// One row of the table: an annotator's spans of the label and their agreement with the key.
pub use close_reader_core::analysis::class_set::Row;

impl Compare {
    /// A comparison over `article`; its own annotations, if any, are the first entry and the key.
    pub fn new(doc_id: &str, article: Document) -> Compare {
        let label = article
            .labels
            .first()
            .map(|l| l.id.clone())
            .unwrap_or_default();
        let article = Rc::new(article);
        let mut c = Compare {
            doc_id: doc_id.to_string(),
            article: article.clone(),
            entries: Vec::new(),
            set_aside: Vec::new(),
            key: None,
            label,
            view: View::Heat,
            student: None,
            k: 1,
            progress: None,
            overrides: Vec::new(),
            identifiers: Identifiers::new(),
            id_columns: Default::default(),
            comments: Vec::new(),
            picked: None,
        };
        if let Some(name) = class_set::own_name(&article) {
            c.push(
                name,
                t!("state-own-annotations-file"),
                article.clone(),
                false,
                Vec::new(),
            );
            c.key = Some(0);
        }
        c
    }

    pub(super) fn push(
        &mut self,
        name: String,
        file: String,
        doc: Rc<Document>,
        reanchored: bool,
        unplaced: Vec<(String, String)>,
    ) {
        let name = class_set::unique_name(&name, |n| self.entries.iter().any(|e| e.name == n));
        let spans = Rc::new(spans_of(&doc));
        self.entries.push(Rc::new(Entry {
            name,
            file,
            doc,
            spans,
            reanchored,
            unplaced,
            native: None,
        }));
    }

    /// Adds a collected file, fitted by the core: the same article, re-anchored, or set aside
    /// (the tests' way to fill a comparison; the app adds files through its collecting).
    #[cfg(test)]
    pub fn add(&mut self, file: &str, fit: Fit) {
        self.add_native(file, fit, None)
    }

    /// [`Compare::add`], with the fitted file's native text when the worker gave it.
    pub fn add_native(&mut self, file: &str, fit: Fit, native: Option<Rc<str>>) {
        if let Some(why) = class_set::set_aside_reason(&fit) {
            return self.refuse(file, why);
        }
        let (doc, reanchored, unplaced) = match fit {
            Fit::Same(doc) => (doc, false, Vec::new()),
            Fit::Reanchored { doc, unplaced } => (doc, true, unplaced),
            Fit::Different { .. } => return,
        };
        let spans = spans_of(&doc);
        if self
            .entries
            .iter()
            .any(|e| e.file == file && *e.spans == spans)
        {
            return self.set_aside.push(SetAside {
                file: file.to_string(),
                why: class_set::ALREADY_ADDED.into(),
            });
        }
        let name = class_set::entry_name(&doc, file);
        self.push(name, file.to_string(), Rc::new(doc), reanchored, unplaced);
        if let Some(e) = self.entries.last_mut().and_then(Rc::get_mut) {
            e.native = native;
        }
        if self.student.is_none() {
            self.student = self.students().first().copied();
        }
        self.k = self.k.clamp(1, self.students().len().max(1));
    }

    /// Sets a file aside that could not be read at all.
    pub fn refuse(&mut self, file: &str, why: String) {
        self.set_aside.push(SetAside {
            file: file.to_string(),
            why,
        });
    }

    /// Removes an entry (the key and the student shown follow their entries).
    pub fn remove(&mut self, i: usize) {
        if i >= self.entries.len() {
            return;
        }
        self.entries.remove(i);
        let shift = |x: Option<usize>| match x {
            Some(j) if j == i => None,
            Some(j) if j > i => Some(j - 1),
            other => other,
        };
        self.key = shift(self.key);
        self.student = shift(self.student).or_else(|| self.students().first().copied());
        self.k = self.k.clamp(1, self.students().len().max(1));
    }

    pub fn set_key(&mut self, key: Option<usize>) {
        self.key = key.filter(|&k| k < self.entries.len());
        if self.student == self.key {
            self.student = self.students().first().copied();
        }
        self.k = self.k.clamp(1, self.students().len().max(1));
    }

    /// Every entry but the key, in order.
    pub fn students(&self) -> Vec<usize> {
        (0..self.entries.len())
            .filter(|&i| Some(i) != self.key)
            .collect()
    }

    /// The entries as the core's class set: the key and the students.
    fn class_set(&self) -> ClassSet<'_> {
        let members: Vec<Member> = self
            .entries
            .iter()
            .map(|e| Member {
                name: &e.name,
                spans: &e.spans,
            })
            .collect();
        ClassSet::split(&members, self.key)
    }

    fn student_spans(&self) -> Vec<Vec<LabelledSpan>> {
        self.students()
            .into_iter()
            .map(|i| self.entries[i].spans.to_vec())
            .collect()
    }

    fn key_spans(&self) -> Option<&[LabelledSpan]> {
        self.key.map(|k| self.entries[k].spans.as_slice())
    }

    pub fn label_name(&self, id: &str) -> String {
        self.article
            .labels
            .iter()
            .find(|l| l.id == id)
            .map(|l| l.name.clone())
            .unwrap_or_else(|| id.to_string())
    }

    /// The colour class of a label (`l0`…`l7`, its look slot in the article's label set, as the
    /// annotator shows it).
    pub fn label_class(&self, id: &str) -> String {
        format!(
            "l{}",
            close_reader_core::model::label::slot(&self.article.labels, id)
        )
    }

    /// The table: each student's spans of the label and, with a key, their agreement with it.
    pub fn rows(&self) -> Vec<Row> {
        self.class_set().rows(&self.label)
    }

    /// The students' names and the F1 (overlap) of each pair, for the label.
    pub fn pairs(&self) -> (Vec<String>, Vec<Vec<Option<f64>>>) {
        self.class_set().pairs(&self.label)
    }

    /// Krippendorff's alpha over word tokens among the students, per label: (name, alpha).
    pub fn alphas(&self) -> Vec<(String, Option<f64>)> {
        self.class_set().alphas(&self.article)
    }

    /// Names of the students at these indices of `students` (as [`Compare::students`] gives them).
    fn names(&self, students: &[usize], who: &[usize]) -> Vec<String> {
        who.iter()
            .filter_map(|&w| students.get(w).map(|&i| self.entries[i].name.clone()))
            .collect()
    }

    /// The heat of the label: each piece shaded by the share of students who marked it.
    pub fn heat_marks(&self) -> Vec<Mark> {
        let students = self.students();
        let n = students.len().max(1);
        let class = self.label_class(&self.label);
        let name = self.label_name(&self.label);
        heat(&self.student_spans(), &self.label)
            .into_iter()
            .map(|p| {
                let level = (p.who.len() * 5).div_ceil(n).clamp(1, 5);
                Mark {
                    start: p.start,
                    end: p.end,
                    class: format!("heat h{level} {class}"),
                    title: t!(
                        "state-heat-title",
                        label = &name,
                        count = p.who.len(),
                        total = n,
                        names = list(&self.names(&students, &p.who))
                    ),
                }
            })
            .collect()
    }

    /// Spans of the label ranked by how many students marked them, each with the names.
    pub fn ranked(&self) -> Vec<(RankedSpan, Vec<String>)> {
        let students = self.students();
        ranked_spans(&self.student_spans())
            .into_iter()
            .filter(|r| r.label == self.label)
            .map(|r| {
                let names = self.names(&students, &r.who);
                (r, names)
            })
            .collect()
    }

    /// The key's spans of the label, those found by the fewest students first.
    pub fn key_found(&self) -> Vec<KeySpanFound> {
        let Some(key) = self.key_spans() else {
            return Vec::new();
        };
        let key: Vec<LabelledSpan> = key
            .iter()
            .filter(|s| s.label == self.label)
            .cloned()
            .collect();
        key_spans_found(&key, &self.student_spans())
    }

    /// The student shown against the key: the marks and the partial-credit score.
    pub fn feedback_marks(&self) -> Option<(Vec<Mark>, Option<f64>)> {
        let (key, student) = (self.key_spans()?, self.student?);
        let fb = feedback(key, &self.entries.get(student)?.spans);
        Some((verdict_marks(self, &fb.items), fb.score))
    }

    /// The spans at least `k` students marked, as marks.
    pub fn consensus_marks(&self) -> Vec<Mark> {
        consensus_spans(&self.article.text, &self.student_spans(), self.k)
            .into_iter()
            .map(|s| Mark {
                start: s.start,
                end: s.end,
                class: format!("consensus {}", self.label_class(&s.label)),
                title: t!(
                    "state-consensus-title",
                    label = self.label_name(&s.label),
                    count = self.k,
                    total = self.students().len()
                ),
            })
            .collect()
    }

    /// The consensus as a new document to edit and download.
    pub fn consensus_document(&self, now: &str) -> Document {
        ag::consensus_document(&self.article, &self.student_spans(), self.k, now)
    }

    /// The gradebook CSV: every student against the key.
    pub fn gradebook(&self) -> Option<String> {
        // With a rubric, its columns too (unless the grades cannot be computed, which the
        // gradebook view says).
        if let (Some(rubric), Some(Ok(grades))) = (self.rubric(), self.grades()) {
            let key = self.key_spans()?;
            let students: Vec<(String, Vec<LabelledSpan>)> = self
                .students()
                .into_iter()
                .map(|i| (self.entries[i].name.clone(), self.entries[i].spans.to_vec()))
                .collect();
            return Some(ag::gradebook_csv_with_rubric(
                &self.article.labels,
                key,
                &students,
                rubric,
                &grades.grades,
            ));
        }
        self.class_set().gradebook(&self.article.labels)
    }

    /// Each student's own file with the key inside, so that it opens showing their spans against it:
    /// (file name, document).
    pub fn feedback_documents(&self) -> Vec<(String, Document)> {
        let Some(k) = self.key else { return Vec::new() };
        let key = &self.entries[k];
        self.students()
            .into_iter()
            .filter_map(|i| {
                let e = &self.entries[i];
                let mut student = (*e.doc).clone();
                student.annotator = Some(e.name.clone());
                student.threads = self.threads_of(i);
                // Adds the key's labels the student's file lacks; every entry has the article's text.
                let doc = with_feedback(&student, &key.doc, &key.name).ok()?;
                let name = format!(
                    "{}-feedback-{}.close-reader.json",
                    close_reader_core::model::names::slug(&self.article.title),
                    close_reader_core::model::names::slug(&e.name)
                );
                Some((name, doc))
            })
            .collect()
    }
}

/// Marks for a student's verdicts against a key: matched, partly matched, missed and extra spans.
pub fn verdict_marks(c: &Compare, items: &[ag::FeedbackItem]) -> Vec<Mark> {
    verdict_marks_for(&c.article, items)
}

/// A feedback file's own spans against the key it carries, painted; `None` for a document that is
/// no feedback file.
pub fn feedback_file_marks(doc: &Document) -> Option<Vec<Mark>> {
    let key = doc.feedback.as_ref()?;
    let fb = feedback(&key_spans(key), &spans_of(doc));
    Some(verdict_marks_for(doc, &fb.items))
}

/// The same for any document (a feedback file opened in the annotate screen).
pub fn verdict_marks_for(doc: &Document, items: &[ag::FeedbackItem]) -> Vec<Mark> {
    let label_name = |id: &str| {
        doc.labels
            .iter()
            .find(|l| l.id == id)
            .map(|l| l.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let mut marks = Vec::new();
    for item in items {
        let span = item.student.as_ref().or(item.key.as_ref());
        if let Some(s) = span {
            let label = label_name(&s.label);
            let (class, title) = match item.verdict {
                Verdict::Matched => ("fb-matched", t!("state-verdict-matched", label = label)),
                Verdict::Partial { credit } => (
                    "fb-partial",
                    t!(
                        "state-verdict-partial",
                        label = label,
                        // Whole percents, as `{:.0}` rounds them.
                        percent = format!("{:.0}", credit * 100.0)
                            .parse::<f64>()
                            .unwrap_or(0.0)
                    ),
                ),
                Verdict::Missed => ("fb-missed", t!("state-verdict-missed", label = label)),
                Verdict::Extra => ("fb-extra", t!("state-verdict-extra", label = label)),
            };
            marks.push(Mark {
                start: s.start,
                end: s.end,
                class: class.to_string(),
                title,
            });
        }
        if let (Verdict::Partial { .. }, Some(k)) = (item.verdict, item.key.as_ref()) {
            marks.push(Mark {
                start: k.start,
                end: k.end,
                class: "fb-key".into(),
                title: t!("state-verdict-key-span", label = label_name(&k.label)),
            });
        }
    }
    marks
}

/// The key's spans carried by a feedback file, as labelled spans.
pub fn key_spans(key: &FeedbackKey) -> Vec<LabelledSpan> {
    let mut v: Vec<LabelledSpan> = key
        .spans
        .iter()
        .map(|s| LabelledSpan {
            label: s.label.clone(),
            start: s.span.start(),
            end: s.span.end(),
        })
        .collect();
    close_reader_core::model::order::sort(&mut v);
    v
}

/// The quote of a span of the article, shortened for lists.
pub fn quote(doc: &Document, start: usize, end: usize) -> String {
    let Some(span) = Span::new(start, end) else {
        return String::new();
    };
    let q = doc.text.slice(span);
    if q.chars().count() > 120 {
        format!("{}…", q.chars().take(119).collect::<String>())
    } else {
        q.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use close_reader_core::Annotation;

    const TEXT: &str =
        "The mayor said the bridge will close. Critics reportedly disagree with the plan.";

    fn doc_with(name: Option<&str>, spans: &[(&str, usize, usize)]) -> Document {
        let mut d = Document::new("Bridge", TEXT, None);
        d.annotator = name.map(str::to_string);
        for (i, (label, s, e)) in spans.iter().enumerate() {
            let a = Annotation::new(
                &format!("a{}", i + 1),
                label,
                Span::new(*s, *e).unwrap(),
                "2026-01-01T00:00:00Z",
            );
            d.insert(a).unwrap();
        }
        d
    }

    /// Regression: a ninth label took the eighth look here and the first in the annotator.
    #[test]
    fn a_ninth_label_looks_as_it_does_in_the_annotator() {
        let mut d = doc_with(None, &[]);
        while d.labels.len() < 9 {
            let l = close_reader_core::model::label::new_label(&d.labels);
            d.labels.push(l);
        }
        let ninth = d.labels[8].id.clone();
        let c = Compare::new("d", d.clone());
        assert_eq!(c.label_class(&ninth), "l0");
        let seg = close_reader_core::Segment {
            span: Span::new(0, 3).unwrap(),
            ids: vec!["a1".into()],
            labels: vec![ninth.clone()],
        };
        let ids: Vec<(String, String)> = d
            .labels
            .iter()
            .map(|l| (l.id.clone(), l.name.clone()))
            .collect();
        let annotator = crate::components::block::mark_classes(&seg, &ids, None, None);
        assert_eq!(annotator.to_string(), c.label_class(&ninth));
    }

    #[test]
    fn the_articles_own_annotations_are_the_first_entry_and_the_key() {
        let c = Compare::new("d1", doc_with(Some("Ms Diaz"), &[("claim", 4, 36)]));
        assert_eq!(c.entries.len(), 1);
        assert_eq!(c.entries[0].name, "Ms Diaz");
        assert_eq!(c.key, Some(0));
        assert!(c.students().is_empty());
        let blank = Compare::new("d1", doc_with(None, &[]));
        assert!(blank.entries.is_empty() && blank.key.is_none());
    }

    #[test]
    fn files_are_named_by_annotator_or_file_and_names_stay_unique() {
        let mut c = Compare::new("d1", doc_with(None, &[]));
        c.add(
            "ana.close-reader.json",
            Fit::Same(doc_with(Some("Ana"), &[("claim", 4, 36)])),
        );
        c.add(
            "b.close-reader.json",
            Fit::Same(doc_with(Some("Ana"), &[("claim", 0, 36)])),
        );
        c.add("ben.close-reader.json", Fit::Same(doc_with(None, &[])));
        c.add("ben.close-reader.json", Fit::Same(doc_with(None, &[])));
        c.add(
            "other.json",
            Fit::Different {
                title: "Floods".into(),
            },
        );
        let names: Vec<&str> = c.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Ana", "Ana (2)", "ben"]);
        let why: Vec<&str> = c.set_aside.iter().map(|s| s.why.as_str()).collect();
        assert_eq!(why, ["already added", "for another article, “Floods”"]);
        assert_eq!(c.student, Some(0));
    }

    #[test]
    fn the_table_scores_each_student_against_the_key() {
        let mut c = Compare::new(
            "d1",
            doc_with(Some("Key"), &[("claim", 4, 36), ("hedge", 46, 56)]),
        );
        c.add(
            "ana.json",
            Fit::Same(doc_with(Some("Ana"), &[("claim", 4, 36)])),
        );
        c.add(
            "ben.json",
            Fit::Same(doc_with(
                Some("Ben"),
                &[("claim", 0, 20), ("claim", 38, 45)],
            )),
        );
        let rows = c.rows();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].exact.unwrap().f1, Some(1.0));
        let ben = rows[1].overlap.unwrap();
        assert_eq!((ben.precision, ben.recall), (Some(0.5), Some(1.0)));
        assert_eq!(rows[1].exact.unwrap().f1, Some(0.0));
        c.set_key(None);
        assert!(c.rows().iter().all(|r| r.exact.is_none()));
        assert_eq!(c.students().len(), 3);
    }

    #[test]
    fn removing_an_entry_keeps_the_key_on_its_file() {
        let mut c = Compare::new("d1", doc_with(Some("Key"), &[("claim", 4, 36)]));
        c.add(
            "ana.json",
            Fit::Same(doc_with(Some("Ana"), &[("claim", 4, 36)])),
        );
        c.add("ben.json", Fit::Same(doc_with(Some("Ben"), &[])));
        c.set_key(Some(2));
        c.remove(0);
        assert_eq!(c.key, Some(1));
        assert_eq!(c.entries[1].name, "Ben");
    }

    #[test]
    fn feedback_documents_carry_the_key_and_the_students_name() {
        let mut c = Compare::new("d1", doc_with(Some("Key"), &[("claim", 4, 36)]));
        c.add("ana.json", Fit::Same(doc_with(None, &[("claim", 4, 36)])));
        let files = c.feedback_documents();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].0, "bridge-feedback-ana.close-reader.json");
        let fb = files[0].1.feedback.as_ref().unwrap();
        assert_eq!(fb.key_name, "Key");
        assert_eq!(fb.spans.len(), 1);
        assert_eq!(files[0].1.annotator.as_deref(), Some("ana"));
    }

    #[test]
    fn heat_titles_name_the_students() {
        let mut c = Compare::new("d1", doc_with(None, &[]));
        c.add(
            "ana.json",
            Fit::Same(doc_with(Some("Ana"), &[("claim", 4, 36)])),
        );
        c.add(
            "ben.json",
            Fit::Same(doc_with(Some("Ben"), &[("claim", 4, 20)])),
        );
        let marks = c.heat_marks();
        assert_eq!(marks[0].title, "Claim: marked by 2 of 2 — Ana and Ben");
        assert!(marks[0].class.contains("h5"));
        assert_eq!(marks[1].title, "Claim: marked by 1 of 2 — Ana");
    }
}
