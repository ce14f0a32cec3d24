//! The printed handout's end matter: a legend and the numbered notes, each with its label and the
//! words it marks. Built as plain text nodes just before printing (the browser's Print or the Export
//! menu's) and removed afterwards, so the page does not carry a copy of every note while editing.

use close_reader_core::model::label::slot;
use close_reader_core::Document;
use web_sys::{Document as Dom, Element};

use crate::i18n::{num, t};

const ID: &str = "print-notes";

/// Replaces the print section with one for `doc`, at the end of the page.
pub fn fill(doc: &Document) {
    let Some(dom) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    clear();
    let Some(body) = dom.body() else { return };
    let Some(section) = el(&dom, "section", "print-notes", None) else {
        return;
    };
    section.set_id(ID);
    let _ = section.set_attribute("aria-hidden", "true");
    let slot = |id: &str| slot(&doc.labels, id);

    let legend = el(&dom, "ul", "legend", None);
    for (label, n) in doc.counts().into_iter().filter(|(_, n)| *n > 0) {
        let li = el(&dom, "li", "", None);
        let mark = el(
            &dom,
            "mark",
            &format!("l{}", slot(&label.id)),
            Some(&label.name),
        );
        let count = el(&dom, "span", "count", Some(&format!(" {}", num(n as f64))));
        append(&li, [mark, count]);
        append(&legend, [li]);
    }
    append(
        &Some(section.clone()),
        [
            el(&dom, "h2", "", Some(&t!("messages-print-labels"))),
            legend,
        ],
    );

    let noted: Vec<_> = doc
        .annotations()
        .iter()
        .filter(|a| !a.note.trim().is_empty())
        .collect();
    if !noted.is_empty() {
        let list = el(&dom, "ol", "notes", None);
        for (i, a) in noted.into_iter().enumerate() {
            let name = doc.label(&a.label).map_or(a.label.as_str(), |l| &l.name);
            let li = el(&dom, "li", "", None);
            // The number is text, not a list marker: a marker of three digits or more is cut off
            // by the list's margin on paper.
            let number = el(
                &dom,
                "span",
                "num",
                Some(&t!("messages-print-note-number", number = i + 1)),
            );
            let badge = el(
                &dom,
                "span",
                &format!("badge l{}", slot(&a.label)),
                Some(name),
            );
            let quote = el(&dom, "q", "", Some(doc.quote(a)));
            let note = el(&dom, "p", "note", Some(&a.note));
            let body = el(&dom, "div", "note-body", None);
            append(&body, [badge, quote, note]);
            append(&li, [number, body]);
            append(&list, [li]);
        }
        append(
            &Some(section.clone()),
            [el(&dom, "h2", "", Some(&t!("messages-print-notes"))), list],
        );
    }
    let _ = body.append_child(&section);
}

/// Removes the print section, if any.
pub fn clear() {
    if let Some(old) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ID))
    {
        old.remove();
    }
}

/// An element with a class and, optionally, text (set as text, never parsed as HTML).
fn el(dom: &Dom, tag: &str, class: &str, text: Option<&str>) -> Option<Element> {
    let e = dom.create_element(tag).ok()?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if let Some(t) = text {
        e.set_text_content(Some(t));
    }
    Some(e)
}

fn append<const N: usize>(parent: &Option<Element>, children: [Option<Element>; N]) {
    if let Some(p) = parent {
        for c in children.into_iter().flatten() {
            let _ = p.append_child(&c);
        }
    }
}
