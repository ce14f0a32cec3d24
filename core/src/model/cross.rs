//! Links between two documents open side by side (two outlets' reports of one event).
//!
//! Each document keeps its own copy of a cross-document link, so the link survives when either file
//! is downloaded and reopened alone: in A, `from` is A's claim and `to` is B's annotation id, with
//! [`OtherDocument`] naming B by its text's SHA-256 and quoting B's claim; B holds the mirror. Only the
//! symmetric kinds (`same-claim`, `contradicts`) cross documents, so the mirror says the same thing.
//! The far end is found again by id when its quote still matches, otherwise by its quote.

use crate::model::link::LinkError;
use crate::model::{Annotation, Document, Edit, Link, LinkKind, OtherDocument};

/// How a document's annotation is named from another document.
pub fn far_end(doc: &Document, a: &Annotation) -> OtherDocument {
    OtherDocument {
        sha256: doc.text.sha256().to_string(),
        title: doc.title.clone(),
        quote: doc.quote(a).to_string(),
    }
}

/// The two edits that link `a_id` of `a` and `b_id` of `b`: the first for `a`'s history, the
/// second for `b`'s. Refused for a kind that is not symmetric, a missing annotation, or a link
/// that exists already.
pub fn cross_link(
    a: &Document,
    a_id: &str,
    b: &Document,
    b_id: &str,
    kind: LinkKind,
) -> Result<(Edit, Edit), LinkError> {
    if !kind.is_symmetric() {
        return Err(LinkError::NotAcross { kind });
    }
    let missing = |id: &str| LinkError::UnknownAnnotation {
        annotation: id.to_string(),
    };
    let in_a = a.annotation(a_id).ok_or_else(|| missing(a_id))?;
    let in_b = b.annotation(b_id).ok_or_else(|| missing(b_id))?;
    let half =
        |doc: &Document, from: &str, to: &str, far: OtherDocument| -> Result<Edit, LinkError> {
            let link = Link {
                id: doc.next_link_id(),
                from: from.to_string(),
                to: to.to_string(),
                kind,
                other: Some(far),
            };
            doc.check_link(&link)?;
            Ok(Edit::AddLink(link))
        };
    Ok((
        half(a, a_id, b_id, far_end(b, in_b))?,
        half(b, b_id, a_id, far_end(a, in_a))?,
    ))
}

/// True when the link's far end is in `other`.
pub fn points_into(link: &Link, other: &Document) -> bool {
    link.other
        .as_ref()
        .is_some_and(|o| o.sha256.eq_ignore_ascii_case(other.text.sha256()))
}

/// The annotation of `other` that the link's far end names: the one with its id when its text is
/// still the quote, otherwise the only annotation quoting exactly that text. `None` when the link
/// does not point into `other` or the annotation cannot be found.
pub fn find_far_end<'d>(link: &Link, other: &'d Document) -> Option<&'d Annotation> {
    let quote = &link.other.as_ref()?.quote;
    if !points_into(link, other) {
        return None;
    }
    if let Some(a) = other.annotation(&link.to) {
        if other.quote(a) == quote {
            return Some(a);
        }
    }
    let mut same = other
        .annotations()
        .iter()
        .filter(|a| other.quote(a) == quote);
    match (same.next(), same.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// The edits that remove a cross-document link of `a` and, when `b` holds it, its mirror.
/// `None` when `a` has no such link.
pub fn uncross_link(a: &Document, link_id: &str, b: &Document) -> Option<(Edit, Option<Edit>)> {
    let link = a.link(link_id)?;
    let mirror = find_far_end(link, b).and_then(|b_end| {
        b.links_from(&b_end.id)
            .find(|m| {
                m.kind == link.kind
                    && points_into(m, a)
                    && find_far_end(m, a).is_some_and(|a_end| a_end.id == link.from)
            })
            .cloned()
            .map(Edit::RemoveLink)
    });
    Some((Edit::RemoveLink(link.clone()), mirror))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{History, Span};

    fn doc(title: &str, text: &str, claims: &[(&str, usize, usize)]) -> Document {
        let mut d = Document::new(title, text, None);
        for (id, s, e) in claims {
            d.insert(Annotation::new(
                id,
                "claim",
                Span::new(*s, *e).unwrap(),
                "t",
            ))
            .unwrap();
        }
        d
    }

    #[test]
    fn a_cross_link_is_held_by_both_documents_and_removed_from_both() {
        let mut a = doc("A", "The toll rose to 40.", &[("a1", 0, 19)]);
        let mut b = doc(
            "B",
            "Police say the toll rose to 40.",
            &[("a1", 0, 10), ("a2", 11, 30)],
        );
        let (ea, eb) = cross_link(&a, "a1", &b, "a2", LinkKind::SameClaim).unwrap();
        let (mut ha, mut hb) = (History::default(), History::default());
        ha.apply(&mut a, ea).unwrap();
        hb.apply(&mut b, eb).unwrap();
        let la = &a.links()[0];
        assert_eq!((la.from.as_str(), la.to.as_str()), ("a1", "a2"));
        assert_eq!(la.other.as_ref().unwrap().quote, "the toll rose to 40");
        assert_eq!(find_far_end(la, &b).unwrap().id, "a2");
        assert_eq!(find_far_end(&b.links()[0], &a).unwrap().id, "a1");
        assert!(find_far_end(la, &a).is_none(), "it points into B, not A");
        // The same link again is refused.
        assert!(matches!(
            cross_link(&a, "a1", &b, "a2", LinkKind::SameClaim),
            Err(LinkError::Duplicate { .. })
        ));
        let (ra, rb) = uncross_link(&a, "l1", &b).unwrap();
        ha.apply(&mut a, ra).unwrap();
        hb.apply(&mut b, rb.expect("the mirror is found")).unwrap();
        assert!(a.links().is_empty() && b.links().is_empty());
    }

    #[test]
    fn only_symmetric_kinds_cross_and_missing_claims_are_named() {
        let a = doc("A", "x y", &[("a1", 0, 1)]);
        let b = doc("B", "x y", &[("a1", 2, 3)]);
        assert_eq!(
            cross_link(&a, "a1", &b, "a1", LinkKind::SupportedBy)
                .unwrap_err()
                .to_string(),
            "a supported-by link cannot join two documents (only same-claim and contradicts can)"
        );
        assert!(matches!(
            cross_link(&a, "a1", &b, "a9", LinkKind::Contradicts),
            Err(LinkError::UnknownAnnotation { .. })
        ));
    }

    #[test]
    fn the_far_end_is_found_by_quote_when_its_id_changed() {
        let a = doc("A", "The toll rose.", &[("a1", 0, 13)]);
        let b = doc("B", "The toll rose.", &[("a1", 0, 13)]);
        let (ea, _) = cross_link(&a, "a1", &b, "a1", LinkKind::SameClaim).unwrap();
        let Edit::AddLink(link) = ea else { panic!() };
        // B re-annotated: the claim is now a7.
        let renumbered = doc("B", "The toll rose.", &[("a7", 0, 13)]);
        assert_eq!(find_far_end(&link, &renumbered).unwrap().id, "a7");
        // Two annotations quote it: ambiguous, not guessed.
        let twice = doc("B", "The toll rose.", &[("a7", 0, 13), ("a8", 0, 13)]);
        assert!(find_far_end(&link, &twice).is_none());
        // Another text entirely.
        let other = doc("C", "The toll fell.", &[("a1", 0, 13)]);
        assert!(find_far_end(&link, &other).is_none());
    }
}
