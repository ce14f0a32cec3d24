//! Footnotes and endnotes: numbered in the order the text first refers to them (the reference
//! stays in the text as "[1]"), then written after the body as a notes section, each note one
//! block "1. …" read from footnotes.xml or endnotes.xml with that part's own hyperlinks.

use std::collections::HashMap;

use crate::import::archive::Archive;
use crate::import::build::Builder;
use crate::import::docx::body::{Mode, Walker};
use crate::import::docx::package::{hyperlinks, rels, rels_of};
use crate::import::docx::KIND;
use crate::import::xml::{attr, name, Ev, Xml};
use crate::import::ImportError;
use crate::model::shape::BlockKind;

/// Footnotes and endnotes in the order the text first refers to them, numbered from 1.
#[derive(Default)]
pub struct Notes {
    pub order: Vec<(NoteKind, String)>,
    numbers: HashMap<(NoteKind, String), usize>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum NoteKind {
    Foot,
    End,
}

impl Notes {
    pub fn refer(&mut self, kind: NoteKind, id: String) -> usize {
        let next = self.order.len() + 1;
        *self.numbers.entry((kind, id.clone())).or_insert_with(|| {
            self.order.push((kind, id));
            next
        })
    }
}

/// Writes the notes section for the notes the body referred to; `part` finds a part of the
/// document by relationship type, with a default path.
pub fn write(
    zip: &mut Archive,
    walker: &mut Walker,
    b: &mut Builder,
    part: &dyn Fn(&str, &str) -> String,
) -> Result<(), ImportError> {
    if walker.notes.order.is_empty() {
        return Ok(());
    }
    let mut parts = HashMap::new();
    for (kind, rel, default) in [
        (NoteKind::Foot, "/footnotes", "word/footnotes.xml"),
        (NoteKind::End, "/endnotes", "word/endnotes.xml"),
    ] {
        let path = part(rel, default);
        if let Some(xml) = zip.read_text(&path)? {
            let links = hyperlinks(&rels(zip, &rels_of(&path))?);
            let ranges = note_ranges(&xml, &path)?;
            parts.insert(kind, (path, xml, links, ranges));
        }
    }
    b.start(BlockKind::Heading(2));
    b.text("Notes");
    // A note may refer to another: the list can grow while it is written.
    let mut i = 0;
    while let Some((kind, id)) = walker.notes.order.get(i).cloned() {
        i += 1;
        b.start(BlockKind::Note);
        b.text(&format!("{i}. "));
        let Some((path, xml, links, ranges)) = parts.get(&kind) else {
            continue;
        };
        if let Some(range) = ranges.get(&id) {
            let mut x = Xml::fragment(xml, range.clone(), KIND, path);
            walker.walk(&mut x, b, Mode::Note, links)?;
        }
    }
    Ok(())
}

/// Where each note's content lies in footnotes.xml or endnotes.xml (separators left out).
fn note_ranges(
    xml: &str,
    path: &str,
) -> Result<HashMap<String, std::ops::Range<usize>>, ImportError> {
    let mut x = Xml::new(xml, KIND, path);
    let mut out = HashMap::new();
    loop {
        match x.event()? {
            Ev::Start(e) if matches!(name(&e), "w:footnote" | "w:endnote") => {
                let id = attr(&e, "w:id");
                let range = x.skip(&e)?;
                if let Some(id) = id {
                    out.entry(id).or_insert(range);
                }
            }
            Ev::Eof => return Ok(out),
            _ => {}
        }
    }
}
