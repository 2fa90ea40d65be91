//! The demo's conversation round: progress conversations for every group next week, the
//! teachers' afternoons and evenings (time for every family of a full group), invitations sent,
//! and most families already booked, so every page has something to show. One parent's personal
//! link is printed for trying the parent side.

use super::store;
use crate::auth::tokens;
use crate::booking::{self, Request};
use crate::db::{now, Db};
use crate::rounds::{self, invitations};
use crate::timefmt;

/// Creates the round and returns its id.
pub async fn create(db: &Db, school_id: i64, base_url: &str) -> anyhow::Result<i64> {
    let round = store::insert_round(db, school_id, now()).await?;
    let round_data = rounds::load(db, round)
        .await?
        .ok_or_else(|| anyhow::anyhow!("round just made"))?;
    add_evenings(db, &round_data, school_id).await?;
    invite_everyone(db, &round_data, school_id, base_url).await?;
    book_most(db, round).await?;
    Ok(round)
}

/// Every teacher: afternoons and an evening next week, 27 conversations in all (a full group).
async fn add_evenings(db: &Db, round: &rounds::Round, school_id: i64) -> anyhow::Result<()> {
    let teachers = store::teacher_ids(db, school_id).await?;
    let today = timefmt::today();
    let mut tx = db.begin().await?;
    for staff_id in teachers {
        for (offset, from, to) in [
            (7, (15, 0), (17, 30)),
            (8, (18, 30), (21, 0)),
            (9, (13, 30), (17, 30)),
            (10, (15, 0), (17, 30)),
        ] {
            let day = today.saturating_add(time::Duration::days(offset));
            let (from, to) = (
                time::Time::from_hms(from.0, from.1, 0)?,
                time::Time::from_hms(to.0, to.1, 0)?,
            );
            rounds::add_block(&mut tx, round, staff_id, day, from, to).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Invitations for every family of the round, queued in the outbox.
async fn invite_everyone(
    db: &Db,
    round: &rounds::Round,
    school_id: i64,
    base_url: &str,
) -> anyhow::Result<()> {
    let school = crate::school::school_name(db, school_id).await?;
    let mut tx = db.begin().await?;
    for who in invitations::invitees(db, round.id).await? {
        invitations::invite(&mut tx, round, &school, base_url, &who, false).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// About two thirds of the families have booked already: each takes the first free slot of
/// its child's teacher (the rest are on the "families" page, waiting for a reminder).
async fn book_most(db: &Db, round: i64) -> anyhow::Result<()> {
    let invitation_ids = store::invitation_ids(db, round).await?;
    for (n, id) in invitation_ids.iter().enumerate() {
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
    Ok(())
}

/// A fresh personal link for one parent who has not booked yet (the previous link of that
/// parent stops working; this is the demo).
pub async fn parent_link(db: &Db, round: i64, base_url: &str) -> anyhow::Result<Option<String>> {
    let Some(id) = store::invitation_without_booking(db, round).await? else {
        return Ok(None);
    };
    let token = tokens::new_token();
    store::set_invitation_token(db, id, &tokens::hash_token(&token)).await?;
    Ok(Some(format!("{base_url}/b/{token}")))
}
