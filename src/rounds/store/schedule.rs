//! A teacher's schedule in a round, attendance, and the secret calendar feed.

use crate::db::{Db, Flag, Sql};
use crate::domain::{Attendance, PersonName};

use super::Host;

/// Staff with slots in the round: one probe of the slots' (round, teacher, time) index per staff
/// member of the round's school, instead of reading every slot of the round.
pub async fn slot_hosts(db: &Db, round_id: i64) -> Result<Vec<Host>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id, s.name FROM staff s WHERE s.school_id = (SELECT r.school_id FROM rounds r WHERE r.id = $1) \
         AND EXISTS (SELECT 1 FROM slots sl WHERE sl.round_id = $1 AND sl.staff_id = s.id) ORDER BY s.name, s.id",
    )
    .bind(round_id)
    .fetch_all(db.read())
    .await
}

/// One slot of a teacher's schedule, with its active booking if there is one (the booking's
/// columns are then empty or zero: `booking_id` and `pupil_id` tell).
#[derive(sqlx::FromRow)]
pub struct ScheduleSlot {
    pub starts_at: i64,
    pub ends_at: i64,
    #[sqlx(try_from = "Flag")]
    pub orphaned: bool,
    pub booking_id: Option<i64>,
    pub note: String,
    #[sqlx(try_from = "Flag")]
    pub interpreter: bool,
    /// An `Attendance` code, or empty while nothing has been recorded.
    pub attendance: String,
    pub booked_at: Option<i64>,
    pub pupil_id: Option<i64>,
    #[sqlx(flatten)]
    pub pupil: PersonName,
    pub group_name: String,
}

/// The booked pupil's group in a round of another year than the current one: the group of
/// that year the round was for, from the pupil's history or placement (`pupil_years`, by its
/// key), not the group they are in now (last year's round after the switch; a coming year's
/// round of startgesprekken before it). NULL for this year's rounds: the current group.
const GROUP_IN_ROUND: &str = "(SELECT hg.name FROM pupil_years py \
     JOIN school_years hy ON hy.id = py.school_year_id AND hy.is_current = 0 \
     JOIN round_groups hr ON hr.round_id = sl.round_id AND hr.group_id = py.group_id \
     JOIN groups hg ON hg.id = py.group_id WHERE py.pupil_id = p.id LIMIT 1)";

pub async fn schedule(
    db: &Db,
    round_id: i64,
    staff_id: i64,
) -> Result<Vec<ScheduleSlot>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT sl.starts_at, sl.ends_at, sl.orphaned, b.id AS booking_id, COALESCE(b.note, '') AS note, \
         COALESCE(b.interpreter, 0) AS interpreter, COALESCE(b.attendance, '') AS attendance, b.created_at AS booked_at, \
         p.id AS pupil_id, COALESCE(p.first_name, '') AS first_name, COALESCE(p.name_prefix, '') AS name_prefix, \
         COALESCE(p.last_name, '') AS last_name, COALESCE({GROUP_IN_ROUND}, g.name, '') AS group_name \
         FROM slots sl LEFT JOIN bookings b ON b.slot_id = sl.id AND b.status = 'active' \
         LEFT JOIN pupils p ON p.id = b.pupil_id LEFT JOIN groups g ON g.id = p.group_id \
         WHERE sl.round_id = $1 AND sl.staff_id = $2 ORDER BY sl.starts_at"
    ))
    .bind(round_id)
    .bind(staff_id)
    .fetch_all(db.read())
    .await
}

/// A current guardian of a booked pupil, as the teacher's schedule shows them.
#[derive(sqlx::FromRow)]
pub struct Parent {
    pub pupil_id: i64,
    pub name: String,
    pub language: String,
    #[sqlx(try_from = "Flag")]
    pub interpreter_needed: bool,
}

/// The current guardians of these pupils, by name.
pub async fn parents(db: &Db, pupil_ids: &[i64]) -> Result<Vec<Parent>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT l.pupil_id, gd.name, gd.language, gd.interpreter_needed FROM pupil_guardians l \
         JOIN guardians gd ON gd.id = l.guardian_id WHERE l.pupil_id IN ",
    );
    sql.bind_list(pupil_ids.to_vec())
        .push(" AND gd.archived_at IS NULL ORDER BY gd.name");
    sql.query_as().fetch_all(db.read()).await
}

/// Records what happened with an active booking of the round. Unless `any_host`, only a
/// booking in one of `staff_id`'s own slots. Returns whether a booking was changed.
pub async fn set_attendance(
    db: &Db,
    round_id: i64,
    booking_id: i64,
    value: Attendance,
    staff_id: i64,
    any_host: bool,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE bookings SET attendance = $1 WHERE id = $2 AND round_id = $3 AND status = 'active' \
         AND ($4 = 1 OR slot_id IN (SELECT id FROM slots WHERE staff_id = $5))",
    )
    .bind(value)
    .bind(booking_id)
    .bind(round_id)
    .bind(i64::from(any_host))
    .bind(staff_id)
    .execute(db.write())
    .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn has_feed(db: &Db, staff_id: i64) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM calendar_feeds WHERE staff_id = $1")
        .bind(staff_id)
        .fetch_one(db.read())
        .await?;
    Ok(n > 0)
}

/// Stores the hash of a staff member's new feed token (replacing the old one).
pub async fn renew_feed(
    db: &Db,
    staff_id: i64,
    token_hash: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO calendar_feeds (staff_id, token_hash, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (staff_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at",
    )
    .bind(staff_id)
    .bind(token_hash.to_string())
    .bind(at)
    .execute(db.write())
    .await?;
    Ok(())
}

/// Whose feed a token hash opens: only an account that is active now, checked on every
/// request (a disabled account's feed serves nothing, even if a row were left behind).
pub async fn feed_owner(db: &Db, token_hash: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT f.staff_id FROM calendar_feeds f JOIN staff s ON s.id = f.staff_id \
         WHERE f.token_hash = $1 AND s.disabled_at IS NULL",
    )
    .bind(token_hash.to_string())
    .fetch_optional(db.read())
    .await
}

/// An active booking in a staff member's calendar feed.
#[derive(sqlx::FromRow)]
pub struct FeedBooking {
    pub id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub title: String,
    pub location: String,
    #[sqlx(flatten)]
    pub pupil: PersonName,
    pub group_name: Option<String>,
    pub note: String,
}

/// Active bookings in this staff member's slots that start after `after`, by time.
pub async fn feed_bookings(
    db: &Db,
    staff_id: i64,
    after: i64,
) -> Result<Vec<FeedBooking>, sqlx::Error> {
    sqlx::query_as(
        "SELECT b.id, sl.starts_at, sl.ends_at, r.title, r.location, p.first_name, p.name_prefix, p.last_name, \
         g.name AS group_name, b.note \
         FROM bookings b JOIN slots sl ON sl.id = b.slot_id JOIN rounds r ON r.id = b.round_id \
         JOIN pupils p ON p.id = b.pupil_id LEFT JOIN groups g ON g.id = p.group_id \
         WHERE sl.staff_id = $1 AND b.status = 'active' AND sl.starts_at > $2 ORDER BY sl.starts_at",
    )
    .bind(staff_id)
    .bind(after)
    .fetch_all(db.read())
    .await
}
