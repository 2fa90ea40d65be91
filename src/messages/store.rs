//! The SQL of parents' messages: the child a guardian writes about, the response time that
//! applies, the holidays, the messages themselves and their answers.

use sqlx::FromRow;

use crate::audit::{self, Line};
use crate::auth::access::Reach;
use crate::auth::StaffUser;
use crate::db::{flag, Db, Flag, Sql, Tx};
use crate::domain::PersonName;

/// A child of the signed-in guardian, with what a message to school needs.
#[derive(FromRow)]
pub struct ChildRow {
    pub pupil_id: i64,
    pub school_id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub guardian_email: Option<String>,
    pub guardian_phone: String,
}

/// A child of this guardian (any other child: None, so the page answers 404).
pub async fn child_of_guardian(
    db: &Db,
    guardian_id: i64,
    pupil_id: i64,
) -> sqlx::Result<Option<ChildRow>> {
    sqlx::query_as(
        "SELECT p.id AS pupil_id, p.school_id, p.first_name, p.name_prefix, p.last_name, \
         gd.email AS guardian_email, gd.phone AS guardian_phone \
         FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id \
         JOIN guardians gd ON gd.id = l.guardian_id \
         WHERE l.guardian_id = $1 AND p.id = $2 AND gd.archived_at IS NULL \
         AND p.archived_at IS NULL",
    )
    .bind(guardian_id)
    .bind(pupil_id)
    .fetch_optional(db.read())
    .await
}

/// (the plan's response time in school days for the current year, the school's default).
pub async fn response_days(
    db: &Db,
    school_id: i64,
    pupil_id: i64,
) -> sqlx::Result<(Option<i64>, i64)> {
    let plan: Option<Option<i64>> = sqlx::query_scalar(
        "SELECT pl.response_days FROM plans pl JOIN school_years y ON y.id = pl.school_year_id \
         WHERE pl.pupil_id = $1 AND y.school_id = $2 AND y.is_current = 1",
    )
    .bind(pupil_id)
    .bind(school_id)
    .fetch_optional(db.read())
    .await?;
    let default: i64 = sqlx::query_scalar("SELECT response_days FROM schools WHERE id = $1")
        .bind(school_id)
        .fetch_one(db.read())
        .await?;
    Ok((plan.flatten(), default))
}

/// The school's default response time in school days.
pub async fn school_response_days(db: &Db, school_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT response_days FROM schools WHERE id = $1")
        .bind(school_id)
        .fetch_one(db.read())
        .await
}

/// Whether the school's current year has no holidays entered (None: no current year).
pub async fn current_year_without_holidays(db: &Db, school_id: i64) -> sqlx::Result<Option<bool>> {
    let missing: Option<i64> = sqlx::query_scalar(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM school_holidays h WHERE h.school_year_id = y.id) \
         THEN 0 ELSE 1 END FROM school_years y WHERE y.school_id = $1 AND y.is_current = 1 \
         ORDER BY y.id LIMIT 1",
    )
    .bind(school_id)
    .fetch_optional(db.read())
    .await?;
    Ok(missing.map(|m| m == 1))
}

pub async fn set_school_response_days(db: &Db, me: &StaffUser, days: i64) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE schools SET response_days = $1 WHERE id = $2")
        .bind(days)
        .bind(me.school_id)
        .execute(&mut *tx)
        .await?;
    let line = Line::new(None, "update", "response-days", None).detail(days.to_string());
    audit::change(&mut tx, me, line).await?;
    tx.commit().await
}

/// A period without school.
#[derive(FromRow, Clone)]
pub struct HolidayRow {
    pub id: i64,
    pub school_year_id: i64,
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
}

const HOLIDAY: &str = "SELECT id, school_year_id, name, starts_on, ends_on FROM school_holidays";

/// The school's holidays that end on or after `from` (ISO): enough to count any response time.
pub async fn holidays_from(db: &Db, school_id: i64, from: &str) -> sqlx::Result<Vec<HolidayRow>> {
    sqlx::query_as(&format!(
        "{HOLIDAY} WHERE school_id = $1 AND ends_on >= $2 ORDER BY ends_on LIMIT 40"
    ))
    .bind(school_id)
    .bind(from)
    .fetch_all(db.read())
    .await
}

/// One school year's holidays, in order.
pub async fn holidays_of_year(db: &Db, year_id: i64) -> sqlx::Result<Vec<HolidayRow>> {
    sqlx::query_as(&format!(
        "{HOLIDAY} WHERE school_year_id = $1 ORDER BY starts_on, id LIMIT 100"
    ))
    .bind(year_id)
    .fetch_all(db.read())
    .await
}

/// Whether a school year belongs to the school (the holiday forms' access check).
pub async fn year_of_school(db: &Db, school_id: i64, year_id: i64) -> sqlx::Result<bool> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM school_years WHERE id = $1 AND school_id = $2")
            .bind(year_id)
            .bind(school_id)
            .fetch_one(db.read())
            .await?;
    Ok(n > 0)
}

pub async fn add_holiday(
    db: &Db,
    me: &StaffUser,
    year_id: i64,
    name: &str,
    starts_on: &str,
    ends_on: &str,
) -> sqlx::Result<i64> {
    let mut tx = db.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO school_holidays (school_id, school_year_id, name, starts_on, ends_on, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(me.school_id)
    .bind(year_id)
    .bind(name)
    .bind(starts_on)
    .bind(ends_on)
    .bind(crate::db::now())
    .fetch_one(&mut *tx)
    .await?;
    let line = Line::new(None, "create", "holiday", Some(id))
        .detail(format!("{name}: {starts_on} – {ends_on}"));
    audit::change(&mut tx, me, line).await?;
    tx.commit().await?;
    Ok(id)
}

/// Removes a holiday of the school's own; false when there is none with this id.
pub async fn delete_holiday(db: &Db, me: &StaffUser, id: i64) -> sqlx::Result<bool> {
    let mut tx = db.begin().await?;
    let done = sqlx::query("DELETE FROM school_holidays WHERE id = $1 AND school_id = $2")
        .bind(id)
        .bind(me.school_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    audit::change(&mut tx, me, Line::new(None, "delete", "holiday", Some(id))).await?;
    tx.commit().await?;
    Ok(true)
}

/// Messages this guardian sent since `since` (unix seconds): the daily limit. On PostgreSQL the
/// guardian's row is locked first, so two sends at once count one after the other (on SQLite
/// every write transaction runs alone).
pub async fn sent_since(db: &Db, tx: &mut Tx, guardian_id: i64, since: i64) -> sqlx::Result<i64> {
    if db.backend == crate::db::Backend::Postgres {
        sqlx::query("SELECT id FROM guardians WHERE id = $1 FOR UPDATE")
            .bind(guardian_id)
            .fetch_optional(&mut **tx)
            .await?;
    }
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM parent_messages WHERE guardian_id = $1 AND sent_at >= $2",
    )
    .bind(guardian_id)
    .bind(since)
    .fetch_one(&mut **tx)
    .await
}

pub struct NewMessage<'a> {
    pub school_id: i64,
    pub pupil_id: i64,
    pub guardian_id: i64,
    pub body: &'a str,
    pub call_back: bool,
    pub phone: &'a str,
    pub sent_at: i64,
    pub due_on: &'a str,
}

pub async fn insert_message(tx: &mut Tx, m: &NewMessage<'_>) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO parent_messages (school_id, pupil_id, guardian_id, body, call_back, phone, \
         sent_at, due_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(m.school_id)
    .bind(m.pupil_id)
    .bind(m.guardian_id)
    .bind(m.body)
    .bind(flag(m.call_back))
    .bind(m.phone)
    .bind(m.sent_at)
    .bind(m.due_on)
    .fetch_one(&mut **tx)
    .await
}

/// A message as the parent sees it on their own page.
#[derive(FromRow)]
pub struct OwnMessage {
    pub id: i64,
    pub body: String,
    pub sent_at: i64,
    pub due_on: String,
    pub answered_at: Option<i64>,
    pub answer_channel: String,
}

/// This guardian's latest messages about the child.
pub async fn own_messages(
    db: &Db,
    guardian_id: i64,
    pupil_id: i64,
) -> sqlx::Result<Vec<OwnMessage>> {
    sqlx::query_as(
        "SELECT id, body, sent_at, due_on, answered_at, answer_channel FROM parent_messages \
         WHERE pupil_id = $1 AND guardian_id = $2 ORDER BY sent_at DESC, id DESC LIMIT 10",
    )
    .bind(pupil_id)
    .bind(guardian_id)
    .fetch_all(db.read())
    .await
}

/// A message in a staff list or on its own page.
#[derive(FromRow)]
pub struct MessageRow {
    pub id: i64,
    pub pupil_id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub guardian_name: String,
    pub guardian_email: Option<String>,
    pub guardian_language: String,
    pub body: String,
    #[sqlx(try_from = "Flag")]
    pub call_back: bool,
    pub phone: String,
    pub sent_at: i64,
    pub due_on: String,
    pub answered_at: Option<i64>,
    pub answer_channel: String,
    pub answer: String,
    pub answered_by_name: Option<String>,
}

impl MessageRow {
    /// Open and past its date on `today` (ISO).
    pub fn is_overdue(&self, today: impl AsRef<str>) -> bool {
        self.answered_at.is_none() && self.due_on.as_str() < today.as_ref()
    }
}

const MESSAGE: &str = "SELECT m.id, m.pupil_id, p.first_name, p.name_prefix, p.last_name, \
     gd.name AS guardian_name, gd.email AS guardian_email, gd.language AS guardian_language, \
     m.body, m.call_back, m.phone, m.sent_at, m.due_on, m.answered_at, m.answer_channel, \
     m.answer, s.name AS answered_by_name FROM parent_messages m \
     JOIN pupils p ON p.id = m.pupil_id JOIN guardians gd ON gd.id = m.guardian_id \
     LEFT JOIN staff s ON s.id = m.answered_by WHERE m.school_id = ";

/// Open messages about the pupils of one's own groups, oldest first (the inbox).
pub async fn inbox(db: &Db, reach: Reach, limit: i64) -> sqlx::Result<Vec<MessageRow>> {
    let mut sql = Sql::new(MESSAGE);
    sql.bind(reach.school_id)
        .push(" AND m.answered_at IS NULL AND ");
    reach.own_pupils(&mut sql, "p");
    sql.push(" ORDER BY m.sent_at, m.id LIMIT ").bind(limit);
    sql.query_as().fetch_all(db.read()).await
}

/// The last answered messages about one's own pupils, newest first.
pub async fn answered(db: &Db, reach: Reach, limit: i64) -> sqlx::Result<Vec<MessageRow>> {
    let mut sql = Sql::new(MESSAGE);
    sql.bind(reach.school_id)
        .push(" AND m.answered_at IS NOT NULL AND ");
    reach.own_pupils(&mut sql, "p");
    sql.push(" ORDER BY m.answered_at DESC, m.id DESC LIMIT ")
        .bind(limit);
    sql.query_as().fetch_all(db.read()).await
}

/// The school's open messages past their date (`today`, ISO, is not overdue yet), oldest first.
pub async fn overdue(
    db: &Db,
    school_id: i64,
    today: &str,
    limit: i64,
) -> sqlx::Result<Vec<MessageRow>> {
    let mut sql = Sql::new(MESSAGE);
    sql.bind(school_id)
        .push(" AND m.answered_at IS NULL AND m.due_on < ")
        .bind(today.to_string())
        .push(" ORDER BY m.sent_at, m.id LIMIT ")
        .bind(limit);
    sql.query_as().fetch_all(db.read()).await
}

/// One message about a pupil this person may see (other groups, other schools: None).
pub async fn message(db: &Db, reach: Reach, id: i64) -> sqlx::Result<Option<MessageRow>> {
    let mut sql = Sql::new(MESSAGE);
    sql.bind(reach.school_id)
        .push(" AND m.id = ")
        .bind(id)
        .push(" AND ");
    reach.pupils(&mut sql, "p");
    sql.query_as().fetch_optional(db.read()).await
}

/// Closes an open message with its answer; false when someone answered it first. The answer
/// joins the pupil's contact log (with the parent's message) and the audit log.
pub async fn answer(
    tx: &mut Tx,
    me: &StaffUser,
    m: &MessageRow,
    channel: super::rules::Answer,
    text: &str,
    summary: &str,
    today: &str,
) -> sqlx::Result<bool> {
    let at = crate::db::now();
    let done = sqlx::query(
        "UPDATE parent_messages SET answered_at = $1, answered_by = $2, answer_channel = $3, \
         answer = $4 WHERE id = $5 AND school_id = $6 AND answered_at IS NULL",
    )
    .bind(at)
    .bind(me.id)
    .bind(channel.code())
    .bind(text)
    .bind(m.id)
    .bind(me.school_id)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO contact_log (school_id, pupil_id, staff_id, channel, positive, summary, \
         happened_on, created_at) VALUES ($1, $2, $3, $4, 0, $5, $6, $7)",
    )
    .bind(me.school_id)
    .bind(m.pupil_id)
    .bind(me.id)
    .bind(channel.log_channel())
    .bind(summary)
    .bind(today)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    let line = Line::new(Some(m.pupil_id), "answer", "parent-message", Some(m.id))
        .detail(channel.code().to_string());
    audit::change(tx, me, line).await?;
    Ok(true)
}

/// The messages about one pupil, newest first (the pupil's contact history).
pub async fn of_pupil(
    db: &Db,
    school_id: i64,
    pupil_id: i64,
    limit: i64,
) -> sqlx::Result<Vec<MessageRow>> {
    let mut sql = Sql::new(MESSAGE);
    sql.bind(school_id)
        .push(" AND m.pupil_id = ")
        .bind(pupil_id)
        .push(" ORDER BY m.sent_at DESC, m.id DESC LIMIT ")
        .bind(limit);
    sql.query_as().fetch_all(db.read()).await
}
