//! Sign-in throttling, stored in the database so every instance sees the same counts.

use crate::db::{now, Db};

pub const WINDOW_SECONDS: i64 = 15 * 60;
pub const MAX_PER_ACCOUNT: i64 = 5;
pub const MAX_PER_ADDRESS: i64 = 30;

pub fn account_key(email: &str) -> String {
    format!("account:{}", email.trim().to_lowercase())
}

pub fn address_key(ip: &str) -> String {
    format!("address:{ip}")
}

/// True when either the account or the client address has too many recent failures.
pub async fn is_blocked(db: &Db, email: &str, ip: &str) -> Result<bool, sqlx::Error> {
    let since = now() - WINDOW_SECONDS;
    for (key, max) in [
        (account_key(email), MAX_PER_ACCOUNT),
        (address_key(ip), MAX_PER_ADDRESS),
    ] {
        let (count,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM login_failures WHERE throttle_key = $1 AND at > $2",
        )
        .bind(&key)
        .bind(since)
        .fetch_one(db.read())
        .await?;
        if count >= max {
            return Ok(true);
        }
    }
    Ok(false)
}

pub async fn record_failure(db: &Db, email: &str, ip: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    let at = now();
    for key in [account_key(email), address_key(ip)] {
        sqlx::query("INSERT INTO login_failures (throttle_key, at) VALUES ($1, $2)")
            .bind(key)
            .bind(at)
            .execute(&mut *tx)
            .await?;
    }
    // Keep the table small: forget failures older than a day.
    sqlx::query("DELETE FROM login_failures WHERE at < $1")
        .bind(at - 86_400)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// A successful sign-in clears the account's count (not the address's).
pub async fn clear_account(db: &Db, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM login_failures WHERE throttle_key = $1")
        .bind(account_key(email))
        .execute(db.write())
        .await
        .map(|_| ())
}
