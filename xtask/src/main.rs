//! `cargo xtask serve|test|dist|bench|eval|fuzz|engines`: the project's two README commands, the release
//! build, the browser benchmark, the suggestion evaluation, the fuzzing of the core and the engines
//! journey in every browser engine.
//! Each installs what is missing first, so they work the same on a fresh machine and in CI.

use std::process::{Command, ExitCode};
use std::time::Instant;

use xtask::{build, eval, fuzz, root, serve, tools};

/// The wasm budget (gzip-compressed), checked by `test` on the built artefact. Issue 3 set 300 KB
/// for the annotator alone; with the formats of other tools, links, label sets, the evidence summary
/// and the suggestion engine the build was about 346 KB, and the classroom (assignments, the compare
/// view, agreement, feedback, consensus) adds about 65 KB, and keeping work (the journal, the
/// streaming reader, opening in slices) about 43 KB, and the article's shape (its file section,
/// rendering, the review, the worker's client) about 51 KB; moving other tools' readers and writers,
/// the report and the compare view's fitting into the worker took 45 KB back off. The way to the
/// gradebook (class sets kept, rubrics and grades, conversations on spans) added about 91 KB, with
/// the LMS files in the worker; comments beside the student's spans and the article's language
/// check for the suggestions about 7 KB more, and the Spanish and French rule tables about 23 KB.
/// Those tables then went into the worker (with German's), and the interface in seven languages
/// came in: English's messages as Fluent text with their ids, the reader of those files, plural and
/// number rules, the language menu, and the call sites naming each message, with the engine's new
/// conditions for German, about 37 KB together (609 KB); the suggestions' reasons and source
/// classes as data with their messages, the report's words, and the refusal reasons read back from
/// the core's English into the interface's language, about 16 KB more (about 626 KB). The check
/// guards against growth past 632 KB while the README's "Size" section tracks the way to 300 KB
/// (which needs the interface split, see there).
const WASM_GZIP_BUDGET: usize = 632 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => cmd_serve(args.get(1).and_then(|p| p.parse().ok())),
        Some("test") => cmd_test(),
        Some("dist") => cmd_dist().map(|_| ()),
        Some("bench") => cmd_bench(args.get(1).map(String::as_str)),
        Some("eval") => eval::run(args.get(1).is_some_and(|a| a == "--misses")),
        Some("fuzz") => fuzz::cmd(args.get(1).map(String::as_str)),
        Some("engines") => engine_journeys(&["chromium", "firefox", "webkit"]),
        _ => Err(
            "usage: cargo xtask serve [port] | test | dist | bench [quick|largest|book|compare|open|cli] | eval [--misses] | fuzz [seconds] | engines"
                .to_string(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Builds the release command line and grades 10,000 generated files with it, printing the wall time
/// and peak memory.
fn cmd_bench_cli() -> Result<(), String> {
    cargo(&[
        "build",
        "--release",
        "-p",
        "close-reader-cli",
        "--bin",
        "close-reader-cli",
    ])?;
    let cli = root().join("target/release/close-reader-cli");
    let cli = cli
        .to_str()
        .ok_or("the target folder's path is not UTF-8")?;
    cargo(&[
        "run",
        "-q",
        "--release",
        "-p",
        "close-reader-cli",
        "--example",
        "bench",
        "--",
        cli,
    ])
}

fn cmd_dist() -> Result<std::path::PathBuf, String> {
    let dist = build::dist()?;
    let wasm = build::wasm_file(&dist).ok_or("no .wasm in dist/")?;
    let (raw, gz) = build::sizes(&wasm)?;
    println!(
        "dist/: wasm {:.1} KB raw, {:.1} KB gzip (budget {} KB gzip)",
        raw as f64 / 1024.0,
        gz as f64 / 1024.0,
        WASM_GZIP_BUDGET / 1024
    );
    let (raw, gz) = build::sizes(&build::worker_wasm_file(&dist))?;
    println!(
        "dist/: worker's wasm (loaded when an article file, a web page's paste or another tool's file is opened, or an export is written) {:.1} KB raw, {:.1} KB gzip",
        raw as f64 / 1024.0,
        gz as f64 / 1024.0
    );
    let (raw, gz) = build::sizes(&build::one_file(&dist))?;
    println!(
        "dist/close-reader.html (one file, runs from file://): {:.1} KB raw, {:.1} KB gzip",
        raw as f64 / 1024.0,
        gz as f64 / 1024.0
    );
    Ok(dist)
}

fn cmd_serve(port: Option<u16>) -> Result<(), String> {
    let dist = cmd_dist()?;
    let port = port.unwrap_or(8080);
    let url = serve::start(dist.clone(), "/", port)
        .or_else(|_| serve::start(dist, "/", 0))
        .map_err(|e| format!("cannot listen on 127.0.0.1: {e}"))?;
    println!("\nClose Reader is running. Open the sample article at:\n\n    {url}#sample\n\n(or {url} for the start screen). Press Ctrl+C to stop.");
    loop {
        std::thread::park();
    }
}

fn cargo(args: &[&str]) -> Result<(), String> {
    let status = Command::new("cargo")
        .args(args)
        .current_dir(root())
        .env("PATH", tools::path_env())
        .status()
        .map_err(|e| e.to_string())?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("cargo {} failed", args.join(" ")))
}

fn cmd_test() -> Result<(), String> {
    tools::ensure_build_tools()?;
    tools::ensure_browser()?;
    // Firefox and WebKit first too, so that one that cannot be installed fails the run at once.
    tools::ensure_other_engines()?;
    tools::ensure_axe()?;
    // 1. Pure logic and natively rendered components.
    cargo(&["test", "--workspace", "--exclude", "e2e"])?;
    // A short fuzzing pass over the core's parsers and edit model, on stable (see xtask/src/fuzz.rs).
    fuzz::run_all(fuzz::TEST_SECONDS)?;
    // The suggestions on the hand-annotated set, failing below target (printed as a table).
    eval::run(false)?;
    // 2. The built artefacts: a CSP in both pages, the wasm within its size budget.
    let dist = cmd_dist()?;
    for page in [dist.join("index.html"), build::one_file(&dist)] {
        let html =
            std::fs::read_to_string(&page).map_err(|e| format!("{}: {e}", page.display()))?;
        if !html.contains("http-equiv=\"Content-Security-Policy\"") {
            return Err(format!("{} has no Content-Security-Policy", page.display()));
        }
    }
    let (_, gz) = build::sizes(&build::wasm_file(&dist).ok_or("no wasm")?)?;
    if gz > WASM_GZIP_BUDGET {
        return Err(format!(
            "the wasm is {} KB gzip, over the {} KB budget",
            gz / 1024,
            WASM_GZIP_BUDGET / 1024
        ));
    }
    // 3. End-to-end journeys in headless Chromium against dist/, then the engines journey in
    // Firefox and WebKit; both run whatever the other's result, and either failing fails the run.
    let chromium = cargo(&[
        "test",
        "-p",
        "e2e",
        "--tests",
        "--no-fail-fast",
        "--",
        "--test-threads=2",
    ]);
    let others = engine_journeys(&["firefox", "webkit"]);
    match (chromium, others) {
        (Ok(()), Ok(())) => Ok(()),
        (Err(e), Ok(())) | (Ok(()), Err(e)) => Err(e),
        (Err(a), Err(b)) => Err(format!("{a}; {b}")),
    }
}

/// The engines journey (`e2e/tests/engines.rs`) against the built app in each of `engines`
/// (`CLOSE_READER_ENGINE`), installing Firefox and WebKit where missing. WebKit's MiniBrowser has no
/// headless mode, so its run is under `xvfb-run`. Every engine runs even when one before failed; the
/// error names each that failed. Prints each engine's time.
fn engine_journeys(engines: &[&str]) -> Result<(), String> {
    if engines.iter().any(|e| *e != "chromium") {
        tools::ensure_other_engines()?;
    }
    let mut failed = Vec::new();
    for engine in engines {
        let started = Instant::now();
        let mut cmd = if *engine == "webkit" {
            let mut c = Command::new("xvfb-run");
            c.args(["-a", "-s", "-screen 0 1920x1080x24", "cargo"]);
            c
        } else {
            Command::new("cargo")
        };
        cmd.args([
            "test",
            "-p",
            "e2e",
            "--test",
            "engines",
            "--",
            "--test-threads=2",
        ])
        .env("CLOSE_READER_ENGINE", engine)
        .env("PATH", tools::path_env())
        .current_dir(root());
        let passed = cmd
            .status()
            .map_err(|e| format!("the engines journey in {engine} could not start: {e}"))?
            .success();
        println!(
            "xtask: the engines journey in {engine} {} in {:.0} s",
            if passed { "passed" } else { "failed" },
            started.elapsed().as_secs_f64()
        );
        if !passed {
            failed.push(*engine);
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the engines journey failed in {}",
            failed.join(", ")
        ))
    }
}

/// Builds the release app and measures it in headless Chromium (see `e2e/src/bin/bench.rs`).
/// `quick` measures only the largest article, `largest` the largest document, `book` a book, `open` the
/// files a class gets (PDF, Word, EPUB; pandoc and LibreOffice make them). `cli` measures the command
/// line instead, with no browser (see `cli/examples/bench.rs`).
fn cmd_bench(mode: Option<&str>) -> Result<(), String> {
    if mode == Some("cli") {
        return cmd_bench_cli();
    }
    tools::ensure_build_tools()?;
    tools::ensure_browser()?;
    cmd_dist()?;
    let mut args = vec!["run", "-q", "-p", "e2e", "--bin", "bench", "--"];
    args.extend(mode);
    cargo(&args)
}
