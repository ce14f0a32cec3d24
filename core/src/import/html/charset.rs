//! A saved page's bytes made text: the byte order mark, else the charset the caller knows (an
//! MHTML part's header), else the page's own `<meta charset>` or `http-equiv`, else UTF-8 when the
//! bytes are UTF-8 and windows-1252 when not (as browsers do for Western pages). UTF-8, UTF-16
//! (with a mark), windows-1252 with its aliases (ISO-8859-1, ASCII) and ISO-8859-15 are read with
//! a table of our own; a page in another encoding is refused with a message saying so.

use crate::import::ImportError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
    Iso8859_15,
}

/// The text of a page's bytes.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<String, ImportError> {
    let (encoding, body) = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => (Encoding::Utf8, rest),
        [0xFF, 0xFE, rest @ ..] => (Encoding::Utf16Le, rest),
        [0xFE, 0xFF, rest @ ..] => (Encoding::Utf16Be, rest),
        _ => {
            let label = declared.map(str::to_string).or_else(|| prescan(bytes));
            let encoding = match label {
                Some(label) => match from_label(&label) {
                    Some(e) => e,
                    None if std::str::from_utf8(bytes).is_ok() => Encoding::Utf8,
                    None => {
                        return Err(ImportError::Damaged {
                            kind: "web page",
                            detail: format!(
                                "its characters are in the {} encoding, which cannot be read here; save the page again as UTF-8",
                                label.trim()
                            ),
                        })
                    }
                },
                None if std::str::from_utf8(bytes).is_ok() => Encoding::Utf8,
                None => Encoding::Windows1252,
            };
            (encoding, bytes)
        }
    };
    Ok(decode_as(encoding, body))
}

pub fn decode_as(encoding: Encoding, bytes: &[u8]) -> String {
    match encoding {
        Encoding::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let units = bytes.chunks(2).map(|pair| match (pair, encoding) {
                ([a, b], Encoding::Utf16Le) => u16::from_le_bytes([*a, *b]),
                ([a, b], _) => u16::from_be_bytes([*a, *b]),
                // An odd byte at the end: a broken unit.
                _ => 0xFFFD,
            });
            char::decode_utf16(units)
                .map(|c| c.unwrap_or('\u{FFFD}'))
                .collect()
        }
        Encoding::Windows1252 => bytes.iter().map(|&b| windows_1252(b)).collect(),
        Encoding::Iso8859_15 => bytes.iter().map(|&b| iso_8859_15(b)).collect(),
    }
}

/// An encoding's label as the WHATWG Encoding standard names it (the labels of the encodings
/// read here). A page that says UTF-16 in ASCII cannot be UTF-16: it is read as UTF-8.
pub fn from_label(label: &str) -> Option<Encoding> {
    let label = label
        .trim()
        .trim_matches(|c| c == '"' || c == '\'')
        .to_ascii_lowercase();
    Some(match label.as_str() {
        "utf-8" | "utf8" | "unicode-1-1-utf-8" | "unicode11utf8" | "unicode20utf8"
        | "x-unicode20utf8" => Encoding::Utf8,
        "utf-16" | "utf-16le" | "utf-16be" | "unicode" | "unicodefffe" | "ucs-2" | "csunicode"
        | "iso-10646-ucs-2" | "unicodefeff" => Encoding::Utf8,
        "ansi_x3.4-1968" | "ascii" | "cp1252" | "cp819" | "csisolatin1" | "ibm819"
        | "iso-8859-1" | "iso-ir-100" | "iso8859-1" | "iso88591" | "iso_8859-1"
        | "iso_8859-1:1987" | "l1" | "latin1" | "us-ascii" | "windows-1252" | "x-cp1252" => {
            Encoding::Windows1252
        }
        "csisolatin9" | "iso-8859-15" | "iso8859-15" | "iso885915" | "iso_8859-15" | "l9" => {
            Encoding::Iso8859_15
        }
        _ => return None,
    })
}

/// The charset a page declares in a `<meta>` near its start.
fn prescan(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut at = 0;
    while let Some(i) = find(&lower[at..], b"<meta") {
        let start = at + i + 5;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest.trim_ascii_start();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = rest.trim_ascii_start();
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let value: Vec<u8> = rest
                    .iter()
                    .take_while(|&&b| {
                        !matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'\t' | b'\n' | b'\r')
                    })
                    .copied()
                    .collect();
                if !value.is_empty() {
                    return Some(String::from_utf8_lossy(&value).into_owned());
                }
            }
        }
        at = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// windows-1252: Latin-1 with printable characters where ISO-8859-1 has C1 controls.
fn windows_1252(b: u8) -> char {
    const HIGH: [u16; 32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ];
    match b {
        0x80..=0x9F => char::from_u32(HIGH[(b - 0x80) as usize] as u32).unwrap_or('\u{FFFD}'),
        _ => b as char,
    }
}

/// ISO-8859-15: Latin-1 with the euro sign and the French and Finnish letters it lacked.
fn iso_8859_15(b: u8) -> char {
    match b {
        0xA4 => '€',
        0xA6 => 'Š',
        0xA8 => 'š',
        0xB4 => 'Ž',
        0xB8 => 'ž',
        0xBC => 'Œ',
        0xBD => 'œ',
        0xBE => 'Ÿ',
        _ => b as char,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_declarations_and_guesses_choose_the_encoding() {
        assert_eq!(decode(b"\xEF\xBB\xBFcaf\xC3\xA9", None).unwrap(), "café");
        assert_eq!(decode(b"\xFF\xFEc\0a\0f\0\xE9\0", None).unwrap(), "café");
        assert_eq!(
            decode(b"\xFE\xFF\0c\0a\0f\0\xE9\xD8", None).unwrap(),
            "caf\u{e9}\u{FFFD}"
        );
        let meta = b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>\x93caf\xE9\x94";
        assert!(decode(meta, None)
            .unwrap()
            .ends_with("\u{201C}café\u{201D}"));
        assert!(decode(b"<META CHARSET=\"ISO-8859-1\">\x80", None)
            .unwrap()
            .ends_with('€'));
        assert!(decode(b"<meta charset=iso-8859-15>\xA4", None)
            .unwrap()
            .ends_with('€'));
        assert_eq!(
            decode(b"caf\xE9", None).unwrap(),
            "café",
            "not UTF-8: windows-1252"
        );
        assert_eq!(decode(b"caf\xC3\xA9", None).unwrap(), "café");
        assert_eq!(decode(b"caf\xE9", Some("latin1")).unwrap(), "café");
        assert_eq!(
            decode(b"<meta charset=utf-16>caf\xC3\xA9", None).unwrap(),
            "<meta charset=utf-16>café"
        );
    }

    #[test]
    fn an_encoding_not_known_here_is_said() {
        let err = decode(b"<meta charset=\"shift_jis\">\x82\xA0", None).unwrap_err();
        assert!(err.to_string().contains("shift_jis encoding"), "{err}");
        // Declared but plainly UTF-8: read.
        assert_eq!(
            decode(b"<meta charset=koi8-r>ok", None).unwrap(),
            "<meta charset=koi8-r>ok"
        );
    }
}
