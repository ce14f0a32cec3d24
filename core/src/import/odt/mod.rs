//! OpenDocument Text files (.odt, as LibreOffice, Google Docs and pandoc write them) read into an
//! [`Article`]: a password-protected file refused by its manifest, styles gathered from both
//! style parts, the body walked by [`body`], notes gathered in a notes section at the end, the
//! title and author from meta.xml.

mod body;
mod styles;

use crate::import::archive::Archive;
use crate::import::build::Builder;
use crate::import::xml::{first_texts, Xml};
use crate::import::{Article, ImportError};
use crate::model::shape::BlockKind;

use body::{Mode, Skipped, Walker};
use styles::Styles;

const KIND: &str = "OpenDocument";

pub fn from_odt(bytes: &[u8]) -> Result<Article, ImportError> {
    let mut zip = Archive::open(bytes, KIND)?;
    if let Some(manifest) = zip.read_text("META-INF/manifest.xml")? {
        // A password encrypts the parts; the manifest says how, part by part.
        if manifest.contains("encryption-data") {
            return Err(ImportError::Encrypted { kind: KIND });
        }
    }
    let content = zip
        .read_text("content.xml")?
        .ok_or_else(|| ImportError::Damaged {
            kind: KIND,
            detail: "it has no content.xml: it may not be an OpenDocument file".to_string(),
        })?;
    let mut styles = Styles::default();
    if let Some(xml) = zip.read_text("styles.xml")? {
        styles.add(&xml, "styles.xml")?;
    }
    styles.add(&content, "content.xml")?;
    styles.resolve();

    let mut walker = Walker {
        styles: &styles,
        notes: Vec::new(),
        skipped: Skipped::default(),
        first_title: None,
        first_h1: None,
    };
    let mut b = Builder::new();
    walker.walk(
        &mut Xml::new(&content, KIND, "content.xml"),
        &mut b,
        Mode::Body,
    )?;
    let notes = std::mem::take(&mut walker.notes);
    if !notes.is_empty() {
        b.start(BlockKind::Heading(2));
        b.text("Notes");
        for note in notes {
            b.start(BlockKind::Note);
            b.text(&format!("{}. ", note.citation));
            let mut x = Xml::fragment(&content, note.body, KIND, "content.xml");
            walker.walk(&mut x, &mut b, Mode::Note)?;
        }
    }

    let (mut title, mut byline) = (None, None);
    if let Some(meta) = zip.read_text("meta.xml")? {
        // Metadata are a nicety: a broken meta.xml leaves the article without them.
        let names = ["dc:title", "meta:initial-creator", "dc:creator"];
        if let Ok(found) = first_texts(&meta, KIND, "meta.xml", &names) {
            title = found[0].clone();
            // dc:creator is whoever saved the file last; the initial creator is its author.
            byline = found[1].clone().or_else(|| found[2].clone());
        }
    }
    let (text, shape) = b.finish();
    if text.as_str().trim().is_empty() {
        return Err(ImportError::Empty { kind: KIND });
    }
    let s = &walker.skipped;
    let mut left_out = Vec::new();
    let count = |n: usize, one: &str, many: &str| match n {
        0 => None,
        1 => Some(format!("1 {one}")),
        n => Some(format!("{n} {many}")),
    };
    left_out.extend(count(s.pictures, "picture", "pictures"));
    left_out.extend(count(s.comments, "comment", "comments"));
    if s.indexes {
        left_out.push("the table of contents and indexes".to_string());
    }
    Ok(Article {
        title: title
            .or(walker.first_title.take())
            .or(walker.first_h1.take())
            .unwrap_or_default(),
        byline,
        date: None,
        text,
        shape,
        left_out,
    })
}
