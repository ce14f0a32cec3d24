//! `cargo xtask fuzz [seconds]`: every cargo-fuzz target in `fuzz/` (the core's parsers, the
//! anchoring, the text layer, the exports and the edit model; see `fuzz/README.md`), each for the
//! given seconds. `cargo xtask test` runs a short pass of the same.
//!
//! On the stable toolchain: `--sanitizer none` needs no nightly flag (the core is safe Rust, so
//! the fuzzing looks for panics and broken properties, not memory errors). A crash stops that
//! target, the others still run, and the command fails naming each crash and where its input was
//! saved (`fuzz/artifacts/<target>/`).

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use crate::{root, tools};

/// cargo-fuzz, installed from crates.io when missing or of another version.
pub const CARGO_FUZZ: &str = "0.13.2";
/// Seconds per target when `cargo xtask fuzz` is given none.
pub const DEFAULT_SECONDS: u64 = 60;
/// Seconds per target in `cargo xtask test`: sixteen targets take about three and a half minutes, plus the
/// build.
pub const TEST_SECONDS: u64 = 12;
/// libFuzzer's limit for one input: far above what any input takes (milliseconds), so only a hang
/// or a super-linear blow-up trips it.
const INPUT_TIMEOUT_SECONDS: u64 = 30;

fn fuzz_dir() -> PathBuf {
    root().join("fuzz")
}

/// Installs cargo-fuzz unless the installed one is [`CARGO_FUZZ`].
pub fn ensure_cargo_fuzz() -> Result<(), String> {
    let installed = Command::new("cargo")
        .args(["fuzz", "--version"])
        .env("PATH", tools::path_env())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).to_string())
        .unwrap_or_default();
    if installed.split_whitespace().any(|w| w == CARGO_FUZZ) {
        return Ok(());
    }
    eprintln!(
        "xtask: installing cargo-fuzz {CARGO_FUZZ} (this compiles it once; later runs skip it)"
    );
    let status = Command::new("cargo")
        .args(["install", "cargo-fuzz", "--version", CARGO_FUZZ, "--locked"])
        .env("PATH", tools::path_env())
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
        .status()
        .map_err(|e| format!("cargo install cargo-fuzz: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("cargo install cargo-fuzz failed ({status})"))
}

/// The targets: one per file in `fuzz/fuzz_targets/`, in name order.
pub fn targets() -> Result<Vec<String>, String> {
    let dir = fuzz_dir().join("fuzz_targets");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| {
            let path = e.ok()?.path();
            (path.extension()? == "rs").then(|| path.file_stem()?.to_str().map(String::from))?
        })
        .collect();
    names.sort();
    Ok(names)
}

fn cargo_fuzz(args: &[&str]) -> Command {
    let mut c = Command::new("cargo");
    c.arg("fuzz")
        .args(args)
        .current_dir(root())
        .env("PATH", tools::path_env());
    c
}

/// Builds every target, then runs each for `seconds`. Fails when a target crashes (or its build
/// does), after running the others.
pub fn run_all(seconds: u64) -> Result<(), String> {
    ensure_cargo_fuzz()?;
    let targets = targets()?;
    let status = cargo_fuzz(&["build", "--sanitizer", "none"])
        .status()
        .map_err(|e| format!("cargo fuzz build: {e}"))?;
    if !status.success() {
        return Err(format!("cargo fuzz build failed ({status})"));
    }
    let mut crashes = Vec::new();
    for t in &targets {
        println!("fuzz: {t} for {seconds} s");
        let started = Instant::now();
        let out = cargo_fuzz(&[
            "run",
            "--sanitizer",
            "none",
            t,
            "--",
            &format!("-max_total_time={seconds}"),
            &format!("-timeout={INPUT_TIMEOUT_SECONDS}"),
        ])
        .output()
        .map_err(|e| format!("cargo fuzz run {t}: {e}"))?;
        let log = String::from_utf8_lossy(&out.stderr).to_string()
            + &String::from_utf8_lossy(&out.stdout);
        let runs = log
            .lines()
            .rev()
            .find_map(|l| l.strip_prefix("Done ")?.split_whitespace().next())
            .unwrap_or("?")
            .to_string();
        let took = started.elapsed().as_secs();
        if out.status.success() {
            println!("fuzz: {t}: {runs} runs in {took} s, no crash");
        } else {
            let tail: Vec<&str> = log.lines().rev().take(60).collect();
            eprintln!("{}", tail.into_iter().rev().collect::<Vec<_>>().join("\n"));
            eprintln!(
                "fuzz: {t} CRASHED after {took} s; its input is in fuzz/artifacts/{t}/ (reproduce: cargo fuzz run -s none {t} <that file>)"
            );
            crashes.push(t.clone());
        }
    }
    if crashes.is_empty() {
        println!(
            "fuzz: {} targets ran {seconds} s each without a crash",
            targets.len()
        );
        Ok(())
    } else {
        Err(format!(
            "fuzzing found crashes in: {} (inputs in fuzz/artifacts/)",
            crashes.join(", ")
        ))
    }
}

/// `cargo xtask fuzz [seconds]`.
pub fn cmd(seconds: Option<&str>) -> Result<(), String> {
    let seconds = match seconds {
        None => DEFAULT_SECONDS,
        Some(s) => s
            .parse()
            .ok()
            .filter(|&n: &u64| n > 0)
            .ok_or_else(|| format!("fuzz: \"{s}\" is not a number of seconds"))?,
    };
    run_all(seconds)
}
