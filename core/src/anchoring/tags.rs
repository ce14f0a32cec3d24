//! Another tool's tags turned into the document's labels: a tag names a label by its id or name
//! (ignoring case), and a tag that names none becomes a label of its own, named after the tag.

use super::foreign::LabelResolution;
use crate::model::Document;

/// The label a tag names: by id or by name, ignoring case and surrounding spaces.
pub fn resolve_tag<'d>(doc: &'d Document, tag: &str) -> Option<&'d str> {
    let t = tag.trim().to_lowercase();
    // A label made for a long tag is named after its first characters: the same tag finds it again.
    let short: String = label_name_for_tag(tag).to_lowercase();
    doc.labels
        .iter()
        .find(|l| l.id.to_lowercase() == t)
        .or_else(|| {
            doc.labels
                .iter()
                .find(|l| l.name.trim().to_lowercase() == t)
        })
        .or_else(|| {
            doc.labels
                .iter()
                .find(|l| l.name.trim().to_lowercase() == short)
        })
        .map(|l| l.id.as_str())
}

/// Longest name of a label made for a tag of another tool.
pub const TAG_LABEL_CHARS: usize = 40;

/// The name of the label made for an unknown tag: the tag, cut to [`TAG_LABEL_CHARS`] characters.
pub fn label_name_for_tag(tag: &str) -> String {
    tag.trim()
        .chars()
        .take(TAG_LABEL_CHARS)
        .collect::<String>()
        .trim()
        .to_string()
}

/// The label the first tag naming one resolves to, and the other tags (which a span of Close
/// Reader, with one label, cannot hold).
pub(super) fn resolve_tags(doc: &Document, tags: &[String]) -> (LabelResolution, Vec<String>) {
    let tags: Vec<&String> = tags.iter().filter(|t| !t.trim().is_empty()).collect();
    let Some(first) = tags.first() else {
        return (LabelResolution::Missing, Vec::new());
    };
    match tags.iter().position(|t| resolve_tag(doc, t).is_some()) {
        Some(i) => {
            let id = resolve_tag(doc, tags[i]).expect("just found").to_string();
            let others = tags
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, t)| t.to_string())
                .collect();
            (LabelResolution::Known(id), others)
        }
        None => (
            LabelResolution::Unknown(first.trim().to_string()),
            tags[1..].iter().map(|t| t.to_string()).collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_tag_finds_the_label_made_for_it_again() {
        let mut d = Document::new("T", "The plan worked.", None);
        let tag = "A tag of another tool that goes on for well over forty characters";
        let name = label_name_for_tag(tag);
        assert_eq!(name.chars().count(), TAG_LABEL_CHARS);
        assert_eq!(resolve_tag(&d, tag), None);
        d.labels
            .push(crate::Label::new("long", &name, "#047857", ""));
        assert_eq!(resolve_tag(&d, tag), Some("long"));
        assert_eq!(
            resolve_tag(&d, &format!("  {}  ", tag.to_uppercase())),
            Some("long")
        );
        assert_eq!(
            resolve_tag(&d, "A tag of another tool"),
            None,
            "a prefix is another tag"
        );
    }
}
