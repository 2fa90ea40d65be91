//! The booking feature's SQL and typed rows: personal links, a family's children with their
//! teachers, bookings and free slots, the statements of the booking transaction, swaps, and
//! what the mails need.
//!
//! Functions taking a `&mut Tx` run inside the caller's transaction (the caller decides where
//! it begins and ends); the others read through the read pool. `status = 'active'` stays a
//! literal in every statement on `bookings`: the partial unique indexes
//! (`bookings_one_per_slot`, `bookings_one_per_invitation_pupil`, both `WHERE status = 'active'`)
//! decide who gets a slot, and the planner matches the literal.

use crate::db::{Db, Flag, Sql, Tx};
use crate::domain::PersonName;
use crate::rounds::{FreeSlot, Round, ROUND_COLUMNS};
use sqlx::AnyConnection;

use super::{BookingInfo, Request};

mod swaps;
pub use swaps::*;

// ── personal links ──────────────────────────────────────────────────────────────────────────

/// A personal link with its guardian, round and school: one query per request, as every parent
/// page starts with it.
#[derive(sqlx::FromRow)]
pub struct InvitationRow {
    pub invitation_id: i64,
    pub guardian_id: i64,
    pub guardian_name: String,
    pub guardian_email: Option<String>,
    pub guardian_language: String,
    pub school_name: String,
    pub school_contact: String,
    #[sqlx(flatten)]
    pub round: Round,
}

/// Links of archived rounds never resolve.
fn invitation_select() -> Sql {
    Sql::new(format!(
        "SELECT i.id AS invitation_id, i.guardian_id, gd.name AS guardian_name, gd.email AS guardian_email, \
         gd.language AS guardian_language, sc.name AS school_name, sc.contact AS school_contact, {ROUND_COLUMNS} \
         FROM invitations i JOIN guardians gd ON gd.id = i.guardian_id JOIN rounds r ON r.id = i.round_id \
         JOIN schools sc ON sc.id = r.school_id WHERE r.archived_at IS NULL AND "
    ))
}

/// A link that has not been revoked, by the hash of its token.
pub async fn invitation_by_token_hash(
    db: &Db,
    token_hash: String,
) -> Result<Option<InvitationRow>, sqlx::Error> {
    let mut sql = invitation_select();
    sql.push("i.token_hash = ")
        .bind(token_hash)
        .push(" AND i.revoked_at IS NULL");
    sql.query_as().fetch_optional(db.read()).await
}

/// A printed letter's link (a second link of the same invitation) that neither the letter nor
/// its invitation has revoked, by the hash of its token.
pub async fn invitation_by_letter_hash(
    db: &Db,
    token_hash: String,
) -> Result<Option<InvitationRow>, sqlx::Error> {
    let mut sql = invitation_select();
    sql.push(
        "i.revoked_at IS NULL AND i.id = (SELECT l.invitation_id FROM invitation_letters l \
         WHERE l.revoked_at IS NULL AND l.token_hash = ",
    )
    .bind(token_hash)
    .push(")");
    sql.query_as().fetch_optional(db.read()).await
}

/// A link by id, revoked or not (to write to the other family in a swap).
pub async fn invitation_by_id(db: &Db, id: i64) -> Result<Option<InvitationRow>, sqlx::Error> {
    let mut sql = invitation_select();
    sql.push("i.id = ").bind(id);
    sql.query_as().fetch_optional(db.read()).await
}

/// When the round's last conversation ends. Reads every slot of the round (only asked once the
/// round has closed).
pub async fn last_conversation_end(db: &Db, round_id: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT MAX(ends_at) FROM slots WHERE round_id = $1")
        .bind(round_id)
        .fetch_one(db.read())
        .await
}

// ── the booking page ────────────────────────────────────────────────────────────────────────

/// A child of the guardian who is invited to the round, with one active teacher of the child's
/// group (none when the group has no active teacher): one row per child and teacher.
#[derive(sqlx::FromRow)]
pub struct ChildRow {
    pub id: i64,
    #[sqlx(flatten)]
    pub name: PersonName,
    pub group_id: i64,
    pub group_name: String,
    pub teacher_id: Option<i64>,
    pub teacher_name: Option<String>,
}

/// The pupil `p` belongs to the round group `rg`: in it this year, or placed in it for a coming
/// school year that has not started (the round of startgesprekken planned before the switch).
const IN_ROUND_GROUP: &str = "rg.group_id = p.group_id OR EXISTS (SELECT 1 FROM pupil_years py \
     JOIN school_years sy ON sy.id = py.school_year_id \
     WHERE py.pupil_id = p.id AND py.group_id = rg.group_id AND sy.switched_at IS NULL)";

/// The guardian's children in the round (those for whom they receive invitations), youngest
/// last, each with the active teachers of its group by name: one query for what used to take
/// two (the parent's page is the busiest page of the rush). A child belongs to a round group
/// through its current group or a placement in a coming year (see `IN_ROUND_GROUP`); the two
/// ways are two branches, each found through the keys of `round_groups` and `pupil_years`, so the
/// cost does not depend on how many groups the round has or how many pupils have placements.
pub async fn children_in_round(
    conn: &mut AnyConnection,
    round_id: i64,
    guardian_id: i64,
) -> Result<Vec<ChildRow>, sqlx::Error> {
    const CHILDREN: &str =
        "FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id AND p.archived_at IS NULL";
    const INVITED: &str = "(rg.pupil_id IS NULL OR rg.pupil_id = p.id) \
                           WHERE l.guardian_id = $2 AND l.receives_invitations = 1";
    const COLUMNS: &str =
        "p.id, p.first_name, p.name_prefix, p.last_name, p.date_of_birth, rg.group_id";
    sqlx::query_as(&format!(
        "SELECT c.id, c.first_name, c.name_prefix, c.last_name, c.group_id, g.name AS group_name, \
         s.id AS teacher_id, s.name AS teacher_name FROM ( \
           SELECT {COLUMNS} {CHILDREN} \
           JOIN round_groups rg ON rg.round_id = $1 AND rg.group_id = p.group_id AND {INVITED} \
           UNION \
           SELECT {COLUMNS} {CHILDREN} \
           JOIN pupil_years py ON py.pupil_id = p.id \
           JOIN school_years sy ON sy.id = py.school_year_id AND sy.switched_at IS NULL \
           JOIN round_groups rg ON rg.round_id = $1 AND rg.group_id = py.group_id AND {INVITED} \
         ) c JOIN groups g ON g.id = c.group_id \
         LEFT JOIN group_staff gs ON gs.group_id = c.group_id \
         LEFT JOIN staff s ON s.id = gs.staff_id AND s.disabled_at IS NULL \
         ORDER BY c.date_of_birth, c.first_name, c.id, c.group_id, s.name"
    ))
    .bind(round_id)
    .bind(guardian_id)
    .fetch_all(conn)
    .await
}

#[derive(sqlx::FromRow)]
struct FreeSlotRow {
    id: i64,
    staff_id: i64,
    starts_at: i64,
    ends_at: i64,
}

/// Slots of these teachers in the round that start after `after` and nobody holds, earliest
/// first. Read through the unique (round_id, staff_id, starts_at) index: only these teachers'
/// slots, however big the round. (No ORDER BY in SQL on purpose: sorting by start time would
/// tempt the planner into `slots_round`, which walks every slot of the round.)
pub async fn free_slots(
    conn: &mut AnyConnection,
    plan_each_time: bool,
    round_id: i64,
    staff: &[i64],
    after: i64,
) -> Result<Vec<FreeSlot>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT sl.id, sl.staff_id, sl.starts_at, sl.ends_at FROM slots sl WHERE sl.round_id = ",
    );
    if staff.is_empty() {
        return Ok(Vec::new());
    }
    sql.bind(round_id)
        .push(" AND sl.staff_id IN ")
        .bind_list(staff.iter().copied())
        .push(" AND sl.starts_at > ")
        .bind(after)
        .push(
            // A scalar subquery, not NOT EXISTS: PostgreSQL cannot turn it into a hash anti join
            // over every active booking of the round (it did, with or without statistics), so
            // each slot costs one probe of `bookings_one_per_slot` on both databases. Planned at
            // every execution on PostgreSQL (`plan_each_time`): a plan cached while `bookings`
            // was nearly empty probes with a scan of the whole table, once per slot.
            " AND sl.orphaned = 0 \
             AND (SELECT COUNT(*) FROM bookings b WHERE b.slot_id = sl.id AND b.status = 'active') = 0",
        );
    let mut rows: Vec<FreeSlotRow> = sql
        .query_as()
        .persistent(!plan_each_time)
        .fetch_all(conn)
        .await?;
    rows.sort_unstable_by_key(|r| (r.starts_at, r.staff_id, r.id));
    Ok(rows
        .into_iter()
        .map(|r| FreeSlot {
            id: r.id,
            staff_id: r.staff_id,
            starts_at: r.starts_at,
            ends_at: r.ends_at,
        })
        .collect())
}

/// The active bookings of these pupils in the round, earliest first.
pub async fn bookings_for<'e>(
    db: impl sqlx::Executor<'e, Database = sqlx::Any>,
    round_id: i64,
    pupil_ids: &[i64],
) -> Result<Vec<BookingInfo>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT b.id, b.pupil_id, b.slot_id, b.invitation_id, b.note, b.proposed, sl.starts_at, sl.ends_at, st.name AS staff_name, \
         COALESCE(gd.name, bs.name, '') AS booked_by \
         FROM bookings b JOIN slots sl ON sl.id = b.slot_id JOIN staff st ON st.id = sl.staff_id \
         LEFT JOIN invitations i ON i.id = b.invitation_id LEFT JOIN guardians gd ON gd.id = i.guardian_id \
         LEFT JOIN staff bs ON bs.id = b.booked_by_staff_id \
         WHERE b.round_id = ",
    );
    sql.bind(round_id)
        .push(" AND b.status = 'active' AND b.pupil_id IN ")
        .bind_list(pupil_ids.iter().copied())
        .push(" ORDER BY sl.starts_at");
    sql.query_as().fetch_all(db).await
}

// ── booking, cancelling, confirming ─────────────────────────────────────────────────────────

/// A slot a family asks for, as the confirmation mail describes it.
#[derive(sqlx::FromRow)]
pub struct AskedSlot {
    #[sqlx(flatten)]
    pub line: MailLine,
    /// Another family's booking (or one made by staff) holds the slot. A booking of this link
    /// does not count: booking the same time again, or moving siblings around, is left to the
    /// transaction and the unique indexes, as before this check existed.
    #[sqlx(try_from = "crate::db::Flag")]
    pub taken: bool,
}

/// The slot, if it is one of this child's teachers' slots in this round and the child one this
/// guardian receives invitations for (otherwise none), and whether another family holds it.
pub async fn asked_slot(
    db: &Db,
    round_id: i64,
    invitation: (i64, i64),
    request: &Request,
) -> Result<Option<AskedSlot>, sqlx::Error> {
    let (invitation_id, guardian_id) = invitation;
    sqlx::query_as(&format!(
        "SELECT p.id AS pupil_id, p.first_name, p.name_prefix, p.last_name, sl.starts_at, sl.ends_at, st.name AS teacher, \
         (SELECT COUNT(*) FROM bookings b WHERE b.slot_id = sl.id AND b.status = 'active' \
          AND COALESCE(b.invitation_id, 0) <> $5) AS taken \
         FROM slots sl JOIN staff st ON st.id = sl.staff_id JOIN group_staff gs ON gs.staff_id = sl.staff_id \
         JOIN pupils p ON p.id = $2 JOIN pupil_guardians l ON l.pupil_id = p.id \
         JOIN round_groups rg ON rg.group_id = gs.group_id AND (rg.pupil_id IS NULL OR rg.pupil_id = p.id) AND rg.round_id = sl.round_id \
         AND ({IN_ROUND_GROUP}) \
         WHERE sl.id = $1 AND p.id = $2 AND sl.round_id = $3 AND sl.orphaned = 0 AND l.guardian_id = $4 \
         AND l.receives_invitations = 1 LIMIT 1"
    ))
    .bind(request.slot_id)
    .bind(request.pupil_id)
    .bind(round_id)
    .bind(guardian_id)
    .bind(invitation_id)
    .fetch_optional(db.read())
    .await
}

/// Cancels this guardian's active booking for the child, if any (a new booking replaces it);
/// returns the ids cancelled.
pub async fn cancel_for_child(
    tx: &mut Tx,
    invitation_id: i64,
    pupil_id: i64,
    at: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE bookings SET status = 'cancelled', cancelled_at = $1 \
         WHERE invitation_id = $2 AND pupil_id = $3 AND status = 'active' RETURNING id",
    )
    .bind(at)
    .bind(invitation_id)
    .bind(pupil_id)
    .fetch_all(&mut **tx)
    .await
}

/// A booking to insert; the unique indexes may refuse it (slot taken, form sent twice).
pub struct NewBooking<'a> {
    pub round_id: i64,
    pub slot_id: i64,
    pub pupil_id: i64,
    pub invitation_id: i64,
    pub note: &'a str,
    pub interpreter: bool,
    pub idempotency_key: String,
    pub at: i64,
}

pub async fn insert_booking(tx: &mut Tx, b: NewBooking<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO bookings (round_id, slot_id, pupil_id, invitation_id, note, interpreter, idempotency_key, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(b.round_id)
    .bind(b.slot_id)
    .bind(b.pupil_id)
    .bind(b.invitation_id)
    .bind(b.note)
    .bind(Flag(b.interpreter))
    .bind(b.idempotency_key)
    .bind(b.at)
    .fetch_one(&mut **tx)
    .await
}

/// Cancels one of this guardian's active bookings; false when there was none. Open swap
/// requests from or to it are withdrawn with it (nobody can swap into a cancelled time).
pub async fn cancel_booking(
    tx: &mut Tx,
    invitation_id: i64,
    booking_id: i64,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE bookings SET status = 'cancelled', cancelled_at = $1 WHERE id = $2 AND invitation_id = $3 AND status = 'active'",
    )
    .bind(at)
    .bind(booking_id)
    .bind(invitation_id)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    withdraw_requests_about(tx, &[booking_id], at).await?;
    Ok(true)
}

/// Withdraws every open swap request from or to these bookings.
pub async fn withdraw_requests_about(
    tx: &mut Tx,
    bookings: &[i64],
    at: i64,
) -> Result<(), sqlx::Error> {
    if bookings.is_empty() {
        return Ok(());
    }
    let mut sql = Sql::new("UPDATE swap_requests SET status = 'withdrawn', decided_at = ");
    sql.bind(at)
        .push(" WHERE status = 'open' AND (from_booking_id IN ")
        .bind_list(bookings.iter().copied())
        .push(" OR to_booking_id IN ")
        .bind_list(bookings.iter().copied())
        .push(")");
    sql.query().execute(&mut **tx).await?;
    Ok(())
}

/// Accepts a time the school proposed; false when there was no such proposal.
pub async fn confirm_proposed(
    tx: &mut Tx,
    invitation_id: i64,
    booking_id: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE bookings SET proposed = 0 WHERE id = $1 AND invitation_id = $2 AND status = 'active' AND proposed = 1",
    )
    .bind(booking_id)
    .bind(invitation_id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

// ── what the mails need ─────────────────────────────────────────────────────────────────────

/// One conversation in a confirmation mail.
#[derive(sqlx::FromRow)]
pub struct MailLine {
    pub pupil_id: i64,
    #[sqlx(flatten)]
    pub child: PersonName,
    pub starts_at: i64,
    pub ends_at: i64,
    pub teacher: String,
}

/// The conversations of these bookings, earliest first, read inside the booking's transaction.
pub async fn mail_lines(tx: &mut Tx, booking_ids: &[i64]) -> Result<Vec<MailLine>, sqlx::Error> {
    let mut sql = Sql::new(
        "SELECT b.pupil_id, p.first_name, p.name_prefix, p.last_name, sl.starts_at, sl.ends_at, st.name AS teacher \
         FROM bookings b JOIN pupils p ON p.id = b.pupil_id JOIN slots sl ON sl.id = b.slot_id \
         JOIN staff st ON st.id = sl.staff_id WHERE b.id IN ",
    );
    sql.bind_list(booking_ids.iter().copied())
        .push(" ORDER BY sl.starts_at");
    sql.query_as().fetch_all(&mut **tx).await
}

/// A booking whose reminder is due, with everything the reminder says.
#[derive(sqlx::FromRow)]
pub struct DueReminder {
    pub id: i64,
    pub starts_at: i64,
    pub teacher: String,
    #[sqlx(flatten)]
    pub child: PersonName,
    pub guardian: String,
    pub email: String,
    pub language: String,
    pub title: String,
    pub school_id: i64,
    pub form: String,
    pub location: String,
    pub school: String,
}

/// At most 200 bookings, earliest first, that start within their round's reminder window and
/// have had no reminder. Reads the active bookings of every school (it runs every minute).
pub async fn due_reminders(db: &Db, at: i64) -> Result<Vec<DueReminder>, sqlx::Error> {
    sqlx::query_as(
        "SELECT b.id, sl.starts_at, sl.ends_at, st.name AS teacher, p.first_name, p.name_prefix, p.last_name, \
         gd.name AS guardian, gd.email, gd.language, r.id AS round_id, r.title, r.school_id, r.form, r.location, \
         sc.name AS school \
         FROM bookings b JOIN slots sl ON sl.id = b.slot_id JOIN rounds r ON r.id = b.round_id \
         JOIN staff st ON st.id = sl.staff_id JOIN pupils p ON p.id = b.pupil_id \
         JOIN invitations i ON i.id = b.invitation_id JOIN guardians gd ON gd.id = i.guardian_id \
         JOIN schools sc ON sc.id = r.school_id \
         WHERE b.status = 'active' AND b.reminder_sent_at IS NULL AND r.reminder_hours > 0 \
         AND sl.starts_at > $1 AND sl.starts_at <= $1 + r.reminder_hours * 3600 AND gd.email IS NOT NULL \
         ORDER BY sl.starts_at LIMIT 200",
    )
    .bind(at)
    .fetch_all(db.read())
    .await
}

/// Marks the reminder as sent; false when another instance was first.
pub async fn claim_reminder(tx: &mut Tx, booking: i64, at: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE bookings SET reminder_sent_at = $1 WHERE id = $2 AND reminder_sent_at IS NULL",
    )
    .bind(at)
    .bind(booking)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// The link, child and time behind a booking, for swap mails.
#[derive(sqlx::FromRow)]
pub struct BookingParty {
    pub invitation_id: Option<i64>,
    #[sqlx(flatten)]
    pub child: PersonName,
    pub starts_at: i64,
}

pub async fn booking_party(db: &Db, booking: i64) -> Result<Option<BookingParty>, sqlx::Error> {
    sqlx::query_as(
        "SELECT b.invitation_id, p.first_name, p.name_prefix, p.last_name, sl.starts_at FROM bookings b \
         JOIN pupils p ON p.id = b.pupil_id JOIN slots sl ON sl.id = b.slot_id WHERE b.id = $1",
    )
    .bind(booking)
    .fetch_optional(db.read())
    .await
}
