//! What the codes of a simple (one-byte) PDF font stand for without a ToUnicode map: the three
//! base encodings a PDF names (WinAnsi, MacRoman, Standard) and a `/Differences` array's glyph
//! names, read by their common names and the `uniXXXX` / `uXXXX` forms. Kept here rather than
//! taken from lopdf, whose full table of glyph names would add half a megabyte to the worker.

/// A base encoding: the text of each code from 128 to 255 (`\u{fffd}` where it has none); codes
/// below 128 are ASCII, except where [`standard_low`] says otherwise.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Base {
    WinAnsi,
    MacRoman,
    Standard,
}

const WIN_ANSI_HIGH: &str = "€\u{fffd}‚ƒ„…†‡ˆ‰Š‹Œ\u{fffd}Ž\u{fffd}\u{fffd}‘’“”•–—˜™š›œ\u{fffd}žŸ\
\u{a0}¡¢£¤¥¦§¨©ª«¬\u{ad}®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ";

const MAC_ROMAN_HIGH: &str = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u{a0}ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\u{f8ff}ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

/// Adobe's StandardEncoding from 0xA1 on, in code order, as (code, text).
const STANDARD_HIGH: &[(u8, char)] = &[
    (0xa1, '¡'),
    (0xa2, '¢'),
    (0xa3, '£'),
    (0xa4, '⁄'),
    (0xa5, '¥'),
    (0xa6, 'ƒ'),
    (0xa7, '§'),
    (0xa8, '¤'),
    (0xa9, '\''),
    (0xaa, '“'),
    (0xab, '«'),
    (0xac, '‹'),
    (0xad, '›'),
    (0xae, 'ﬁ'),
    (0xaf, 'ﬂ'),
    (0xb1, '–'),
    (0xb2, '†'),
    (0xb3, '‡'),
    (0xb4, '·'),
    (0xb6, '¶'),
    (0xb7, '•'),
    (0xb8, '‚'),
    (0xb9, '„'),
    (0xba, '”'),
    (0xbb, '»'),
    (0xbc, '…'),
    (0xbd, '‰'),
    (0xbf, '¿'),
    (0xc1, '`'),
    (0xc2, '´'),
    (0xc3, 'ˆ'),
    (0xc4, '˜'),
    (0xc5, '¯'),
    (0xc6, '˘'),
    (0xc7, '˙'),
    (0xc8, '¨'),
    (0xca, '˚'),
    (0xcb, '¸'),
    (0xcd, '˝'),
    (0xce, '˛'),
    (0xcf, 'ˇ'),
    (0xd0, '—'),
    (0xe1, 'Æ'),
    (0xe3, 'ª'),
    (0xe8, 'Ł'),
    (0xe9, 'Ø'),
    (0xea, 'Œ'),
    (0xeb, 'º'),
    (0xf1, 'æ'),
    (0xf5, 'ı'),
    (0xf8, 'ł'),
    (0xf9, 'ø'),
    (0xfa, 'œ'),
    (0xfb, 'ß'),
];

impl Base {
    pub fn from_name(name: &[u8]) -> Option<Base> {
        match name {
            b"WinAnsiEncoding" => Some(Base::WinAnsi),
            b"MacRomanEncoding" => Some(Base::MacRoman),
            b"StandardEncoding" => Some(Base::Standard),
            _ => None,
        }
    }

    pub fn char(self, code: u8) -> Option<char> {
        let c = match (self, code) {
            (Base::Standard, 0x27) => '’',
            (Base::Standard, 0x60) => '‘',
            (_, 0x20..=0x7e) => code as char,
            (_, 0..=0x7f) => return None,
            (Base::WinAnsi, _) => WIN_ANSI_HIGH.chars().nth(code as usize - 0x80)?,
            (Base::MacRoman, _) => MAC_ROMAN_HIGH.chars().nth(code as usize - 0x80)?,
            (Base::Standard, _) => {
                let i = STANDARD_HIGH
                    .binary_search_by_key(&code, |&(c, _)| c)
                    .ok()?;
                STANDARD_HIGH[i].1
            }
        };
        (c != '\u{fffd}').then_some(c)
    }
}

/// Names of the printable ASCII characters, from 0x20 on (letters are named by themselves).
const ASCII_NAMES: &str = "space exclam quotedbl numbersign dollar percent ampersand quotesingle \
parenleft parenright asterisk plus comma hyphen period slash zero one two three four five six seven \
eight nine colon semicolon less equal greater question at";
const ASCII_NAMES_2: &str = "bracketleft backslash bracketright asciicircum underscore grave";
const ASCII_NAMES_3: &str = "braceleft bar braceright asciitilde";

/// Names of U+00A0 to U+00FF, in order.
const LATIN1_NAMES: &str = "nbspace exclamdown cent sterling currency yen brokenbar section \
dieresis copyright ordfeminine guillemotleft logicalnot sfthyphen registered macron degree \
plusminus twosuperior threesuperior acute mu paragraph periodcentered cedilla onesuperior \
ordmasculine guillemotright onequarter onehalf threequarters questiondown Agrave Aacute \
Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave Eacute Ecircumflex Edieresis Igrave Iacute \
Icircumflex Idieresis Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply Oslash \
Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls agrave aacute acircumflex atilde \
adieresis aring ae ccedilla egrave eacute ecircumflex edieresis igrave iacute icircumflex \
idieresis eth ntilde ograve oacute ocircumflex otilde odieresis divide oslash ugrave uacute \
ucircumflex udieresis yacute thorn ydieresis";

/// Other names common in fonts' `/Differences`.
const OTHER_NAMES: &[(&str, &str)] = &[
    ("quoteleft", "‘"),
    ("quoteright", "’"),
    ("quotedblleft", "“"),
    ("quotedblright", "”"),
    ("quotesinglbase", "‚"),
    ("quotedblbase", "„"),
    ("guilsinglleft", "‹"),
    ("guilsinglright", "›"),
    ("endash", "–"),
    ("emdash", "—"),
    ("bullet", "•"),
    ("ellipsis", "…"),
    ("dagger", "†"),
    ("daggerdbl", "‡"),
    ("perthousand", "‰"),
    ("trademark", "™"),
    ("fi", "fi"),
    ("fl", "fl"),
    ("ff", "ff"),
    ("ffi", "ffi"),
    ("ffl", "ffl"),
    ("dotlessi", "ı"),
    ("Lslash", "Ł"),
    ("lslash", "ł"),
    ("OE", "Œ"),
    ("oe", "œ"),
    ("Scaron", "Š"),
    ("scaron", "š"),
    ("Zcaron", "Ž"),
    ("zcaron", "ž"),
    ("Ydieresis", "Ÿ"),
    ("florin", "ƒ"),
    ("fraction", "⁄"),
    ("circumflex", "ˆ"),
    ("tilde", "˜"),
    ("breve", "˘"),
    ("dotaccent", "˙"),
    ("ring", "˚"),
    ("hungarumlaut", "˝"),
    ("ogonek", "˛"),
    ("caron", "ˇ"),
    ("Euro", "€"),
    ("minus", "−"),
    ("hyphen", "-"),
    ("periodcentered", "·"),
    ("nbspace", "\u{a0}"),
    ("space", " "),
    ("degree", "°"),
    ("copyright", "©"),
    ("registered", "®"),
];

/// The text of a glyph name, or `None` for a name this reader does not know (`g123`, `glyph7`).
pub fn glyph_text(name: &str) -> Option<String> {
    // "f_f_i" is a ligature of its parts; "a.sc" and "one.oldstyle" are variants of "a", "one".
    let name = name.split('.').next().unwrap_or(name);
    if name.contains('_') {
        return name.split('_').map(glyph_text).collect();
    }
    if name.len() == 1 && name.as_bytes()[0].is_ascii_alphabetic() {
        return Some(name.to_string());
    }
    if let Some(hex) = name
        .strip_prefix("uni")
        .filter(|h| h.len() >= 4 && h.len() % 4 == 0)
    {
        let units: Option<Vec<u16>> = (0..hex.len())
            .step_by(4)
            .map(|i| u16::from_str_radix(hex.get(i..i + 4)?, 16).ok())
            .collect();
        return units.and_then(|u| String::from_utf16(&u).ok());
    }
    if let Some(hex) = name
        .strip_prefix('u')
        .filter(|h| (4..=6).contains(&h.len()))
    {
        if let Some(c) = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
            return Some(c.to_string());
        }
    }
    if let Some(&(_, text)) = OTHER_NAMES.iter().find(|(n, _)| *n == name) {
        return Some(text.to_string());
    }
    let find = |names: &str, first: u32| {
        names
            .split_whitespace()
            .position(|n| n == name)
            .and_then(|i| char::from_u32(first + i as u32))
    };
    find(ASCII_NAMES, 0x20)
        .or_else(|| find(ASCII_NAMES_2, 0x5b))
        .or_else(|| find(ASCII_NAMES_3, 0x7b))
        .or_else(|| find(LATIN1_NAMES, 0xa0))
        .map(|c| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_encodings_agree_with_their_tables() {
        assert_eq!(Base::WinAnsi.char(0x93), Some('“'));
        assert_eq!(Base::WinAnsi.char(0xe9), Some('é'));
        assert_eq!(Base::WinAnsi.char(0x81), None);
        assert_eq!(Base::MacRoman.char(0x8e), Some('é'));
        assert_eq!(Base::MacRoman.char(0xd5), Some('’'));
        assert_eq!(Base::MacRoman.char(0xff), Some('ˇ'));
        assert_eq!(Base::Standard.char(0x27), Some('’'));
        assert_eq!(Base::Standard.char(0xd0), Some('—'));
        assert_eq!(Base::Standard.char(0xd1), None);
        assert_eq!(Base::Standard.char(b'q'), Some('q'));
        assert_eq!(WIN_ANSI_HIGH.chars().count(), 128);
        assert_eq!(MAC_ROMAN_HIGH.chars().count(), 128);
    }

    #[test]
    fn glyph_names_are_read_in_all_their_forms() {
        let t = |n: &str| glyph_text(n);
        assert_eq!(t("a").as_deref(), Some("a"));
        assert_eq!(t("eacute").as_deref(), Some("é"));
        assert_eq!(t("ydieresis").as_deref(), Some("ÿ"));
        assert_eq!(t("seven").as_deref(), Some("7"));
        assert_eq!(t("bracketleft").as_deref(), Some("["));
        assert_eq!(t("asciitilde").as_deref(), Some("~"));
        assert_eq!(t("quoteright").as_deref(), Some("’"));
        assert_eq!(t("uni00E9").as_deref(), Some("é"));
        assert_eq!(t("uni00660069").as_deref(), Some("fi"));
        assert_eq!(t("u1F600").as_deref(), Some("😀"));
        assert_eq!(t("f_f_i").as_deref(), Some("ffi"));
        assert_eq!(t("a.sc").as_deref(), Some("a"));
        assert_eq!(t("g123"), None);
    }
}
