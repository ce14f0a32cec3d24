//! The text-side importers on files made by real tools (`fixtures/import/text/`, see its
//! `remake.sh`): bytes decoded in the encodings articles come in, Markdown read into its outline,
//! plain text kept exactly, a PDF viewer's hard-wrapped lines joined again, files told apart by
//! content; and hostile input that must stay inert (no panic, no quadratic time).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use close_reader_core::import::decode::decode;
use close_reader_core::import::markdown::from_markdown;
use close_reader_core::import::outline::outline;
use close_reader_core::import::plain::from_plain;
use close_reader_core::import::reflow::{looks_hard_wrapped, reflow};
use close_reader_core::import::sniff::{sniff, Kind};
use close_reader_core::import::Article;
use close_reader_core::model::blocks::blocks;
use close_reader_core::model::shape::Shape;
use proptest::prelude::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import/text")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn fixture_text(name: &str) -> String {
    String::from_utf8(fixture(name)).expect("a UTF-8 fixture")
}

/// The article's shape fits its text (checked again from outside), and every line of the text
/// is shown once in the outline.
fn assert_fits(a: &Article) {
    let again = Shape::new(&a.text, a.shape.blocks().to_vec(), a.shape.marks().to_vec());
    assert_eq!(again.as_ref(), Ok(&a.shape));
    assert_eq!(outline(a).lines().count(), blocks(&a.text).len());
}

// ---- decode ----------------------------------------------------------------------------------

#[test]
fn legacy_encodings_made_by_iconv_decode_to_the_same_text() {
    let source = fixture_text("legacy-source.txt");
    for (file, declared) in [
        ("legacy-windows-1252.txt", None),
        ("legacy-windows-1252.txt", Some("ISO-8859-1")),
        ("legacy-utf16le-bom.txt", None),
        ("legacy-utf16be-bom.txt", Some("windows-1252")),
        ("legacy-source.txt", None),
    ] {
        assert_eq!(
            decode(&fixture(file), declared).unwrap(),
            source,
            "{file} as {declared:?}"
        );
    }
    // UTF-16 declared rather than marked: the same bytes without their byte-order mark.
    let le = fixture("legacy-utf16le-bom.txt");
    assert_eq!(decode(&le[2..], Some("utf-16le")).unwrap(), source);
    let be = fixture("legacy-utf16be-bom.txt");
    assert_eq!(decode(&be[2..], Some("UTF-16BE")).unwrap(), source);
}

#[test]
fn decoding_drops_nuls_keeps_line_ends_and_names_unread_encodings() {
    assert_eq!(decode(b"one\r\ntwo\0\r\n", None).unwrap(), "one\r\ntwo\r\n");
    let err = decode(b"\xC4\xE3\xBA\xC3", Some("gb2312")).unwrap_err();
    assert!(err.to_string().contains("GBK"), "{err}");
    // Invalid UTF-8 without a declaration is windows-1252: every byte is some character.
    let all: Vec<u8> = (0..=255u8).collect();
    let text = decode(&all, None).unwrap();
    assert_eq!(text.chars().count(), 255, "all but the NUL");
}

// ---- Markdown --------------------------------------------------------------------------------

#[test]
fn the_markdown_article_reads_into_its_expected_outline() {
    let a = from_markdown(&fixture_text("harbour-ferry.md"));
    assert_eq!(outline(&a), fixture_text("harbour-ferry.outline"));
    assert_eq!(a.title, "The harbour ferry returns, slower and quieter");
    assert_eq!(a.byline.as_deref(), Some("Close Reader test desk"));
    assert_eq!(a.date.as_deref(), Some("2025-03-14"));
    assert_eq!(
        a.left_out,
        [
            "1 image (its alt text is kept as a caption)",
            "1 block of HTML"
        ]
    );
    assert!(
        !a.text.as_str().contains("title:"),
        "front matter is not text"
    );
    assert!(
        !a.text.as_str().contains("Advertisement"),
        "HTML blocks are dropped"
    );
    assert_fits(&a);
}

fn md(s: &str) -> String {
    let a = from_markdown(s);
    assert_fits(&a);
    outline(&a)
}

#[test]
fn only_web_and_mail_links_are_marks() {
    assert_eq!(
        md("[a](javascript:alert(1)) [b](/rel) [c](mailto:x@y.org) <https://e.org/x> <me@e.org>"),
        "p| a b [c](mailto:x@y.org) [https://e.org/x](https://e.org/x) [me@e.org](mailto:me@e.org)\n"
    );
    assert_eq!(
        md("[![badge](b.svg)](https://ci.example.org) after"),
        "cap| [badge](https://ci.example.org)\np| after\n"
    );
}

#[test]
fn html_is_never_interpreted() {
    assert_eq!(
        md("<script>alert(1)</script>\n\nText <b>bold</b> <img src=x onerror=y>."),
        "p| Text bold .\n"
    );
}

#[test]
fn lists_quotes_headings_and_breaks_keep_their_shape() {
    assert_eq!(md("7. seven\n8. eight\n"), "li1.7| seven\nli1.8| eight\n");
    assert_eq!(
        md("- one\n\n  two\n\n  ```\n  code\n  ```\n- three"),
        "li1*| one\nli1*+| two\npre| code\nli1*| three\n"
    );
    assert_eq!(
        md("> a\n>\n> b\n>\n> - item\n\ntext"),
        "q1| a\nq1| b\nli1*| item\np| text\n"
    );
    assert_eq!(md(&format!("{} deep", ">".repeat(20))), "q16| deep\n");
    assert_eq!(md("a\\\nb\nc"), "p| a\np+| b c\n");
    assert_eq!(md("\u{feff}# Marked"), "h1| Marked\n");
    let a = from_markdown("Title\n=====\n\nSub\n---\n\ntext");
    assert_eq!(outline(&a), "h1| Title\nh2| Sub\np| text\n");
    assert_eq!(a.title, "Title");
    assert_eq!(
        md("* **bold *both* bold**\n* ***x***"),
        "li1*| **bold *both* bold**\nli1*| ***x***\n"
    );
}

#[test]
fn front_matter_needs_keys_to_be_front_matter() {
    let a = from_markdown("---\nnot yaml\n---\n\n# Head");
    assert_eq!(outline(&a), "h2| not yaml\nh1| Head\n");
    assert_eq!(a.title, "Head");
}

// ---- plain text ------------------------------------------------------------------------------

#[test]
fn plain_text_is_kept_exactly() {
    for file in ["plain-notes.txt", "plain-crlf.txt", "night-buses.pdf.txt"] {
        let text = fixture_text(file);
        let a = from_plain(&text);
        assert_eq!(a.text.as_str(), text, "{file}");
        assert!(a.shape.is_empty());
        assert_fits(&a);
    }
    assert_eq!(
        from_plain(&fixture_text("plain-crlf.txt")).title,
        "Council notes, Tuesday"
    );
    assert_eq!(
        from_plain(&fixture_text("night-buses.pdf.txt")).title,
        "Night buses to run again from April"
    );
}

// ---- reflow ----------------------------------------------------------------------------------

#[test]
fn a_pdf_viewers_lines_are_joined_into_paragraphs() {
    let copied = fixture_text("night-buses.pdf.txt");
    assert!(looks_hard_wrapped(&copied));
    let r = reflow(&copied);
    assert_eq!(r.text, fixture_text("night-buses.reflowed.txt"));
    assert_eq!(
        r.rejoined_hyphens, 4,
        "com-plaints, suspen-sion, fre-quency, min-utes"
    );
    assert_eq!(r.joined_lines, 21);
    assert!(!looks_hard_wrapped(&r.text));
    assert_eq!(reflow(&r.text).text, r.text);
}

#[test]
fn texts_that_are_not_hard_wrapped_are_not_offered_a_reflow() {
    for file in [
        "harbour-ferry.md",
        "plain-notes.txt",
        "legacy-source.txt",
        "night-buses.reflowed.txt",
    ] {
        assert!(!looks_hard_wrapped(&fixture_text(file)), "{file}");
    }
}

#[test]
fn crlf_line_ends_stay_crlf() {
    let r = reflow("The council met on Tuesday to talk about\r\nthe ferry and its new timetable, the\r\nprices.\r\nNext came the budget.\r\n");
    assert_eq!(
        r.text,
        "The council met on Tuesday to talk about the ferry and its new timetable, the prices.\r\n\r\nNext came the budget.\r\n"
    );
}

fn non_space(s: &str) -> Vec<char> {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{ad}')
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn reflow_changes_only_whitespace_and_line_end_hyphens(
        text in "([A-Za-z]{1,9}|[ .,:\\-•1(]|\u{ad}|\n|\r\n|\r| {2}|\u{c})*"
    ) {
        let r = reflow(&text);
        let (before, after) = (non_space(&text), non_space(&r.text));
        // `after` is `before` with exactly `rejoined_hyphens` hyphens taken out.
        let mut removed = 0;
        let mut it = after.iter().peekable();
        for c in &before {
            if it.peek() == Some(&c) {
                it.next();
            } else {
                prop_assert!(is_hyphen(*c), "{c:?} lost from {text:?}");
                removed += 1;
            }
        }
        prop_assert!(it.next().is_none(), "characters added to {text:?}");
        prop_assert_eq!(removed, r.rejoined_hyphens);
    }

    #[test]
    fn reflow_is_idempotent(text in "([A-Za-z]{1,9}|[ .,\\-•1]|\n|\r\n| {2})*") {
        let once = reflow(&text);
        let twice = reflow(&once.text);
        prop_assert_eq!(&twice.text, &once.text);
        prop_assert_eq!(twice.joined_lines, 0);
    }

    #[test]
    fn flowed_text_is_left_as_it_is(
        paragraphs in prop::collection::vec("[A-Z][a-z]{0,8}( [a-z]{1,9}[,.]?){0,30}\\.", 1..6)
    ) {
        let text = paragraphs.join("\n\n");
        let r = reflow(&text);
        prop_assert_eq!(r.text, text);
        prop_assert_eq!(r.joined_lines, 0);
    }
}

// ---- sniff -----------------------------------------------------------------------------------

#[test]
fn files_made_by_real_tools_are_told_apart_by_content() {
    let cases = [
        ("kinds/pdf", Kind::Pdf),
        ("kinds/docx", Kind::Docx),
        ("kinds/odt", Kind::Odt),
        ("kinds/epub", Kind::Epub),
        (
            "kinds/doc",
            Kind::Unknown("an old Word (.doc) file: save it as .docx".into()),
        ),
        ("kinds/png", Kind::Unknown("an image".into())),
        ("kinds/zip", Kind::Unknown("a zip archive".into())),
        ("harbour-ferry.md", Kind::Markdown),
        ("night-buses.pdf.txt", Kind::Text),
        ("night-buses.reflowed.txt", Kind::Text),
        ("plain-notes.txt", Kind::Text),
        ("legacy-windows-1252.txt", Kind::Text),
        ("legacy-utf16le-bom.txt", Kind::Text),
        ("legacy-utf16be-bom.txt", Kind::Text),
        ("night-buses.fodt", Kind::Unknown("an XML file".into())),
    ];
    for (file, kind) in cases {
        assert_eq!(sniff(&fixture(file)), kind, "{file}");
    }
}

#[test]
fn a_pdf_after_junk_and_annotation_files_are_recognised() {
    let mut late = b"\r\n%junk before the header\n".to_vec();
    late.extend_from_slice(&fixture("kinds/pdf")[..200]);
    assert_eq!(sniff(&late), Kind::Pdf);
    let mut too_late = vec![b' '; 1100];
    too_late.extend_from_slice(b"%PDF-1.4");
    assert_ne!(sniff(&too_late), Kind::Pdf);
    let native = include_str!("fixtures/format_v1_example.json");
    assert_eq!(sniff(native.as_bytes()), Kind::Native);
    assert_eq!(sniff(b"\xEF\xBB\xBF\n[]"), Kind::Native);
}

// ---- hostile input ---------------------------------------------------------------------------

/// The time `f` takes on an input of size `n`, the best of two runs.
fn time(f: &dyn Fn(usize), n: usize) -> Duration {
    (0..2)
        .map(|_| {
            let t = Instant::now();
            f(n);
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// Four times the input takes well under sixteen times as long (a quadratic cost would).
fn assert_linear(name: &str, f: &dyn Fn(usize), n: usize) {
    let (small, large) = (time(f, n), time(f, 4 * n));
    eprintln!("{name}: {n} in {small:?}, {} in {large:?}", 4 * n);
    assert!(
        large <= small * 9 + Duration::from_millis(100),
        "{name}: {small:?} for {n}, {large:?} for {}",
        4 * n
    );
}

#[test]
fn hostile_markdown_stays_linear() {
    let cases: [(&str, fn(usize) -> String); 8] = [
        ("nested quotes", |n| format!("{} deep", ">".repeat(n))),
        ("nested lists", |n| format!("{} x", "- ".repeat(n))),
        ("nested numbered lists", |n| {
            format!("{} x", "1. ".repeat(n))
        }),
        ("open brackets", |n| "[".repeat(n)),
        ("emphasis runs", |n| {
            format!("{}a{}", "*".repeat(n), "*".repeat(n))
        }),
        ("nested emphasis", |n| {
            format!("{}x{}", "*a ".repeat(n), " b*".repeat(n))
        }),
        ("footnotes", |n| {
            (0..n / 20)
                .map(|i| format!("x[^{i}]\n\n[^{i}]: note\n\n"))
                .collect()
        }),
        ("table rows", |n| {
            format!("|a|b|\n|-|-|\n{}", "|x|y|\n".repeat(n / 6))
        }),
    ];
    for (name, make) in cases {
        assert_linear(
            name,
            &|n| {
                let a = from_markdown(&make(n));
                assert_fits(&a);
            },
            25_000,
        );
    }
    let a = from_markdown(&">".repeat(100_000));
    assert!(a.text.is_empty());
}

#[test]
fn a_20_mb_markdown_file_is_read() {
    let para = "Some *emphasis* and **strong** text with a [link](https://example.org) and `code`.\n\n- item\n  - nested\n\n> quote\n\n";
    let big = para.repeat((20 << 20) / para.len());
    let t = Instant::now();
    let a = from_markdown(&big);
    eprintln!("20 MB of Markdown in {:?}", t.elapsed());
    assert_eq!(blocks(&a.text).len(), 4 * ((20 << 20) / para.len()));
}

#[test]
fn reflow_and_sniff_stay_linear() {
    assert_linear(
        "reflow",
        &|n| {
            reflow(&"word word word word word word word word inter-\nnational.\n".repeat(n));
        },
        5_000,
    );
    assert_linear(
        "looks_hard_wrapped",
        &|n| {
            looks_hard_wrapped(&"word word word word word word word word\n".repeat(n));
        },
        5_000,
    );
    assert_linear(
        "sniff",
        &|n| {
            sniff("# a [b](c) *d*\n".repeat(n).as_bytes());
        },
        5_000,
    );
}

#[test]
fn damaged_bytes_never_panic() {
    let mut samples: Vec<Vec<u8>> = vec![
        b"\xFF\xFE\x00".to_vec(),
        b"\xFE\xFF\xD8\x00".to_vec(),
        b"\xC3\x28 \xA0\xA1 \0\0 # t".to_vec(),
        b"PK\x03\x04".to_vec(),
        b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0".to_vec(),
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec(),
        b"<!--".to_vec(),
        b"<?xml".to_vec(),
        b"[".to_vec(),
        b"---\n".to_vec(),
        b"---\r\ntitle: x\r\n".to_vec(),
    ];
    for file in ["kinds/docx", "kinds/epub", "kinds/pdf"] {
        let bytes = fixture(file);
        samples.push(bytes[..bytes.len() / 2].to_vec());
    }
    for bytes in samples {
        let _ = sniff(&bytes);
        for declared in [None, Some("utf-8"), Some("utf-16be"), Some("koi8-r")] {
            if let Ok(text) = decode(&bytes, declared) {
                assert!(!text.contains('\0'));
                assert_fits(&from_markdown(&text));
                assert_fits(&from_plain(&text));
                let _ = reflow(&text);
                let _ = looks_hard_wrapped(&text);
            }
        }
    }
}
