//! The inspection export's SQL: one child, and everything the school keeps about them.

use crate::db::{Db, Flag};
use crate::domain::{Answers, PersonName};

/// The child of an export, with whether the asking guardian has parental authority.
#[derive(sqlx::FromRow)]
pub struct ChildRow {
    pub pupil_id: i64,
    pub school_id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub date_of_birth: Option<String>,
    pub group_name: Option<String>,
    pub school: String,
    #[sqlx(try_from = "Flag")]
    pub parental_authority: bool,
}

const CHILD: &str =
    "SELECT p.id AS pupil_id, p.school_id, p.first_name, p.name_prefix, p.last_name, \
     p.date_of_birth, g.name AS group_name, sc.name AS school";

/// A child of this guardian (any other child: None, so the page answers 404).
pub async fn child_of_guardian(
    db: &Db,
    guardian_id: i64,
    pupil_id: i64,
) -> Result<Option<ChildRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{CHILD}, l.parental_authority FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id \
         JOIN guardians gd ON gd.id = l.guardian_id JOIN schools sc ON sc.id = p.school_id \
         LEFT JOIN groups g ON g.id = p.group_id \
         WHERE l.guardian_id = $1 AND p.id = $2 AND gd.archived_at IS NULL"
    ))
    .bind(guardian_id)
    .bind(pupil_id)
    .fetch_optional(db.read())
    .await
}

/// A pupil of this school, for an administrator's export (a request on paper, or a pupil of
/// 16 or older exercising the right themselves).
pub async fn child_of_school(
    db: &Db,
    school_id: i64,
    pupil_id: i64,
) -> Result<Option<ChildRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{CHILD}, 1 AS parental_authority FROM pupils p JOIN schools sc ON sc.id = p.school_id \
         LEFT JOIN groups g ON g.id = p.group_id WHERE p.school_id = $1 AND p.id = $2"
    ))
    .bind(school_id)
    .bind(pupil_id)
    .fetch_optional(db.read())
    .await
}

#[derive(sqlx::FromRow)]
pub struct RecordRow {
    pub kind: String,
    pub held_on: String,
    pub present: String,
    pub answers: Answers,
}

/// The conversation records the school shared with the parents (closed and shared).
pub async fn shared_records(db: &Db, pupil_id: i64) -> Result<Vec<RecordRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT kind, held_on, present, answers FROM records \
         WHERE pupil_id = $1 AND shared = 1 AND status = 'closed' ORDER BY held_on, id",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

#[derive(sqlx::FromRow)]
pub struct AgreementRow {
    pub topic: String,
    pub pupil_part: String,
    pub parents_part: String,
    pub school_part: String,
    pub review_on: Option<String>,
    pub status: String,
}

/// Agreements made outside a record, or in a record that was shared.
pub async fn agreements(db: &Db, pupil_id: i64) -> Result<Vec<AgreementRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.topic, a.pupil_part, a.parents_part, a.school_part, a.review_on, a.status \
         FROM agreements a LEFT JOIN records r ON r.id = a.record_id WHERE a.pupil_id = $1 \
         AND (a.record_id IS NULL OR (r.shared = 1 AND r.status = 'closed')) ORDER BY a.id",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

#[derive(sqlx::FromRow)]
pub struct PlanRow {
    pub id: i64,
    pub school_year: String,
    pub channels: String,
    pub reachable: String,
    pub response_time: String,
    pub notes: String,
}

pub async fn plans(db: &Db, pupil_id: i64) -> Result<Vec<PlanRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT pl.id, y.name AS school_year, pl.channels, pl.reachable, pl.response_time, pl.notes \
         FROM plans pl JOIN school_years y ON y.id = pl.school_year_id WHERE pl.pupil_id = $1 \
         ORDER BY y.starts_on",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

#[derive(sqlx::FromRow)]
pub struct MomentRow {
    pub plan_id: i64,
    pub description: String,
    pub due_on: Option<String>,
}

pub async fn moments(db: &Db, pupil_id: i64) -> Result<Vec<MomentRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT m.plan_id, m.description, m.due_on FROM contact_moments m \
         JOIN plans pl ON pl.id = m.plan_id WHERE pl.pupil_id = $1 ORDER BY m.id",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

#[derive(sqlx::FromRow)]
pub struct ContactRow {
    pub happened_on: String,
    pub channel: String,
    pub summary: String,
}

pub async fn contacts(db: &Db, pupil_id: i64) -> Result<Vec<ContactRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT happened_on, channel, summary FROM contact_log WHERE pupil_id = $1 \
         ORDER BY happened_on, id",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

#[derive(sqlx::FromRow)]
pub struct ConsentRow {
    pub decided_on: String,
    pub status: String,
    pub note: String,
}

pub async fn consents(db: &Db, pupil_id: i64) -> Result<Vec<ConsentRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT decided_on, status, note FROM opp_consents WHERE pupil_id = $1 ORDER BY id",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

/// Who looked at or changed the file: the role (never the person's name) and when.
#[derive(sqlx::FromRow)]
pub struct ViewRow {
    pub at: i64,
    pub role: String,
    pub action: String,
    pub entity: String,
}

pub async fn views(db: &Db, pupil_id: i64) -> Result<Vec<ViewRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.at, CASE WHEN a.guardian_id IS NOT NULL THEN 'parent' \
         WHEN s.is_admin = 1 THEN 'administrator' WHEN s.is_director = 1 THEN 'director' \
         WHEN s.is_care_coordinator = 1 THEN 'care-coordinator' WHEN s.id IS NOT NULL THEN 'teacher' \
         ELSE 'system' END AS role, a.action, a.entity \
         FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id WHERE a.pupil_id = $1 \
         ORDER BY a.at, a.id",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}
