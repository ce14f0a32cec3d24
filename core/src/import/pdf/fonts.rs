//! What a PDF font tells the text reader: how a shown string splits into character codes, which
//! text each code stands for (the font's ToUnicode map first, then its encoding), how far each
//! glyph advances, and whether the face is bold. Built from lopdf's objects, leniently: a font
//! that cannot be understood still yields codes and widths, never an error.

use lopdf::{Dictionary, Document, Encoding, Object};

use super::{deref, number, DECOMPRESS_LIMIT};

/// The most width entries kept from one font's tables (a real font has at most 65,536 glyphs).
const WIDTH_ENTRIES_LIMIT: usize = 70_000;

pub struct Font<'a> {
    /// Codes are two bytes (a composite, Type0 font) rather than one.
    two_byte: bool,
    /// The ToUnicode map, kept in lopdf's encoding that wraps it (its type has no public path).
    to_unicode: Option<Encoding<'static>>,
    encoding: Option<Encoding<'a>>,
    /// Advance widths: inclusive code ranges and their width in glyph units.
    widths: Vec<(u32, u32, f32)>,
    default_width: f32,
    /// Glyph units to text space (1/1000 for all fonts but Type3, whose matrix says).
    pub scale: f32,
    pub bold: bool,
}

/// One character code of a shown string.
pub struct Code {
    pub code: u32,
    /// A single-byte code 32, the only one word spacing applies to.
    pub is_space_byte: bool,
}

impl<'a> Font<'a> {
    pub fn new(doc: &'a Document, dict: &'a Dictionary) -> Font<'a> {
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
        let encoding = dict
            .get_font_encoding_with_limit(doc, DECOMPRESS_LIMIT)
            .ok();
        Font {
            two_byte,
            to_unicode: to_unicode(doc, dict),
            encoding,
            widths,
            default_width,
            scale,
            bold: is_bold(doc, dict, descriptor),
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

    /// The text a code stands for (empty when the font does not say).
    pub fn text(&self, code: u32) -> String {
        let len = if self.two_byte { 2 } else { 1 };
        if let Some(Encoding::UnicodeMapEncoding(map)) = &self.to_unicode {
            if let Some(units) = map.get(code, len) {
                return String::from_utf16_lossy(&units);
            }
        }
        let bytes: Vec<u8> = if self.two_byte {
            vec![(code >> 8) as u8, code as u8]
        } else {
            vec![code as u8]
        };
        let mut out = String::new();
        match &self.encoding {
            Some(Encoding::UnicodeMapEncoding(_)) | None if self.two_byte => {}
            Some(encoding) => {
                if encoding.write_to_string(&bytes, &mut out).is_err() {
                    out.clear();
                }
            }
            None => out.push(char::from(code as u8)),
        }
        out.retain(|c| c != '\u{fffd}' && c != '\0');
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

/// The font's ToUnicode map, read on its own: lopdf prefers a simple font's /Encoding, but the
/// map, where there is one, is what the producer says the glyphs mean.
fn to_unicode(doc: &Document, dict: &Dictionary) -> Option<Encoding<'static>> {
    dict.get(b"ToUnicode").ok()?;
    let mut bare = dict.clone();
    bare.remove(b"Encoding");
    match bare.get_font_encoding_with_limit(doc, DECOMPRESS_LIMIT) {
        Ok(Encoding::UnicodeMapEncoding(map)) => Some(Encoding::UnicodeMapEncoding(map)),
        _ => None,
    }
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
    if first >= 0.0 && first < 65_536.0 {
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

/// Bold by the face's name (Bold, Black, Heavy, Semibold, Demi), its weight, or ForceBold.
fn is_bold(doc: &Document, dict: &Dictionary, descriptor: Option<&Dictionary>) -> bool {
    let name = dict
        .get(b"BaseFont")
        .and_then(Object::as_name)
        .unwrap_or(b"");
    let name = String::from_utf8_lossy(name).to_ascii_lowercase();
    let name = name.split_once('+').map_or(name.as_str(), |(_, n)| n);
    if ["bold", "black", "heavy", "semibold", "demi"]
        .iter()
        .any(|w| name.contains(w))
    {
        return true;
    }
    let Some(d) = descriptor else {
        return false;
    };
    let weight = d
        .get(b"FontWeight")
        .ok()
        .and_then(|o| number(doc, o))
        .unwrap_or(0.0);
    let flags = d
        .get(b"Flags")
        .ok()
        .and_then(|o| number(doc, o))
        .unwrap_or(0.0) as i64;
    weight >= 600.0 || flags & (1 << 18) != 0
}
