//! The consensus of a class: the text that at least k annotators marked with a label, as spans and
//! as a new document a teacher can open, correct and use as the key.

use super::heat::{coverage, HeatPiece};
use super::ranges::{labels_in, ranges_of, union};
use super::LabelledSpan;
use crate::model::snap::trim;
use crate::model::{order, Annotation, Document, Span, Text};

/// Spans that at least k of the annotators marked: per label, the maximal runs of text covered by
/// ≥ k annotators' spans of that label, trimmed of whitespace at both ends (empty ones dropped).
/// `k = 0` counts as 1. Spans reaching past the text are cut at its end. Sorted by label, start.
pub fn consensus_spans(
    text: &Text,
    annotators: &[Vec<LabelledSpan>],
    k: usize,
) -> Vec<LabelledSpan> {
    runs(text, annotators, k)
        .into_iter()
        .map(|r| r.span)
        .collect()
}

/// A new document: the base's title ("… — consensus 3 of 5"), source, text (with its structure)
/// and labels, with the [`consensus_spans`] as annotations (ids a1…, in text order; the note says
/// how many marked it, "marked by 4 of 5", or "marked by 3–5 of 5" when the count varies along the
/// span), no links, annotator `None`, created at `now`. A span whose label the base does not
/// define is left out.
pub fn consensus_document(
    base: &Document,
    annotators: &[Vec<LabelledSpan>],
    k: usize,
    now: &str,
) -> Document {
    let n = annotators.len();
    let title = format!("{} — consensus {} of {n}", base.title, k.max(1));
    let mut doc = Document::new(&title, "", base.source_url.clone());
    doc.text = base.text.clone();
    doc.shape = base.shape.clone();
    doc.labels = base.labels.clone();
    let mut runs = runs(&base.text, annotators, k);
    order::sort_by(&mut runs, |a, b| {
        (a.span.start, std::cmp::Reverse(a.span.end), &a.span.label).cmp(&(
            b.span.start,
            std::cmp::Reverse(b.span.end),
            &b.span.label,
        ))
    });
    for run in runs {
        if doc.label(&run.span.label).is_none() {
            continue;
        }
        let range = run.span.span().expect("ordered");
        let mut a = Annotation::new(&doc.next_annotation_id(), &run.span.label, range, now);
        a.note = if run.fewest == run.most {
            format!("marked by {} of {n}", run.most)
        } else {
            format!("marked by {}–{} of {n}", run.fewest, run.most)
        };
        doc.insert(a)
            .expect("inside the text, non-empty, known label, fresh id");
    }
    doc
}

/// A consensus span and the fewest and most annotators that cover a code point of it.
struct Run {
    span: LabelledSpan,
    fewest: usize,
    most: usize,
}

fn runs(text: &Text, annotators: &[Vec<LabelledSpan>], k: usize) -> Vec<Run> {
    let k = k.max(1);
    let len = text.len();
    let mut out = Vec::new();
    for label in labels_in(annotators.iter().map(Vec::as_slice)) {
        let covered: Vec<Vec<Span>> = annotators
            .iter()
            .map(|a| union(&within(&ranges_of(a, label), len)))
            .collect();
        let pieces: Vec<HeatPiece> = coverage(&covered)
            .into_iter()
            .filter(|p| p.who.len() >= k)
            .collect();
        let mut first = 0;
        while first < pieces.len() {
            let mut last = first;
            while pieces
                .get(last + 1)
                .is_some_and(|p| p.start == pieces[last].end)
            {
                last += 1;
            }
            let whole = Span::new(pieces[first].start, pieces[last].end).expect("ordered");
            if let Some(kept) = trim(text, whole) {
                let counts = pieces[first..=last]
                    .iter()
                    .filter(|p| kept.overlaps(Span::new(p.start, p.end).expect("ordered")))
                    .map(|p| p.who.len());
                out.push(Run {
                    span: LabelledSpan::of(label, kept),
                    fewest: counts.clone().min().unwrap_or(k),
                    most: counts.max().unwrap_or(k),
                });
            }
            first = last + 1;
        }
    }
    out
}

/// `ranges` cut at the end of a text of `len` code points, empty ones dropped.
fn within(ranges: &[Span], len: usize) -> Vec<Span> {
    ranges
        .iter()
        .filter_map(|r| Span::new(r.start().min(len), r.end().min(len)))
        .filter(|r| !r.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Prices rose sharply again, analysts said.";

    fn claim(start: usize, end: usize) -> Vec<LabelledSpan> {
        vec![LabelledSpan::new("claim", start, end)]
    }

    fn quotes(k: usize, people: &[Vec<LabelledSpan>]) -> Vec<String> {
        let t = Text::new(TEXT);
        consensus_spans(&t, people, k)
            .iter()
            .map(|s| t.slice(s.span().unwrap()).to_string())
            .collect()
    }

    #[test]
    fn at_least_k_of_the_class() {
        let people = [claim(0, 19), claim(0, 11), claim(7, 25)];
        assert_eq!(quotes(1, &people), ["Prices rose sharply again"]);
        assert_eq!(quotes(2, &people), ["Prices rose sharply"]);
        assert_eq!(quotes(3, &people), ["rose"]);
        assert!(quotes(4, &people).is_empty());
        assert_eq!(quotes(0, &people), quotes(1, &people));
    }

    #[test]
    fn runs_are_trimmed_and_whitespace_only_runs_dropped() {
        // Two people agree on "rose " and on the space after "sharply" only.
        let people = [claim(7, 12), claim(7, 12), claim(19, 20), claim(19, 20)];
        assert_eq!(quotes(2, &people), ["rose"]);
    }

    #[test]
    fn spans_past_the_end_are_cut() {
        assert_eq!(quotes(1, &[claim(36, 99)]), ["said."]);
    }

    #[test]
    fn the_document_keeps_the_base_and_notes_the_counts() {
        let mut base = Document::new("Markets", TEXT, Some("https://example.org/a".into()));
        base.insert(Annotation::new(
            "a7",
            "claim",
            Span::new(0, 6).unwrap(),
            "t",
        ))
        .unwrap();
        let mut people = vec![claim(0, 19), claim(0, 11), claim(7, 25)];
        people[2].push(LabelledSpan::new("other", 0, 6));
        people[1].push(LabelledSpan::new("hedge", 36, 40));
        let doc = consensus_document(&base, &people, 1, "2025-01-01T00:00:00Z");
        assert_eq!(doc.title, "Markets — consensus 1 of 3");
        assert_eq!(doc.text, base.text);
        assert_eq!(doc.labels, base.labels);
        assert_eq!(doc.source_url, base.source_url);
        assert_eq!(doc.annotator, None);
        assert!(doc.links().is_empty());
        let got: Vec<(&str, &str, &str, &str)> = doc
            .annotations()
            .iter()
            .map(|a| {
                (
                    a.id.as_str(),
                    a.label.as_str(),
                    doc.quote(a),
                    a.note.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "a1",
                    "claim",
                    "Prices rose sharply again",
                    "marked by 1–3 of 3"
                ),
                ("a2", "hedge", "said", "marked by 1 of 3"),
            ]
        );
    }
}
