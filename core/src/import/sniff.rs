//! What kind of file the user opened, told by its content (names and extensions lie, or are
//! missing from a drop or a paste), so that one "Open" routes it to the right importer, or says
//! plainly what it is when it is no article.
//!
//! It sits beside `formats::detect`, which tells the annotation formats apart: JSON (and the
//! JSON lines of doccano), Close Reader's CSV sheet and brat's `.ann` lines are all
//! [`Kind::Native`] here, and the app hands them to `detect`. Everything else is an article's
//! container or text: PDF, DOCX, ODT, EPUB, MHTML, HTML, Markdown or plain text.

use memchr::memmem;

use crate::import::archive::Archive;

/// What a file is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An annotation file (JSON, JSON lines, Close Reader CSV, brat): left to `formats::detect`.
    Native,
    Pdf,
    Docx,
    Odt,
    Epub,
    Html,
    /// A web page saved with its resources as one MIME file (`.mhtml`, `.mht`).
    Mhtml,
    Markdown,
    Text,
    /// No article: what it is, for a message ("an image" → "This is an image, not an article.").
    Unknown(String),
}

/// How far into a text the sniffing reads: enough for headers and a page of text.
const HEAD: usize = 64 << 10;

pub fn sniff(bytes: &[u8]) -> Kind {
    let unknown = |what: &str| Kind::Unknown(what.to_string());
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return unknown("an empty file");
    }
    if memmem::find(&bytes[..bytes.len().min(1024)], b"%PDF-").is_some() {
        return Kind::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return zip_kind(bytes);
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return unknown(&ole_kind(bytes));
    }
    if is_image(bytes) {
        return unknown("an image");
    }
    // Text from here on: UTF-16 with a byte-order mark is read as such; other bytes are looked at
    // as UTF-8 (legacy bytes become U+FFFD, which is text enough to sniff).
    let head = &bytes[..bytes.len().min(HEAD)];
    let text = if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        let even = &head[..head.len() & !1];
        let le = head.starts_with(b"\xFF\xFE");
        let units = even[2..].chunks_exact(2).map(|p| {
            if le {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        });
        char::decode_utf16(units)
            .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect::<String>()
    } else {
        if is_binary(head) {
            return unknown("a binary file, not text");
        }
        String::from_utf8_lossy(head).into_owned()
    };
    text_kind(text.trim_start_matches('\u{feff}'))
}

fn is_image(b: &[u8]) -> bool {
    b.starts_with(b"\x89PNG\r\n\x1a\n")
        || b.starts_with(b"\xFF\xD8\xFF")
        || b.starts_with(b"GIF87a")
        || b.starts_with(b"GIF89a")
        || (b.len() >= 12 && b.starts_with(b"RIFF") && &b[8..12] == b"WEBP")
        || b.starts_with(b"BM") && b.len() > 14 && b[6..10] == [0, 0, 0, 0]
}

/// NUL bytes, or more than 1 in 100 control bytes other than tab, line ends and form feed.
fn is_binary(head: &[u8]) -> bool {
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    head.contains(&0) || controls * 100 > head.len()
}

fn zip_kind(bytes: &[u8]) -> Kind {
    let Ok(mut zip) = Archive::open(bytes, "zip") else {
        return Kind::Unknown("a damaged zip archive".into());
    };
    if zip.has("mimetype") {
        if let Ok(Some(m)) = zip.read("mimetype") {
            let m = String::from_utf8_lossy(&m);
            match m.trim() {
                "application/epub+zip" => return Kind::Epub,
                "application/vnd.oasis.opendocument.text" => return Kind::Odt,
                t if t.starts_with("application/vnd.oasis.opendocument.") => {
                    return Kind::Unknown(
                        "an OpenDocument spreadsheet, presentation or drawing, not a text document"
                            .into(),
                    )
                }
                _ => {}
            }
        }
    }
    if zip.has("[Content_Types].xml") {
        if zip.has("word/document.xml") {
            return Kind::Docx;
        }
        if zip.has("xl/workbook.xml") {
            return Kind::Unknown("an Excel workbook".into());
        }
        if zip.has("ppt/presentation.xml") {
            return Kind::Unknown("a PowerPoint presentation".into());
        }
    }
    Kind::Unknown("a zip archive".into())
}

/// An OLE compound file: an old Office file, or a new one locked by a password (which Office
/// stores in the old container, as an `EncryptedPackage` stream).
fn ole_kind(bytes: &[u8]) -> String {
    let utf16 = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    if memmem::find(bytes, &utf16("EncryptedPackage")).is_some() {
        "a password-protected Office file: save an unprotected copy as .docx".into()
    } else if memmem::find(bytes, &utf16("WordDocument")).is_some() {
        "an old Word (.doc) file: save it as .docx".into()
    } else {
        "an old Office file (.xls or .ppt)".into()
    }
}

/// The kind of a text, by its start and by the Markdown it shows.
fn text_kind(text: &str) -> Kind {
    let t = text.trim_start();
    if t.starts_with("{\\rtf") {
        return Kind::Unknown("an RTF file: save it as .docx or .odt".into());
    }
    if is_json_start(t) || is_annotation_lines(t) {
        return Kind::Native;
    }
    if is_mhtml(t) {
        return Kind::Mhtml;
    }
    if let Some(kind) = markup_kind(t) {
        return kind;
    }
    if looks_like_markdown(t) {
        Kind::Markdown
    } else {
        Kind::Text
    }
}

/// `{`, or `[` opening a JSON array (a value follows: not `[a link](…)`).
fn is_json_start(t: &str) -> bool {
    if t.starts_with('{') {
        return true;
    }
    let Some(rest) = t.strip_prefix('[') else {
        return false;
    };
    let rest = rest.trim_start();
    rest.is_empty()
        || rest.starts_with([
            '{', '[', '"', ']', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
        ])
        || ["true", "false", "null"]
            .iter()
            .any(|w| rest.starts_with(w))
}

/// A brat `.ann` line (`T1<TAB>…`) or a Close Reader CSV header: annotation files in text.
fn is_annotation_lines(t: &str) -> bool {
    let first = t.lines().next().unwrap_or("");
    if let Some((id, rest)) = first.split_once('\t') {
        let digits = id.get(1..).unwrap_or("");
        if id.starts_with(['T', 'R', 'E', 'A', 'N', '#'])
            && !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !rest.is_empty()
        {
            return true;
        }
    }
    let header: Vec<String> = first
        .split(',')
        .map(|h| h.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    ["label", "start", "end", "quote"]
        .iter()
        .all(|c| header.iter().any(|h| h == c))
}

/// MIME headers (before the first blank line) declaring a multipart/related message, with an
/// HTML part.
fn is_mhtml(t: &str) -> bool {
    let end = t
        .find("\r\n\r\n")
        .or_else(|| t.find("\n\n"))
        .unwrap_or(t.len());
    let headers = t[..end].to_ascii_lowercase();
    let starts_as_mime = headers.lines().next().is_some_and(|l| {
        l.split_once(':')
            .is_some_and(|(k, _)| !k.is_empty() && !k.contains(' '))
    });
    starts_as_mime
        && headers.contains("mime-version:")
        && headers.contains("multipart/related")
        && t.to_ascii_lowercase().contains("text/html")
}

/// HTML (a doctype, or an `html`, `head` or `body` tag first, after comments and an XML
/// declaration), or some other XML, which is no article.
fn markup_kind(mut t: &str) -> Option<Kind> {
    let mut xml = false;
    loop {
        t = t.trim_start();
        if let Some(rest) = t.strip_prefix("<!--") {
            t = rest.find("-->").map_or("", |i| &rest[i + 3..]);
        } else if t.starts_with("<?xml") {
            xml = true;
            t = t.find("?>").map_or("", |i| &t[i + 2..]);
        } else {
            break;
        }
    }
    let lower: String = t.chars().take(16).collect::<String>().to_ascii_lowercase();
    let tag = |name: &str| {
        lower
            .strip_prefix(name)
            .is_some_and(|r| r.is_empty() || r.starts_with(['>', ' ', '\t', '\r', '\n', '/']))
    };
    if tag("<!doctype html") || tag("<html") || tag("<head") || tag("<body") {
        return Some(Kind::Html);
    }
    if tag("<svg") {
        return Some(Kind::Unknown("an image".into()));
    }
    if xml || lower.starts_with("<!doctype") {
        return Some(Kind::Unknown("an XML file".into()));
    }
    None
}

/// Markdown's marks, counted over the lines: a text is Markdown when it has a heading and
/// another sign, a link or a fenced code block, or at least three signs of two kinds.
fn looks_like_markdown(t: &str) -> bool {
    let (mut headings, mut links, mut fences, mut items, mut emphasis, mut quotes) =
        (0, 0, 0, 0, 0, 0);
    for line in t.lines() {
        let l = line.trim_start();
        let hashes = l.bytes().take_while(|&b| b == b'#').count();
        if (1..=6).contains(&hashes) && l[hashes..].starts_with([' ', '\t']) {
            headings += 1;
        }
        if l.starts_with("```") || l.starts_with("~~~") {
            fences += 1;
        }
        if l.starts_with("- ") || l.starts_with("* ") || l.starts_with("+ ") || numbered(l) {
            items += 1;
        }
        if l.starts_with("> ") {
            quotes += 1;
        }
        links += memmem::find_iter(line.as_bytes(), b"](").count();
        emphasis += strong_runs(line);
    }
    let kinds = [headings, links, fences, items, emphasis, quotes]
        .iter()
        .filter(|&&n| n > 0)
        .count();
    let signs = headings + links + fences + items + emphasis + quotes;
    (headings > 0 && kinds >= 2) || links > 0 || fences >= 2 || (signs >= 3 && kinds >= 2)
}

fn numbered(l: &str) -> bool {
    let digits = l.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && l[digits..].starts_with(". ")
}

/// Runs of `**word…**` or `__word…__` on a line, and `*word*` / `_word_` around a word.
fn strong_runs(line: &str) -> usize {
    let mut n = 0;
    for mark in ["**", "__"] {
        n += line.matches(mark).count() / 2;
    }
    let singles = line
        .split_whitespace()
        .filter(|w| {
            let w = w.trim_end_matches(['.', ',', ';', ':', '!', '?']);
            w.len() > 2
                && ((w.starts_with('*') && w.ends_with('*') && !w.starts_with("**"))
                    || (w.starts_with('_') && w.ends_with('_') && !w.starts_with("__")))
        })
        .count();
    n + singles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_kinds_are_told_by_content() {
        assert_eq!(sniff(b"  {\"format\": \"close-reader\"}"), Kind::Native);
        assert_eq!(sniff(b"[{\"text\": \"a\"}]"), Kind::Native);
        assert_eq!(sniff(b"T1\tPerson 0 4\tAnna\n"), Kind::Native);
        assert_eq!(sniff(b"label,start,end,quote,note\n"), Kind::Native);
        assert_eq!(
            sniff(b"[A link](https://example.org) opens the page."),
            Kind::Markdown
        );
        assert_eq!(sniff(b"<!-- saved -->\n<!DOCTYPE html><p>x"), Kind::Html);
        assert_eq!(sniff(b"\xEF\xBB\xBF<html lang=en>"), Kind::Html);
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?><feed/>"),
            Kind::Unknown("an XML file".into())
        );
        assert_eq!(
            sniff(b"{\\rtf1\\ansi hello}"),
            Kind::Unknown("an RTF file: save it as .docx or .odt".into())
        );
        assert_eq!(
            sniff(b"Just a line.\nAnd - another, with 3 * 4 = 12.\n"),
            Kind::Text
        );
    }

    #[test]
    fn binary_files_are_named() {
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n\0\0"),
            Kind::Unknown("an image".into())
        );
        assert_eq!(sniff(b"GIF89a..."), Kind::Unknown("an image".into()));
        assert_eq!(
            sniff(b"abc\0def"),
            Kind::Unknown("a binary file, not text".into())
        );
        assert_eq!(sniff(b" \n\t"), Kind::Unknown("an empty file".into()));
        let ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0";
        assert_eq!(
            sniff(ole),
            Kind::Unknown("an old Word (.doc) file: save it as .docx".into())
        );
        assert_eq!(sniff(b"%PDF-1.7\n"), Kind::Pdf);
        assert_eq!(
            sniff(b"PK\x03\x04garbage"),
            Kind::Unknown("a damaged zip archive".into())
        );
    }

    #[test]
    fn mime_headers_of_a_saved_page_are_mhtml() {
        let page = "From: <Saved by Blink>\r\nSubject: News\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----x\"\r\n\r\n------x\r\nContent-Type: text/html\r\n\r\n<html></html>";
        assert_eq!(sniff(page.as_bytes()), Kind::Mhtml);
        assert_eq!(sniff(b"Subject: hello\n\nA mail, not a page."), Kind::Text);
    }
}
