//! The parts of a Word package and the relationships between them: which part is the document,
//! its styles, numbering and notes, and where its hyperlinks point (web and mail addresses only).

use std::collections::HashMap;

use crate::import::archive::Archive;
use crate::import::docx::KIND;
use crate::import::xml::{attr, folder, local, name, part_path, web_link, Ev, Xml};
use crate::import::ImportError;

/// A relationship of a part: its id, type, target (resolved to a part path unless external).
pub struct Rel {
    pub id: String,
    pub kind: String,
    pub target: String,
    pub external: bool,
}

/// The relationships part that goes with `part` (`word/document.xml` → `word/_rels/document.xml.rels`).
pub fn rels_of(part: &str) -> String {
    let (dir, file) = (folder(part), &part[folder(part).len()..]);
    format!("{dir}_rels/{file}.rels")
}

pub fn rels(zip: &mut Archive, path: &str) -> Result<Vec<Rel>, ImportError> {
    let Some(xml) = zip.read_text(path)? else {
        return Ok(Vec::new());
    };
    // The source part's folder: `_rels/x.rels` describes a part beside the `_rels` folder.
    let base = folder(path)
        .strip_suffix("_rels/")
        .unwrap_or("")
        .to_string();
    let mut x = Xml::new(&xml, KIND, path);
    let mut out = Vec::new();
    loop {
        match x.event()? {
            Ev::Start(e) if local(name(&e)) == "Relationship" => {
                let external =
                    attr(&e, "TargetMode").is_some_and(|m| m.eq_ignore_ascii_case("External"));
                let (Some(id), Some(kind), Some(target)) =
                    (attr(&e, "Id"), attr(&e, "Type"), attr(&e, "Target"))
                else {
                    continue;
                };
                let target = if external {
                    target
                } else {
                    part_path(&base, &target).unwrap_or_default()
                };
                out.push(Rel {
                    id,
                    kind,
                    target,
                    external,
                });
            }
            Ev::Eof => return Ok(out),
            _ => {}
        }
    }
}

/// The internal part a relationship of type `…{suffix}` points at.
pub fn find(rels: &[Rel], suffix: &str) -> Option<String> {
    rels.iter()
        .find(|r| !r.external && r.kind.ends_with(suffix) && !r.target.is_empty())
        .map(|r| r.target.clone())
}

/// Hyperlink relationships kept as links: id → web address.
pub fn hyperlinks(rels: &[Rel]) -> HashMap<String, String> {
    rels.iter()
        .filter(|r| r.external && r.kind.ends_with("/hyperlink"))
        .filter_map(|r| Some((r.id.clone(), web_link(&r.target)?)))
        .collect()
}
