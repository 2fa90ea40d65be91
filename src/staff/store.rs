//! The staff feature's SQL: accounts, their roles and groups, enabling and disabling.

use crate::auth::sessions::RoleColumns;
use crate::auth::staff_tokens::{self, TokenPurpose};
use crate::auth::Roles;
use crate::db::{flag, is_unique_violation, now, Db, Flag, Sql, Tx};
use crate::i18n::Lang;
use crate::mail::{self, Outgoing};

/// A new account, or the new name, address and roles of an existing one.
pub struct NewStaff {
    pub name: String,
    pub email: String,
    pub roles: Roles,
}

/// The address already belongs to another account.
#[derive(Debug)]
pub struct EmailTaken;

pub async fn insert(tx: &mut Tx, school_id: i64, s: &NewStaff) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO staff (school_id, name, email, is_teacher, is_care_coordinator, is_director, \
         is_admin, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(school_id)
    .bind(&s.name)
    .bind(&s.email)
    .bind(flag(s.roles.teacher))
    .bind(flag(s.roles.care_coordinator))
    .bind(flag(s.roles.director))
    .bind(flag(s.roles.administrator))
    .bind(now())
    .fetch_one(&mut **tx)
    .await
}

/// A line of the staff list.
#[derive(sqlx::FromRow)]
pub struct ListedStaff {
    pub id: i64,
    pub name: String,
    pub email: String,
    #[sqlx(flatten, try_from = "RoleColumns")]
    pub roles: Roles,
    #[sqlx(try_from = "Flag")]
    pub has_password: bool,
    #[sqlx(try_from = "Flag")]
    pub disabled: bool,
}

/// The school's staff whose name or address contains `search` (any case), by name.
pub async fn list(db: &Db, school_id: i64, search: &str) -> Result<Vec<ListedStaff>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name, email, is_teacher, is_care_coordinator, is_director, is_admin, \
         CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END AS has_password, \
         CASE WHEN disabled_at IS NULL THEN 0 ELSE 1 END AS disabled \
         FROM staff WHERE school_id = $1 AND (LOWER(name) LIKE $2 OR email LIKE $2) ORDER BY name",
    )
    .bind(school_id)
    .bind(format!("%{}%", search.trim().to_lowercase()))
    .fetch_all(db.read())
    .await
}

/// A staff member as the edit form shows them.
#[derive(sqlx::FromRow)]
pub struct Member {
    pub name: String,
    pub email: String,
    #[sqlx(flatten, try_from = "RoleColumns")]
    pub roles: Roles,
}

/// A staff member of the given school.
pub async fn member(db: &Db, school_id: i64, id: i64) -> Result<Option<Member>, sqlx::Error> {
    sqlx::query_as(
        "SELECT name, email, is_teacher, is_care_coordinator, is_director, is_admin FROM staff \
         WHERE id = $1 AND school_id = $2",
    )
    .bind(id)
    .bind(school_id)
    .fetch_optional(db.read())
    .await
}

pub async fn group_ids(db: &Db, staff_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT group_id FROM group_staff WHERE staff_id = $1")
        .bind(staff_id)
        .fetch_all(db.read())
        .await
}

/// What became of an invitation.
#[derive(Debug, PartialEq, Eq)]
pub enum Invited {
    /// A new account of this school, with the invitation mailed.
    Account(i64),
    /// The address has an account at another school: nothing is linked, that person gets a
    /// notice instead. The administrator is told the same as for a new account, so adding staff
    /// cannot be used to find out who works at which school (ASVS 6.3.8, no enumeration).
    Elsewhere,
}

/// The person an address already belongs to.
#[derive(sqlx::FromRow)]
struct Holder {
    school_id: i64,
    name: String,
    email: String,
    language: String,
}

/// Creates an account linked to the given groups and mails the invitation, in one transaction.
/// An address of this school's own staff is refused (the administrator sees the list anyway).
pub async fn invite(
    db: &Db,
    base_url: &str,
    school_id: i64,
    new: &NewStaff,
    group_ids: &[i64],
) -> Result<Result<Invited, EmailTaken>, sqlx::Error> {
    let mut tx = db.begin().await?;
    // Looked up before the insert: after a failed insert PostgreSQL refuses the transaction.
    let holder: Option<Holder> =
        sqlx::query_as("SELECT school_id, name, email, language FROM staff WHERE email = $1")
            .bind(&new.email)
            .fetch_optional(&mut *tx)
            .await?;
    if let Some(h) = holder {
        if h.school_id == school_id {
            return Ok(Err(EmailTaken));
        }
        notify_elsewhere(&mut tx, school_id, &h).await?;
        tx.commit().await?;
        return Ok(Ok(Invited::Elsewhere));
    }
    let id = match insert(&mut tx, school_id, new).await {
        Ok(id) => id,
        // Another administrator took the address a moment ago: nothing to tell either way.
        Err(e) if is_unique_violation(&e) => return Ok(Ok(Invited::Elsewhere)),
        Err(e) => return Err(e),
    };
    set_groups(&mut tx, school_id, id, group_ids).await?;
    staff_tokens::send_password_link(&mut tx, base_url, id, TokenPurpose::Invite).await?;
    tx.commit().await?;
    Ok(Ok(Invited::Account(id)))
}

/// Tells the holder of an address that another school tried to add them, without a link. The
/// mail belongs to the holder's own school's outbox, not to the school that tried.
async fn notify_elsewhere(
    tx: &mut Tx,
    inviting_school: i64,
    h: &Holder,
) -> Result<(), sqlx::Error> {
    let school: String = sqlx::query_scalar("SELECT name FROM schools WHERE id = $1")
        .bind(inviting_school)
        .fetch_one(&mut **tx)
        .await?;
    let lang = Lang::staff_from_code(&h.language).unwrap_or_default();
    let args = [("name", h.name.clone()), ("school", school)];
    let mail = Outgoing {
        to: h.email.clone(),
        subject: lang.tr("mail-staff-elsewhere-subject", &args),
        text: lang.tr("mail-staff-elsewhere-body", &args),
        lang,
        ics: None,
    };
    mail::enqueue(tx, Some(h.school_id), &mail)
        .await
        .map(|_| ())
}

/// Saves name, address, roles and groups of a staff member of the school.
pub async fn update(
    db: &Db,
    school_id: i64,
    id: i64,
    s: &NewStaff,
    group_ids: &[i64],
) -> Result<Result<(), EmailTaken>, sqlx::Error> {
    let mut tx = db.begin().await?;
    let result = sqlx::query(
        "UPDATE staff SET name = $1, email = $2, is_teacher = $3, is_care_coordinator = $4, \
         is_director = $5, is_admin = $6 WHERE id = $7 AND school_id = $8",
    )
    .bind(&s.name)
    .bind(&s.email)
    .bind(flag(s.roles.teacher))
    .bind(flag(s.roles.care_coordinator))
    .bind(flag(s.roles.director))
    .bind(flag(s.roles.administrator))
    .bind(id)
    .bind(school_id)
    .execute(&mut *tx)
    .await;
    match result {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => return Ok(Err(EmailTaken)),
        Err(e) => return Err(e),
    }
    set_groups(&mut tx, school_id, id, group_ids).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Replaces the group links of a staff member with links to those of the given groups that
/// belong to the same school.
async fn set_groups(
    tx: &mut Tx,
    school_id: i64,
    staff_id: i64,
    group_ids: &[i64],
) -> Result<(), sqlx::Error> {
    // Only this year's groups are on the form: earlier years' and a coming year's links stay.
    sqlx::query(
        "DELETE FROM group_staff WHERE staff_id = $1 AND group_id IN (SELECT g.id FROM groups g \
         JOIN school_years y ON y.id = g.school_year_id WHERE y.is_current = 1)",
    )
    .bind(staff_id)
    .execute(&mut **tx)
    .await?;
    if group_ids.is_empty() {
        return Ok(());
    }
    // SQLite needs the WHERE before ON CONFLICT to parse an INSERT … SELECT upsert.
    let mut sql = Sql::new("INSERT INTO group_staff (group_id, staff_id) SELECT id, ");
    sql.bind(staff_id)
        .push(" FROM groups WHERE school_id = ")
        .bind(school_id)
        .push(" AND id IN ")
        .bind_list(group_ids.to_vec())
        .push(" ON CONFLICT DO NOTHING");
    sql.query().execute(&mut **tx).await.map(|_| ())
}

/// Disables an account and, in the same transaction, revokes its calendar feed: the feed's
/// secret address would otherwise keep serving pupils' names and parents' notes (ASVS 7.4.2).
pub async fn disable(db: &Db, school_id: i64, id: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    let done = sqlx::query("UPDATE staff SET disabled_at = $1 WHERE id = $2 AND school_id = $3")
        .bind(now())
        .bind(id)
        .bind(school_id)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() > 0 {
        sqlx::query("DELETE FROM calendar_feeds WHERE staff_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

pub async fn enable(db: &Db, school_id: i64, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE staff SET disabled_at = NULL WHERE id = $1 AND school_id = $2")
        .bind(id)
        .bind(school_id)
        .execute(db.write())
        .await
        .map(|_| ())
}

/// Mails a new invitation link.
pub async fn resend_invitation(db: &Db, base_url: &str, id: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    staff_tokens::send_password_link(&mut tx, base_url, id, TokenPurpose::Invite).await?;
    tx.commit().await
}

/// Marks a staff member as board staff (sees every school's coverage); false when no account
/// has that address.
pub async fn grant_board(db: &Db, email: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE staff SET is_board = 1 WHERE email = $1")
        .bind(email.trim().to_lowercase())
        .execute(db.write())
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Replaces any earlier set-up token by this one (only the link printed last works).
pub async fn replace_setup_token(db: &Db, token_hash: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM setup_tokens")
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO setup_tokens (token_hash, created_at) VALUES ($1, $2)")
        .bind(token_hash.to_string())
        .bind(now())
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// Whether this is the set-up link printed last, printed after `since` (unix seconds).
pub async fn setup_token_exists(
    db: &Db,
    token_hash: &str,
    since: i64,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM setup_tokens WHERE token_hash = $1 AND created_at >= $2",
    )
    .bind(token_hash.to_string())
    .bind(since)
    .fetch_one(db.read())
    .await?;
    Ok(n > 0)
}

/// Once the installation is set up, its set-up link is spent.
pub async fn delete_setup_tokens(tx: &mut Tx) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM setup_tokens")
        .execute(&mut **tx)
        .await
        .map(|_| ())
}
