//! An assignment sent as a link: the assignment file (the article, its labels and the teacher's
//! instructions, no one's annotations), which the app compresses with the browser's
//! `CompressionStream("deflate-raw")` and carries base64url-encoded in the URL fragment,
//! `#assignment=<code>`. The fragment never reaches a server, so the link works from the static
//! page and the one-file build alike. The compression is the browser's; everything else is here.

use crate::formats::native;
use crate::model::names::group_digits;
use crate::model::Document;

/// Longest link offered, in characters, the whole URL included. Browsers open far longer ones
/// (Chromium accepts 2 MB), but a link travels through other programs before it is opened: chat
/// apps cut or refuse long messages (Slack truncates a message at 40,000 characters, others stop at
/// 65,536), and e-mail limits a line to 998 characters (RFC 5322), so mail programs wrap or encode
/// long lines and some break the link doing so. 60,000 stays under the common 64 K limits with
/// room for the page's own address; an article whose link would be longer is shared as a file,
/// which always works.
pub const MAX_LINK_CHARS: usize = 60_000;

/// The fragment key before the code.
const FRAGMENT_KEY: &str = "assignment=";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The native file of `doc` as an assignment: its title, text (with its structure), source URL,
/// labels and assignment, and none of its annotations, links, annotator or feedback. A document
/// without an assignment is given an empty one, so the file always opens as an assignment.
pub fn assignment_file(doc: &Document) -> String {
    let mut a = Document::new(&doc.title, "", doc.source_url.clone());
    a.text = doc.text.clone();
    a.shape = doc.shape.clone();
    a.labels = doc.labels.clone();
    a.assignment = Some(doc.assignment.clone().unwrap_or_default());
    native::to_json(&a)
}

/// Base64url (RFC 4648 §5) without padding: the letters, digits, `-` and `_`, all safe in a URL
/// fragment.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Reads a code written by [`base64url_encode`]. Only what it writes is accepted (no padding, no
/// spaces, no stray bits in the last character), so a link changed on the way is caught here,
/// saying what and where, rather than as a broken file. The error is a phrase about the link (no
/// capital, no full stop) for the app to set in its sentence: "The assignment link could not be
/// opened: {error}."
pub fn base64url_decode(code: &str) -> Result<Vec<u8>, String> {
    let mut sixes = Vec::with_capacity(code.len());
    for (i, c) in code.chars().enumerate() {
        let value = u8::try_from(c)
            .ok()
            .and_then(|b| ALPHABET.iter().position(|&a| a == b));
        match value {
            Some(v) => sixes.push(v as u32),
            None => {
                return Err(format!(
                    "its code has {} at character {}, and a code has only letters, digits, \"-\" and \"_\" (the link was probably changed when it was copied)",
                    describe(c),
                    group_digits(i + 1)
                ))
            }
        }
    }
    if sixes.len() % 4 == 1 {
        return Err(format!(
            "its code has {} characters, a length no code has (the link was probably cut short when it was copied)",
            group_digits(sixes.len())
        ));
    }
    let mut out = Vec::with_capacity(sixes.len() / 4 * 3 + 2);
    for chunk in sixes.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &v)| n | (v << (18 - 6 * i)));
        let bytes = chunk.len() - 1;
        let stray = n & ((1 << (24 - 8 * bytes)) - 1);
        if stray != 0 {
            let last = code.chars().last().expect("a chunk has characters");
            return Err(format!(
                "its code ends in \"{last}\", which no code ends in (the link was probably cut short or changed when it was copied)"
            ));
        }
        out.extend_from_slice(&n.to_be_bytes()[1..=bytes]);
    }
    Ok(out)
}

/// A character as a message shows it: visible ones quoted, the others by name or code point.
fn describe(c: char) -> String {
    match c {
        ' ' => "a space".into(),
        '\n' | '\r' => "a line break".into(),
        c if c.is_whitespace() || c.is_control() || is_invisible(c) => {
            format!("the invisible character U+{:04X}", c as u32)
        }
        c => format!("\"{c}\""),
    }
}

/// Format characters, which show as nothing: zero-width spaces and joiners, direction marks, the
/// word joiner, the byte-order mark, the soft hyphen.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// The code of an assignment link's fragment: `#assignment=XYZ` or `assignment=XYZ` → `XYZ`;
/// any other fragment, or an empty code, → `None`.
pub fn fragment_code(fragment: &str) -> Option<&str> {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    f.strip_prefix(FRAGMENT_KEY)
}

/// Said of a link whose fragment names an assignment but carries none (cut off when copied).
pub const EMPTY_LINK: &str = "nothing follows “#assignment=” in the link: it was cut off when it was copied. Ask for the link again, or for the assignment file.";

/// The link to `page` (any fragment of it dropped) opening the assignment `code`, or the message
/// for a link longer than [`MAX_LINK_CHARS`]. Counted in bytes, which in a URL (ASCII) are its
/// characters.
pub fn assignment_link(page: &str, code: &str) -> Result<String, String> {
    let page = page.split('#').next().unwrap_or(page);
    let link = format!("{page}#{FRAGMENT_KEY}{code}");
    if link.len() > MAX_LINK_CHARS {
        return Err(link_too_long_message(link.len()));
    }
    Ok(link)
}

/// What the teacher is told when the link would be longer than [`MAX_LINK_CHARS`].
pub fn link_too_long_message(len: usize) -> String {
    format!(
        "This article is too long to share as a link ({} characters; the limit is {}). Share the assignment file instead.",
        group_digits(len),
        group_digits(MAX_LINK_CHARS)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Assignment, FeedbackKey, Label, Link, LinkKind, Span};
    use proptest::prelude::*;

    /// Emoji (a ZWJ family), CJK, Arabic and Hebrew (right to left), CRLF, a tab.
    const TEXT: &str =
        "Family 👩\u{200d}👩\u{200d}👧 世界和平.\r\nقال الوزير إن. שלום עולם.\r\n\tEnd.";

    fn annotated() -> Document {
        let mut d = Document::new("عنوان 世界 😀", TEXT, Some("https://example.org/a".into()));
        d.labels
            .push(Label::new("quote", "Quotation", "#123456", "q"));
        d.annotator = Some("Teacher".into());
        d.assignment = Some(Assignment {
            instructions: "Mark every claim.\r\nضع علامة 😀".into(),
            hide_suggestions: true,
            require_name: true,
            rubric: None,
        });
        d.insert(Annotation::new(
            "a1",
            "claim",
            Span::new(7, 12).unwrap(),
            "t",
        ))
        .unwrap();
        d.insert(Annotation::new(
            "a2",
            "quote",
            Span::new(13, 17).unwrap(),
            "t",
        ))
        .unwrap();
        d.insert_link(Link::new("l1", "a1", "a2", LinkKind::SupportedBy))
            .unwrap();
        d.feedback = Some(FeedbackKey::of(&d.clone(), "Key"));
        d
    }

    #[test]
    fn the_assignment_file_keeps_the_article_and_drops_everyones_work() {
        let d = annotated();
        let opened = native::from_json(&assignment_file(&d)).unwrap();
        assert_eq!(opened.title, d.title);
        assert_eq!(opened.text, d.text);
        assert_eq!(opened.source_url, d.source_url);
        assert_eq!(opened.labels, d.labels);
        assert_eq!(opened.assignment, d.assignment);
        assert!(opened.annotations().is_empty() && opened.links().is_empty());
        assert_eq!(opened.annotator, None);
        assert_eq!(opened.feedback, None);
    }

    #[test]
    fn a_document_without_an_assignment_is_sent_as_an_empty_one() {
        let d = Document::new("T", "Text.", None);
        let opened = native::from_json(&assignment_file(&d)).unwrap();
        assert_eq!(opened.assignment, Some(Assignment::default()));
    }

    #[test]
    fn an_assignment_file_in_every_script_round_trips_through_a_code() {
        let file = assignment_file(&annotated());
        let code = base64url_encode(file.as_bytes());
        assert!(code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        let fragment = format!("#assignment={code}");
        let bytes = base64url_decode(fragment_code(&fragment).unwrap()).unwrap();
        assert_eq!(bytes, file.as_bytes());
        let opened = native::from_bytes(&bytes).unwrap();
        assert_eq!(opened.text.as_str(), TEXT);
        assert_eq!(
            opened.assignment.unwrap().instructions,
            "Mark every claim.\r\nضع علامة 😀"
        );
    }

    #[test]
    fn the_rfc_4648_vectors_and_the_url_safe_characters() {
        for (plain, code) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), code);
            assert_eq!(base64url_decode(code).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff, 0xbf]), "-_-_");
        assert_eq!(base64url_decode("-_-_").unwrap(), [0xfb, 0xff, 0xbf]);
    }

    #[test]
    fn a_damaged_code_is_refused_saying_what_and_where() {
        assert_eq!(
            base64url_decode("Zm9v+g").unwrap_err(),
            "its code has \"+\" at character 5, and a code has only letters, digits, \"-\" and \"_\" (the link was probably changed when it was copied)"
        );
        let padded = base64url_decode("Zg==").unwrap_err();
        assert!(padded.contains("\"=\" at character 3"), "{padded}");
        let spaced = base64url_decode("Zm9v\r\nYg").unwrap_err();
        assert!(spaced.contains("a line break at character 5"), "{spaced}");
        let non_ascii = base64url_decode("Zm9vé").unwrap_err();
        assert!(non_ascii.contains("\"é\" at character 5"), "{non_ascii}");
        let invisible = base64url_decode("Zm\u{200b}9v").unwrap_err();
        assert!(invisible.contains("U+200B at character 3"), "{invisible}");
        assert_eq!(
            base64url_decode("Zm9vY").unwrap_err(),
            "its code has 5 characters, a length no code has (the link was probably cut short when it was copied)"
        );
        assert_eq!(
            base64url_decode("Zh").unwrap_err(),
            "its code ends in \"h\", which no code ends in (the link was probably cut short or changed when it was copied)"
        );
        assert!(
            base64url_decode("Zm9").is_err(),
            "stray bits after two bytes"
        );
    }

    #[test]
    fn the_code_is_found_in_the_fragment_with_or_without_its_hash() {
        assert_eq!(fragment_code("#assignment=XYZ"), Some("XYZ"));
        assert_eq!(fragment_code("assignment=XYZ"), Some("XYZ"));
        assert_eq!(fragment_code("#assignment="), Some(""), "said to be empty");
        assert_eq!(fragment_code("#sample"), None);
        assert_eq!(fragment_code(""), None);
        assert_eq!(fragment_code("#Assignment=XYZ"), None);
        assert_eq!(fragment_code("##assignment=XYZ"), None);
    }

    #[test]
    fn a_link_longer_than_the_limit_is_refused_with_advice() {
        let page = "https://example.org/close-reader/index.html#sample";
        let link = assignment_link(page, "Zm9v").unwrap();
        assert_eq!(
            link,
            "https://example.org/close-reader/index.html#assignment=Zm9v"
        );
        let room = MAX_LINK_CHARS - (link.len() - 4);
        assert_eq!(
            assignment_link(page, &"A".repeat(room)).unwrap().len(),
            MAX_LINK_CHARS
        );
        let err = assignment_link(page, &"A".repeat(room + 17_000)).unwrap_err();
        assert_eq!(
            err,
            "This article is too long to share as a link (77,000 characters; the limit is 60,000). Share the assignment file instead."
        );
        assert_eq!(link_too_long_message(60_001), "This article is too long to share as a link (60,001 characters; the limit is 60,000). Share the assignment file instead.");
    }

    proptest! {
        #[test]
        fn any_bytes_round_trip(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
            let code = base64url_encode(&bytes);
            prop_assert_eq!(code.len(), (bytes.len() * 4).div_ceil(3));
            prop_assert!(code.bytes().all(|b| ALPHABET.contains(&b)));
            prop_assert_eq!(base64url_decode(&code), Ok(bytes));
        }

        #[test]
        fn a_code_is_accepted_only_as_the_encoder_writes_it(code in "[A-Za-z0-9_=+/ -]{0,12}") {
            match base64url_decode(&code) {
                Ok(bytes) => prop_assert_eq!(base64url_encode(&bytes), code),
                Err(message) => prop_assert!(message.starts_with("its code ")),
            }
        }

        #[test]
        fn any_text_is_refused_with_a_message_or_read(code in any::<String>()) {
            if let Ok(bytes) = base64url_decode(&code) {
                prop_assert_eq!(base64url_encode(&bytes), code);
            }
        }
    }
}
