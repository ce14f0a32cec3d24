//! Links between annotations: who says so (a claim supported by a source), how sure (a hedge on a
//! claim), and whether two claims, maybe in two outlets' articles, say the same or the opposite.

use std::fmt;

/// What a link says. Written in files as kebab-case (`supported-by`, see [`LinkKind::as_str`]).
///
/// The kinds fit the default labels (claim → source, hedge → claim, claim ↔ claim), but a document
/// may have its own labels, so a link's ends are not required to carry particular labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LinkKind {
    /// `from` (a claim) is supported by `to` (a source).
    SupportedBy,
    /// `from` (a hedge) softens `to` (a claim).
    Hedges,
    /// `from` and `to` are the same claim (often in two articles). Symmetric.
    SameClaim,
    /// `from` and `to` contradict each other. Symmetric.
    Contradicts,
}

impl LinkKind {
    pub const ALL: [LinkKind; 4] = [
        LinkKind::SupportedBy,
        LinkKind::Hedges,
        LinkKind::SameClaim,
        LinkKind::Contradicts,
    ];

    /// The kebab-case name used in files: `supported-by`.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::SupportedBy => "supported-by",
            LinkKind::Hedges => "hedges",
            LinkKind::SameClaim => "same-claim",
            LinkKind::Contradicts => "contradicts",
        }
    }

    /// Reads the kebab-case name; `None` for anything else.
    pub fn parse(s: &str) -> Option<LinkKind> {
        LinkKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Words for a reader: "supported by".
    pub fn describe(self) -> &'static str {
        match self {
            LinkKind::SupportedBy => "supported by",
            LinkKind::Hedges => "hedges",
            LinkKind::SameClaim => "same claim as",
            LinkKind::Contradicts => "contradicts",
        }
    }

    /// True when `a → b` means the same as `b → a`.
    pub fn is_symmetric(self) -> bool {
        matches!(self, LinkKind::SameClaim | LinkKind::Contradicts)
    }
}

impl fmt::Display for LinkKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The far end of a link into another document (side by side): enough to find that annotation again
/// after either file is downloaded and reopened.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct OtherDocument {
    /// SHA-256 of the other document's text (as in its file's `document.sha256`): recognises it.
    pub sha256: String,
    /// Its title, to show while it is not open.
    pub title: String,
    /// The exact text of the linked annotation there, to find it again if its id changed.
    pub quote: String,
}

/// A link from one annotation of this document to another annotation, here or in another document.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Link {
    /// `l1`, `l2`, … for links made in Close Reader; unique among the document's links.
    pub id: String,
    /// An annotation of this document.
    pub from: String,
    /// An annotation id: of this document, or of [`Link::other`] when that is set.
    pub to: String,
    pub kind: LinkKind,
    /// Set when `to` is in another document.
    pub other: Option<OtherDocument>,
}

impl Link {
    /// A link between two annotations of the same document.
    pub fn new(id: &str, from: &str, to: &str, kind: LinkKind) -> Link {
        Link {
            id: id.to_string(),
            from: from.to_string(),
            to: to.to_string(),
            kind,
            other: None,
        }
    }

    /// True when the link joins this annotation of this document (at either end).
    pub fn touches(&self, annotation: &str) -> bool {
        self.from == annotation || (self.other.is_none() && self.to == annotation)
    }

    /// True when both links say the same thing: same ends (either way round for a symmetric kind),
    /// same kind, same other document.
    pub fn same_as(&self, other: &Link) -> bool {
        let other_doc = |l: &Link| l.other.as_ref().map(|o| o.sha256.to_ascii_lowercase());
        if self.kind != other.kind || other_doc(self) != other_doc(other) {
            return false;
        }
        (self.from == other.from && self.to == other.to)
            || (self.kind.is_symmetric()
                && self.other.is_none()
                && self.from == other.to
                && self.to == other.from)
    }

    /// Order of links in a document and its file: `l2` before `l10`, then other ids.
    pub fn order_key(&self) -> (usize, &str) {
        (self.id.len(), &self.id)
    }
}

/// Why a link cannot be added to a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    EmptyId,
    DuplicateId {
        id: String,
    },
    /// One end names an annotation the document does not have.
    MissingEnd {
        id: String,
        end: &'static str,
        annotation: String,
    },
    SelfLink {
        id: String,
        annotation: String,
    },
    /// The same link (same ends and kind) exists under another id.
    Duplicate {
        id: String,
        existing: String,
    },
    /// A link to be made names an annotation that does not exist.
    UnknownAnnotation {
        annotation: String,
    },
    /// Only symmetric kinds join two documents.
    NotAcross {
        kind: LinkKind,
    },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::EmptyId => write!(f, "a link has an empty id"),
            LinkError::DuplicateId { id } => write!(f, "two links share the id \"{id}\""),
            LinkError::MissingEnd {
                id,
                end,
                annotation,
            } => write!(
                f,
                "link \"{id}\" goes {end} the annotation \"{annotation}\", which does not exist"
            ),
            LinkError::SelfLink { id, annotation } => {
                write!(
                    f,
                    "link \"{id}\" joins the annotation \"{annotation}\" to itself"
                )
            }
            LinkError::Duplicate { id, existing } => write!(
                f,
                "link \"{id}\" repeats link \"{existing}\" (same annotations, same kind)"
            ),
            LinkError::UnknownAnnotation { annotation } => {
                write!(f, "there is no annotation \"{annotation}\" to link")
            }
            LinkError::NotAcross { kind } => write!(
                f,
                "a {kind} link cannot join two documents (only same-claim and contradicts can)"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_kebab_case_in_text() {
        for k in LinkKind::ALL {
            assert_eq!(LinkKind::parse(k.as_str()), Some(k));
            assert_eq!(k.to_string(), k.as_str());
        }
        assert_eq!(LinkKind::SupportedBy.as_str(), "supported-by");
        assert_eq!(LinkKind::parse("supports"), None);
        assert_eq!(LinkKind::parse("same-claim"), Some(LinkKind::SameClaim));
    }

    #[test]
    fn symmetric_kinds_are_the_same_either_way_round() {
        let ab = Link::new("l1", "a", "b", LinkKind::SameClaim);
        let ba = Link::new("l2", "b", "a", LinkKind::SameClaim);
        assert!(ab.same_as(&ba));
        let ab = Link::new("l1", "a", "b", LinkKind::SupportedBy);
        let ba = Link::new("l2", "b", "a", LinkKind::SupportedBy);
        assert!(
            !ab.same_as(&ba),
            "a claim supported by a source is not the reverse"
        );
        let mut remote = Link::new("l3", "a", "b", LinkKind::SameClaim);
        remote.other = Some(OtherDocument {
            sha256: "ab".into(),
            title: "B".into(),
            quote: "q".into(),
        });
        assert!(!remote.same_as(&Link::new("l1", "a", "b", LinkKind::SameClaim)));
        assert!(
            remote.touches("a") && !remote.touches("b"),
            "b is elsewhere"
        );
    }

    #[test]
    fn ids_order_by_number() {
        let mut ids = ["l10", "l2", "x", "l1"].map(|i| Link::new(i, "a", "b", LinkKind::Hedges));
        ids.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        let got: Vec<&str> = ids.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(got, ["x", "l1", "l2", "l10"]);
    }
}
