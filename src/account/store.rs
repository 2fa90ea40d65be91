//! The account pages' writes, each in one transaction. The queries themselves belong to
//! `auth` (credentials, links, sessions), `school` and `staff`.

use super::RESET_LINKS_PER_HOUR;
use crate::auth::credentials::{find_for_sign_in, set_password_hash};
use crate::auth::sessions;
use crate::auth::staff_tokens::{self, TokenPurpose};
use crate::db::Db;
use crate::staff::{self, NewStaff};

/// Sets up the installation with its first school and administrator (who gets `hash` as
/// password). Returns the administrator's id, or None when somebody else set it up first.
pub async fn set_up(
    db: &Db,
    school_name: &str,
    city: &str,
    admin: &NewStaff,
    hash: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let mut tx = db.begin().await?;
    let Some(staff_id) = staff::set_up_installation(&mut tx, school_name, city, admin).await?
    else {
        return Ok(None);
    };
    set_password_hash(&mut tx, staff_id, hash).await?;
    tx.commit().await?;
    Ok(Some(staff_id))
}

/// Mails a reset link when the address belongs to an enabled account that has not had too many
/// links this hour; otherwise does nothing (the page says the same either way).
pub async fn send_reset_link(db: &Db, base_url: &str, email: &str) -> Result<(), sqlx::Error> {
    let Some(account) = find_for_sign_in(db, email).await? else {
        return Ok(());
    };
    if !account.enabled
        || staff_tokens::recent_token_count(db, account.id, TokenPurpose::Reset).await?
            >= RESET_LINKS_PER_HOUR
    {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    staff_tokens::send_password_link(&mut tx, base_url, account.id, TokenPurpose::Reset).await?;
    tx.commit().await
}

/// Uses up the link and stores the new password; a new password signs out every other session
/// of this person. False when the link was used or expired in the meantime.
pub async fn set_password(
    db: &Db,
    token: &str,
    staff_id: i64,
    hash: &str,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    if !staff_tokens::use_token(&mut tx, token).await? {
        return Ok(false);
    }
    set_password_hash(&mut tx, staff_id, hash).await?;
    tx.commit().await?;
    sessions::delete_all_for(db, staff_id).await?;
    Ok(true)
}

/// Stores one's own new password, with its audit line in the same transaction.
pub async fn change_password(
    db: &Db,
    school_id: i64,
    staff_id: i64,
    hash: &str,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    set_password_hash(&mut tx, staff_id, hash).await?;
    crate::auth::mfa::audit(&mut tx, school_id, staff_id, "password-changed", staff_id).await?;
    tx.commit().await
}
