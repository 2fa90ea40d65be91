//! Staff credentials: the account behind a sign-in address, and storing a new password hash.

use crate::db::{Db, Flag, Tx};

/// What sign-in needs to know about an address.
#[derive(sqlx::FromRow)]
pub struct SignInAccount {
    pub id: i64,
    pub password_hash: Option<String>,
    #[sqlx(try_from = "Flag")]
    pub enabled: bool,
}

/// The account of an e-mail address (compared trimmed and in lower case).
pub async fn find_for_sign_in(db: &Db, email: &str) -> Result<Option<SignInAccount>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, password_hash, CASE WHEN disabled_at IS NULL THEN 1 ELSE 0 END AS enabled \
         FROM staff WHERE email = $1",
    )
    .bind(email.trim().to_lowercase())
    .fetch_optional(db.read())
    .await
}

pub async fn set_password_hash(tx: &mut Tx, staff_id: i64, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE staff SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(staff_id)
        .execute(&mut **tx)
        .await
        .map(|_| ())
}

/// A staff member by id, as a session would hold them (for the steps of a sign-in).
pub async fn staff_by_id(db: &Db, staff_id: i64) -> Result<Option<super::StaffUser>, sqlx::Error> {
    let sql = format!(
        "SELECT {} FROM staff s WHERE s.id = $1 AND s.disabled_at IS NULL",
        super::sessions::STAFF_COLUMNS
    );
    Ok(sqlx::query_as::<_, super::sessions::StaffColumns>(&sql)
        .bind(staff_id)
        .fetch_optional(db.read())
        .await?
        .map(Into::into))
}
