//! EPUB books (2 and 3) read into one [`Article`]: `META-INF/container.xml` names the package
//! document, whose metadata give the title, authors and date and whose spine gives the reading
//! order; each chapter (XHTML) is written into the same [`Builder`] by [`html::chapter`]. A book
//! whose chapters are encrypted (DRM) is refused; a chapter that is missing, outside the book or
//! read already (a spine that loops) is skipped and said in `left_out`.

use std::collections::{HashMap, HashSet};

use crate::import::archive::Archive;
use crate::import::build::Builder;
use crate::import::html;
use crate::import::xml::{attr_local, folder, local, name, part_path, Ev, Xml};
use crate::import::{Article, ImportError};

const KIND: &str = "EPUB";

/// Encryption methods that only obfuscate embedded fonts (IDPF, Adobe): not DRM.
const FONT_OBFUSCATION: [&str; 2] = [
    "http://www.idpf.org/2008/embedding",
    "http://ns.adobe.com/pdf/enc#RC",
];

pub fn from_epub(bytes: &[u8]) -> Result<Article, ImportError> {
    let mut zip = Archive::open(bytes, KIND)?;
    let container = zip
        .read_text("META-INF/container.xml")?
        .ok_or_else(|| damaged("it has no META-INF/container.xml"))?;
    let opf_path = rootfile(&container)?
        .ok_or_else(|| damaged("its container.xml names no package document"))?;
    let opf = zip
        .read_text(&opf_path)?
        .ok_or_else(|| damaged(&format!("its package document {opf_path} is missing")))?;
    let package = Package::read(&opf, &opf_path)?;
    let encrypted = match zip.read_text("META-INF/encryption.xml")? {
        Some(xml) => encrypted_parts(&xml)?,
        None => HashSet::new(),
    };

    let mut b = Builder::new();
    let mut left_out = LeftOut::default();
    let mut read: HashSet<String> = HashSet::new();
    let order = chapters(&package, &opf_path, &mut left_out);
    if order.iter().any(|c| encrypted.contains(c)) {
        return Err(ImportError::Encrypted { kind: KIND });
    }
    for item in order {
        if !read.insert(item.clone()) {
            continue;
        }
        match zip.read_text(&item) {
            Ok(Some(xhtml)) => html::chapter(&xhtml, &mut b)?,
            Ok(None) => left_out.missing.push(item),
            // One unreadable chapter (not UTF-8, a broken stream) does not lose the book.
            Err(ImportError::Damaged { .. }) => left_out.unreadable.push(item),
            Err(e) => return Err(e),
        }
    }
    let (text, shape) = b.finish();
    if text.as_str().trim().is_empty() {
        return Err(ImportError::Empty { kind: KIND });
    }
    let byline = (!package.creators.is_empty()).then(|| package.creators.join(", "));
    Ok(Article {
        title: package.title.unwrap_or_default(),
        byline,
        date: package.date,
        text,
        shape,
        left_out: left_out.words(),
    })
}

fn damaged(detail: &str) -> ImportError {
    ImportError::Damaged {
        kind: KIND,
        detail: detail.to_string(),
    }
}

/// The package document container.xml names (the first rootfile of the OPF type, else the first).
fn rootfile(container: &str) -> Result<Option<String>, ImportError> {
    let mut x = Xml::new(container, KIND, "META-INF/container.xml");
    let mut first = None;
    loop {
        match x.event()? {
            Ev::Start(e) if local(name(&e)) == "rootfile" => {
                let path = attr_local(&e, "full-path").and_then(|p| part_path("", &p));
                let opf = attr_local(&e, "media-type")
                    .is_none_or(|m| m == "application/oebps-package+xml");
                match path {
                    Some(p) if opf => return Ok(Some(p)),
                    Some(p) => first = first.or(Some(p)),
                    None => {}
                }
            }
            Ev::Eof => return Ok(first),
            _ => {}
        }
    }
}

/// What the package document says: metadata, manifest and spine.
#[derive(Default, Debug)]
struct Package {
    title: Option<String>,
    creators: Vec<String>,
    date: Option<String>,
    /// Manifest id → (href, media type, properties).
    manifest: HashMap<String, (String, String, String)>,
    /// Spine: (idref, linear).
    spine: Vec<(String, bool)>,
}

impl Package {
    fn read(opf: &str, path: &str) -> Result<Package, ImportError> {
        let mut x = Xml::new(opf, KIND, path);
        let mut p = Package::default();
        let mut in_metadata = false;
        // The metadata element being read (title, creator, date) and its text.
        let mut field: Option<(&'static str, String)> = None;
        loop {
            match x.event()? {
                Ev::Start(e) => match local(name(&e)) {
                    "metadata" => in_metadata = true,
                    n @ ("title" | "creator" | "date") if in_metadata => {
                        let n = match n {
                            "title" => "title",
                            "creator" => "creator",
                            _ => "date",
                        };
                        field = Some((n, String::new()));
                    }
                    "item" => {
                        let (Some(id), Some(href)) = (attr_local(&e, "id"), attr_local(&e, "href"))
                        else {
                            continue;
                        };
                        let media = attr_local(&e, "media-type").unwrap_or_default();
                        let props = attr_local(&e, "properties").unwrap_or_default();
                        p.manifest.entry(id).or_insert((href, media, props));
                    }
                    "itemref" => {
                        if let Some(id) = attr_local(&e, "idref") {
                            p.spine
                                .push((id, attr_local(&e, "linear").as_deref() != Some("no")));
                        }
                    }
                    _ => {}
                },
                Ev::Text(t) => {
                    if let Some((_, s)) = field.as_mut().filter(|(_, s)| s.len() < 4096) {
                        s.push_str(&t);
                    }
                }
                Ev::End(e) => match local(e.name().0) {
                    "metadata" => in_metadata = false,
                    "title" | "creator" | "date" => {
                        if let Some((n, s)) = field.take() {
                            let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
                            if s.is_empty() {
                                continue;
                            }
                            match n {
                                "title" => p.title = p.title.take().or(Some(s)),
                                "creator" => p.creators.push(s),
                                _ => p.date = p.date.take().or(Some(s)),
                            }
                        }
                    }
                    _ => {}
                },
                Ev::Eof => return Ok(p),
            }
        }
    }
}

/// What the spine leaves out, for the article's `left_out`.
#[derive(Default)]
struct LeftOut {
    not_linear: usize,
    not_text: usize,
    contents: bool,
    outside: Vec<String>,
    not_chapters: Vec<String>,
    missing: Vec<String>,
    unreadable: Vec<String>,
}

impl LeftOut {
    fn words(self) -> Vec<String> {
        let mut out = Vec::new();
        let count = |n: usize, one: &str, many: &str| match n {
            0 => None,
            1 => Some(format!("1 {one}")),
            n => Some(format!("{n} {many}")),
        };
        out.extend(count(
            self.not_linear,
            "page outside the reading order",
            "pages outside the reading order",
        ));
        out.extend(count(
            self.not_text,
            "part that is not text",
            "parts that are not text",
        ));
        if self.contents {
            out.push("the table of contents".to_string());
        }
        for (list, why) in [
            (self.outside, "is not in the book"),
            (self.not_chapters, "is part of the book's packaging"),
            (self.missing, "is missing"),
            (self.unreadable, "cannot be read"),
        ] {
            out.extend(list.into_iter().map(|c| format!("the chapter {c} ({why})")));
        }
        out
    }
}

/// The chapters to read, in spine order, as paths in the archive: non-linear items, the
/// navigation document, parts that are not XHTML and references out of the book are left out.
fn chapters(p: &Package, opf_path: &str, left_out: &mut LeftOut) -> Vec<String> {
    let base = folder(opf_path);
    let mut out = Vec::new();
    for (idref, linear) in &p.spine {
        let Some((href, media, props)) = p.manifest.get(idref) else {
            left_out.missing.push(idref.clone());
            continue;
        };
        if !linear {
            left_out.not_linear += 1;
            continue;
        }
        if props.split_whitespace().any(|w| w == "nav") {
            left_out.contents = true;
            continue;
        }
        if !matches!(
            media.as_str(),
            "application/xhtml+xml" | "text/html" | "application/xml" | "text/xml" | ""
        ) {
            left_out.not_text += 1;
            continue;
        }
        match part_path(base, href) {
            // The package document and the container's own files are no chapters.
            Some(path) if path == opf_path || path.starts_with("META-INF/") => {
                left_out.not_chapters.push(href.clone())
            }
            Some(path) => out.push(path),
            None => left_out.outside.push(href.clone()),
        }
    }
    out
}

/// The parts META-INF/encryption.xml says are encrypted, less fonts that are only obfuscated.
fn encrypted_parts(xml: &str) -> Result<HashSet<String>, ImportError> {
    let mut x = Xml::new(xml, KIND, "META-INF/encryption.xml");
    let mut out = HashSet::new();
    let mut method = String::new();
    loop {
        match x.event()? {
            Ev::Start(e) => match local(name(&e)) {
                "EncryptedData" => method.clear(),
                "EncryptionMethod" => method = attr_local(&e, "Algorithm").unwrap_or_default(),
                "CipherReference" => {
                    let uri = attr_local(&e, "URI").and_then(|u| part_path("", &u));
                    if let Some(uri) = uri.filter(|_| !FONT_OBFUSCATION.contains(&method.as_str()))
                    {
                        out.insert(uri);
                    }
                }
                _ => {}
            },
            Ev::Eof => return Ok(out),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPF: &str = r#"<?xml version="1.0"?>
      <opf:package xmlns:opf="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <opf:metadata><dc:title> The  Book </dc:title><dc:creator>A. One</dc:creator><dc:creator>B. Two</dc:creator>
          <dc:date>2024-05-01</dc:date><opf:meta name="cover" content="c"/></opf:metadata>
        <opf:manifest>
          <opf:item id="c1" href="Text/Chapter%201.xhtml" media-type="application/xhtml+xml"/>
          <opf:item id="c2" href="../c2.xhtml#start" media-type="application/xhtml+xml"/>
          <opf:item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
          <opf:item id="img" href="cover.jpg" media-type="image/jpeg"/>
          <opf:item id="out" href="../../x.xhtml" media-type="application/xhtml+xml"/>
          <opf:item id="notes" href="notes.xhtml" media-type="application/xhtml+xml"/>
        </opf:manifest>
        <opf:spine><opf:itemref idref="nav"/><opf:itemref idref="img"/><opf:itemref idref="c1"/>
          <opf:itemref idref="notes" linear="no"/><opf:itemref idref="c2"/><opf:itemref idref="out"/><opf:itemref idref="gone"/></opf:spine>
      </opf:package>"#;

    #[test]
    fn the_package_gives_metadata_and_the_reading_order() {
        let p = Package::read(OPF, "OEBPS/content.opf").unwrap();
        assert_eq!(p.title.as_deref(), Some("The Book"));
        assert_eq!(p.creators, ["A. One", "B. Two"]);
        assert_eq!(p.date.as_deref(), Some("2024-05-01"));
        let mut left_out = LeftOut::default();
        let order = chapters(&p, "OEBPS/content.opf", &mut left_out);
        assert_eq!(order, ["OEBPS/Text/Chapter 1.xhtml", "c2.xhtml"]);
        assert_eq!(
            left_out.words(),
            [
                "1 page outside the reading order",
                "1 part that is not text",
                "the table of contents",
                "the chapter ../../x.xhtml (is not in the book)",
                "the chapter gone (is missing)",
            ]
        );
    }

    #[test]
    fn the_container_names_the_package() {
        let c = r#"<container><rootfiles><rootfile full-path="x.pdf" media-type="application/pdf"/>
          <rootfile full-path="OPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"#;
        assert_eq!(rootfile(c).unwrap().as_deref(), Some("OPS/book.opf"));
        assert_eq!(rootfile("<container/>").unwrap(), None);
    }

    #[test]
    fn obfuscated_fonts_are_not_drm() {
        let xml = r#"<encryption xmlns:enc="e">
          <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
            <enc:CipherData><enc:CipherReference URI="OPS/fonts/a.otf"/></enc:CipherData></enc:EncryptedData>
          <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
            <enc:CipherData><enc:CipherReference URI="OPS/Text/c%201.xhtml"/></enc:CipherData></enc:EncryptedData>
        </encryption>"#;
        let parts = encrypted_parts(xml).unwrap();
        assert_eq!(
            parts.into_iter().collect::<Vec<_>>(),
            ["OPS/Text/c 1.xhtml"]
        );
    }
}
