//! What an OpenDocument paragraph or span is by its style: the named styles of styles.xml and the
//! automatic ones of content.xml, read into roles (title, quote), bold and italic, and list styles
//! (bullet or number at each level), each resolved through its parents (cycles cut off).

use std::collections::HashMap;

use crate::import::xml::{attr, name, Ev, Xml};
use crate::import::ImportError;

/// What a paragraph style makes of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Title,
    Subtitle,
    Quote,
}

#[derive(Default, Debug)]
struct Raw {
    /// The display name, lower case (`Heading_20_2` → "heading 2").
    name: String,
    parent: Option<String>,
    bold: Option<bool>,
    italic: Option<bool>,
    list_style: Option<String>,
}

/// A style after following its parents: nearest definitions win.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resolved {
    pub role: Option<Role>,
    pub bold: Option<bool>,
    pub italic: Option<bool>,
    pub list_style: Option<String>,
}

/// One level of a list style.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListLevel {
    pub ordered: bool,
    pub start: u32,
}

/// The styles of a document, gathered from its parts.
#[derive(Default)]
pub struct Styles {
    raw: HashMap<String, Raw>,
    resolved: HashMap<String, Resolved>,
    lists: HashMap<String, Vec<Option<ListLevel>>>,
}

const CHAIN: usize = 16;
/// The deepest list level a list style describes (ODF allows 10).
const LEVELS: usize = 10;

impl Styles {
    /// Adds the styles of one part (styles.xml, or content.xml's automatic styles).
    pub fn add(&mut self, xml: &str, part: &str) -> Result<(), ImportError> {
        let mut x = Xml::new(xml, "OpenDocument", part);
        let mut current: Option<(String, Raw)> = None;
        let mut list: Option<String> = None;
        loop {
            match x.event()? {
                Ev::Start(e) => match name(&e) {
                    "office:body" => {
                        // Content: no styles past here.
                        x.skip(&e)?;
                    }
                    "style:style" => {
                        current = attr(&e, "style:name").map(|n| {
                            let shown =
                                attr(&e, "style:display-name").unwrap_or_else(|| decoded(&n));
                            let raw = Raw {
                                name: shown.to_lowercase(),
                                parent: attr(&e, "style:parent-style-name"),
                                list_style: attr(&e, "style:list-style-name"),
                                ..Raw::default()
                            };
                            (n, raw)
                        })
                    }
                    "style:text-properties" => {
                        if let Some((_, s)) = current.as_mut() {
                            s.bold = attr(&e, "fo:font-weight").map(|w| is_bold(&w));
                            s.italic =
                                attr(&e, "fo:font-style").map(|s| s == "italic" || s == "oblique");
                        }
                    }
                    "text:list-style" => list = attr(&e, "style:name"),
                    n @ ("text:list-level-style-number"
                    | "text:list-level-style-bullet"
                    | "text:list-level-style-image") => {
                        let Some(l) = &list else { continue };
                        let level: usize = attr(&e, "text:level")
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(1);
                        if !(1..=LEVELS).contains(&level) {
                            continue;
                        }
                        let ordered = n == "text:list-level-style-number"
                            && attr(&e, "style:num-format").is_none_or(|f| !f.is_empty());
                        let start = attr(&e, "text:start-value")
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(1);
                        let levels = self
                            .lists
                            .entry(l.clone())
                            .or_insert_with(|| vec![None; LEVELS]);
                        levels[level - 1] = Some(ListLevel { ordered, start });
                    }
                    _ => {}
                },
                Ev::End(e) => match e.name().0 {
                    "style:style" => {
                        if let Some((n, s)) = current.take() {
                            self.raw.insert(n, s);
                        }
                    }
                    "text:list-style" => list = None,
                    _ => {}
                },
                Ev::Text(_) => {}
                Ev::Eof => break,
            }
        }
        self.resolved.clear();
        Ok(())
    }

    /// Resolves every style (after the last part is added).
    pub fn resolve(&mut self) {
        let resolved = self
            .raw
            .keys()
            .map(|n| (n.clone(), self.resolve_one(n)))
            .collect();
        self.resolved = resolved;
    }

    pub fn get(&self, name: &str) -> Option<&Resolved> {
        self.resolved.get(name)
    }

    /// Level `level` (1 for the top) of the list style `name`.
    pub fn list_level(&self, name: &str, level: usize) -> Option<ListLevel> {
        let levels = self.lists.get(name)?;
        levels.get(level.clamp(1, LEVELS) - 1).copied().flatten()
    }

    fn resolve_one(&self, name: &str) -> Resolved {
        let mut out = Resolved::default();
        let mut next = Some(name);
        for _ in 0..CHAIN {
            let Some(s) = next.and_then(|n| self.raw.get(n)) else {
                break;
            };
            out.role = out.role.or(match s.name.as_str() {
                "title" => Some(Role::Title),
                "subtitle" => Some(Role::Subtitle),
                "quotations" | "quote" | "block text" | "intense quote" => Some(Role::Quote),
                _ => None,
            });
            out.bold = out.bold.or(s.bold);
            out.italic = out.italic.or(s.italic);
            out.list_style = out.list_style.take().or_else(|| s.list_style.clone());
            next = s.parent.as_deref();
        }
        out
    }
}

/// `fo:font-weight`: "bold" or a weight of 600 and more.
fn is_bold(w: &str) -> bool {
    w == "bold" || w.parse::<u32>().is_ok_and(|n| n >= 600)
}

/// A style name as written in the file (`Heading_20_2`, spaces and other characters encoded as
/// `_xx_` in hexadecimal) as its user sees it.
fn decoded(name: &str) -> String {
    let mut out = String::new();
    let mut rest = name;
    while let Some(i) = rest.find('_') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        // Only characters a name cannot hold are encoded: `_b_` is three characters of a name.
        let code = after
            .find('_')
            .filter(|j| (2..=4).contains(j))
            .and_then(|j| {
                let c = u32::from_str_radix(&after[..j], 16)
                    .ok()
                    .and_then(char::from_u32)?;
                let plain = c.is_alphanumeric() || matches!(c, '-' | '.' | '_') || c.is_control();
                (!plain).then_some((c, j))
            });
        match code {
            Some((c, j)) => {
                out.push(c);
                rest = &after[j + 1..];
            }
            _ => {
                out.push('_');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_names_read_as_shown() {
        assert_eq!(decoded("Heading_20_2"), "Heading 2");
        assert_eq!(decoded("Block_20_Text"), "Block Text");
        assert_eq!(decoded("my_name"), "my_name");
        assert_eq!(decoded("a__b_"), "a__b_");
    }

    #[test]
    fn styles_resolve_through_their_parents() {
        let mut s = Styles::default();
        let named = r#"<office:document-styles><office:styles>
          <style:style style:name="Quotations" style:family="paragraph"><style:text-properties fo:font-style="italic"/></style:style>
          <style:style style:name="Loud" style:family="paragraph" style:parent-style-name="Quotations"><style:text-properties fo:font-weight="700"/></style:style>
          <style:style style:name="A" style:parent-style-name="B"/><style:style style:name="B" style:parent-style-name="A"/>
          <text:list-style style:name="L1">
            <text:list-level-style-bullet text:level="1"/>
            <text:list-level-style-number text:level="2" text:start-value="3" style:num-format="a"/>
          </text:list-style>
        </office:styles></office:document-styles>"#;
        let automatic = r#"<office:document-content><office:automatic-styles>
          <style:style style:name="P1" style:parent-style-name="Loud" style:list-style-name="L1"><style:text-properties fo:font-style="normal"/></style:style>
        </office:automatic-styles><office:body><style:style style:name="Nope"/></office:body></office:document-content>"#;
        s.add(named, "styles.xml").unwrap();
        s.add(automatic, "content.xml").unwrap();
        s.resolve();
        let p1 = s.get("P1").unwrap();
        assert_eq!(p1.role, Some(Role::Quote));
        assert_eq!((p1.bold, p1.italic), (Some(true), Some(false)));
        assert_eq!(p1.list_style.as_deref(), Some("L1"));
        assert!(s.get("A").is_some(), "a cycle ends");
        assert!(s.get("Nope").is_none(), "the body holds no styles");
        assert_eq!(
            s.list_level("L1", 1),
            Some(ListLevel {
                ordered: false,
                start: 1
            })
        );
        assert_eq!(
            s.list_level("L1", 2),
            Some(ListLevel {
                ordered: true,
                start: 3
            })
        );
        assert_eq!(s.list_level("L1", 3), None);
    }
}
