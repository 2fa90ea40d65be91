//! Sign-in throttling (ASVS 6.3.1, 6.1.1), stored in the database so every instance sees the
//! same counts. It slows an attacker down without letting anyone lock a colleague out:
//! - failures are counted per account *and* address, so wrong tries from one place do not stop
//!   the owner elsewhere;
//! - a browser that signed in to the account before (a known device, see `devices`) has its
//!   own count, so the owner is not stopped even from behind the same school NAT;
//! - per account over all addresses and per address over all accounts only far larger numbers
//!   slow things down (a distributed guess at one account; spraying one password at many);
//! - past the free tries, every further try waits twice as long as the last (no hard lock).
//!   Tries refused while waiting are not counted, so the wait never grows beyond its cap.

use std::net::IpAddr;

use crate::db::{now, Db};

/// Failures older than this are forgotten.
pub const WINDOW_SECONDS: i64 = 60 * 60;
/// Free tries for one account from one address (or one known device).
pub const MAX_PER_ACCOUNT: i64 = 5;
/// Free tries for one account over all addresses that are not its known devices.
pub const MAX_PER_ACCOUNT_ANYWHERE: i64 = 50;
/// Free tries from one address over all accounts (a school's NAT is many colleagues).
pub const MAX_PER_ADDRESS: i64 = 100;
/// The first wait after the free tries; it doubles with every further failure...
pub const FIRST_DELAY_SECONDS: i64 = 30;
/// ...up to this.
pub const MAX_DELAY_SECONDS: i64 = 15 * 60;

/// How long to wait after the last of `failures` failures when `free` are allowed.
pub fn delay(failures: i64, free: i64) -> i64 {
    if failures < free {
        return 0;
    }
    let doublings = (failures - free).min(16) as u32;
    (FIRST_DELAY_SECONDS << doublings).min(MAX_DELAY_SECONDS)
}

/// Seconds left to wait at `at`, given the failures counted under one key.
pub fn wait_left(failures: i64, free: i64, last_failure_at: i64, at: i64) -> i64 {
    (last_failure_at + delay(failures, free) - at).max(0)
}

/// One sign-in attempt as the throttle sees it.
pub struct Attempt<'a> {
    pub email: &'a str,
    pub ip: IpAddr,
    /// The hash of this browser's device token when it signed in to this account before.
    pub known_device: Option<&'a str>,
}

impl Attempt<'_> {
    /// The counters this attempt is judged by (and counted in), with their free tries.
    fn keys(&self) -> Vec<(String, i64)> {
        let email = self.email.trim().to_lowercase();
        match self.known_device {
            // The owner's own browser: only its own failures count.
            Some(device) => vec![(format!("device:{device}:{email}"), MAX_PER_ACCOUNT)],
            None => vec![
                (format!("pair:{email}|{}", self.ip), MAX_PER_ACCOUNT),
                (format!("account:{email}"), MAX_PER_ACCOUNT_ANYWHERE),
                (format!("address:{}", self.ip), MAX_PER_ADDRESS),
            ],
        }
    }
}

/// Seconds this attempt must wait before its password is even looked at (0: go ahead).
pub async fn wait_seconds(db: &Db, attempt: &Attempt<'_>) -> Result<i64, sqlx::Error> {
    let at = now();
    let mut wait = 0;
    for (key, free) in attempt.keys() {
        let (count, last): (i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), COALESCE(MAX(at), 0) FROM login_failures \
             WHERE throttle_key = $1 AND at > $2",
        )
        .bind(&key)
        .bind(at - WINDOW_SECONDS)
        .fetch_one(db.read())
        .await?;
        wait = wait.max(wait_left(count, free, last, at));
    }
    Ok(wait)
}

pub async fn record_failure(db: &Db, attempt: &Attempt<'_>) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    let at = now();
    for (key, _) in attempt.keys() {
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

/// A successful sign-in clears the counts of this account from this place (not the account's
/// count over all addresses, nor the address's over all accounts: those are someone else's).
pub async fn clear(db: &Db, attempt: &Attempt<'_>) -> Result<(), sqlx::Error> {
    for (key, _) in attempt.keys() {
        if key.starts_with("pair:") || key.starts_with("device:") {
            sqlx::query("DELETE FROM login_failures WHERE throttle_key = $1")
                .bind(key)
                .execute(db.write())
                .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_after_the_free_tries_and_are_capped() {
        assert_eq!(delay(4, 5), 0);
        assert_eq!(delay(5, 5), 30);
        assert_eq!(delay(6, 5), 60);
        assert_eq!(delay(7, 5), 120);
        assert_eq!(delay(30, 5), MAX_DELAY_SECONDS);
        assert_eq!(wait_left(5, 5, 1000, 1010), 20);
        assert_eq!(wait_left(5, 5, 1000, 1031), 0);
    }

    #[test]
    fn a_known_device_is_counted_on_its_own() {
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let stranger = Attempt {
            email: "Anna@x.nl",
            ip,
            known_device: None,
        };
        assert_eq!(stranger.keys().len(), 3);
        assert_eq!(stranger.keys()[0].0, "pair:anna@x.nl|192.0.2.1");
        let owner = Attempt {
            email: "anna@x.nl",
            ip,
            known_device: Some("h"),
        };
        assert_eq!(owner.keys(), vec![("device:h:anna@x.nl".to_string(), 5)]);
    }
}
