//! The outbox's SQL for its pages and its worker (queueing is `mail::enqueue`, in the caller's
//! transaction). The worker's statements are single autocommit statements: a claim takes rows
//! with a lease, and later statements only apply while that lease is still held.

use crate::db::{Backend, Db};
use crate::domain::MailStatus;

// ── the outbox pages ────────────────────────────────────────────────────────────────────────

/// A queued or sent mail as administrators see it.
#[derive(sqlx::FromRow)]
pub struct MailRow {
    pub id: i64,
    #[sqlx(rename = "to_address")]
    pub to: String,
    pub subject: String,
    pub status: MailStatus,
    pub created_at: i64,
    pub body_text: String,
}

/// The newest 200 mails of a school, with the mails of no school (installation mails).
pub async fn latest_for_school(db: &Db, school_id: i64) -> Result<Vec<MailRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, to_address, subject, status, created_at, body_text FROM outbox \
         WHERE school_id = $1 OR school_id IS NULL ORDER BY id DESC LIMIT 200",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

pub async fn one_for_school(
    db: &Db,
    id: i64,
    school_id: i64,
) -> Result<Option<MailRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, to_address, subject, status, created_at, body_text FROM outbox \
         WHERE id = $1 AND (school_id = $2 OR school_id IS NULL)",
    )
    .bind(id)
    .bind(school_id)
    .fetch_optional(db.read())
    .await
}

// ── the worker ──────────────────────────────────────────────────────────────────────────────

/// One claimed outbox row.
#[derive(Debug, sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    #[sqlx(rename = "to_address")]
    pub to: String,
    pub subject: String,
    #[sqlx(rename = "body_text")]
    pub text: String,
    #[sqlx(rename = "body_html")]
    pub html: String,
    pub ics: Option<String>,
    pub attempts: i64,
    /// The lease this worker holds (set by `claim`, not read from the row).
    #[sqlx(skip)]
    pub lease_until: i64,
}

/// Whether any row is due: pending and due, or claimed with an expired lease. A read, so an
/// idle worker never takes SQLite's single write connection.
pub async fn any_due(db: &Db, at: i64) -> Result<bool, sqlx::Error> {
    let row: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM outbox WHERE (status = 'pending' AND next_attempt_at <= $1) \
         OR (status = 'sending' AND lease_until < $1) LIMIT 1",
    )
    .bind(at)
    .fetch_optional(db.read())
    .await?;
    Ok(row.is_some())
}

/// Claims up to `batch` due rows, oldest first, in one autocommit statement, with a lease until
/// `lease_until`; returned in id order.
pub async fn claim(
    db: &Db,
    at: i64,
    lease_until: i64,
    batch: i64,
) -> Result<Vec<Claimed>, sqlx::Error> {
    // On PostgreSQL several instances may claim at once: SKIP LOCKED makes them take
    // disjoint rows, and the re-check of the WHERE clause after a lock wait keeps a row that
    // was just claimed elsewhere out. SQLite has one writer, so the plain form is enough.
    let lock = match db.backend {
        Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE outbox SET status = 'sending', lease_until = $2 WHERE id IN (\
         SELECT id FROM outbox WHERE (status = 'pending' AND next_attempt_at <= $1) \
         OR (status = 'sending' AND lease_until < $1) ORDER BY id LIMIT $3{lock}) \
         RETURNING id, to_address, subject, body_text, body_html, ics, attempts"
    );
    let mut claimed: Vec<Claimed> = sqlx::query_as(&sql)
        .bind(at)
        .bind(lease_until)
        .bind(batch)
        .fetch_all(db.write())
        .await?;
    for c in &mut claimed {
        c.lease_until = lease_until;
    }
    // RETURNING does not promise an order.
    claimed.sort_by_key(|c| c.id);
    Ok(claimed)
}

/// Gives an unsent claim back without counting an attempt.
pub async fn release(db: &Db, row: &Claimed) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE outbox SET status = 'pending', lease_until = NULL \
         WHERE id = $1 AND status = 'sending' AND lease_until = $2",
    )
    .bind(row.id)
    .bind(row.lease_until)
    .execute(db.write())
    .await?;
    Ok(())
}

/// Marks the row sent; false when the lease was lost (another worker took the row over).
/// The stored copy loses its personal links in the same statement: a sent mail's link is the
/// recipient's, not the outbox reader's (ASVS V14.2.x; issue 9, item 8). The calendar
/// attachment has been delivered and is dropped.
pub async fn mark_sent(db: &Db, row: &Claimed, at: i64) -> Result<bool, sqlx::Error> {
    let text = mask_links(&row.text);
    let done = sqlx::query(
        "UPDATE outbox SET status = 'sent', sent_at = $3, lease_until = NULL, \
         last_error = NULL, body_text = $4, body_html = $5, ics = NULL \
         WHERE id = $1 AND status = 'sending' AND lease_until = $2",
    )
    .bind(row.id)
    .bind(row.lease_until)
    .bind(at)
    .bind(&text)
    .bind(super::html_from_text(&text, super::lang_of_html(&row.html)))
    .execute(db.write())
    .await?;
    Ok(done.rows_affected() > 0)
}

/// A failed attempt: back to `pending` until `next_attempt_at`, or `failed` for good.
pub struct Failure {
    pub status: MailStatus,
    pub attempts: i64,
    pub error: String,
    pub next_attempt_at: i64,
}

/// Records a failed attempt; false when the lease was lost.
pub async fn mark_failed(db: &Db, row: &Claimed, failure: Failure) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE outbox SET status = $3, attempts = $4, last_error = $5, \
         next_attempt_at = $6, lease_until = NULL \
         WHERE id = $1 AND status = 'sending' AND lease_until = $2",
    )
    .bind(row.id)
    .bind(row.lease_until)
    .bind(failure.status)
    .bind(failure.attempts)
    .bind(failure.error)
    .bind(failure.next_attempt_at)
    .execute(db.write())
    .await?;
    Ok(done.rows_affected() > 0)
}

/// What stands in for the part of a link after its host.
pub const MASK: &str = "/\u{2022}\u{2022}\u{2022}";

/// Every http(s) link in `text` keeps only its scheme and host: the path and query (where
/// personal tokens live) become [`MASK`]. Everything else stays as it was.
pub fn mask_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = ["http://", "https://"]
        .iter()
        .filter_map(|p| rest.find(p))
        .min()
    {
        out.push_str(&rest[..start]);
        let link = &rest[start..];
        let end = link
            .find(|c: char| {
                // Fluent puts invisible isolation marks around a placeholder.
                c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '\u{2068}' | '\u{2069}')
            })
            .unwrap_or(link.len());
        let scheme_end = link.find("://").map_or(0, |i| i + 3);
        let host_end = link[scheme_end..end]
            .find(['/', '?', '#'])
            .map_or(end, |i| scheme_end + i);
        out.push_str(&link[..host_end]);
        if host_end < end {
            out.push_str(MASK);
        }
        rest = &link[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_only_their_host() {
        let text = "Beste Linda,\n\nKies een tijd: https://school.example/b/AbC123?x=1\nof http://x.example.\nGroet";
        let masked = mask_links(text);
        assert_eq!(
            masked,
            format!(
                "Beste Linda,\n\nKies een tijd: https://school.example{MASK}\nof http://x.example.\nGroet"
            )
        );
        assert!(!masked.contains("AbC123"));
        assert_eq!(mask_links("geen link"), "geen link");
    }
}
