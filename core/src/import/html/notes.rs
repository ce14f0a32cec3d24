//! Footnotes and endnotes in web pages and EPUB chapters, as EPUB (`epub:type`) and DPUB-ARIA
//! (`role`) mark them, and their references written the way every importer writes one: "[1]".
//! A bare "1" glued to the word before it reads as part of that word or number ("season.1",
//! "412 packets1") once the superscript is gone; brackets say "a reference" in plain text, as
//! Word and OpenDocument references already read.

use super::dom::{Dom, NodeId};

fn tokens<'a>(dom: &'a Dom, id: NodeId) -> impl Iterator<Item = &'a str> {
    let of = |name| dom.attr(id, name).unwrap_or("");
    of("epub:type")
        .split_ascii_whitespace()
        .chain(of("role").split_ascii_whitespace())
}

/// A footnote or endnote.
pub fn is_note(dom: &Dom, id: NodeId) -> bool {
    tokens(dom, id).any(|t| {
        matches!(
            t,
            "footnote" | "endnote" | "rearnote" | "note" | "doc-footnote" | "doc-endnote"
        )
    })
}

/// A reference to a note (`epub:type="noteref"`, `role="doc-noteref"`).
pub fn is_reference(dom: &Dom, id: NodeId) -> bool {
    tokens(dom, id).any(|t| matches!(t, "noteref" | "doc-noteref"))
}

/// A reference as it is written: its label ("1", "[2]", "*") in brackets, or nothing when it
/// has no label.
pub fn reference(dom: &Dom, id: NodeId) -> Option<String> {
    let text = dom.text_content(id);
    let label = text
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim();
    (!label.is_empty()).then(|| format!("[{label}]"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::html::dom::parse;

    #[test]
    fn a_reference_is_bracketed_once_and_an_empty_one_is_nothing() {
        let dom = parse(
            r##"<p><a role="doc-noteref" href="#n1"><sup>1</sup></a><a epub:type="noteref">[2]</a><a role="doc-noteref"> </a><a href="#x">3</a></p>"##,
        );
        let links: Vec<NodeId> = dom
            .descendants(dom.document())
            .filter(|&id| dom.is(id, "a"))
            .collect();
        let read: Vec<Option<String>> = links
            .iter()
            .map(|&a| is_reference(&dom, a).then(|| reference(&dom, a)).flatten())
            .collect();
        assert_eq!(read, [Some("[1]".into()), Some("[2]".into()), None, None]);
    }
}
