//! The build tools, pinned in one place, installed when missing and skipped when the installed
//! version already matches (CI often runs on a machine that has them).

use std::path::PathBuf;
use std::process::Command;

/// Trunk 0.21.14 is the newest release that builds on Rust 1.95.
pub const TRUNK: &str = "0.21.14";
/// Must equal the `wasm-bindgen` crate pinned in the app's Cargo.toml.
pub const WASM_BINDGEN: &str = "0.2.130";
/// binaryen from npm: Debian's (108) cannot read what Rust 1.95 emits.
pub const BINARYEN: &str = "132";
/// axe-core from npm, injected by the accessibility test into the page under test.
pub const AXE_CORE: &str = "4.14.1";
/// Firefox's WebDriver server, from the crates registry (Debian does not package it); 0.37 drives
/// Firefox ESR 153.
pub const GECKODRIVER: &str = "0.37.1";

fn home() -> PathBuf {
    PathBuf::from(std::env::var("HOME").unwrap_or_else(|_| "/root".into()))
}

/// Where npm installs binaryen: outside the repo, so that clean clones reuse it.
pub fn binaryen_dir() -> PathBuf {
    home().join(".cache/close-reader/binaryen")
}

/// Where npm installs axe-core, outside the repo like binaryen.
pub fn axe_dir() -> PathBuf {
    home().join(".cache/close-reader/axe-core")
}

/// The script the accessibility test injects: `axe.min.js` of the pinned version.
pub fn axe_script() -> PathBuf {
    axe_dir().join("node_modules/axe-core/axe.min.js")
}

/// Installs axe-core from npm unless the pinned version is already there.
pub fn ensure_axe() -> Result<(), String> {
    let manifest = axe_dir().join("node_modules/axe-core/package.json");
    let installed = std::fs::read_to_string(manifest).unwrap_or_default();
    if installed.contains(&format!("\"version\": \"{AXE_CORE}\"")) && axe_script().is_file() {
        return Ok(());
    }
    std::fs::create_dir_all(axe_dir()).map_err(|e| e.to_string())?;
    let dir = axe_dir().display().to_string();
    run(Command::new("npm").args([
        "install",
        "--no-audit",
        "--no-fund",
        "--prefix",
        &dir,
        &format!("axe-core@{AXE_CORE}"),
    ]))
}

pub fn cargo_bin() -> PathBuf {
    std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| home().join(".cargo"))
        .join("bin")
}

/// PATH with the tool folders first, for Trunk to find wasm-bindgen and wasm-opt.
pub fn path_env() -> String {
    let old = std::env::var("PATH").unwrap_or_default();
    format!(
        "{}:{}:{old}",
        binaryen_dir().join("node_modules/.bin").display(),
        cargo_bin().display()
    )
}

fn output(cmd: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(cmd)
        .args(args)
        .env("PATH", path_env())
        .output()
        .ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr)
    })
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let status = cmd
        .env("PATH", path_env())
        .status()
        .map_err(|e| format!("{shown}: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("{shown} failed ({status})"))
}

fn cargo_install(krate: &str, version: &str, locked: bool) -> Result<(), String> {
    eprintln!("xtask: installing {krate} {version} (this compiles it once; later runs skip it)");
    let mut c = Command::new("cargo");
    c.args(["install", krate, "--version", version]);
    if locked {
        c.arg("--locked");
    }
    // Much faster to compile, and these tools need no link-time optimisation.
    c.env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16");
    run(&mut c)
}

/// Installs whatever of the build toolchain is missing or of another version.
pub fn ensure_build_tools() -> Result<(), String> {
    let targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    if !output("trunk", &["--version"]).is_some_and(|v| v.contains(TRUNK)) {
        cargo_install("trunk", TRUNK, true)?;
    }
    if !output("wasm-bindgen", &["--version"]).is_some_and(|v| v.contains(WASM_BINDGEN)) {
        // Not --locked: its lock file names a webpki-roots the registry here does not serve.
        cargo_install("wasm-bindgen-cli", WASM_BINDGEN, false)?;
    }
    if !output("wasm-opt", &["--version"])
        .is_some_and(|v| v.contains(&format!("version {BINARYEN}")))
    {
        std::fs::create_dir_all(binaryen_dir()).map_err(|e| e.to_string())?;
        let dir = binaryen_dir().display().to_string();
        run(Command::new("npm").args([
            "install",
            "--no-audit",
            "--no-fund",
            "--prefix",
            &dir,
            &format!("binaryen@{BINARYEN}"),
        ]))?;
    }
    Ok(())
}

/// Chromium and ChromeDriver from Debian's packages, for the browser tests.
pub fn ensure_browser() -> Result<(), String> {
    if output("chromium", &["--version"]).is_some()
        && output("chromedriver", &["--version"]).is_some()
    {
        return Ok(());
    }
    eprintln!("xtask: installing chromium and chromium-driver from Debian's packages");
    run(Command::new("apt-get").arg("update").arg("-qq"))?;
    run(Command::new("apt-get").args(["install", "-y", "-qq", "chromium", "chromium-driver"]))
}

/// WebKitGTK's MiniBrowser, which `webkit2gtk-driver` installs outside PATH
/// (`/usr/lib/<triplet>/webkit2gtk-<api>/MiniBrowser`).
pub fn minibrowser() -> Option<PathBuf> {
    let lib = std::fs::read_dir("/usr/lib").ok()?;
    let mut found: Vec<PathBuf> = lib
        .flatten()
        .flat_map(|triplet| {
            std::fs::read_dir(triplet.path())
                .into_iter()
                .flatten()
                .flatten()
        })
        .filter(|dir| dir.file_name().to_string_lossy().starts_with("webkit2gtk-"))
        .map(|dir| dir.path().join("MiniBrowser"))
        .filter(|binary| binary.is_file())
        .collect();
    // The newest API version when several are installed (webkit2gtk-4.1 over 4.0).
    found.sort();
    found.pop()
}

/// Firefox ESR with geckodriver, and WebKitGTK's WebKitWebDriver and MiniBrowser with Xvfb (its
/// MiniBrowser has no headless mode), for the engines journey. Each is installed when missing;
/// what cannot be installed fails the run with the reason.
pub fn ensure_other_engines() -> Result<(), String> {
    let missing: Vec<&str> = [
        (
            "firefox-esr",
            output("firefox-esr", &["--version"]).is_some(),
        ),
        (
            "webkit2gtk-driver",
            output("WebKitWebDriver", &["--help"]).is_some() && minibrowser().is_some(),
        ),
        ("xvfb", output("xvfb-run", &["--help"]).is_some()),
        // xvfb-run needs it, and Debian's xvfb does not depend on it.
        ("xauth", output("xauth", &["-V"]).is_some()),
    ]
    .into_iter()
    .filter(|(_, present)| !present)
    .map(|(package, _)| package)
    .collect();
    if !missing.is_empty() {
        eprintln!(
            "xtask: installing {} from Debian's packages",
            missing.join(", ")
        );
        run(Command::new("apt-get").arg("update").arg("-qq"))?;
        run(Command::new("apt-get")
            .args(["install", "-y", "-qq"])
            .args(&missing))
        .map_err(|e| format!("the engines journey needs {}: {e}", missing.join(", ")))?;
    }
    if !output("geckodriver", &["--version"]).is_some_and(|v| v.contains(GECKODRIVER)) {
        cargo_install("geckodriver", GECKODRIVER, true)
            .map_err(|e| format!("Firefox cannot be driven without geckodriver: {e}"))?;
    }
    Ok(())
}
