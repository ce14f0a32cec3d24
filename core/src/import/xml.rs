//! The XML inside Word, OpenDocument and EPUB packages, read as a flat stream of events (quick-xml):
//! no DTD is read and no entity of its own is ever expanded (a "billion laughs" file stays a few
//! bytes of nothing), and nothing here recurses, so a deep nesting costs memory, never stack.
//! Also the paths between a package's parts (`../`, `%20`) and the one way of naming a broken part.

use std::borrow::Cow;

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesEnd, BytesStart, Event};
use quick_xml::Reader;

use crate::import::ImportError;

/// An event of a part's XML: comments, declarations and processing instructions are left out, and
/// text comes with its character and predefined entity references already resolved.
pub enum Ev<'a> {
    /// An element opens (an empty element gives a start and an end).
    Start(BytesStart<'a>),
    End(BytesEnd<'a>),
    Text(Cow<'a, str>),
    Eof,
}

/// A reader of one part (or of a piece of one, see [`Xml::fragment`]).
pub struct Xml<'a> {
    text: &'a str,
    reader: Reader<&'a [u8]>,
    kind: &'static str,
    part: &'a str,
    depth: usize,
}

impl<'a> Xml<'a> {
    /// Reads `text`, the part called `part` of a `kind` file (for messages).
    pub fn new(text: &'a str, kind: &'static str, part: &'a str) -> Xml<'a> {
        let mut reader = Reader::from_str(text);
        reader.config_mut().expand_empty_elements = true;
        Xml {
            text,
            reader,
            kind,
            part,
            depth: 0,
        }
    }

    /// The next event; an error names the part and says it is not well-formed.
    pub fn event(&mut self) -> Result<Ev<'a>, ImportError> {
        loop {
            let event = self
                .reader
                .read_event()
                .map_err(|e| self.damaged(&e.to_string()))?;
            return Ok(match event {
                Event::Start(e) => {
                    self.depth += 1;
                    Ev::Start(e)
                }
                Event::End(e) => {
                    self.depth = self.depth.saturating_sub(1);
                    Ev::End(e)
                }
                Event::Text(t) => Ev::Text(t.xml10_content()),
                Event::CData(t) => Ev::Text(t.xml10_content()),
                Event::GeneralRef(r) => match r.resolve_char_ref() {
                    Ok(Some(c)) => Ev::Text(Cow::Owned(c.to_string())),
                    // An entity declared in a DTD is never expanded: it stays out of the text.
                    Ok(None) => match resolve_predefined_entity(&r) {
                        Some(s) => Ev::Text(Cow::Borrowed(s)),
                        None => continue,
                    },
                    Err(e) => return Err(self.damaged(&e.to_string())),
                },
                Event::Eof if self.depth > 0 => return Err(self.damaged("it ends too early")),
                Event::Eof => Ev::Eof,
                Event::Empty(_)
                | Event::Comment(_)
                | Event::Decl(_)
                | Event::PI(_)
                | Event::DocType(_) => continue,
            });
        }
    }

    /// Skips the rest of the element `start` (just returned by [`Xml::event`]) and returns the
    /// byte range of its content, which [`Xml::fragment`] can read later.
    pub fn skip(&mut self, start: &BytesStart) -> Result<std::ops::Range<usize>, ImportError> {
        let span = self
            .reader
            .read_to_end(start.name())
            .map_err(|e| self.damaged(&e.to_string()))?;
        self.depth = self.depth.saturating_sub(1);
        Ok(span.start as usize..span.end as usize)
    }

    /// The text of a range given by [`Xml::skip`].
    pub fn slice(&self, range: std::ops::Range<usize>) -> &'a str {
        self.text.get(range).unwrap_or("")
    }

    /// A reader of a range given by [`Xml::skip`] of the same text.
    pub fn fragment(
        text: &'a str,
        range: std::ops::Range<usize>,
        kind: &'static str,
        part: &'a str,
    ) -> Xml<'a> {
        Xml::new(text.get(range).unwrap_or(""), kind, part)
    }

    fn damaged(&self, what: &str) -> ImportError {
        ImportError::Damaged {
            kind: self.kind,
            detail: format!("its part {} is not well-formed XML: {what}", self.part),
        }
    }
}

/// The text of the first element of each of `names` (names as written, `dc:title`), its
/// whitespace collapsed; `None` for a name not found or empty.
pub fn first_texts(
    text: &str,
    kind: &'static str,
    part: &str,
    names: &[&str],
) -> Result<Vec<Option<String>>, ImportError> {
    let mut x = Xml::new(text, kind, part);
    let mut found: Vec<Option<String>> = vec![None; names.len()];
    let mut open: Vec<(usize, String)> = Vec::new();
    loop {
        match x.event()? {
            Ev::Start(e) => {
                if let Some(i) = names.iter().position(|n| *n == name(&e)) {
                    open.push((i, String::new()));
                }
            }
            Ev::Text(t) => {
                if let Some((_, s)) = open.last_mut() {
                    if s.len() < 4096 {
                        s.push_str(&t);
                    }
                }
            }
            Ev::End(e) => {
                if names.contains(&end_name(&e)) {
                    if let Some((i, s)) = open.pop() {
                        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
                        if found[i].is_none() && !s.is_empty() {
                            found[i] = Some(s);
                        }
                    }
                }
            }
            Ev::Eof => return Ok(found),
        }
    }
}

/// An element's or attribute's name as written, `prefix:local`.
pub fn name<'b>(e: &'b BytesStart) -> &'b str {
    let n: &str = e.name().0;
    n
}

pub fn end_name<'b>(e: &'b BytesEnd) -> &'b str {
    let n: &str = e.name().0;
    n
}

/// A name without its namespace prefix.
pub fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

/// The value of the attribute written `key` (with its prefix), entity references resolved.
pub fn attr(e: &BytesStart, key: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.0 == key)
        .map(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(Cow::into_owned)
                .unwrap_or_else(|_| a.value.into_owned())
        })
}

/// The value of the attribute whose name without prefix is `key`.
pub fn attr_local(e: &BytesStart, key: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| local(a.key.0) == key)
        .map(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(Cow::into_owned)
                .unwrap_or_else(|_| a.value.into_owned())
        })
}

/// The folder of a part's path, with its trailing slash ("" at the root).
pub fn folder(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..=i])
}

/// The part a reference from the folder `base` points at: `%XX` decoded, `.` and `..` followed, a
/// leading `/` taken from the package's root, a fragment or query dropped. `None` for a reference
/// that climbs out of the package or names another site.
pub fn part_path(base: &str, href: &str) -> Option<String> {
    let href = href.split(['#', '?']).next().unwrap_or("");
    if href.is_empty() || href.contains("://") || href.starts_with("data:") {
        return None;
    }
    let decoded = percent_decoded(href);
    let (start, rest) = match decoded.strip_prefix('/') {
        Some(rest) => ("", rest.to_string()),
        None => (base, decoded),
    };
    let mut parts: Vec<&str> = start.split('/').filter(|p| !p.is_empty()).collect();
    for piece in rest.split('/') {
        match piece {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

fn percent_decoded(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A link target kept in an article: web and mail addresses only (never `javascript:`, `file:`).
pub fn web_link(target: &str) -> Option<String> {
    let t = target.trim();
    let lower = t.to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p) && lower.len() > p.len())
        .then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(xml: &str) -> Result<String, ImportError> {
        let mut x = Xml::new(xml, "Word", "t.xml");
        let mut out = String::new();
        loop {
            match x.event()? {
                Ev::Text(t) => out.push_str(&t),
                Ev::Start(e) => out.push_str(&format!("<{}>", name(&e))),
                Ev::End(e) => out.push_str(&format!("</{}>", end_name(&e))),
                Ev::Eof => return Ok(out),
            }
        }
    }

    #[test]
    fn references_resolve_and_declared_entities_stay_out() {
        let xml = "<!DOCTYPE a [<!ENTITY x \"boom\">]><a>1 &lt; 2 &amp;&#x41;&#66;&x;<b/></a>";
        assert_eq!(texts(xml).unwrap(), "<a>1 < 2 &AB<b></b></a>");
    }

    #[test]
    fn broken_xml_names_its_part() {
        let e = texts("<a><b></a>").unwrap_err();
        assert!(e.to_string().contains("t.xml is not well-formed"), "{e}");
        let e = texts("<a><b>").unwrap_err();
        assert!(e.to_string().contains("ends too early"), "{e}");
    }

    #[test]
    fn a_skipped_element_can_be_read_later() {
        let xml = "<a><note><p>inside</p></note>after</a>";
        let mut x = Xml::new(xml, "Word", "t.xml");
        assert!(matches!(x.event().unwrap(), Ev::Start(_)));
        let Ev::Start(note) = x.event().unwrap() else {
            panic!()
        };
        let range = x.skip(&note).unwrap();
        assert!(matches!(x.event().unwrap(), Ev::Text(t) if t == "after"));
        assert_eq!(&xml[range], "<p>inside</p>");
    }

    #[test]
    fn part_paths_follow_the_package() {
        assert_eq!(
            part_path("EPUB/", "text/ch%2001.xhtml#top").as_deref(),
            Some("EPUB/text/ch 01.xhtml")
        );
        assert_eq!(
            part_path("OPS/text/", "../images/a.png").as_deref(),
            Some("OPS/images/a.png")
        );
        assert_eq!(
            part_path("word/", "/word/media/x.png").as_deref(),
            Some("word/media/x.png")
        );
        assert_eq!(part_path("OPS/", "../../etc/passwd"), None);
        assert_eq!(part_path("OPS/", "https://example.org/a.html"), None);
        assert_eq!(folder("EPUB/content.opf"), "EPUB/");
        assert_eq!(folder("content.opf"), "");
    }

    #[test]
    fn only_web_and_mail_links_are_kept() {
        assert_eq!(
            web_link(" https://example.org/x ").as_deref(),
            Some("https://example.org/x")
        );
        assert_eq!(
            web_link("MAILTO:a@b.org").as_deref(),
            Some("MAILTO:a@b.org")
        );
        assert_eq!(web_link("javascript:alert(1)"), None);
        assert_eq!(web_link("file:///etc/passwd"), None);
        assert_eq!(web_link("https://"), None);
    }
}
