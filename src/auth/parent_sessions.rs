//! Parents' sessions in the database, started by a mailed single-use link (see `parents`).
//! Like staff sessions, the cookie holds a random token and the table its hash; each session
//! has its own form token, checked by the same CSRF layer as staff forms.

use super::tokens;
use crate::db::{now, Db, Tx};

pub const IDLE_SECONDS: i64 = 60 * 60;
pub const ABSOLUTE_SECONDS: i64 = 8 * 60 * 60;
/// `last_seen_at` is refreshed at most once a minute, to keep reads cheap.
const TOUCH_AFTER_SECONDS: i64 = 60;

#[derive(Clone, Debug)]
pub struct ParentSession {
    pub token_hash: String,
    pub guardian_id: i64,
    pub csrf: String,
    pub name: String,
    /// The guardian's own language: their pages are shown in it.
    pub language: String,
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    guardian_id: i64,
    csrf_token: String,
    created_at: i64,
    last_seen_at: i64,
    name: String,
    language: String,
}

/// Starts a session for a guardian inside the caller's transaction; returns the cookie token.
pub async fn create(tx: &mut Tx, guardian_id: i64) -> Result<String, sqlx::Error> {
    let token = tokens::new_token();
    sqlx::query(
        "INSERT INTO parent_sessions (token_hash, guardian_id, csrf_token, created_at, last_seen_at) \
         VALUES ($1, $2, $3, $4, $4)",
    )
    .bind(tokens::hash_token(&token))
    .bind(guardian_id)
    .bind(tokens::new_token())
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(token)
}

/// The live session for a cookie value; an expired one is deleted on the way.
pub async fn load(db: &Db, cookie: &str) -> Result<Option<ParentSession>, sqlx::Error> {
    let hash = tokens::hash_token(cookie);
    let row: Option<SessionRow> = sqlx::query_as(
        "SELECT s.guardian_id, s.csrf_token, s.created_at, s.last_seen_at, g.name, g.language FROM parent_sessions s \
         JOIN guardians g ON g.id = s.guardian_id WHERE s.token_hash = $1 AND g.archived_at IS NULL",
    )
    .bind(&hash)
    .fetch_optional(db.read())
    .await?;
    let Some(r) = row else { return Ok(None) };
    let at = now();
    if at - r.last_seen_at > IDLE_SECONDS || at - r.created_at > ABSOLUTE_SECONDS {
        delete(db, &hash).await?;
        return Ok(None);
    }
    if at - r.last_seen_at > TOUCH_AFTER_SECONDS {
        sqlx::query("UPDATE parent_sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(at)
            .bind(&hash)
            .execute(db.write())
            .await?;
    }
    Ok(Some(ParentSession {
        token_hash: hash,
        guardian_id: r.guardian_id,
        csrf: r.csrf_token,
        name: r.name,
        language: r.language,
    }))
}

pub async fn delete(db: &Db, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM parent_sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(db.write())
        .await
        .map(|_| ())
}
