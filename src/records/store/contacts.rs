//! The contact log and the parents' OPP consent.

use sqlx::FromRow;

use crate::audit::{self, Line};
use crate::auth::StaffUser;
use crate::db::{flag, now, Db, Flag};
use crate::domain::{LogChannel, OppStatus};

/// A line of the contact log, with who wrote it.
#[derive(FromRow)]
pub struct LogRow {
    pub happened_on: String,
    pub channel: String,
    #[sqlx(try_from = "Flag")]
    pub positive: bool,
    pub summary: String,
    pub staff: String,
}

/// The pupil's last 50 contacts, newest first.
pub async fn contact_log(db: &Db, pupil_id: i64) -> sqlx::Result<Vec<LogRow>> {
    sqlx::query_as(
        "SELECT c.happened_on, c.channel, c.positive, c.summary, s.name AS staff \
         FROM contact_log c JOIN staff s ON s.id = c.staff_id \
         WHERE c.pupil_id = $1 ORDER BY c.happened_on DESC, c.id DESC LIMIT 50",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

/// A contact from the form, checked and cleaned.
pub struct NewContact {
    pub channel: LogChannel,
    pub positive: bool,
    pub summary: String,
    /// ISO date.
    pub happened_on: String,
}

pub async fn log_contact(
    db: &Db,
    me: &StaffUser,
    pupil_id: i64,
    c: &NewContact,
) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO contact_log (school_id, pupil_id, staff_id, channel, positive, summary, \
         happened_on, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(me.school_id)
    .bind(pupil_id)
    .bind(me.id)
    .bind(c.channel)
    .bind(flag(c.positive))
    .bind(&c.summary)
    .bind(&c.happened_on)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    audit::change(
        &mut tx,
        me,
        Line::new(Some(pupil_id), "create", "contact", None),
    )
    .await?;
    tx.commit().await
}

/// A decision on the OPP, with the parent who made it ("" when none was named).
#[derive(FromRow)]
pub struct OppRow {
    pub status: String,
    pub decided_on: String,
    pub guardian: String,
    pub note: String,
    pub recorded_by: String,
}

/// The OPP consent history, newest first.
pub async fn opp_history(db: &Db, pupil_id: i64) -> sqlx::Result<Vec<OppRow>> {
    sqlx::query_as(
        "SELECT o.status, o.decided_on, COALESCE(g.name, '') AS guardian, o.note, \
         s.name AS recorded_by FROM opp_consents o LEFT JOIN guardians g ON g.id = o.guardian_id \
         JOIN staff s ON s.id = o.recorded_by WHERE o.pupil_id = $1 ORDER BY o.id DESC",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

pub async fn is_guardian_of(db: &Db, pupil_id: i64, guardian_id: i64) -> sqlx::Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM pupil_guardians WHERE pupil_id = $1 AND guardian_id = $2",
    )
    .bind(pupil_id)
    .bind(guardian_id)
    .fetch_one(db.read())
    .await?;
    Ok(n > 0)
}

/// A decision from the form, checked and cleaned.
pub struct OppDecision {
    pub status: OppStatus,
    /// ISO date.
    pub decided_on: String,
    /// A guardian of the pupil.
    pub guardian: Option<i64>,
    pub note: String,
}

pub async fn record_opp(
    db: &Db,
    me: &StaffUser,
    pupil_id: i64,
    d: &OppDecision,
) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO opp_consents (school_id, pupil_id, status, decided_on, guardian_id, note, \
         recorded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(me.school_id)
    .bind(pupil_id)
    .bind(d.status)
    .bind(&d.decided_on)
    .bind(d.guardian)
    .bind(&d.note)
    .bind(me.id)
    .bind(now())
    .execute(&mut *tx)
    .await?;
    let line = Line::new(Some(pupil_id), "update", "opp", None);
    audit::change(&mut tx, me, line.detail(d.status.code().to_string())).await?;
    tx.commit().await
}
