//! The school feature's SQL: schools, school years, the installation mark, settings.

use super::rules::{school_year_name, school_year_of};
use crate::db::{flag, now, Db, Tx};
use crate::domain::ExitPolicy;
use crate::timefmt;

/// Whether an administrator exists; without one the set-up page is shown.
pub async fn is_set_up(db: &Db) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM installation")
        .fetch_one(db.read())
        .await?;
    Ok(n > 0)
}

/// Marks the installation as set up; false when somebody else did it first.
pub async fn mark_set_up(tx: &mut Tx) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO installation (id, set_up_at) VALUES (1, $1) ON CONFLICT (id) DO NOTHING",
    )
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Creates a school with its current school year; returns (school id, school year id).
pub async fn create_school(
    tx: &mut Tx,
    name: &str,
    brin: &str,
    city: &str,
) -> Result<(i64, i64), sqlx::Error> {
    let school_id: i64 = sqlx::query_scalar(
        "INSERT INTO schools (name, brin, city, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(name)
    .bind(brin)
    .bind(city)
    .bind(now())
    .fetch_one(&mut **tx)
    .await?;
    let year = school_year_of(timefmt::today());
    let year_id = create_school_year(tx, school_id, year, true).await?;
    Ok((school_id, year_id))
}

/// Creates a school year running 1 August – 31 July (first school day: see
/// `rules::default_first_school_day`); `current` marks the year the school is in
/// (set-up, the demo), so it counts as already switched into.
pub async fn create_school_year(
    tx: &mut Tx,
    school_id: i64,
    (start, end): (i32, i32),
    current: bool,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO school_years (school_id, name, starts_on, ends_on, is_current, first_school_day, switched_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(school_id)
    .bind(school_year_name((start, end)))
    .bind(format!("{start}-08-01"))
    .bind(format!("{end}-07-31"))
    .bind(flag(current))
    .bind(timefmt::iso(super::rules::default_first_school_day(start)))
    .bind(current.then(now))
    .fetch_one(&mut **tx)
    .await
}

/// The current school year of a school: (id, name). It follows from the date: on a coming
/// year's first school day the school switches into it (see `years`).
pub async fn current_year(db: &Db, school_id: i64) -> Result<Option<(i64, String)>, sqlx::Error> {
    crate::years::current_year(db, school_id).await
}

pub async fn school_name(db: &Db, school_id: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT name FROM schools WHERE id = $1")
        .bind(school_id)
        .fetch_one(db.read())
        .await
}

/// What administrators set on the settings page.
#[derive(sqlx::FromRow)]
pub struct Settings {
    pub name: String,
    pub brin: String,
    pub city: String,
    pub contact: String,
    pub help_info: String,
    pub exit_policy: String,
    /// Role codes that may change guardians' e-mail addresses besides administrators.
    pub guardian_email_roles: String,
    /// Every staff member signs in with a second step, teachers too.
    #[sqlx(try_from = "crate::db::Flag")]
    pub mfa_for_all: bool,
}

pub async fn settings(db: &Db, school_id: i64) -> Result<Settings, sqlx::Error> {
    sqlx::query_as(
        "SELECT name, brin, city, contact, help_info, exit_policy, guardian_email_roles, mfa_for_all \
         FROM schools WHERE id = $1",
    )
    .bind(school_id)
    .fetch_one(db.read())
    .await
}

pub struct NewSettings {
    pub name: String,
    pub brin: String,
    pub city: String,
    pub contact: String,
    pub help_info: String,
    pub exit_policy: ExitPolicy,
    pub guardian_email_roles: String,
    pub mfa_for_all: bool,
}

pub async fn save_settings(db: &Db, school_id: i64, s: NewSettings) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE schools SET name = $1, city = $2, contact = $3, help_info = $4, exit_policy = $5, \
         guardian_email_roles = $6, mfa_for_all = $7, brin = $8 WHERE id = $9",
    )
    .bind(s.name)
    .bind(s.city)
    .bind(s.contact)
    .bind(s.help_info)
    .bind(s.exit_policy)
    .bind(s.guardian_email_roles)
    .bind(i64::from(s.mfa_for_all))
    .bind(s.brin)
    .bind(school_id)
    .execute(db.write())
    .await
    .map(|_| ())
}

/// What the public help page shows of a school.
#[derive(sqlx::FromRow)]
pub struct Help {
    pub name: String,
    pub contact: String,
    pub help_info: String,
}

pub async fn help(db: &Db, school_id: i64) -> Result<Option<Help>, sqlx::Error> {
    sqlx::query_as("SELECT name, contact, help_info FROM schools WHERE id = $1")
        .bind(school_id)
        .fetch_optional(db.read())
        .await
}

/// The roles (comma-separated codes) that may change guardians' e-mail addresses besides
/// administrators.
pub async fn guardian_email_roles(db: &Db, school_id: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT guardian_email_roles FROM schools WHERE id = $1")
        .bind(school_id)
        .fetch_one(db.read())
        .await
}

/// Whether the school asks a second sign-in step of every staff member.
pub async fn mfa_for_all(db: &Db, school_id: i64) -> Result<bool, sqlx::Error> {
    let on: Option<i64> = sqlx::query_scalar("SELECT mfa_for_all FROM schools WHERE id = $1")
        .bind(school_id)
        .fetch_optional(db.read())
        .await?;
    Ok(on == Some(1))
}
