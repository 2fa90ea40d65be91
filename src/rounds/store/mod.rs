//! The rounds' SQL and typed rows, by topic: rounds and availability here, the families page
//! and invitations in `families`, the teacher's schedule and calendar feed in `schedule`, the
//! school-made timetable in `timetable`.
//!
//! `b.status = 'active'` stays a literal in these queries: it is the predicate of the partial
//! indexes on `bookings`, which the planner only uses when it sees the same text.

pub mod families;
pub mod family_list;
pub mod schedule;
pub mod timetable;

use crate::auth::access::Reach;
use crate::db::{now, Backend, Db, Sql, Tx};
use crate::domain::{ConversationForm, RoundKind};

use super::{FreeSlot, Round};

/// The columns of `Round`, on `rounds r` (also read with a personal link, in one query).
pub const ROUND_COLUMNS: &str =
    "r.id, r.school_id, r.kind, r.title, r.opens_at, r.closes_at, r.slot_minutes, r.gap_minutes, \
     r.form, r.location, r.pupil_expected, r.attendees, r.invitation_text, r.reminder_hours, r.scheduling";

/// Pupils of a round: everyone in its groups, or the one pupil a single-pupil round names.
/// A group of the current year has its pupils in `pupils.group_id`. A group of any other year
/// has them in `pupil_years` of the group's own year: a coming year's group before its first
/// school day (the administrator placed them; a teacher can hold the startgesprekken in the
/// last days of the holiday), and last year's group after the switch (pupils have moved on,
/// the round keeps its families). Needs `round_groups rg`; gives `groups rgg` (the round's
/// group), `pupils p` (and `pupil_years rpy`). The OR is answered by two index lookups on both
/// databases (pupils_group, the pupils key); `rpy` through pupil_years_group (the unary `+`
/// keeps SQLite from reading the whole year through pupil_years_year instead).
const ROUND_PUPILS: &str = "JOIN groups rgg ON rgg.id = rg.group_id \
     LEFT JOIN school_years rgy ON rgy.id = rgg.school_year_id AND rgy.is_current = 0 \
     LEFT JOIN pupil_years rpy ON rpy.group_id = rg.group_id AND +rpy.school_year_id = rgy.id \
     JOIN pupils p ON (rgy.id IS NULL AND p.group_id = rg.group_id OR p.id = rpy.pupil_id) \
     AND (rg.pupil_id IS NULL OR rg.pupil_id = p.id)";

/// The round's pupil `p` (of `ROUND_PUPILS`) as the round's counts show it: not archived, or
/// archived at or after the switch that closed the group's year (last year's leavers stay in
/// last year's rounds; a pupil removed during that year stays out, as before the switch).
const IN_ROUND_AS_IT_STOOD: &str = "(p.archived_at IS NULL OR p.archived_at >= rgg.archived_at)";

/// The round's pupils (`pupils p` of `ROUND_PUPILS`) this person may see: as `Reach::pupils`,
/// but a teacher's reach goes through the round's group, so the teacher of a coming group sees
/// its pupils while they are still in last year's group.
fn reach_round_pupils(sql: &mut Sql, reach: &Reach, backend: Backend) {
    reach_pupils_of_round_group(sql, reach, "p", "rg", backend);
}

/// `ROUND_PUPILS` with other aliases for `round_groups`, `pupils` and `pupil_years` (the
/// group and year take `{rg}g` and `{rg}y`), for features that list a round's pupils in
/// their own queries (printed letters).
pub fn round_pupils_join(rg: &str, p: &str, rpy: &str) -> String {
    format!(
        "JOIN groups {rg}g ON {rg}g.id = {rg}.group_id \
         LEFT JOIN school_years {rg}y ON {rg}y.id = {rg}g.school_year_id AND {rg}y.is_current = 0 \
         LEFT JOIN pupil_years {rpy} ON {rpy}.group_id = {rg}.group_id AND +{rpy}.school_year_id = {rg}y.id \
         JOIN pupils {p} ON ({rg}y.id IS NULL AND {p}.group_id = {rg}.group_id OR {p}.id = {rpy}.pupil_id) \
         AND ({rg}.pupil_id IS NULL OR {rg}.pupil_id = {p}.id)"
    )
}

/// `reach_round_pupils` for other aliases of `pupils` and `round_groups`.
pub fn reach_pupils_of_round_group(
    sql: &mut Sql,
    reach: &Reach,
    p: &str,
    rg: &str,
    backend: Backend,
) {
    // On SQLite the unary `+` keeps the planner from reading every pupil of the school through
    // `pupils_leaving (school_id, …)` once per round group instead of taking the round group's
    // pupils through `pupils_group` and the pupils key (the families page of a 10,000-pupil
    // school took 330 ms instead of 38). PostgreSQL answers the same join best from that
    // index (one hash of the school's pupils; without it 210 ms instead of 39), so there the
    // condition stays indexable.
    let plain = if backend == Backend::Sqlite { "+" } else { "" };
    sql.push(format!("{plain}{p}.school_id = "))
        .bind(reach.school_id);
    if !reach.whole_school {
        sql.push(format!(
            " AND {rg}.group_id IN (SELECT rvg.id FROM groups rvg WHERE "
        ));
        reach.groups(sql, "rvg");
        sql.push(")");
    }
}

pub async fn load(db: &Db, id: i64) -> Result<Option<Round>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {ROUND_COLUMNS} FROM rounds r WHERE r.id = $1"
    ))
    .bind(id)
    .fetch_optional(db.read())
    .await
}

/// A round this person may see and that is not archived.
pub async fn visible_round(db: &Db, reach: &Reach, id: i64) -> Result<Option<Round>, sqlx::Error> {
    let mut sql = Sql::new(format!("SELECT {ROUND_COLUMNS} FROM rounds r WHERE "));
    reach.rounds(&mut sql, "r");
    sql.push(" AND r.archived_at IS NULL AND r.id = ").bind(id);
    sql.query_as().fetch_optional(db.read()).await
}

/// The name of the school year the round belongs to when that year has closed (every group of
/// the round is a group of a year the school has since moved on from); None for this year's and
/// a coming year's rounds. Reads the round's few `round_groups` rows by their key.
pub async fn closed_year_of(db: &Db, round_id: i64) -> Result<Option<String>, sqlx::Error> {
    let (name, closed): (Option<String>, Option<i64>) = sqlx::query_as(
        "SELECT MAX(y.name), CAST(MIN(CASE WHEN y.switched_at IS NOT NULL AND y.is_current = 0 \
         THEN 1 ELSE 0 END) AS BIGINT) FROM round_groups rg JOIN groups g ON g.id = rg.group_id \
         JOIN school_years y ON y.id = g.school_year_id WHERE rg.round_id = $1",
    )
    .bind(round_id)
    .fetch_one(db.read())
    .await?;
    Ok(name.filter(|_| closed == Some(1)))
}

/// A line of the rounds list.
#[derive(sqlx::FromRow)]
pub struct RoundSummary {
    pub id: i64,
    pub title: String,
    pub kind: RoundKind,
    pub closes_at: i64,
    /// Pupils in the round (each is a family to reach).
    pub families: i64,
    /// Pupils with an active booking.
    pub booked: i64,
}

/// The rounds this person may see, latest closing first.
pub async fn visible_rounds(db: &Db, reach: &Reach) -> Result<Vec<RoundSummary>, sqlx::Error> {
    let mut sql = Sql::new(format!(
        "SELECT r.id, r.title, r.kind, r.closes_at, \
         (SELECT COUNT(DISTINCT p.id) FROM round_groups rg {ROUND_PUPILS} AND {IN_ROUND_AS_IT_STOOD} WHERE rg.round_id = r.id) AS families, \
         (SELECT COUNT(DISTINCT b.pupil_id) FROM bookings b WHERE b.round_id = r.id AND b.status = 'active') AS booked \
         FROM rounds r WHERE "
    ));
    reach.rounds(&mut sql, "r");
    sql.push(" AND r.archived_at IS NULL ORDER BY r.closes_at DESC");
    sql.query_as().fetch_all(db.read()).await
}

/// Ids of the groups this person may see (for teachers: their own groups).
pub async fn visible_group_ids(db: &Db, reach: &Reach) -> Result<Vec<i64>, sqlx::Error> {
    let mut sql = Sql::new("SELECT g.id FROM groups g WHERE ");
    reach.groups(&mut sql, "g");
    sql.query_scalar().fetch_all(db.read()).await
}

/// A checked new round (see `form`).
pub struct NewRound {
    pub kind: RoundKind,
    pub title: String,
    pub group_ids: Vec<i64>,
    pub opens_at: i64,
    pub closes_at: i64,
    pub slot_minutes: i64,
    pub gap_minutes: i64,
    pub form: ConversationForm,
    pub location: String,
    pub pupil_expected: bool,
    pub attendees: String,
    pub invitation_text: String,
    pub reminder_hours: i64,
}

/// Creates the round with its groups; returns its id.
pub async fn create_round(
    db: &Db,
    school_id: i64,
    created_by: i64,
    round: &NewRound,
) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO rounds (school_id, kind, title, opens_at, closes_at, slot_minutes, gap_minutes, form, location, \
         pupil_expected, attendees, invitation_text, reminder_hours, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
    )
    .bind(school_id)
    .bind(round.kind)
    .bind(&round.title)
    .bind(round.opens_at)
    .bind(round.closes_at)
    .bind(round.slot_minutes)
    .bind(round.gap_minutes)
    .bind(round.form)
    .bind(&round.location)
    .bind(i64::from(round.pupil_expected))
    .bind(&round.attendees)
    .bind(&round.invitation_text)
    .bind(round.reminder_hours)
    .bind(created_by)
    .bind(now())
    .fetch_one(&mut *tx)
    .await?;
    for g in &round.group_ids {
        sqlx::query("INSERT INTO round_groups (round_id, group_id) VALUES ($1, $2)")
            .bind(id)
            .bind(g)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// A staff member who may host conversations.
#[derive(sqlx::FromRow)]
pub struct Host {
    pub id: i64,
    pub name: String,
}

/// Staff who may host conversations in a round: the (enabled) teachers of its groups.
pub async fn hosts(db: &Db, round_id: i64) -> Result<Vec<Host>, sqlx::Error> {
    sqlx::query_as(
        "SELECT DISTINCT s.id, s.name FROM round_groups rg JOIN group_staff gs ON gs.group_id = rg.group_id \
         JOIN staff s ON s.id = gs.staff_id WHERE rg.round_id = $1 AND s.disabled_at IS NULL ORDER BY s.name",
    )
    .bind(round_id)
    .fetch_all(db.read())
    .await
}

/// The names of the round's groups, in school order.
pub async fn group_names(db: &Db, round_id: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT g.name FROM round_groups rg JOIN groups g ON g.id = rg.group_id WHERE rg.round_id = $1 \
         ORDER BY g.grade, g.name",
    )
    .bind(round_id)
    .fetch_all(db.read())
    .await
}

/// A block of a teacher's time, with how many of its slots are booked.
#[derive(sqlx::FromRow)]
pub struct Block {
    pub id: i64,
    pub staff_name: String,
    /// ISO date.
    pub day: String,
    /// "HH:MM".
    pub starts: String,
    pub ends: String,
    pub slots: i64,
    pub booked: i64,
}

/// One teacher's blocks in the round, with their slot counts (counted through the slots'
/// unique index on round, teacher and time, so a big round costs no more than a small one).
pub async fn blocks_of(db: &Db, round_id: i64, staff_id: i64) -> Result<Vec<Block>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.id, s.name AS staff_name, a.day, a.starts, a.ends, COUNT(sl.id) AS slots, COUNT(b.id) AS booked \
         FROM availability a JOIN staff s ON s.id = a.staff_id \
         LEFT JOIN slots sl ON sl.round_id = a.round_id AND sl.staff_id = a.staff_id AND sl.availability_id = a.id \
         LEFT JOIN bookings b ON b.slot_id = sl.id AND b.status = 'active' \
         WHERE a.round_id = $1 AND a.staff_id = $2 \
         GROUP BY a.id, s.name, a.day, a.starts, a.ends ORDER BY a.day, a.starts",
    )
    .bind(round_id)
    .bind(staff_id)
    .fetch_all(db.read())
    .await
}

/// A teacher's share of the round: blocks, slots and bookings, for the round page's summary.
#[derive(sqlx::FromRow)]
pub struct TeacherLoad {
    pub staff_id: i64,
    pub staff_name: String,
    pub blocks: i64,
    pub slots: i64,
    pub booked: i64,
}

/// Per teacher with time in the round: how many blocks, slots and booked slots, aggregated in
/// SQL. Slots are counted on the slots' index alone; bookings from the round's bookings (not
/// by probing every slot).
pub async fn teacher_loads(db: &Db, round_id: i64) -> Result<Vec<TeacherLoad>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id AS staff_id, s.name AS staff_name, \
         (SELECT COUNT(*) FROM availability a WHERE a.round_id = $1 AND a.staff_id = s.id) AS blocks, \
         n.slots, COALESCE(k.booked, 0) AS booked \
         FROM (SELECT staff_id, COUNT(*) AS slots FROM slots WHERE round_id = $1 GROUP BY staff_id) n \
         JOIN staff s ON s.id = n.staff_id \
         LEFT JOIN (SELECT bs.staff_id, COUNT(*) AS booked FROM bookings b JOIN slots bs ON bs.id = b.slot_id \
          WHERE b.round_id = $1 AND b.status = 'active' GROUP BY bs.staff_id) k ON k.staff_id = n.staff_id \
         ORDER BY s.name, s.id",
    )
    .bind(round_id)
    .fetch_all(db.read())
    .await
}

/// How far a round is: the counts on its page.
#[derive(sqlx::FromRow)]
pub struct Progress {
    /// Pupils in the round.
    pub families: i64,
    /// Pupils with an active booking.
    pub booked: i64,
    /// Guardians whose link went out and still works.
    pub invited: i64,
    /// Booked slots whose availability was removed.
    pub orphaned: i64,
}

pub async fn progress(db: &Db, round_id: i64) -> Result<Progress, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT \
         (SELECT COUNT(*) FROM round_groups rg {ROUND_PUPILS} AND {IN_ROUND_AS_IT_STOOD} WHERE rg.round_id = $1) AS families, \
         (SELECT COUNT(DISTINCT pupil_id) FROM bookings WHERE round_id = $1 AND status = 'active') AS booked, \
         (SELECT COUNT(*) FROM invitations WHERE round_id = $1 AND revoked_at IS NULL AND sent_at IS NOT NULL) AS invited, \
         (SELECT COUNT(*) FROM slots sl JOIN bookings b ON b.slot_id = sl.id AND b.status = 'active' \
          WHERE sl.round_id = $1 AND sl.orphaned = 1) AS orphaned"
    ))
    .bind(round_id)
    .fetch_one(db.read())
    .await
}

/// Records a block of availability and its slots (`[start, end)` unix seconds); slots that
/// already exist for this teacher at that time are kept. Returns the block's id.
pub async fn add_block(
    tx: &mut Tx,
    round_id: i64,
    staff_id: i64,
    day: time::Date,
    from: time::Time,
    to: time::Time,
    slots: &[(i64, i64)],
) -> Result<i64, sqlx::Error> {
    let clock = |t: time::Time| format!("{:02}:{:02}", t.hour(), t.minute());
    let block: i64 = sqlx::query_scalar(
        "INSERT INTO availability (round_id, staff_id, day, starts, ends, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(round_id)
    .bind(staff_id)
    .bind(crate::timefmt::iso(day))
    .bind(clock(from))
    .bind(clock(to))
    .bind(now())
    .fetch_one(&mut **tx)
    .await?;
    for (s, e) in slots {
        sqlx::query(
            "INSERT INTO slots (round_id, staff_id, availability_id, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (round_id, staff_id, starts_at) DO NOTHING",
        )
        .bind(round_id)
        .bind(staff_id)
        .bind(block)
        .bind(*s)
        .bind(*e)
        .execute(&mut **tx)
        .await?;
    }
    Ok(block)
}

/// Whose block this is, if it is one of the round's.
pub async fn block_owner(db: &Db, round_id: i64, block: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT staff_id FROM availability WHERE id = $1 AND round_id = $2")
        .bind(block)
        .bind(round_id)
        .fetch_optional(db.read())
        .await
}

/// Removes a block: its never-booked slots go, the others stay flagged as orphaned.
pub async fn remove_block(db: &Db, block: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "DELETE FROM slots WHERE availability_id = $1 AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = slots.id)",
    )
    .bind(block)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE slots SET orphaned = 1, availability_id = NULL WHERE availability_id = $1")
        .bind(block)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM availability WHERE id = $1")
        .bind(block)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// Free slots of a round that start after `after` (not orphaned, no active booking), by time.
pub async fn free_slots(db: &Db, round_id: i64, after: i64) -> Result<Vec<FreeSlot>, sqlx::Error> {
    sqlx::query_as(
        "SELECT sl.id, sl.staff_id, sl.starts_at, sl.ends_at FROM slots sl WHERE sl.round_id = $1 AND sl.orphaned = 0 \
         AND sl.starts_at > $2 AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = sl.id AND b.status = 'active') \
         ORDER BY sl.starts_at, sl.staff_id",
    )
    .bind(round_id)
    .bind(after)
    .fetch_all(db.read())
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    #[test]
    fn the_shared_join_is_the_rounds_own() {
        assert_eq!(
            words(&round_pupils_join("rg", "p", "rpy")),
            words(ROUND_PUPILS)
        );
    }
}
