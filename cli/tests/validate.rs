//! `validate`: `ok` for good files, the app's own message for bad ones (naming the annotation),
//! folders read in name order, and the exit status.

mod common;

use close_reader_core::formats::{doccano, w3c};
use common::*;

#[test]
fn good_files_are_ok_and_a_bad_annotation_is_named_with_the_apps_message() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "b-good.json", &key());
    // The second annotation's quote no longer matches the text at its offsets.
    let mut json: serde_json::Value =
        serde_json::from_str(&close_reader_core::formats::native::to_json(&key())).unwrap();
    json["annotations"][1]["quote"] = "reportedy".into();
    let bad = dir.path().join("a-bad.json");
    std::fs::write(&bad, json.to_string()).unwrap();
    let message = close_reader_core::formats::native::from_json(&json.to_string())
        .unwrap_err()
        .to_string();
    assert!(message.contains("Annotation 2"), "{message}");

    let ran = cli(&["validate", s(dir.path())]);
    assert_eq!(ran.code, 1);
    assert_eq!(
        ran.out,
        format!(
            "{}: {message}\n{}: ok (a Close Reader file of “Bridge”, 2 annotations)\n",
            s(&bad),
            s(&good)
        )
    );
    let ran = cli(&["validate", s(&good)]);
    assert_eq!(ran.code, 0);
}

#[test]
fn other_tools_files_are_recognised_and_what_is_none_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let k = key();
    let opts = w3c::W3cOptions {
        document_id: "bridge",
        creator: None,
    };
    let w3c_file = dir.path().join("k.jsonld");
    std::fs::write(&w3c_file, w3c::to_w3c_json(&k, &opts)).unwrap();
    let doccano_file = dir.path().join("k.jsonl");
    std::fs::write(&doccano_file, doccano::to_jsonl(&k)).unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "Just some words.\n").unwrap();
    let not_json = dir.path().join("x.json");
    std::fs::write(&not_json, "{ not json").unwrap();
    let missing = dir.path().join("nowhere.json");

    let ran = cli(&[
        "validate",
        s(&w3c_file),
        s(&doccano_file),
        s(&text),
        s(&not_json),
        s(&missing),
    ]);
    assert_eq!(ran.code, 1);
    let lines: Vec<&str> = ran.out.lines().collect();
    assert!(
        lines[0].starts_with(&format!("{}: ok (a W3C", s(&w3c_file))),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines[1],
        format!(
            "{}: ok (doccano JSONL, 2 annotations placed on its text)",
            s(&doccano_file)
        )
    );
    assert_eq!(
        lines[2],
        format!(
            "{}: This is plain text, not an annotation file. To annotate it, start a new document and paste the text.",
            s(&text)
        )
    );
    assert!(lines[3].starts_with(&format!("{}: ", s(&not_json))));
    assert!(lines[3].contains("line 1"), "{}", lines[3]);
    assert_eq!(
        lines[4],
        format!("{}: no such file or folder.", s(&missing))
    );
}
