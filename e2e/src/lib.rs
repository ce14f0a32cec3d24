//! The harness for end-to-end journeys: one static server of `dist/` per test binary, a browser with
//! a fresh profile per [`App`] in the engine `CLOSE_READER_ENGINE` names (Chromium unless it says
//! `firefox` or `webkit`, see [`engine`]), and helpers that act as a user would.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use thirtyfour::prelude::*;

pub use thirtyfour;

pub mod agreement;
pub mod axe;
pub mod engine;
pub mod generate;
pub mod hostile;
pub mod pdf;

use engine::Driver;
pub use engine::Engine;

struct Shared {
    engine: Engine,
    /// The app as the browsers open it (see [`dist_dir`]).
    dist: PathBuf,
    app_url: String,
    /// ChromeDriver, which serves every session of this test binary.
    shared_driver: Option<Driver>,
    _watched_copy: Option<TempDir>,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        remove_folders_of_finished_runs();
        let engine = Engine::chosen();
        let built = xtask::build::dist_dir();
        assert!(
            built.join("index.html").is_file(),
            "no built app in {}: run `cargo xtask dist` first",
            built.display()
        );
        // Chromium runs the CSP watch before every page through CDP; Firefox and WebKit get pages
        // that run it first themselves.
        let watched_copy =
            (!engine.has_cdp()).then(|| dist_copy_running_first(&built, "watched", ""));
        let dist = watched_copy.as_ref().map_or(built, |c| c.0.clone());
        let app_url = xtask::serve::start(dist.clone(), "/", 0).expect("static server");
        let shared_driver = engine
            .shares_driver()
            .then(|| engine.start_driver(&std::env::temp_dir(), &std::env::temp_dir()));
        Shared {
            engine,
            dist,
            app_url,
            shared_driver,
            _watched_copy: watched_copy,
        }
    })
}

/// The engine the journeys of this run drive (`CLOSE_READER_ENGINE`, Chromium by default).
pub fn engine() -> Engine {
    shared().engine
}

/// The built app as the browsers open it: `CLOSE_READER_DIST`, or `dist/` at the workspace root; in
/// Firefox and WebKit a copy of it whose pages watch for CSP violations first (see
/// [`dist_copy_running_first`]).
pub fn dist_dir() -> PathBuf {
    shared().dist.clone()
}

/// A copy of the built app `dist` in a folder of its own, whose two pages (`index.html` and the
/// one-file `close-reader.html`) run the harness's CSP watch and then `first` (a script) before
/// anything else. They run ahead of the page's Content-Security-Policy, which a `<meta>` tag gives
/// and which governs only what follows the tag: the page's own code is still held to it. This is how
/// Firefox and WebKit, whose drivers here cannot run a script before a page's own (WebKitWebDriver
/// 2.50 has neither CDP nor WebDriver BiDi), watch for CSP violations from the first byte, and how a
/// journey takes an API away from the app.
pub fn dist_copy_running_first(dist: &Path, tag: &str, first: &str) -> TempDir {
    assert!(
        !first.contains("</script"),
        "a script run first cannot contain </script>"
    );
    let copy = TempDir::new(tag);
    for entry in std::fs::read_dir(dist)
        .expect("the built app's folder")
        .flatten()
    {
        let (from, name) = (entry.path(), entry.file_name());
        if !from.is_file() {
            continue;
        }
        let to = copy.0.join(&name);
        if name == "index.html" || name == "close-reader.html" {
            let html = std::fs::read_to_string(&from).unwrap();
            assert!(html.contains("<head>"), "{} has no <head>", from.display());
            let scripts = format!("<head>\n  <script>{WATCH_CSP_JS}{first}</script>");
            std::fs::write(&to, html.replacen("<head>", &scripts, 1)).unwrap();
        } else {
            std::fs::copy(&from, &to).unwrap();
        }
    }
    copy
}

/// Removes the folders that test binaries which have ended left in the temporary folder (a static's
/// [`TempDir`] is never dropped): each is named after its process.
fn remove_folders_of_finished_runs() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let Some(pid) = name
            .strip_prefix("close-reader-e2e-")
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if !Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Where the shared static server serves `dist/` (the site root).
pub fn app_url() -> String {
    shared().app_url.clone()
}

/// Serves `dist/` once more, under `prefix` (such as `/courses/reading/`), and returns its URL.
pub fn serve_dist_at(prefix: &str) -> String {
    xtask::serve::start(dist_dir(), prefix, 0).expect("static server")
}

/// A temporary folder, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let p =
            std::env::temp_dir().join(format!("close-reader-e2e-{}-{tag}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One browser with its own fresh profile and download folder.
pub struct App {
    pub driver: WebDriver,
    pub base: String,
    pub downloads: TempDir,
    /// Firefox's or WebKit's own driver (declared after `driver`, so dropped after it).
    _own_driver: Option<Driver>,
    _profile: TempDir,
}

impl App {
    /// Chooses the option shown as `text` in the select named `label`, as a user would.
    pub async fn select_option(&self, label: &str, text: &str) {
        let ok = self
        .js(
            "const s = document.querySelector(`select[aria-label='${arguments[0]}']`); const o = [...s.options].find(o => o.textContent === arguments[1]); if (!o) return false; s.value = o.value; s.dispatchEvent(new Event('change', {bubbles: true})); return true;",
            vec![json!(label), json!(text)],
        )
        .await;
        assert_eq!(ok, json!(true), "no option {text:?} in {label}");
    }

    /// A new headless Chromium with an empty profile, at the app's start screen.
    pub async fn start() -> App {
        Self::start_at("").await
    }

    /// Like [`App::start`], at `base + suffix` (such as `#sample`).
    pub async fn start_at(suffix: &str) -> App {
        Self::start_with(&shared().app_url.clone(), suffix, 1280, 900).await
    }

    pub async fn start_with(base: &str, suffix: &str, width: u32, height: u32) -> App {
        let app = Self::launch(base, width, height).await;
        app.goto(&format!("{base}{suffix}")).await;
        app
    }

    /// A fresh browser (own profile and download folder) on a blank page, watching for CSP
    /// violations on every page it will open; `base` is where the app is.
    pub async fn launch(base: &str, width: u32, height: u32) -> App {
        Self::launch_speaking(base, width, height, None).await
    }

    /// Like [`App::start`], in a browser whose preferred languages are `accept` (as set in its
    /// settings: `"es-MX,es"`).
    pub async fn start_speaking(accept: &str) -> App {
        let base = shared().app_url.clone();
        let app = Self::launch_speaking(&base, 1280, 900, Some(accept)).await;
        app.goto(&base).await;
        app
    }

    pub async fn launch_speaking(base: &str, width: u32, height: u32, accept: Option<&str>) -> App {
        let sh = shared();
        let engine = sh.engine;
        let profile = TempDir::new("profile");
        let downloads = TempDir::new("downloads");
        let own_driver =
            (!engine.shares_driver()).then(|| engine.start_driver(&profile.0, &downloads.0));
        let url = match (&sh.shared_driver, &own_driver) {
            (Some(d), _) | (None, Some(d)) => d.url.clone(),
            (None, None) => unreachable!("an engine either shares its driver or has its own"),
        };
        let caps = engine.capabilities(&profile.0, &downloads.0, width, height, accept);
        let driver = WebDriver::new(&url, caps)
            .await
            .unwrap_or_else(|e| panic!("no {} session: {e}", engine.name()));
        engine.size_window(&driver, width, height).await;
        let app = App {
            driver,
            base: base.to_string(),
            downloads,
            _own_driver: own_driver,
            _profile: profile,
        };
        app.watch_csp_on_new_documents().await;
        app
    }

    /// In Chromium, runs the CSP watch before the scripts of every page this tab opens. Firefox and
    /// WebKit open pages that run it first themselves ([`dist_copy_running_first`]).
    async fn watch_csp_on_new_documents(&self) {
        if engine().has_cdp() {
            self.cdp(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": WATCH_CSP_JS }),
            )
            .await;
        }
    }

    /// Opens `url` and waits for the app to render.
    pub async fn goto(&self, url: &str) {
        self.driver.goto(url).await.unwrap();
        self.wait_for("body > *:not(noscript)").await;
    }

    /// Every Content-Security-Policy violation reported in this tab so far (across reloads).
    pub async fn csp_violations(&self) -> Vec<String> {
        let v = self
            .js(
                "try { return JSON.parse(sessionStorage.getItem('e2e-csp') || '[]'); } catch (e) { return []; }",
                vec![],
            )
            .await;
        serde_json::from_value(v).unwrap_or_default()
    }

    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.driver
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
            .json()
            .clone()
    }

    /// Waits up to 10 s for a CSS selector to match.
    pub async fn wait_for(&self, css: &str) -> WebElement {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(el) = self.driver.find(By::Css(css)).await {
                return el;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {css}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits up to 10 s until `script` (a JS expression) is truthy.
    pub async fn wait_until(&self, what: &str, expr: &str) {
        self.wait_until_within(what, expr, Duration::from_secs(10))
            .await
    }

    /// Like [`App::wait_until`], for long work (a file of tens of megabytes opening).
    pub async fn wait_until_within(&self, what: &str, expr: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        loop {
            if self
                .js(&format!("return !!({expr});"), vec![])
                .await
                .as_bool()
                == Some(true)
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting until {what} ({expr})"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn button(&self, name: &str) -> WebElement {
        let xpath = format!("//button[normalize-space(.)='{name}' or @aria-label='{name}']");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(el) = self.driver.find(By::XPath(&xpath)).await {
                return el;
            }
            assert!(Instant::now() < deadline, "no button named {name}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Answers the name prompt an assignment opens with (a student's first visit) and waits for it
    /// to close.
    pub async fn give_name(&self, name: &str) {
        self.wait_for(".name-prompt input")
            .await
            .send_keys(name)
            .await
            .unwrap();
        self.click("Start").await;
        self.wait_until(
            "the prompt closes",
            "!document.querySelector('.name-prompt')",
        )
        .await;
    }

    pub async fn click(&self, name: &str) {
        self.button(name).await.click().await.unwrap();
    }

    /// Clicks the first element matching `css` once the page hit-tests the centre of it to that
    /// element, as a person clicks what is painted. WebKitGTK hit-tests an element the app has just
    /// re-rendered to its parent for up to about half a second (a click meanwhile fails with
    /// "element not interactable"); the other engines hit-test it at once.
    pub async fn click_css(&self, css: &str) {
        self.wait_until(
            &format!("{css} under the pointer"),
            &format!(
                "(() => {{ const e = document.querySelector({sel}); if (!e) return false;
                   e.scrollIntoView({{block: 'nearest'}}); const b = e.getBoundingClientRect();
                   const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
                   return !!hit && (hit === e || e.contains(hit)); }})()",
                sel = json!(css)
            ),
        )
        .await;
        self.driver
            .find(By::Css(css))
            .await
            .unwrap()
            .click()
            .await
            .unwrap_or_else(|e| panic!("clicking {css}: {e}"));
    }

    /// Pastes an article on the start screen and starts annotating.
    pub async fn new_article(&self, title: &str, text: &str) {
        let title_input = self.wait_for("input[type=text]").await;
        title_input.send_keys(title).await.unwrap();
        self.paste(text, "<b>bold</b> <script>alert(1)</script>")
            .await;
        self.click("Start annotating").await;
        self.wait_for("article[data-doc] p[data-start]").await;
    }

    /// Pastes into the article field a clipboard holding `text` as plain text and `html` as HTML:
    /// a paste event made by a script, with that clipboard, where the engine delivers one
    /// ([`Engine::delivers_scripted_paste`]); in Firefox a real paste, a copy (Ctrl+C) whose handler
    /// puts `text` and `html` on the browser's clipboard, then Ctrl+V in the field.
    pub async fn paste(&self, text: &str, html: &str) {
        if engine().delivers_scripted_paste() {
            self.js(
                r#"const t = document.querySelector('textarea'); t.focus();
               const dt = new DataTransfer(); dt.setData('text/plain', arguments[0]); dt.setData('text/html', arguments[1]);
               t.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));"#,
                vec![json!(text), json!(html)],
            )
            .await;
            return;
        }
        self.js(
            r#"const [text, html] = arguments;
               document.addEventListener('copy', e => {
                 e.clipboardData.setData('text/plain', text); e.clipboardData.setData('text/html', html);
                 e.preventDefault(); e.stopImmediatePropagation();
               }, {capture: true, once: true});
               // A copy needs something selected: the page's heading.
               document.activeElement?.blur();
               const r = document.createRange(); r.selectNodeContents(document.querySelector('h1') || document.body);
               getSelection().removeAllRanges(); getSelection().addRange(r);"#,
            vec![json!(text), json!(html)],
        )
        .await;
        self.ctrl("c").await;
        self.js(
            "getSelection().removeAllRanges(); document.querySelector('textarea').focus();",
            vec![],
        )
        .await;
        self.ctrl("v").await;
    }

    /// Selects the `nth` occurrence of `needle` in the article (across highlights) as a script would.
    pub async fn select_text(&self, needle: &str, nth: usize) {
        let ok = self.js(SELECT_JS, vec![json!(needle), json!(nth)]).await;
        assert_eq!(ok, json!(true), "could not find {needle:?} in the article");
    }

    /// Selects text by dragging the mouse from the start of `needle` to its end.
    pub async fn drag_select(&self, needle: &str) {
        let pts = self.js(POINTS_JS, vec![json!(needle)]).await;
        let (x1, y1, x2, y2) = (
            pts[0].as_f64().expect("needle found") as i64,
            pts[1].as_f64().unwrap() as i64,
            pts[2].as_f64().unwrap() as i64,
            pts[3].as_f64().unwrap() as i64,
        );
        let body = self.driver.find(By::Css("body")).await.unwrap();
        let r = body.rect().await.unwrap();
        let (cx, cy) = ((r.x + r.width / 2.0) as i64, (r.y + r.height / 2.0) as i64);
        self.driver
            .action_chain()
            .move_to_element_with_offset(&body, x1 - cx, y1 - cy)
            .click_and_hold()
            .move_to_element_with_offset(&body, x2 - cx, y2 - cy)
            .release()
            .perform()
            .await
            .unwrap();
    }

    /// Scrolls `needle` into view and returns, in viewport coordinates, a point just inside its
    /// first character and one just inside its last: (x1, y1, x2, y2).
    pub async fn text_points(&self, needle: &str) -> (i64, i64, i64, i64) {
        let pts = self.js(POINTS_JS, vec![json!(needle)]).await;
        let p = |i: usize| {
            pts[i]
                .as_f64()
                .unwrap_or_else(|| panic!("{needle:?} not in the article"))
                .round() as i64
        };
        (p(0), p(1), p(2), p(3))
    }

    /// Like [`App::drag_select`], in viewport coordinates, so it also hits text the page had to
    /// scroll to; with `alt`, Alt goes down before the press and up right after the release.
    pub async fn drag_in_view(&self, needle: &str, alt: bool) {
        let (x1, y1, x2, y2) = self.text_points(needle).await;
        let mut chain = self.driver.action_chain();
        if alt {
            chain = chain.key_down(Key::Alt);
        }
        chain = chain
            .move_to(x1, y1)
            .click_and_hold()
            .move_to(x2, y2)
            .release();
        if alt {
            chain = chain.key_up(Key::Alt);
        }
        chain.perform().await.unwrap();
    }

    /// How many inputs (keys, clicks, selection changes) the app has handled so far: the page's
    /// `data-handled`, set once it has re-rendered after each.
    pub async fn handled(&self) -> u64 {
        self.js(
            "return Number(document.documentElement.dataset.handled || 0);",
            vec![],
        )
        .await
        .as_u64()
        .unwrap_or(0)
    }

    /// Waits until the app has handled inputs past `count` (see [`App::handled`]): then a test can
    /// check that something did not happen, without sleeping.
    pub async fn settled_after(&self, count: u64) {
        self.wait_until(
            "the app handled the input",
            &format!("Number(document.documentElement.dataset.handled || 0) > {count}"),
        )
        .await;
    }

    /// Presses keys on whatever has focus.
    pub async fn keys(&self, keys: &str) {
        self.driver
            .action_chain()
            .send_keys(keys)
            .perform()
            .await
            .unwrap();
    }

    /// Presses Ctrl with a key (Ctrl+Z and the like).
    pub async fn ctrl(&self, key: &str) {
        self.driver
            .action_chain()
            .key_down(Key::Control)
            .send_keys(key)
            .key_up(Key::Control)
            .perform()
            .await
            .unwrap();
    }

    /// Every highlight as (labels, ids, text).
    pub async fn marks(&self) -> Vec<(String, String, String)> {
        let v = self
            .js(
                "return [...document.querySelectorAll('article mark')].map(m => [m.dataset.labels, m.dataset.ids, m.textContent]);",
                vec![],
            )
            .await;
        serde_json::from_value(v).unwrap()
    }

    /// The quoted text of each annotation, joined across its highlights, by id.
    pub async fn spans(&self) -> Vec<(String, String)> {
        let v = self
            .js(
                r#"const out = {}; for (const m of document.querySelectorAll('article mark')) {
                     for (const id of m.dataset.ids.split(' ')) { out[id] = (out[id] || '') + m.textContent; } }
                   return Object.entries(out).sort();"#,
                vec![],
            )
            .await;
        serde_json::from_value(v).unwrap()
    }

    /// Waits until the top bar says the work is saved in the browser.
    pub async fn wait_saved(&self) {
        self.wait_until("saved", "document.querySelector('.save-state.saved')")
            .await;
    }

    /// The downloaded file whose name ends in `suffix`, once complete: a browser may reserve the name
    /// with an empty file and write into a partial file beside it until done (Chromium's
    /// `.crdownload`, Firefox's `.part`, WebKit's `.wkdownload`).
    pub async fn wait_download(&self, suffix: &str) -> PathBuf {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let names: Vec<PathBuf> = std::fs::read_dir(&self.downloads.0)
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .collect();
            let busy = names.iter().any(|p| {
                p.extension().is_some_and(|x| {
                    Engine::partial_download_endings()
                        .iter()
                        .any(|partial| x == *partial)
                })
            });
            let done = names.into_iter().find(|p| {
                p.to_string_lossy().ends_with(suffix)
                    && std::fs::metadata(p).is_ok_and(|m| m.len() > 0)
            });
            if let (Some(p), false) = (done, busy) {
                return p;
            }
            assert!(Instant::now() < deadline, "no download ending in {suffix}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Opens a file through the "Open file" input.
    pub async fn open_file(&self, path: &Path) {
        let input = self
            .wait_for("input[type=file][aria-label='Open file']")
            .await;
        input.send_keys(path.display().to_string()).await.unwrap();
    }

    pub async fn screenshot(&self, path: &Path) {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        self.driver.screenshot(path).await.unwrap();
    }

    /// Ends the session; every test that gets here also proves the page ran without a CSP violation.
    pub async fn quit(self) {
        let violations = self.csp_violations().await;
        let _ = self.driver.quit().await;
        assert!(
            violations.is_empty(),
            "the page reported Content-Security-Policy violations: {violations:?}"
        );
    }

    /// Makes the page's viewport exactly `width` × `height` CSS pixels at a device pixel ratio of 1
    /// (the window size given at start includes the browser's own frame, and headless Chromium will
    /// not make a window narrower than 500 px). `mobile` also emulates a phone's viewport handling.
    pub async fn set_viewport(&self, width: u32, height: u32, mobile: bool) {
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}),
        )
        .await;
        self.wait_until(
            &format!("a {width}×{height} viewport"),
            &format!("innerWidth === {width} && innerHeight === {height}"),
        )
        .await;
    }

    /// Sends one Chrome DevTools Protocol command (input synthesis, emulation) and returns its result.
    /// Chromium only: a journey that needs one runs in Chromium, and stops here in another engine.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        let engine = engine();
        assert!(
            engine.has_cdp(),
            "{cmd} is a Chrome DevTools Protocol command, which {} has not: this journey runs in Chromium",
            engine.name()
        );
        self.driver
            .handle()
            .cmd(Cdp(json!({ "cmd": cmd, "params": params })))
            .await
            .unwrap_or_else(|e| panic!("{cmd}: {e}"))
            .value_json()
            .unwrap_or(Value::Null)
    }

    /// Taps (or, with `hold_ms`, long-presses) the centre of the first
    /// client rectangle of `needle` (its `nth` occurrence) in the article, as a finger would.
    pub async fn touch_text(&self, needle: &str, nth: usize, hold_ms: u32) {
        let (x, y) = self.text_centre(needle, nth).await;
        self.tap_at(x, y, hold_ms).await;
    }

    /// A finger on the screen at viewport coordinates for `hold_ms`, then lifted, on an emulated touch
    /// screen: the browser turns it into a tap, with its compatibility mouse events and click.
    pub async fn tap_at(&self, x: f64, y: f64, hold_ms: u32) {
        self.cdp(
            "Emulation.setTouchEmulationEnabled",
            json!({"enabled": true, "maxTouchPoints": 5}),
        )
        .await;
        self.cdp(
            "Input.dispatchTouchEvent",
            json!({"type": "touchStart", "touchPoints": [{"x": x, "y": y}]}),
        )
        .await;
        tokio::time::sleep(Duration::from_millis(hold_ms.into())).await;
        self.cdp(
            "Input.dispatchTouchEvent",
            json!({"type": "touchEnd", "touchPoints": []}),
        )
        .await;
    }

    /// The viewport centre of an element matching `css`, scrolled into view first.
    pub async fn element_centre(&self, css: &str) -> (f64, f64) {
        let v = self
            .js(
                "const e = document.querySelector(arguments[0]); e.scrollIntoView({block: 'center'}); const b = e.getBoundingClientRect(); return [b.x + b.width / 2, b.y + b.height / 2];",
                vec![json!(css)],
            )
            .await;
        (v[0].as_f64().unwrap(), v[1].as_f64().unwrap())
    }

    async fn text_centre(&self, needle: &str, nth: usize) -> (f64, f64) {
        let found = self.js(SELECT_JS, vec![json!(needle), json!(nth)]).await;
        assert_eq!(found, json!(true), "{needle:?} is not in the article");
        let v = self
            .js(
                "const r = getSelection().getRangeAt(0); r.startContainer.parentElement.scrollIntoView({block: 'center'}); const b = r.getClientRects()[0]; getSelection().removeAllRanges(); return [b.x + b.width / 2, b.y + b.height / 2];",
                vec![],
            )
            .await;
        (v[0].as_f64().unwrap(), v[1].as_f64().unwrap())
    }

    /// The trimmed text of every element matching `css`, in document order.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let v = self
            .js(
                "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim());",
                vec![json!(css)],
            )
            .await;
        serde_json::from_value(v).unwrap()
    }

    /// How many elements match `css` right now.
    pub async fn count(&self, css: &str) -> usize {
        self.js(
            "return document.querySelectorAll(arguments[0]).length;",
            vec![json!(css)],
        )
        .await
        .as_u64()
        .unwrap() as usize
    }

    /// Presses `key` while holding Alt down (pressing Alt first, releasing it last).
    pub async fn alt(&self, key: &str) {
        self.driver
            .action_chain()
            .key_down(Key::Alt)
            .send_keys(key)
            .key_up(Key::Alt)
            .perform()
            .await
            .unwrap();
    }

    /// Opens a second window of the same browser (same profile and storage), switches to it and
    /// watches it for CSP violations too; returns it (the window before is `driver.window()` first).
    pub async fn open_window(&self) -> WindowHandle {
        let w = self.driver.new_window().await.unwrap();
        self.driver.switch_to_window(w.clone()).await.unwrap();
        self.watch_csp_on_new_documents().await;
        w
    }

    /// From the library, opens the compare view over the article titled `title`.
    pub async fn open_compare(&self, title: &str) {
        self.button(&format!("Compare files for {title}"))
            .await
            .click()
            .await
            .unwrap();
        self.wait_for(".compare-screen").await;
    }

    /// Adds files to the open compare view through its file picker (several at once).
    pub async fn add_compare_files<P: AsRef<Path>>(&self, files: &[P]) {
        let list: Vec<String> = files
            .iter()
            .map(|p| p.as_ref().display().to_string())
            .collect();
        self.wait_for("input[aria-label=\"Add students' files\"]")
            .await
            .send_keys(list.join("\n"))
            .await
            .unwrap();
    }

    /// Reloads the page and waits until the app has rendered again.
    pub async fn reload(&self) {
        self.driver.refresh().await.unwrap();
        self.wait_for("body > *:not(noscript)").await;
    }

    /// The message banner's text (an error or information) once it contains `needle` (waits up to
    /// 10 s).
    pub async fn notice_containing(&self, needle: &str) -> String {
        self.wait_until(
            &format!("a notice saying {needle:?}"),
            &format!(
                "[...document.querySelectorAll('.banner')].some(e => e.textContent.includes({}))",
                json!(needle)
            ),
        )
        .await;
        self.wait_for(".banner").await.text().await.unwrap()
    }

    /// The first `[role=alert]` text once it contains `needle` (waits up to 10 s).
    pub async fn alert_containing(&self, needle: &str) -> String {
        self.wait_until(
            &format!("an alert saying {needle:?}"),
            &format!(
                "[...document.querySelectorAll('[role=alert]')].some(e => e.textContent.includes({}))",
                json!(needle)
            ),
        )
        .await;
        self.wait_for("[role=alert]").await.text().await.unwrap()
    }
}

/// A Chrome DevTools Protocol command, sent through ChromeDriver's `goog/cdp/execute` endpoint.
#[derive(Debug)]
struct Cdp(Value);

impl thirtyfour::common::command::FormatRequestData for Cdp {
    fn format_request(&self, session: &thirtyfour::SessionId) -> thirtyfour::RequestData {
        thirtyfour::RequestData::new(
            "POST".parse().expect("an HTTP method"),
            format!("/session/{session}/goog/cdp/execute"),
        )
        .add_body(self.0.clone())
    }
}

/// Runs before any page script (through CDP in Chromium, first in the page elsewhere): records CSP
/// violations in sessionStorage (kept across reloads).
const WATCH_CSP_JS: &str = r#"
document.addEventListener('securitypolicyviolation', e => {
  try {
    const seen = JSON.parse(sessionStorage.getItem('e2e-csp') || '[]');
    seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    sessionStorage.setItem('e2e-csp', JSON.stringify(seen));
  } catch (_) {}
});
"#;

const SELECT_JS: &str = r#"
const [needle, nth] = arguments;
const nodes = [];
let text = '';
const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
let at = -1;
for (let i = 0; i <= nth; i++) { at = text.indexOf(needle, at + 1); if (at < 0) return false; }
const locate = (pos, end) => {
  for (const [n, off] of nodes) {
    if (pos < off + n.data.length || (end && pos === off + n.data.length)) return [n, pos - off];
  }
};
const [sn, so] = locate(at, false);
const [en, eo] = locate(at + needle.length, true);
const r = document.createRange(); r.setStart(sn, so); r.setEnd(en, eo);
const s = getSelection(); s.removeAllRanges(); s.addRange(r);
return true;
"#;

const POINTS_JS: &str = r#"
const [needle] = arguments;
// Across text nodes: highlights and suggestions cut the text into many of them.
const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
const nodes = []; let all = '';
while (walker.nextNode()) { nodes.push([walker.currentNode, all.length]); all += walker.currentNode.data; }
const i = all.indexOf(needle);
if (i < 0) return null;
const at = pos => { for (let k = nodes.length - 1; k >= 0; k--) if (nodes[k][1] <= pos) return [nodes[k][0], pos - nodes[k][1]]; };
const [sn, so] = at(i), [en, eo] = at(i + needle.length - 1);
sn.parentElement.scrollIntoView({block: 'center'});
const r1 = document.createRange(); r1.setStart(sn, so); r1.setEnd(sn, so + 1);
const r2 = document.createRange(); r2.setStart(en, eo); r2.setEnd(en, eo + 1);
const a = r1.getBoundingClientRect(), b = r2.getBoundingClientRect();
return [a.left + 1, (a.top + a.bottom) / 2, b.right - 1, (b.top + b.bottom) / 2];
"#;

/// The files of a stored (uncompressed) zip: (name, contents).
pub fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 30 <= bytes.len() && bytes[i..i + 4] == [0x50, 0x4b, 0x03, 0x04] {
        let u16at = |o: usize| u16::from_le_bytes([bytes[o], bytes[o + 1]]) as usize;
        let u32at = |o: usize| {
            u32::from_le_bytes([bytes[o], bytes[o + 1], bytes[o + 2], bytes[o + 3]]) as usize
        };
        let (size, name_len, extra) = (u32at(i + 18), u16at(i + 26), u16at(i + 28));
        let name = String::from_utf8(bytes[i + 30..i + 30 + name_len].to_vec()).unwrap();
        let data = i + 30 + name_len + extra;
        out.push((name, bytes[data..data + size].to_vec()));
        i = data + size;
    }
    out
}
