//! Turning what the user typed on the start screen into a new document, or a specific refusal.

use close_reader_core::model::names::ellipsize;
use close_reader_core::Document;

use crate::i18n::t;
use crate::limits::{too_long_message, MAX_TEXT_CHARS, MAX_TITLE_CHARS};

/// True for URLs shown as links: http and https only.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && lower.len() > "https://".len()
}

/// Builds a document from the start form. The text is kept exactly as given (line ends included).
pub fn new_document(title: &str, source_url: &str, text: &str) -> Result<Document, String> {
    if text.trim().is_empty() {
        return Err(t!("messages-paste-first", field = t!("start-field-text")));
    }
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(too_long_message(chars));
    }
    let url = source_url.trim();
    if !url.is_empty() && !is_web_url(url) {
        return Err(t!("messages-url-not-web"));
    }
    let title = match title.trim() {
        "" => match text.lines().find(|l| !l.trim().is_empty()) {
            Some(line) => ellipsize(line, 80),
            None => t!("messages-untitled"),
        },
        t => t.chars().take(MAX_TITLE_CHARS).collect(),
    };
    Ok(Document::new(
        &title,
        text,
        (!url.is_empty()).then(|| url.to_string()),
    ))
}

/// A new document's default labels named in the interface's language ("Afirmación", "Quelle"…):
/// only those still called as the core names them, so a file's own names are never changed. Ids,
/// colours and keys stay; the document keeps these names whatever language opens it later.
pub fn name_default_labels(doc: &mut Document) {
    for label in &mut doc.labels {
        let english = match label.id.as_str() {
            "claim" => ("Claim", t!("shared-label-claim")),
            "source" => ("Source", t!("shared-label-source")),
            "hedge" => ("Hedge", t!("shared-label-hedge")),
            _ => continue,
        };
        if label.name == english.0 {
            label.name = english.1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_documents_labels_are_named_in_the_interfaces_language() {
        let sources = crate::i18n::all_sources();
        crate::i18n::install(
            crate::i18n::Lang::Es,
            Some(&sources[&crate::i18n::Lang::Es]),
        );
        let mut doc = Document::new("T", "Text.", None);
        doc.labels[1].name = "Fuente citada".into();
        name_default_labels(&mut doc);
        crate::i18n::install(crate::i18n::Lang::En, None);
        let names: Vec<&str> = doc.labels.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["Afirmación", "Fuente citada", "Atenuador"]);
        assert_eq!(doc.labels[0].key, "c", "keys stay");
    }

    #[test]
    fn keeps_text_exactly_and_titles_from_the_first_line() {
        let d = new_document(" ", "", "\r\n  First line here\r\nsecond\u{a0}line\t").unwrap();
        assert_eq!(d.title, "First line here");
        assert_eq!(
            d.text.as_str(),
            "\r\n  First line here\r\nsecond\u{a0}line\t"
        );
        assert_eq!(d.source_url, None);
    }

    #[test]
    fn refuses_empty_text_and_non_web_urls_with_a_reason() {
        assert!(new_document("T", "", " \n\t")
            .unwrap_err()
            .contains("Paste the article"));
        let err = new_document("T", "javascript:alert(1)", "text").unwrap_err();
        assert!(err.contains("http:// or https://"), "{err}");
        assert_eq!(
            new_document("T", "https://example.org/a", "x")
                .unwrap()
                .source_url
                .as_deref(),
            Some("https://example.org/a")
        );
    }

    #[test]
    fn refuses_huge_pastes() {
        let huge = "a".repeat(MAX_TEXT_CHARS + 1);
        let err = new_document("T", "", &huge).unwrap_err();
        assert!(
            err.contains("8,000,001 characters") && err.contains("up to 8,000,000"),
            "{err}"
        );
    }
}
