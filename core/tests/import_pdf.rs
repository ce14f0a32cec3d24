//! The PDF importer on files made by real tools (LibreOffice, Chromium, groff, qpdf, Ghostscript; see
//! fixtures/import/pdf/remake.sh): the articles' outlines as expected, and every damaged, locked,
//! oversized or mutated file answered with a specific error, never a panic or a hang.

use std::collections::HashSet;
use std::io::Write;

use close_reader_core::import::outline::outline;
use close_reader_core::import::pdf::from_pdf;
use close_reader_core::import::{Article, ImportError};
use lopdf::{dictionary, Document, Object, Stream};
use proptest::prelude::*;

fn fixture(name: &str) -> Vec<u8> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import/pdf");
    std::fs::read(format!("{dir}/{name}")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn expected(name: &str) -> String {
    String::from_utf8(fixture(name)).expect("utf-8")
}

fn read(name: &str) -> Article {
    from_pdf(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The words of an outline's text, without the tags and the punctuation around them.
fn words(outline: &str) -> Vec<String> {
    outline
        .lines()
        .flat_map(|l| l.split_once("| ").map_or("", |(_, t)| t).split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Each expected block's opening words, found in the text in the expected order.
fn assert_reading_order(article: &Article, expected: &str) {
    let text = article.text.as_str();
    let mut from = 0;
    for line in expected.lines() {
        let opening: Vec<&str> = line
            .split_once("| ")
            .expect("a tag")
            .1
            .split(' ')
            .take(5)
            .collect();
        let opening = opening.join(" ");
        let at = text[from..]
            .find(&opening)
            .unwrap_or_else(|| panic!("{opening:?} is not after byte {from}"));
        from += at + opening.len();
    }
}

#[test]
fn a_libreoffice_handout_reads_as_its_source_was_written() {
    let article = read("handout.pdf");
    let want = expected("handout.expected.txt");
    assert_eq!(outline(&article), want);
    assert_eq!(
        article.title, "The Harbour Library Reopens",
        "from the document's information"
    );
    assert_eq!(
        article.left_out,
        ["the running headers, footers and page numbers"]
    );
}

#[test]
fn the_handout_keeps_no_header_footer_or_page_number_and_no_broken_word() {
    let article = read("handout.pdf");
    let text = article.text.as_str();
    assert!(
        !text.contains("Bulletin") && !text.contains("Page "),
        "furniture left in"
    );
    let want = words(&expected("handout.expected.txt"));
    let got = words(&outline(&article));
    let known: HashSet<&String> = want.iter().collect();
    let strangers: Vec<&String> = got.iter().filter(|w| !known.contains(w)).collect();
    assert!(
        strangers.is_empty(),
        "split, glued or hyphen-broken words: {strangers:?}"
    );
    assert_eq!(got.len(), want.len());
    assert!(text.contains("seawater") && text.contains("ninety-one") && text.contains("classroom"));
    assert_reading_order(&article, &expected("handout.expected.txt"));
}

#[test]
fn a_two_column_page_reads_column_by_column_under_its_headline() {
    let article = read("two-column.pdf");
    let want = expected("two-column.expected.txt");
    assert_reading_order(&article, &want);
    assert_eq!(outline(&article), want);
    assert_eq!(article.title, "Ferry Timetable Returns to Winter Hours");
    assert!(article.left_out.is_empty());
}

#[test]
fn a_groff_memo_without_unicode_maps_reads_by_its_glyph_names() {
    let article = read("memo.pdf");
    assert_eq!(outline(&article), expected("memo.expected.txt"));
    assert_eq!(
        article.left_out,
        ["the running headers, footers and page numbers"],
        "its -2-"
    );
}

#[test]
fn a_page_turned_a_quarter_reads_as_it_would_once_turned_upright() {
    let article = read("rotated.pdf");
    assert_eq!(outline(&article), expected("two-column.expected.txt"));
}

#[test]
fn the_handout_rewritten_by_ghostscript_reads_the_same() {
    let article = read("ghostscript.pdf");
    assert_eq!(outline(&article), expected("handout.expected.txt"));
}

#[test]
fn a_scan_has_no_text_layer() {
    assert_eq!(
        from_pdf(&fixture("scanned.pdf")),
        Err(ImportError::NoTextLayer)
    );
}

#[test]
fn a_password_is_asked_for_only_when_one_is_needed() {
    assert_eq!(
        from_pdf(&fixture("encrypted.pdf")),
        Err(ImportError::Encrypted { kind: "PDF" })
    );
    // Locked only against editing: anyone may read it.
    let article = read("owner-locked.pdf");
    assert_eq!(outline(&article), expected("two-column.expected.txt"));
}

#[test]
fn a_file_cut_in_half_is_damaged_and_says_so() {
    match from_pdf(&fixture("truncated.pdf")) {
        Err(ImportError::Damaged {
            kind: "PDF",
            detail,
        }) => assert!(detail.contains("cut short"), "{detail}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_broken_cross_reference_table_is_rebuilt() {
    let article = read("broken-xref.pdf");
    assert_eq!(outline(&article), expected("handout.expected.txt"));
}

#[test]
fn more_than_five_thousand_pages_are_refused() {
    match from_pdf(&fixture("too-many-pages.pdf")) {
        Err(ImportError::TooLarge { what }) => assert!(what.contains("5001 pages"), "{what}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn not_a_pdf_is_damaged() {
    let docx_like = b"PK\x03\x04\x14\x00 a zip, not a PDF";
    assert!(matches!(
        from_pdf(docx_like),
        Err(ImportError::Damaged { kind: "PDF", .. })
    ));
    assert!(matches!(from_pdf(b""), Err(ImportError::Damaged { .. })));
}

/// The two-column page with a change made by lopdf, saved again.
fn altered(change: impl FnOnce(&mut Document)) -> Vec<u8> {
    let mut doc = Document::load_mem(&fixture("two-column.pdf")).expect("loads");
    change(&mut doc);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("saves");
    out
}

fn first_page(doc: &Document) -> (u32, u16) {
    *doc.get_pages().get(&1).expect("a page")
}

#[test]
fn a_content_stream_that_inflates_past_64_mib_is_refused() {
    let bytes = altered(|doc| {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        let block = vec![b' '; 1 << 20];
        for _ in 0..65 {
            z.write_all(&block).expect("compresses");
        }
        let packed = z.finish().expect("compresses");
        let bomb = doc.add_object(Stream::new(
            dictionary! { "Filter" => "FlateDecode" },
            packed,
        ));
        let page = first_page(doc);
        doc.get_dictionary_mut(page)
            .expect("page")
            .set("Contents", bomb);
    });
    match from_pdf(&bytes) {
        Err(ImportError::TooLarge { what }) => assert!(what.contains("64 MB"), "{what}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_form_that_draws_itself_and_a_page_tree_that_holds_itself_end() {
    let bytes = altered(|doc| {
        let form = doc.new_object_id();
        let resources = dictionary! { "XObject" => dictionary! { "Me" => form } };
        let dict =
            dictionary! { "Type" => "XObject", "Subtype" => "Form", "Resources" => resources };
        doc.set_object(form, Stream::new(dict, b"/Me Do".to_vec()));
        let page = first_page(doc);
        let contents = doc.get_page_contents(page);
        let me = doc.add_object(Stream::new(dictionary! {}, b"q /Me Do Q".to_vec()));
        let mut all: Vec<Object> = contents.into_iter().map(Object::Reference).collect();
        all.push(Object::Reference(me));
        let page_dict = doc.get_dictionary_mut(page).expect("page");
        page_dict.set("Contents", all);
        let mut xobjects = dictionary! { "Me" => form };
        if let Ok(Object::Dictionary(res)) = page_dict.get(b"Resources") {
            if let Ok(Object::Dictionary(x)) = res.get(b"XObject") {
                for (k, v) in x.iter() {
                    xobjects.set(k.clone(), v.clone());
                }
            }
        }
        let mut res = match page_dict.get(b"Resources") {
            Ok(Object::Dictionary(res)) => res.clone(),
            _ => dictionary! {},
        };
        res.set("XObject", xobjects);
        page_dict.set("Resources", res);
    });
    let article = from_pdf(&bytes).expect("the page's own text is read");
    assert_eq!(outline(&article), expected("two-column.expected.txt"));

    let looped = altered(|doc| {
        let root = doc
            .catalog()
            .expect("catalog")
            .get(b"Pages")
            .expect("pages")
            .as_reference()
            .expect("ref");
        let page = first_page(doc);
        let tree = doc.get_dictionary_mut(root).expect("tree");
        tree.set(
            "Kids",
            vec![Object::Reference(page), Object::Reference(root)],
        );
    });
    // The page is read once, however often the loop comes back to it.
    let article = from_pdf(&looped).expect("the page is read");
    assert_eq!(outline(&article), expected("two-column.expected.txt"));
}

#[test]
fn thousands_of_saved_states_and_nested_arrays_stay_bounded() {
    let bytes = altered(|doc| {
        let page = first_page(doc);
        let mut content = b"q ".repeat(100_000);
        content.extend_from_slice(&b"[".repeat(50_000));
        let deep = doc.add_object(Stream::new(dictionary! {}, content));
        let mut all: Vec<Object> = vec![Object::Reference(deep)];
        all.extend(
            doc.get_page_contents(page)
                .into_iter()
                .map(Object::Reference),
        );
        doc.get_dictionary_mut(page)
            .expect("page")
            .set("Contents", all);
    });
    // The broken stream ends the page's text where it stops making sense, without a panic.
    let _ = from_pdf(&bytes);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Bytes overwritten, cut out or cut off anywhere in a real file: an article or an error.
    #[test]
    fn mutations_of_a_real_pdf_never_panic(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..24),
        cut in prop::option::of(any::<prop::sample::Index>()),
    ) {
        let mut bytes = fixture("two-column.pdf");
        for (at, byte, how) in edits {
            let i = at.index(bytes.len());
            match how {
                0 => bytes[i] = byte,
                1 => { bytes.remove(i); }
                _ => bytes.insert(i, byte),
            }
        }
        if let Some(cut) = cut {
            bytes.truncate(cut.index(bytes.len()).max(bytes.len() / 2));
        }
        let _ = from_pdf(&bytes);
    }
}
