//! The SQL of the demo's school history: the same rows (and column shapes) the features write
//! when people use the app, written in bulk inside the caller's transaction.

use crate::db::{flag, Db, Tx};

/// Ids by generator order: staff, groups of a year.
pub async fn staff_ids(db: &Db, school_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM staff WHERE school_id = $1 ORDER BY id")
        .bind(school_id)
        .fetch_all(db.read())
        .await
}

pub async fn group_ids(db: &Db, school_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM groups WHERE school_id = $1 ORDER BY id")
        .bind(school_id)
        .fetch_all(db.read())
        .await
}

/// (pupil id, leerlingnummer) of every pupil of the school.
pub async fn pupil_ids(db: &Db, school_id: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, external_id FROM pupils WHERE school_id = $1 ORDER BY id")
        .bind(school_id)
        .fetch_all(db.read())
        .await
}

/// (pupil id, guardian id, receives invitations, has e-mail) links, by guardian id.
pub async fn guardian_links(
    db: &Db,
    school_id: i64,
) -> Result<Vec<(i64, i64, i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT l.pupil_id, l.guardian_id, l.receives_invitations, CASE WHEN g.email IS NULL THEN 0 ELSE 1 END \
         FROM pupil_guardians l JOIN guardians g ON g.id = l.guardian_id WHERE g.school_id = $1 ORDER BY l.guardian_id",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

/// Last year's groups are archived when the year is over, like every group of an earlier year.
pub async fn archive_groups_of_year(tx: &mut Tx, year_id: i64, at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE groups SET archived_at = $1 WHERE school_year_id = $2")
        .bind(at)
        .bind(year_id)
        .execute(&mut **tx)
        .await
        .map(|_| ())
}

/// Last year was a year the school lived through: it started on its first school day and was
/// switched into then (so the school-year switch never takes it for a coming year).
pub async fn mark_year_lived(
    tx: &mut Tx,
    year_id: i64,
    first_school_day: &str,
    switched_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE school_years SET first_school_day = $1, switched_at = $2 WHERE id = $3")
        .bind(first_school_day)
        .bind(switched_at)
        .bind(year_id)
        .execute(&mut **tx)
        .await
        .map(|_| ())
}

/// A pupil's group in a closed year: the history that follows the child.
pub async fn insert_pupil_year(
    tx: &mut Tx,
    pupil_id: i64,
    year_id: i64,
    group_id: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO pupil_years (pupil_id, school_year_id, group_id, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (pupil_id, school_year_id) DO NOTHING",
    )
    .bind(pupil_id)
    .bind(year_id)
    .bind(group_id)
    .bind(at)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

/// Last year's teacher's hand-over note for the pupil's new teacher.
pub async fn insert_handover_note(
    tx: &mut Tx,
    school_id: i64,
    pupil_id: i64,
    year_id: i64,
    note: &str,
    written_by: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO handover_notes (pupil_id, school_year_id, school_id, note, written_by, written_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (pupil_id, school_year_id) DO NOTHING",
    )
    .bind(pupil_id)
    .bind(year_id)
    .bind(school_id)
    .bind(note)
    .bind(written_by)
    .bind(at)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

pub struct NewRound<'a> {
    pub kind: &'a str,
    pub title: &'a str,
    pub opens_at: i64,
    pub closes_at: i64,
    pub archived_at: Option<i64>,
    pub created_by: i64,
}

/// A round for the given groups; returns its id.
pub async fn insert_round(
    tx: &mut Tx,
    school_id: i64,
    r: &NewRound<'_>,
    group_ids: &[i64],
) -> Result<i64, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO rounds (school_id, kind, title, opens_at, closes_at, slot_minutes, gap_minutes, form, location, \
         pupil_expected, attendees, reminder_hours, created_by, created_at, archived_at) \
         VALUES ($1, $2, $3, $4, $5, 20, 5, 'school', 'in het eigen lokaal van de groep', 1, '', 24, $6, $4, $7) RETURNING id",
    )
    .bind(school_id)
    .bind(r.kind)
    .bind(r.title)
    .bind(r.opens_at)
    .bind(r.closes_at)
    .bind(r.created_by)
    .bind(r.archived_at)
    .fetch_one(&mut **tx)
    .await?;
    for g in group_ids {
        sqlx::query("INSERT INTO round_groups (round_id, group_id) VALUES ($1, $2)")
            .bind(id)
            .bind(g)
            .execute(&mut **tx)
            .await?;
    }
    Ok(id)
}

/// A teacher's afternoon in a round ("15:00"–"17:30"); returns its id.
pub async fn insert_availability(
    tx: &mut Tx,
    round_id: i64,
    staff_id: i64,
    day: &str,
    (starts, ends): (&str, &str),
    at: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO availability (round_id, staff_id, day, starts, ends, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(round_id)
    .bind(staff_id)
    .bind(day)
    .bind(starts)
    .bind(ends)
    .bind(at)
    .fetch_one(&mut **tx)
    .await
}

/// A 20-minute slot of an afternoon.
pub async fn insert_slot(
    tx: &mut Tx,
    round_id: i64,
    staff_id: i64,
    availability_id: i64,
    starts_at: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO slots (round_id, staff_id, availability_id, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(round_id)
    .bind(staff_id)
    .bind(availability_id)
    .bind(starts_at)
    .bind(starts_at + 20 * 60)
    .fetch_one(&mut **tx)
    .await
}

pub async fn insert_invitation(
    tx: &mut Tx,
    round_id: i64,
    guardian_id: i64,
    token_hash: &str,
    at: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO invitations (round_id, guardian_id, token_hash, created_at, sent_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
    )
    .bind(round_id)
    .bind(guardian_id)
    .bind(token_hash)
    .bind(at)
    .fetch_one(&mut **tx)
    .await
}

/// A booking that took place (`attendance = 'held'`).
pub async fn insert_held_booking(
    tx: &mut Tx,
    round_id: i64,
    slot_id: i64,
    pupil_id: i64,
    invitation_id: Option<i64>,
    at: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO bookings (round_id, slot_id, pupil_id, invitation_id, status, attendance, created_at) \
         VALUES ($1, $2, $3, $4, 'active', 'held', $5) RETURNING id",
    )
    .bind(round_id)
    .bind(slot_id)
    .bind(pupil_id)
    .bind(invitation_id)
    .bind(at)
    .fetch_one(&mut **tx)
    .await
}

pub async fn insert_attempt(
    tx: &mut Tx,
    round_id: i64,
    pupil_id: i64,
    staff_id: i64,
    channel: &str,
    note: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO contact_attempts (round_id, pupil_id, staff_id, channel, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(round_id)
    .bind(pupil_id)
    .bind(staff_id)
    .bind(channel)
    .bind(note)
    .bind(at)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

/// A conversation record as the record form writes it.
pub struct NewRecord<'a> {
    pub pupil_id: i64,
    pub kind: &'a str,
    pub held_on: &'a str,
    pub form: &'a str,
    pub present: &'a str,
    pub interpreter: &'a str,
    pub answers: String,
    pub shared: bool,
    pub closed: bool,
    pub booking_id: Option<i64>,
    pub created_by: i64,
    pub at: i64,
    /// Exit reports: when it went out, approved by whom.
    pub report: Option<(i64, i64)>,
}

pub async fn insert_record(
    tx: &mut Tx,
    school_id: i64,
    r: &NewRecord<'_>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO records (school_id, pupil_id, kind, held_on, form, pupil_present, present, interpreter, answers, \
         shared, status, booking_id, created_by, created_at, updated_at, closed_at, report_sent_at, report_approved_by) \
         VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14, $15, $16) RETURNING id",
    )
    .bind(school_id)
    .bind(r.pupil_id)
    .bind(r.kind)
    .bind(r.held_on)
    .bind(r.form)
    .bind(r.present)
    .bind(r.interpreter)
    .bind(&r.answers)
    .bind(flag(r.shared))
    .bind(if r.closed { "closed" } else { "draft" })
    .bind(r.booking_id)
    .bind(r.created_by)
    .bind(r.at)
    .bind(r.closed.then_some(r.at))
    .bind(r.report.map(|(at, _)| at))
    .bind(r.report.map(|(_, by)| by))
    .fetch_one(&mut **tx)
    .await
}

pub struct NewAgreement {
    pub pupil_id: i64,
    pub record_id: i64,
    pub topic: String,
    pub pupil_part: String,
    pub parents_part: String,
    pub school_part: String,
    pub review_on: String,
    pub status: &'static str,
    pub created_by: i64,
    pub at: i64,
}

pub async fn insert_agreement(
    tx: &mut Tx,
    school_id: i64,
    a: &NewAgreement,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO agreements (school_id, pupil_id, record_id, topic, pupil_part, parents_part, school_part, review_on, \
         status, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    )
    .bind(school_id)
    .bind(a.pupil_id)
    .bind(a.record_id)
    .bind(&a.topic)
    .bind(&a.pupil_part)
    .bind(&a.parents_part)
    .bind(&a.school_part)
    .bind(&a.review_on)
    .bind(a.status)
    .bind(a.created_by)
    .bind(a.at)
    .fetch_one(&mut **tx)
    .await
}

/// A parent's confirmation of an agreement, from their own page.
pub async fn insert_response(
    tx: &mut Tx,
    agreement_id: i64,
    guardian_id: i64,
    comment: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO agreement_responses (agreement_id, guardian_id, confirmed, comment, created_at) VALUES ($1, $2, 1, $3, $4)",
    )
    .bind(agreement_id)
    .bind(guardian_id)
    .bind(comment)
    .bind(at)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

pub struct NewPlan<'a> {
    pub pupil_id: i64,
    pub year_id: i64,
    pub channels: &'a str,
    pub reachable: &'a str,
    pub response_time: &'a str,
    pub notes: String,
    pub record_id: Option<i64>,
    pub updated_by: i64,
    pub at: i64,
}

pub async fn insert_plan(tx: &mut Tx, school_id: i64, p: &NewPlan<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO plans (school_id, pupil_id, school_year_id, channels, reachable, response_time, pupil_arranges, notes, \
         record_id, updated_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(school_id)
    .bind(p.pupil_id)
    .bind(p.year_id)
    .bind(p.channels)
    .bind(p.reachable)
    .bind(p.response_time)
    .bind(&p.notes)
    .bind(p.record_id)
    .bind(p.updated_by)
    .bind(p.at)
    .fetch_one(&mut **tx)
    .await
}

pub async fn insert_moment(
    tx: &mut Tx,
    plan_id: i64,
    description: &str,
    due_on: &str,
    channel: &str,
    with_pupil: bool,
    done_at: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO contact_moments (plan_id, description, due_on, channel, with_pupil, done_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(plan_id)
    .bind(description)
    .bind(due_on)
    .bind(channel)
    .bind(flag(with_pupil))
    .bind(done_at)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

#[allow(clippy::too_many_arguments)]
pub async fn insert_contact(
    tx: &mut Tx,
    school_id: i64,
    pupil_id: i64,
    staff_id: i64,
    channel: &str,
    positive: bool,
    summary: &str,
    happened_on: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO contact_log (school_id, pupil_id, staff_id, channel, positive, summary, happened_on, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(school_id)
    .bind(pupil_id)
    .bind(staff_id)
    .bind(channel)
    .bind(flag(positive))
    .bind(summary)
    .bind(happened_on)
    .bind(at)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

#[allow(clippy::too_many_arguments)]
pub async fn insert_opp(
    tx: &mut Tx,
    school_id: i64,
    pupil_id: i64,
    status: &str,
    decided_on: &str,
    guardian_id: Option<i64>,
    note: &str,
    recorded_by: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO opp_consents (school_id, pupil_id, status, decided_on, guardian_id, note, recorded_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(school_id)
    .bind(pupil_id)
    .bind(status)
    .bind(decided_on)
    .bind(guardian_id)
    .bind(note)
    .bind(recorded_by)
    .bind(at)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}

/// The audit lines the features write with each change (who wrote which record, agreement,
/// plan, contact or OPP decision, and when), for everything the history added.
pub async fn audit_history(tx: &mut Tx, school_id: i64) -> Result<(), sqlx::Error> {
    for (source, action, entity, staff, at) in [
        ("records", "create", "record", "created_by", "created_at"),
        (
            "agreements",
            "create",
            "agreement",
            "created_by",
            "created_at",
        ),
        ("plans", "update", "plan", "updated_by", "created_at"),
        ("contact_log", "create", "contact", "staff_id", "created_at"),
        ("opp_consents", "update", "opp", "recorded_by", "created_at"),
    ] {
        sqlx::query(&format!(
            "INSERT INTO audit_log (school_id, staff_id, pupil_id, action, entity, entity_id, detail, at) \
             SELECT school_id, {staff}, pupil_id, $1, $2, id, '', {at} FROM {source} WHERE school_id = $3 ORDER BY {at}, id"
        ))
        .bind(action)
        .bind(entity)
        .bind(school_id)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}
