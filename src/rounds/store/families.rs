//! The families of a round: who they are, their guardians and links, attempts to reach them,
//! the times that suit them, and the invitations that go out to them.

use crate::auth::access::Reach;
use crate::db::{now, Db, Flag, Sql, Tx};
use crate::domain::{ContactChannel, PersonName};

use super::{reach_pupils_of_round_group, reach_round_pupils, ROUND_PUPILS};

/// Whether a pupil is in the round and this person may see them (archived pupils included).
pub async fn pupil_in_round(
    db: &Db,
    reach: &Reach,
    round_id: i64,
    pupil_id: i64,
) -> Result<bool, sqlx::Error> {
    let mut sql = Sql::new(format!(
        "SELECT COUNT(*) FROM round_groups rg {ROUND_PUPILS} WHERE rg.round_id = "
    ));
    sql.bind(round_id)
        .push(" AND p.id = ")
        .bind(pupil_id)
        .push(" AND ");
    reach_round_pupils(&mut sql, reach, db.backend);
    let n: i64 = sql.query_scalar().fetch_one(db.read()).await?;
    Ok(n > 0)
}

/// A guardian who receives invitations for a pupil of the round, with the state of their link.
#[derive(sqlx::FromRow)]
pub struct FamilyGuardianRow {
    pub pupil_id: i64,
    pub id: i64,
    pub name: String,
    /// Empty when the guardian has no address.
    pub email: String,
    pub phone: String,
    #[sqlx(try_from = "Flag")]
    pub interpreter_needed: bool,
    /// The link went out and has not been revoked.
    #[sqlx(try_from = "Flag")]
    pub invited: bool,
    #[sqlx(try_from = "Flag")]
    pub reminded: bool,
}

/// An attempt to reach a family outside the booking link.
#[derive(sqlx::FromRow)]
pub struct Attempt {
    pub pupil_id: i64,
    pub channel: ContactChannel,
    pub note: String,
    pub created_at: i64,
    pub staff_name: String,
}

pub async fn log_attempt(
    db: &Db,
    round_id: i64,
    pupil_id: i64,
    staff_id: i64,
    channel: ContactChannel,
    note: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO contact_attempts (round_id, pupil_id, staff_id, channel, note, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(round_id)
    .bind(pupil_id)
    .bind(staff_id)
    .bind(channel)
    .bind(note.to_string())
    .bind(now())
    .execute(db.write())
    .await?;
    Ok(())
}

/// The times a family told the school suit them ("HH:MM", or empty).
#[derive(sqlx::FromRow)]
pub struct Constraint {
    pub pupil_id: i64,
    pub earliest: String,
    pub latest: String,
}

pub async fn save_constraint(
    db: &Db,
    round_id: i64,
    pupil_id: i64,
    earliest: &str,
    latest: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO family_constraints (round_id, pupil_id, earliest, latest) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (round_id, pupil_id) DO UPDATE SET earliest = excluded.earliest, latest = excluded.latest",
    )
    .bind(round_id)
    .bind(pupil_id)
    .bind(earliest.to_string())
    .bind(latest.to_string())
    .execute(db.write())
    .await?;
    Ok(())
}

/// A guardian to invite, with one child of theirs in the round (one row per child).
#[derive(sqlx::FromRow)]
pub struct InviteeRow {
    pub guardian_id: i64,
    pub name: String,
    pub email: Option<String>,
    pub language: String,
    #[sqlx(flatten)]
    pub child: PersonName,
}

/// Guardians who receive invitations for a current pupil of the round whom this person may see,
/// with all their children in the round (the link covers them all), by guardian and then oldest
/// child first. Round-wide actions (invitations, reminders, resending) start from this list, so a
/// teacher reaches the families of their own groups only (ASVS 8.2.2).
pub async fn invitees(
    db: &Db,
    reach: &Reach,
    round_id: i64,
) -> Result<Vec<InviteeRow>, sqlx::Error> {
    let mut sql = Sql::new(format!(
        "SELECT gd.id AS guardian_id, gd.name, gd.email, gd.language, p.first_name, p.name_prefix, p.last_name \
         FROM round_groups rg {ROUND_PUPILS} AND p.archived_at IS NULL \
         JOIN pupil_guardians l ON l.pupil_id = p.id AND l.receives_invitations = 1 \
         JOIN guardians gd ON gd.id = l.guardian_id AND gd.archived_at IS NULL \
         WHERE rg.round_id = "
    ));
    let visible_pupils = super::round_pupils_join("vrg", "vp", "vpy");
    sql.bind(round_id).push(format!(
        " AND gd.id IN (SELECT vl.guardian_id FROM round_groups vrg {visible_pupils} AND vp.archived_at IS NULL \
         JOIN pupil_guardians vl ON vl.pupil_id = vp.id AND vl.receives_invitations = 1 WHERE vrg.round_id = "
    ));
    sql.bind(round_id).push(" AND ");
    reach_pupils_of_round_group(&mut sql, reach, "vp", "vrg", db.backend);
    sql.push(") ORDER BY gd.id, p.date_of_birth, p.first_name");
    sql.query_as().fetch_all(db.read()).await
}

/// Guardians whose link went out and still works.
pub async fn invited_guardian_ids(db: &Db, round_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT guardian_id FROM invitations WHERE round_id = $1 AND revoked_at IS NULL AND sent_at IS NOT NULL",
    )
    .bind(round_id)
    .fetch_all(db.read())
    .await
}

/// Guardians (receiving invitations) of the round's current pupils whom this person may see and
/// who have no active booking.
pub async fn waiting_guardian_ids(
    db: &Db,
    reach: &Reach,
    round_id: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    let mut sql = Sql::new(format!(
        "SELECT DISTINCT l.guardian_id FROM round_groups rg {ROUND_PUPILS} AND p.archived_at IS NULL \
         JOIN pupil_guardians l ON l.pupil_id = p.id AND l.receives_invitations = 1 \
         WHERE NOT EXISTS (SELECT 1 FROM bookings b WHERE b.pupil_id = p.id AND b.round_id = rg.round_id AND b.status = 'active') \
         AND rg.round_id = "
    ));
    sql.bind(round_id).push(" AND ");
    reach_round_pupils(&mut sql, reach, db.backend);
    sql.query_scalar().fetch_all(db.read()).await
}

/// Whether the guardian is linked to a pupil of the round whom this person may see: what
/// revoking or resending a guardian's link requires.
pub async fn guardian_in_round(
    db: &Db,
    reach: &Reach,
    round_id: i64,
    guardian_id: i64,
) -> Result<bool, sqlx::Error> {
    let mut sql = Sql::new(format!(
        "SELECT COUNT(*) FROM round_groups rg {ROUND_PUPILS} \
         JOIN pupil_guardians l ON l.pupil_id = p.id WHERE rg.round_id = "
    ));
    sql.bind(round_id)
        .push(" AND l.guardian_id = ")
        .bind(guardian_id)
        .push(" AND ");
    reach_round_pupils(&mut sql, reach, db.backend);
    let n: i64 = sql.query_scalar().fetch_one(db.read()).await?;
    Ok(n > 0)
}

/// Gives a guardian a new link (`token_hash`) marked as sent now, and lifts a revocation; a
/// reminder is noted in the same statement.
pub async fn renew_invitation(
    tx: &mut Tx,
    round_id: i64,
    guardian_id: i64,
    token_hash: &str,
    at: i64,
    reminder: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO invitations (round_id, guardian_id, token_hash, created_at, sent_at, reminded_at) \
         VALUES ($1, $2, $3, $4, $4, $5) \
         ON CONFLICT (round_id, guardian_id) DO UPDATE SET token_hash = excluded.token_hash, sent_at = excluded.sent_at, \
         revoked_at = NULL, reminded_at = COALESCE(excluded.reminded_at, invitations.reminded_at)",
    )
    .bind(round_id)
    .bind(guardian_id)
    .bind(token_hash.to_string())
    .bind(at)
    .bind(reminder.then_some(at))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A time the school's timetable proposed to a family, not yet confirmed.
#[derive(sqlx::FromRow)]
pub struct ProposedTime {
    #[sqlx(flatten)]
    pub child: PersonName,
    pub starts_at: i64,
    pub teacher: String,
}

pub async fn proposed_times(
    tx: &mut Tx,
    round_id: i64,
    guardian_id: i64,
) -> Result<Vec<ProposedTime>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.first_name, p.name_prefix, p.last_name, sl.starts_at, st.name AS teacher FROM bookings b \
         JOIN invitations i ON i.id = b.invitation_id JOIN pupils p ON p.id = b.pupil_id JOIN slots sl ON sl.id = b.slot_id \
         JOIN staff st ON st.id = sl.staff_id WHERE i.round_id = $1 AND i.guardian_id = $2 AND b.status = 'active' AND b.proposed = 1 \
         ORDER BY sl.starts_at",
    )
    .bind(round_id)
    .bind(guardian_id)
    .fetch_all(&mut **tx)
    .await
}

/// Makes sure the guardian has an invitation in the round (a link nobody knows, until
/// invitations go out), so a booking can hang on it. An existing one is left as it is.
pub async fn ensure_invitation(
    db: &Db,
    round_id: i64,
    guardian_id: i64,
    token_hash: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO invitations (round_id, guardian_id, token_hash, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (round_id, guardian_id) DO NOTHING",
    )
    .bind(round_id)
    .bind(guardian_id)
    .bind(token_hash.to_string())
    .bind(now())
    .execute(db.write())
    .await?;
    Ok(())
}

/// Whether the guardian receives invitations for the pupil (a family staff may book for).
pub async fn guardian_of_pupil(
    db: &Db,
    guardian_id: i64,
    pupil_id: i64,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM pupil_guardians l JOIN guardians gd ON gd.id = l.guardian_id AND gd.archived_at IS NULL \
         WHERE l.guardian_id = $1 AND l.pupil_id = $2 AND l.receives_invitations = 1",
    )
    .bind(guardian_id)
    .bind(pupil_id)
    .fetch_one(db.read())
    .await?;
    Ok(n > 0)
}

/// A guardian's invitation in the round, if the guardian is linked to the pupil.
#[derive(sqlx::FromRow)]
pub struct GuardianInvitation {
    pub id: i64,
    pub name: String,
    pub email: Option<String>,
    pub language: String,
}

pub async fn guardian_invitation(
    db: &Db,
    round_id: i64,
    guardian_id: i64,
    pupil_id: i64,
) -> Result<Option<GuardianInvitation>, sqlx::Error> {
    sqlx::query_as(
        "SELECT i.id, gd.name, gd.email, gd.language FROM invitations i JOIN guardians gd ON gd.id = i.guardian_id \
         JOIN pupil_guardians l ON l.guardian_id = gd.id AND l.pupil_id = $3 WHERE i.round_id = $1 AND i.guardian_id = $2",
    )
    .bind(round_id)
    .bind(guardian_id)
    .bind(pupil_id)
    .fetch_optional(db.read())
    .await
}

/// Notes which staff member booked on the family's behalf.
pub async fn mark_booked_by_staff(
    db: &Db,
    booking_id: i64,
    staff_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE bookings SET booked_by_staff_id = $1 WHERE id = $2")
        .bind(staff_id)
        .bind(booking_id)
        .execute(db.write())
        .await?;
    Ok(())
}

/// Stops a guardian's links from working: the mailed one and every printed letter's, together.
pub async fn revoke_invitation(
    db: &Db,
    round_id: i64,
    guardian_id: i64,
) -> Result<(), sqlx::Error> {
    let at = now();
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE invitations SET revoked_at = $1 WHERE round_id = $2 AND guardian_id = $3")
        .bind(at)
        .bind(round_id)
        .bind(guardian_id)
        .execute(&mut *tx)
        .await?;
    // Letters keep their own stamp: resending lifts the invitation's revocation, not theirs.
    sqlx::query(
        "UPDATE invitation_letters SET revoked_at = $1 WHERE revoked_at IS NULL AND invitation_id IN \
         (SELECT id FROM invitations WHERE round_id = $2 AND guardian_id = $3)",
    )
    .bind(at)
    .bind(round_id)
    .bind(guardian_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}
