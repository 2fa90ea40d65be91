//! The history's SQL: one query per kind for the whole pupil (never per year), each through the
//! pupil's index of that table; and the hand-over note.

use sqlx::FromRow;

use crate::audit::{self, Line};
use crate::auth::StaffUser;
use crate::db::{now, Db, Flag, Sql};

/// A school year the school has switched into (the current one and the closed ones).
#[derive(FromRow, Clone)]
pub struct YearRow {
    pub id: i64,
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
}

/// The school's years that have begun, newest first.
pub async fn years(db: &Db, school_id: i64) -> sqlx::Result<Vec<YearRow>> {
    sqlx::query_as(
        "SELECT id, name, starts_on, ends_on FROM school_years \
         WHERE school_id = $1 AND switched_at IS NOT NULL ORDER BY starts_on DESC",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// The year before `year_id` (the one that closed when `year_id` began), if any.
pub async fn previous_year(db: &Db, school_id: i64, year_id: i64) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "SELECT p.id FROM school_years p JOIN school_years c ON c.id = $2 AND c.school_id = p.school_id \
         WHERE p.school_id = $1 AND p.starts_on < c.starts_on ORDER BY p.starts_on DESC LIMIT 1",
    )
    .bind(school_id)
    .bind(year_id)
    .fetch_optional(db.read())
    .await
}

/// Whether a next year is prepared (created, not yet switched into).
pub async fn next_year_exists(db: &Db, school_id: i64) -> sqlx::Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM school_years WHERE school_id = $1 AND switched_at IS NULL",
    )
    .bind(school_id)
    .fetch_one(db.read())
    .await?;
    Ok(n > 0)
}

/// The pupil's group in each closed year (the history written at the switch).
#[derive(FromRow)]
pub struct GroupYearRow {
    pub school_year_id: i64,
    pub group_id: i64,
    pub group_name: String,
}

pub async fn groups_of(db: &Db, pupil_id: i64) -> sqlx::Result<Vec<GroupYearRow>> {
    sqlx::query_as(
        "SELECT py.school_year_id, py.group_id, g.name AS group_name FROM pupil_years py \
         JOIN groups g ON g.id = py.group_id WHERE py.pupil_id = $1",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

/// The teachers of these groups: (group id, name), by name.
pub async fn teachers_of(db: &Db, groups: &[i64]) -> sqlx::Result<Vec<(i64, String)>> {
    if groups.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = Sql::new(
        "SELECT gs.group_id, s.name FROM group_staff gs \
         JOIN staff s ON s.id = gs.staff_id WHERE gs.group_id IN ",
    );
    q.bind_list(groups.iter().copied());
    q.push(" ORDER BY s.name");
    q.query_as().fetch_all(db.read()).await
}

#[derive(FromRow)]
pub struct RecordRow {
    pub id: i64,
    pub kind: String,
    pub held_on: String,
    pub status: String,
}

/// The pupil's records, newest first; `shared_only` keeps the closed records shared with parents.
pub async fn records(db: &Db, pupil_id: i64, shared_only: bool) -> sqlx::Result<Vec<RecordRow>> {
    let filter = if shared_only {
        " AND shared = 1 AND status = 'closed'"
    } else {
        ""
    };
    sqlx::query_as(&format!(
        "SELECT id, kind, held_on, status FROM records WHERE pupil_id = $1{filter} \
         ORDER BY held_on DESC, id DESC"
    ))
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

#[derive(FromRow)]
pub struct AgreementRow {
    pub id: i64,
    pub topic: String,
    pub status: String,
    pub review_on: String,
    pub school_part: String,
    pub created_at: i64,
}

/// The pupil's agreements; `shared_only` applies the parents' rule (outside a conversation, or
/// in a closed, shared one).
pub async fn agreements(
    db: &Db,
    pupil_id: i64,
    shared_only: bool,
) -> sqlx::Result<Vec<AgreementRow>> {
    let filter = if shared_only {
        " AND (a.record_id IS NULL OR EXISTS (SELECT 1 FROM records r WHERE r.id = a.record_id \
         AND r.shared = 1 AND r.status = 'closed'))"
    } else {
        ""
    };
    sqlx::query_as(&format!(
        "SELECT a.id, a.topic, a.status, COALESCE(a.review_on, '') AS review_on, a.school_part, \
         a.created_at FROM agreements a WHERE a.pupil_id = $1{filter} ORDER BY a.created_at DESC, a.id DESC"
    ))
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

#[derive(FromRow, Clone)]
pub struct PlanRow {
    pub school_year_id: i64,
    pub channels: String,
    pub reachable: String,
    pub response_time: String,
    #[sqlx(try_from = "Flag")]
    pub pupil_arranges: bool,
    pub notes: String,
}

/// The pupil's plans, one per year.
pub async fn plans(db: &Db, pupil_id: i64) -> sqlx::Result<Vec<PlanRow>> {
    sqlx::query_as(
        "SELECT school_year_id, channels, reachable, response_time, pupil_arranges, notes \
         FROM plans WHERE pupil_id = $1",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

/// One plan of the pupil.
pub async fn plan(db: &Db, pupil_id: i64, year_id: i64) -> sqlx::Result<Option<PlanRow>> {
    sqlx::query_as(
        "SELECT school_year_id, channels, reachable, response_time, pupil_arranges, notes \
         FROM plans WHERE pupil_id = $1 AND school_year_id = $2",
    )
    .bind(pupil_id)
    .bind(year_id)
    .fetch_optional(db.read())
    .await
}

#[derive(FromRow)]
pub struct OppRow {
    pub status: String,
    pub decided_on: String,
}

pub async fn opp(db: &Db, pupil_id: i64) -> sqlx::Result<Vec<OppRow>> {
    sqlx::query_as(
        "SELECT status, decided_on FROM opp_consents WHERE pupil_id = $1 ORDER BY id DESC",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

#[derive(FromRow)]
pub struct NoteRow {
    pub school_year_id: i64,
    pub note: String,
    pub written_at: i64,
    pub writer: String,
}

/// The pupil's hand-over notes, one per year.
pub async fn notes(db: &Db, pupil_id: i64) -> sqlx::Result<Vec<NoteRow>> {
    sqlx::query_as(
        "SELECT h.school_year_id, h.note, h.written_at, s.name AS writer \
         FROM handover_notes h JOIN staff s ON s.id = h.written_by WHERE h.pupil_id = $1",
    )
    .bind(pupil_id)
    .fetch_all(db.read())
    .await
}

/// Writes (or rewrites) the hand-over note of the pupil for the year, audited in the same
/// transaction.
pub async fn save_note(
    db: &Db,
    me: &StaffUser,
    pupil_id: i64,
    year_id: i64,
    note: &str,
) -> sqlx::Result<()> {
    let at = now();
    let mut tx = db.begin().await?;
    let existed: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM handover_notes WHERE pupil_id = $1 AND school_year_id = $2",
    )
    .bind(pupil_id)
    .bind(year_id)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO handover_notes (pupil_id, school_year_id, school_id, note, written_by, written_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (pupil_id, school_year_id) DO UPDATE SET \
         note = excluded.note, written_by = excluded.written_by, written_at = excluded.written_at",
    )
    .bind(pupil_id)
    .bind(year_id)
    .bind(me.school_id)
    .bind(note)
    .bind(me.id)
    .bind(at)
    .execute(&mut *tx)
    .await?;
    let action = if existed > 0 { "update" } else { "create" };
    audit::change(
        &mut tx,
        me,
        Line::new(Some(pupil_id), action, "handover", Some(year_id)),
    )
    .await?;
    tx.commit().await
}

/// Whether the staff member is linked to the group (as its teacher or mentor).
pub async fn teaches_group(db: &Db, staff_id: i64, group_id: i64) -> sqlx::Result<bool> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM group_staff WHERE group_id = $1 AND staff_id = $2")
            .bind(group_id)
            .bind(staff_id)
            .fetch_optional(db.read())
            .await?;
    Ok(found.is_some())
}

/// The pupil's group of the current year: (id, name).
pub async fn current_group(db: &Db, pupil_id: i64) -> sqlx::Result<Option<(i64, String)>> {
    sqlx::query_as(
        "SELECT g.id, g.name FROM pupils p JOIN groups g ON g.id = p.group_id WHERE p.id = $1",
    )
    .bind(pupil_id)
    .fetch_optional(db.read())
    .await
}
