//! What the school-made timetable reads (who still needs a time, their teachers and windows)
//! and writes (proposed bookings on the families' invitations).

use crate::auth::access::Reach;
use crate::db::{Db, Sql};

use super::{reach_round_pupils, ROUND_PUPILS};

/// A current pupil of the round without an active booking, with the family it belongs to
/// (its lowest guardian id among those receiving invitations) and the family's window.
#[derive(sqlx::FromRow)]
pub struct Unplaced {
    pub pupil_id: i64,
    pub family: i64,
    /// "HH:MM", or empty.
    pub earliest: String,
    pub latest: String,
}

/// Only pupils this person may see: a teacher's timetable proposes times to their own groups'
/// families and leaves the others alone (ASVS 8.2.2).
pub async fn unplaced(db: &Db, reach: &Reach, round_id: i64) -> Result<Vec<Unplaced>, sqlx::Error> {
    let mut sql = Sql::new(format!(
        "SELECT p.id AS pupil_id, MIN(l.guardian_id) AS family, COALESCE(c.earliest, '') AS earliest, COALESCE(c.latest, '') AS latest \
         FROM round_groups rg {ROUND_PUPILS} AND p.archived_at IS NULL \
         JOIN pupil_guardians l ON l.pupil_id = p.id AND l.receives_invitations = 1 \
         LEFT JOIN family_constraints c ON c.round_id = rg.round_id AND c.pupil_id = p.id \
         WHERE NOT EXISTS (SELECT 1 FROM bookings b WHERE b.pupil_id = p.id AND b.round_id = rg.round_id AND b.status = 'active') \
         AND rg.round_id = "
    ));
    sql.bind(round_id).push(" AND ");
    reach_round_pupils(&mut sql, reach, db.backend);
    sql.push(" GROUP BY p.id, c.earliest, c.latest ORDER BY p.id");
    sql.query_as().fetch_all(db.read()).await
}

/// The teachers of each pupil of the round: `(pupil_id, staff_id)`.
pub async fn pupil_teachers(db: &Db, round_id: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT p.id, gs.staff_id FROM round_groups rg {ROUND_PUPILS} JOIN group_staff gs ON gs.group_id = rg.group_id \
         WHERE rg.round_id = $1"
    ))
    .bind(round_id)
    .fetch_all(db.read())
    .await
}

/// One family's proposed times: the booking hangs on the invitation of `guardian_id`, made
/// with `token_hash` when the family had none (the real link is made when invitations go out).
pub struct ProposedFamily {
    pub guardian_id: i64,
    pub token_hash: String,
    /// `(pupil_id, slot_id)`.
    pub placements: Vec<(i64, i64)>,
}

/// Writes the proposals in one transaction and marks the round as school-scheduled.
pub async fn propose(
    db: &Db,
    round_id: i64,
    families: &[ProposedFamily],
    at: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    for family in families {
        sqlx::query(
            "INSERT INTO invitations (round_id, guardian_id, token_hash, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (round_id, guardian_id) DO NOTHING",
        )
        .bind(round_id)
        .bind(family.guardian_id)
        .bind(&family.token_hash)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        for (pupil, slot) in &family.placements {
            sqlx::query(
                "INSERT INTO bookings (round_id, slot_id, pupil_id, invitation_id, proposed, created_at) \
                 SELECT $1, $2, $3, i.id, 1, $4 FROM invitations i WHERE i.round_id = $1 AND i.guardian_id = $5",
            )
            .bind(round_id)
            .bind(*slot)
            .bind(*pupil)
            .bind(at)
            .bind(family.guardian_id)
            .execute(&mut *tx)
            .await?;
        }
    }
    sqlx::query("UPDATE rounds SET scheduling = 'timetable' WHERE id = $1")
        .bind(round_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}
