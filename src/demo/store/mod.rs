//! The demo's SQL: whether a school is there already, writing a generated school (inside the
//! caller's transaction, in the generator's order, so ids follow it), and the demo round's rows.

pub mod history;
pub mod leaving;

use super::data::{DemoFamily, DemoGroup, DemoSchool};
use crate::db::{flag, Db, Tx};

/// Number of schools in the database.
pub async fn school_count(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM schools")
        .fetch_one(db.read())
        .await
}

/// Number of schools with this name (the demo school is recognised by its name).
pub async fn schools_named(db: &Db, name: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM schools WHERE name = $1")
        .bind(name)
        .fetch_one(db.read())
        .await
}

/// The demo's round of next week: the newest round not archived (earlier years' rounds are).
pub async fn latest_round(db: &Db) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM rounds WHERE archived_at IS NULL ORDER BY id DESC LIMIT 1")
        .fetch_optional(db.read())
        .await
}

/// Fresh planner statistics after the bulk insert (see docs/PERFORMANCE.md).
pub async fn analyze(db: &Db) -> Result<(), sqlx::Error> {
    sqlx::query("ANALYZE").execute(db.write()).await.map(|_| ())
}

pub async fn insert_school(tx: &mut Tx, school: &DemoSchool, at: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO schools (name, brin, city, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(&school.name)
    .bind(&school.brin)
    .bind(&school.city)
    .bind(at)
    .fetch_one(&mut **tx)
    .await
}

/// Inserts the groups with their teachers (`staff_ids` by index into the school's staff);
/// returns the group ids by index.
pub async fn insert_groups(
    tx: &mut Tx,
    school_id: i64,
    year_id: i64,
    groups: &[DemoGroup],
    staff_ids: &[i64],
    at: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    let mut group_ids = Vec::with_capacity(groups.len());
    for g in groups {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO groups (school_id, school_year_id, name, grade, school_type, created_at) \
             VALUES ($1, $2, $3, $4, 'po', $5) RETURNING id",
        )
        .bind(school_id)
        .bind(year_id)
        .bind(&g.name)
        .bind(g.grade)
        .bind(at)
        .fetch_one(&mut **tx)
        .await?;
        for t in &g.teacher_indexes {
            sqlx::query("INSERT INTO group_staff (group_id, staff_id) VALUES ($1, $2)")
                .bind(id)
                .bind(staff_ids[*t])
                .execute(&mut **tx)
                .await?;
        }
        group_ids.push(id);
    }
    Ok(group_ids)
}

/// Inserts a family: its guardians first, then each child with the links to every guardian
/// (the load test maps ids back to the generator relying on this order).
pub async fn insert_family(
    tx: &mut Tx,
    school_id: i64,
    family: &DemoFamily,
    group_ids: &[i64],
    at: i64,
) -> Result<(), sqlx::Error> {
    let mut guardian_ids = Vec::with_capacity(family.guardians.len());
    for g in &family.guardians {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO guardians (school_id, name, email, phone, language, interpreter_needed, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
        )
        .bind(school_id)
        .bind(g.full_name())
        .bind(&g.email)
        .bind(g.phone.clone().unwrap_or_default())
        .bind(g.language)
        .bind(flag(g.interpreter_needed))
        .bind(at)
        .fetch_one(&mut **tx)
        .await?;
        guardian_ids.push(id);
    }
    for p in &family.children {
        let pupil_id: i64 = sqlx::query_scalar(
            "INSERT INTO pupils (school_id, external_id, first_name, name_prefix, last_name, initials, date_of_birth, \
             gender, group_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
        )
        .bind(school_id)
        .bind(&p.external_id)
        .bind(&p.first_name)
        .bind(&p.name_prefix)
        .bind(&p.last_name)
        .bind(&p.initials)
        .bind(crate::timefmt::iso(p.date_of_birth))
        .bind(p.gender)
        .bind(group_ids[p.group_index])
        .bind(at)
        .fetch_one(&mut **tx)
        .await?;
        for (g, gid) in family.guardians.iter().zip(&guardian_ids) {
            sqlx::query(
                "INSERT INTO pupil_guardians (pupil_id, guardian_id, relationship, parental_authority, own_household, receives_invitations) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(pupil_id)
            .bind(gid)
            .bind(g.relationship)
            .bind(flag(g.parental_authority))
            .bind(flag(g.own_household))
            .bind(flag(g.receives_invitations))
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

/// The demo round: progress conversations open from yesterday for ten days, for every group of
/// the current school year; returns its id.
pub async fn insert_round(db: &Db, school_id: i64, at: i64) -> Result<i64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let round: i64 = sqlx::query_scalar(
        "INSERT INTO rounds (school_id, kind, title, opens_at, closes_at, slot_minutes, gap_minutes, form, location, \
         pupil_expected, attendees, reminder_hours, created_at) \
         VALUES ($1, 'progress', 'Voortgangsgesprekken', $2, $3, 20, 5, 'school', 'in het eigen lokaal van de groep', 1, '', 24, $2) RETURNING id",
    )
    .bind(school_id)
    .bind(at - 86_400)
    .bind(at + 10 * 86_400)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query("INSERT INTO round_groups (round_id, group_id) SELECT $1, g.id FROM groups g JOIN school_years y ON y.id = g.school_year_id \
         WHERE g.school_id = $2 AND y.is_current = 1 AND g.archived_at IS NULL")
        .bind(round)
        .bind(school_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(round)
}

/// Everyone linked to a group of the school.
pub async fn teacher_ids(db: &Db, school_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT DISTINCT gs.staff_id FROM group_staff gs JOIN groups g ON g.id = gs.group_id WHERE g.school_id = $1",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await
}

pub async fn invitation_ids(db: &Db, round: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM invitations WHERE round_id = $1 ORDER BY id")
        .bind(round)
        .fetch_all(db.read())
        .await
}

/// The first invitation of the round whose guardian has an e-mail address and none of whose
/// children has booked.
pub async fn invitation_without_booking(db: &Db, round: i64) -> Result<Option<i64>, sqlx::Error> {
    // `b.status = 'active'` stays a literal: it matches the partial indexes on bookings.
    sqlx::query_scalar(
        "SELECT i.id FROM invitations i JOIN guardians g ON g.id = i.guardian_id WHERE i.round_id = $1 AND g.email IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM pupil_guardians l JOIN bookings b ON b.pupil_id = l.pupil_id AND b.round_id = i.round_id \
         AND b.status = 'active' WHERE l.guardian_id = i.guardian_id) ORDER BY i.id LIMIT 1",
    )
    .bind(round)
    .fetch_optional(db.read())
    .await
}

/// Gives an invitation a new link token (the previous link stops working).
pub async fn set_invitation_token(db: &Db, id: i64, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE invitations SET token_hash = $1 WHERE id = $2")
        .bind(token_hash)
        .bind(id)
        .execute(db.write())
        .await
        .map(|_| ())
}
