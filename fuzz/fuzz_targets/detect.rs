//! Opening any file: `detect` names a format or says what the file is (never panics), and the
//! file then goes where the app sends it: a native file opens, doccano and Label Studio files open
//! as new documents and import onto them, the other formats import onto the document's text. Every
//! import's report keeps the properties of `check_report` (spans inside the text, fresh ids, known
//! labels, and the result saves and opens again).
//!
//! Input: `text NUL file`, or just a file (imported onto the sample article).
#![no_main]

use close_reader_core::formats::detect::{detect, Format};
use close_reader_core::formats::import_links::without_links;
use close_reader_core::formats::{brat, csv, doccano, label_studio, native, w3c_import};
use close_reader_fuzz::{bare, check_report, native_round_trip, split, NOW};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, file) = split(data);
    let doc = bare(&text);
    let format = match detect(file) {
        Ok(f) => f,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    assert_eq!(detect(file), Ok(format), "detection is not deterministic");
    let _ = format.name();
    let report = match format {
        Format::Native => {
            if let Ok(d) = native::from_bytes(file) {
                native_round_trip(&d);
            }
            return;
        }
        Format::W3cAnnotation
        | Format::W3cList
        | Format::W3cPage
        | Format::W3cCollection
        | Format::W3cGraph
        | Format::Hypothesis => w3c_import::import(&doc, file, NOW),
        Format::Doccano => {
            if let Ok((opened, r, l)) = doccano::open(file, "T", NOW) {
                check_report(&opened, &without_links((r, l)));
            }
            doccano::import(&doc, file, NOW)
        }
        Format::LabelStudio => {
            if let Ok((opened, r, l)) = label_studio::open(file, "T", NOW) {
                check_report(&opened, &without_links((r, l)));
            }
            label_studio::import(&doc, file, NOW)
        }
        Format::Csv => csv::import(&doc, file, NOW),
        Format::BratAnn => brat::import(&doc, file, NOW),
    }
    .map(without_links);
    match report {
        Ok(r) => {
            check_report(&doc, &r);
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
