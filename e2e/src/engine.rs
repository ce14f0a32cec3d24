//! The browser engines the journeys run in: Chromium (the default), Firefox and WebKit, chosen with
//! `CLOSE_READER_ENGINE=chromium|firefox|webkit`. How each engine's driver is started, what a new
//! session asks of it (a fresh profile, downloads saved into the [`App`](crate::App)'s folder without
//! a prompt, the window's size), and which of the harness's checks each can run.
//!
//! ChromeDriver serves many sessions, so one runs per test binary; geckodriver and WebKitWebDriver
//! serve one session each ("Maximum number of active sessions"), so each browser gets its own
//! driver, stopped with it.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde_json::json;
use thirtyfour::prelude::*;
use thirtyfour::Capabilities;

/// One of the three browser engines the journeys run in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    /// The engine named by `CLOSE_READER_ENGINE`; Chromium when it is unset. Any other value stops
    /// the run with the names it accepts, rather than quietly testing Chromium.
    pub fn chosen() -> Engine {
        match std::env::var("CLOSE_READER_ENGINE").as_deref() {
            Err(_) | Ok("") | Ok("chromium") => Engine::Chromium,
            Ok("firefox") => Engine::Firefox,
            Ok("webkit") => Engine::WebKit,
            Ok(other) => panic!(
                "CLOSE_READER_ENGINE={other:?}: the journeys run in chromium, firefox or webkit"
            ),
        }
    }

    /// The engine's name as `CLOSE_READER_ENGINE` spells it (and the screenshots are named).
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }

    /// Whether the harness can send Chrome DevTools Protocol commands (touch, emulated viewports,
    /// network conditions, a script run before every page's own): Chromium only. Journeys that need
    /// them run in Chromium; the harness says so when one is asked of another engine.
    pub fn has_cdp(self) -> bool {
        self == Engine::Chromium
    }

    /// Whether a paste event made by a script reaches the page with the clipboard it was made with.
    /// Firefox empties it on dispatch, so the harness pastes there through the clipboard itself.
    /// WebKit delivers it; a real paste would not do there, since WebKitGTK's clipboard turns CRLF
    /// into LF and no-break spaces into spaces on the way (the README's "Browser engines" says so).
    pub fn delivers_scripted_paste(self) -> bool {
        self != Engine::Firefox
    }

    /// Whether one driver process serves every session of a test binary (ChromeDriver), rather than
    /// one driver per browser (geckodriver and WebKitWebDriver accept a single session).
    pub fn shares_driver(self) -> bool {
        self == Engine::Chromium
    }

    /// Starts this engine's driver on a free port. For WebKit, `profile` becomes the driver's `HOME`
    /// (where MiniBrowser keeps its data and finds its download folder, `downloads`); ChromeDriver and
    /// geckodriver take both from each session's capabilities instead.
    pub fn start_driver(self, profile: &Path, downloads: &Path) -> Driver {
        let port = free_port();
        let mut cmd = match self {
            Engine::Chromium => {
                let mut c = Command::new("chromedriver");
                c.arg(format!("--port={port}"));
                c
            }
            Engine::Firefox => {
                let mut c = Command::new(xtask::tools::cargo_bin().join("geckodriver"));
                c.args(["--host", "127.0.0.1", "--port", &port.to_string()]);
                c
            }
            Engine::WebKit => {
                assert!(
                    std::env::var_os("DISPLAY").is_some(),
                    "WebKit's MiniBrowser has no headless mode and needs an X display: run the \
                     journeys under `xvfb-run -a` (as `cargo xtask test` does)"
                );
                webkit_home(profile, downloads);
                let mut c = Command::new("WebKitWebDriver");
                c.arg(format!("--port={port}"));
                for var in ["HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"] {
                    c.env(var, profile);
                }
                c
            }
        };
        // Its own process group, so that stopping it also stops the browser it started.
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        cmd.stdout(Stdio::null()).stderr(Stdio::null());
        let child = spawn_for_the_run(cmd).unwrap_or_else(|e| {
            panic!(
                "{} could not start: {e} ({})",
                self.driver_name(),
                self.install_hint()
            )
        });
        let driver = Driver {
            url: format!("http://127.0.0.1:{port}"),
            _process: DriverProcess(child),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "{} did not start listening within 20 s",
                self.driver_name()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        driver
    }

    fn driver_name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromedriver",
            Engine::Firefox => "geckodriver",
            Engine::WebKit => "WebKitWebDriver",
        }
    }

    fn install_hint(self) -> &'static str {
        match self {
            Engine::Chromium => "install Debian's chromium and chromium-driver",
            Engine::Firefox => {
                "install Debian's firefox-esr and `cargo install geckodriver`; `cargo xtask test` does both"
            }
            Engine::WebKit => {
                "install Debian's webkit2gtk-driver and xvfb; `cargo xtask test` does both"
            }
        }
    }

    /// What a new session asks for: the engine's browser, headless where it can be, with the fresh
    /// `profile` and downloads saved into `downloads` without asking, preferring the languages
    /// `accept` if given (else the browser's own, English here).
    pub fn capabilities(
        self,
        profile: &Path,
        downloads: &Path,
        width: u32,
        height: u32,
        accept: Option<&str>,
    ) -> Capabilities {
        match self {
            Engine::Chromium => {
                let mut caps = DesiredCapabilities::chrome();
                caps.set_binary("/usr/bin/chromium").unwrap();
                for arg in [
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    &format!("--window-size={width},{height}"),
                    &format!("--user-data-dir={}", profile.display()),
                ] {
                    caps.add_arg(arg).unwrap();
                }
                if let Some(accept) = accept {
                    caps.add_arg(&format!("--accept-lang={accept}")).unwrap();
                }
                caps.add_experimental_option(
                    "prefs",
                    json!({
                        "download.default_directory": downloads.display().to_string(),
                        "download.prompt_for_download": false,
                        "profile.default_content_setting_values.automatic_downloads": 1,
                        "intl.accept_languages": accept.unwrap_or("en-US,en")
                    }),
                )
                .unwrap();
                caps.into()
            }
            Engine::Firefox => {
                let mut caps = Capabilities::new();
                caps.set("browserName", "firefox").unwrap();
                caps.set(
                    "moz:firefoxOptions",
                    json!({
                        "binary": "/usr/bin/firefox-esr",
                        "args": ["-headless", "-profile", profile.display().to_string(),
                                 "-width", width.to_string(), "-height", height.to_string()],
                        "prefs": {
                            // Every download straight into the App's folder, never a dialog.
                            "browser.download.folderList": 2,
                            "browser.download.dir": downloads.display().to_string(),
                            "browser.download.useDownloadDir": true,
                            "browser.download.always_ask_before_handling_new_types": false,
                            "browser.download.start_downloads_in_tmp_dir": false,
                            "browser.download.alwaysOpenPanel": false,
                            "browser.download.manager.addToRecentDocs": false,
                            "browser.helperApps.neverAsk.saveToDisk": "application/json,application/ld+json,text/csv,text/html,text/plain,application/zip,application/octet-stream",
                            // Nothing of its own on start: no first-run page, no checks over the network.
                            "browser.shell.checkDefaultBrowser": false,
                            "browser.startup.homepage_override.mstone": "ignore",
                            "datareporting.policy.dataSubmissionEnabled": false,
                            "app.update.disabledForTesting": true,
                            "intl.accept_languages": accept.unwrap_or("en-US, en")
                        }
                    }),
                )
                .unwrap();
                caps
            }
            Engine::WebKit => {
                let mut caps = Capabilities::new();
                caps.set(
                    "webkitgtk:browserOptions",
                    json!({
                        "binary": xtask::tools::minibrowser()
                            .expect("WebKit's MiniBrowser (install Debian's webkit2gtk-driver)")
                            .display()
                            .to_string(),
                        // MiniBrowser (WebKitGTK 2.50) has no headless mode: it runs on the X display.
                        "args": ["--automation"]
                    }),
                )
                .unwrap();
                caps
            }
        }
    }

    /// Sizes the window where the capabilities could not (Firefox and WebKit take it over WebDriver).
    pub async fn size_window(self, driver: &WebDriver, width: u32, height: u32) {
        if self != Engine::Chromium {
            driver
                .set_window_rect(0, 0, width, height)
                .await
                .unwrap_or_else(|e| panic!("{}: the window could not be sized: {e}", self.name()));
        }
    }

    /// The name endings of a download still being written: Chromium's `.crdownload`, Firefox's
    /// `.part`, WebKit's `.wkdownload`.
    pub fn partial_download_endings() -> [&'static str; 3] {
        ["crdownload", "part", "wkdownload"]
    }
}

/// A running WebDriver server and where to reach it.
pub struct Driver {
    pub url: String,
    _process: DriverProcess,
}

/// Stops the driver and everything in its process group (the browser it started) when dropped, so
/// that a failed journey leaves no browser behind.
struct DriverProcess(Child);

impl Drop for DriverProcess {
    fn drop(&mut self) {
        let group = self.0.id() as i32;
        // SAFETY: kill(2) with a negative pid signals the process group this harness created.
        unsafe {
            libc::kill(-group, libc::SIGKILL);
        }
        let _ = self.0.wait();
    }
}

/// Spawns `cmd` from a thread that lives as long as the test binary, asking the kernel to kill the
/// child when that thread ends (`PR_SET_PDEATHSIG`, which follows the spawning thread, not the
/// process): no driver outlives the run, not even ChromeDriver, which a static holds and so never
/// drops.
fn spawn_for_the_run(mut cmd: Command) -> std::io::Result<Child> {
    type Request = (Command, mpsc::Sender<std::io::Result<Child>>);
    static SPAWNER: OnceLock<Mutex<mpsc::Sender<Request>>> = OnceLock::new();
    let spawner = SPAWNER.get_or_init(|| {
        let (requests, incoming) = mpsc::channel::<Request>();
        std::thread::spawn(move || {
            for (mut cmd, reply) in incoming {
                let _ = reply.send(cmd.spawn());
            }
        });
        Mutex::new(requests)
    });
    // SAFETY: prctl(2) is async-signal-safe, as code between fork and exec must be.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut cmd, || {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
    let (reply, answer) = mpsc::channel();
    spawner
        .lock()
        .expect("the spawner's lock")
        .send((cmd, reply))
        .expect("the spawner thread runs for the whole run");
    answer.recv().expect("the spawner thread answers")
}

/// WebKitGTK saves downloads into the XDG download folder named in `$XDG_CONFIG_HOME/user-dirs.dirs`
/// (else into `$HOME`): point it at the App's download folder.
fn webkit_home(profile: &Path, downloads: &Path) {
    std::fs::write(
        profile.join("user-dirs.dirs"),
        format!("XDG_DOWNLOAD_DIR=\"{}\"\n", downloads.display()),
    )
    .expect("the WebKit profile's user-dirs.dirs");
}

pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
