//! Each reason in English reads as the core's `Display` of the same error, word for word, so that
//! English cannot drift from the core (and the command line); in every other language it reads
//! otherwise, with each phrase the core nests matched to its message (none left in English but
//! free text, such as a JSON parser's words). Errors are made by the core itself wherever a file,
//! an edit or a link can be made to fail, so that a phrase the core rewords is caught here. The
//! worker's errors are read from its answer, the core's `Display`.

use std::collections::HashMap;

use close_reader_core::formats::assignment_link::base64url_decode;
use close_reader_core::formats::detect::{detect, NotRecognised};
use close_reader_core::formats::import::ImportError as ToolError;
use close_reader_core::formats::journal::{self, JournalError};
use close_reader_core::formats::native::{self, LoadError};
use close_reader_core::import::{self, ImportError};
use close_reader_core::model::document::AnnotationError;
use close_reader_core::model::history::EditError;
use close_reader_core::model::label::LabelError;
use close_reader_core::model::link::LinkError;
use close_reader_core::model::shape::ShapeError;
use close_reader_core::model::{
    Annotation, Edit, History, LetterBand, Link, LinkKind, Measure, Rubric, Scale,
};
use serde_json::{json, Value};

use super::words::took_unmatched;
use crate::i18n::{all_sources, install, Lang};

mod fixtures;

use fixtures::{broken_files, document, message, rubric, span, NOW};

/// What the core says (its `Display`) and how the app says the same error.
type Case<'a> = (String, Box<dyn Fn() -> String + 'a>);

/// The message files, and the cases to say in each language.
struct Langs<'a> {
    sources: HashMap<Lang, String>,
    cases: Vec<Case<'a>>,
}

impl<'a> Langs<'a> {
    fn new() -> Langs<'a> {
        Langs {
            sources: all_sources(),
            cases: Vec::new(),
        }
    }

    fn check(&mut self, core: &str, say: impl Fn() -> String + 'a) {
        self.cases.push((core.to_string(), Box::new(say)));
    }

    /// A file's error, said by the page and from the worker's answer.
    fn load(&mut self, e: &LoadError) {
        let page = e.clone();
        self.check(&e.to_string(), move || super::load(&page));
        self.worker(&e.to_string());
    }

    /// An error the worker answers with (the core's `Display`).
    fn worker(&mut self, error: &str) {
        let answer = error.to_string();
        self.check(error, move || {
            super::from_worker(&answer).expect("a reason")
        });
    }

    /// Says every case in every language: English is the core's words, word for word; the others
    /// are not, and no phrase of the core went unmatched in any.
    fn run(self) {
        install(Lang::En, None);
        took_unmatched();
        for (core, say) in &self.cases {
            let english = say();
            let unmatched = took_unmatched();
            assert_eq!(&english, core);
            assert!(!unmatched, "a phrase went unmatched in: {core}");
        }
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            install(lang, Some(&self.sources[&lang]));
            for (core, say) in &self.cases {
                let said = say();
                let unmatched = took_unmatched();
                assert_ne!(&said, core, "{} says it in English", lang.tag());
                assert!(
                    !unmatched,
                    "{}: a phrase went unmatched in: {said}",
                    lang.tag()
                );
                assert!(
                    !said.contains("{$"),
                    "{}: a variable is missing in: {said}",
                    lang.tag()
                );
            }
        }
        install(Lang::En, None);
    }
}

#[test]
fn a_broken_file_is_refused_in_every_language_as_the_core_says_in_english() {
    let mut langs = Langs::new();
    let file: Value = serde_json::from_str(&native::to_json(&document())).unwrap();
    assert!(native::from_json(&file.to_string()).is_ok());
    for (said, change) in broken_files() {
        let mut v = file.clone();
        change(&mut v);
        let e = native::from_json(&v.to_string()).expect_err(said);
        assert!(e.to_string().contains(said), "{said}: {e}");
        langs.load(&e);
    }
    // Before the file's shape is read.
    let e = native::from_bytes(b"\xff\xfe").unwrap_err();
    langs.load(&e);
    for json in [
        "{\"format\": ",
        &format!("{}1{}", "[".repeat(200), "]".repeat(200)),
        "{\"format\": \"close-reader\", \"version\": 1e999}",
        "{\"format\": \"hypothesis\"}",
        "{\"version\": 3}",
        "{\"format\": \"close-reader\", \"version\": 12345}",
        "{\"format\": \"close-reader\", \"version\": \"three\"}",
    ] {
        langs.load(&native::from_json(json).unwrap_err());
    }
    langs.run();
}

#[test]
fn the_errors_a_file_nests_are_said_as_the_core_says_them() {
    let mut langs = Langs::new();
    let errors = [
        LoadError::Annotation {
            index: 1_234,
            error: AnnotationError::OutOfText {
                id: "a1".into(),
                span: span(5, 12_000),
                len: 11_999,
            },
        },
        LoadError::Annotation {
            index: 2,
            error: AnnotationError::Empty { id: "a2".into() },
        },
        LoadError::Link {
            index: 3,
            error: LinkError::UnknownAnnotation {
                annotation: "a7".into(),
            },
        },
        LoadError::Link {
            index: 3,
            error: LinkError::NotAcross {
                kind: LinkKind::SupportedBy,
            },
        },
        LoadError::Structure {
            error: ShapeError::BadValue {
                what: "block",
                index: 2,
            },
        },
        LoadError::Structure {
            error: ShapeError::BadValue {
                what: "mark",
                index: 1,
            },
        },
        LoadError::Malformed {
            detail: "it was read already".into(),
        },
        LoadError::BeyondLimits {
            what: "it holds a number out of range",
            line: 1,
            column: 40,
        },
    ];
    for e in &errors {
        langs.load(e);
    }
    langs.run();
}

#[test]
fn a_refused_edit_is_said_as_the_core_says_it() {
    let mut langs = Langs::new();
    let mut doc = document();
    let mut history = History::default();
    let mut refused = |edit: Edit| history.apply(&mut doc, edit).unwrap_err();
    let mut errors = vec![
        refused(Edit::Add(Annotation::new("a1", "claim", span(0, 7), NOW))),
        refused(Edit::Add(Annotation::new("a9", "claim", span(0, 500), NOW))),
        refused(Edit::Add(Annotation::new("a9", "opinion", span(0, 7), NOW))),
        refused(Edit::Add(Annotation::new("a9", "claim", span(3, 3), NOW))),
        refused(Edit::Remove(Annotation::new(
            "a7",
            "claim",
            span(0, 7),
            NOW,
        ))),
        refused(Edit::AddLink(Link::new("l9", "a1", "a1", LinkKind::Hedges))),
        refused(Edit::AddLink(Link::new("l1", "a2", "a1", LinkKind::Hedges))),
        refused(Edit::AddLink(Link::new(
            "l9",
            "a1",
            "a2",
            LinkKind::SupportedBy,
        ))),
        refused(Edit::AddLink(Link::new(
            "l9",
            "a8",
            "a2",
            LinkKind::SupportedBy,
        ))),
        refused(Edit::RemoveLink(Link::new(
            "l9",
            "a1",
            "a2",
            LinkKind::SupportedBy,
        ))),
        refused(Edit::AddMessage {
            thread: "t1".into(),
            message: message("t1-m1", "Again."),
        }),
        refused(Edit::AddMessage {
            thread: "t1".into(),
            message: message("t1-m2", " "),
        }),
        refused(Edit::AddMessage {
            thread: "t1".into(),
            message: message("t1-m2", &"z".repeat(4_001)),
        }),
        refused(Edit::AddMessage {
            thread: "t9".into(),
            message: message("t9-m1", "Hello."),
        }),
        refused(Edit::RemoveMessage {
            thread: "t1".into(),
            message: message("t1-m1", "Good."),
        }),
    ];
    errors.extend([
        EditError::Label("claim".into()),
        EditError::LabelStale("hedge".into()),
        EditError::Linked {
            id: "a1".into(),
            links: vec!["l1".into(), "l2".into()],
        },
        EditError::Link(LinkError::EmptyId),
    ]);
    errors.push(EditError::Thread("the message has no author".into()));
    for e in errors {
        langs.check(&e.to_string(), move || super::edit(&e));
    }
    // Set into the app's sentences as the core's `Display` was.
    langs.check("has no author", || super::comment("has no author"));
    let link = LinkError::Duplicate {
        id: "l2".into(),
        existing: "l1".into(),
    };
    langs.check(&link.to_string(), move || super::link(&link));
    langs.run();
}

#[test]
fn a_label_set_s_problem_is_said_as_the_core_says_it() {
    let mut langs = Langs::new();
    let id = || "claim".to_string();
    let key = || "q".to_string();
    use LabelError::*;
    for e in [
        EmptyId,
        DuplicateId { id: id() },
        EmptyName { id: id() },
        BadColor {
            id: id(),
            color: "red".into(),
        },
        KeyTooLong {
            id: id(),
            key: "qq".into(),
        },
        KeyReserved {
            id: id(),
            key: key(),
        },
        KeyTaken {
            id: id(),
            key: key(),
            by: "source".into(),
        },
        Unknown { id: id() },
        RelabelToItself { id: id() },
        BadIndex { index: 9, len: 3 },
        InUse {
            id: id(),
            count: 1_200,
        },
    ] {
        langs.check(&e.to_string(), move || super::label_set(&e));
    }
    langs.run();
}

#[test]
fn a_rubric_s_problem_is_said_as_the_core_says_it() {
    let mut langs = Langs::new();
    let changed = |change: &dyn Fn(&mut Rubric)| {
        let mut r = rubric();
        change(&mut r);
        r
    };
    let bands = |b: &[(&str, f64)]| {
        Scale::Letters(
            b.iter()
                .map(|(letter, min_percent)| LetterBand {
                    letter: letter.to_string(),
                    min_percent: *min_percent,
                })
                .collect(),
        )
    };
    let rubrics = [
        changed(&|r| r.criteria[0].name = "n".repeat(1_234)),
        changed(&|r| r.criteria[1].name = "FINDS the claims".into()),
        changed(&|r| r.criteria[0].points = 10_000.0),
        changed(&|r| r.criteria[0].points = 1.005),
        changed(&|r| {
            r.criteria[0].measure = Measure::Recall {
                label: String::new(),
            }
        }),
        changed(&|r| r.criteria[1].measure = Measure::Notes { at_least: 0 }),
        changed(&|r| {
            r.criteria[1].measure = Measure::Notes {
                at_least: 1_000_000,
            }
        }),
        changed(&|r| r.scale = bands(&[])),
        changed(&|r| r.scale = bands(&[("A", 90.0); 16])),
        changed(&|r| r.scale = bands(&[("A", 80.0), (" ", 0.0)])),
        changed(&|r| r.scale = bands(&[("Excellent work", 80.0), ("B", 0.0)])),
        changed(&|r| r.scale = bands(&[("A", 80.0), ("A", 0.0)])),
        changed(&|r| r.scale = bands(&[("A", 101.5), ("B", 0.0)])),
        changed(&|r| r.scale = bands(&[("A", 80.0), ("B", 87.5), ("C", 0.0)])),
        changed(&|r| r.scale = bands(&[("A", 80.0), ("B", 40.0)])),
    ];
    let mut problems: Vec<String> = rubrics
        .iter()
        .map(|r| r.problem().expect("a problem"))
        .collect();
    problems.push(rubric().label_problem(&[]).expect("no labels"));
    for p in problems {
        langs.check(&p.clone(), move || super::rubric(&p));
    }
    langs.run();
}

#[test]
fn a_journal_that_cannot_be_replayed_is_said_as_the_core_says_it() {
    let mut langs = Langs::new();
    let doc = document();
    let changes = journal::changes("d1", NOW, &doc, &["a1".to_string()]);
    let mut other = doc.clone();
    other.text = close_reader_core::model::Text::new("Another text.");
    let wrong: Value = json!({"format": "close-reader-journal", "version": 9, "id": "d1", "created": NOW, "whole": true, "file": serde_json::from_str::<Value>(&native::to_json(&doc)).unwrap()});
    let errors = [
        journal::about("{").unwrap_err(),
        journal::about(&wrong.to_string()).unwrap_err(),
        journal::replay(&changes, None).unwrap_err(),
        journal::replay(&changes, Some(other)).unwrap_err(),
        JournalError::Invalid(LoadError::TextChanged),
    ];
    for e in errors {
        langs.check(&e.to_string(), move || super::journal(&e));
    }
    langs.run();
}

#[test]
fn an_assignment_link_s_broken_code_is_said_as_the_app_said_it() {
    let mut langs = Langs::new();
    for code in [
        "abc def",
        "abc\ndef",
        "abc\u{200b}def",
        "abc*def",
        &"A".repeat(1_001),
        "AB",
    ] {
        let e = base64url_decode(code).unwrap_err();
        langs.check(&format!("{e}."), move || super::link_code(&e));
    }
    langs.run();
}

#[test]
fn the_worker_s_reasons_are_said_as_the_core_says_them() {
    let mut langs = Langs::new();
    let mut article = |e: &ImportError| langs.worker(&e.to_string());
    // Made by the core from the file's bytes.
    let mut old_word: Vec<u8> = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    old_word.extend("WordDocument".encode_utf16().flat_map(u16::to_le_bytes));
    let mut locked: Vec<u8> = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    locked.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    let files: [&[u8]; 9] = [
        b" \n",
        b"\x89PNG\r\n\x1a\n0000",
        b"\x00\x01\x02binary",
        b"{\\rtf1 Hello}",
        b"<?xml version=\"1.0\"?><root/>",
        &old_word,
        &locked,
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 other",
        b"%PDF-1.4\nnot really",
    ];
    for bytes in files {
        article(&import::open(bytes).err().expect("refused"));
    }
    // Made deep in the importers (a zip bomb, a protected EPUB…): as the core words them.
    let kinds = [
        "PDF",
        "Word",
        "EPUB",
        "OpenDocument",
        "MHTML",
        "JSON",
        "text",
    ];
    let mut errors = vec![ImportError::NoTextLayer, ImportError::Archive];
    errors.extend(kinds.iter().map(|kind| ImportError::Encrypted { kind }));
    errors.extend(
        ["PDF", "Markdown", "text", "web page"]
            .iter()
            .map(|kind| ImportError::Empty { kind }),
    );
    for what in [
        "it holds 10001 parts, more than 10000",
        "its part word/document.xml unpacks to more than 64 MB",
        "its parts unpack to more than 256 MB",
        "the page is 70 MB, more than the 64 MB a page may have",
        "the chapter is 65 MB, more than the 64 MB a page may have",
        "its pages' contents unpack to more than 256 MB (or one of them to more than 64 MB)",
        "its pages hold too many drawing instructions",
        "its pages hold more than four million characters",
        "it has 5001 pages or more, and at most 5000 can be opened",
        "a part of it unpacks to more than 64 MB",
    ] {
        errors.push(ImportError::TooLarge { what: what.into() });
    }
    for (kind, detail) in [
        ("Word", "it is not a complete zip archive"),
        ("PDF", "it has no pages that can be read"),
        ("PDF", "it does not begin as a PDF does"),
        ("PDF", "it is cut short: its end is missing"),
        ("PDF", "its catalogue of pages is missing"),
        ("PDF", "its structure cannot be read: invalid file header"),
        ("Word", "it has no document part: it may not be a Word file"),
        ("Word", "it is an old Word 97–2003 .doc file; save it as .docx and open that"),
        ("OpenDocument", "it has no content.xml: it may not be an OpenDocument file"),
        ("EPUB", "it has no META-INF/container.xml"),
        ("EPUB", "its container.xml names no package document"),
        ("EPUB", "its package document OEBPS/content.opf is missing"),
        ("MHTML", "it has no MIME header"),
        ("MHTML", "it is not a multipart MIME message"),
        ("MHTML", "its parts have no boundary"),
        ("MHTML", "it holds no web page"),
        ("MHTML", "its page is not valid base64"),
        ("JSON", "it is JSON, not an article"),
        ("EPUB", "part OEBPS/ch1.xhtml is not UTF-8 text"),
        ("Word", "its part word/document.xml is not well-formed XML: it ends too early"),
        ("web page", "its characters are in the x-mac-roman encoding, which cannot be read here; save the page again as UTF-8"),
        ("text", "it is written in the Shift_JIS encoding, which Close Reader does not read; save it as UTF-8 and open it again"),
        ("Word", "part word/document.xml: corrupt deflate stream"),
    ] {
        errors.push(ImportError::Damaged { kind, detail: detail.into() });
    }
    for what in [
        "a damaged zip archive",
        "an OpenDocument spreadsheet, presentation or drawing, not a text document",
        "an Excel workbook",
        "a PowerPoint presentation",
    ] {
        errors.push(ImportError::NotAnArticle { what: what.into() });
    }
    for e in &errors {
        article(e);
    }
    langs.run();
}

#[test]
fn other_tools_files_and_unknown_files_are_said_as_the_core_says_them() {
    let mut langs = Langs::new();
    for bytes in [
        &b""[..],
        b"PK\x03\x04rest",
        b"\xff\xfe\x00",
        b"[]",
        b"[1, 2]",
        b"{}",
        b"{\"format\": \"zotero\"}",
        b"{\"title\": \"x\", \"items\": 3}",
        b"42",
        b"Just some words of an article.",
    ] {
        let e: NotRecognised = detect(bytes).unwrap_err();
        langs.worker(&e.to_string());
    }
    let errors = [
        ToolError::NotUtf8 {
            format: "doccano JSONL",
        },
        ToolError::Syntax {
            format: "Label Studio JSON",
            line: 3,
            column: 14,
            detail: "expected `,` or `}`".into(),
        },
        ToolError::Shape {
            format: "Close Reader CSV",
            detail: "the file is empty".into(),
        },
        ToolError::DifferentText {
            format: "doccano JSONL",
            detail: "none of its 2 lines holds the text of this document".into(),
        },
    ];
    for e in &errors {
        langs.worker(&e.to_string());
    }
    langs.run();
    // Words of the worker's own are left as they are.
    assert_eq!(
        super::from_worker("The import worker was asked something it does not know."),
        None
    );
}

#[test]
fn every_table_names_messages_english_has_with_their_variables_and_known_converters() {
    let (english, _) = crate::i18n::ftl::parse(crate::i18n::ENGLISH);
    let tables = [
        super::file::TABLES,
        super::edits::TABLES,
        super::items::TABLES,
        super::classroom::TABLES,
        super::article::TABLES,
    ];
    for line in tables.concat().iter().flat_map(|t| t.lines()) {
        let mut words = line.split(' ');
        let id = words.next().unwrap();
        let message = english.messages.get(id).unwrap_or_else(|| panic!("{id}"));
        let mut vars = Vec::new();
        crate::i18n::ftl::variables(message, &mut vars);
        for var in words {
            let (name, letter) = var.split_once('=').unwrap();
            assert!(vars.iter().any(|v| v == name), "{id} has no ${name}");
            assert!(
                super::conv(letter).is_some(),
                "{id}: ${name} has no converter {letter}"
            );
        }
    }
}
