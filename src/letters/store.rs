//! The letters' SQL: who gets a letter, the letter's link, and what the families page notes
//! about each guardian (language, live letters, undelivered mail).

use crate::auth::access::Reach;
use crate::db::{Db, Sql, Tx};
use crate::domain::{ContactChannel, PersonName};

/// Which guardians a print is for.
pub enum Who {
    /// One guardian (a button on the families page).
    One(i64),
    /// Every guardian without an e-mail address whose children in the round are not all booked.
    WithoutEmailNotBooked,
}

/// A guardian to write to, with one child of theirs in the round (one row per child).
#[derive(sqlx::FromRow)]
pub struct RecipientRow {
    pub guardian_id: i64,
    pub name: String,
    pub language: String,
    pub pupil_id: i64,
    #[sqlx(flatten)]
    pub child: PersonName,
}

/// Guardians who receive invitations for a current pupil of the round whom this person may see
/// (the reach rule of the families page), with all their children in the round, by guardian
/// name and then oldest child first. A teacher reaches the families of their own groups only.
pub async fn recipients(
    db: &Db,
    reach: &Reach,
    round_id: i64,
    who: &Who,
) -> Result<Vec<RecipientRow>, sqlx::Error> {
    // A round's pupils as the rounds feature finds them: a coming year's group reaches the pupils
    // placed in it before the switch.
    let round_pupils = crate::rounds::round_pupils_join("rg", "p", "rpy");
    let visible_pupils = crate::rounds::round_pupils_join("vrg", "vp", "vrpy");
    let mut sql = Sql::new(format!(
        "SELECT gd.id AS guardian_id, gd.name, gd.language, p.id AS pupil_id, p.first_name, p.name_prefix, p.last_name \
         FROM round_groups rg {round_pupils} AND p.archived_at IS NULL \
         JOIN pupil_guardians l ON l.pupil_id = p.id AND l.receives_invitations = 1 \
         JOIN guardians gd ON gd.id = l.guardian_id AND gd.archived_at IS NULL \
         WHERE rg.round_id = "
    ));
    sql.bind(round_id);
    match who {
        Who::One(guardian_id) => {
            sql.push(" AND gd.id = ").bind(*guardian_id);
        }
        Who::WithoutEmailNotBooked => {
            sql.push(" AND (gd.email IS NULL OR gd.email = '')");
        }
    }
    sql.push(format!(
        " AND gd.id IN (SELECT vl.guardian_id FROM round_groups vrg {visible_pupils} AND vp.archived_at IS NULL \
         JOIN pupil_guardians vl ON vl.pupil_id = vp.id AND vl.receives_invitations = 1 WHERE vrg.round_id = "
    ));
    sql.bind(round_id).push(" AND ");
    crate::rounds::reach_pupils_of_round_group(&mut sql, reach, "vp", "vrg", db.backend);
    if matches!(who, Who::WithoutEmailNotBooked) {
        sql.push(
            " AND NOT EXISTS (SELECT 1 FROM bookings vb WHERE vb.pupil_id = vp.id \
             AND vb.round_id = vrg.round_id AND vb.status = 'active')",
        );
    }
    sql.push(") ORDER BY gd.name, gd.id, p.date_of_birth, p.first_name");
    sql.query_as().fetch_all(db.read()).await
}

/// The school as a letter names it: its name and how parents reach it.
#[derive(sqlx::FromRow)]
pub struct SchoolLine {
    pub name: String,
    pub contact: String,
}

pub async fn school(db: &Db, school_id: i64) -> Result<SchoolLine, sqlx::Error> {
    sqlx::query_as("SELECT name, contact FROM schools WHERE id = $1")
        .bind(school_id)
        .fetch_one(db.read())
        .await
}

/// Makes sure the guardian has an invitation in the round that works, and returns its id.
/// A new invitation gets a link nobody holds (`hidden_hash`; it is mailed only when invitations
/// go out). A revoked one comes back to life under `hidden_hash` too, so the link it was
/// revoked for stays dead while the letter's new link works; it counts as not mailed again
/// (`sent_at`), so "send invitations" mails the guardian a fresh link.
pub async fn working_invitation(
    tx: &mut Tx,
    round_id: i64,
    guardian_id: i64,
    hidden_hash: &str,
    at: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "INSERT INTO invitations (round_id, guardian_id, token_hash, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (round_id, guardian_id) DO NOTHING",
    )
    .bind(round_id)
    .bind(guardian_id)
    .bind(hidden_hash.to_string())
    .bind(at)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "UPDATE invitations SET token_hash = $1, revoked_at = NULL, sent_at = NULL \
         WHERE round_id = $2 AND guardian_id = $3 AND revoked_at IS NOT NULL",
    )
    .bind(hidden_hash.to_string())
    .bind(round_id)
    .bind(guardian_id)
    .execute(&mut **tx)
    .await?;
    sqlx::query_scalar("SELECT id FROM invitations WHERE round_id = $1 AND guardian_id = $2")
        .bind(round_id)
        .bind(guardian_id)
        .fetch_one(&mut **tx)
        .await
}

/// Stores a printed letter's link (its hash) beside the invitation; returns the letter's id.
pub async fn add_letter(
    tx: &mut Tx,
    invitation_id: i64,
    token_hash: &str,
    staff_id: i64,
    at: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO invitation_letters (invitation_id, token_hash, printed_by, created_at) \
         VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(invitation_id)
    .bind(token_hash.to_string())
    .bind(staff_id)
    .bind(at)
    .fetch_one(&mut **tx)
    .await
}

/// The letter on the families page's ladder of attempts, one line per child it names.
pub async fn log_letter(
    tx: &mut Tx,
    round_id: i64,
    pupil_id: i64,
    staff_id: i64,
    note: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO contact_attempts (round_id, pupil_id, staff_id, channel, note, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(round_id)
    .bind(pupil_id)
    .bind(staff_id)
    .bind(ContactChannel::Letter)
    .bind(note.to_string())
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// What the families page notes about a guardian beside what it already shows.
#[derive(sqlx::FromRow)]
pub struct NoteRow {
    pub id: i64,
    pub language: String,
    pub email: String,
    /// Printed letters whose link still works.
    pub live_letters: i64,
}

/// Notes for these guardians (those the page shows) in one query.
pub async fn notes(db: &Db, round_id: i64, guardians: &[i64]) -> Result<Vec<NoteRow>, sqlx::Error> {
    if guardians.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new(
        "SELECT gd.id, gd.language, COALESCE(gd.email, '') AS email, \
         (SELECT COUNT(*) FROM invitations i JOIN invitation_letters il ON il.invitation_id = i.id \
          WHERE i.round_id = ",
    );
    sql.bind(round_id).push(
        " AND i.guardian_id = gd.id AND i.revoked_at IS NULL AND il.revoked_at IS NULL) AS live_letters \
         FROM guardians gd WHERE gd.id IN ",
    );
    sql.bind_list(guardians.iter().copied());
    sql.query_as().fetch_all(db.read()).await
}

/// Of these addresses, those the school's mail to which was given up (the relay refused it or
/// kept failing) since the round was made. Through `outbox_status`: failed mail is rare.
pub async fn undelivered(
    db: &Db,
    school_id: i64,
    round_id: i64,
    addresses: &[String],
) -> Result<Vec<String>, sqlx::Error> {
    if addresses.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new(
        "SELECT DISTINCT o.to_address FROM outbox o WHERE o.status = 'failed' AND o.school_id = ",
    );
    sql.bind(school_id)
        .push(" AND o.created_at >= (SELECT r.created_at FROM rounds r WHERE r.id = ")
        .bind(round_id)
        .push(") AND o.to_address IN ");
    sql.bind_list(addresses.iter().cloned());
    sql.query_scalar().fetch_all(db.read()).await
}
