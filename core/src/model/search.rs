//! Searching a document: places in the text that match a query (ignoring case), and annotations whose
//! label or note matches it. Offsets are code points, like everything else in the model.

use crate::model::{Document, Span};

/// Most text matches reported; a query that common is better narrowed than stepped through.
pub const MAX_MATCHES: usize = 5_000;

/// A character folded for comparison: lower case when that is one character, else as it is (so that
/// every character of the text stays one comparable unit and offsets stay exact).
fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Non-overlapping places where `query` occurs in the text, ignoring case, in text order (at most
/// [`MAX_MATCHES`]). Leading and trailing spaces of the query are ignored; an empty query finds nothing.
pub fn find_text(doc: &Document, query: &str) -> Vec<Span> {
    let needle: Vec<char> = query.trim().chars().map(fold).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let hay: Vec<char> = doc.text.as_str().chars().map(fold).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + needle.len() <= hay.len() && out.len() < MAX_MATCHES {
        if hay[i] == needle[0] && hay[i..i + needle.len()] == needle[..] {
            out.push(Span::new(i, i + needle.len()).expect("ordered"));
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

/// Ids of the annotations whose label name is the query, or whose note contains it (ignoring case),
/// in text order.
pub fn find_annotations(doc: &Document, query: &str) -> Vec<String> {
    let q: String = query.trim().chars().map(fold).collect();
    if q.is_empty() {
        return Vec::new();
    }
    let folded = |s: &str| -> String { s.chars().map(fold).collect() };
    let labels: Vec<&str> = doc
        .labels
        .iter()
        .filter(|l| folded(&l.name) == q || folded(&l.id) == q)
        .map(|l| l.id.as_str())
        .collect();
    doc.annotations()
        .iter()
        .filter(|a| labels.contains(&a.label.as_str()) || folded(&a.note).contains(&q))
        .map(|a| a.id.clone())
        .collect()
}

/// A place the search found: a match in the text, or an annotation whose label or note matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub span: Span,
    /// The annotation found by its label or note; `None` for a place in the text.
    pub annotation: Option<String>,
}

/// Text matches and annotation matches of `query`, in text order.
pub fn hits(doc: &Document, query: &str) -> Vec<Hit> {
    let mut out: Vec<Hit> = find_text(doc, query)
        .into_iter()
        .map(|span| Hit {
            span,
            annotation: None,
        })
        .collect();
    out.extend(find_annotations(doc, query).into_iter().filter_map(|id| {
        doc.annotation(&id).map(|a| Hit {
            span: a.span,
            annotation: Some(id),
        })
    }));
    crate::model::order::sort_by_key(&mut out, |h| (h.span.start(), h.annotation.is_some()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hits_list_text_and_annotations_in_text_order() {
        let mut doc = Document::new("T", "Costs may rise; costs may fall.", None);
        let a = crate::model::Annotation::new("a1", "hedge", Span::new(6, 9).unwrap(), "t");
        doc.insert(a).unwrap();
        let found = hits(&doc, "may");
        let got: Vec<(usize, bool)> = found
            .iter()
            .map(|h| (h.span.start(), h.annotation.is_some()))
            .collect();
        assert_eq!(got, [(6, false), (22, false)]);
        // An annotation whose note matches comes first at its own place.
        let mut noted = doc.clone();
        let mut b = crate::model::Annotation::new("a2", "claim", Span::new(0, 5).unwrap(), "t");
        b.note = "may be wrong".into();
        noted.insert(b).unwrap();
        let order: Vec<(usize, Option<String>)> = hits(&noted, "may")
            .into_iter()
            .map(|h| (h.span.start(), h.annotation))
            .collect();
        assert_eq!(order, [(0, Some("a2".into())), (6, None), (22, None)]);
        let by_label = hits(&doc, "hedge");
        assert_eq!(
            by_label,
            [Hit {
                span: Span::new(6, 9).unwrap(),
                annotation: Some("a1".into())
            }]
        );
    }
    use crate::model::Annotation;
    use proptest::prelude::*;

    fn doc(text: &str) -> Document {
        Document::new("T", text, None)
    }

    #[test]
    fn finds_every_place_ignoring_case_with_code_point_offsets() {
        let d = doc("😀 Officials said. OFFICIALS said again; officialsofficials.");
        let found = find_text(&d, "officials");
        assert_eq!(found.len(), 4);
        assert_eq!(d.text.slice(found[0]), "Officials");
        assert_eq!(
            found[0],
            Span::new(2, 11).unwrap(),
            "the emoji counts as one"
        );
        assert_eq!(d.text.slice(found[1]), "OFFICIALS");
        assert!(find_text(&d, "  ").is_empty());
    }

    #[test]
    fn scripts_without_case_and_combining_marks_match_as_written() {
        let d = doc("قال الوزير إن المشروع. Cafe\u{301} and café.");
        assert_eq!(find_text(&d, "الوزير").len(), 1);
        // A decomposed é and a composed é are different text: each finds itself.
        assert_eq!(find_text(&d, "cafe\u{301}").len(), 1);
        assert_eq!(find_text(&d, "café").len(), 1);
        // A character whose lower case is two characters (İ) still matches itself exactly.
        let t = doc("İstanbul and istanbul");
        assert_eq!(find_text(&t, "İstanbul").len(), 1);
    }

    #[test]
    fn annotations_match_by_label_name_or_note() {
        let mut d = doc("One two three four.");
        let mut a = Annotation::new("a1", "claim", Span::new(0, 3).unwrap(), "t");
        a.note = "Who says so? The Minister.".into();
        d.insert(a).unwrap();
        d.insert(Annotation::new(
            "a2",
            "hedge",
            Span::new(4, 7).unwrap(),
            "t",
        ))
        .unwrap();
        assert_eq!(find_annotations(&d, "Hedge"), vec!["a2"]);
        assert_eq!(find_annotations(&d, "minister"), vec!["a1"]);
        assert!(find_annotations(&d, "").is_empty());
    }

    proptest! {
        #[test]
        fn every_match_quotes_the_query(text in "[aAbB😀 ]{0,40}", query in "[abAB]{1,3}") {
            let d = doc(&text);
            let found = find_text(&d, &query);
            let mut last_end = 0;
            for span in found {
                prop_assert!(span.start() >= last_end);
                last_end = span.end();
                prop_assert_eq!(d.text.slice(span).to_lowercase(), query.to_lowercase());
            }
        }
    }
}
