//! Word 2007+ documents (.docx, as Word, Google Docs, LibreOffice and pandoc write them) read
//! into an [`Article`]: the package's parts found through its relationships, the body walked by
//! [`body`], footnotes and endnotes gathered in a notes section at the end, the title and author
//! from the document's properties.

mod body;
mod fields;
mod left_out;
mod notes;
mod package;
mod styles;

use crate::import::archive::Archive;
use crate::import::build::Builder;
use crate::import::xml::{first_texts, Xml};
use crate::import::{Article, ImportError};

use body::{Mode, Walker};
use left_out::Skipped;
use notes::Notes;
use package::{find, hyperlinks, rels, rels_of};
use styles::{Numbering, Styles};

pub(crate) const KIND: &str = "Word";

/// The signature of an OLE compound file: what a password-protected .docx (and an old .doc) is.
const COMPOUND_FILE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

pub fn from_docx(bytes: &[u8]) -> Result<Article, ImportError> {
    if bytes.starts_with(COMPOUND_FILE) {
        return Err(compound_file(bytes));
    }
    let mut zip = Archive::open(bytes, KIND)?;
    let package = rels(&mut zip, "_rels/.rels")?;
    let main = find(&package, "/officeDocument").unwrap_or_else(|| "word/document.xml".to_string());
    let document = zip.read_text(&main)?.ok_or_else(|| ImportError::Damaged {
        kind: KIND,
        detail: "it has no document part: it may not be a Word file".to_string(),
    })?;
    let doc_rels = rels(&mut zip, &rels_of(&main))?;
    let part =
        |kind: &str, default: &str| find(&doc_rels, kind).unwrap_or_else(|| default.to_string());

    let styles = match zip.read_text(&part("/styles", "word/styles.xml"))? {
        Some(xml) => Styles::read(&xml)?,
        None => Styles::default(),
    };
    let mut numbering = match zip.read_text(&part("/numbering", "word/numbering.xml"))? {
        Some(xml) => Numbering::read(&xml)?,
        None => Numbering::default(),
    };
    let mut notes = Notes::default();
    let mut skipped = Skipped::default();
    let mut walker = Walker {
        styles: &styles,
        numbering: &mut numbering,
        notes: &mut notes,
        skipped: &mut skipped,
        first_title: None,
        first_h1: None,
    };
    let mut b = Builder::new();
    walker.walk(
        &mut Xml::new(&document, KIND, &main),
        &mut b,
        Mode::Body,
        &hyperlinks(&doc_rels),
    )?;

    notes::write(&mut zip, &mut walker, &mut b, &part)?;

    let (first_title, first_h1) = (walker.first_title.take(), walker.first_h1.take());
    let core =
        find(&package, "/core-properties").unwrap_or_else(|| "docProps/core.xml".to_string());
    let (mut title, mut byline) = (None, None);
    if let Some(xml) = zip.read_text(&core)? {
        // Document properties are a nicety: a broken core.xml leaves the article without them.
        if let Ok(found) = first_texts(&xml, KIND, &core, &["dc:title", "dc:creator"]) {
            [title, byline] = [found[0].clone(), found[1].clone()];
        }
    }
    let (text, shape) = b.finish();
    if text.as_str().trim().is_empty() {
        return Err(ImportError::Empty { kind: KIND });
    }
    Ok(Article {
        title: title.or(first_title).or(first_h1).unwrap_or_default(),
        byline,
        date: None,
        text,
        shape,
        left_out: left_out::words(&skipped),
    })
}

/// What a compound file is: an encrypted package holds an `EncryptedPackage` stream (its name
/// is written in UTF-16 in the file's directory); anything else is a Word 97–2003 file.
fn compound_file(bytes: &[u8]) -> ImportError {
    let stream: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    if bytes.windows(stream.len()).any(|w| w == stream.as_slice()) {
        ImportError::Encrypted { kind: KIND }
    } else {
        ImportError::Damaged {
            kind: KIND,
            detail: "it is an old Word 97–2003 .doc file; save it as .docx and open that"
                .to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::outline::outline;
    use std::io::{Cursor, Write};
    use zip::write::SimpleFileOptions;

    /// A package of the given parts, for the cases the fixtures made by tools do not show.
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

    fn body(paragraphs: &str) -> String {
        format!(
            r#"<w:document xmlns:w="w" xmlns:r="r"><w:body>{paragraphs}<w:sectPr/></w:body></w:document>"#
        )
    }

    const STYLES: &str = r#"<w:styles xmlns:w="w">
      <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:rPr><w:i/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Loud"><w:name w:val="Loud"/><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="Em"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
    </w:styles>"#;

    fn read(paragraphs: &str, more: &[(&str, &str)]) -> Article {
        let doc = body(paragraphs);
        let mut parts = vec![
            ("word/document.xml", doc.as_str()),
            ("word/styles.xml", STYLES),
        ];
        parts.extend_from_slice(more);
        from_docx(&package(&parts)).unwrap()
    }

    fn p(style: &str, runs: &str) -> String {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{style}"/><w:rPr><w:b/></w:rPr></w:pPr>{runs}</w:p>"#
        )
    }

    fn r(props: &str, text: &str) -> String {
        format!(r#"<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>"#)
    }

    #[test]
    fn run_properties_follow_styles_and_their_off_values() {
        let a = read(
            &[
                p("Title", &r("", "A title")),
                p(
                    "Loud",
                    &(r("", "loud ")
                        + &r(r#"<w:b w:val="0"/>"#, "quiet ")
                        + &r(r#"<w:b w:val="false"/><w:rStyle w:val="Em"/>"#, "soft")),
                ),
                p("Quote", &r("", "Said softly.")),
                p("H1", &r("", "Section")),
            ]
            .concat(),
            &[],
        );
        assert_eq!(
            outline(&a),
            "h1| A title\np| **loud** quiet *soft*\nq1| *Said softly.*\nh1| Section\n",
            "a heading's own bold is not emphasis; the paragraph mark's bold is not the text's"
        );
        assert_eq!(
            a.title, "A title",
            "the first Title when the properties have none"
        );
    }

    #[test]
    fn breaks_tabs_and_fields() {
        let field = concat!(
            r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r>"#,
            r#"<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/f" </w:instrText></w:r>"#,
            r#"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>field</w:t></w:r>"#,
            r#"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#,
        );
        let runs = [
            r#"<w:r><w:t>one</w:t><w:tab/><w:t>two</w:t><w:br/><w:t>three</w:t><w:br w:type="page"/><w:t>four </w:t></w:r>"#,
            field,
            r#"<w:fldSimple w:instr="PAGE"><w:r><w:t> 7</w:t></w:r></w:fldSimple>"#,
            r#"<w:hyperlink r:id="rJs"><w:r><w:t> script</w:t></w:r></w:hyperlink>"#,
        ]
        .concat();
        let rels = r#"<Relationships xmlns="x"><Relationship Id="rJs" Type="t/hyperlink" Target="javascript:alert(1)" TargetMode="External"/></Relationships>"#;
        let a = read(
            &format!("<w:p>{runs}</w:p>"),
            &[("word/_rels/document.xml.rels", rels)],
        );
        assert_eq!(
            outline(&a),
            "p| one two\np+| three four [field](https://example.org/f) 7 script\n"
        );
    }

    #[test]
    fn endnotes_follow_footnotes_in_the_order_they_are_referred_to() {
        let runs = r#"<w:p><w:r><w:t>A</w:t></w:r><w:r><w:endnoteReference w:id="5"/></w:r><w:r><w:t> b</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:endnoteReference w:id="5"/></w:r></w:p>"#;
        let foot = r#"<w:footnotes xmlns:w="w"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Foot, </w:t></w:r></w:p><w:p><w:r><w:t>two paragraphs.</w:t></w:r></w:p></w:footnote></w:footnotes>"#;
        let end = r#"<w:endnotes xmlns:w="w"><w:endnote w:id="5"><w:p><w:r><w:t>End.</w:t></w:r></w:p></w:endnote></w:endnotes>"#;
        let a = read(
            runs,
            &[("word/footnotes.xml", foot), ("word/endnotes.xml", end)],
        );
        assert_eq!(
            outline(&a),
            "p| A[1] b[2][1]\nh2| Notes\nnote| 1. End.\nnote| 2. Foot,\nnote+| two paragraphs.\n"
        );
    }

    #[test]
    fn contents_pictures_and_comments_are_left_out_and_listed() {
        let toc = r#"<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Contents line</w:t></w:r></w:p></w:sdtContent></w:sdt>"#;
        let field_toc = p("TOC1", &r("", "Section ..... 3"));
        let picture = r#"<w:p><w:r><w:drawing><wp:inline><a:t>alt</a:t></wp:inline></w:drawing></w:r><w:r><w:t>Text</w:t></w:r><w:r><w:commentReference w:id="0"/></w:r></w:p>"#;
        let a = read(&[toc, &field_toc, picture].concat(), &[]);
        assert_eq!(outline(&a), "p| Text\n");
        assert_eq!(
            a.left_out,
            ["1 picture", "1 comment", "the table of contents"]
        );
    }

    #[test]
    fn an_old_doc_and_an_empty_document_say_what_they_are() {
        let mut old = COMPOUND_FILE.to_vec();
        old.extend_from_slice(&[0; 512]);
        let e = from_docx(&old).unwrap_err();
        assert!(e.to_string().contains("Word 97–2003"), "{e}");
        let doc = body("<w:p/>");
        let e = from_docx(&package(&[("word/document.xml", &doc)])).unwrap_err();
        assert_eq!(e, ImportError::Empty { kind: "Word" });
        let e = from_docx(&package(&[("other.xml", "<a/>")])).unwrap_err();
        assert!(e.to_string().contains("no document part"), "{e}");
    }
}
