//! Reads the text back out of a PDF that headless Chromium printed, so a test can check that the
//! paper copy really contains the article and its notes (not just that some PDF was written).
//!
//! Enough of PDF for Chromium's own output: indirect objects, Flate streams, fonts with a
//! `/ToUnicode` CMap, and the `Tf`, `Tj` and `TJ` text operators. Text comes out in drawing order.

use std::collections::HashMap;
use std::io::Read;

struct Object<'a> {
    dict: &'a [u8],
    stream: Option<Vec<u8>>,
}

/// The text a PDF draws, in drawing order (one space between text objects).
pub fn text(pdf: &[u8]) -> String {
    let objects = objects(pdf);
    // Font resource names (`/F4`) → the object numbers of their fonts.
    let mut names: HashMap<String, u32> = HashMap::new();
    for o in objects.values() {
        if let Some(at) = find(o.dict, b"/Font") {
            let rest = &o.dict[at + 5..];
            let rest = rest.strip_prefix(b" ").unwrap_or(rest);
            if rest.starts_with(b"<<") {
                let end = find(rest, b">>").unwrap_or(rest.len());
                let entries = String::from_utf8_lossy(&rest[2..end]).into_owned();
                let mut words = entries.split_whitespace();
                while let (Some(name), Some(num)) = (words.next(), words.next()) {
                    let _ = (words.next(), words.next()); // "0 R"
                    if let Ok(n) = num.parse() {
                        names.insert(name.trim_start_matches('/').to_string(), n);
                    }
                }
            }
        }
    }
    // Font object numbers → their code-to-text maps.
    let mut cmaps: HashMap<u32, CMap> = HashMap::new();
    for (&n, o) in &objects {
        if let Some(r) = reference(o.dict, b"/ToUnicode") {
            if let Some(stream) = objects.get(&r).and_then(|c| c.stream.as_ref()) {
                cmaps.insert(n, CMap::parse(stream));
            }
        }
    }
    let mut out = String::new();
    for o in objects.values() {
        if let Some(s) = &o.stream {
            if find(s, b" Tf").is_some() && find(s, b"begincmap").is_none() {
                show(s, &names, &cmaps, &mut out);
            }
        }
    }
    out
}

fn objects(pdf: &[u8]) -> std::collections::BTreeMap<u32, Object<'_>> {
    let mut found = std::collections::BTreeMap::new();
    let mut at = 0;
    while let Some(i) = find(&pdf[at..], b" 0 obj") {
        let head = at + i;
        let num_start = pdf[..head]
            .iter()
            .rposition(|b| !b.is_ascii_digit())
            .map_or(0, |p| p + 1);
        let body_start = head + 6;
        let Some(len) = find(&pdf[body_start..], b"endobj") else {
            break;
        };
        let body = &pdf[body_start..body_start + len];
        at = body_start + len;
        let Ok(num) = std::str::from_utf8(&pdf[num_start..head])
            .unwrap_or("")
            .parse::<u32>()
        else {
            continue;
        };
        let (dict, stream) = match find(body, b"stream") {
            Some(s) => {
                let mut data = &body[s + 6..];
                data = data.strip_prefix(b"\r").unwrap_or(data);
                data = data.strip_prefix(b"\n").unwrap_or(data);
                let end = rfind(data, b"endstream").unwrap_or(data.len());
                let raw = &data[..end];
                let dict = &body[..s];
                let bytes = if find(dict, b"/FlateDecode").is_some() {
                    let mut v = Vec::new();
                    let _ = flate2::read::ZlibDecoder::new(raw).read_to_end(&mut v);
                    v
                } else {
                    raw.to_vec()
                };
                (dict, Some(bytes))
            }
            None => (body, None),
        };
        found.insert(num, Object { dict, stream });
    }
    found
}

/// Codes to text for one font, from its `/ToUnicode` CMap (`bfchar` and `bfrange` sections).
struct CMap {
    width: usize,
    map: HashMap<u32, String>,
}

impl CMap {
    fn parse(s: &[u8]) -> CMap {
        let text = String::from_utf8_lossy(s);
        let hexes = |line: &str| -> Vec<String> {
            line.split('<')
                .skip(1)
                .filter_map(|p| p.split('>').next().map(str::to_string))
                .collect()
        };
        let mut map = HashMap::new();
        let mut width = 2;
        let mut section = "";
        for line in text.lines() {
            let line = line.trim();
            if line.ends_with("beginbfchar") {
                section = "char";
            } else if line.ends_with("beginbfrange") {
                section = "range";
            } else if line.starts_with("end") {
                section = "";
            } else {
                let h = hexes(line);
                match (section, h.as_slice()) {
                    ("char", [src, dst]) => {
                        width = src.len() / 2;
                        map.insert(hex_u32(src), utf16(dst));
                    }
                    ("range", [lo, hi, dst]) => {
                        width = lo.len() / 2;
                        let (lo, hi, first) = (hex_u32(lo), hex_u32(hi), hex_u32(dst));
                        for (k, code) in (lo..=hi).enumerate() {
                            let c = char::from_u32(first + k as u32).unwrap_or('\u{fffd}');
                            map.insert(code, c.to_string());
                        }
                    }
                    _ => {}
                }
            }
        }
        CMap { width, map }
    }
}

/// Appends the text that a content stream shows.
fn show(s: &[u8], names: &HashMap<String, u32>, cmaps: &HashMap<u32, CMap>, out: &mut String) {
    let mut font: Option<&CMap> = None;
    let mut last_name = String::new();
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'/' => {
                let end = s[i + 1..]
                    .iter()
                    .position(|b| b.is_ascii_whitespace() || b"/<[(".contains(b))
                    .map_or(s.len(), |p| i + 1 + p);
                last_name = String::from_utf8_lossy(&s[i + 1..end]).into_owned();
                i = end;
            }
            b'<' if s.get(i + 1) != Some(&b'<') => {
                let end = s[i..]
                    .iter()
                    .position(|&b| b == b'>')
                    .map_or(s.len(), |p| i + p);
                let hex: String = String::from_utf8_lossy(&s[i + 1..end])
                    .chars()
                    .filter(char::is_ascii_hexdigit)
                    .collect();
                if let Some(cmap) = font {
                    let w = cmap.width.max(1) * 2;
                    for chunk in hex.as_bytes().chunks(w) {
                        let code = hex_u32(std::str::from_utf8(chunk).unwrap_or("0"));
                        out.push_str(cmap.map.get(&code).map_or("\u{fffd}", String::as_str));
                    }
                }
                i = end + 1;
            }
            b'T' if s.get(i + 1) == Some(&b'f') => {
                font = names.get(&last_name).and_then(|n| cmaps.get(n));
                i += 2;
            }
            b'E' if s.get(i + 1) == Some(&b'T') => {
                out.push(' ');
                i += 2;
            }
            _ => i += 1,
        }
    }
}

fn reference(dict: &[u8], key: &[u8]) -> Option<u32> {
    let at = find(dict, key)? + key.len();
    String::from_utf8_lossy(&dict[at..])
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

fn hex_u32(h: &str) -> u32 {
    u32::from_str_radix(h, 16).unwrap_or(0)
}

fn utf16(h: &str) -> String {
    let units: Vec<u16> = h
        .as_bytes()
        .chunks(4)
        .map(|c| u16::from_str_radix(std::str::from_utf8(c).unwrap_or("0"), 16).unwrap_or(0))
        .collect();
    String::from_utf16_lossy(&units)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// The text with whitespace removed and ligatures spelled out: glyphs are placed one by one, so a
/// PDF's spaces are not reliable, and a font may draw "fi" as one glyph. Glyphs with no text
/// (U+FFFD here) are dropped. Compare against expected text squeezed the same way.
pub fn squeezed(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            '\u{fffd}' => {}
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

/// Decodes standard base64 (what the DevTools protocol returns a printed PDF as).
pub fn base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let clean: Vec<u8> = s
        .bytes()
        .filter(|c| !c.is_ascii_whitespace() && *c != b'=')
        .collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let v: Vec<u32> = chunk.iter().map(|&c| val(c) as u32).collect();
        let n = v
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, x)| acc | x << (18 - 6 * i));
        for i in 0..chunk.len().saturating_sub(1) {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    out
}
