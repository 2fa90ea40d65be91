//! The demo's conversation round: start conversations for every group next week, the teachers'
//! evenings, invitations sent, and most families already booked, so every page has something
//! to show. One parent's personal link is printed for trying the parent side.

use sqlx::Row;

use crate::auth::tokens;
use crate::booking::{self, Request};
use crate::db::{now, Db};
use crate::rounds::{self, invitations};
use crate::timefmt;

/// Creates the round and returns its id.
pub async fn create(db: &Db, school_id: i64, base_url: &str) -> anyhow::Result<i64> {
    let at = now();
    let mut tx = db.begin().await?;
    let (round,): (i64,) = sqlx::query_as(
        "INSERT INTO rounds (school_id, kind, title, opens_at, closes_at, slot_minutes, gap_minutes, form, location, \
         pupil_expected, attendees, reminder_hours, created_at) \
         VALUES ($1, 'start', 'Startgesprekken', $2, $3, 20, 5, 'school', 'in het eigen lokaal van de groep', 1, '', 24, $2) RETURNING id",
    )
    .bind(school_id)
    .bind(at - 86_400)
    .bind(at + 10 * 86_400)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query("INSERT INTO round_groups (round_id, group_id) SELECT $1, id FROM groups WHERE school_id = $2")
        .bind(round)
        .bind(school_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    let round_data = rounds::load(db, round)
        .await?
        .ok_or_else(|| anyhow::anyhow!("round just made"))?;
    // Every teacher: three afternoons or evenings next week.
    let teachers: Vec<(i64,)> = sqlx::query_as(
        "SELECT DISTINCT gs.staff_id FROM group_staff gs JOIN groups g ON g.id = gs.group_id WHERE g.school_id = $1",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    let today = timefmt::today();
    let mut tx = db.begin().await?;
    for (staff_id,) in teachers {
        for (offset, from, to) in [
            (7, (15, 0), (17, 30)),
            (8, (18, 30), (21, 0)),
            (9, (15, 0), (17, 30)),
        ] {
            let day = today.saturating_add(time::Duration::days(offset));
            let (from, to) = (
                time::Time::from_hms(from.0, from.1, 0)?,
                time::Time::from_hms(to.0, to.1, 0)?,
            );
            rounds::add_block(&mut tx, &round_data, staff_id, day, from, to).await?;
        }
    }
    tx.commit().await?;
    let school = crate::school::school_name(db, school_id).await?;
    let mut tx = db.begin().await?;
    for who in invitations::invitees(db, round).await? {
        invitations::invite(&mut tx, &round_data, &school, base_url, &who, false).await?;
    }
    tx.commit().await?;
    // About two thirds of the families have booked already: each takes the first free slot of
    // its child's teacher (the rest are on the "families" page, waiting for a reminder).
    let invitation_ids: Vec<(i64,)> =
        sqlx::query_as("SELECT id FROM invitations WHERE round_id = $1 ORDER BY id")
            .bind(round)
            .fetch_all(db.read())
            .await?;
    for (n, (id,)) in invitation_ids.iter().enumerate() {
        if n % 3 == 2 {
            continue;
        }
        let Some(inv) = booking::invitation_by_id(db, *id).await? else {
            continue;
        };
        for child in booking::children(db, &inv).await? {
            if !child.bookings.is_empty() {
                continue;
            }
            if let Some(slot) = child.free.get(n % 3) {
                booking::book(
                    db,
                    &inv,
                    &[Request {
                        pupil_id: child.pupil_id,
                        slot_id: slot.id,
                    }],
                    "",
                    false,
                    &tokens::new_token(),
                )
                .await?;
            }
        }
    }
    Ok(round)
}

/// A fresh personal link for one parent who has not booked yet (the previous link of that
/// parent stops working; this is the demo).
pub async fn parent_link(db: &Db, round: i64, base_url: &str) -> anyhow::Result<Option<String>> {
    let row = sqlx::query(
        "SELECT i.id FROM invitations i JOIN guardians g ON g.id = i.guardian_id WHERE i.round_id = $1 AND g.email IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM pupil_guardians l JOIN bookings b ON b.pupil_id = l.pupil_id AND b.round_id = i.round_id \
         AND b.status = 'active' WHERE l.guardian_id = i.guardian_id) ORDER BY i.id LIMIT 1",
    )
    .bind(round)
    .fetch_optional(db.read())
    .await?;
    let Some(row) = row else { return Ok(None) };
    let token = tokens::new_token();
    sqlx::query("UPDATE invitations SET token_hash = $1 WHERE id = $2")
        .bind(tokens::hash_token(&token))
        .bind(row.try_get::<i64, _>("id")?)
        .execute(db.write())
        .await?;
    Ok(Some(format!("{base_url}/b/{token}")))
}
