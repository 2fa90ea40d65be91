//! The families page at scale: one page of a round's families at a time, filtered by group,
//! teacher and status, with the counts per status aggregated in SQL. Every query touches only
//! the page's rows (or, for the summary, counts over an index), so the page costs the same in a
//! school of 200 pupils and one of 20,000.

use crate::auth::access::Reach;
use crate::db::{Db, Flag, Sql};
use crate::domain::PersonName;

use super::super::family_filter::{FamilyFilter, FamilyStatus};
use super::super::FreeSlot;
use super::families::{Attempt, Constraint, FamilyGuardianRow};
use super::{reach_round_pupils, IN_ROUND_AS_IT_STOOD, ROUND_PUPILS};

/// The pupil has an active booking in the round (needs `round_groups rg`, `pupils p`).
const BOOKED: &str =
    "EXISTS (SELECT 1 FROM bookings b WHERE b.round_id = rg.round_id AND b.pupil_id = p.id \
     AND b.status = 'active')";

/// Some current guardian who receives invitations for the pupil has an e-mail address.
const HAS_EMAIL: &str = "EXISTS (SELECT 1 FROM pupil_guardians el JOIN guardians eg ON eg.id = el.guardian_id \
     WHERE el.pupil_id = p.id AND el.receives_invitations = 1 AND eg.archived_at IS NULL AND eg.email IS NOT NULL)";

/// `FROM … WHERE …` over the round's current pupils this person may see, narrowed by the
/// filter's group and teacher (not its status: the summary counts every status).
fn push_pupils(sql: &mut Sql, db: &Db, reach: &Reach, round_id: i64, filter: &FamilyFilter) {
    sql.push(format!(
        " FROM round_groups rg {ROUND_PUPILS} AND {IN_ROUND_AS_IT_STOOD} JOIN groups g ON g.id = rg.group_id \
         WHERE rg.round_id = "
    ));
    sql.bind(round_id).push(" AND ");
    reach_round_pupils(sql, reach, db.backend);
    if let Some(group) = filter.group {
        sql.push(" AND rg.group_id = ").bind(group);
    }
    if let Some(teacher) = filter.teacher {
        sql.push(
            " AND rg.group_id IN (SELECT ts.group_id FROM group_staff ts WHERE ts.staff_id = ",
        )
        .bind(teacher)
        .push(")");
    }
}

/// How many families (pupils) of the filtered set have each status: `(status code, count)`,
/// where the code is `booked`, `waiting` (not booked, reachable by mail) or `no-email`.
pub async fn status_counts(
    db: &Db,
    reach: &Reach,
    round_id: i64,
    filter: &FamilyFilter,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let mut sql = Sql::new(format!(
        "SELECT CASE WHEN {BOOKED} THEN 'booked' WHEN {HAS_EMAIL} THEN 'waiting' ELSE 'no-email' END AS status, \
         COUNT(*) AS n"
    ));
    push_pupils(&mut sql, db, reach, round_id, filter);
    sql.push(" GROUP BY 1");
    sql.query_as().fetch_all(db.read()).await
}

/// A family on the page: the pupil, their group, and whether they have booked.
#[derive(sqlx::FromRow)]
pub struct PagePupil {
    pub id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub group_id: i64,
    pub group_name: String,
    #[sqlx(try_from = "Flag")]
    pub booked: bool,
}

/// One page of the filtered families: those without a booking first, then in school order.
pub async fn page(
    db: &Db,
    reach: &Reach,
    round_id: i64,
    filter: &FamilyFilter,
    page_size: i64,
) -> Result<Vec<PagePupil>, sqlx::Error> {
    let mut sql = Sql::new(format!(
        "SELECT p.id, p.first_name, p.name_prefix, p.last_name, rg.group_id AS group_id, g.name AS group_name, \
         CASE WHEN {BOOKED} THEN 1 ELSE 0 END AS booked"
    ));
    push_pupils(&mut sql, db, reach, round_id, filter);
    match filter.status {
        Some(FamilyStatus::Booked) => sql.push(format!(" AND {BOOKED}")),
        Some(FamilyStatus::Open) => sql.push(format!(" AND NOT {BOOKED}")),
        Some(FamilyStatus::NoEmail) => sql.push(format!(" AND NOT {BOOKED} AND NOT {HAS_EMAIL}")),
        None => &mut sql,
    };
    sql.push(" ORDER BY booked, g.grade, g.name, p.last_name, p.first_name, p.id LIMIT ")
        .bind(page_size)
        .push(" OFFSET ")
        .bind(filter.offset(page_size));
    sql.query_as().fetch_all(db.read()).await
}

/// The guardians (receiving invitations) of these pupils, with the state of their link.
pub async fn guardians_of(
    db: &Db,
    round_id: i64,
    pupil_ids: &[i64],
) -> Result<Vec<FamilyGuardianRow>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT l.pupil_id, gd.id, gd.name, COALESCE(gd.email, '') AS email, gd.phone, gd.interpreter_needed, \
         CASE WHEN i.id IS NULL OR i.revoked_at IS NOT NULL OR i.sent_at IS NULL THEN 0 ELSE 1 END AS invited, \
         CASE WHEN i.reminded_at IS NULL THEN 0 ELSE 1 END AS reminded \
         FROM pupil_guardians l JOIN guardians gd ON gd.id = l.guardian_id AND gd.archived_at IS NULL \
         LEFT JOIN invitations i ON i.guardian_id = gd.id AND i.round_id = ",
    );
    sql.bind(round_id)
        .push(" WHERE l.receives_invitations = 1 AND l.pupil_id IN ")
        .bind_list(pupil_ids.to_vec())
        .push(" ORDER BY gd.name, gd.id");
    sql.query_as().fetch_all(db.read()).await
}

/// The attempts to reach these pupils' families in the round, oldest first.
pub async fn attempts_of(
    db: &Db,
    round_id: i64,
    pupil_ids: &[i64],
) -> Result<Vec<Attempt>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT a.pupil_id, a.channel, a.note, a.created_at, s.name AS staff_name \
         FROM contact_attempts a JOIN staff s ON s.id = a.staff_id WHERE a.round_id = ",
    );
    sql.bind(round_id)
        .push(" AND a.pupil_id IN ")
        .bind_list(pupil_ids.to_vec())
        .push(" ORDER BY a.created_at, a.id");
    sql.query_as().fetch_all(db.read()).await
}

/// The times these pupils' families said suit them.
pub async fn constraints_of(
    db: &Db,
    round_id: i64,
    pupil_ids: &[i64],
) -> Result<Vec<Constraint>, sqlx::Error> {
    let mut sql =
        Sql::new("SELECT pupil_id, earliest, latest FROM family_constraints WHERE round_id = ");
    sql.bind(round_id)
        .push(" AND pupil_id IN ")
        .bind_list(pupil_ids.to_vec());
    sql.query_as().fetch_all(db.read()).await
}

/// Which teachers teach these groups: `(group_id, staff_id)`.
pub async fn teachers_of_groups(
    db: &Db,
    group_ids: &[i64],
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let mut sql =
        Sql::new("SELECT gs.group_id, gs.staff_id FROM group_staff gs WHERE gs.group_id IN ");
    sql.bind_list(group_ids.to_vec());
    sql.query_as().fetch_all(db.read()).await
}

/// The first `per_teacher` free slots (after `after`) of each of these teachers in the round,
/// by time: what staff may book on a family's behalf.
pub async fn first_free_slots(
    db: &Db,
    round_id: i64,
    staff_ids: &[i64],
    after: i64,
    per_teacher: i64,
) -> Result<Vec<FreeSlot>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT id, staff_id, starts_at, ends_at FROM (SELECT sl.id, sl.staff_id, sl.starts_at, sl.ends_at, \
         ROW_NUMBER() OVER (PARTITION BY sl.staff_id ORDER BY sl.starts_at) AS n \
         FROM slots sl WHERE sl.round_id = ",
    );
    sql.bind(round_id)
        .push(" AND sl.staff_id IN ")
        .bind_list(staff_ids.to_vec())
        .push(" AND sl.orphaned = 0 AND sl.starts_at > ")
        .bind(after)
        .push(
            " AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = sl.id AND b.status = 'active')) free \
             WHERE n <= ",
        )
        .bind(per_teacher)
        .push(" ORDER BY starts_at, staff_id");
    sql.query_as().fetch_all(db.read()).await
}

/// A choice in the page's filter form: a group or a teacher of the round.
#[derive(sqlx::FromRow)]
pub struct FilterOption {
    pub id: i64,
    pub name: String,
}

/// The round's groups this person may see, in school order.
pub async fn group_options(
    db: &Db,
    reach: &Reach,
    round_id: i64,
) -> Result<Vec<FilterOption>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT DISTINCT g.id, g.name, g.grade FROM round_groups rg JOIN groups g ON g.id = rg.group_id \
         WHERE rg.round_id = ",
    );
    sql.bind(round_id).push(" AND ");
    reach.groups(&mut sql, "g");
    sql.push(" ORDER BY g.grade, g.name");
    sql.query_as().fetch_all(db.read()).await
}

/// The teachers of the round's groups this person may see, by name.
pub async fn teacher_options(
    db: &Db,
    reach: &Reach,
    round_id: i64,
) -> Result<Vec<FilterOption>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT DISTINCT s.id, s.name FROM round_groups rg JOIN groups g ON g.id = rg.group_id \
         JOIN group_staff gs ON gs.group_id = g.id JOIN staff s ON s.id = gs.staff_id \
         WHERE s.disabled_at IS NULL AND rg.round_id = ",
    );
    sql.bind(round_id).push(" AND ");
    reach.groups(&mut sql, "g");
    sql.push(" ORDER BY s.name, s.id");
    sql.query_as().fetch_all(db.read()).await
}
