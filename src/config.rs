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
    /// Reverse proxies whose `X-Forwarded-For` is believed (`DRIEHOEK_TRUSTED_PROXIES`, addresses
    /// or CIDR ranges separated by commas or spaces). Empty: the TCP peer is the client.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Every staff member needs a second factor, teachers too (`DRIEHOEK_MFA_FOR_ALL=1`);
    /// otherwise only administrators, directors and care coordinators.
    pub mfa_for_all: bool,
    /// Whether the second factor is enforced at all. Always on when the app runs; only test
    /// set-ups that are not about sign-in turn it off (there is no setting for it).
    pub mfa_enforced: bool,
    /// Overload protection (see `web::overload`): requests worked on at once
    /// (`DRIEHOEK_MAX_IN_FLIGHT`), requests that may wait for a turn (`DRIEHOEK_MAX_WAITING`) and
    /// how long one waits at most (`DRIEHOEK_MAX_WAIT_MS`). Beyond that the answer is the friendly
    /// "very busy" page (503 with `Retry-After`), never an error or a long wait.
    pub max_in_flight: usize,
    pub max_waiting: usize,
    pub max_wait: std::time::Duration,
}

/// Requests worked on at once: enough to keep two cores and the database busy, few enough that
/// none waits long for a database connection (the pools' acquire timeouts are 10–30 s).
pub const DEFAULT_MAX_IN_FLIGHT: usize = 32;
/// Requests waiting for a turn: about half a second of work at the rush's saturation point.
pub const DEFAULT_MAX_WAITING: usize = 256;
pub const DEFAULT_MAX_WAIT_MS: u64 = 5_000;

fn env_number(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(v) if !v.trim().is_empty() => v.trim().parse().unwrap_or_else(|_| {
            tracing::warn!(name, value = v, "not a number; using the default");
            default
        }),
        _ => default,
    }
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
            trusted_proxies: std::env::var("DRIEHOEK_TRUSTED_PROXIES")
                .map(|v| parse_proxies(&v))
                .unwrap_or_default(),
            mfa_for_all: std::env::var("DRIEHOEK_MFA_FOR_ALL")
                .is_ok_and(|v| matches!(v.trim(), "1" | "true" | "yes" | "on")),
            mfa_enforced: true,
            max_in_flight: env_number("DRIEHOEK_MAX_IN_FLIGHT", DEFAULT_MAX_IN_FLIGHT as u64).max(1)
                as usize,
            max_waiting: env_number("DRIEHOEK_MAX_WAITING", DEFAULT_MAX_WAITING as u64) as usize,
            max_wait: std::time::Duration::from_millis(env_number(
                "DRIEHOEK_MAX_WAIT_MS",
                DEFAULT_MAX_WAIT_MS,
            )),
        }
    }

    /// Cookies get the `Secure` flag when the app is reached over https.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

/// Reads a list of proxies: `10.0.0.1, 192.168.0.0/16 ::1`. A plain address is a range of one;
/// an entry that does not parse is left out with a warning (never widened to "anyone").
pub fn parse_proxies(text: &str) -> Vec<ipnet::IpNet> {
    text.split([',', ' ', '\t', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .filter_map(|s| {
            let net = s
                .parse::<ipnet::IpNet>()
                .ok()
                .or_else(|| s.parse::<std::net::IpAddr>().ok().map(ipnet::IpNet::from));
            if net.is_none() {
                tracing::warn!(
                    entry = s,
                    "DRIEHOEK_TRUSTED_PROXIES: not an address or range"
                );
            }
            net
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxies_parse_as_addresses_and_ranges() {
        let p = parse_proxies("127.0.0.1, 10.0.0.0/8 ::1 nonsense");
        assert_eq!(p.len(), 3);
        assert!(p[1].contains(&"10.1.2.3".parse::<std::net::IpAddr>().unwrap()));
        assert!(parse_proxies("").is_empty());
    }
}
