//! Test harness: the real app on a random port with a fresh database per test (SQLite file or
//! a new PostgreSQL database), and HTTP sessions that behave like a browser (cookies, CSRF
//! tokens scraped from forms, redirects not followed so tests can assert them).
#![allow(dead_code)]

pub mod scenario;
pub mod smtp;

use std::sync::atomic::{AtomicU64, Ordering};

use driehoek::app;
use driehoek::config::Config;
use driehoek::db::Db;
use driehoek::state::AppState;
use tokio::sync::oneshot;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    pub base: String,
    pub db: Db,
    pub state: AppState,
    pub backend: Backend,
    /// The SMTP sink the app delivers to (`spawn_app_with_mail`).
    pub sink: Option<smtp::SmtpSink>,
    shutdown: Option<oneshot::Sender<()>>,
    _dir: Option<TempDir>,
}

/// A temporary directory removed on drop.
pub struct TempDir(pub std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

fn unique(prefix: &str) -> String {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!("{prefix}_{}_{n}_{nanos}", std::process::id())
}

/// The PostgreSQL server for tests, from `scripts/test`. In CI its absence is a failure.
pub fn pg_admin_url() -> Option<String> {
    match std::env::var("DRIEHOEK_TEST_PG_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
                panic!("DRIEHOEK_TEST_PG_URL is not set: in CI every test runs on PostgreSQL too (use scripts/test)");
            }
            eprintln!(
                "note: DRIEHOEK_TEST_PG_URL not set; PostgreSQL variant not run (use scripts/test)"
            );
            None
        }
    }
}

/// `url` with its database replaced by `name`, its parameters (`?sslmode=...`) kept.
pub fn database_in(url: &str, name: &str) -> String {
    let (path, query) = url
        .split_once('?')
        .map_or((url, None), |(p, q)| (p, Some(q)));
    let base = path.rsplit_once('/').map_or(path, |(b, _)| b);
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

/// The CA certificate of the test PostgreSQL server's TLS certificate, when `scripts/test`
/// started that server with TLS (`DRIEHOEK_TEST_PG_TLS_ROOT`). In CI its absence is a failure.
pub fn pg_tls_root() -> Option<String> {
    match std::env::var("DRIEHOEK_TEST_PG_TLS_ROOT") {
        Ok(path) if !path.is_empty() => Some(path),
        _ => {
            if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
                panic!("DRIEHOEK_TEST_PG_TLS_ROOT is not set: in CI the PostgreSQL TLS test runs too (use scripts/test)");
            }
            eprintln!("note: DRIEHOEK_TEST_PG_TLS_ROOT not set; PostgreSQL TLS test not run (use scripts/test)");
            None
        }
    }
}

/// A fresh database URL for one test.
pub async fn fresh_database(backend: Backend) -> Option<(String, Option<TempDir>)> {
    match backend {
        Backend::Sqlite => {
            let dir = std::env::temp_dir().join(unique("driehoek_test"));
            std::fs::create_dir_all(&dir).unwrap();
            let url = format!("sqlite://{}/test.db", dir.display());
            Some((url, Some(TempDir(dir))))
        }
        Backend::Postgres => {
            let admin = pg_admin_url()?;
            sqlx::any::install_default_drivers();
            let name = unique("driehoek_t").to_lowercase();
            let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin)
                .await
                .expect("connect to test PostgreSQL");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .await
                .expect("create test database");
            Some((database_in(&admin, &name), None))
        }
    }
}

pub async fn spawn_app(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, |_| {}).await
}

/// The app with its mail sender delivering to an in-process SMTP sink.
pub async fn spawn_app_with_mail(backend: Backend) -> Option<(TestApp, smtp::SmtpSink)> {
    let sink = smtp::SmtpSink::start();
    let url = sink.url();
    let mut app = spawn_app_with(backend, move |c| c.smtp_url = Some(url)).await?;
    app.sink = Some(sink.clone());
    Some((app, sink))
}

/// As `spawn_app`, with the configuration adjusted before the app starts.
pub async fn spawn_app_with(
    backend: Backend,
    configure: impl FnOnce(&mut Config),
) -> Option<TestApp> {
    let (url, dir) = fresh_database(backend).await?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut config = Config::new(Some(url), Some(addr), None);
    // Tests never mail the outside world, whatever the environment says.
    config.smtp_url = None;
    // Second factors are tested on their own (trust_signin.rs, which turns this back on).
    config.mfa_enforced = false;
    configure(&mut config);
    let state = app::prepare(config).await.expect("app starts");
    let (tx, rx) = oneshot::channel::<()>();
    let serve_state = state.clone();
    tokio::spawn(async move {
        app::serve(listener, serve_state, async {
            let _ = rx.await;
        })
        .await
        .expect("server runs");
    });
    Some(TestApp {
        base: format!("http://{addr}"),
        db: state.db.clone(),
        state,
        backend,
        sink: None,
        shutdown: Some(tx),
        _dir: dir,
    })
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Runs a test body against SQLite and against PostgreSQL, as two tests.
/// `both_backends!(mail name, |app, sink| ...)` also starts an SMTP sink the app delivers to.
// `crate::common` on purpose: every test crate includes `common` as its own module.
#[allow(clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! both_backends {
    // With the app's configuration adjusted first (e.g. the second sign-in step turned on).
    (configured $name:ident, $configure:expr, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app =
                    $crate::common::spawn_app_with($crate::common::Backend::Sqlite, $configure)
                        .await
                        .expect("sqlite app");
                ($body)(app).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) =
                    $crate::common::spawn_app_with($crate::common::Backend::Postgres, $configure)
                        .await
                {
                    ($body)(app).await;
                }
            }
        }
    };
    (mail $name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let (app, sink) =
                    $crate::common::spawn_app_with_mail($crate::common::Backend::Sqlite)
                        .await
                        .expect("sqlite app");
                ($body)(app, sink).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some((app, sink)) =
                    crate::common::spawn_app_with_mail(crate::common::Backend::Postgres).await
                {
                    ($body)(app, sink).await;
                }
            }
        }
    };
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app = crate::common::spawn_app(crate::common::Backend::Sqlite)
                    .await
                    .expect("sqlite app");
                ($body)(app).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) = crate::common::spawn_app(crate::common::Backend::Postgres).await
                {
                    ($body)(app).await;
                }
            }
        }
    };
}

pub const ADMIN_EMAIL: &str = "anna.admin@example.org";
pub const PASSWORD: &str = "correct horse battery staple";

/// One person's browser: its own cookies and the form token of the page it saw last.
pub struct Browser {
    pub base: String,
    pub client: reqwest::Client,
    pub csrf: String,
}

pub struct Page {
    pub status: u16,
    pub location: Option<String>,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn contains(&self, s: &str) -> bool {
        self.body.contains(s)
    }

    #[track_caller]
    pub fn assert_contains(&self, s: &str) {
        assert!(
            self.body.contains(s),
            "expected {s:?} in page (status {}):\n{}",
            self.status,
            self.body
        );
    }

    #[track_caller]
    pub fn assert_redirect_to(&self, prefix: &str) {
        assert!(
            matches!(self.status, 302 | 303 | 307)
                && self
                    .location
                    .as_deref()
                    .is_some_and(|l| l.starts_with(prefix)),
            "expected redirect to {prefix}, got {} {:?}",
            self.status,
            self.location
        );
    }
}

impl TestApp {
    pub fn browser(&self) -> Browser {
        Browser {
            base: self.base.clone(),
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            csrf: String::new(),
        }
    }

    /// The one-time set-up link's token, as a start of the app prints it (a new one each call).
    pub async fn setup_token(&self) -> String {
        let link = driehoek::staff::issue_setup_link(&self.state)
            .await
            .unwrap()
            .expect("not set up yet");
        link.split("token=").nth(1).unwrap().to_string()
    }

    /// Sets up the school through the set-up page; returns the administrator's browser.
    pub async fn admin(&self) -> Browser {
        let mut b = self.browser();
        let token = self.setup_token().await;
        let page = b
            .post(
                "/setup",
                &[
                    ("token", &token),
                    ("school_name", "OBS De Linde"),
                    ("city", "Utrecht"),
                    ("name", "Anna Admin"),
                    ("email", ADMIN_EMAIL),
                    ("password", PASSWORD),
                    ("confirm", PASSWORD),
                ],
            )
            .await;
        page.assert_redirect_to("/");
        b.get("/").await;
        b
    }

    /// Latest outbox mail to an address: (subject, text).
    /// A mail already sent over SMTP has its links masked in the outbox: then the text comes
    /// from the sink, as the recipient got it.
    pub async fn last_mail_to(&self, to: &str) -> Option<(String, String)> {
        let (subject, text): (String, String) = sqlx::query_as(
            "SELECT subject, body_text FROM outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(to)
        .fetch_optional(self.db.read())
        .await
        .unwrap()?;
        match &self.sink {
            Some(sink) if text.contains(driehoek::mail::MASK) => {
                let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
                loop {
                    let got = sink
                        .mails_to(to)
                        .into_iter()
                        .rev()
                        .find(|m| m.subject().as_deref() == Some(subject.as_str()));
                    if let Some(m) = got {
                        return Some((subject, m.text().unwrap_or_default()));
                    }
                    assert!(
                        std::time::Instant::now() < deadline,
                        "mail to {to} not received"
                    );
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
            }
            _ => Some((subject, text)),
        }
    }

    /// Waits until the outbox has nothing left to send (every mail sent or given up).
    pub async fn wait_outbox_drained(&self, wait: std::time::Duration) {
        let deadline = std::time::Instant::now() + wait;
        loop {
            let waiting = self
                .count("SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')")
                .await;
            if waiting == 0 {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{waiting} mail(s) still waiting in the outbox"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    /// The authenticator secret that the enrolment page's QR code holds for `email`.
    pub async fn totp_secret(&self, email: &str) -> String {
        sqlx::query_scalar(
            "SELECT t.secret FROM staff_totp t JOIN staff s ON s.id = t.staff_id WHERE s.email = $1",
        )
        .bind(email)
        .fetch_one(self.db.read())
        .await
        .unwrap()
    }

    /// What the authenticator app shows now (on this app's clock), or `steps` steps later.
    pub fn totp_code(&self, secret: &str, steps: i64) -> String {
        use driehoek::auth::totp;
        let step = self.state.clock.now().div_euclid(totp::STEP_SECONDS) + steps;
        let key = totp::base32_decode(secret).unwrap();
        format!("{:06}", totp::code_at(&key, step))
    }

    pub async fn count(&self, sql: &str) -> i64 {
        let (n,): (i64,) = sqlx::query_as(sql).fetch_one(self.db.read()).await.unwrap();
        n
    }

    /// Invites a staff member as the administrator, follows the mailed link and sets a password.
    /// Returns the new person's signed-in browser.
    pub async fn staff_member(
        &self,
        admin: &mut Browser,
        name: &str,
        email: &str,
        roles: &[&str],
        groups: &[i64],
    ) -> Browser {
        let mut form: Vec<(String, String)> =
            vec![("name".into(), name.into()), ("email".into(), email.into())];
        for r in roles {
            form.push((r.to_string(), "on".into()));
        }
        for g in groups {
            form.push(("group".into(), g.to_string()));
        }
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        admin.get("/staff/new").await;
        admin
            .post("/staff/new", &pairs)
            .await
            .assert_redirect_to("/staff");
        let (_, text) = self.last_mail_to(email).await.expect("invitation mail");
        let link = link_in(&text).expect("link in mail");
        let path = link.strip_prefix(&self.base).unwrap().to_string();
        let mut b = self.browser();
        b.get(&path).await;
        b.post(&path, &[("password", PASSWORD), ("confirm", PASSWORD)])
            .await
            .assert_redirect_to("/");
        b.get("/").await;
        b
    }
}

/// The first http(s) link in a text.
pub fn link_in(text: &str) -> Option<String> {
    text.split_whitespace()
        .find(|w| w.starts_with("http://") || w.starts_with("https://"))
        .map(str::to_string)
}

impl Browser {
    fn remember_csrf(&mut self, body: &str) {
        if let Some(rest) = body.split("name=\"_csrf\" value=\"").nth(1) {
            if let Some(token) = rest.split('"').next() {
                if !token.is_empty() {
                    self.csrf = token.to_string();
                }
            }
        }
    }

    async fn page(&mut self, response: reqwest::Response) -> Page {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let location = headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = response.text().await.unwrap_or_default();
        self.remember_csrf(&body);
        Page {
            status,
            location,
            headers,
            body,
        }
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let r = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        self.page(r).await
    }

    pub async fn get_with(&mut self, path: &str, header: (&str, &str)) -> Page {
        let r = self
            .client
            .get(format!("{}{path}", self.base))
            .header(header.0, header.1)
            .send()
            .await
            .unwrap();
        self.page(r).await
    }

    /// Posts a form the way a browser does, with the form token of the last page.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        let csrf = self.csrf.clone();
        form.push(("_csrf", &csrf));
        let r = self
            .client
            .post(format!("{}{path}", self.base))
            .form(&form)
            .send()
            .await
            .unwrap();
        self.page(r).await
    }

    /// Posts without the form token (to prove it is required).
    pub async fn post_raw(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> Page {
        let mut req = self
            .client
            .post(format!("{}{path}", self.base))
            .form(&fields.to_vec());
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let r = req.send().await.unwrap();
        self.page(r).await
    }

    /// Uploads a CSV file to the import page; returns the preview page's path.
    pub async fn upload_csv(&mut self, name: &str, bytes: Vec<u8>) -> Page {
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name(name.to_string())
            .mime_str("text/csv")
            .unwrap();
        let form = reqwest::multipart::Form::new().part("file", part);
        let r = self
            .client
            .post(format!("{}/import?_csrf={}", self.base, self.csrf))
            .multipart(form)
            .send()
            .await
            .unwrap();
        self.page(r).await
    }

    pub async fn sign_in(&mut self, email: &str, password: &str) -> Page {
        self.get("/sign-in").await;
        self.post("/sign-in", &[("email", email), ("password", password)])
            .await
    }

    pub async fn sign_out(&mut self) -> Page {
        self.post("/sign-out", &[]).await
    }
}

/// The id at the end of a redirect like `/pupils/12?flash=saved`.
pub fn id_from_location(location: &str) -> i64 {
    location
        .split('?')
        .next()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .expect("id in location")
}
