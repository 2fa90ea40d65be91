//! Configuration: environment variables with command-line overrides (see `main.rs`).

use std::net::SocketAddr;

#[derive(Clone, Debug)]
pub struct Config {
    /// `sqlite://…` (default, a file under `data/`) or `postgres://…`.
    pub database_url: String,
    pub addr: SocketAddr,
    /// Public address used in links inside mails, e.g. `https://gesprekken.school.nl`.
    pub base_url: String,
    /// `smtp://user:pass@host:port` (or `smtps://`); without it, mail stays in the outbox.
    pub smtp_url: Option<String>,
    /// The From of every mail (`DRIEHOEK_MAIL_FROM`), e.g. `OBS De Linde <gesprekken@school.nl>`.
    pub mail_from: String,
    /// How long a client may take to send a request's headers before the connection is closed.
    pub header_read_timeout: std::time::Duration,
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/driehoek.db";
pub const DEFAULT_ADDR: &str = "127.0.0.1:3000";
pub const DEFAULT_MAIL_FROM: &str = "Driehoek <noreply@localhost>";

impl Config {
    pub fn new(
        database_url: Option<String>,
        addr: Option<SocketAddr>,
        base_url: Option<String>,
    ) -> Config {
        let addr = addr.unwrap_or_else(|| DEFAULT_ADDR.parse().expect("valid default address"));
        let base_url = base_url
            .filter(|u| !u.trim().is_empty())
            .unwrap_or_else(|| format!("http://{addr}"))
            .trim_end_matches('/')
            .to_string();
        Config {
            database_url: database_url
                .filter(|u| !u.trim().is_empty())
                .unwrap_or_else(|| DEFAULT_DATABASE_URL.to_string()),
            addr,
            base_url,
            smtp_url: std::env::var("DRIEHOEK_SMTP_URL")
                .ok()
                .filter(|s| !s.is_empty()),
            mail_from: std::env::var("DRIEHOEK_MAIL_FROM")
                .ok()
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| DEFAULT_MAIL_FROM.to_string()),
            header_read_timeout: std::time::Duration::from_secs(10),
        }
    }

    /// Cookies get the `Secure` flag when the app is reached over https.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}
