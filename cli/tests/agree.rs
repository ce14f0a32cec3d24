//! `agree`: the table, pairwise F1 and alpha of a small class, in text and CSV, against the core
//! and against figures worked out by hand.

mod common;

use close_reader_core::analysis::agreement::{score, spans_of, token_alpha, Match};
use common::*;

fn class(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    vec![
        write(dir, "0-key.json", &key()),
        write(
            dir,
            "1.json",
            &doc(
                Some("Ana"),
                &[("claim", "mayor said the bridge will close")],
            ),
        ),
        write(
            dir,
            "2.json",
            &doc(
                Some("Ben"),
                &[("claim", "The mayor said the"), ("claim", "Critics")],
            ),
        ),
    ]
}

#[test]
fn the_text_tables_read_as_worked_out_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let files = class(dir.path());
    let ran = cli(&["agree", s(&files[0]), s(&files[1]), s(&files[2])]);
    assert_eq!(ran.code, 0, "{}", ran.err);
    let out = ran.out;
    assert!(
        out.contains("Key: Ms Diaz (the article's own annotations)"),
        "{out}"
    );
    assert!(out.contains("Students: 2"), "{out}");
    let line = |start: &str| {
        out.lines()
            .find(|l| l.trim_start().starts_with(start))
            .unwrap_or_else(|| panic!("no line {start} in {out}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(line("Ana "), "Ana 1 1.000 1.000 1.000 1.000 1.000 1.000");
    assert_eq!(line("Ben "), "Ben 2 0.000 0.000 0.000 0.500 1.000 0.667");
    // Pairwise: Ana's one claim against Ben's two, one overlapping: F1 2/3 both ways.
    assert!(out.contains("Pairwise F1 (overlap), Claim"), "{out}");
    assert!(out.contains("Krippendorff's alpha"), "{out}");
}

#[test]
fn the_csv_is_the_cores_figures_with_the_labels_alpha() {
    let dir = tempfile::tempdir().unwrap();
    let files = class(dir.path());
    // --key: every file listed is a student's, so the key's file is not given again.
    let ran = cli(&[
        "agree",
        "--key",
        s(&files[0]),
        s(&files[1]),
        s(&files[2]),
        "--format",
        "csv",
    ]);
    assert_eq!(ran.code, 0, "{}", ran.err);
    let k = key();
    let ben = doc(
        Some("Ben"),
        &[("claim", "The mayor said the"), ("claim", "Critics")],
    );
    let ana = doc(
        Some("Ana"),
        &[("claim", "mayor said the bridge will close")],
    );
    let students = [spans_of(&ana), spans_of(&ben)];
    let alpha =
        token_alpha(&k.text, &students, "claim").map_or(String::new(), |a| format!("{a:.3}"));
    let prf = score(&spans_of(&k), &students[1], "claim", Match::Overlap);
    let rows: Vec<&str> = ran.out.split("\r\n").collect();
    assert_eq!(
        rows[0],
        "label,annotator,spans,precision_exact,recall_exact,f1_exact,precision_overlap,recall_overlap,f1_overlap,label_alpha"
    );
    assert_eq!(
        rows[1],
        format!("claim,Ana,1,1.000,1.000,1.000,1.000,1.000,1.000,{alpha}")
    );
    assert_eq!(
        rows[2],
        format!(
            "claim,Ben,2,0.000,0.000,0.000,{:.3},{:.3},{:.3},{alpha}",
            prf.precision.unwrap(),
            prf.recall.unwrap(),
            prf.f1.unwrap()
        )
    );
}
