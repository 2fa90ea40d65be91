//! Known devices: a browser that signed in to an account keeps a random token in a long-lived
//! cookie, so its owner's later tries are throttled apart from strangers' (see `throttle`).

use super::tokens;
use crate::db::{now, Db};

/// A device is forgotten after half a year without a sign-in.
pub const KEEP_SECONDS: i64 = 182 * 86_400;

/// The token's hash when `token` is a known device of `staff_id`.
pub async fn known_for(
    db: &Db,
    token: Option<&str>,
    staff_id: Option<i64>,
) -> Result<Option<String>, sqlx::Error> {
    let (Some(token), Some(staff_id)) = (token, staff_id) else {
        return Ok(None);
    };
    let hash = tokens::hash_token(token);
    let found: Option<(i64,)> = sqlx::query_as(
        "SELECT staff_id FROM known_devices \
         WHERE token_hash = $1 AND staff_id = $2 AND last_used_at > $3",
    )
    .bind(&hash)
    .bind(staff_id)
    .bind(now() - KEEP_SECONDS)
    .fetch_optional(db.read())
    .await?;
    Ok(found.map(|_| hash))
}

/// Remembers this browser for the account after a complete sign-in. Returns the token for the
/// cookie: the browser's own when it had one (one browser may serve several colleagues).
pub async fn remember(db: &Db, token: Option<&str>, staff_id: i64) -> Result<String, sqlx::Error> {
    let token = token
        .filter(|t| t.len() == 43)
        .map_or_else(tokens::new_token, str::to_string);
    let at = now();
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM known_devices WHERE token_hash = $1 AND staff_id = $2")
        .bind(tokens::hash_token(&token))
        .bind(staff_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO known_devices (token_hash, staff_id, created_at, last_used_at) \
         VALUES ($1, $2, $3, $3)",
    )
    .bind(tokens::hash_token(&token))
    .bind(staff_id)
    .bind(at)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM known_devices WHERE last_used_at < $1")
        .bind(at - KEEP_SECONDS)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(token)
}
