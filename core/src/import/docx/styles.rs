//! What a Word paragraph or run is by its style: styles.xml read into roles (title, heading,
//! quote), inherited bold and italic and list membership, each resolved once through the chain
//! of `w:basedOn` (cycles and long chains cut off).

use std::collections::HashMap;

use crate::import::xml::{attr, local, name, Ev, Xml};
use crate::import::ImportError;

/// What a paragraph style makes of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Title,
    Subtitle,
    /// A heading, level 1 to 6 (Word's levels 7 to 9 are shown as 6).
    Heading(u8),
    Quote,
    /// An entry of a table of contents (styles "toc 1"…, "TOC Heading"): left out.
    Contents,
}

/// A style after following its chain: nearest definitions win.
#[derive(Clone, Debug, Default)]
pub struct Resolved {
    pub role: Option<Role>,
    pub bold: Option<bool>,
    pub italic: Option<bool>,
    /// The list (`w:numId`, `w:ilvl`) the style puts a paragraph in.
    pub num: Option<(String, u8)>,
}

#[derive(Default)]
struct Raw {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    bold: Option<bool>,
    italic: Option<bool>,
    num_id: Option<String>,
    ilvl: Option<u8>,
}

#[derive(Default)]
pub struct Styles {
    resolved: HashMap<String, Resolved>,
    /// Run properties of the document's defaults (`w:docDefaults`).
    pub default_bold: Option<bool>,
    pub default_italic: Option<bool>,
}

/// The longest chain of `w:basedOn` followed.
const CHAIN: usize = 16;

impl Styles {
    pub fn get(&self, id: &str) -> Option<&Resolved> {
        self.resolved.get(id)
    }

    pub fn read(xml: &str) -> Result<Styles, ImportError> {
        let mut x = Xml::new(xml, "Word", "word/styles.xml");
        let mut raw: HashMap<String, Raw> = HashMap::new();
        let mut styles = Styles::default();
        let mut current: Option<(String, Raw)> = None;
        let mut in_defaults = false;
        let (mut default_bold, mut default_italic) = (None, None);
        loop {
            match x.event()? {
                Ev::Start(e) => match name(&e) {
                    "w:docDefaults" => in_defaults = true,
                    "w:style" => {
                        current = attr(&e, "w:styleId").map(|id| (id, Raw::default()));
                    }
                    n => {
                        let val = attr(&e, "w:val");
                        if in_defaults {
                            match n {
                                "w:b" => default_bold = Some(on(val.as_deref())),
                                "w:i" => default_italic = Some(on(val.as_deref())),
                                _ => {}
                            }
                        }
                        let Some((_, s)) = current.as_mut() else {
                            continue;
                        };
                        match n {
                            "w:name" => s.name = val.unwrap_or_default().to_lowercase(),
                            "w:basedOn" => s.based_on = val,
                            "w:outlineLvl" => s.outline = val.and_then(|v| v.parse().ok()),
                            "w:b" => s.bold = Some(on(val.as_deref())),
                            "w:i" => s.italic = Some(on(val.as_deref())),
                            "w:numId" => s.num_id = val,
                            "w:ilvl" => s.ilvl = val.and_then(|v| v.parse().ok()),
                            _ => {}
                        }
                    }
                },
                Ev::End(e) => match local(e.name().0) {
                    "docDefaults" => in_defaults = false,
                    "style" => {
                        if let Some((id, s)) = current.take() {
                            raw.insert(id, s);
                        }
                    }
                    _ => {}
                },
                Ev::Text(_) => {}
                Ev::Eof => break,
            }
        }
        styles.default_bold = default_bold;
        styles.default_italic = default_italic;
        for id in raw.keys() {
            styles.resolved.insert(id.clone(), resolve(&raw, id));
        }
        Ok(styles)
    }
}

fn resolve(raw: &HashMap<String, Raw>, id: &str) -> Resolved {
    let mut out = Resolved::default();
    let mut next = Some(id);
    for _ in 0..CHAIN {
        let Some(s) = next.and_then(|id| raw.get(id)) else {
            break;
        };
        if out.role.is_none() {
            out.role = role_of_name(&s.name).or(s
                .outline
                .and_then(|l| (l < 9).then(|| Role::Heading((l + 1).min(6)))));
        }
        out.bold = out.bold.or(s.bold);
        out.italic = out.italic.or(s.italic);
        if out.num.is_none() {
            if let Some(num) = &s.num_id {
                out.num = Some((num.clone(), s.ilvl.unwrap_or(0)));
            }
        }
        next = s.based_on.as_deref();
    }
    out
}

/// A role from a style's (English, built-in) name: Word keeps those names whatever the language.
fn role_of_name(name: &str) -> Option<Role> {
    match name {
        "title" => Some(Role::Title),
        "subtitle" => Some(Role::Subtitle),
        "quote" | "intense quote" | "block text" | "quotations" => Some(Role::Quote),
        "toc heading" => Some(Role::Contents),
        _ if name
            .strip_prefix("toc ")
            .is_some_and(|l| l.parse::<u8>().is_ok()) =>
        {
            Some(Role::Contents)
        }
        _ => {
            let level: u8 = name.strip_prefix("heading ")?.trim().parse().ok()?;
            (1..=9)
                .contains(&level)
                .then(|| Role::Heading(level.min(6)))
        }
    }
}

/// A Word on/off value: absent means on.
pub fn on(val: Option<&str>) -> bool {
    !matches!(val, Some("0" | "false" | "off" | "none"))
}

/// One level of a list definition.
#[derive(Clone, Copy, Debug)]
struct Level {
    ordered: bool,
    start: u32,
}

/// numbering.xml: list definitions, and the counters that number items as Word does.
#[derive(Default)]
pub struct Numbering {
    /// `w:abstractNumId` → its levels.
    abstracts: HashMap<String, [Level; 9]>,
    /// `w:numId` → its definition and each level's `w:startOverride`.
    nums: HashMap<String, (String, [Option<u32>; 9])>,
    /// Per definition, the last number given at each level.
    counters: HashMap<String, [Option<u32>; 9]>,
    /// Lists (`numId`, level) whose start override has been applied.
    restarted: std::collections::HashSet<(String, u8)>,
}

/// A list paragraph, numbered.
#[derive(Debug, PartialEq, Eq)]
pub struct Item {
    pub ordered: bool,
    pub depth: u8,
    pub number: Option<u32>,
}

impl Numbering {
    pub fn read(xml: &str) -> Result<Numbering, ImportError> {
        let mut x = Xml::new(xml, "Word", "word/numbering.xml");
        let mut out = Numbering::default();
        let unset = Level {
            ordered: false,
            start: 1,
        };
        let mut abstract_id: Option<(String, [Level; 9])> = None;
        let mut num: Option<(String, String, [Option<u32>; 9])> = None;
        let mut ilvl: usize = 0;
        loop {
            match x.event()? {
                Ev::Start(e) => {
                    let val = attr(&e, "w:val");
                    match name(&e) {
                        "w:abstractNum" => {
                            abstract_id = attr(&e, "w:abstractNumId").map(|id| (id, [unset; 9]))
                        }
                        "w:num" => {
                            num = attr(&e, "w:numId").map(|id| (id, String::new(), [None; 9]))
                        }
                        "w:lvl" | "w:lvlOverride" => {
                            ilvl = attr(&e, "w:ilvl")
                                .and_then(|v| v.parse().ok())
                                .unwrap_or(0)
                                .min(8)
                        }
                        "w:abstractNumId" => {
                            if let Some((_, a, _)) = num.as_mut() {
                                *a = val.unwrap_or_default();
                            }
                        }
                        "w:startOverride" => {
                            if let Some((_, _, o)) = num.as_mut() {
                                o[ilvl] = val.and_then(|v| v.parse().ok());
                            }
                        }
                        "w:start" => {
                            if let Some((_, levels)) = abstract_id.as_mut() {
                                levels[ilvl].start = val.and_then(|v| v.parse().ok()).unwrap_or(1);
                            }
                        }
                        "w:numFmt" => {
                            if let Some((_, levels)) = abstract_id.as_mut() {
                                levels[ilvl].ordered =
                                    !matches!(val.as_deref(), Some("bullet" | "none") | None);
                            }
                        }
                        _ => {}
                    }
                }
                Ev::End(e) => match e.name().0 {
                    "w:abstractNum" => {
                        if let Some((id, levels)) = abstract_id.take() {
                            out.abstracts.insert(id, levels);
                        }
                    }
                    "w:num" => {
                        if let Some((id, a, o)) = num.take() {
                            out.nums.insert(id, (a, o));
                        }
                    }
                    _ => {}
                },
                Ev::Text(_) => {}
                Ev::Eof => return Ok(out),
            }
        }
    }

    /// The next item of list `num_id` at level `ilvl` (0 for the top), counted as Word counts:
    /// per list definition, a level restarting after any item above it, and a list with a start
    /// override restarting where it is first used. `None` for a list the file does not define.
    pub fn item(&mut self, num_id: &str, ilvl: u8) -> Option<Item> {
        let (abstract_id, overrides) = self.nums.get(num_id)?;
        let levels = self.abstracts.get(abstract_id)?;
        let l = usize::from(ilvl.min(8));
        let counters = self
            .counters
            .entry(abstract_id.clone())
            .or_insert([None; 9]);
        let mut start = levels[l].start;
        if let Some(o) = overrides[l] {
            if self.restarted.insert((num_id.to_string(), ilvl)) {
                counters[l] = None;
                start = o;
            }
        }
        let n = counters[l].map_or(start, |n| n.saturating_add(1));
        counters[l] = Some(n);
        for deeper in counters.iter_mut().skip(l + 1) {
            *deeper = None;
        }
        let ordered = levels[l].ordered;
        Some(Item {
            ordered,
            depth: l as u8 + 1,
            number: ordered.then_some(n),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STYLES: &str = r#"<w:styles xmlns:w="w">
      <w:docDefaults><w:rPrDefault><w:rPr><w:i w:val="0"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:styleId="Berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:styleId="Mine"><w:name w:val="My heading"/><w:basedOn w:val="Berschrift2"/><w:rPr><w:b w:val="false"/></w:rPr></w:style>
      <w:style w:styleId="Deep"><w:name w:val="Deep"/><w:pPr><w:outlineLvl w:val="8"/></w:pPr></w:style>
      <w:style w:styleId="Loop1"><w:name w:val="Loop1"/><w:basedOn w:val="Loop2"/></w:style>
      <w:style w:styleId="Loop2"><w:name w:val="Loop2"/><w:basedOn w:val="Loop1"/><w:rPr><w:i/></w:rPr></w:style>
      <w:style w:styleId="Listed"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
    </w:styles>"#;

    #[test]
    fn styles_resolve_through_their_chain() {
        let s = Styles::read(STYLES).unwrap();
        assert_eq!(s.default_italic, Some(false));
        let mine = s.get("Mine").unwrap();
        assert_eq!(mine.role, Some(Role::Heading(2)));
        assert_eq!(mine.bold, Some(false), "the nearest definition wins");
        assert_eq!(s.get("Deep").unwrap().role, Some(Role::Heading(6)));
        assert_eq!(s.get("Loop1").unwrap().italic, Some(true), "a cycle ends");
        assert_eq!(s.get("Listed").unwrap().num, Some(("4".to_string(), 1)));
        assert_eq!(s.get("Normal").unwrap().role, None);
    }

    const NUMBERING: &str = r#"<w:numbering xmlns:w="w">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
    </w:numbering>"#;

    #[test]
    fn items_are_counted_as_word_counts_them() {
        let mut n = Numbering::read(NUMBERING).unwrap();
        let mut number = |id: &str, l: u8| n.item(id, l).map(|i| (i.ordered, i.depth, i.number));
        assert_eq!(number("1", 0), Some((true, 1, Some(1))));
        assert_eq!(number("1", 1), Some((true, 2, Some(1))));
        assert_eq!(number("1", 1), Some((true, 2, Some(2))));
        assert_eq!(
            number("2", 0),
            Some((true, 1, Some(2))),
            "same definition: the count goes on"
        );
        assert_eq!(
            number("1", 1),
            Some((true, 2, Some(1))),
            "a level restarts under a new item"
        );
        assert_eq!(
            number("3", 0),
            Some((true, 1, Some(5))),
            "a start override restarts"
        );
        assert_eq!(number("3", 0), Some((true, 1, Some(6))), "once");
        assert_eq!(number("4", 0), Some((false, 1, None)));
        assert_eq!(number("9", 0), None);
    }
}
