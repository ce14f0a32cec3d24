//! `convert`: the native file written in each export format exactly as the core writes it, and
//! other tools' files read back onto the article, with what could not be placed on stderr.

mod common;

use close_reader_core::analysis::agreement::spans_of;
use close_reader_core::formats::{csv, doccano, label_studio, native};
use common::*;

#[test]
fn each_export_is_the_cores_writer() {
    let dir = tempfile::tempdir().unwrap();
    let k = key();
    let input = write(dir.path(), "bridge.json", &k);
    let ran = cli(&["convert", s(&input), "--to", "csv"]);
    assert_eq!(ran.code, 0, "{}", ran.err);
    assert_eq!(ran.out, csv::to_csv(&k, csv::CsvOptions { bom: false }));
    assert_eq!(
        cli(&["convert", s(&input), "--to", "doccano"]).out,
        doccano::to_jsonl(&k)
    );
    assert_eq!(
        cli(&["convert", s(&input), "--to", "label-studio"]).out,
        label_studio::to_json(&k)
    );
    let zip = dir.path().join("bridge.brat.zip");
    let ran = cli(&["convert", s(&input), "--to", "brat", "-o", s(&zip)]);
    assert_eq!((ran.code, ran.out.as_str()), (0, ""));
    assert!(std::fs::read(&zip).unwrap().starts_with(b"PK\x03\x04"));
    let report = cli(&["convert", s(&input), "--to", "report"]).out;
    assert!(report.contains("mayor said the bridge will close"));
    let w3c = cli(&["convert", s(&input), "--to", "w3c"]).out;
    assert!(w3c.contains("\"TextQuoteSelector\""));
}

#[test]
fn w3c_and_csv_go_back_onto_the_article_and_doccano_carries_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let k = key();
    let input = write(dir.path(), "bridge.json", &k);
    let article = dir.path().join("bridge.txt");
    std::fs::write(&article, TEXT).unwrap();
    for format in ["w3c", "csv", "doccano", "label-studio"] {
        let exported = dir.path().join(format!("bridge.{format}"));
        let ran = cli(&["convert", s(&input), "--to", format, "-o", s(&exported)]);
        assert_eq!(ran.code, 0, "{format}: {}", ran.err);
        let ran = cli(&[
            "convert",
            s(&exported),
            "--to",
            "native",
            "--article",
            s(&article),
        ]);
        assert_eq!(ran.code, 0, "{format}: {}", ran.err);
        let back = native::from_json(&ran.out).unwrap();
        assert_eq!(back.text.as_str(), TEXT, "{format}");
        assert_eq!(spans_of(&back), spans_of(&k), "{format}");
    }
}

#[test]
fn annotations_of_an_article_need_it_and_unplaced_ones_are_listed() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "bridge.json", &key());
    let exported = dir.path().join("bridge.csv");
    cli(&["convert", s(&input), "--to", "csv", "-o", s(&exported)]);
    let ran = cli(&["convert", s(&exported), "--to", "native"]);
    assert_eq!(ran.code, 2);
    assert!(ran.err.contains("--article"), "{}", ran.err);
    // Onto an article that lost the hedge's word: the claim is placed, the hedge is reported.
    let other = dir.path().join("other.txt");
    std::fs::write(&other, TEXT.replace("reportedly ", "")).unwrap();
    let ran = cli(&[
        "convert",
        s(&exported),
        "--to",
        "native",
        "--article",
        s(&other),
    ]);
    assert_eq!(ran.code, 1);
    let back = native::from_json(&ran.out).unwrap();
    assert_eq!(back.annotations().len(), 1);
    let err: Vec<&str> = ran.err.lines().collect();
    assert_eq!(err.len(), 1, "{}", ran.err);
    assert!(err[0].starts_with(&format!("{}: ", s(&exported))));
    assert!(err[0].contains("reportedly"), "{}", err[0]);
}
