//! The exit feature's SQL and typed rows: leavers and their exit conversations, the action plan
//! and exit reports here; the follow-up questionnaire and group sessions in their own files.

mod followups;
mod sessions;

pub use followups::*;
pub use sessions::*;

use crate::auth::access::Reach;
use crate::db::{now, Db, Sql};
use crate::domain::Answers;
use crate::domain::{ActionStatus, LeavingReason, PersonName};
use crate::mail::{self, Outgoing};

/// A school year of a school: its id (0 when there is none), first day and last day (ISO; the
/// current year's last day is left open, so nothing said or planned after it is lost).
pub struct SchoolYear {
    pub id: i64,
    pub start: String,
    pub end: String,
}

/// No last day: the current year reaches as far as the data does.
pub const OPEN_END: &str = "9999-12-31";

impl SchoolYear {
    /// The first moment of the first day, unix seconds (for timed group sessions).
    pub fn start_at(&self) -> i64 {
        crate::timefmt::parse_iso(&self.start)
            .map(|d| crate::timefmt::from_amsterdam(d, time::Time::MIDNIGHT))
            .unwrap_or(0)
    }

    /// The moment after the last day, unix seconds (for timed group sessions).
    pub fn end_at(&self) -> i64 {
        crate::timefmt::parse_iso(&self.end)
            .map(|d| {
                crate::timefmt::from_amsterdam(
                    d.saturating_add(time::Duration::days(1)),
                    time::Time::MIDNIGHT,
                )
            })
            .unwrap_or(i64::MAX)
    }
}

pub async fn current_year(db: &Db, school_id: i64) -> Result<SchoolYear, sqlx::Error> {
    let (id, name) = crate::school::current_year(db, school_id)
        .await?
        .unwrap_or((0, String::new()));
    Ok(SchoolYear {
        id,
        start: super::rules::year_start(&name),
        end: OPEN_END.to_string(),
    })
}

pub async fn school_name(db: &Db, school_id: i64) -> Result<String, sqlx::Error> {
    crate::school::school_name(db, school_id).await
}

/// The name of a pupil the person may see, or None (also for another school's pupil).
pub async fn visible_pupil(
    db: &Db,
    reach: &Reach,
    pupil_id: i64,
) -> Result<Option<PersonName>, sqlx::Error> {
    let mut sql = Sql::new("SELECT p.first_name, p.name_prefix, p.last_name FROM pupils p WHERE ");
    reach.pupils(&mut sql, "p");
    sql.push(" AND p.id = ").bind(pupil_id);
    sql.query_as().fetch_optional(db.read()).await
}

/// A pupil's leaving: the day (ISO), why, and where to.
pub struct Leaving {
    pub on: String,
    pub reason: Option<LeavingReason>,
    pub destination: String,
}

/// Marks a pupil as leaving, or with None as staying after all (which clears reason and
/// destination too).
/// Sets or clears the leaving date, with its audit line in the same transaction.
pub async fn set_leaving(
    db: &Db,
    me: &crate::auth::StaffUser,
    pupil_id: i64,
    leaving: Option<&Leaving>,
) -> Result<(), sqlx::Error> {
    let school_id = me.school_id;
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE pupils SET leaving_on = $1, leaving_reason = $2, destination = $3, updated_at = $4 WHERE id = $5 AND school_id = $6")
        .bind(leaving.map(|l| l.on.clone()))
        .bind(leaving.and_then(|l| l.reason).map_or("", LeavingReason::code))
        .bind(leaving.map(|l| l.destination.clone()).unwrap_or_default())
        .bind(now())
        .bind(pupil_id)
        .bind(school_id)
        .execute(&mut *tx)
        .await?;
    let line = crate::audit::Line::new(Some(pupil_id), "update", "pupil", Some(pupil_id));
    crate::audit::change(&mut tx, me, line).await?;
    tx.commit().await
}

#[derive(sqlx::FromRow)]
pub struct Leaver {
    pub pupil_id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub leaving_on: String,
    /// A `LeavingReason` code, or "" when none was given.
    pub reason: String,
    pub destination: String,
    exits: i64,
    staying_siblings: i64,
}

impl Leaver {
    /// No brother or sister stays at school: the family's last contact with the school.
    pub fn last_child(&self) -> bool {
        self.staying_siblings == 0
    }

    pub fn exit_held(&self) -> bool {
        self.exits > 0
    }
}

/// Pupils leaving from `since` up to `until` (ISO, both included), by leaving day; archived
/// leavers of an earlier year included.
pub async fn leavers(
    db: &Db,
    school_id: i64,
    since: &str,
    until: &str,
) -> Result<Vec<Leaver>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.id AS pupil_id, p.first_name, p.name_prefix, p.last_name, p.leaving_on, p.leaving_reason AS reason, p.destination, \
         (SELECT COUNT(*) FROM records r WHERE r.pupil_id = p.id AND r.kind = 'exit') AS exits, \
         (SELECT COUNT(*) FROM pupil_guardians l JOIN pupil_guardians l2 ON l2.guardian_id = l.guardian_id AND l2.pupil_id <> p.id \
          JOIN pupils s ON s.id = l2.pupil_id AND s.archived_at IS NULL AND s.leaving_on IS NULL WHERE l.pupil_id = p.id) AS staying_siblings \
         FROM pupils p WHERE p.school_id = $1 AND p.leaving_on IS NOT NULL AND p.leaving_on >= $2 AND p.leaving_on <= $3 \
         ORDER BY p.leaving_on, p.last_name",
    )
    .bind(school_id)
    .bind(since)
    .bind(until)
    .fetch_all(db.read())
    .await
}

#[derive(sqlx::FromRow)]
struct AnswersRow {
    answers: Answers,
}

/// What was said in the exit conversations and group sessions of a school year: both count
/// alike.
pub async fn answers_of_year(
    db: &Db,
    school_id: i64,
    year: &SchoolYear,
) -> Result<Vec<Answers>, sqlx::Error> {
    let session_start = year.start_at();
    let rows: Vec<AnswersRow> = sqlx::query_as(
        "SELECT answers FROM records WHERE school_id = $1 AND kind = 'exit' AND held_on >= $2 AND held_on <= $4 \
         UNION ALL SELECT x.answers FROM exit_gatherings x JOIN gatherings ga ON ga.id = x.gathering_id \
         WHERE ga.school_id = $1 AND ga.starts_at >= $3 AND ga.starts_at < $5 AND x.answers <> '{}' \
         UNION ALL SELECT answers FROM retained_exit_answers WHERE school_id = $1 AND held_on >= $2 AND held_on <= $4",
    )
    .bind(school_id)
    .bind(&year.start)
    .bind(session_start)
    .bind(&year.end)
    .bind(year.end_at())
    .fetch_all(db.read())
    .await?;
    Ok(rows.into_iter().map(|r| r.answers).collect())
}

#[derive(sqlx::FromRow)]
pub struct HeldAnswers {
    pub held_on: String,
    pub answers: Answers,
}

/// Every exit conversation of the school, all years (to compare years).
pub async fn all_exit_answers(db: &Db, school_id: i64) -> Result<Vec<HeldAnswers>, sqlx::Error> {
    // Exit talks of pupils past retention stay, without names (retention::rules::without_names).
    sqlx::query_as(
        "SELECT held_on, answers FROM records WHERE school_id = $1 AND kind = 'exit' \
         UNION ALL SELECT held_on, answers FROM retained_exit_answers WHERE school_id = $1",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// An item of the director's action plan.
#[derive(sqlx::FromRow)]
pub struct ActionRow {
    pub id: i64,
    pub what: String,
    pub owner: String,
    /// ISO date, or "".
    pub due_on: String,
    pub status: ActionStatus,
    /// The matrix cell the action answers to, or "".
    pub source: String,
}

/// The action plan of a school year, in the order it was written.
pub async fn actions(db: &Db, school_id: i64, year_id: i64) -> Result<Vec<ActionRow>, sqlx::Error> {
    sqlx::query_as("SELECT id, what, owner, COALESCE(due_on, '') AS due_on, status, source FROM exit_actions WHERE school_id = $1 AND school_year_id = $2 ORDER BY id")
        .bind(school_id)
        .bind(year_id)
        .fetch_all(db.read())
        .await
}

pub struct NewAction {
    pub school_id: i64,
    pub year_id: i64,
    pub what: String,
    pub owner: String,
    pub due_on: Option<String>,
    pub source: String,
    pub created_by: i64,
}

pub async fn add_action(db: &Db, a: NewAction) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO exit_actions (school_id, school_year_id, what, owner, due_on, source, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
    )
    .bind(a.school_id)
    .bind(a.year_id)
    .bind(a.what)
    .bind(a.owner)
    .bind(a.due_on)
    .bind(a.source)
    .bind(a.created_by)
    .bind(now())
    .execute(db.write())
    .await?;
    Ok(())
}

/// False when the school has no such action.
pub async fn set_action_status(
    db: &Db,
    school_id: i64,
    id: i64,
    status: ActionStatus,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE exit_actions SET status = $1, updated_at = $2 WHERE id = $3 AND school_id = $4",
    )
    .bind(status)
    .bind(now())
    .bind(id)
    .bind(school_id)
    .execute(db.write())
    .await?;
    Ok(done.rows_affected() > 0)
}

/// A closed exit conversation whose report has not gone out yet.
#[derive(sqlx::FromRow)]
pub struct RecordForReport {
    pub pupil_id: i64,
    pub held_on: String,
    pub answers: Answers,
}

pub async fn record_for_report(
    db: &Db,
    school_id: i64,
    id: i64,
) -> Result<Option<RecordForReport>, sqlx::Error> {
    sqlx::query_as(
        "SELECT pupil_id, held_on, answers FROM records WHERE id = $1 AND school_id = $2 AND kind = 'exit' AND status = 'closed' AND report_sent_at IS NULL",
    )
    .bind(id)
    .bind(school_id)
    .fetch_optional(db.read())
    .await
}

/// A parent who receives a mail, in their language.
#[derive(sqlx::FromRow)]
pub struct Recipient {
    pub name: String,
    pub email: String,
    pub language: String,
}

/// The parents of a pupil who receive mail from the school.
pub async fn pupil_recipients(db: &Db, pupil_id: i64) -> Result<Vec<Recipient>, sqlx::Error> {
    sqlx::query_as(
        "SELECT g.name, g.email, g.language FROM pupil_guardians l JOIN guardians g ON g.id = l.guardian_id \
         WHERE l.pupil_id = $1 AND l.receives_invitations = 1 AND g.email IS NOT NULL AND g.archived_at IS NULL",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

/// Queues the report mails and marks the record's report as sent by `approver`, at once.
/// Queues the report mails and marks the record sent, with the audit line, in one transaction.
pub async fn send_record_report(
    db: &Db,
    me: &crate::auth::StaffUser,
    record_id: i64,
    pupil_id: i64,
    mails: &[Outgoing],
) -> Result<(), sqlx::Error> {
    let (school_id, approver) = (me.school_id, me.id);
    let mut tx = db.begin().await?;
    for m in mails {
        mail::enqueue(&mut tx, Some(school_id), m).await?;
    }
    sqlx::query("UPDATE records SET report_sent_at = $1, report_approved_by = $2 WHERE id = $3")
        .bind(now())
        .bind(approver)
        .bind(record_id)
        .execute(&mut *tx)
        .await?;
    let line = crate::audit::Line::new(Some(pupil_id), "update", "record", Some(record_id));
    crate::audit::change(&mut tx, me, line).await?;
    tx.commit().await
}
