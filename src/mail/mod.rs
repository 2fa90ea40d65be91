//! Outgoing mail. Every message is written to the `outbox` table in the same transaction as the
//! event that causes it; delivery happens from there. Administrators can read the outbox in the
//! app, which is also where mail stays when no SMTP server is configured.

pub mod ics;
pub mod routes;
pub mod sender;
mod store;

pub use routes::router;
pub use store::{mask_links, MASK};

use crate::db::{now, Tx};
use crate::i18n::Lang;

pub struct Outgoing {
    pub to: String,
    pub subject: String,
    pub text: String,
    /// The language the mail is written in: the HTML part says so (`lang`, `dir`).
    pub lang: Lang,
    /// An iCalendar attachment (see [`ics::calendar`]); sent as `gesprek.ics`.
    pub ics: Option<String>,
}

/// A mail rendered down to the outbox row's columns. Rendering (Fluent, the HTML part, the
/// calendar file) can happen before a write transaction begins, so the transaction holds the
/// database only for the insert.
pub struct Prepared {
    to: String,
    subject: String,
    body_text: String,
    body_html: String,
    ics: Option<String>,
}

impl Outgoing {
    pub fn prepare(&self) -> Prepared {
        let body_text = with_privacy_footer(&self.text);
        let body_html = html_from_text(&body_text, self.lang);
        Prepared {
            to: self.to.clone(),
            subject: self.subject.clone(),
            body_text,
            body_html,
            ics: self.ics.clone(),
        }
    }
}

/// Queues a message inside the caller's transaction; returns the outbox id.
pub async fn enqueue(
    tx: &mut Tx,
    school_id: Option<i64>,
    mail: &Outgoing,
) -> Result<i64, sqlx::Error> {
    enqueue_prepared(tx, school_id, &mail.prepare()).await
}

/// Queues an already rendered message inside the caller's transaction; returns the outbox id.
pub async fn enqueue_prepared(
    tx: &mut Tx,
    school_id: Option<i64>,
    mail: &Prepared,
) -> Result<i64, sqlx::Error> {
    let at = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO outbox (school_id, to_address, subject, body_text, body_html, status, next_attempt_at, created_at, ics) \
         VALUES ($1, $2, $3, $4, $5, 'pending', $6, $6, $7) RETURNING id",
    )
    .bind(school_id)
    .bind(&mail.to)
    .bind(&mail.subject)
    .bind(&mail.body_text)
    .bind(&mail.body_html)
    .bind(at)
    .bind(&mail.ics)
    .fetch_one(&mut **tx)
    .await?;
    tracing::info!(outbox_id = id, "mail queued");
    Ok(id)
}

/// Every mail that carries a link to the app ends with a link to the privacy notice for
/// parents ("Privacy" reads the same in Dutch and English), on the same site as that link.
pub fn with_privacy_footer(text: &str) -> String {
    let site = text.split_whitespace().find_map(|w| {
        let rest = w
            .strip_prefix("https://")
            .or_else(|| w.strip_prefix("http://"))?;
        let host = rest.split('/').next()?;
        Some(w[..w.len() - rest.len()].to_string() + host)
    });
    match site {
        Some(site) => format!("{text}\n\n--\nPrivacy: {site}/privacy"),
        None => text.to_string(),
    }
}

/// The HTML part: the same words, escaped, paragraphs kept and links made clickable. Each
/// paragraph takes its direction from its own words (`dir="auto"`), so an Arabic mail reads
/// right to left and the school's Dutch note inside it left to right. The document as a whole
/// is in `lang`, for screen readers and for mail programs that lay out the page.
pub fn html_from_text(text: &str, lang: Lang) -> String {
    let mut html = format!(
        "<!doctype html><html lang=\"{}\" dir=\"{}\"><body style=\"font-family:sans-serif;line-height:1.5\">",
        lang.code(),
        lang.dir()
    );
    for para in text.split("\n\n") {
        html.push_str("<p dir=\"auto\">");
        let lines: Vec<String> = para
            .lines()
            .map(|line| {
                line.split(' ')
                    .map(|word| {
                        if word.starts_with("http://") || word.starts_with("https://") {
                            let w = escape(word);
                            format!("<a href=\"{w}\">{w}</a>")
                        } else {
                            escape(word)
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        html.push_str(&lines.join("<br>"));
        html.push_str("</p>");
    }
    html.push_str("</body></html>");
    html
}

/// The language an HTML part made by [`html_from_text`] says it is in (Dutch when it says none).
pub fn lang_of_html(html: &str) -> Lang {
    html.split("<html lang=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(Lang::from_code)
        .unwrap_or_default()
}

pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mails_with_a_link_get_the_privacy_footer() {
        let text = with_privacy_footer("Kies een tijd: https://app.school.nl/b/abc?x=1 graag.");
        assert!(
            text.ends_with("\n\n--\nPrivacy: https://app.school.nl/privacy"),
            "{text}"
        );
        assert_eq!(with_privacy_footer("Geen link."), "Geen link.");
    }

    #[test]
    fn html_part_escapes_and_links() {
        let html = html_from_text(
            "Hallo <Jan>,\n\nKlik https://x.example/a?b=1&c=2 nu.",
            Lang::Nl,
        );
        assert!(html.contains("<html lang=\"nl\" dir=\"ltr\">"));
        assert_eq!(lang_of_html(&html), Lang::Nl);
        let arabic = html_from_text("مرحبا", Lang::Ar);
        assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert_eq!(lang_of_html(&arabic), Lang::Ar);
        assert!(html.contains("Hallo &lt;Jan&gt;,"));
        assert!(html.contains("<a href=\"https://x.example/a?b=1&amp;c=2\">"));
        assert_eq!(html.matches("<p dir=\"auto\">").count(), 2);
    }
}
