//! The hostile corpus (`e2e/src/hostile.rs`, shared with the browser tests) through every reader
//! of the core, routed as the app routes an opened file: each refusal names what is wrong, nothing
//! panics, and accepted text, notes, titles and URLs come back byte for byte.

#[path = "../../e2e/src/hostile.rs"]
#[allow(dead_code)]
mod hostile;

use close_reader_core::anchoring::{self, ImportReport};
use close_reader_core::formats::assignment_link::{base64url_decode, fragment_code};
use close_reader_core::formats::detect::{detect, meant_as_native, Format};
use close_reader_core::formats::reader::{read, Reading};
use close_reader_core::formats::{brat, csv, doccano, label_studio, native, w3c_import};
use close_reader_core::Document;
use hostile::{Expect, PAYLOADS};

const NOW: &str = "2025-03-14T09:26:53Z";

/// What opening a file does, as `src/effects/commands.rs` and `src/effects/import.rs` decide it.
enum Outcome {
    Opened(Document),
    NewDocument(Document, ImportReport),
    Adds(ImportReport),
    Refused(String),
}

fn open(name: &str, bytes: &[u8], article: &Document) -> Outcome {
    let native = |bytes: &[u8]| match native::from_bytes(bytes) {
        Ok(d) => Outcome::Opened(d),
        Err(e) => Outcome::Refused(e.to_string()),
    };
    let format = match detect(bytes) {
        Ok(Format::Native) => return native(bytes),
        Ok(f) => f,
        Err(e) if meant_as_native(name, bytes, &e) => return native(bytes),
        Err(e) => return Outcome::Refused(e.to_string()),
    };
    match read(format, bytes, Some(article), "t", NOW) {
        Ok(Reading::NewDocument { doc, report, .. }) => Outcome::NewDocument(doc, report),
        Ok(Reading::OntoOpen { report, .. }) => Outcome::Adds(report),
        Err(e) => Outcome::Refused(e.to_string()),
    }
}

/// The document written and read again gives the same bytes and the same document.
fn round_trips(name: &str, doc: &Document) {
    let json = native::to_json(doc);
    let back = native::from_json(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(&back, doc, "{name}: read back as it was written");
    assert_eq!(native::to_json(&back), json, "{name}: byte for byte");
}

/// Every placed annotation quotes the text at its offsets, and a payload quoted is the payload.
fn placed_exactly(name: &str, doc: &Document, report: &ImportReport) {
    for p in &report.placed {
        let quote = doc.text.slice(p.annotation.span);
        assert!(!quote.is_empty(), "{name}: an empty span was placed");
        if let Some(payload) = PAYLOADS.iter().find(|x| quote.contains(**x)) {
            assert_eq!(quote, *payload, "{name}: the payload is quoted whole");
        }
    }
}

#[test]
fn every_file_is_opened_exactly_or_refused_with_its_reason() {
    let article = Document::new("Hostile", &hostile::article(), None);
    for f in hostile::files() {
        let name = f.name;
        match (open(name, &f.bytes, &article), &f.expect) {
            (
                Outcome::Opened(doc),
                Expect::Opens {
                    text,
                    title,
                    source_url,
                },
            ) => {
                assert_eq!(doc.text.as_str(), text, "{name}: the text");
                assert_eq!(&doc.title, title, "{name}: the title");
                assert_eq!(doc.source_url.as_deref(), Some(source_url.as_str()));
                let want = hostile::document(source_url);
                let notes = |d: &Document| -> Vec<String> {
                    d.annotations().iter().map(|a| a.note.clone()).collect()
                };
                assert_eq!(notes(&doc), notes(&want), "{name}: the notes");
                assert_eq!(doc.labels, want.labels, "{name}: the labels");
                round_trips(name, &doc);
            }
            (Outcome::NewDocument(mut doc, report), Expect::NewDocument { text, placed }) => {
                assert_eq!(doc.text.as_str(), text, "{name}: the text");
                assert_eq!(report.placed.len(), *placed, "{name}: {report:?}");
                assert!(
                    !report.problems.is_empty(),
                    "{name}: the bad items are listed"
                );
                placed_exactly(name, &doc, &report);
                let n = anchoring::apply(&mut doc, &report, |_| Some("claim".into()));
                assert_eq!(n, *placed, "{name}");
                round_trips(name, &doc);
            }
            (Outcome::Adds(report), Expect::AddsTo { notes, problems }) => {
                let placed: Vec<&String> =
                    report.placed.iter().map(|p| &p.annotation.note).collect();
                assert_eq!(
                    placed,
                    notes.iter().collect::<Vec<_>>(),
                    "{name}: {report:?}"
                );
                assert_eq!(report.problems.len(), *problems, "{name}: {report:?}");
                for p in &report.problems {
                    let says = p.to_string();
                    assert!(says.len() > 20 && says.ends_with('.'), "{name}: {says}");
                }
                placed_exactly(name, &article, &report);
                let mut doc = article.clone();
                anchoring::apply(&mut doc, &report, |_| Some("claim".into()));
                round_trips(name, &doc);
            }
            (Outcome::Refused(says), Expect::Refused(needles)) => {
                for n in needles {
                    assert!(says.contains(n), "{name}: expected {n:?} in {says:?}");
                }
            }
            // Not an annotation file: the app hands it to the import worker, which reads it as an
            // article for the review.
            (Outcome::Refused(_), Expect::Reviewed { first_line }) => {
                let opened = close_reader_core::import::open(&f.bytes)
                    .unwrap_or_else(|e| panic!("{name}: read as an article: {e}"));
                assert_eq!(
                    opened.article.text.as_str().lines().next(),
                    Some(first_line.as_str()),
                    "{name}"
                );
            }
            (Outcome::Refused(says), want) => panic!("{name}: expected {want:?}, refused: {says}"),
            (_, want) => panic!("{name}: expected {want:?}, got another outcome"),
        }
    }
}

#[test]
fn assignment_links_open_exactly_or_are_refused_with_their_reason() {
    // The core reads the code; the compression is the browser's, so here the bytes go as they are.
    for (what, fragment, expect) in hostile::assignment_links(&|b| b.to_vec()) {
        let code = fragment_code(&fragment).expect("an assignment fragment");
        let opened = base64url_decode(code)
            .and_then(|bytes| native::from_bytes(&bytes).map_err(|e| e.to_string()));
        match (opened, expect) {
            (Ok(doc), Expect::Opens { text, title, .. }) => {
                assert_eq!(doc.text.as_str(), text, "{what}");
                assert_eq!(doc.title, title, "{what}");
                assert_eq!(
                    doc.assignment.as_ref().map(|a| a.instructions.clone()),
                    Some(hostile::instructions()),
                    "{what}"
                );
                assert!(doc.annotations().is_empty(), "{what}: no one's annotations");
            }
            (Ok(doc), Expect::Refused(_)) if doc.assignment.is_none() => {}
            (Err(says), Expect::Refused(needles)) => {
                for n in needles {
                    assert!(says.contains(n), "{what}: expected {n:?} in {says:?}");
                }
            }
            (got, want) => panic!("{what}: expected {want:?}, got {got:?}"),
        }
    }
}

#[test]
fn no_reader_panics_on_any_cut_or_damaged_corpus_file() {
    let article = Document::new("Hostile", &hostile::article(), None);
    for f in hostile::files()
        .into_iter()
        .filter(|f| f.bytes.len() < 100_000)
    {
        let len = f.bytes.len();
        for cut in (0..len).step_by(len / 40 + 1) {
            let mut damaged = f.bytes[..cut].to_vec();
            for bytes in [damaged.clone(), {
                damaged.extend_from_slice(&f.bytes[cut..]);
                damaged[cut] ^= 0x80;
                damaged
            }] {
                let _ = native::from_bytes(&bytes);
                let _ = doccano::open(&bytes, "t", NOW);
                let _ = label_studio::open(&bytes, "t", NOW);
                let _ = csv::import(&article, &bytes, NOW);
                let _ = brat::import(&article, &bytes, NOW);
                let _ = w3c_import::import(&article, &bytes, NOW);
            }
        }
    }
}
