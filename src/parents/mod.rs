//! The parents' own view: a short-lived, single-use sign-in link by mail (separate from the
//! booking links), then a session in which a parent sees their own children's plan, agreements
//! and the records the school chose to share, and confirms or comments on agreements.

pub mod routes;

pub use routes::router;

use sqlx::Row;

use crate::auth::{parent_sessions, tokens};
use crate::db::{now, Db};
use crate::i18n::mail_lang;
use crate::mail::{self, Outgoing};

/// The mailed link works for a quarter of an hour, once.
pub const LINK_SECONDS: i64 = 15 * 60;
/// At most this many links per guardian per hour (no mail bombing through the form).
pub const LINKS_PER_HOUR: i64 = 3;

/// Sends a sign-in link to every guardian with this e-mail address. The caller shows the same
/// answer whether or not the address is known.
pub async fn send_links(db: &Db, base_url: &str, email: &str) -> Result<(), sqlx::Error> {
    let rows = sqlx::query("SELECT id, school_id, name, language FROM guardians WHERE email = $1 AND archived_at IS NULL")
        .bind(email)
        .fetch_all(db.read())
        .await?;
    for r in rows {
        let guardian: i64 = r.try_get("id")?;
        let (recent,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM parent_links WHERE guardian_id = $1 AND created_at > $2",
        )
        .bind(guardian)
        .bind(now() - 3600)
        .fetch_one(db.read())
        .await?;
        if recent >= LINKS_PER_HOUR {
            continue;
        }
        let token = tokens::new_token();
        let at = now();
        let lang = mail_lang(&r.try_get::<String, _>("language")?);
        let mut tx = db.begin().await?;
        sqlx::query("INSERT INTO parent_links (token_hash, guardian_id, expires_at, created_at) VALUES ($1, $2, $3, $4)")
            .bind(tokens::hash_token(&token))
            .bind(guardian)
            .bind(at + LINK_SECONDS)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        let args = [
            ("name", r.try_get::<String, _>("name")?),
            ("link", format!("{base_url}/ouders/link/{token}")),
        ];
        let mail = Outgoing {
            to: email.to_string(),
            subject: lang.t("parent-link-subject"),
            text: lang.tr("parent-link-body", &args),
            ics: None,
        };
        mail::enqueue(&mut tx, Some(r.try_get("school_id")?), &mail).await?;
        tx.commit().await?;
    }
    Ok(())
}

/// Whether a link can still be used (for the page that shows the sign-in button).
pub async fn link_is_valid(db: &Db, token: &str) -> Result<bool, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM parent_links WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2")
        .bind(tokens::hash_token(token))
        .bind(now())
        .fetch_one(db.read())
        .await?;
    Ok(n > 0)
}

/// Uses the link up and starts a session: (cookie token, guardian id). None when the link was
/// used before or has expired.
pub async fn sign_in(db: &Db, token: &str) -> Result<Option<(String, i64)>, sqlx::Error> {
    let at = now();
    let mut tx = db.begin().await?;
    let used: Option<(i64,)> = sqlx::query_as(
        "UPDATE parent_links SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING guardian_id",
    )
    .bind(at)
    .bind(tokens::hash_token(token))
    .fetch_optional(&mut *tx)
    .await?;
    let Some((guardian,)) = used else {
        return Ok(None);
    };
    let session = parent_sessions::create(&mut tx, guardian).await?;
    tx.commit().await?;
    Ok(Some((session, guardian)))
}

/// What a guardian may read: with parental authority everything the school shared; without it
/// (the law gives such a parent a right to important information, not to the full file) only
/// the communication plan and the agreements.
pub fn may_read_records(parental_authority: bool) -> bool {
    parental_authority
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_parents_with_authority_read_the_shared_records() {
        assert!(may_read_records(true));
        assert!(!may_read_records(false));
    }
}
