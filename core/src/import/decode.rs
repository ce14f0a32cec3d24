//! Bytes to text for every text-side importer (plain text, Markdown, web pages): the encodings
//! articles really come in, decided as a browser decides, without pulling in large tables.
//!
//! The order: a byte-order mark wins (UTF-8, UTF-16LE, UTF-16BE); else the declared charset
//! (an HTTP header or `<meta charset>`), by its WHATWG label; else UTF-8 if the bytes are valid
//! UTF-8; else windows-1252, the web's default for legacy text. Bytes that break the encoding
//! chosen (invalid UTF-8 in a file declared UTF-8, an unpaired UTF-16 surrogate) become U+FFFD,
//! as in a browser. NUL bytes (code point 0) are dropped; line ends are kept as they are
//! (`\r\n` stays two code points).
//!
//! Declared labels: the UTF-8 labels, the UTF-16 labels, and windows-1252 with its aliases
//! (`iso-8859-1`, `latin1`, `us-ascii`, `ascii`, … which WHATWG maps to windows-1252) are read.
//! A label of another encoding the web knows (Shift_JIS, GBK, ISO-8859-2, KOI8-R, …) is read
//! only if the bytes are plain ASCII or valid UTF-8 (pages often declare a charset they do not
//! use); otherwise the file is refused with a message naming the encoding, rather than shown as
//! garbage. A label no one knows is ignored, as browsers ignore it.
//!
//! Why no `encoding_rs`: it is excellent, but its tables (the CJK encodings) weigh hundreds of KB
//! in the worker's wasm, for encodings that articles pasted or saved today almost never use. The
//! only legacy table needed here is windows-1252's 32 code points, below; UTF-16 is in `std`.

use crate::import::ImportError;

/// The text in `bytes`, decoded as described in the module's documentation.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<String, ImportError> {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, u16::from_be_bytes)
    } else {
        match declared.map(label) {
            Some(Label::Utf8) => String::from_utf8_lossy(bytes).into_owned(),
            Some(Label::Utf16Le) => utf16(bytes, u16::from_le_bytes),
            Some(Label::Utf16Be) => utf16(bytes, u16::from_be_bytes),
            Some(Label::Windows1252) => windows_1252(bytes),
            Some(Label::Unsupported(name)) => match std::str::from_utf8(bytes) {
                Ok(s) => s.to_string(),
                Err(_) => {
                    return Err(ImportError::Damaged {
                        kind: "text",
                        detail: format!(
                            "it is written in the {name} encoding, which Close Reader does not read; save it as UTF-8 and open it again"
                        ),
                    })
                }
            },
            Some(Label::Unknown) | None => match std::str::from_utf8(bytes) {
                Ok(s) => s.to_string(),
                Err(_) => windows_1252(bytes),
            },
        }
    };
    Ok(drop_nuls(text))
}

#[derive(Debug, PartialEq)]
enum Label {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
    /// An encoding the web knows that is not read here: its usual name.
    Unsupported(&'static str),
    Unknown,
}

/// The encoding a charset label names (WHATWG Encoding Standard labels, matched without regard
/// to ASCII case or surrounding whitespace).
fn label(declared: &str) -> Label {
    let l = declared
        .trim_matches(|c: char| c.is_ascii_whitespace() || c == '"' || c == '\'')
        .to_ascii_lowercase();
    match l.as_str() {
        "unicode-1-1-utf-8" | "unicode11utf8" | "unicode20utf8" | "utf-8" | "utf8"
        | "x-unicode20utf8" => Label::Utf8,
        "csunicode" | "iso-10646-ucs-2" | "ucs-2" | "unicode" | "unicodefeff" | "utf-16"
        | "utf-16le" => Label::Utf16Le,
        "unicodefffe" | "utf-16be" => Label::Utf16Be,
        "ansi_x3.4-1968" | "ascii" | "cp1252" | "cp819" | "csisolatin1" | "ibm819"
        | "iso-8859-1" | "iso-ir-100" | "iso8859-1" | "iso88591" | "iso_8859-1"
        | "iso_8859-1:1987" | "l1" | "latin1" | "us-ascii" | "windows-1252" | "x-cp1252" => {
            Label::Windows1252
        }
        _ => unsupported(&l).map_or(Label::Unknown, Label::Unsupported),
    }
}

/// The name of a known legacy encoding a label names, by the labels' usual patterns.
fn unsupported(l: &str) -> Option<&'static str> {
    let families: [(&[&str], &str); 12] = [
        (
            &[
                "shift_jis",
                "shift-jis",
                "sjis",
                "ms_kanji",
                "csshiftjis",
                "windows-31j",
                "x-sjis",
                "ms932",
            ],
            "Shift_JIS",
        ),
        (&["euc-jp", "cseucpkdfmtjapanese", "x-euc-jp"], "EUC-JP"),
        (&["iso-2022-jp", "csiso2022jp"], "ISO-2022-JP"),
        (
            &[
                "euc-kr",
                "cseuckr",
                "csksc56011987",
                "iso-ir-149",
                "korean",
                "ks_c_5601-1987",
                "ks_c_5601-1989",
                "ksc5601",
                "ksc_5601",
                "windows-949",
            ],
            "EUC-KR",
        ),
        (
            &[
                "gbk",
                "gb2312",
                "chinese",
                "csgb2312",
                "csiso58gb231280",
                "gb_2312",
                "gb_2312-80",
                "iso-ir-58",
                "x-gbk",
            ],
            "GBK",
        ),
        (&["gb18030"], "GB18030"),
        (
            &["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"],
            "Big5",
        ),
        (&["koi8-r", "koi8_r", "koi", "koi8", "cskoi8r"], "KOI8-R"),
        (&["koi8-u", "koi8-ru"], "KOI8-U"),
        (&["ibm866", "866", "cp866", "csibm866"], "IBM866"),
        (
            &["macintosh", "mac", "x-mac-roman", "csmacintosh"],
            "Macintosh",
        ),
        (&["x-mac-cyrillic", "x-mac-ukrainian"], "Mac Cyrillic"),
    ];
    if let Some((_, name)) = families.iter().find(|(labels, _)| labels.contains(&l)) {
        return Some(name);
    }
    if l.starts_with("windows-125") || l.starts_with("cp125") || l.starts_with("x-cp125") {
        return Some("Windows code page");
    }
    if l.starts_with("iso-8859-")
        || l.starts_with("iso8859-")
        || l.starts_with("iso_8859-")
        || l.starts_with("iso8859")
        || l.starts_with("latin")
        || l == "windows-874"
        || l == "tis-620"
        || l == "dos-874"
    {
        return Some("ISO-8859");
    }
    None
}

/// UTF-16 code units in `bytes`, read with `unit`; an odd last byte or an unpaired surrogate is
/// U+FFFD.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    let mut s: String = char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if bytes.len() % 2 == 1 {
        s.push(char::REPLACEMENT_CHARACTER);
    }
    s
}

/// The code points of windows-1252's bytes 0x80–0x9F (the rest are the byte's own value). The
/// five bytes the code page leaves unassigned map to the C1 control of the same value, as WHATWG
/// says.
const W1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => W1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

fn drop_nuls(mut s: String) -> String {
    if s.contains('\0') {
        s.retain(|c| c != '\0');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_wins_over_the_declaration() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFcaf\xC3\xA9", Some("windows-1252")).unwrap(),
            "café"
        );
        assert_eq!(decode(b"\xFF\xFEh\0i\0", Some("utf-8")).unwrap(), "hi");
        assert_eq!(decode(b"\xFE\xFF\0h\0i", None).unwrap(), "hi");
    }

    #[test]
    fn labels_are_read_as_whatwg_reads_them() {
        assert_eq!(label(" Latin1 "), Label::Windows1252);
        assert_eq!(label("US-ASCII"), Label::Windows1252);
        assert_eq!(label("\"utf8\""), Label::Utf8);
        assert_eq!(label("utf-16"), Label::Utf16Le);
        assert_eq!(label("Shift_JIS"), Label::Unsupported("Shift_JIS"));
        assert_eq!(label("iso-8859-2"), Label::Unsupported("ISO-8859"));
        assert_eq!(label("no-such-thing"), Label::Unknown);
    }

    #[test]
    fn legacy_bytes_fall_back_to_windows_1252() {
        assert_eq!(
            decode(b"\x93quoted\x94 \x80 caf\xE9", None).unwrap(),
            "\u{201C}quoted\u{201D} € café"
        );
        // Declared ISO-8859-1 is windows-1252, as in a browser.
        assert_eq!(decode(b"\x96", Some("iso-8859-1")).unwrap(), "\u{2013}");
        // An unknown label is ignored.
        assert_eq!(decode(b"caf\xC3\xA9", Some("bogus")).unwrap(), "café");
    }

    #[test]
    fn an_encoding_not_read_here_is_named_unless_the_bytes_are_utf8() {
        let err = decode(b"\x82\xA0\x82\xA2", Some("shift_jis")).unwrap_err();
        assert!(err.to_string().contains("Shift_JIS"), "{err}");
        assert_eq!(
            decode(b"plain ascii", Some("shift_jis")).unwrap(),
            "plain ascii"
        );
    }

    #[test]
    fn nuls_are_dropped_and_line_ends_kept() {
        assert_eq!(decode(b"a\0b\r\nc", None).unwrap(), "ab\r\nc");
        assert_eq!(decode(b"\xFF\xFEa\0\0\0\r\0\n\0", None).unwrap(), "a\r\n");
    }

    #[test]
    fn broken_utf16_becomes_replacement_characters() {
        assert_eq!(decode(b"\xFF\xFE\x00\xD8a\0", None).unwrap(), "\u{FFFD}a");
        assert_eq!(decode(b"\xFF\xFEa\0b", None).unwrap(), "a\u{FFFD}");
        assert_eq!(decode(b"caf\xC3", Some("utf-8")).unwrap(), "caf\u{FFFD}");
    }
}
