//! The teacher's week on the start page: conversations booked in the coming seven days, the
//! progress of open rounds for their groups, and — in the first weeks of the school year — the
//! round of startgesprekken still to open and the pupils not reached yet.
//! Every query is bounded (LIMIT) and reads through an index; a fixed number per page.

use crate::auth::access::Reach;
use crate::db::{Db, Sql};
use crate::domain::{PersonName, RecordKind, RoundKind};

/// How long after the first school day the start page asks for the startgesprekken.
pub const START_WEEKS: i64 = 3;

/// A booked conversation in the coming days.
#[derive(sqlx::FromRow)]
pub struct Planned {
    pub round_id: i64,
    pub pupil_id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub starts_at: i64,
    pub round_title: String,
}

/// SQL condition on a round aliased `r`: it covers one of one's own groups (correlated, so it
/// reads the round's own `round_groups` rows through their key, not the whole table).
fn round_of_own_groups(sql: &mut Sql, reach: Reach) {
    sql.push(
        " EXISTS (SELECT 1 FROM round_groups rg JOIN groups g ON g.id = rg.group_id \
         WHERE rg.round_id = r.id AND ",
    );
    reach.own_groups(sql, "g");
    sql.push(")");
}

/// Active bookings of one's own pupils in rounds of one's own groups, starting in `[from, to)`
/// (unix seconds); through `slots_round (round_id, starts_at)`.
pub async fn planned(
    db: &Db,
    reach: Reach,
    from: i64,
    to: i64,
) -> Result<Vec<Planned>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT r.id AS round_id, p.id AS pupil_id, p.first_name, p.name_prefix, p.last_name, \
         sl.starts_at, r.title AS round_title FROM rounds r \
         JOIN slots sl ON sl.round_id = r.id \
         JOIN bookings b ON b.slot_id = sl.id AND b.status = 'active' \
         JOIN pupils p ON p.id = b.pupil_id WHERE r.school_id = ",
    );
    sql.bind(reach.school_id)
        .push(" AND r.archived_at IS NULL AND");
    round_of_own_groups(&mut sql, reach);
    sql.push(" AND sl.starts_at >= ")
        .bind(from)
        .push(" AND sl.starts_at < ")
        .bind(to)
        .push(" AND ");
    reach.own_pupils(&mut sql, "p");
    sql.push(" ORDER BY sl.starts_at, p.last_name LIMIT 40");
    sql.query_as().fetch_all(db.read()).await
}

/// An open round's progress, counted over the pupils of one's own groups only.
#[derive(sqlx::FromRow)]
pub struct RoundProgress {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub closes_at: i64,
    pub pupils: i64,
    pub booked: i64,
    pub invited: i64,
}

impl RoundProgress {
    /// Pupils without a booked conversation yet.
    pub fn not_reached(&self) -> i64 {
        (self.pupils - self.booked).max(0)
    }
}

/// Rounds of one's own groups that have not closed at `now`, with their counts aggregated in
/// SQL (bookings through `bookings_round`, invitations through their (round, guardian) key).
pub async fn open_rounds(
    db: &Db,
    reach: Reach,
    now: i64,
) -> Result<Vec<RoundProgress>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT r.id, r.title, r.kind, r.closes_at, COUNT(p.id) AS pupils, \
         COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM bookings b WHERE b.round_id = r.id \
           AND b.pupil_id = p.id AND b.status = 'active') THEN 1 ELSE 0 END), 0) AS booked, \
         COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM pupil_guardians l WHERE l.pupil_id = p.id \
           AND EXISTS (SELECT 1 FROM invitations i WHERE i.round_id = r.id \
           AND i.guardian_id = l.guardian_id AND i.sent_at IS NOT NULL AND i.revoked_at IS NULL)) \
           THEN 1 ELSE 0 END), 0) AS invited \
         FROM rounds r JOIN round_groups rg ON rg.round_id = r.id \
         JOIN groups g ON g.id = rg.group_id \
         JOIN pupils p ON p.group_id = rg.group_id AND (rg.pupil_id IS NULL OR rg.pupil_id = p.id) \
         AND p.archived_at IS NULL WHERE r.school_id = ",
    );
    sql.bind(reach.school_id)
        .push(" AND r.archived_at IS NULL AND r.closes_at >= ")
        .bind(now)
        .push(" AND ");
    reach.own_groups(&mut sql, "g");
    sql.push(" GROUP BY r.id, r.title, r.kind, r.closes_at ORDER BY r.closes_at, r.id LIMIT 10");
    sql.query_as().fetch_all(db.read()).await
}

/// The current year's first school day (ISO), if the school has a current year.
pub async fn first_school_day(db: &Db, year_id: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT first_school_day FROM school_years WHERE id = $1")
        .bind(year_id)
        .fetch_optional(db.read())
        .await
}

/// A pupil of one's own groups not reached yet this year.
#[derive(sqlx::FromRow)]
pub struct Unreached {
    pub pupil_id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
}

/// The start of the year for one's own current groups: whether a start round covers any of
/// them, and the pupils with neither a start record since `since` (ISO) nor an active booking
/// in a start round (at most `limit`).
pub async fn start_of_year(
    db: &Db,
    reach: Reach,
    since: &str,
    limit: i64,
) -> Result<(bool, Vec<Unreached>), sqlx::Error> {
    let mut sql = Sql::new("SELECT COUNT(*) FROM rounds r WHERE r.school_id = ");
    sql.bind(reach.school_id)
        .push(" AND r.archived_at IS NULL AND r.kind = ")
        .bind(RoundKind::Start.code().to_string())
        .push(" AND r.id IN (SELECT rg.round_id FROM round_groups rg JOIN groups g ON g.id = rg.group_id WHERE ");
    reach.own_groups(&mut sql, "g");
    sql.push(" AND ")
        .push(crate::years::IN_CURRENT_YEAR)
        .push(")");
    let rounds: i64 = sql.query_scalar().fetch_one(db.read()).await?;

    let mut sql = Sql::new(
        "SELECT p.id AS pupil_id, p.first_name, p.name_prefix, p.last_name FROM pupils p \
         JOIN groups g ON g.id = p.group_id WHERE ",
    );
    reach.own_pupils(&mut sql, "p");
    sql.push(" AND p.archived_at IS NULL AND ")
        .push(crate::years::IN_CURRENT_YEAR)
        .push(" AND NOT EXISTS (SELECT 1 FROM records rc WHERE rc.pupil_id = p.id AND rc.kind = ")
        .bind(RecordKind::Start.code().to_string())
        .push(" AND rc.held_on >= ")
        .bind(since.to_string())
        .push(
            // From the school's start rounds to their bookings by (round, pupil): bookings has
            // no index on the pupil alone.
            ") AND NOT EXISTS (SELECT 1 FROM rounds r \
             JOIN round_groups rg ON rg.round_id = r.id AND rg.group_id = p.group_id \
             JOIN bookings b ON b.round_id = r.id AND b.pupil_id = p.id AND b.status = 'active' \
             WHERE r.school_id = p.school_id AND r.kind = ",
        )
        .bind(RoundKind::Start.code().to_string())
        .push(") ORDER BY p.last_name, p.first_name LIMIT ")
        .bind(limit);
    let unreached = sql.query_as().fetch_all(db.read()).await?;
    Ok((rounds > 0, unreached))
}

/// A pupil who joined during the year and has had no startgesprek since their first day.
#[derive(sqlx::FromRow)]
pub struct Newcomer {
    pub pupil_id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub arrived_on: String,
    pub start_due_on: String,
}

/// Newcomers in one's own groups who arrived on or after `since` (ISO) without a start record
/// since their first day, soonest due first (at most `limit`).
pub async fn newcomers(
    db: &Db,
    reach: Reach,
    since: &str,
    limit: i64,
) -> Result<Vec<Newcomer>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT p.id AS pupil_id, p.first_name, p.name_prefix, p.last_name, p.arrived_on, p.start_due_on \
         FROM pupils p WHERE ",
    );
    reach.own_pupils(&mut sql, "p");
    sql.push(" AND p.archived_at IS NULL AND p.arrived_on >= ")
        .bind(since.to_string())
        .push(" AND p.start_due_on IS NOT NULL")
        .push(" AND NOT EXISTS (SELECT 1 FROM records rc WHERE rc.pupil_id = p.id AND rc.kind = ")
        .bind(RecordKind::Start.code().to_string())
        .push(" AND rc.held_on >= p.arrived_on) ORDER BY p.start_due_on, p.last_name LIMIT ")
        .bind(limit);
    sql.query_as().fetch_all(db.read()).await
}
