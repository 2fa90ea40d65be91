//! The outbox worker: claims due rows, sends them over SMTP, marks them sent or schedules a retry.
//!
//! Delivery is at-least-once. A row is claimed with a lease (`status = 'sending'`,
//! `lease_until = now + 120 s`) in one short statement, sent outside any transaction, then marked
//! in another short statement that only applies while this worker still holds the lease. When an
//! instance crashes between the SMTP server's "250 OK" and marking the row sent, another worker
//! sends the row again once the lease expires. That resend carries the same Message-ID
//! (`<driehoek-outbox-{id}@{host}>`, derived from the row), so receiving systems and mail
//! clients can recognise it as a duplicate.
//!
//! SMTP URL semantics (lettre 0.11, `AsyncSmtpTransport::from_url`):
//! - `smtp://host:port` — plain SMTP, **no TLS at all** (not even opportunistic STARTTLS);
//!   default port 25. Only for a local relay or a test sink on 127.0.0.1.
//! - `smtp://host?tls=required` — STARTTLS required (default port 587);
//!   `smtp://host?tls=opportunistic` — STARTTLS when offered (default port 587).
//! - `smtps://host` — implicit TLS (default port 465).
//! - `smtp(s)://user:password@host…` — credentials, percent-decoded; a path (`/name`) sets the
//!   EHLO name.
//!
//! TLS uses rustls with the webpki root certificates.

use crate::clock::Clock;
use std::sync::Arc;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::transport::smtp::response::{Category, Severity};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::store::{self, Claimed, Failure};
use crate::config::Config;
use crate::db::{now, Db};
use crate::domain::MailStatus;

/// Rows claimed at once.
const BATCH: i64 = 20;
/// How long a claim holds; after that another worker may take the row over.
const LEASE_SECS: i64 = 120;
/// After this many failed attempts a mail is given up (`status = 'failed'`).
pub const MAX_ATTEMPTS: i64 = 8;
/// Idle poll interval (mail reaches the server within about this much time).
const IDLE: Duration = Duration::from_millis(500);
/// One send may take at most this long, well inside the lease.
const SEND_TIMEOUT: Duration = Duration::from_secs(60);

/// Starts the worker. Without `smtp_url` nothing is sent and the returned task ends at once.
/// The task runs until it is aborted (the server does that when it stops).
/// The worker runs on `clock`, so `db::now()` in its queries is the app's time.
pub fn spawn(db: Db, config: Arc<Config>, clock: Clock) -> tokio::task::JoinHandle<()> {
    let Some(url) = config.smtp_url.clone() else {
        tracing::info!("no SMTP configured: mail stays in the outbox");
        return tokio::spawn(async {});
    };
    let transport = match AsyncSmtpTransport::<Tokio1Executor>::from_url(&url) {
        Ok(builder) => builder.timeout(Some(Duration::from_secs(30))).build(),
        Err(e) => {
            // The error text never holds the password: lettre reports only the scheme/parameter.
            tracing::error!(error = %e, "DRIEHOEK_SMTP_URL is not usable: mail stays in the outbox");
            return tokio::spawn(async {});
        }
    };
    let from: Mailbox = match config.mail_from.parse() {
        Ok(m) => m,
        Err(e) => {
            tracing::error!(error = %e, from = %config.mail_from,
                "DRIEHOEK_MAIL_FROM is not a valid address: mail stays in the outbox");
            return tokio::spawn(async {});
        }
    };
    let worker = Worker {
        db,
        transport,
        from,
        host: message_id_host(&config.base_url),
    };
    tracing::info!("mail sender started");
    tokio::spawn(clock.scope(async move { worker.run().await }))
}

struct Worker {
    db: Db,
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    host: String,
}

enum Outcome {
    Sent,
    /// Try again later (counts as an attempt).
    Retry(String),
    /// Never going to work: dead letter at once.
    Permanent(String),
}

impl Worker {
    async fn run(self) {
        loop {
            match self.due().await {
                Ok(false) => {
                    tokio::time::sleep(IDLE).await;
                    continue;
                }
                Ok(true) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "outbox: cannot read");
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    continue;
                }
            }
            let rows = match self.claim().await {
                // Another instance was quicker.
                Ok(rows) if rows.is_empty() => {
                    tokio::time::sleep(IDLE).await;
                    continue;
                }
                Ok(rows) => rows,
                Err(e) => {
                    tracing::warn!(error = %e, "outbox: cannot claim");
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    continue;
                }
            };
            for row in rows {
                // A slow server can eat the batch's lease; never start a send that could still
                // run when another instance may take the row over. Hand the row back instead.
                if now() + SEND_TIMEOUT.as_secs() as i64 + 5 >= row.lease_until {
                    if let Err(e) = self.release(&row).await {
                        tracing::warn!(outbox_id = row.id, error = %e, "outbox: cannot release");
                    }
                    continue;
                }
                let outcome = self.send(&row).await;
                if let Err(e) = self.mark(&row, outcome).await {
                    // The lease expires and the row is retried; the Message-ID stays the same.
                    tracing::warn!(outbox_id = row.id, error = %e, "outbox: cannot record result");
                }
            }
        }
    }

    /// A cheap read first, so an idle worker never takes SQLite's single write connection.
    async fn due(&self) -> Result<bool, sqlx::Error> {
        store::any_due(&self.db, now()).await
    }

    /// Claims up to [`BATCH`] due rows, oldest first, in one autocommit statement.
    async fn claim(&self) -> Result<Vec<Claimed>, sqlx::Error> {
        let at = now();
        store::claim(&self.db, at, at + LEASE_SECS, BATCH).await
    }

    async fn send(&self, row: &Claimed) -> Outcome {
        let message = match build_message(row, &self.from, &self.host) {
            Ok(m) => m,
            Err(e) => return Outcome::Permanent(e),
        };
        match tokio::time::timeout(SEND_TIMEOUT, self.transport.send(message)).await {
            Err(_) => Outcome::Retry("timeout".into()),
            Ok(Ok(_)) => Outcome::Sent,
            Ok(Err(e)) => {
                let text = short(&e.to_string());
                // 55x: the mailbox or message is refused for good. Other 5xx (syntax, 53x
                // authentication) are more likely a configuration problem: keep retrying.
                match e.status() {
                    Some(code)
                        if code.severity == Severity::PermanentNegativeCompletion
                            && code.category == Category::MailSystem =>
                    {
                        Outcome::Permanent(text)
                    }
                    _ => Outcome::Retry(text),
                }
            }
        }
    }

    /// Gives an unsent claim back without counting an attempt.
    async fn release(&self, row: &Claimed) -> Result<(), sqlx::Error> {
        store::release(&self.db, row).await
    }

    /// Records the outcome, but only while this worker still holds the lease (otherwise
    /// another worker has taken the row over and records its own outcome).
    async fn mark(&self, row: &Claimed, outcome: Outcome) -> Result<(), sqlx::Error> {
        let at = now();
        let recorded = match outcome {
            Outcome::Sent => {
                tracing::info!(outbox_id = row.id, "mail sent");
                store::mark_sent(&self.db, row, at).await?
            }
            Outcome::Retry(error) => {
                store::mark_failed(&self.db, row, failure(row, false, error, at)).await?
            }
            Outcome::Permanent(error) => {
                store::mark_failed(&self.db, row, failure(row, true, error, at)).await?
            }
        };
        if !recorded {
            tracing::debug!(
                outbox_id = row.id,
                "outbox: lease lost, result not recorded"
            );
        }
        Ok(())
    }
}

/// What a failed attempt means for the row: another try after a backoff, or given up for good
/// (a permanent error, or the last attempt).
fn failure(row: &Claimed, permanent: bool, error: String, at: i64) -> Failure {
    let attempts = row.attempts + 1;
    let give_up = permanent || attempts >= MAX_ATTEMPTS;
    let next = at + backoff_secs(row.attempts);
    if give_up {
        tracing::warn!(outbox_id = row.id, attempts, error = %error, "mail failed for good");
    } else {
        tracing::warn!(outbox_id = row.id, attempts, retry_in = next - at, error = %error,
            "mail not sent, will retry");
    }
    Failure {
        status: if give_up {
            MailStatus::Failed
        } else {
            MailStatus::Pending
        },
        attempts,
        error,
        next_attempt_at: next,
    }
}

/// Seconds to wait before the next try, given the attempts made before this failure:
/// 30 s, 1 min, 2 min, 4 min, … at most an hour.
pub fn backoff_secs(attempts_before: i64) -> i64 {
    let exp = attempts_before.clamp(0, 20) as u32;
    (30i64 << exp).min(3600)
}

/// The host part of the public address, for Message-IDs: `https://x.nl:8443/a` → `x.nl`.
pub fn message_id_host(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if authority.starts_with('[') {
        // IPv6 literal: keep the brackets (a valid domain literal in a Message-ID).
        authority
            .split_once(']')
            .map_or(authority.to_string(), |(h, _)| format!("{h}]"))
    } else {
        authority.split(':').next().unwrap_or("").to_string()
    };
    if host.is_empty() {
        "localhost".into()
    } else {
        host.to_ascii_lowercase()
    }
}

/// The stable Message-ID of an outbox row.
pub fn message_id(id: i64, host: &str) -> String {
    format!("<driehoek-outbox-{id}@{host}>")
}

/// multipart/alternative (text, HTML); with an `ics`, wrapped in multipart/mixed together with
/// a `text/calendar; method=…` attachment `gesprek.ics`.
fn build_message(row: &Claimed, from: &Mailbox, host: &str) -> Result<Message, String> {
    let to: Mailbox = row
        .to
        .trim()
        .parse()
        .map_err(|_| "invalid recipient address".to_string())?;
    let body = MultiPart::alternative_plain_html(row.text.clone(), row.html.clone());
    let builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(row.subject.clone())
        .message_id(Some(message_id(row.id, host)));
    let built = match &row.ics {
        None => builder.multipart(body),
        Some(ics) => {
            let content_type = ContentType::parse(&calendar_content_type(ics))
                .map_err(|_| "invalid calendar content type".to_string())?;
            let attachment = Attachment::new("gesprek.ics".into()).body(ics.clone(), content_type);
            builder.multipart(MultiPart::mixed().multipart(body).singlepart(attachment))
        }
    };
    built.map_err(|e| short(&format!("cannot build message: {e}")))
}

/// `text/calendar` with the calendar's own METHOD (REQUEST when it says none), so calendar
/// apps offer to add the event.
fn calendar_content_type(ics: &str) -> String {
    let method = ics
        .lines()
        .find_map(|l| l.trim_end_matches('\r').strip_prefix("METHOD:"))
        .map(|m| {
            m.chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect::<String>()
        })
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| "REQUEST".into());
    format!("text/calendar; method={method}; charset=UTF-8; name=\"gesprek.ics\"")
}

/// At most 200 characters, on one line.
fn short(s: &str) -> String {
    let one_line: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut out: String = one_line.chars().take(200).collect();
    if one_line.chars().count() > 200 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        assert_eq!(backoff_secs(0), 30);
        assert_eq!(backoff_secs(1), 60);
        assert_eq!(backoff_secs(3), 240);
        assert_eq!(backoff_secs(6), 1920);
        assert_eq!(backoff_secs(7), 3600);
        assert_eq!(backoff_secs(100), 3600);
        assert_eq!(backoff_secs(-1), 30);
    }

    #[test]
    fn hosts_for_message_ids() {
        assert_eq!(message_id_host("http://127.0.0.1:3000"), "127.0.0.1");
        assert_eq!(
            message_id_host("https://Gesprekken.School.nl/driehoek"),
            "gesprekken.school.nl"
        );
        assert_eq!(message_id_host("https://[::1]:8443/"), "[::1]");
        assert_eq!(message_id_host(""), "localhost");
        assert_eq!(
            message_id(42, "school.nl"),
            "<driehoek-outbox-42@school.nl>"
        );
    }

    #[test]
    fn calendar_method_follows_the_ics() {
        assert!(
            calendar_content_type("BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\n")
                .starts_with("text/calendar; method=CANCEL; charset=UTF-8")
        );
        assert!(calendar_content_type("BEGIN:VCALENDAR\r\n")
            .starts_with("text/calendar; method=REQUEST; charset=UTF-8"));
    }

    fn row(ics: Option<String>) -> Claimed {
        Claimed {
            id: 7,
            to: "ouder@example.org".into(),
            subject: "Uitnodiging voor het gesprek over Zoë".into(),
            text: "Beste ouder,\n\nKies een tijd: https://x.example/p/abc".into(),
            html: crate::mail::html_from_text(
                "Beste ouder,\n\nKies een tijd: https://x.example/p/abc",
                crate::i18n::Lang::Nl,
            ),
            ics,
            attempts: 0,
            lease_until: 0,
        }
    }

    #[test]
    fn messages_have_parts_and_a_stable_id() {
        let from: Mailbox = crate::config::DEFAULT_MAIL_FROM.parse().unwrap();
        let m = build_message(&row(None), &from, "school.nl").unwrap();
        let raw = String::from_utf8(m.formatted()).unwrap();
        assert!(raw.contains("Message-ID: <driehoek-outbox-7@school.nl>"));
        assert!(raw.contains("multipart/alternative"));
        assert!(raw.contains("text/plain"));
        assert!(raw.contains("text/html"));
        assert!(!raw.contains("text/calendar"));

        let ics = crate::mail::ics::calendar(Some("REQUEST"), &[], "x");
        let m = build_message(&row(Some(ics)), &from, "school.nl").unwrap();
        let raw = String::from_utf8(m.formatted()).unwrap();
        assert!(raw.contains("multipart/mixed"));
        assert!(raw
            .to_ascii_lowercase()
            .contains("text/calendar; method=request; charset=utf-8"));
        assert!(raw.contains("filename=\"gesprek.ics\""));

        let mut bad = row(None);
        bad.to = "not an address".into();
        assert!(build_message(&bad, &from, "school.nl").is_err());
    }

    #[test]
    fn errors_are_short_single_lines() {
        let long = "x\r\n".repeat(300);
        let s = short(&long);
        assert!(s.chars().count() <= 201);
        assert!(!s.contains('\n'));
    }
}
