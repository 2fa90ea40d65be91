//! The pupil's part in SQL: the per-grade setting, the pupils' links and what they wrote.

use sqlx::FromRow;

use super::rules::Answers;
use crate::audit::{self, Line};
use crate::auth::access::Reach;
use crate::auth::StaffUser;
use crate::db::{flag, Db, Flag, Sql, Tx};
use crate::domain::{PersonName, SchoolType};

/// The school types of a school's current groups.
pub async fn school_types(db: &Db, school_id: i64) -> sqlx::Result<Vec<SchoolType>> {
    sqlx::query_scalar(
        "SELECT DISTINCT school_type FROM groups WHERE school_id = $1 AND archived_at IS NULL",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

#[derive(FromRow)]
pub struct GradeSetting {
    pub school_type: SchoolType,
    pub grade: i64,
    #[sqlx(try_from = "Flag")]
    pub attends: bool,
}

pub async fn grade_settings(db: &Db, school_id: i64) -> sqlx::Result<Vec<GradeSetting>> {
    sqlx::query_as(
        "SELECT school_type, grade, attends FROM grade_pupil_attendance WHERE school_id = $1",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

pub async fn mail_parents(db: &Db, school_id: i64) -> sqlx::Result<bool> {
    let v: Option<i64> =
        sqlx::query_scalar("SELECT mail_parents FROM pupil_prep_settings WHERE school_id = $1")
            .bind(school_id)
            .fetch_optional(db.read())
            .await?;
    Ok(v == Some(1))
}

/// Saves every grade's setting and the mail preference, with one audit line, in one transaction.
pub async fn save_settings(
    db: &Db,
    me: &StaffUser,
    grades: &[(SchoolType, i64, bool)],
    mail_parents: bool,
    at: i64,
) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    for (school_type, grade, attends) in grades {
        let changed = sqlx::query(
            "UPDATE grade_pupil_attendance SET attends = $1, updated_by = $2, updated_at = $3 \
             WHERE school_id = $4 AND school_type = $5 AND grade = $6",
        )
        .bind(flag(*attends))
        .bind(me.id)
        .bind(at)
        .bind(me.school_id)
        .bind(*school_type)
        .bind(*grade)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            sqlx::query(
                "INSERT INTO grade_pupil_attendance (school_id, school_type, grade, attends, updated_by, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(me.school_id)
            .bind(*school_type)
            .bind(*grade)
            .bind(flag(*attends))
            .bind(me.id)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
    }
    let changed = sqlx::query(
        "UPDATE pupil_prep_settings SET mail_parents = $1, updated_at = $2 WHERE school_id = $3",
    )
    .bind(flag(mail_parents))
    .bind(at)
    .bind(me.school_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        sqlx::query(
            "INSERT INTO pupil_prep_settings (school_id, mail_parents, updated_at) VALUES ($1, $2, $3)",
        )
        .bind(me.school_id)
        .bind(flag(mail_parents))
        .bind(at)
        .execute(&mut *tx)
        .await?;
    }
    let attending: Vec<String> = grades
        .iter()
        .filter(|g| g.2)
        .map(|(t, g, _)| format!("{t} {g}"))
        .collect();
    let line = Line::new(None, "update", "grade-pupil-attendance", None).detail(format!(
        "pupil attends: {}; mail parents: {mail_parents}",
        attending.join(", ")
    ));
    audit::change(&mut tx, me, line).await?;
    tx.commit().await
}

#[derive(FromRow)]
struct GroupAttends {
    id: i64,
    attends: Option<i64>,
}

/// Per group of this school among `group_ids`: whether its grade has the pupil attend (a grade
/// without a setting, or a group without a grade, attends).
pub async fn groups_attend(
    db: &Db,
    school_id: i64,
    group_ids: &[i64],
) -> sqlx::Result<Vec<(i64, bool)>> {
    if group_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new(
        "SELECT g.id, a.attends FROM groups g LEFT JOIN grade_pupil_attendance a \
         ON a.school_id = g.school_id AND a.school_type = g.school_type AND a.grade = g.grade \
         WHERE g.school_id = ",
    );
    sql.bind(school_id)
        .push(" AND g.id IN ")
        .bind_list(group_ids.to_vec());
    let rows: Vec<GroupAttends> = sql.query_as().fetch_all(db.read()).await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.id, r.attends != Some(0)))
        .collect())
}

/// A pupil of the round this person may see, with the state of their preparation.
#[derive(FromRow)]
pub struct RoundPupil {
    pub id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub group_name: String,
    pub links: i64,
    pub prepared_at: Option<i64>,
    pub wants_to_lead: Option<i64>,
}

/// The round's current pupils within reach (`only` narrows to one), by group and name.
pub async fn round_pupils(
    db: &Db,
    reach: &Reach,
    round_id: i64,
    only: Option<i64>,
) -> sqlx::Result<Vec<RoundPupil>> {
    let join = crate::rounds::round_pupils_join("rg", "p", "rpy");
    let mut sql = Sql::new(format!(
        "SELECT DISTINCT p.id, p.first_name, p.name_prefix, p.last_name, g.name AS group_name, \
         (SELECT COUNT(*) FROM pupil_prep_links l WHERE l.round_id = rg.round_id AND l.pupil_id = p.id) AS links, \
         pp.updated_at AS prepared_at, pp.wants_to_lead \
         FROM round_groups rg {join} AND p.archived_at IS NULL \
         JOIN groups g ON g.id = rg.group_id \
         LEFT JOIN pupil_preps pp ON pp.round_id = rg.round_id AND pp.pupil_id = p.id \
         WHERE rg.round_id = "
    ));
    sql.bind(round_id).push(" AND ");
    crate::rounds::reach_pupils_of_round_group(&mut sql, reach, "p", "rg", db.backend);
    if let Some(pupil) = only {
        sql.push(" AND p.id = ").bind(pupil);
    }
    sql.push(" ORDER BY g.name, p.last_name, p.first_name, p.id");
    sql.query_as().fetch_all(db.read()).await
}

/// A new link for a pupil; the caller audits it in the same transaction.
pub async fn add_link(
    tx: &mut Tx,
    round_id: i64,
    pupil_id: i64,
    token_hash: &str,
    channel: &str,
    staff_id: i64,
    at: i64,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO pupil_prep_links (round_id, pupil_id, token_hash, channel, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(round_id)
    .bind(pupil_id)
    .bind(token_hash)
    .bind(channel)
    .bind(staff_id)
    .bind(at)
    .fetch_one(&mut **tx)
    .await
}

/// A guardian of a pupil who receives invitations and has an e-mail address.
#[derive(FromRow)]
pub struct ParentAddress {
    pub pupil_id: i64,
    pub name: String,
    pub email: String,
    pub language: String,
}

pub async fn parent_addresses(db: &Db, pupil_ids: &[i64]) -> sqlx::Result<Vec<ParentAddress>> {
    if pupil_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new(
        "SELECT l.pupil_id, gd.name, gd.email, gd.language FROM pupil_guardians l \
         JOIN guardians gd ON gd.id = l.guardian_id AND gd.archived_at IS NULL \
         WHERE l.receives_invitations = 1 AND gd.email IS NOT NULL AND gd.email <> '' AND l.pupil_id IN ",
    );
    sql.bind_list(pupil_ids.to_vec())
        .push(" ORDER BY l.pupil_id, gd.name");
    sql.query_as().fetch_all(db.read()).await
}

/// What a pupil's link opens: the round, the pupil, and how long the link works.
#[derive(FromRow, Clone)]
pub struct LinkRow {
    pub round_id: i64,
    pub pupil_id: i64,
    pub school_id: i64,
    pub first_name: String,
    pub title: String,
    pub kind: String,
    #[sqlx(try_from = "Flag")]
    pub pupil_expected: bool,
    pub closes_at: i64,
    pub archived_at: Option<i64>,
    pub last_end: Option<i64>,
    pub school: String,
}

pub async fn link(db: &Db, token_hash: &str) -> sqlx::Result<Option<LinkRow>> {
    sqlx::query_as(
        "SELECT l.round_id, l.pupil_id, r.school_id, p.first_name, r.title, r.kind, r.pupil_expected, \
         r.closes_at, r.archived_at, (SELECT MAX(s.ends_at) FROM slots s WHERE s.round_id = r.id) AS last_end, \
         sc.name AS school \
         FROM pupil_prep_links l JOIN rounds r ON r.id = l.round_id \
         JOIN pupils p ON p.id = l.pupil_id AND p.archived_at IS NULL \
         JOIN schools sc ON sc.id = r.school_id \
         WHERE l.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(db.read())
    .await
}

/// A pupil's preparation for a round.
#[derive(FromRow, Clone)]
pub struct Prep {
    pub id: i64,
    pub round_id: i64,
    pub round_title: String,
    pub went_well: String,
    pub work_on: String,
    pub need_school: String,
    pub need_parents: String,
    #[sqlx(try_from = "Flag")]
    pub wants_to_lead: bool,
    pub updated_at: i64,
}

const PREP_COLUMNS: &str = "pp.id, pp.round_id, r.title AS round_title, pp.went_well, pp.work_on, \
     pp.need_school, pp.need_parents, pp.wants_to_lead, pp.updated_at";

pub async fn prep(db: &Db, round_id: i64, pupil_id: i64) -> sqlx::Result<Option<Prep>> {
    sqlx::query_as(&format!(
        "SELECT {PREP_COLUMNS} FROM pupil_preps pp JOIN rounds r ON r.id = pp.round_id \
         WHERE pp.round_id = $1 AND pp.pupil_id = $2"
    ))
    .bind(round_id)
    .bind(pupil_id)
    .fetch_optional(db.read())
    .await
}

/// The round of the conversation a record was written for, when the record names its booking.
pub async fn record_round(db: &Db, record_id: i64, pupil_id: i64) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "SELECT b.round_id FROM records rec JOIN bookings b ON b.id = rec.booking_id \
         WHERE rec.id = $1 AND rec.pupil_id = $2 AND b.pupil_id = $2",
    )
    .bind(record_id)
    .bind(pupil_id)
    .fetch_optional(db.read())
    .await
}

/// The preparation belonging to a conversation held between `from` and `until` (unix seconds):
/// the pupil's latest, of a round that had opened by then and was not over long before.
/// `CROSS JOIN` keeps SQLite starting from the pupil's few preparations (`pupil_preps_pupil`)
/// rather than from all of the school's rounds.
pub async fn prep_near(
    db: &Db,
    school_id: i64,
    pupil_id: i64,
    from: i64,
    until: i64,
) -> sqlx::Result<Option<Prep>> {
    sqlx::query_as(&format!(
        "SELECT {PREP_COLUMNS} FROM pupil_preps pp CROSS JOIN rounds r \
         WHERE r.id = pp.round_id AND pp.pupil_id = $1 AND r.school_id = $2 AND r.opens_at <= $3 \
         AND COALESCE((SELECT MAX(s.ends_at) FROM slots s WHERE s.round_id = r.id), r.closes_at) >= $4 \
         ORDER BY r.opens_at DESC, pp.id DESC LIMIT 1"
    ))
    .bind(pupil_id)
    .bind(school_id)
    .bind(until)
    .bind(from)
    .fetch_optional(db.read())
    .await
}

/// Saves the pupil's answers (a first save or a change) with an audit line naming no staff
/// member: the pupil wrote it through their own link.
pub async fn save_prep(db: &Db, link: &LinkRow, a: &Answers, at: i64) -> sqlx::Result<i64> {
    let mut tx = db.begin().await?;
    // Insert first and update when the row exists: two submits at once both land (the second
    // waits for the first on PostgreSQL) instead of one failing on the unique (round, pupil).
    let inserted: Option<i64> = sqlx::query_scalar(
        "INSERT INTO pupil_preps (round_id, pupil_id, went_well, work_on, need_school, \
         need_parents, wants_to_lead, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) \
         ON CONFLICT (round_id, pupil_id) DO NOTHING RETURNING id",
    )
    .bind(link.round_id)
    .bind(link.pupil_id)
    .bind(&a.went_well)
    .bind(&a.work_on)
    .bind(&a.need_school)
    .bind(&a.need_parents)
    .bind(flag(a.wants_to_lead))
    .bind(at)
    .fetch_optional(&mut *tx)
    .await?;
    let (id, action) = match inserted {
        Some(id) => (id, "pupil-create"),
        None => {
            let id = sqlx::query_scalar(
                "UPDATE pupil_preps SET went_well = $1, work_on = $2, need_school = $3, \
                 need_parents = $4, wants_to_lead = $5, updated_at = $6 \
                 WHERE round_id = $7 AND pupil_id = $8 RETURNING id",
            )
            .bind(&a.went_well)
            .bind(&a.work_on)
            .bind(&a.need_school)
            .bind(&a.need_parents)
            .bind(flag(a.wants_to_lead))
            .bind(at)
            .bind(link.round_id)
            .bind(link.pupil_id)
            .fetch_one(&mut *tx)
            .await?;
            (id, "pupil-update")
        }
    };
    sqlx::query(
        "INSERT INTO audit_log (school_id, pupil_id, action, entity, entity_id, detail, at) \
         VALUES ($1, $2, $3, 'pupil-prep', $4, $5, $6)",
    )
    .bind(link.school_id)
    .bind(link.pupil_id)
    .bind(action)
    .bind(id)
    .bind(format!(
        "round {}, through the pupil's own link",
        link.round_id
    ))
    .bind(at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Of `pupil_ids`, those who prepared the round.
pub async fn prepared(db: &Db, round_id: i64, pupil_ids: &[i64]) -> sqlx::Result<Vec<i64>> {
    if pupil_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new("SELECT pupil_id FROM pupil_preps WHERE round_id = ");
    sql.bind(round_id)
        .push(" AND pupil_id IN ")
        .bind_list(pupil_ids.to_vec());
    sql.query_scalar().fetch_all(db.read()).await
}

/// The end of the round's last conversation slot, if it has any.
pub async fn last_slot_end(db: &Db, round_id: i64) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar("SELECT MAX(ends_at) FROM slots WHERE round_id = $1")
        .bind(round_id)
        .fetch_one(db.read())
        .await
}
