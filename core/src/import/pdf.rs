//! PDF handouts read into an article: lopdf reads the file's objects (with bounded inflation and
//! a rebuilt cross-reference table when the file's own is broken), and the importer does the rest
//! itself: glyphs placed on the page ([`glyphs`], [`fonts`]), lines, columns and reading order
//! ([`layout`]), running headers, footers and page numbers taken away ([`furniture`]), footnotes
//! taken out of the pages' feet ([`notes`]), and paragraphs, headings and list items rebuilt
//! ([`paragraphs`]) with their bold and italic words and note references ([`inline`]). Why lopdf and not another
//! extractor: docs/pdf-extractors.md.

mod cmap;
mod encoding;
mod fonts;
mod furniture;
mod glyphs;
mod inline;
mod layout;
mod notes;
mod paragraphs;

use lopdf::{Document, LoadOptions, Object};

use crate::import::build::Builder;
use crate::import::{Article, ImportError};

const KIND: &str = "PDF";
/// The most pages a PDF may have.
pub const PAGE_LIMIT: usize = 5000;
/// The most one stream (a page's content, a font's map, an object stream) may inflate to.
pub const DECOMPRESS_LIMIT: usize = 64 << 20;

/// A limit of the work one document may cost, reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Limit {
    Content,
    Operators,
    Glyphs,
}

impl Limit {
    fn error(self) -> ImportError {
        let what = match self {
            Limit::Content => format!(
                "its pages' contents unpack to more than {} MB (or one of them to more than {} MB)",
                256,
                DECOMPRESS_LIMIT >> 20
            ),
            Limit::Operators => "its pages hold too many drawing instructions".to_string(),
            Limit::Glyphs => "its pages hold more than four million characters".to_string(),
        };
        ImportError::TooLarge { what }
    }
}

/// Reads a PDF into an article.
pub fn from_pdf(bytes: &[u8]) -> Result<Article, ImportError> {
    let doc = load(bytes)?;
    // A page reached twice is a loop in a damaged page tree: it is read once.
    let mut once = std::collections::HashSet::new();
    let pages: Vec<lopdf::ObjectId> = doc
        .page_iter()
        .filter(|id| once.insert(*id))
        .take(PAGE_LIMIT + 1)
        .collect();
    let claimed = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"Pages").ok())
        .and_then(|p| deref(&doc, p).as_dict().ok())
        .and_then(|p| p.get(b"Count").ok())
        .and_then(|c| c.as_i64().ok())
        .unwrap_or(0);
    if pages.len() > PAGE_LIMIT || claimed > PAGE_LIMIT as i64 {
        let count = pages.len().max(claimed.clamp(0, i64::MAX) as usize);
        return Err(ImportError::TooLarge {
            what: format!("it has {count} pages or more, and at most {PAGE_LIMIT} can be opened"),
        });
    }
    if pages.is_empty() {
        return Err(damaged("it has no pages that can be read"));
    }
    let mut budget = glyphs::Budget::default();
    let mut fonts = glyphs::Fonts::default();
    let mut page_lines = Vec::with_capacity(pages.len());
    let mut heights = Vec::with_capacity(pages.len());
    let (mut glyph_count, mut turned) = (0usize, 0usize);
    for (index, id) in pages.iter().enumerate() {
        let page = glyphs::page(&doc, *id, &mut fonts, &mut budget).map_err(Limit::error)?;
        glyph_count += page.glyphs.iter().filter(|g| g.text != " ").count();
        turned += page.turned;
        heights.push(page.height);
        page_lines.push(layout::lines(&page, index));
    }
    if glyph_count == 0 {
        return Err(ImportError::NoTextLayer);
    }
    let removed = furniture::remove(&mut page_lines, &heights);
    let body = paragraphs::body_size(page_lines.iter().flatten());
    let notes = notes::take(&mut page_lines, body);
    let lines: Vec<layout::Line> = page_lines.into_iter().flatten().collect();
    let mut b = Builder::new();
    paragraphs::write(&lines, &notes, &mut b);
    let (text, shape) = b.finish();
    if text.is_empty() {
        return Err(ImportError::Empty { kind: KIND });
    }
    let title = title(&doc).unwrap_or_else(|| first_heading(&text, &shape));
    let mut left_out = Vec::new();
    if removed > 0 {
        left_out.push("the running headers, footers and page numbers".to_string());
    }
    if turned > 0 {
        left_out.push("text set at an angle".to_string());
    }
    Ok(Article {
        title,
        byline: None,
        date: None,
        text,
        shape,
        left_out,
    })
}

fn damaged(detail: &str) -> ImportError {
    ImportError::Damaged {
        kind: KIND,
        detail: detail.to_string(),
    }
}

/// The document's objects, or why they cannot be read.
fn load(bytes: &[u8]) -> Result<Document, ImportError> {
    let head = &bytes[..bytes.len().min(1024)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(damaged("it does not begin as a PDF does"));
    }
    let options = LoadOptions {
        max_decompressed_size: Some(DECOMPRESS_LIMIT),
        ..LoadOptions::default()
    };
    let cut_short = !bytes[bytes.len().saturating_sub(1024)..]
        .windows(5)
        .any(|w| w == b"%%EOF");
    let doc = match Document::load_mem_with_options(bytes, options) {
        Ok(doc) => doc,
        Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => {
            return Err(ImportError::TooLarge {
                what: format!(
                    "a part of it unpacks to more than {} MB",
                    DECOMPRESS_LIMIT >> 20
                ),
            })
        }
        Err(lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword) => {
            return Err(ImportError::Encrypted { kind: KIND })
        }
        Err(_) if cut_short => return Err(damaged("it is cut short: its end is missing")),
        Err(e) => return Err(damaged(&format!("its structure cannot be read: {e}"))),
    };
    // An encrypted file is decrypted on loading when it opens without a password.
    if doc.trailer.get(b"Encrypt").is_ok() && doc.encryption_state.is_none() {
        return Err(ImportError::Encrypted { kind: KIND });
    }
    if doc.catalog().is_err() || doc.page_iter().next().is_none() {
        return Err(if cut_short {
            damaged("it is cut short: its end is missing")
        } else {
            damaged("its catalogue of pages is missing")
        });
    }
    Ok(doc)
}

/// An object, its references followed (lopdf bounds the chain).
fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    doc.dereference(o).map_or(&Object::Null, |(_, o)| o)
}

fn number(doc: &Document, o: &Object) -> Option<f32> {
    match deref(doc, o) {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

/// The title the file gives itself (its Info dictionary, then its XMP metadata), if it means
/// something: not empty, not a file's name, not a placeholder.
fn title(doc: &Document) -> Option<String> {
    let info = doc
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|i| deref(doc, i).as_dict().ok())
        .and_then(|i| i.get(b"Title").ok())
        .and_then(|t| lopdf::decode_text_string(deref(doc, t)).ok());
    let xmp = || {
        let meta = doc.catalog().ok()?.get(b"Metadata").ok()?;
        let stream = deref(doc, meta).as_stream().ok()?;
        let xml = stream.get_plain_content_with_limit(1 << 20).ok()?;
        xmp_title(&String::from_utf8_lossy(&xml))
    };
    info.filter(|t| meaningful(t))
        .or_else(|| xmp().filter(|t| meaningful(t)))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The first `rdf:li` of the `dc:title` in XMP metadata.
fn xmp_title(xml: &str) -> Option<String> {
    let start = xml.find("<dc:title")?;
    let rest = &xml[start..];
    let rest = &rest[..rest.find("</dc:title>")?];
    let li = &rest[rest.find("<rdf:li")?..];
    let text = &li[li.find('>')? + 1..];
    let text = &text[..text.find('<')?];
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
    Some(text)
}

fn meaningful(title: &str) -> bool {
    let t = title.trim().to_lowercase();
    let placeholder = [
        "untitled",
        "title",
        "document",
        "microsoft word",
        "slide 1",
        "(anonymous)",
    ];
    let file_name = [
        ".pdf", ".doc", ".docx", ".odt", ".rtf", ".tex", ".indd", ".txt", ".html", ".htm",
    ];
    !t.is_empty()
        && t.chars().any(char::is_alphabetic)
        && !placeholder.contains(&t.as_str())
        && !t.starts_with("microsoft word - ")
        && !file_name.iter().any(|ext| t.ends_with(ext))
}

/// The text of the first heading, or nothing.
fn first_heading(text: &crate::model::Text, shape: &crate::model::shape::Shape) -> String {
    shape
        .blocks()
        .iter()
        .find(|b| matches!(b.kind, crate::model::shape::BlockKind::Heading(_)))
        .map(|b| {
            text.slice(b.span)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_that_say_nothing_are_not_titles() {
        assert!(meaningful("The Harbour Library Reopens"));
        for t in [
            "",
            "  ",
            "Untitled",
            "report-final.docx",
            "Microsoft Word - notes",
            "123",
        ] {
            assert!(!meaningful(t), "{t:?}");
        }
    }

    #[test]
    fn an_xmp_title_is_read_from_its_first_alternative() {
        let xml = r#"<x:xmpmeta><rdf:RDF><rdf:Description><dc:title><rdf:Alt>
            <rdf:li xml:lang="x-default">Tides &amp; Times</rdf:li></rdf:Alt></dc:title>
            </rdf:Description></rdf:RDF></x:xmpmeta>"#;
        assert_eq!(xmp_title(xml).as_deref(), Some("Tides & Times"));
        assert_eq!(xmp_title("<dc:creator>x</dc:creator>"), None);
    }

    #[test]
    fn what_is_not_a_pdf_is_damaged() {
        assert!(matches!(
            from_pdf(b"PK\x03\x04 not a pdf"),
            Err(ImportError::Damaged { .. })
        ));
        assert!(matches!(from_pdf(b""), Err(ImportError::Damaged { .. })));
    }
}
