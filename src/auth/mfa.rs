//! Multi-factor sign-in for staff (ASVS 6.3.3): who needs it, the authenticator (TOTP) and
//! recovery codes in the database, and sign-ins waiting for their second step.
//! Enrolment and reset write their audit line in the same transaction as the change.

use rand::Rng;

use super::{passwords, tokens, totp, Roles};
use crate::db::{now, Db, Tx};

/// Whether a second factor is asked of someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// Must enrol before the first session (whole-school roles see every child's file).
    Required,
    /// May enrol (teachers, unless the school requires it of everyone).
    Offered,
    /// The demo school: trying the demo stays one step (a notice says so).
    Exempt,
}

pub fn need(roles: &Roles, for_all: bool, demo: bool) -> Need {
    if demo {
        Need::Exempt
    } else if for_all || roles.sees_whole_school() {
        Need::Required
    } else {
        Need::Offered
    }
}

/// Recovery codes made at enrolment; each can be used once.
pub const RECOVERY_CODES: usize = 10;
/// A sign-in waits this long for its second step...
pub const CHALLENGE_SECONDS: i64 = 10 * 60;
/// ...and takes this many wrong codes before the password must be typed again.
pub const CHALLENGE_TRIES: i64 = 5;

/// A recovery code: ten characters from an alphabet without look-alikes (about 50 bits;
/// ASVS 6.5.4 asks 20), shown as `XXXXX-XXXXX`.
pub fn new_recovery_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    let chars: String = (0..10)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// A typed recovery code as stored: upper case, without dashes or spaces.
pub fn normalise_recovery_code(typed: &str) -> String {
    typed
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[derive(sqlx::FromRow)]
pub struct Totp {
    pub secret: String,
    pub confirmed_at: Option<i64>,
    pub last_step: i64,
}

impl Totp {
    pub fn confirmed(&self) -> bool {
        self.confirmed_at.is_some()
    }
}

pub async fn totp_of(db: &Db, staff_id: i64) -> Result<Option<Totp>, sqlx::Error> {
    sqlx::query_as("SELECT secret, confirmed_at, last_step FROM staff_totp WHERE staff_id = $1")
        .bind(staff_id)
        .fetch_optional(db.read())
        .await
}

/// The secret for an enrolment that waits for its first code (the same one while the QR page
/// is reloaded). None when the person is enrolled already.
pub async fn pending_secret(db: &Db, staff_id: i64) -> Result<Option<String>, sqlx::Error> {
    if let Some(t) = totp_of(db, staff_id).await? {
        return Ok((!t.confirmed()).then_some(t.secret));
    }
    let secret = totp::new_secret();
    sqlx::query(
        "INSERT INTO staff_totp (staff_id, secret, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (staff_id) DO NOTHING",
    )
    .bind(staff_id)
    .bind(&secret)
    .bind(now())
    .execute(db.write())
    .await?;
    Ok(totp_of(db, staff_id)
        .await?
        .filter(|t| !t.confirmed())
        .map(|t| t.secret))
}

/// Writes one line about a staff account (no pupil) into the audit log, inside the change.
pub async fn audit(
    tx: &mut Tx,
    school_id: i64,
    actor: i64,
    action: &str,
    subject: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (school_id, staff_id, action, entity, entity_id, at) \
         VALUES ($1, $2, $3, 'staff', $4, $5)",
    )
    .bind(school_id)
    .bind(actor)
    .bind(action)
    .bind(subject)
    .bind(now())
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

/// Confirms an enrolment with its first code's step and stores fresh recovery codes (hashed).
/// Returns the codes to show once, or None when the enrolment was confirmed meanwhile.
pub async fn confirm(
    db: &Db,
    school_id: i64,
    staff_id: i64,
    step: i64,
) -> anyhow::Result<Option<Vec<String>>> {
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_recovery_code()).collect();
    let mut hashes = Vec::with_capacity(codes.len());
    for code in &codes {
        hashes.push(passwords::hash(normalise_recovery_code(code)).await?);
    }
    let mut tx = db.begin().await?;
    let done = sqlx::query(
        "UPDATE staff_totp SET confirmed_at = $1, last_step = $2 \
         WHERE staff_id = $3 AND confirmed_at IS NULL",
    )
    .bind(now())
    .bind(step)
    .bind(staff_id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(None);
    }
    sqlx::query("DELETE FROM recovery_codes WHERE staff_id = $1")
        .bind(staff_id)
        .execute(&mut *tx)
        .await?;
    for hash in &hashes {
        sqlx::query("INSERT INTO recovery_codes (staff_id, code_hash) VALUES ($1, $2)")
            .bind(staff_id)
            .bind(hash)
            .execute(&mut *tx)
            .await?;
    }
    audit(&mut tx, school_id, staff_id, "mfa-enrolled", staff_id).await?;
    tx.commit().await?;
    Ok(Some(codes))
}

/// Checks a typed code (authenticator or recovery) for an enrolled person and uses it up.
/// Both updates only succeed once, also with several instances racing (ASVS 6.5.1).
pub async fn verify_and_use(
    db: &Db,
    school_id: i64,
    staff_id: i64,
    typed: &str,
) -> anyhow::Result<bool> {
    let Some(t) = totp_of(db, staff_id).await?.filter(Totp::confirmed) else {
        return Ok(false);
    };
    if totp::looks_like_code(typed) {
        let Some(step) = totp::matching_step(&t.secret, typed, now(), t.last_step) else {
            return Ok(false);
        };
        let used = sqlx::query(
            "UPDATE staff_totp SET last_step = $1 WHERE staff_id = $2 AND last_step < $1",
        )
        .bind(step)
        .bind(staff_id)
        .execute(db.write())
        .await?;
        return Ok(used.rows_affected() == 1);
    }
    let typed = normalise_recovery_code(typed);
    if typed.len() != 10 {
        return Ok(false);
    }
    let unused: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, code_hash FROM recovery_codes WHERE staff_id = $1 AND used_at IS NULL",
    )
    .bind(staff_id)
    .fetch_all(db.read())
    .await?;
    for (id, hash) in unused {
        if passwords::verify(typed.clone(), Some(hash)).await {
            let mut tx = db.begin().await?;
            let used = sqlx::query(
                "UPDATE recovery_codes SET used_at = $1 WHERE id = $2 AND used_at IS NULL",
            )
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
            if used.rows_affected() != 1 {
                return Ok(false);
            }
            audit(
                &mut tx,
                school_id,
                staff_id,
                "mfa-recovery-code-used",
                staff_id,
            )
            .await?;
            tx.commit().await?;
            return Ok(true);
        }
    }
    Ok(false)
}

/// An administrator removes a colleague's authenticator and recovery codes (a lost phone);
/// the colleague enrols again at the next sign-in. Ends their sessions. False when the
/// colleague is not of `school_id` or had nothing to reset.
pub async fn reset(
    db: &Db,
    school_id: i64,
    admin_id: i64,
    staff_id: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    let removed = sqlx::query(
        "DELETE FROM staff_totp WHERE staff_id = $1 \
         AND staff_id IN (SELECT id FROM staff WHERE school_id = $2)",
    )
    .bind(staff_id)
    .bind(school_id)
    .execute(&mut *tx)
    .await?;
    if removed.rows_affected() != 1 {
        return Ok(false);
    }
    for sql in [
        "DELETE FROM recovery_codes WHERE staff_id = $1",
        "DELETE FROM sessions WHERE staff_id = $1",
        "DELETE FROM sign_in_challenges WHERE staff_id = $1",
    ] {
        sqlx::query(sql).bind(staff_id).execute(&mut *tx).await?;
    }
    audit(&mut tx, school_id, admin_id, "mfa-reset", staff_id).await?;
    tx.commit().await?;
    Ok(true)
}

/// Colleagues of a school with a confirmed authenticator: (id, name, email).
pub async fn enrolled_colleagues(
    db: &Db,
    school_id: i64,
) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id, s.name, s.email FROM staff s JOIN staff_totp t ON t.staff_id = s.id \
         WHERE s.school_id = $1 AND t.confirmed_at IS NOT NULL ORDER BY s.name",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

// ---------- sign-ins waiting for their second step ----------

#[derive(sqlx::FromRow)]
pub struct Challenge {
    pub token_hash: String,
    pub staff_id: i64,
    pub next_path: String,
    pub failures: i64,
}

/// Starts the second step; returns the token for the browser's cookie.
pub async fn start_challenge(db: &Db, staff_id: i64, next: &str) -> Result<String, sqlx::Error> {
    let token = tokens::new_token();
    let at = now();
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM sign_in_challenges WHERE created_at < $1")
        .bind(at - CHALLENGE_SECONDS)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO sign_in_challenges (token_hash, staff_id, next_path, created_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(tokens::hash_token(&token))
    .bind(staff_id)
    .bind(next)
    .bind(at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(token)
}

/// The live challenge of a cookie value (young enough, with tries left).
pub async fn challenge(db: &Db, token: Option<&str>) -> Result<Option<Challenge>, sqlx::Error> {
    let Some(token) = token else {
        return Ok(None);
    };
    sqlx::query_as(
        "SELECT c.token_hash, c.staff_id, c.next_path, c.failures FROM sign_in_challenges c \
         JOIN staff s ON s.id = c.staff_id \
         WHERE c.token_hash = $1 AND c.created_at > $2 AND c.failures < $3 \
         AND s.disabled_at IS NULL",
    )
    .bind(tokens::hash_token(token))
    .bind(now() - CHALLENGE_SECONDS)
    .bind(CHALLENGE_TRIES)
    .fetch_optional(db.read())
    .await
}

pub async fn challenge_failed(db: &Db, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sign_in_challenges SET failures = failures + 1 WHERE token_hash = $1")
        .bind(token_hash)
        .execute(db.write())
        .await
        .map(|_| ())
}

/// Ends a challenge; false when it was ended already (a second, racing use of the same step).
pub async fn end_challenge(db: &Db, token_hash: &str) -> Result<bool, sqlx::Error> {
    sqlx::query("DELETE FROM sign_in_challenges WHERE token_hash = $1")
        .bind(token_hash)
        .execute(db.write())
        .await
        .map(|r| r.rows_affected() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_school_roles_need_a_second_factor_and_the_demo_does_not() {
        let teacher = Roles {
            teacher: true,
            ..Default::default()
        };
        let director = Roles {
            director: true,
            ..Default::default()
        };
        let care = Roles {
            care_coordinator: true,
            ..Default::default()
        };
        assert_eq!(need(&teacher, false, false), Need::Offered);
        assert_eq!(need(&teacher, true, false), Need::Required);
        assert_eq!(need(&director, false, false), Need::Required);
        assert_eq!(need(&care, false, false), Need::Required);
        assert_eq!(need(&director, false, true), Need::Exempt);
    }

    #[test]
    fn recovery_codes_are_long_and_typed_loosely() {
        let c = new_recovery_code();
        assert_eq!(c.len(), 11);
        assert_eq!(normalise_recovery_code(&c.to_lowercase()).len(), 10);
        assert_eq!(normalise_recovery_code(" abcde-fghjk "), "ABCDEFGHJK");
        assert_ne!(new_recovery_code(), new_recovery_code());
    }
}
