//! Version 2 of the native file (links, but no assignment or feedback), kept so that files saved
//! before the classroom sections existed still open: [`migrate`] turns a version 2 file into the
//! current one, as a plain function.
//!
//! Links were introduced in version 2, so their serialisable form is defined here and reused by the
//! current version.

use serde::{Deserialize, Serialize};

use crate::formats::native::FileV3;
use crate::formats::native_v1::{AnnotationV1, AnnotatorV1, DocumentV1, LabelV1};

#[derive(Serialize, Deserialize)]
pub(crate) struct FileV2 {
    pub format: String,
    pub version: u64,
    pub document: DocumentV1,
    pub labels: Vec<LabelV1>,
    pub annotations: Vec<AnnotationV1>,
    pub links: Vec<LinkV2>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotator: Option<AnnotatorV1>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct LinkV2 {
    pub id: String,
    pub from: String,
    pub to: String,
    /// Read as a string so that an unknown kind gets its own message.
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_document: Option<OtherDocumentV2>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct OtherDocumentV2 {
    pub sha256: String,
    pub title: String,
    pub quote: String,
}

/// Version 2 → 3: everything is kept as it was; the document is no assignment, carries no
/// feedback and has no structure. Sections named `assignment`, `feedback` or `structure` in a
/// version 2 file are not read (they did not exist then).
pub(crate) fn migrate(v2: FileV2) -> FileV3 {
    FileV3 {
        format: v2.format,
        version: 3,
        document: v2.document,
        labels: v2.labels,
        annotations: v2.annotations,
        links: v2.links,
        annotator: v2.annotator,
        assignment: None,
        feedback: None,
        threads: None,
        structure: None,
        summary: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migration_keeps_everything_and_adds_no_classroom_sections() {
        let v2: FileV2 = serde_json::from_str(
            r##"{"format": "close-reader", "version": 2,
                "document": {"title": "T", "text": "ab", "sha256": "fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603"},
                "labels": [{"id": "claim", "name": "Claim", "color": "#c2410c", "key": "c"}],
                "annotations": [{"id": "a1", "label": "claim", "start": 0, "end": 1, "quote": "a", "prefix": "", "suffix": "b", "note": "", "created": "t", "modified": "t"},
                                {"id": "a2", "label": "claim", "start": 1, "end": 2, "quote": "b", "prefix": "a", "suffix": "", "note": "", "created": "t", "modified": "t"}],
                "links": [{"id": "l1", "from": "a1", "to": "a2", "kind": "same-claim"}],
                "annotator": {"name": "Rana"},
                "assignment": {"instructions": "not read in version 2", "hide_suggestions": true, "require_name": true}}"##,
        )
        .unwrap();
        let (document, annotations, links) = (
            v2.document.clone(),
            v2.annotations.clone(),
            v2.links.clone(),
        );
        let v3 = migrate(v2);
        assert_eq!(v3.version, 3);
        assert_eq!(v3.document, document);
        assert_eq!(v3.annotations, annotations);
        assert_eq!(v3.links, links);
        assert_eq!(
            v3.annotator,
            Some(AnnotatorV1 {
                name: "Rana".into()
            })
        );
        assert!(v3.assignment.is_none() && v3.feedback.is_none() && v3.summary.is_none());
        assert!(v3.structure.is_none());
    }
}
