//! Browser harness: a private chromedriver per test driving headless Chromium through
//! fantoccini, with helpers that act the way a person does (open a page, fill a field by its
//! id or name, click a button or link by its visible text, read the page) plus accessibility
//! checks with axe-core, a horizontal-scroll check and full-page screenshots.
//!
//! Environment:
//! - `DRIEHOEK_CHROMEDRIVER` (default `/usr/bin/chromedriver`), `DRIEHOEK_CHROMIUM` (default
//!   `/usr/bin/chromium`): missing → the test fails when `CI=true`, otherwise it is skipped
//!   with a note.
//! - `DRIEHOEK_AXE_JS`: path of axe-core's `axe.min.js`. Missing → fails when `CI=true`,
//!   otherwise the accessibility checks are skipped with a note.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::wd::TimeoutConfiguration;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// A desktop window: wide enough for the full navigation bar.
pub const DESKTOP: (u32, u32) = (1280, 900);
/// A phone in portrait (iPhone X/11 Pro/12 mini class).
pub const PHONE: (u32, u32) = (375, 812);

/// How long an ordinary page load or element may take before the test fails.
pub const WAIT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(50);

/// The axe-core rule tags checked on every page: WCAG 2.0 and 2.1, levels A and AA.
const AXE_TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

pub fn in_ci() -> bool {
    matches!(std::env::var("CI").as_deref(), Ok("true") | Ok("1"))
}

/// A required tool or file is missing: a failure in CI, a skip with a note elsewhere.
fn missing(what: &str) {
    if in_ci() {
        panic!("{what} (CI=true: browser tests must run; see scripts/test)");
    }
    eprintln!("note: {what}; skipping (set CI=true to make this a failure)");
}

fn env_path(var: &str, default: &str) -> PathBuf {
    match std::env::var(var) {
        Ok(v) if !v.is_empty() => PathBuf::from(v),
        _ => PathBuf::from(default),
    }
}

/// The repository root (for `docs/…` fixtures and `target/screenshots`).
pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn unique_temp_dir(prefix: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let dir = std::env::temp_dir().join(format!("{prefix}_{}_{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create a temporary directory");
    dir
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free local port")
        .port()
}

// ---------------------------------------------------------------------------------------------
// chromedriver as a child process
// ---------------------------------------------------------------------------------------------

/// A chromedriver child process in its own process group, with a temporary directory for its
/// log and Chromium's profile. On drop it asks chromedriver to shut down (which closes the
/// browsers it started), then kills whatever is left of the process group and removes the
/// directory.
struct ChromeDriver {
    child: Child,
    port: u16,
    dir: PathBuf,
}

impl ChromeDriver {
    fn start(binary: &Path) -> ChromeDriver {
        let dir = unique_temp_dir("driehoek_browser");
        let port = free_port();
        let mut command = Command::new(binary);
        command
            .arg(format!("--port={port}"))
            .arg(format!(
                "--log-path={}",
                dir.join("chromedriver.log").display()
            ))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            command.process_group(0);
        }
        let child = command
            .spawn()
            .unwrap_or_else(|e| panic!("could not start {}: {e}", binary.display()));
        ChromeDriver { child, port, dir }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn profile_dir(&self) -> PathBuf {
        self.dir.join("profile")
    }

    fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(self.dir.join("chromedriver.log")).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }

    /// Waits until chromedriver answers `/status` with `ready: true`.
    async fn wait_until_ready(&mut self) {
        let http = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "chromedriver exited before it was ready ({status}); its log:\n{}",
                    self.log_tail()
                );
            }
            if let Ok(response) = http.get(format!("{}/status", self.url())).send().await {
                let body = response.text().await.unwrap_or_default();
                let ready = serde_json::from_str::<Value>(&body)
                    .ok()
                    .and_then(|v| v["value"]["ready"].as_bool())
                    .unwrap_or(false);
                if ready {
                    return;
                }
            }
            if Instant::now() > deadline {
                panic!(
                    "chromedriver did not become ready on port {} within 20 s; its log:\n{}",
                    self.port,
                    self.log_tail()
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// chromedriver's own `GET /shutdown`, sent synchronously (this runs inside `Drop`).
    fn request_shutdown(&self) {
        if let Ok(mut stream) = TcpStream::connect(("127.0.0.1", self.port)) {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
            let _ = stream.write_all(b"GET /shutdown HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
            let mut answer = Vec::new();
            let _ = stream.read_to_end(&mut answer);
        }
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        self.request_shutdown();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(POLL);
        }
        // The group is the one this harness created for chromedriver: whatever browser
        // processes outlived the shutdown are in it too.
        #[cfg(unix)]
        {
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", self.child.id())])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

// ---------------------------------------------------------------------------------------------
// The browser
// ---------------------------------------------------------------------------------------------

/// One person's browser, pointed at one running app.
pub struct Browser {
    pub client: Client,
    base: String,
    /// axe-core findings not yet reported (see `check_accessibility`).
    accessibility_problems: Mutex<Vec<String>>,
    // Dropped after the client: shuts chromedriver and Chromium down.
    _driver: ChromeDriver,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium in a desktop-sized window, with Dutch as
    /// the browser's language. `None` (after a note) when the tools are missing outside CI.
    pub async fn open(base: &str) -> Option<Browser> {
        let chromedriver = env_path("DRIEHOEK_CHROMEDRIVER", "/usr/bin/chromedriver");
        let chromium = env_path("DRIEHOEK_CHROMIUM", "/usr/bin/chromium");
        for (tool, var) in [
            (&chromedriver, "DRIEHOEK_CHROMEDRIVER"),
            (&chromium, "DRIEHOEK_CHROMIUM"),
        ] {
            if !tool.is_file() {
                missing(&format!(
                    "{} not found (set {var}, or apt-get install chromium chromium-driver)",
                    tool.display()
                ));
                return None;
            }
        }

        let mut driver = ChromeDriver::start(&chromedriver);
        driver.wait_until_ready().await;

        let args = vec![
            "--headless".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-dev-shm-usage".into(),
            format!("--user-data-dir={}", driver.profile_dir().display()),
            format!("--window-size={},{}", DESKTOP.0, DESKTOP.1),
            "--lang=nl-NL".into(),
        ];
        let capabilities = json!({
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "goog:chromeOptions": {
                "binary": chromium.display().to_string(),
                "args": args,
                // The app picks its language from Accept-Language; headless Chromium would
                // send en-US otherwise.
                "prefs": { "intl.accept_languages": "nl-NL,nl" },
            },
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&driver.url())
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "could not open a Chromium session ({}): {e}\nchromedriver log:\n{}",
                    chromium.display(),
                    driver.log_tail()
                )
            });
        client
            .update_timeouts(TimeoutConfiguration::new(
                Some(Duration::from_secs(30)),
                Some(Duration::from_secs(30)),
                Some(Duration::ZERO),
            ))
            .await
            .expect("set WebDriver timeouts");
        let browser = Browser {
            client,
            base: base.trim_end_matches('/').to_string(),
            accessibility_problems: Mutex::new(Vec::new()),
            _driver: driver,
        };
        browser.desktop().await;
        Some(browser)
    }

    // ----- window size --------------------------------------------------------------------

    /// Resizes the window so the page's viewport is `width` × `height` CSS pixels.
    pub async fn viewport(&self, width: u32, height: u32) {
        self.client
            .set_window_size(width, height)
            .await
            .expect("resize the window");
        // Headless Chromium does not always give the page the whole window (tall windows
        // come out shorter): measure, and correct once.
        let (inner_w, inner_h): (i64, i64) = self
            .js("return [window.innerWidth, window.innerHeight];")
            .await;
        let (w, h) = (i64::from(width), i64::from(height));
        if (inner_w, inner_h) != (w, h) {
            self.client
                .set_window_size(
                    (2 * w - inner_w).max(1) as u32,
                    (2 * h - inner_h).max(1) as u32,
                )
                .await
                .expect("resize the window");
        }
        let (inner_w, _): (u32, u32) = self
            .js("return [window.innerWidth, window.innerHeight];")
            .await;
        assert_eq!(
            inner_w, width,
            "the browser window could not be made {width} CSS pixels wide (innerWidth is {inner_w})"
        );
    }

    pub async fn phone(&self) {
        self.viewport(PHONE.0, PHONE.1).await;
    }

    pub async fn desktop(&self) {
        self.viewport(DESKTOP.0, DESKTOP.1).await;
    }

    // ----- reading ------------------------------------------------------------------------

    /// Runs a script and converts its result.
    pub async fn js<T: serde::de::DeserializeOwned>(&self, script: &str) -> T {
        let value = self
            .client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\nscript: {script}"));
        serde_json::from_value(value.clone())
            .unwrap_or_else(|e| panic!("unexpected script result {value}: {e}\nscript: {script}"))
    }

    pub async fn url(&self) -> String {
        self.client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_else(|e| format!("<no url: {e}>"))
    }

    /// The path of the current page, without the query string.
    pub async fn path(&self) -> String {
        self.client
            .current_url()
            .await
            .expect("current url")
            .path()
            .to_string()
    }

    /// The page's visible text, as a person reads it.
    pub async fn text(&self) -> String {
        self.js("return document.body ? document.body.innerText : '';")
            .await
    }

    /// The text of the page's `h1`.
    pub async fn heading(&self) -> String {
        self.js("const h = document.querySelector('h1'); return h ? h.innerText.trim() : '';")
            .await
    }

    /// Waits until the page shows `needle` (page loads and meta refreshes included).
    pub async fn wait_for_text(&self, needle: &str, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        let mut last = String::new();
        loop {
            // While a page is being replaced the script may fail: just try again.
            if let Ok(Value::String(text)) = self
                .client
                .execute(
                    "return document.body ? document.body.innerText : '';",
                    vec![],
                )
                .await
            {
                if text.contains(needle) {
                    return;
                }
                last = text;
            }
            if Instant::now() > deadline {
                panic!(
                    "waited {timeout:?} for {needle:?} on {}; the page says:\n{last}",
                    self.url().await
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    pub async fn assert_text(&self, needle: &str) {
        self.wait_for_text(needle, WAIT).await;
    }

    /// Waits until a JavaScript expression is true on the current page.
    pub async fn wait_until(&self, expression: &str, what: &str) {
        let deadline = Instant::now() + WAIT;
        let script = format!("return !!({expression});");
        loop {
            if let Ok(Value::Bool(true)) = self.client.execute(&script, vec![]).await {
                return;
            }
            if Instant::now() > deadline {
                panic!(
                    "waited {WAIT:?} for {what} on {} ({expression})",
                    self.url().await
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until the current path is `path`.
    pub async fn wait_for_path(&self, path: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(url) = self.client.current_url().await {
                if url.path() == path {
                    return;
                }
            }
            if Instant::now() > deadline {
                panic!(
                    "expected to be on {path}, but the browser is on {}; the page says:\n{}",
                    self.url().await,
                    self.text().await
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits for one element; fails with the page's text when it does not appear.
    pub async fn find(&self, locator: Locator<'_>) -> Element {
        match self
            .client
            .wait()
            .at_most(WAIT)
            .every(POLL)
            .for_element(locator)
            .await
        {
            Ok(element) => element,
            Err(e) => panic!(
                "no element {locator:?} on {} ({e}); the page says:\n{}",
                self.url().await,
                self.text().await
            ),
        }
    }

    // ----- acting -------------------------------------------------------------------------

    pub async fn goto(&self, path: &str) {
        let url = format!("{}{path}", self.base);
        self.client
            .goto(&url)
            .await
            .unwrap_or_else(|e| panic!("could not open {url}: {e}"));
    }

    /// Types `value` into the field with this id or name (replacing what was there).
    pub async fn fill(&self, id_or_name: &str, value: &str) {
        let css = format!("[id=\"{id_or_name}\"], [name=\"{id_or_name}\"]:not([type=hidden])");
        let field = self.find(Locator::Css(&css)).await;
        field
            .clear()
            .await
            .unwrap_or_else(|e| panic!("could not clear field {id_or_name:?}: {e}"));
        field
            .send_keys(value)
            .await
            .unwrap_or_else(|e| panic!("could not type into field {id_or_name:?}: {e}"));
    }

    /// Chooses a local file in a file input (found by CSS selector).
    pub async fn choose_file(&self, css: &str, file: &Path) {
        assert!(file.is_file(), "fixture {} is missing", file.display());
        let input = self.find(Locator::Css(css)).await;
        input
            .send_keys(&file.display().to_string())
            .await
            .unwrap_or_else(|e| panic!("could not choose {} in {css}: {e}", file.display()));
    }

    /// Clicks the visible button with exactly this text and waits for the next page.
    pub async fn click_button(&self, text: &str) {
        let xpath = format!(
            "//button[normalize-space(.)={q}] | //input[(@type='submit' or @type='button') and @value={q}]",
            q = xpath_literal(text)
        );
        let button = self
            .first_displayed(&xpath, &format!("button {text:?}"))
            .await;
        self.click_and_wait(button).await;
    }

    /// Clicks the visible link with exactly this text and waits for the next page.
    pub async fn click_link(&self, text: &str) {
        let xpath = format!("//a[normalize-space(.)={}]", xpath_literal(text));
        let link = self
            .first_displayed(&xpath, &format!("link {text:?}"))
            .await;
        self.click_and_wait(link).await;
    }

    /// Like `click_link`, but only inside the element found by `scope` (a CSS selector).
    pub async fn click_link_in(&self, scope: &str, text: &str) {
        let container = self.find(Locator::Css(scope)).await;
        let xpath = format!(".//a[normalize-space(.)={}]", xpath_literal(text));
        let link = container
            .find(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|e| panic!("no link {text:?} inside {scope} ({e})"));
        self.click_and_wait(link).await;
    }

    async fn first_displayed(&self, xpath: &str, what: &str) -> Element {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(found) = self.client.find_all(Locator::XPath(xpath)).await {
                for element in found {
                    if element.is_displayed().await.unwrap_or(false) {
                        return element;
                    }
                }
            }
            if Instant::now() > deadline {
                panic!(
                    "no visible {what} on {}; the page says:\n{}",
                    self.url().await,
                    self.text().await
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Clicks an element that loads a new page, and waits until that page has loaded.
    /// (A marker on the old page's `window` disappears when the page is replaced.)
    pub async fn click_and_wait(&self, element: Element) {
        self.client
            .execute("window.__driehoekOldPage = true;", vec![])
            .await
            .expect("mark the current page");
        let before = self.url().await;
        // The site scrolls smoothly (`scroll-behavior: smooth`); WebDriver's own scrolling
        // would then click where the element was before the animation ended.
        self.client
            .execute(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                vec![serde_json::to_value(&element).expect("element reference")],
            )
            .await
            .expect("scroll the element into view");
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("could not click on {before}: {e}"));
        self.wait_for_new_page(&before).await;
    }

    async fn wait_for_new_page(&self, before: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            let loaded = self
                .client
                .execute(
                    "return window.__driehoekOldPage === undefined && document.readyState === 'complete';",
                    vec![],
                )
                .await;
            if let Ok(Value::Bool(true)) = loaded {
                return;
            }
            if Instant::now() > deadline {
                panic!(
                    "clicking on {before} did not load a new page within {WAIT:?}; now on {}",
                    self.url().await
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Presses a key on whatever has the focus.
    pub async fn press(&self, key: Key) {
        let key: char = key.into();
        let keys = KeyActions::new("keyboard".to_string())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client
            .perform_actions(keys)
            .await
            .expect("press a key");
    }

    /// The focused element: (tag, id, visible text).
    pub async fn focused(&self) -> (String, String, String) {
        self.js(
            "const e = document.activeElement; \
             return e ? [e.tagName.toLowerCase(), e.id || '', (e.innerText || e.value || '').trim()] : ['', '', ''];",
        )
        .await
    }

    // ----- checks -------------------------------------------------------------------------

    /// Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page. Violations are
    /// printed at once and collected, so one run reports every page:
    /// `assert_no_accessibility_problems` at the end of the test fails with all of them.
    /// `label` names the page in the message.
    pub async fn check_accessibility(&self, label: &str) {
        let Some(source) = axe_source() else {
            return;
        };
        self.client
            .execute(source, vec![])
            .await
            .unwrap_or_else(|e| panic!("could not inject axe-core on {label}: {e}"));
        let loaded: bool = self
            .js("return typeof axe !== 'undefined' && typeof axe.run === 'function';")
            .await;
        assert!(
            loaded,
            "axe-core did not load on {label} ({}): script injection was blocked?",
            self.url().await
        );
        let script = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, {
                runOnly: { type: 'tag', values: arguments[0] },
                resultTypes: ['violations'],
            }).then(result => done({
                ok: true,
                violations: result.violations.map(v => ({
                    id: v.id,
                    impact: v.impact || '',
                    help: v.help,
                    helpUrl: v.helpUrl,
                    count: v.nodes.length,
                    targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')),
                    summary: v.nodes.length ? (v.nodes[0].failureSummary || '') : '',
                    html: v.nodes.length ? v.nodes[0].html.slice(0, 200) : '',
                })),
            })).catch(e => done({ ok: false, error: String((e && e.stack) || e) }));
        "#;
        let result = self
            .client
            .execute_async(script, vec![json!(AXE_TAGS)])
            .await
            .unwrap_or_else(|e| panic!("axe-core did not finish on {label}: {e}"));
        assert!(
            result["ok"].as_bool() == Some(true),
            "axe-core failed on {label}: {}",
            result["error"]
        );
        let violations = result["violations"].as_array().cloned().unwrap_or_default();
        if violations.is_empty() {
            return;
        }
        let mut message = format!(
            "axe-core found {} kind(s) of WCAG 2.1 A/AA violation on {label} ({}):\n",
            violations.len(),
            self.url().await
        );
        for v in &violations {
            message.push_str(&format!(
                "\n- {} [{}] {} ({} element(s))\n    at: {}\n    first: {}\n    {}\n    {}\n",
                v["id"].as_str().unwrap_or("?"),
                v["impact"].as_str().unwrap_or("?"),
                v["help"].as_str().unwrap_or(""),
                v["count"],
                v["targets"]
                    .as_array()
                    .map(|t| t
                        .iter()
                        .filter_map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join("  |  "))
                    .unwrap_or_default(),
                v["html"].as_str().unwrap_or(""),
                v["summary"].as_str().unwrap_or("").replace('\n', "\n    "),
                v["helpUrl"].as_str().unwrap_or(""),
            ));
        }
        eprintln!("{message}");
        self.accessibility_problems.lock().unwrap().push(message);
    }

    /// Fails with every accessibility violation `check_accessibility` found in this test.
    pub fn assert_no_accessibility_problems(&self) {
        let problems = std::mem::take(&mut *self.accessibility_problems.lock().unwrap());
        assert!(
            problems.is_empty(),
            "{} page(s) have accessibility violations:\n\n{}",
            problems.len(),
            problems.join("\n")
        );
    }

    /// `Some(explanation)` when the page itself scrolls sideways (tables may scroll inside
    /// their own box). Compared with the viewport's width without a vertical scrollbar
    /// (`clientWidth`), so a page a few pixels too wide cannot hide under the scrollbar.
    pub async fn horizontal_scroll(&self, label: &str) -> Option<String> {
        let report: Value = self
            .js(
                r#"
            const root = document.documentElement;
            const limit = root.clientWidth;
            const clipped = el => {
                for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                    if (getComputedStyle(p).overflowX !== 'visible') return true;
                }
                return false;
            };
            const describe = el => el.tagName.toLowerCase()
                + (el.id ? '#' + el.id : '')
                + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
            const wide = [];
            for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.width > 0 && r.right > limit + 0.5 && !clipped(el)) {
                    wide.push(describe(el) + ' (right edge at ' + Math.round(r.right) + 'px, ' + Math.round(r.width) + 'px wide)');
                }
            }
            return { scrollWidth: root.scrollWidth, clientWidth: limit, innerWidth: window.innerWidth, wide: wide.slice(0, 10) };
        "#,
            )
            .await;
        let scroll = report["scrollWidth"].as_u64().unwrap_or(0);
        let client = report["clientWidth"].as_u64().unwrap_or(0);
        if scroll <= client {
            return None;
        }
        Some(format!(
            "{label} ({}) scrolls sideways in a {} px window: the page is {scroll} px wide but the viewport shows {client} px.\nElements sticking out:\n  {}",
            self.url().await,
            report["innerWidth"],
            report["wide"]
                .as_array()
                .map(|w| w.iter().filter_map(|s| s.as_str()).collect::<Vec<_>>().join("\n  "))
                .unwrap_or_default()
        ))
    }

    /// `Some(explanation)` when content sticks out of its card or figure box (`.card`,
    /// `.stat`): text running over the border into the next card, at any window size.
    pub async fn content_outside_boxes(&self, label: &str) -> Option<String> {
        let found: Vec<String> = self
            .js(
                r#"
            const describe = el => el.tagName.toLowerCase()
                + (el.id ? '#' + el.id : '')
                + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
            const found = [];
            const reported = new Set();
            for (const box of document.querySelectorAll('.card, .stat')) {
                const outer = box.getBoundingClientRect();
                for (const el of box.querySelectorAll('*')) {
                    // Content inside its own scrolling or clipping box is not sticking out.
                    // Neither is content of an element already reported.
                    let clipped = false;
                    for (let p = el.parentElement; p && p !== box; p = p.parentElement) {
                        if (reported.has(p) || getComputedStyle(p).overflowX !== 'visible') { clipped = true; break; }
                    }
                    const r = el.getBoundingClientRect();
                    const over = Math.max(r.right - outer.right, outer.left - r.left);
                    if (!clipped && r.width > 0 && over > 1) {
                        reported.add(el);
                        const text = (el.innerText || '').trim().slice(0, 40);
                        found.push(describe(el) + (text ? ' "' + text + '"' : '') + ' sticks out of '
                            + describe(box) + ' by ' + Math.round(over) + 'px');
                    }
                }
            }
            return found.slice(0, 10);
        "#,
            )
            .await;
        if found.is_empty() {
            return None;
        }
        let (width, _): (u32, u32) = self
            .js("return [window.innerWidth, window.innerHeight];")
            .await;
        Some(format!(
            "{label} ({}) in a {width} px window: content runs out of its box:\n  {}",
            self.url().await,
            found.join("\n  ")
        ))
    }

    /// A PNG of the whole page (the window is made as tall as the page for the shot) in
    /// `target/screenshots/<name>.png`. Returns the file's path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let (width, height): (u32, u32) = self
            .js("return [window.innerWidth, window.innerHeight];")
            .await;
        // Growing the window can reflow the page (no vertical scrollbar any more), so
        // measure again until the window is as tall as the page.
        let mut tall = height;
        for _ in 0..3 {
            let full: u32 = self
                .js("return Math.ceil(document.documentElement.scrollHeight);")
                .await;
            let wanted = full.clamp(height, 8000);
            let inner: u32 = self.js("return window.innerHeight;").await;
            if wanted == inner {
                break;
            }
            tall = wanted;
            self.viewport(width, tall).await;
        }
        let png = self.client.screenshot().await.expect("take a screenshot");
        if tall != height {
            self.viewport(width, height).await;
        }
        let dir = repo_path("target/screenshots");
        std::fs::create_dir_all(&dir).expect("create target/screenshots");
        let file = dir.join(format!("{name}.png"));
        std::fs::write(&file, png).expect("write the screenshot");
        file
    }
}

impl Drop for Browser {
    /// A safety net: findings are never lost because a test forgot to assert them.
    fn drop(&mut self) {
        let problems = std::mem::take(&mut *self.accessibility_problems.lock().unwrap());
        if !problems.is_empty() && !std::thread::panicking() {
            panic!(
                "accessibility violations were found but never asserted:\n\n{}",
                problems.join("\n")
            );
        }
    }
}

/// axe-core's source, read once; `None` (after a note) outside CI when it is not available.
fn axe_source() -> Option<&'static str> {
    static SOURCE: OnceLock<Option<String>> = OnceLock::new();
    SOURCE
        .get_or_init(|| {
            let Ok(path) = std::env::var("DRIEHOEK_AXE_JS") else {
                missing("DRIEHOEK_AXE_JS is not set, so the axe-core accessibility checks cannot run (npm install axe-core@4)");
                return None;
            };
            match std::fs::read_to_string(&path) {
                Ok(source) => Some(source),
                Err(e) => {
                    missing(&format!("DRIEHOEK_AXE_JS={path} cannot be read ({e}), so the axe-core accessibility checks cannot run"));
                    None
                }
            }
        })
        .as_deref()
}

/// An XPath string literal for any text (XPath 1.0 has no escapes).
fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else if !text.contains('"') {
        format!("\"{text}\"")
    } else {
        let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}
