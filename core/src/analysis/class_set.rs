//! A class set as the compare view and the command line both gather it, so that the two cannot
//! disagree: how each collected file is named, which files are set aside and why, which entry is
//! the key, and the figures over the key and the students (the table, pairwise F1, Krippendorff's
//! alpha, the gradebook), all computed by [`super::agreement`].
//!
//! The rules, as the compare view has always shown them:
//! - the article's own annotations, when it has any, are the first entry and the default key,
//!   named by the article's annotator or else [`OWN_ANNOTATIONS`];
//! - a collected file is named by its annotator, else by its file name without `.close-reader.json`
//!   or `.json` ([`file_stem`]); a name already taken gets " (2)", " (3)"… ([`unique_name`]);
//! - a file for another article is set aside ([`set_aside_reason`]), and so is the same file name
//!   with the same spans a second time ([`ALREADY_ADDED`]);
//! - the students are every entry but the key, in the order they were added.

use crate::analysis::agreement::{
    pairwise_f1, score, token_alpha, Gradebook, LabelledSpan, Match, Prf,
};
use crate::formats::collect::Fit;
use crate::model::{Document, Label};

/// The name of the article's own annotations when its file names no annotator.
pub const OWN_ANNOTATIONS: &str = "Your annotations";

/// Why a file that was already collected is not added again.
pub const ALREADY_ADDED: &str = "already added";

/// The name of the article's own annotations, the first entry and the default key; `None` when the
/// article has no annotations (then there is no such entry and no key until one is chosen).
pub fn own_name(article: &Document) -> Option<String> {
    if article.annotations().is_empty() {
        return None;
    }
    Some(annotator(article).unwrap_or_else(|| OWN_ANNOTATIONS.to_string()))
}

/// The name a collected file goes by before it is made unique: its annotator, else [`file_stem`].
pub fn entry_name(doc: &Document, file: &str) -> String {
    annotator(doc).unwrap_or_else(|| file_stem(file))
}

fn annotator(doc: &Document) -> Option<String> {
    doc.annotator.clone().filter(|n| !n.trim().is_empty())
}

/// A file's name without its folder and without `.close-reader.json` or `.json`:
/// "class/ana.close-reader.json" → "ana". A name that would be left empty stays whole.
pub fn file_stem(file: &str) -> String {
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = base
        .strip_suffix(".json")
        .map(|s| s.strip_suffix(".close-reader").unwrap_or(s))
        .unwrap_or(base);
    if stem.is_empty() {
        base.to_string()
    } else {
        stem.to_string()
    }
}

/// `name` trimmed, or with " (2)", " (3)"… after it, the first that `taken` does not claim.
pub fn unique_name(name: &str, taken: impl Fn(&str) -> bool) -> String {
    let name = name.trim();
    if !taken(name) {
        return name.to_string();
    }
    (2..)
        .map(|i| format!("{name} ({i})"))
        .find(|n| !taken(n))
        .expect("a free name")
}

/// Why a fitted file is set aside, or `None` when it joins the set (the same text, or re-anchored).
pub fn set_aside_reason(fit: &Fit) -> Option<String> {
    match fit {
        Fit::Different { title } => Some(format!("for another article, “{title}”")),
        Fit::Same(_) | Fit::Reanchored { .. } => None,
    }
}

/// One annotator of the set: a name unique in it, and their spans (as [`super::agreement::spans_of`]
/// gives them).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Member<'a> {
    pub name: &'a str,
    pub spans: &'a [LabelledSpan],
}

/// One row of the agreement table: an annotator's spans of a label and, with a key, their
/// agreement with it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub name: String,
    pub spans: usize,
    pub exact: Option<Prf>,
    pub overlap: Option<Prf>,
}

/// The key (if any) and the students, each every other entry in order.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassSet<'a> {
    pub key: Option<Member<'a>>,
    pub students: Vec<Member<'a>>,
}

impl<'a> ClassSet<'a> {
    /// The entries split into the key (by index; an index past the end is no key) and the students.
    pub fn split(entries: &[Member<'a>], key: Option<usize>) -> ClassSet<'a> {
        let key = key.filter(|&k| k < entries.len());
        ClassSet {
            key: key.map(|k| entries[k]),
            students: entries
                .iter()
                .enumerate()
                .filter(|&(i, _)| Some(i) != key)
                .map(|(_, m)| *m)
                .collect(),
        }
    }

    /// The students' spans, in order, as the agreement functions take them.
    pub fn student_spans(&self) -> Vec<Vec<LabelledSpan>> {
        self.students.iter().map(|m| m.spans.to_vec()).collect()
    }

    /// The table for `label`: each student's distinct spans of it and, with a key, their exact and
    /// overlap precision, recall and F1 against it.
    pub fn rows(&self, label: &str) -> Vec<Row> {
        self.students
            .iter()
            .map(|m| Row {
                name: m.name.to_string(),
                spans: m.spans.iter().filter(|s| s.label == label).count(),
                exact: self
                    .key
                    .map(|k| score(k.spans, m.spans, label, Match::Exact)),
                overlap: self
                    .key
                    .map(|k| score(k.spans, m.spans, label, Match::Overlap)),
            })
            .collect()
    }

    /// The students' names and the overlap F1 of each pair of them, for `label`.
    pub fn pairs(&self, label: &str) -> (Vec<String>, Vec<Vec<Option<f64>>>) {
        let names = self.students.iter().map(|m| m.name.to_string()).collect();
        (
            names,
            pairwise_f1(&self.student_spans(), label, Match::Overlap),
        )
    }

    /// Krippendorff's alpha over the article's word tokens among the students, per label of the
    /// article: (label name, alpha).
    pub fn alphas(&self, article: &Document) -> Vec<(String, Option<f64>)> {
        let spans = self.student_spans();
        article
            .labels
            .iter()
            .map(|l| (l.name.clone(), token_alpha(&article.text, &spans, &l.id)))
            .collect()
    }

    /// The gradebook CSV of every student against the key, over `labels` (the article's); `None`
    /// without a key.
    pub fn gradebook(&self, labels: &[Label]) -> Option<String> {
        let key = self.key?;
        let book = Gradebook::new(labels, key.spans);
        let mut out = book.header();
        for m in &self.students {
            out.push_str(&book.row(m.name, m.spans));
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::agreement::{gradebook_csv, spans_of};
    use crate::model::{Annotation, Span};

    const TEXT: &str =
        "The mayor said the bridge will close. Critics reportedly disagree with the plan.";

    fn doc_with(name: Option<&str>, spans: &[(&str, usize, usize)]) -> Document {
        let mut d = Document::new("Bridge", TEXT, None);
        d.annotator = name.map(str::to_string);
        for (i, (label, s, e)) in spans.iter().enumerate() {
            let span = Span::new(*s, *e).unwrap();
            d.insert(Annotation::new(&format!("a{i}"), label, span, "now"))
                .unwrap();
        }
        d
    }

    #[test]
    fn the_articles_own_annotations_are_named_by_annotator_or_as_yours() {
        assert_eq!(own_name(&doc_with(None, &[])), None);
        assert_eq!(
            own_name(&doc_with(Some(" "), &[("claim", 4, 9)])).as_deref(),
            Some(OWN_ANNOTATIONS)
        );
        assert_eq!(
            own_name(&doc_with(Some("Ms Diaz"), &[("claim", 4, 9)])).as_deref(),
            Some("Ms Diaz")
        );
    }

    #[test]
    fn files_are_named_by_annotator_else_by_file_name_without_its_extensions() {
        assert_eq!(entry_name(&doc_with(Some("Ana"), &[]), "x.json"), "Ana");
        let anonymous = doc_with(None, &[]);
        assert_eq!(entry_name(&anonymous, "class/ben.close-reader.json"), "ben");
        assert_eq!(entry_name(&anonymous, r"C:\class\cy.json"), "cy");
        assert_eq!(entry_name(&anonymous, "notes.txt"), "notes.txt");
        assert_eq!(file_stem(".json"), ".json");
    }

    #[test]
    fn a_taken_name_gets_the_first_free_number() {
        let taken = ["Ana", "Ana (2)"];
        let is_taken = |n: &str| taken.contains(&n);
        assert_eq!(unique_name(" Ana ", is_taken), "Ana (3)");
        assert_eq!(unique_name("Ben", is_taken), "Ben");
    }

    #[test]
    fn only_another_articles_file_is_set_aside() {
        let other = Fit::Different {
            title: "Floods".into(),
        };
        assert_eq!(
            set_aside_reason(&other).as_deref(),
            Some("for another article, “Floods”")
        );
        assert_eq!(set_aside_reason(&Fit::Same(doc_with(None, &[]))), None);
    }

    /// Key: the claim "mayor said the bridge will close" (4..36) and the hedge "reportedly" (46..56).
    /// Ana marks the claim exactly; Ben marks two claims, one overlapping the key's.
    fn class() -> Vec<(String, Vec<LabelledSpan>)> {
        [
            (
                "Key",
                doc_with(None, &[("claim", 4, 36), ("hedge", 46, 56)]),
            ),
            ("Ana", doc_with(None, &[("claim", 4, 36)])),
            (
                "Ben",
                doc_with(None, &[("claim", 0, 20), ("claim", 38, 45)]),
            ),
        ]
        .into_iter()
        .map(|(n, d)| (n.to_string(), spans_of(&d)))
        .collect()
    }

    fn members(class: &[(String, Vec<LabelledSpan>)]) -> Vec<Member<'_>> {
        class
            .iter()
            .map(|(name, spans)| Member { name, spans })
            .collect()
    }

    #[test]
    fn the_key_is_split_off_and_the_rest_are_students_in_order() {
        let class = class();
        let set = ClassSet::split(&members(&class), Some(1));
        assert_eq!(set.key.unwrap().name, "Ana");
        let names: Vec<&str> = set.students.iter().map(|m| m.name).collect();
        assert_eq!(names, ["Key", "Ben"]);
        assert_eq!(ClassSet::split(&members(&class), Some(3)).key, None);
        assert_eq!(ClassSet::split(&members(&class), None).students.len(), 3);
    }

    #[test]
    fn the_table_scores_each_student_against_the_key_by_hand() {
        let class = class();
        let set = ClassSet::split(&members(&class), Some(0));
        let rows = set.rows("claim");
        assert_eq!((rows[0].name.as_str(), rows[0].spans), ("Ana", 1));
        assert_eq!(rows[0].exact.unwrap().f1, Some(1.0));
        // Ben: one of his two claims overlaps the key's only claim.
        let ben = rows[1].overlap.unwrap();
        assert_eq!((ben.precision, ben.recall), (Some(0.5), Some(1.0)));
        assert_eq!(rows[1].exact.unwrap().f1, Some(0.0));
        let unkeyed = ClassSet::split(&members(&class), None);
        assert!(unkeyed.rows("claim").iter().all(|r| r.exact.is_none()));
        assert_eq!(unkeyed.gradebook(&[]), None);
    }

    #[test]
    fn pairs_are_the_students_overlap_f1() {
        let class = class();
        let (names, f1) = ClassSet::split(&members(&class), Some(0)).pairs("claim");
        assert_eq!(names, ["Ana", "Ben"]);
        // Ana's one claim overlaps one of Ben's two: P = 1, R = 1/2 one way round, F1 = 2/3.
        let f = f1[0][1].unwrap();
        assert!((f - 2.0 / 3.0).abs() < 1e-9, "{f}");
        assert_eq!(f1[0][1], f1[1][0]);
    }

    #[test]
    fn the_gradebook_is_the_cores_csv_of_the_students_against_the_key() {
        let class = class();
        let article = doc_with(None, &[]);
        let set = ClassSet::split(&members(&class), Some(0));
        assert_eq!(
            set.gradebook(&article.labels).unwrap(),
            gradebook_csv(&article.labels, &class[0].1, &class[1..])
        );
    }

    #[test]
    fn alphas_name_each_label_of_the_article() {
        let class = class();
        let article = doc_with(None, &[]);
        let alphas = ClassSet::split(&members(&class), Some(0)).alphas(&article);
        let names: Vec<&str> = alphas.iter().map(|(n, _)| n.as_str()).collect();
        let want: Vec<&str> = article.labels.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, want);
        // Nobody marked a source, so there is no variation to agree on.
        let source = alphas.iter().find(|(n, _)| n == "Source").unwrap();
        assert_eq!(source.1, None);
    }
}
