//! OpenDocument Text files (.odt, as LibreOffice, Google Docs and pandoc write them) read into an
//! [`Article`]: a password-protected file refused by its manifest, styles gathered from both
//! style parts, the body walked by [`body`], notes gathered in a notes section at the end, the
//! title and author from meta.xml.

mod body;
mod lists;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::outline::outline;
    use std::io::{Cursor, Write};
    use zip::write::SimpleFileOptions;

    fn package(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut w = zip::ZipWriter::new(&mut out);
        for (name, text) in parts {
            w.start_file(*name, SimpleFileOptions::default()).unwrap();
            w.write_all(text.as_bytes()).unwrap();
        }
        w.finish().unwrap();
        out.into_inner()
    }

    /// content.xml around a body, with a numbered list style and bold and italic text styles.
    fn read(body: &str) -> Article {
        read_odt(body).unwrap()
    }

    fn read_odt(body: &str) -> Result<Article, ImportError> {
        let content = format!(
            r#"<office:document-content><office:automatic-styles>
              <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
              <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
              <style:style style:name="N" style:family="text"><style:text-properties fo:font-weight="normal"/></style:style>
              <text:list-style style:name="Num"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>
            </office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
        );
        from_odt(&package(&[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", &content),
        ]))
    }

    #[test]
    fn spans_spaces_and_breaks() {
        let a = read(concat!(
            r#"<text:h text:outline-level="9">Deep heading</text:h>"#,
            r#"<text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/><text:span text:style-name="B">bold "#,
            r#"<text:span text:style-name="I">both <text:span text:style-name="N">italic</text:span></text:span></text:span></text:p>"#,
        ));
        assert_eq!(
            outline(&a),
            "h6| Deep heading\np| a b c\np+| **bold *both** italic*\n"
        );
        assert_eq!(a.title, "", "no Title paragraph, no heading of level 1");
    }

    #[test]
    fn lists_continue_restart_and_hold_later_paragraphs() {
        let a = read(concat!(
            r#"<text:list xml:id="one" text:style-name="Num"><text:list-item><text:p>first</text:p><text:p>more of it</text:p></text:list-item>"#,
            r#"<text:list-header><text:p>a header</text:p></text:list-header></text:list>"#,
            r#"<text:p>between</text:p>"#,
            r#"<text:list text:style-name="Num" text:continue-numbering="true"><text:list-item><text:p>second</text:p></text:list-item></text:list>"#,
            r#"<text:list text:style-name="Num"><text:list-item><text:p>again</text:p></text:list-item></text:list>"#,
            r#"<text:list text:style-name="Num" text:continue-list="one"><text:list-item><text:p>third</text:p></text:list-item></text:list>"#,
        ));
        assert_eq!(
            outline(&a),
            "li1.1| first\nli1.1+| more of it\nli1.| a header\np| between\nli1.2| second\nli1.1| again\nli1.3| third\n"
        );
    }

    #[test]
    fn notes_comments_frames_and_indexes() {
        let a = read(concat!(
            r#"<text:table-of-content><text:index-body><text:p>Contents 1</text:p></text:index-body></text:table-of-content>"#,
            r#"<text:p>Text<office:annotation><text:p>a comment</text:p></office:annotation>"#,
            r#"<draw:frame><draw:text-box><text:p>in a box</text:p></draw:text-box></draw:frame>"#,
            r#"<text:note text:note-class="endnote"><text:note-citation>i</text:note-citation>"#,
            r#"<text:note-body><text:p>An <text:a xlink:href="https://example.org/n">endnote</text:a>.</text:p><text:p>Two.</text:p></text:note-body></text:note> ends.</text:p>"#,
        ));
        assert_eq!(
            outline(&a),
            "p| Text[i] ends.\nh2| Notes\nnote| i. An [endnote](https://example.org/n).\nnote+| Two.\n"
        );
        assert_eq!(
            a.left_out,
            [
                "1 picture",
                "1 comment",
                "the table of contents and indexes"
            ]
        );
    }

    #[test]
    fn an_empty_file_and_one_without_content_say_what_they_are() {
        let e = read_odt("<text:p> <text:span/></text:p>").unwrap_err();
        assert_eq!(
            e,
            ImportError::Empty {
                kind: "OpenDocument"
            }
        );
        let e = from_odt(&package(&[("mimetype", "x")])).unwrap_err();
        assert!(e.to_string().contains("no content.xml"), "{e}");
    }
}
