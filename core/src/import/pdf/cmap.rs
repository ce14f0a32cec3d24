//! A font's ToUnicode map read from its CMap program: `bfchar` pairs and `bfrange` ranges from
//! character codes to UTF-16 text. Only what text extraction needs; bounded in entries, and a
//! malformed program yields the entries read before it went wrong.

/// The most entries read from one map.
const ENTRY_LIMIT: usize = 200_000;

#[derive(Debug, Default)]
pub struct ToUnicode {
    /// Inclusive code ranges, sorted, not overlapping: the first code's UTF-16 text, or a list.
    ranges: Vec<(u32, u32, Target)>,
}

#[derive(Debug)]
enum Target {
    /// The first code's text; each next code adds one to its last unit.
    Start(Vec<u16>),
    List(Vec<Vec<u16>>),
}

enum Token<'a> {
    Hex(Vec<u8>),
    Word(&'a [u8]),
    Open,
    Close,
}

fn tokens(data: &[u8]) -> impl Iterator<Item = Token<'_>> {
    let mut i = 0;
    std::iter::from_fn(move || loop {
        let c = *data.get(i)?;
        match c {
            b'%' => {
                while data.get(i).is_some_and(|&c| c != b'\n' && c != b'\r') {
                    i += 1;
                }
            }
            b'<' if data.get(i + 1) != Some(&b'<') => {
                let end = data[i..]
                    .iter()
                    .position(|&c| c == b'>')
                    .map_or(data.len(), |p| i + p);
                let digits: Vec<u8> = data[i + 1..end]
                    .iter()
                    .filter(|c| c.is_ascii_hexdigit())
                    .copied()
                    .collect();
                i = end + 1;
                let bytes = digits
                    .chunks(2)
                    .map(|p| {
                        let hex = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
                        hex(p[0]) << 4 | p.get(1).map_or(0, |&c| hex(c))
                    })
                    .collect();
                return Some(Token::Hex(bytes));
            }
            b'[' => {
                i += 1;
                return Some(Token::Open);
            }
            b']' => {
                i += 1;
                return Some(Token::Close);
            }
            c if c.is_ascii_whitespace() => i += 1,
            _ => {
                let start = i;
                i += 1;
                while data
                    .get(i)
                    .is_some_and(|c| !c.is_ascii_whitespace() && !b"<>[]%/()".contains(c))
                {
                    i += 1;
                }
                return Some(Token::Word(&data[start..i]));
            }
        }
    })
}

fn code(bytes: &[u8]) -> Option<u32> {
    (1..=4)
        .contains(&bytes.len())
        .then(|| bytes.iter().fold(0u32, |a, &b| a << 8 | b as u32))
}

fn utf16(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks(2)
        .map(|p| (p[0] as u16) << 8 | p.get(1).map_or(0, |&b| b as u16))
        .collect()
}

impl ToUnicode {
    pub fn parse(data: &[u8]) -> ToUnicode {
        let mut ranges = Vec::new();
        let mut tokens = tokens(data);
        let mut section: Option<&[u8]> = None;
        let mut pending: Vec<Vec<u8>> = Vec::new();
        while let Some(token) = tokens.next() {
            if ranges.len() >= ENTRY_LIMIT {
                break;
            }
            match token {
                Token::Word(w @ (b"beginbfchar" | b"beginbfrange")) => {
                    section = Some(w);
                    pending.clear();
                }
                Token::Word(b"endbfchar" | b"endbfrange") => section = None,
                Token::Hex(bytes) if section.is_some() => {
                    pending.push(bytes);
                    match (section, pending.len()) {
                        (Some(b"beginbfchar"), 2) => {
                            if let Some(c) = code(&pending[0]) {
                                ranges.push((c, c, Target::Start(utf16(&pending[1]))));
                            }
                            pending.clear();
                        }
                        (Some(b"beginbfrange"), 3) => {
                            if let (Some(lo), Some(hi)) = (code(&pending[0]), code(&pending[1])) {
                                if lo <= hi {
                                    ranges.push((lo, hi, Target::Start(utf16(&pending[2]))));
                                }
                            }
                            pending.clear();
                        }
                        _ => {}
                    }
                }
                Token::Open if section == Some(b"beginbfrange") && pending.len() == 2 => {
                    let mut list = Vec::new();
                    for t in tokens.by_ref() {
                        match t {
                            Token::Hex(bytes) if list.len() < ENTRY_LIMIT => {
                                list.push(utf16(&bytes))
                            }
                            Token::Close => break,
                            _ => {}
                        }
                    }
                    if let (Some(lo), Some(hi)) = (code(&pending[0]), code(&pending[1])) {
                        if lo <= hi {
                            ranges.push((lo, hi, Target::List(list)));
                        }
                    }
                    pending.clear();
                }
                _ => {}
            }
        }
        ranges.sort_by_key(|&(lo, hi, _)| (lo, hi));
        let mut kept: Vec<(u32, u32, Target)> = Vec::with_capacity(ranges.len());
        for r in ranges {
            if kept.last().is_none_or(|&(_, hi, _)| r.0 > hi) {
                kept.push(r);
            }
        }
        ToUnicode { ranges: kept }
    }

    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// The text of a code, if the map has it.
    pub fn get(&self, code: u32) -> Option<String> {
        let i = self.ranges.partition_point(|&(_, hi, _)| hi < code);
        let (lo, _, target) = self.ranges.get(i).filter(|(lo, _, _)| *lo <= code)?;
        let offset = code - lo;
        let units = match target {
            Target::Start(units) => {
                let mut units = units.clone();
                let last = units.last_mut()?;
                *last = last.wrapping_add(offset as u16);
                units
            }
            Target::List(list) => list.get(offset as usize)?.clone(),
        };
        Some(String::from_utf16_lossy(&units))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chars_ranges_and_lists_are_read() {
        let program = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            2 beginbfchar <0003> <0020> <0011> <00660069> endbfchar % the fi ligature
            2 beginbfrange <0024> <0026> <0041> <0030> <0031> [<00E9> <D83DDE00>] endbfrange
            endcmap CMapName currentdict /CMap defineresource pop end end";
        let map = ToUnicode::parse(program);
        assert_eq!(map.get(0x03).as_deref(), Some(" "));
        assert_eq!(map.get(0x11).as_deref(), Some("fi"));
        assert_eq!(map.get(0x26).as_deref(), Some("C"));
        assert_eq!(map.get(0x31).as_deref(), Some("😀"));
        assert_eq!(map.get(0x27), None);
        assert!(ToUnicode::parse(b"beginbfrange <00> <ff").is_empty());
    }
}
