//! Version 1 of the native file (no links), kept so that files saved before links existed still
//! open: [`migrate`] turns a version 1 file into a version 2 one, as a plain function (and
//! `native_v2::migrate` takes it on to the current version).
//!
//! The parts that did not change (document, labels, annotations, annotator) are defined here, where
//! they were introduced, and reused by the current version.

use serde::{Deserialize, Serialize};

use crate::formats::native_v2::FileV2;
use crate::model::Label;

#[derive(Serialize, Deserialize)]
pub(crate) struct FileV1 {
    pub format: String,
    pub version: u64,
    pub document: DocumentV1,
    pub labels: Vec<LabelV1>,
    pub annotations: Vec<AnnotationV1>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotator: Option<AnnotatorV1>,
}

/// A label as the file writes it: the file's own counterpart of the model's [`Label`], so a
/// change to the model cannot change the file. Named `Label` for serde, whose messages about a
/// malformed label name the type.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Label")]
pub(crate) struct LabelV1 {
    pub id: String,
    pub name: String,
    pub color: String,
    pub key: String,
}

impl LabelV1 {
    pub(crate) fn of(l: &Label) -> LabelV1 {
        LabelV1 {
            id: l.id.clone(),
            name: l.name.clone(),
            color: l.color.clone(),
            key: l.key.clone(),
        }
    }

    pub(crate) fn into_label(self) -> Label {
        Label {
            id: self.id,
            name: self.name,
            color: self.color,
            key: self.key,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct DocumentV1 {
    pub title: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    pub sha256: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct AnnotationV1 {
    pub id: String,
    pub label: String,
    pub start: u64,
    pub end: u64,
    pub quote: String,
    pub prefix: String,
    pub suffix: String,
    pub note: String,
    pub created: String,
    pub modified: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct AnnotatorV1 {
    pub name: String,
}

/// Version 1 → 2: everything is kept as it was, and the document has no links yet.
pub(crate) fn migrate(v1: FileV1) -> FileV2 {
    FileV2 {
        format: v1.format,
        version: 2,
        document: v1.document,
        labels: v1.labels,
        annotations: v1.annotations,
        links: Vec::new(),
        annotator: v1.annotator,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migration_keeps_everything_and_adds_no_links() {
        let v1: FileV1 = serde_json::from_str(
            r##"{"format": "close-reader", "version": 1,
                "document": {"title": "T", "text": "ab", "sha256": "fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603"},
                "labels": [{"id": "claim", "name": "Claim", "color": "#c2410c", "key": "c"}],
                "annotations": [{"id": "a1", "label": "claim", "start": 0, "end": 1, "quote": "a", "prefix": "", "suffix": "b", "note": "", "created": "t", "modified": "t"}],
                "annotator": {"name": "Rana"}}"##,
        )
        .unwrap();
        let (document, annotations) = (v1.document.clone(), v1.annotations.clone());
        let v2 = migrate(v1);
        assert_eq!(v2.version, 2);
        assert_eq!(v2.document, document);
        assert_eq!(v2.annotations, annotations);
        assert_eq!(v2.labels.len(), 1);
        assert_eq!(
            v2.annotator,
            Some(AnnotatorV1 {
                name: "Rana".into()
            })
        );
        assert!(v2.links.is_empty());
    }
}
