//! `cargo xtask eval`: scores the suggestion engine on the hand-annotated set in `core/eval/` and fails
//! when a figure is below its target. The scoring itself is the core's test `core/tests/suggest_eval.rs`
//! (which reads the set and prints the tables), so `cargo test` and this command can never disagree.

use std::process::Command;

use crate::{root, tools};

/// The environment variable that makes the evaluation list every miss.
pub const MISSES_ENV: &str = "CLOSE_READER_EVAL_MISSES";

/// Runs the evaluation; `misses` also lists every false positive and every gold span not found.
pub fn run(misses: bool) -> Result<(), String> {
    let mut cmd = Command::new("cargo");
    cmd.args([
        "test",
        "--quiet",
        "--package",
        "close-reader-core",
        "--test",
        "suggest_eval",
        "--",
        "--nocapture",
        "--test-threads=1",
        "the_evaluation_set",
    ])
    .current_dir(root())
    .env("PATH", tools::path_env());
    if misses {
        cmd.env(MISSES_ENV, "1");
    }
    let status = cmd.status().map_err(|e| format!("cannot run cargo: {e}"))?;
    status.success().then_some(()).ok_or_else(|| {
        "the suggestion evaluation failed: a figure is below its target (see the table above), \
         or the evaluation set does not load"
            .to_string()
    })
}
