//! Positioned text out of one PDF page: its content stream's text operators interpreted over
//! lopdf's objects, each glyph placed by the text and graphics matrices, with its size on the page
//! and whether its face is bold or italic. Form XObjects are followed to a bounded depth, never in a cycle,
//! and every page's work is counted against the document's [`Budget`].

use std::collections::HashMap;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::fonts::Font;
use super::{deref, number, Limit, DECOMPRESS_LIMIT};

/// A glyph on the page, in points from the page's top-left corner as it is shown.
#[derive(Clone, Debug)]
pub struct Glyph {
    pub text: String,
    pub x: f32,
    /// The baseline, measured down from the top of the page.
    pub y: f32,
    pub width: f32,
    pub size: f32,
    pub bold: bool,
    /// An italic face, or an upright one slanted by the text matrix (a synthesised italic).
    pub italic: bool,
    /// Raised and smaller than the text beside it (a note's reference): set by the layout.
    pub sup: bool,
}

pub struct Page {
    pub height: f32,
    pub glyphs: Vec<Glyph>,
    /// Glyphs drawn turned (not upright), left out of the text.
    pub turned: usize,
}

/// The work a whole document may cost: decompressed content bytes, operators and glyphs.
pub struct Budget {
    pub bytes: usize,
    pub operators: usize,
    pub glyphs: usize,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget {
            bytes: 256 << 20,
            operators: 20_000_000,
            glyphs: 4_000_000,
        }
    }
}

/// How deep form XObjects may nest, and how many a page may draw.
const FORM_DEPTH: usize = 12;
const FORMS_PER_PAGE: usize = 5_000;
/// How deep `q` may save the graphics state (deeper saves are counted, not kept).
const STATE_DEPTH: usize = 256;

type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn translate(tx: f32, ty: f32, m: &Matrix) -> Matrix {
    mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], m)
}

#[derive(Clone)]
struct State {
    ctm: Matrix,
    char_spacing: f32,
    word_spacing: f32,
    scale: f32,
    leading: f32,
    rise: f32,
    font: Option<ObjectKey>,
    size: f32,
    render_bold: bool,
}

/// A font by its object (shared by pages) or, for a font written inline, by its address.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum ObjectKey {
    Id(ObjectId),
    Inline(usize),
}

struct Reader<'a> {
    doc: &'a Document,
    fonts: HashMap<ObjectKey, Font>,
    /// Glyphs by the quarter turns of their baseline (0 for upright, 1 for reading upwards…).
    glyphs: [Vec<Glyph>; 4],
    turned: usize,
    forms: usize,
}

/// The fonts read so far, shared by the pages of a document.
#[derive(Default)]
pub struct Fonts(HashMap<ObjectKey, Font>);

/// The glyphs of a page.
pub fn page(
    doc: &Document,
    page_id: ObjectId,
    fonts: &mut Fonts,
    budget: &mut Budget,
) -> Result<Page, Limit> {
    let page = doc.get_dictionary(page_id).ok();
    let media = page
        .and_then(|p| inherited(doc, p, b"MediaBox"))
        .and_then(|o| rect(doc, o));
    let [x0, y0, x1, y1] = media.unwrap_or([0.0, 0.0, 612.0, 792.0]);
    let rotate = page
        .and_then(|p| inherited(doc, p, b"Rotate"))
        .and_then(|o| number(doc, o))
        .map_or(0, |r| (r as i64).rem_euclid(360));
    // User space to the page as shown, y up from its bottom-left corner.
    let (display, width, height) = match rotate {
        90 => ([0.0, -1.0, 1.0, 0.0, -y0, x1], y1 - y0, x1 - x0),
        180 => ([-1.0, 0.0, 0.0, -1.0, x1, y1], x1 - x0, y1 - y0),
        270 => ([0.0, 1.0, -1.0, 0.0, y1, -x0], y1 - y0, x1 - x0),
        _ => ([1.0, 0.0, 0.0, 1.0, -x0, -y0], x1 - x0, y1 - y0),
    };
    let content = doc
        .get_page_content_with_limit(page_id, DECOMPRESS_LIMIT.min(budget.bytes))
        .map_err(|_| Limit::Content)?;
    budget.bytes = budget.bytes.saturating_sub(content.len());
    let resources = page
        .and_then(|p| inherited(doc, p, b"Resources"))
        .and_then(|o| deref(doc, o).as_dict().ok());
    let mut reader = Reader {
        doc,
        fonts: std::mem::take(&mut fonts.0),
        glyphs: Default::default(),
        turned: 0,
        forms: 0,
    };
    let state = State {
        ctm: display,
        char_spacing: 0.0,
        word_spacing: 0.0,
        scale: 1.0,
        leading: 0.0,
        rise: 0.0,
        font: None,
        size: 0.0,
        render_bold: false,
    };
    let mut seen = Vec::new();
    let result = reader.run(&content, resources, state, &mut seen, budget);
    fonts.0 = std::mem::take(&mut reader.fonts);
    result?;
    // The page is read the way most of its text runs: a page whose text was set sideways (or
    // turned with the page) reads as it would once turned upright.
    let quarter = (0..4)
        .rev()
        .max_by_key(|&q| reader.glyphs[q].len())
        .unwrap_or(0);
    let turned = reader.turned
        + (0..4)
            .filter(|&q| q != quarter)
            .map(|q| reader.glyphs[q].len())
            .sum::<usize>();
    let mut glyphs = std::mem::take(&mut reader.glyphs[quarter]);
    for g in &mut glyphs {
        let (x, y) = (g.x, g.y);
        (g.x, g.y) = match quarter {
            1 => (y, x),
            2 => (width - x, y),
            3 => (height - y, width - x),
            _ => (x, height - y),
        };
    }
    let height = if quarter % 2 == 1 { width } else { height };
    Ok(Page {
        height,
        glyphs,
        turned,
    })
}

/// How many quarter turns (counterclockwise) a glyph's baseline is turned from upright, or
/// `None` for a glyph set at another angle, slanted or mirrored.
fn quarter_turns(m: &Matrix) -> Option<usize> {
    let (dl, ul) = (m[0].hypot(m[1]), m[2].hypot(m[3]));
    if !(dl > 1e-6 && ul > 1e-6) {
        return None;
    }
    let (dx, dy) = (m[0] / dl, m[1] / dl);
    let (ux, uy) = (m[2] / ul, m[3] / ul);
    if dx * uy - dy * ux < 0.9 {
        return None;
    }
    [(1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0)]
        .iter()
        .position(|&(x, y)| dx * x + dy * y > 0.995)
}

/// Whether a glyph's upright leans to the right of its baseline's normal (an oblique made by
/// the text matrix, as a word processor slants a face that has no italic).
fn slanted(m: &Matrix) -> bool {
    let (dl, ul) = (m[0].hypot(m[1]), m[2].hypot(m[3]));
    if !(dl > 1e-6 && ul > 1e-6) {
        return false;
    }
    // The upright's component along the baseline: about 0.2 for a 12° slant.
    let along = (m[0] * m[2] + m[1] * m[3]) / (dl * ul);
    along > 0.1
}

/// A page attribute, looked up the page tree's parents as the format allows (bounded).
fn inherited<'a>(doc: &'a Document, page: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut node = page;
    for _ in 0..32 {
        if let Ok(v) = node.get(key) {
            return Some(v);
        }
        node = node
            .get(b"Parent")
            .ok()
            .and_then(|p| deref(doc, p).as_dict().ok())?;
    }
    None
}

fn rect(doc: &Document, o: &Object) -> Option<[f32; 4]> {
    let a = deref(doc, o).as_array().ok()?;
    let v: Vec<f32> = a.iter().filter_map(|o| number(doc, o)).collect();
    let [a, b, c, d] = v[..] else { return None };
    let r = [a.min(c), b.min(d), a.max(c), b.max(d)];
    (r[2] - r[0] > 1.0 && r[3] - r[1] > 1.0 && r.iter().all(|x| x.is_finite())).then_some(r)
}

fn operand_numbers(doc: &Document, operands: &[Object]) -> Vec<f32> {
    operands
        .iter()
        .map(|o| number(doc, o).filter(|n| n.is_finite()).unwrap_or(0.0))
        .collect()
}

impl<'a> Reader<'a> {
    fn run(
        &mut self,
        content: &[u8],
        resources: Option<&'a Dictionary>,
        mut state: State,
        seen: &mut Vec<ObjectId>,
        budget: &mut Budget,
    ) -> Result<(), Limit> {
        let mut saved: Vec<State> = Vec::new();
        let mut deep_saves = 0usize;
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        for op in Content::decode_iter(content) {
            // A damaged stream ends where it stops making sense; the text so far is kept.
            let Ok(op) = op else { break };
            budget.operators = budget.operators.checked_sub(1).ok_or(Limit::Operators)?;
            let n = || operand_numbers(self.doc, &op.operands);
            match op.operator.as_str() {
                "q" => {
                    if saved.len() < STATE_DEPTH {
                        saved.push(state.clone());
                    } else {
                        deep_saves += 1;
                    }
                }
                "Q" => {
                    if deep_saves > 0 {
                        deep_saves -= 1;
                    } else if let Some(s) = saved.pop() {
                        state = s;
                    }
                }
                "cm" => {
                    if let [a, b, c, d, e, f] = n()[..] {
                        state.ctm = mul(&[a, b, c, d, e, f], &state.ctm);
                    }
                }
                "BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                "Tf" => {
                    let name = op.operands.first().and_then(|o| o.as_name().ok());
                    state.font = name.and_then(|name| self.font(resources, name));
                    state.size = op
                        .operands
                        .get(1)
                        .and_then(|o| number(self.doc, o))
                        .unwrap_or(0.0);
                }
                "Tc" => state.char_spacing = n().first().copied().unwrap_or(0.0),
                "Tw" => state.word_spacing = n().first().copied().unwrap_or(0.0),
                "Tz" => state.scale = n().first().copied().unwrap_or(100.0) / 100.0,
                "TL" => state.leading = n().first().copied().unwrap_or(0.0),
                "Ts" => state.rise = n().first().copied().unwrap_or(0.0),
                "Tr" => state.render_bold = n().first().is_some_and(|m| *m == 2.0),
                "Td" | "TD" => {
                    if let [tx, ty] = n()[..] {
                        if op.operator == "TD" {
                            state.leading = -ty;
                        }
                        tlm = translate(tx, ty, &tlm);
                        tm = tlm;
                    }
                }
                "Tm" => {
                    if let [a, b, c, d, e, f] = n()[..] {
                        tlm = [a, b, c, d, e, f];
                        tm = tlm;
                    }
                }
                "T*" => {
                    tlm = translate(0.0, -state.leading, &tlm);
                    tm = tlm;
                }
                "Tj" | "'" | "\"" => {
                    if op.operator != "Tj" {
                        if op.operator == "\"" {
                            if let [aw, ac, ..] = n()[..] {
                                state.word_spacing = aw;
                                state.char_spacing = ac;
                            }
                        }
                        tlm = translate(0.0, -state.leading, &tlm);
                        tm = tlm;
                    }
                    if let Some(Ok(bytes)) = op.operands.last().map(Object::as_str) {
                        self.show(bytes, &state, &mut tm, budget)?;
                    }
                }
                "TJ" => {
                    let Some(Ok(items)) = op.operands.first().map(Object::as_array) else {
                        continue;
                    };
                    for item in items {
                        match item {
                            Object::String(bytes, _) => {
                                self.show(bytes, &state, &mut tm, budget)?
                            }
                            other => {
                                let adjust = number(self.doc, other)
                                    .filter(|a| a.is_finite())
                                    .unwrap_or(0.0);
                                let tx = -adjust / 1000.0 * state.size * state.scale;
                                tm = translate(tx, 0.0, &tm);
                            }
                        }
                    }
                }
                "Do" => {
                    if let Some(name) = op.operands.first().and_then(|o| o.as_name().ok()) {
                        self.form(resources, name, &state, seen, budget)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// A font of the resources by its name, read once per document.
    fn font(&mut self, resources: Option<&'a Dictionary>, name: &[u8]) -> Option<ObjectKey> {
        let fonts = resources?
            .get(b"Font")
            .ok()
            .and_then(|f| deref(self.doc, f).as_dict().ok())?;
        let entry = fonts.get(name).ok()?;
        let (key, dict) = match entry {
            Object::Reference(id) => (ObjectKey::Id(*id), deref(self.doc, entry).as_dict().ok()?),
            Object::Dictionary(d) => (ObjectKey::Inline(d as *const Dictionary as usize), d),
            _ => return None,
        };
        if !self.fonts.contains_key(&key) {
            let font = Font::new(self.doc, dict);
            self.fonts.insert(key, font);
        }
        Some(key)
    }

    fn show(
        &mut self,
        bytes: &[u8],
        state: &State,
        tm: &mut Matrix,
        budget: &mut Budget,
    ) -> Result<(), Limit> {
        let Some(font) = state.font.and_then(|k| self.fonts.get(&k)) else {
            return Ok(());
        };
        let size = state.size;
        for code in font.codes(bytes) {
            // Any blank the font maps a code to is a word space, nothing else.
            let mut text = font.text(code.code);
            if !text.is_empty() && text.chars().all(char::is_whitespace) {
                text = " ".to_string();
            }
            let advance = font.width(code.code) * font.scale * size;
            let spacing = state.char_spacing
                + if code.is_space_byte {
                    state.word_spacing
                } else {
                    0.0
                };
            let tx = (advance + spacing) * state.scale;
            let trm = mul(
                &mul(&[size * state.scale, 0.0, 0.0, size, 0.0, state.rise], tm),
                &state.ctm,
            );
            let m = mul(tm, &state.ctm);
            *tm = translate(tx, 0.0, tm);
            // A space whose spacing takes its advance back (Ghostscript glues kerned letters
            // with one) is no gap between words.
            if text.is_empty() || (text == " " && tx.abs() < 0.1 * size.abs() * state.scale.abs()) {
                continue;
            }
            let glyph_size = size.abs() * (m[2] * m[2] + m[3] * m[3]).sqrt() * font.scale * 1000.0;
            let Some(quarter) = quarter_turns(&m) else {
                self.turned += 1;
                continue;
            };
            budget.glyphs = budget.glyphs.checked_sub(1).ok_or(Limit::Glyphs)?;
            let width = (advance * state.scale * (m[0] * m[0] + m[1] * m[1]).sqrt()).abs();
            if !(trm[4].is_finite()
                && trm[5].is_finite()
                && glyph_size.is_finite()
                && width.is_finite())
            {
                continue;
            }
            // Placed in the display's frame (y up) for now: the page's orientation comes last.
            self.glyphs[quarter].push(Glyph {
                text,
                x: trm[4],
                y: trm[5],
                width,
                size: glyph_size,
                bold: font.bold || state.render_bold,
                italic: font.italic || slanted(&m),
                sup: false,
            });
        }
        Ok(())
    }

    /// A form XObject drawn by `Do`: its content run with its own matrix and resources.
    fn form(
        &mut self,
        resources: Option<&'a Dictionary>,
        name: &[u8],
        state: &State,
        seen: &mut Vec<ObjectId>,
        budget: &mut Budget,
    ) -> Result<(), Limit> {
        let doc = self.doc;
        let Some(Ok(Object::Reference(id))) = resources
            .and_then(|r| r.get(b"XObject").ok())
            .and_then(|x| deref(doc, x).as_dict().ok())
            .map(|x| x.get(name))
        else {
            return Ok(());
        };
        let Ok(stream) = doc.get_object(*id).and_then(Object::as_stream) else {
            return Ok(());
        };
        if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form")
            || seen.contains(id)
            || seen.len() >= FORM_DEPTH
        {
            return Ok(());
        }
        self.forms += 1;
        if self.forms > FORMS_PER_PAGE {
            return Err(Limit::Operators);
        }
        let content = stream
            .get_plain_content_with_limit(DECOMPRESS_LIMIT.min(budget.bytes))
            .map_err(|_| Limit::Content)?;
        budget.bytes = budget.bytes.saturating_sub(content.len());
        let matrix = stream
            .dict
            .get(b"Matrix")
            .ok()
            .and_then(|m| deref(doc, m).as_array().ok());
        let matrix = matrix.map(|m| operand_numbers(doc, m)).unwrap_or_default();
        let mut inner = state.clone();
        if let [a, b, c, d, e, f] = matrix[..] {
            inner.ctm = mul(&[a, b, c, d, e, f], &state.ctm);
        }
        let own = stream
            .dict
            .get(b"Resources")
            .ok()
            .and_then(|r| deref(doc, r).as_dict().ok());
        seen.push(*id);
        let result = self.run(&content, own.or(resources), inner, seen, budget);
        seen.pop();
        result
    }
}
