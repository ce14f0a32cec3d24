//! Web pages, pastes and EPUB chapters read into an [`Article`]: parsed as a browser parses them
//! (html5ever), walked into the [`Builder`] as text and shape, never written back out as HTML.
//!
//! - [`from_paste`]: HTML from the clipboard, every element mapped, page chrome left out.
//! - [`from_page`]: a saved page ("Save page as…"): its main article, title, byline and date.
//! - [`from_mhtml`]: a page saved as one file (Chromium's "Webpage, single file").
//! - [`chapter`]: an EPUB chapter's XHTML written into the EPUB importer's builder.
//!
//! The mapping (`walk`): h1–h6 are headings; p and other blocks paragraphs; ul/ol items with their
//! depth and number (`start`, `value`, `reversed`); blockquote quote paragraphs; pre preformatted;
//! `<br>` a line break; b/strong, em/i and `font-weight`/`font-style` styles emphasis; code, kbd
//! and samp code; links only to http:, https: and mailto: (relative ones resolved against the
//! page's address when known); an image's meaningful alt text, or its figure's caption, a caption;
//! a table row one paragraph with its cells separated by " · ". Scripts, styles, embedded things,
//! form controls, SVG and MathML, hidden elements, and (except in a chapter) nav, aside, footer and a
//! header outside an article are left out. Stylesheets are not read: only inline styles count.

mod charset;
mod dom;
mod left_out;
mod link;
mod meta;
mod mhtml;
mod notes;
mod page;
mod readability;
mod style;
mod walk;
mod xhtml;

use crate::import::build::Builder;
use crate::import::{Article, ImportError};
use crate::model::shape::BlockKind;
use walk::{Mode, Walk};

/// The largest page, paste or chapter read (a limit that keeps the worker's memory bounded).
pub const MAX_BYTES: usize = 64 << 20;

fn too_large(what: &str, len: usize) -> ImportError {
    ImportError::TooLarge {
        what: format!(
            "the {what} is {} MB, more than the {} MB a page may have",
            len >> 20,
            MAX_BYTES >> 20
        ),
    }
}

/// HTML from the clipboard (a browser's `text/html`, a Google Docs copy) as an article. Nothing in
/// it is refused: what cannot be read is left out, and a paste with no text is an empty article.
pub fn from_paste(html: &str) -> Article {
    let dom = dom::parse(without_clipboard_header(html));
    let body = dom.find(dom.document(), "body").unwrap_or(dom.document());
    let mut b = Builder::new();
    let skip = |_| false;
    let mut walk = Walk::new(&dom, &mut b, Mode::Paste, None, &skip);
    walk.children_of(body);
    let left_out = walk.left_out.words();
    let (text, shape) = b.finish();
    // A paste that opens with a top heading names itself.
    let title = shape
        .blocks()
        .first()
        .filter(|b| b.kind == BlockKind::Heading(1) && b.span.start() == 0)
        .map(|b| meta::collapse(text.slice(b.span)))
        .unwrap_or_default();
    Article {
        title,
        byline: None,
        date: None,
        text,
        shape,
        left_out,
    }
}

/// A saved web page (complete or HTML only) as its article. Its encoding is read from its byte
/// order mark or its `<meta>` (UTF-8, UTF-16, windows-1252 and ISO-8859-1/15).
pub fn from_page(bytes: &[u8]) -> Result<Article, ImportError> {
    page::read(bytes, None, None)
}

/// A page saved as one MHTML file: its first HTML part, read as [`from_page`] reads a page.
pub fn from_mhtml(bytes: &[u8]) -> Result<Article, ImportError> {
    mhtml::read(bytes)
}

/// Writes an EPUB chapter's body (XHTML) into `b`, the elements mapped as in [`from_paste`]
/// (a book has no page chrome: its headers, footers and asides are text; its footnotes are
/// notes). Links to other chapters are relative, so only their text is kept.
pub fn chapter(xhtml: &str, b: &mut Builder) -> Result<(), ImportError> {
    if xhtml.len() > MAX_BYTES {
        return Err(too_large("chapter", xhtml.len()));
    }
    let dom = dom::parse(&xhtml::to_html(xhtml));
    let body = dom.find(dom.document(), "body").unwrap_or(dom.document());
    let skip = |_| false;
    let mut walk = Walk::new(&dom, b, Mode::Chapter, None, &skip);
    walk.children_of(body);
    walk.end_block();
    Ok(())
}

/// The Windows clipboard's CF_HTML header ("Version:0.9 StartHTML:…"), where a browser left it.
fn without_clipboard_header(html: &str) -> &str {
    if html.starts_with("Version:") && html[..html.len().min(400)].contains("StartHTML:") {
        if let Some(i) = html.find('<') {
            return &html[i..];
        }
    }
    html
}
