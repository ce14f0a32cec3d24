//! What a PDF font tells the text reader: how a shown string splits into character codes, which
//! text each code stands for (the font's ToUnicode map first, then its encoding and glyph names),
//! how far each glyph advances, and whether the face is bold or italic. Built from lopdf's objects,
//! leniently: a font that cannot be understood still yields codes and widths, never an error.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object};

use super::cmap::ToUnicode;
use super::encoding::{glyph_text, Base};
use super::{deref, number, DECOMPRESS_LIMIT};

/// The most width entries kept from one font's tables (a real font has at most 65,536 glyphs).
const WIDTH_ENTRIES_LIMIT: usize = 70_000;

pub struct Font {
    /// Codes are two bytes (a composite, Type0 font) rather than one.
    two_byte: bool,
    to_unicode: Option<ToUnicode>,
    /// A simple font's base encoding and the codes its `/Differences` name otherwise.
    base: Option<Base>,
    differences: HashMap<u8, String>,
    /// Advance widths: inclusive code ranges and their width in glyph units.
    widths: Vec<(u32, u32, f32)>,
    default_width: f32,
    /// Glyph units to text space (1/1000 for all fonts but Type3, whose matrix says).
    pub scale: f32,
    pub bold: bool,
    pub italic: bool,
}

/// One character code of a shown string.
pub struct Code {
    pub code: u32,
    /// A single-byte code 32, the only one word spacing applies to.
    pub is_space_byte: bool,
}

impl Font {
    pub fn new(doc: &Document, dict: &Dictionary) -> Font {
        let subtype = dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .unwrap_or(b"");
        let two_byte = subtype == b"Type0";
        let descendant = if two_byte {
            dict.get(b"DescendantFonts")
                .ok()
                .and_then(|o| deref(doc, o).as_array().ok())
                .and_then(|a| a.first())
                .and_then(|o| deref(doc, o).as_dict().ok())
        } else {
            None
        };
        let (widths, default_width) = match descendant {
            Some(cid) => cid_widths(doc, cid),
            None => simple_widths(doc, dict),
        };
        let scale = if subtype == b"Type3" {
            dict.get(b"FontMatrix")
                .ok()
                .and_then(|o| deref(doc, o).as_array().ok())
                .and_then(|m| m.first())
                .and_then(|a| number(doc, a))
                .filter(|a| a.is_finite() && a.abs() > 1e-6 && a.abs() < 10.0)
                .unwrap_or(0.001)
        } else {
            0.001
        };
        let descriptor = descendant
            .unwrap_or(dict)
            .get(b"FontDescriptor")
            .ok()
            .and_then(|o| deref(doc, o).as_dict().ok());
        let (base, differences) = if two_byte {
            (None, HashMap::new())
        } else {
            encoding(doc, dict, subtype)
        };
        Font {
            two_byte,
            to_unicode: to_unicode(doc, dict),
            base,
            differences,
            widths,
            default_width,
            scale,
            bold: is_bold(doc, dict, descriptor),
            italic: is_italic(doc, dict, descriptor),
        }
    }

    /// The codes of a shown string, in order.
    pub fn codes(&self, bytes: &[u8]) -> Vec<Code> {
        if self.two_byte {
            bytes
                .chunks(2)
                .map(|c| Code {
                    code: c.iter().fold(0u32, |acc, &b| acc << 8 | b as u32),
                    is_space_byte: false,
                })
                .collect()
        } else {
            bytes
                .iter()
                .map(|&b| Code {
                    code: b as u32,
                    is_space_byte: b == 32,
                })
                .collect()
        }
    }

    /// The text a code stands for (empty when the font does not say). Ligatures are written
    /// out as their letters, so that "fi" is found by a search for it.
    pub fn text(&self, code: u32) -> String {
        let text = self
            .to_unicode
            .as_ref()
            .and_then(|m| m.get(code))
            .or_else(|| {
                if self.two_byte {
                    return None;
                }
                let byte = u8::try_from(code).ok()?;
                self.differences
                    .get(&byte)
                    .cloned()
                    .or_else(|| self.base?.char(byte).map(String::from))
            });
        let mut out = String::new();
        for c in text.unwrap_or_default().chars() {
            match c {
                '\u{fb00}' => out.push_str("ff"),
                '\u{fb01}' => out.push_str("fi"),
                '\u{fb02}' => out.push_str("fl"),
                '\u{fb03}' => out.push_str("ffi"),
                '\u{fb04}' => out.push_str("ffl"),
                '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
                '\u{fffd}' | '\0' => {}
                c => out.push(c),
            }
        }
        out
    }

    /// The advance of a code, in glyph units (thousandths of the font size for most fonts).
    pub fn width(&self, code: u32) -> f32 {
        let i = self.widths.partition_point(|&(_, hi, _)| hi < code);
        match self.widths.get(i) {
            Some(&(lo, _, w)) if lo <= code => w,
            _ => self.default_width,
        }
    }
}

/// The font's ToUnicode map, if it has one that maps anything.
fn to_unicode(doc: &Document, dict: &Dictionary) -> Option<ToUnicode> {
    let stream = deref(doc, dict.get(b"ToUnicode").ok()?).as_stream().ok()?;
    let program = stream.get_plain_content_with_limit(DECOMPRESS_LIMIT).ok()?;
    Some(ToUnicode::parse(&program)).filter(|m| !m.is_empty())
}

/// A simple font's base encoding (named, or the default of its kind) and its differences.
fn encoding(
    doc: &Document,
    dict: &Dictionary,
    subtype: &[u8],
) -> (Option<Base>, HashMap<u8, String>) {
    let default = if subtype == b"TrueType" {
        Base::WinAnsi
    } else {
        Base::Standard
    };
    let mut differences = HashMap::new();
    let base = match dict.get(b"Encoding").ok().map(|e| deref(doc, e)) {
        Some(Object::Name(name)) => Base::from_name(name).unwrap_or(default),
        Some(Object::Dictionary(e)) => {
            if let Some(list) = e
                .get(b"Differences")
                .ok()
                .and_then(|d| deref(doc, d).as_array().ok())
            {
                let mut code = 0usize;
                for item in list {
                    match deref(doc, item) {
                        Object::Integer(i) => code = (*i).clamp(0, 256) as usize,
                        Object::Name(name) => {
                            if let (Ok(byte), Some(text)) = (
                                u8::try_from(code),
                                glyph_text(&String::from_utf8_lossy(name)),
                            ) {
                                differences.insert(byte, text);
                            }
                            code += 1;
                        }
                        _ => {}
                    }
                }
            }
            let named = e
                .get(b"BaseEncoding")
                .ok()
                .and_then(|b| deref(doc, b).as_name().ok());
            named.and_then(Base::from_name).unwrap_or(default)
        }
        _ => default,
    };
    (Some(base), differences)
}

fn simple_widths(doc: &Document, dict: &Dictionary) -> (Vec<(u32, u32, f32)>, f32) {
    let first = dict
        .get(b"FirstChar")
        .ok()
        .and_then(|o| number(doc, o))
        .unwrap_or(0.0);
    let missing = dict
        .get(b"FontDescriptor")
        .ok()
        .and_then(|o| deref(doc, o).as_dict().ok())
        .and_then(|d| d.get(b"MissingWidth").ok())
        .and_then(|o| number(doc, o))
        .filter(|w| *w > 0.0);
    let mut widths = Vec::new();
    if (0.0..65_536.0).contains(&first) {
        if let Some(array) = dict
            .get(b"Widths")
            .ok()
            .and_then(|o| deref(doc, o).as_array().ok())
        {
            for (i, w) in array.iter().take(WIDTH_ENTRIES_LIMIT).enumerate() {
                let code = first as u32 + i as u32;
                widths.push((code, code, number(doc, w).unwrap_or(0.0)));
            }
        }
    }
    // Without widths (the standard 14 fonts of old files) an average advance keeps words apart.
    (widths, missing.unwrap_or(500.0))
}

/// A CIDFont's /W: `c [w1 w2 …]` lists widths from c on; `c_first c_last w` gives a range one.
fn cid_widths(doc: &Document, cid: &Dictionary) -> (Vec<(u32, u32, f32)>, f32) {
    let default = cid
        .get(b"DW")
        .ok()
        .and_then(|o| number(doc, o))
        .unwrap_or(1000.0);
    let mut widths = Vec::new();
    let Some(w) = cid
        .get(b"W")
        .ok()
        .and_then(|o| deref(doc, o).as_array().ok())
    else {
        return (widths, default);
    };
    let mut i = 0;
    while i < w.len() && widths.len() < WIDTH_ENTRIES_LIMIT {
        let Some(first) = number(doc, &w[i]).filter(|f| *f >= 0.0) else {
            break;
        };
        let first = first as u32;
        match w.get(i + 1).map(|o| deref(doc, o)) {
            Some(Object::Array(list)) => {
                for (k, v) in list.iter().take(WIDTH_ENTRIES_LIMIT).enumerate() {
                    let code = first.saturating_add(k as u32);
                    widths.push((code, code, number(doc, v).unwrap_or(default)));
                }
                i += 2;
            }
            Some(last) => {
                let (Some(last), Some(width)) =
                    (number(doc, last), w.get(i + 2).and_then(|o| number(doc, o)))
                else {
                    break;
                };
                if last >= first as f32 {
                    widths.push((first, last as u32, width));
                }
                i += 3;
            }
            None => break,
        }
    }
    widths.sort_by_key(|&(lo, hi, _)| (lo, hi));
    // Overlapping entries (a damaged table) would break the search: keep the first of each.
    let mut kept: Vec<(u32, u32, f32)> = Vec::with_capacity(widths.len());
    for e in widths {
        if kept.last().is_none_or(|&(_, hi, _)| e.0 > hi) {
            kept.push(e);
        }
    }
    (kept, default)
}

/// The face's name in lower case, without the subset's tag ("ABCDEF+").
fn face_name(dict: &Dictionary) -> String {
    let name = dict
        .get(b"BaseFont")
        .and_then(Object::as_name)
        .unwrap_or(b"");
    let name = String::from_utf8_lossy(name).to_ascii_lowercase();
    match name.split_once('+') {
        Some((_, n)) => n.to_string(),
        None => name,
    }
}

fn descriptor_number(doc: &Document, d: Option<&Dictionary>, key: &[u8]) -> Option<f32> {
    d?.get(key).ok().and_then(|o| number(doc, o))
}

/// Bold by the face's name (Bold, Black, Heavy, Semibold, Demi), its weight, or ForceBold. Not
/// by StemV: Ghostscript writes 141 for a regular Liberation Serif (ghostscript.pdf), as thick a
/// stem as PDFium's threshold for bold.
fn is_bold(doc: &Document, dict: &Dictionary, descriptor: Option<&Dictionary>) -> bool {
    let name = face_name(dict);
    if ["bold", "black", "heavy", "semibold", "demi"]
        .iter()
        .any(|w| name.contains(w))
    {
        return true;
    }
    let flags = descriptor_number(doc, descriptor, b"Flags").unwrap_or(0.0) as i64;
    let weight = descriptor_number(doc, descriptor, b"FontWeight").unwrap_or(0.0);
    weight >= 600.0 || flags & (1 << 18) != 0
}

/// Italic by the face's name (Italic, Oblique, Slanted, or a style ending in "It": "MinionPro-It",
/// "Arial,BoldItalic"), the descriptor's Italic flag, or a slanted ItalicAngle.
fn is_italic(doc: &Document, dict: &Dictionary, descriptor: Option<&Dictionary>) -> bool {
    let name = face_name(dict);
    let style = name.rsplit(['-', ',']).next().unwrap_or("");
    if ["italic", "oblique", "slanted", "inclined"]
        .iter()
        .any(|w| name.contains(w))
        || (style != name && style.ends_with("it"))
    {
        return true;
    }
    let flags = descriptor_number(doc, descriptor, b"Flags").unwrap_or(0.0) as i64;
    let angle = descriptor_number(doc, descriptor, b"ItalicAngle").unwrap_or(0.0);
    flags & (1 << 6) != 0 || angle.abs() >= 3.0
}
