//! `grade`: the gradebook CSV of a generated class, against the core's and against figures worked
//! out by hand; names as the compare view gives them; files set aside with one line each.

mod common;

use close_reader_cli::grade;
use close_reader_core::analysis::agreement::{gradebook_csv, spans_of};
use common::*;

#[test]
fn the_gradebook_is_the_cores_and_reads_as_worked_out_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let k = key();
    let key = write(dir.path(), "key.json", &k);
    let ana = doc(
        Some("Ana"),
        &[("claim", "mayor said the bridge will close")],
    );
    let ben = doc(
        Some("Ben"),
        &[("claim", "The mayor said the"), ("claim", "Critics")],
    );
    write(dir.path(), "a.json", &ana);
    write(dir.path(), "b.json", &ben);
    let class = dir.path().join("class");
    std::fs::create_dir(&class).unwrap();
    std::fs::rename(dir.path().join("a.json"), class.join("a.json")).unwrap();
    std::fs::rename(dir.path().join("b.json"), class.join("b.json")).unwrap();

    let ran = cli(&["grade", "--key", s(&key), s(&class)]);
    assert_eq!(ran.code, 0, "{}", ran.err);
    assert_eq!(ran.err, "");
    let want = gradebook_csv(
        &k.labels,
        &spans_of(&k),
        &[
            ("Ana".to_string(), spans_of(&ana)),
            ("Ben".to_string(), spans_of(&ben)),
        ],
    );
    assert_eq!(ran.out, want);
    // By hand: Ana's claim is the key's; Ben's first claim overlaps it, his second does not.
    let lines: Vec<&str> = ran.out.split("\r\n").collect();
    assert!(lines[0].starts_with("annotator,claim_spans,claim_precision_exact,"));
    let claim = |line: &str| line.split(',').take(8).collect::<Vec<_>>().join(",");
    assert_eq!(claim(lines[1]), "Ana,1,1.000,1.000,1.000,1.000,1.000,1.000");
    assert_eq!(claim(lines[2]), "Ben,2,0.000,0.000,0.000,0.500,1.000,0.667");
}

#[test]
fn students_are_named_as_in_the_compare_view_and_other_files_are_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let key = write(dir.path(), "key.json", &key());
    let one = write(
        dir.path(),
        "1.json",
        &doc(Some("Ana"), &[("claim", "Critics")]),
    );
    let two = write(
        dir.path(),
        "2.json",
        &doc(Some("Ana"), &[("hedge", "reportedly")]),
    );
    let anonymous = write(dir.path(), "cy.close-reader.json", &doc(None, &[]));
    let teacher = write(dir.path(), "t.json", &doc(Some("Ms Diaz"), &[]));
    let other = write(
        dir.path(),
        "other.json",
        &doc_of("Floods closed the road to the harbour all week.", None, &[]),
    );
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\"format\": \"close-reader\",").unwrap();
    let missing = dir.path().join("gone.json");

    let ran = cli(&[
        "grade",
        "--key",
        s(&key),
        s(&one),
        s(&two),
        s(&anonymous),
        s(&teacher),
        s(&other),
        s(&broken),
        s(&missing),
        s(&one),
    ]);
    assert_eq!(ran.code, 1);
    let names: Vec<&str> = ran
        .out
        .split("\r\n")
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| l.split(',').next().unwrap())
        .collect();
    // The key is "Ms Diaz", so a student of that name is the second.
    assert_eq!(names, ["Ana", "Ana (2)", "cy", "Ms Diaz (2)"]);
    let err: Vec<&str> = ran.err.lines().collect();
    assert_eq!(err.len(), 4, "{}", ran.err);
    assert_eq!(
        err[0],
        format!("{}: set aside: for another article, “Bridge”.", s(&other))
    );
    assert!(
        err[1].starts_with(&format!("{}: ", s(&broken))),
        "{}",
        err[1]
    );
    assert_eq!(err[2], format!("{}: no such file or folder.", s(&missing)));
    assert_eq!(err[3], format!("{}: set aside: already added.", s(&one)));
}

#[test]
fn a_slightly_different_text_is_reanchored_and_graded_as_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let key = write(dir.path(), "key.json", &key());
    let edited = TEXT.replace("  ", " ").replace("Critics", "Critics,");
    let spans = [("claim", "mayor said the bridge will close")];
    let moved = write(
        dir.path(),
        "moved.json",
        &doc_of(&edited, Some("Ana"), &spans),
    );
    let same = write(dir.path(), "same.json", &doc(Some("Ana"), &spans));
    let (moved_csv, notes) = grade::gradebook(&key, &[moved]).unwrap();
    let (same_csv, _) = grade::gradebook(&key, &[same]).unwrap();
    assert_eq!(moved_csv, same_csv);
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn a_key_without_annotations_or_unreadable_stops_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let blank = write(dir.path(), "blank.json", &doc(None, &[]));
    let student = write(dir.path(), "s.json", &doc(Some("Ana"), &[]));
    let ran = cli(&["grade", "--key", s(&blank), s(&student)]);
    assert_eq!(ran.code, 2);
    assert_eq!(ran.out, "");
    assert_eq!(
        ran.err,
        format!(
            "close-reader-cli: {}: the key has no annotations, so there is nothing to grade against.\n",
            s(&blank)
        )
    );
    let ran = cli(&["grade", "--key", s(dir.path()), s(&student)]);
    assert_eq!(ran.code, 2);
    assert_eq!(
        ran.err,
        format!(
            "close-reader-cli: {}: is a folder; a Close Reader file is wanted here.\n",
            s(dir.path())
        )
    );
}

#[test]
fn many_files_stream_to_the_same_bytes_as_the_core() {
    let dir = tempfile::tempdir().unwrap();
    let key_doc = key();
    let key = write(dir.path(), "key.json", &key_doc);
    let passages = [
        "The mayor",
        "said the bridge",
        "Critics",
        "reportedly",
        "the plan",
    ];
    let labels = ["claim", "source", "hedge"];
    let class = dir.path().join("class");
    std::fs::create_dir(&class).unwrap();
    let mut students = Vec::new();
    for i in 0..150 {
        let spans: Vec<(&str, &str)> = (0..(i % 4))
            .map(|j| (labels[(i + j) % 3], passages[(i * 7 + j) % 5]))
            .collect();
        let d = doc(None, &spans);
        write(&class, &format!("s{i:03}.json"), &d);
        students.push((format!("s{i:03}"), spans_of(&d)));
    }
    let want = gradebook_csv(&key_doc.labels, &spans_of(&key_doc), &students);
    let (got, notes) = grade::gradebook(&key, &[class]).unwrap();
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(got, want);
}
