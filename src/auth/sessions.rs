//! Staff sessions in the database. The cookie holds a random token; the table holds its hash.

use super::{tokens, Roles, Session, StaffUser};
use crate::db::{now, Db, Flag};

/// Signed out after two hours without activity…
pub const IDLE_SECONDS: i64 = 2 * 60 * 60;
/// …and after twelve hours in any case (one school day).
pub const ABSOLUTE_SECONDS: i64 = 12 * 60 * 60;
/// `last_seen_at` is refreshed at most once a minute, to keep reads cheap.
const TOUCH_AFTER_SECONDS: i64 = 60;

/// Starts a new session (always a fresh token: the id is renewed at every sign-in).
pub async fn create(db: &Db, staff_id: i64) -> Result<String, sqlx::Error> {
    let token = tokens::new_token();
    let at = now();
    sqlx::query(
        "INSERT INTO sessions (token_hash, staff_id, csrf_token, created_at, last_seen_at) \
         VALUES ($1, $2, $3, $4, $4)",
    )
    .bind(tokens::hash_token(&token))
    .bind(staff_id)
    .bind(tokens::new_token())
    .bind(at)
    .execute(db.write())
    .await?;
    Ok(token)
}

pub const STAFF_COLUMNS: &str = "s.id, s.school_id, s.name, s.email, s.is_teacher, \
     s.is_care_coordinator, s.is_director, s.is_admin, s.is_board";

/// The four role columns of `staff` (0/1), read into `Roles` with
/// `#[sqlx(flatten, try_from = "RoleColumns")] roles: Roles`.
#[derive(sqlx::FromRow)]
pub struct RoleColumns {
    #[sqlx(try_from = "Flag")]
    pub is_teacher: bool,
    #[sqlx(try_from = "Flag")]
    pub is_care_coordinator: bool,
    #[sqlx(try_from = "Flag")]
    pub is_director: bool,
    #[sqlx(try_from = "Flag")]
    pub is_admin: bool,
}

impl From<RoleColumns> for Roles {
    fn from(r: RoleColumns) -> Roles {
        Roles {
            teacher: r.is_teacher,
            care_coordinator: r.is_care_coordinator,
            director: r.is_director,
            administrator: r.is_admin,
        }
    }
}

/// A staff member as `STAFF_COLUMNS` selects them.
#[derive(sqlx::FromRow)]
pub struct StaffColumns {
    pub id: i64,
    pub school_id: i64,
    pub name: String,
    pub email: String,
    #[sqlx(flatten, try_from = "RoleColumns")]
    pub roles: Roles,
    #[sqlx(try_from = "Flag")]
    pub is_board: bool,
}

impl From<StaffColumns> for StaffUser {
    fn from(s: StaffColumns) -> StaffUser {
        StaffUser {
            id: s.id,
            school_id: s.school_id,
            name: s.name,
            email: s.email,
            roles: s.roles,
            board: s.is_board,
        }
    }
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    #[sqlx(flatten, try_from = "StaffColumns")]
    staff: StaffUser,
    csrf_token: String,
    created_at: i64,
    last_seen_at: i64,
}

/// Finds a live session for a cookie value; expired ones are deleted on the way.
pub async fn load(db: &Db, token: &str) -> Result<Option<Session>, sqlx::Error> {
    let token_hash = tokens::hash_token(token);
    let sql = format!(
        "SELECT {STAFF_COLUMNS}, x.csrf_token, x.created_at, x.last_seen_at \
         FROM sessions x JOIN staff s ON s.id = x.staff_id \
         WHERE x.token_hash = $1 AND s.disabled_at IS NULL"
    );
    let Some(row) = sqlx::query_as::<_, SessionRow>(&sql)
        .bind(&token_hash)
        .fetch_optional(db.read())
        .await?
    else {
        return Ok(None);
    };
    let at = now();
    if !is_live(row.created_at, row.last_seen_at, at) {
        delete(db, &token_hash).await?;
        return Ok(None);
    }
    if at - row.last_seen_at > TOUCH_AFTER_SECONDS {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(at)
            .bind(&token_hash)
            .execute(db.write())
            .await?;
    }
    Ok(Some(Session {
        csrf: row.csrf_token,
        staff: row.staff,
        token_hash,
    }))
}

/// The timeout rule on its own.
pub fn is_live(created_at: i64, last_seen_at: i64, at: i64) -> bool {
    at - last_seen_at <= IDLE_SECONDS && at - created_at <= ABSOLUTE_SECONDS
}

pub async fn delete(db: &Db, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(db.write())
        .await
        .map(|_| ())
}

/// Signs a person out everywhere but in this session (their own password change).
pub async fn delete_others(db: &Db, staff_id: i64, keep_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE staff_id = $1 AND token_hash <> $2")
        .bind(staff_id)
        .bind(keep_hash)
        .execute(db.write())
        .await
        .map(|_| ())
}

/// Signs a person out everywhere (password change, account disabled).
pub async fn delete_all_for(db: &Db, staff_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE staff_id = $1")
        .bind(staff_id)
        .execute(db.write())
        .await
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_expire_when_idle_or_old() {
        let start = 1_000_000;
        assert!(is_live(start, start, start + 60));
        assert!(is_live(start, start + 3600, start + 3600 + IDLE_SECONDS));
        assert!(!is_live(start, start, start + IDLE_SECONDS + 1));
        // Active all day, but past the absolute limit.
        assert!(!is_live(
            start,
            start + ABSOLUTE_SECONDS,
            start + ABSOLUTE_SECONDS + 1
        ));
    }
}
