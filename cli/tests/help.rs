//! Every subcommand answers `--help` with its usage, and a wrong argument is refused with status 2.

mod common;

use common::cli;

#[test]
fn every_subcommand_has_help() {
    for (command, mentions) in [
        ("validate", "FILES"),
        ("convert", "--article"),
        ("agree", "--key"),
        ("grade", "--key"),
    ] {
        let ran = cli(&[command, "--help"]);
        assert_eq!(ran.code, 0, "{command}");
        assert!(
            ran.out
                .contains(&format!("Usage: close-reader-cli {command}")),
            "{command}: {}",
            ran.out
        );
        assert!(ran.out.contains(mentions), "{command}: {}", ran.out);
    }
    let top = cli(&["--help"]);
    for command in ["validate", "convert", "agree", "grade"] {
        assert!(top.out.contains(command), "{}", top.out);
    }
}

#[test]
fn a_format_it_does_not_write_is_refused() {
    let ran = cli(&["convert", "x.json", "--to", "pdf"]);
    assert_eq!(ran.code, 2);
    assert!(ran.err.contains("pdf"), "{}", ran.err);
    assert_eq!(cli(&["grade", "x.json"]).code, 2);
}
