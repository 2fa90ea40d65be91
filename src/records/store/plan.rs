//! The communicatieplan of a pupil for a school year, its contact moments, and a moment turned
//! into a booking round for that one pupil.

use sqlx::FromRow;

use crate::audit::{self, Line};
use crate::auth::StaffUser;
use crate::db::{flag, now, Db, Flag};
use crate::domain::{ConversationForm, PlanChannel, RoundKind};

#[derive(FromRow)]
pub struct PlanRow {
    pub id: i64,
    /// Channel codes separated by commas.
    pub channels: String,
    pub reachable: String,
    pub response_time: String,
    /// The response time in school days (parents' messages); None: the school's default.
    pub response_days: Option<i64>,
    #[sqlx(try_from = "Flag")]
    pub pupil_arranges: bool,
    pub notes: String,
}

pub async fn plan(db: &Db, pupil_id: i64, year_id: i64) -> sqlx::Result<Option<PlanRow>> {
    sqlx::query_as(
        "SELECT id, channels, reachable, response_time, response_days, pupil_arranges, notes FROM plans \
         WHERE pupil_id = $1 AND school_year_id = $2",
    )
    .bind(pupil_id)
    .bind(year_id)
    .fetch_optional(db.read())
    .await
}

/// A contact moment as the pupil page shows it.
#[derive(FromRow)]
pub struct MomentRow {
    pub id: i64,
    pub description: String,
    /// ISO date, "" when the moment is anchored to something else ("after report 1").
    pub due_on: String,
    /// A plan channel code, or "".
    pub channel: String,
    #[sqlx(try_from = "Flag")]
    pub with_pupil: bool,
    #[sqlx(try_from = "Flag")]
    pub done: bool,
}

pub async fn moments(db: &Db, plan_id: i64) -> sqlx::Result<Vec<MomentRow>> {
    sqlx::query_as(
        "SELECT id, description, COALESCE(due_on, '') AS due_on, channel, with_pupil, \
         CASE WHEN done_at IS NULL THEN 0 ELSE 1 END AS done FROM contact_moments \
         WHERE plan_id = $1 ORDER BY due_on, id",
    )
    .bind(plan_id)
    .fetch_all(db.read())
    .await
}

/// A plan from the form, checked and cleaned.
pub struct PlanFields {
    pub channels: Vec<PlanChannel>,
    pub reachable: String,
    pub response_time: String,
    pub response_days: Option<i64>,
    pub pupil_arranges: bool,
    pub notes: String,
}

pub struct NewMoment {
    pub description: String,
    /// ISO date.
    pub due_on: Option<String>,
    pub channel: Option<PlanChannel>,
    pub with_pupil: bool,
}

/// Writes the pupil's plan for the year (replacing the earlier version) and adds the new
/// contact moments, in one transaction; returns the plan's id.
pub async fn save_plan(
    db: &Db,
    me: &StaffUser,
    pupil_id: i64,
    year_id: i64,
    plan: &PlanFields,
    moments: &[NewMoment],
) -> sqlx::Result<i64> {
    let at = now();
    let channels = plan
        .channels
        .iter()
        .map(|c| c.code())
        .collect::<Vec<_>>()
        .join(",");
    let mut tx = db.begin().await?;
    let plan_id: i64 = sqlx::query_scalar(
        "INSERT INTO plans (school_id, pupil_id, school_year_id, channels, reachable, response_time, \
         pupil_arranges, notes, updated_by, created_at, updated_at, response_days) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11) \
         ON CONFLICT (pupil_id, school_year_id) DO UPDATE SET channels = excluded.channels, \
         reachable = excluded.reachable, response_time = excluded.response_time, \
         pupil_arranges = excluded.pupil_arranges, notes = excluded.notes, \
         updated_by = excluded.updated_by, updated_at = excluded.updated_at, \
         response_days = excluded.response_days RETURNING id",
    )
    .bind(me.school_id)
    .bind(pupil_id)
    .bind(year_id)
    .bind(channels)
    .bind(&plan.reachable)
    .bind(&plan.response_time)
    .bind(flag(plan.pupil_arranges))
    .bind(&plan.notes)
    .bind(me.id)
    .bind(at)
    .bind(plan.response_days)
    .fetch_one(&mut *tx)
    .await?;
    for m in moments {
        sqlx::query(
            "INSERT INTO contact_moments (plan_id, description, due_on, channel, with_pupil) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(plan_id)
        .bind(&m.description)
        .bind(&m.due_on)
        .bind(m.channel.map_or("", PlanChannel::code))
        .bind(flag(m.with_pupil))
        .execute(&mut *tx)
        .await?;
    }
    let line = Line::new(Some(pupil_id), "update", "plan", Some(plan_id));
    audit::change(&mut tx, me, line).await?;
    tx.commit().await?;
    Ok(plan_id)
}

/// A contact moment with the pupil it is about.
#[derive(FromRow)]
pub struct Moment {
    pub pupil_id: i64,
    pub description: String,
    pub due_on: Option<String>,
    /// A plan channel code, or "".
    pub channel: String,
    #[sqlx(try_from = "Flag")]
    pub with_pupil: bool,
}

/// A contact moment of this school (whether its pupil is visible is for the caller to check).
pub async fn moment(db: &Db, school_id: i64, id: i64) -> sqlx::Result<Option<Moment>> {
    sqlx::query_as(
        "SELECT p.pupil_id, m.description, m.due_on, m.channel, m.with_pupil \
         FROM contact_moments m JOIN plans p ON p.id = m.plan_id WHERE m.id = $1 AND p.school_id = $2",
    )
    .bind(id)
    .bind(school_id)
    .fetch_optional(db.read())
    .await
}

/// Marks a moment of this pupil's plan done, with its audit line.
pub async fn mark_moment_done(db: &Db, me: &StaffUser, pupil_id: i64, id: i64) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE contact_moments SET done_at = $1 WHERE id = $2")
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let line = Line::new(Some(pupil_id), "update", "contact_moment", Some(id));
    audit::change(&mut tx, me, line).await?;
    tx.commit().await
}

/// A booking round for one pupil of a group, made from a contact moment.
pub struct SinglePupilRound {
    pub title: String,
    pub opens_at: i64,
    pub closes_at: i64,
    pub form: ConversationForm,
    pub pupil_expected: bool,
    pub group_id: i64,
    pub pupil_id: i64,
}

/// Creates the round (20-minute slots, booked in the moment's form); returns its id.
pub async fn create_single_pupil_round(
    db: &Db,
    me: &StaffUser,
    moment_id: i64,
    round: &SinglePupilRound,
) -> sqlx::Result<i64> {
    let mut tx = db.begin().await?;
    let round_id: i64 = sqlx::query_scalar(
        "INSERT INTO rounds (school_id, kind, title, opens_at, closes_at, slot_minutes, gap_minutes, \
         form, pupil_expected, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, 20, 0, $6, $7, $8, $4) RETURNING id",
    )
    .bind(me.school_id)
    .bind(RoundKind::Other)
    .bind(&round.title)
    .bind(round.opens_at)
    .bind(round.closes_at)
    .bind(round.form)
    .bind(flag(round.pupil_expected))
    .bind(me.id)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query("INSERT INTO round_groups (round_id, group_id, pupil_id) VALUES ($1, $2, $3)")
        .bind(round_id)
        .bind(round.group_id)
        .bind(round.pupil_id)
        .execute(&mut *tx)
        .await?;
    let line = Line::new(
        Some(round.pupil_id),
        "create",
        "contact_moment",
        Some(moment_id),
    );
    audit::change(&mut tx, me, line).await?;
    tx.commit().await?;
    Ok(round_id)
}
