//! Parents book, change and cancel a conversation from their personal link (no account).
//! The database decides who gets a slot (unique index on the active booking per slot); this
//! module turns its verdict into a friendly answer. Pages are in `routes`, mails in `notify`.

pub mod notify;
pub mod routes;

pub use routes::router;

use std::collections::HashMap;

use sqlx::Row;

use crate::auth::tokens;
use crate::db::{now, Db, Tx};
use crate::domain::names::full_name;
use crate::rounds::{self, FreeSlot, Round};

/// The personal link resolved: which guardian, which round.
#[derive(Clone)]
pub struct Invitation {
    pub id: i64,
    pub guardian_id: i64,
    pub guardian_name: String,
    pub guardian_email: Option<String>,
    pub guardian_language: String,
    pub round: Round,
    pub school_name: String,
    pub school_contact: String,
}

pub async fn find_invitation(db: &Db, token: &str) -> Result<Option<Invitation>, sqlx::Error> {
    invitation_where(
        db,
        "i.token_hash = $1 AND i.revoked_at IS NULL",
        &tokens::hash_token(token),
    )
    .await
}

/// When a personal link stops working: a day after the later of the round's closing and its
/// last conversation.
pub fn link_expiry(closes_at: i64, last_conversation_end: Option<i64>) -> i64 {
    closes_at.max(last_conversation_end.unwrap_or(closes_at)) + 86_400
}

/// An invitation by id (to write to the other family in a swap).
pub async fn invitation_by_id(db: &Db, id: i64) -> Result<Option<Invitation>, sqlx::Error> {
    invitation_where(db, "i.id = CAST($1 AS BIGINT)", &id.to_string()).await
}

async fn invitation_where(
    db: &Db,
    condition: &str,
    value: &str,
) -> Result<Option<Invitation>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT i.id, i.guardian_id, i.round_id, gd.name, gd.email, gd.language, sc.name AS school_name, sc.contact AS school_contact \
         FROM invitations i JOIN guardians gd ON gd.id = i.guardian_id JOIN rounds r ON r.id = i.round_id \
         JOIN schools sc ON sc.id = r.school_id WHERE {condition} AND r.archived_at IS NULL"
    ))
    .bind(value)
    .fetch_optional(db.read())
    .await?;
    let Some(r) = row else { return Ok(None) };
    let Some(round) = rounds::load(db, r.try_get("round_id")?).await? else {
        return Ok(None);
    };
    // A link keeps showing the appointment until its day has passed, then it expires. Before the
    // round has closed (the booking rush) it cannot have expired, so the slots are not read then.
    if now() > link_expiry(round.closes_at, None) {
        let (last,): (Option<i64>,) =
            sqlx::query_as("SELECT MAX(ends_at) FROM slots WHERE round_id = $1")
                .bind(round.id)
                .fetch_one(db.read())
                .await?;
        if now() > link_expiry(round.closes_at, last) {
            return Ok(None);
        }
    }
    Ok(Some(Invitation {
        id: r.try_get("id")?,
        guardian_id: r.try_get("guardian_id")?,
        guardian_name: r.try_get("name")?,
        guardian_email: r.try_get("email")?,
        guardian_language: r.try_get("language")?,
        round,
        school_name: r.try_get("school_name")?,
        school_contact: r.try_get("school_contact")?,
    }))
}

#[derive(Clone, Debug)]
pub struct BookingInfo {
    pub id: i64,
    pub pupil_id: i64,
    pub slot_id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub staff_name: String,
    pub invitation_id: Option<i64>,
    pub booked_by: String,
    pub note: String,
    /// Proposed by the school's timetable and not yet confirmed by the family.
    pub proposed: bool,
}

#[derive(Clone, Debug)]
pub struct Child {
    pub pupil_id: i64,
    pub name: String,
    pub group_name: String,
    pub teachers: Vec<(i64, String)>,
    pub bookings: Vec<BookingInfo>,
    pub free: Vec<FreeSlot>,
}

impl Child {
    pub fn teacher_names(&self) -> String {
        self.teachers
            .iter()
            .map(|(_, n)| n.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn teacher_name(&self, staff_id: &i64) -> String {
        self.teachers
            .iter()
            .find(|(id, _)| id == staff_id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    }

    /// This guardian's own booking for the child, if any.
    pub fn my_booking(&self, invitation_id: i64) -> Option<&BookingInfo> {
        self.bookings
            .iter()
            .find(|b| b.invitation_id == Some(invitation_id))
    }
}

fn id_list(ids: &[i64]) -> String {
    if ids.is_empty() {
        "0".to_string()
    } else {
        ids.iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// The guardian's children in the round, with teachers, bookings and free slots.
/// Four queries, whatever the number of children or slots.
pub async fn children(db: &Db, inv: &Invitation) -> Result<Vec<Child>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT p.id, p.first_name, p.name_prefix, p.last_name, p.group_id, g.name AS group_name \
         FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id AND p.archived_at IS NULL \
         JOIN round_groups rg ON rg.group_id = p.group_id AND (rg.pupil_id IS NULL OR rg.pupil_id = p.id) AND rg.round_id = $1 \
         JOIN groups g ON g.id = p.group_id \
         WHERE l.guardian_id = $2 AND l.receives_invitations = 1 ORDER BY p.date_of_birth, p.first_name",
    )
    .bind(inv.round.id)
    .bind(inv.guardian_id)
    .fetch_all(db.read())
    .await?;
    let mut children = Vec::with_capacity(rows.len());
    let mut group_of: HashMap<i64, i64> = HashMap::new();
    for r in &rows {
        let pupil_id: i64 = r.try_get("id")?;
        group_of.insert(pupil_id, r.try_get("group_id")?);
        children.push(Child {
            pupil_id,
            name: full_name(
                &r.try_get::<String, _>("first_name")?,
                &r.try_get::<String, _>("name_prefix")?,
                &r.try_get::<String, _>("last_name")?,
            ),
            group_name: r.try_get("group_name")?,
            teachers: Vec::new(),
            bookings: Vec::new(),
            free: Vec::new(),
        });
    }
    if children.is_empty() {
        return Ok(children);
    }
    let groups: Vec<i64> = group_of.values().copied().collect();
    let staff_rows: Vec<(i64, i64, String)> = sqlx::query_as(&format!(
        "SELECT gs.group_id, s.id, s.name FROM group_staff gs JOIN staff s ON s.id = gs.staff_id \
         WHERE gs.group_id IN ({}) AND s.disabled_at IS NULL ORDER BY s.name",
        id_list(&groups)
    ))
    .fetch_all(db.read())
    .await?;
    let pupil_ids: Vec<i64> = children.iter().map(|c| c.pupil_id).collect();
    let bookings = bookings_for(db, inv.round.id, &pupil_ids).await?;
    let staff_ids: Vec<i64> = staff_rows.iter().map(|(_, s, _)| *s).collect();
    let free: Vec<(i64, i64, i64, i64)> = sqlx::query_as(&format!(
        "SELECT sl.id, sl.staff_id, sl.starts_at, sl.ends_at FROM slots sl \
         WHERE sl.round_id = $1 AND sl.orphaned = 0 AND sl.starts_at > $2 AND sl.staff_id IN ({}) \
         AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = sl.id AND b.round_id = sl.round_id AND b.status = 'active') \
         ORDER BY sl.starts_at, sl.staff_id",
        id_list(&staff_ids)
    ))
    .bind(inv.round.id)
    .bind(now())
    .fetch_all(db.read())
    .await?;
    for child in &mut children {
        let group = group_of[&child.pupil_id];
        child.teachers = staff_rows
            .iter()
            .filter(|(g, _, _)| *g == group)
            .map(|(_, s, n)| (*s, n.clone()))
            .collect();
        child.bookings = bookings
            .iter()
            .filter(|b| b.pupil_id == child.pupil_id)
            .cloned()
            .collect();
        child.free = free
            .iter()
            .filter(|(_, staff, _, _)| child.teachers.iter().any(|(t, _)| t == staff))
            .map(|(id, staff_id, s, e)| FreeSlot {
                id: *id,
                staff_id: *staff_id,
                starts_at: *s,
                ends_at: *e,
            })
            .collect();
    }
    Ok(children)
}

pub async fn bookings_for(
    db: &Db,
    round_id: i64,
    pupil_ids: &[i64],
) -> Result<Vec<BookingInfo>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT b.id, b.pupil_id, b.slot_id, b.invitation_id, b.note, b.proposed, sl.starts_at, sl.ends_at, st.name AS staff_name, \
         COALESCE(gd.name, bs.name, '') AS booked_by \
         FROM bookings b JOIN slots sl ON sl.id = b.slot_id JOIN staff st ON st.id = sl.staff_id \
         LEFT JOIN invitations i ON i.id = b.invitation_id LEFT JOIN guardians gd ON gd.id = i.guardian_id \
         LEFT JOIN staff bs ON bs.id = b.booked_by_staff_id \
         WHERE b.round_id = $1 AND b.status = 'active' AND b.pupil_id IN ({}) ORDER BY sl.starts_at",
        id_list(pupil_ids)
    ))
    .bind(round_id)
    .fetch_all(db.read())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(BookingInfo {
                id: r.try_get("id")?,
                pupil_id: r.try_get("pupil_id")?,
                slot_id: r.try_get("slot_id")?,
                starts_at: r.try_get("starts_at")?,
                ends_at: r.try_get("ends_at")?,
                staff_name: r.try_get("staff_name")?,
                invitation_id: r.try_get("invitation_id")?,
                booked_by: r.try_get("booked_by")?,
                note: r.try_get("note")?,
                proposed: r.try_get::<i64, _>("proposed")? == 1,
            })
        })
        .collect()
}

/// One conversation to book: which child, which slot.
#[derive(Clone, Copy, Debug)]
pub struct Request {
    pub pupil_id: i64,
    pub slot_id: i64,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Booked; ids of the new bookings and of the bookings they replace.
    Booked {
        booked: Vec<i64>,
        replaced: Vec<i64>,
    },
    /// The same form was submitted before: nothing new happened.
    AlreadyDone,
    /// Somebody else was quicker for (one of) the slots.
    Taken,
    /// The slot does not belong to this child's teachers or round.
    Invalid,
}

/// Which unique rule a violation broke (SQLite names the columns, PostgreSQL the index).
fn violated(err: &sqlx::Error, needles: &[&str]) -> bool {
    match err {
        sqlx::Error::Database(e) if e.is_unique_violation() => {
            let text = format!("{} {}", e.message(), e.constraint().unwrap_or_default());
            needles.iter().any(|n| text.contains(n))
        }
        _ => false,
    }
}

/// Books one or more conversations in one transaction: all or none. A booking that already
/// exists for the same child by the same guardian is replaced (that is how changing works).
/// The confirmation mail is written in the same transaction.
pub async fn book(
    db: &Db,
    inv: &Invitation,
    requests: &[Request],
    note: &str,
    interpreter: bool,
    key: &str,
) -> Result<Outcome, sqlx::Error> {
    // Each slot must be one of this child's teachers' slots in this round.
    for r in requests {
        let (ok,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM slots sl JOIN group_staff gs ON gs.staff_id = sl.staff_id \
             JOIN pupils p ON p.group_id = gs.group_id JOIN pupil_guardians l ON l.pupil_id = p.id \
             JOIN round_groups rg ON rg.group_id = p.group_id AND (rg.pupil_id IS NULL OR rg.pupil_id = p.id) AND rg.round_id = sl.round_id \
             WHERE sl.id = $1 AND p.id = $2 AND sl.round_id = $3 AND sl.orphaned = 0 AND l.guardian_id = $4 \
             AND l.receives_invitations = 1",
        )
        .bind(r.slot_id)
        .bind(r.pupil_id)
        .bind(inv.round.id)
        .bind(inv.guardian_id)
        .fetch_one(db.read())
        .await?;
        if ok == 0 {
            return Ok(Outcome::Invalid);
        }
    }
    let mut tx = db.begin().await?;
    match book_in(&mut tx, inv, requests, note, interpreter, key).await {
        Ok(Outcome::Booked { booked, replaced }) => {
            notify::booking_changed(&mut tx, inv, &booked, &replaced).await?;
            tx.commit().await?;
            Ok(Outcome::Booked { booked, replaced })
        }
        Ok(other) => Ok(other),
        Err(e) if violated(&e, &["idempotency"]) => Ok(Outcome::AlreadyDone),
        Err(e)
            if violated(
                &e,
                &[
                    "slot_id",
                    "bookings_one_per_slot",
                    "invitation_id",
                    "bookings_one_per_invitation_pupil",
                ],
            ) =>
        {
            Ok(Outcome::Taken)
        }
        Err(e) => Err(e),
    }
}

async fn book_in(
    tx: &mut Tx,
    inv: &Invitation,
    requests: &[Request],
    note: &str,
    interpreter: bool,
    key: &str,
) -> Result<Outcome, sqlx::Error> {
    let at = now();
    let mut booked = Vec::new();
    let mut replaced = Vec::new();
    for (i, r) in requests.iter().enumerate() {
        let old: Vec<(i64,)> = sqlx::query_as(
            "UPDATE bookings SET status = 'cancelled', cancelled_at = $1 \
             WHERE invitation_id = $2 AND pupil_id = $3 AND status = 'active' RETURNING id",
        )
        .bind(at)
        .bind(inv.id)
        .bind(r.pupil_id)
        .fetch_all(&mut **tx)
        .await?;
        replaced.extend(old.into_iter().map(|(id,)| id));
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO bookings (round_id, slot_id, pupil_id, invitation_id, note, interpreter, idempotency_key, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(inv.round.id)
        .bind(r.slot_id)
        .bind(r.pupil_id)
        .bind(inv.id)
        .bind(note)
        .bind(i64::from(interpreter))
        .bind(format!("{key}:{i}"))
        .bind(at)
        .fetch_one(&mut **tx)
        .await?;
        booked.push(id);
    }
    Ok(Outcome::Booked { booked, replaced })
}

/// Cancels one of this guardian's bookings; false when there was nothing to cancel.
pub async fn cancel(db: &Db, inv: &Invitation, booking_id: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    let done = sqlx::query(
        "UPDATE bookings SET status = 'cancelled', cancelled_at = $1 WHERE id = $2 AND invitation_id = $3 AND status = 'active'",
    )
    .bind(now())
    .bind(booking_id)
    .bind(inv.id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    notify::booking_changed(&mut tx, inv, &[], &[booking_id]).await?;
    tx.commit().await?;
    Ok(true)
}

/// The family accepts the time the school proposed.
pub async fn confirm(db: &Db, inv: &Invitation, booking_id: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    let done = sqlx::query("UPDATE bookings SET proposed = 0 WHERE id = $1 AND invitation_id = $2 AND status = 'active' AND proposed = 1")
        .bind(booking_id)
        .bind(inv.id)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    notify::booking_changed(&mut tx, inv, &[booking_id], &[]).await?;
    tx.commit().await?;
    Ok(true)
}

/// Another family's time with the same teacher, which this family could ask to swap with.
#[derive(Clone, Debug)]
pub struct SwapOption {
    pub booking_id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
}

/// Times of other families with the same teacher (no names: only the time is shown).
pub async fn swap_options(
    db: &Db,
    inv: &Invitation,
    mine: &BookingInfo,
) -> Result<Vec<SwapOption>, sqlx::Error> {
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT b.id, sl.starts_at, sl.ends_at FROM bookings b JOIN slots sl ON sl.id = b.slot_id \
         WHERE b.round_id = $1 AND b.status = 'active' AND sl.staff_id = (SELECT staff_id FROM slots WHERE id = $2) \
         AND (b.invitation_id IS NULL OR b.invitation_id <> $3) AND sl.starts_at > $4 ORDER BY sl.starts_at",
    )
    .bind(inv.round.id)
    .bind(mine.slot_id)
    .bind(inv.id)
    .bind(now())
    .fetch_all(db.read())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(booking_id, starts_at, ends_at)| SwapOption {
            booking_id,
            starts_at,
            ends_at,
        })
        .collect())
}

#[derive(Clone, Debug)]
pub struct SwapView {
    pub id: i64,
    /// True when another family asks this one.
    pub incoming: bool,
    pub mine_at: i64,
    pub theirs_at: i64,
}

/// Open swap requests this family made or received.
pub async fn open_swaps(db: &Db, inv: &Invitation) -> Result<Vec<SwapView>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT s.id, fb.invitation_id AS from_inv, fs.starts_at AS from_at, ts.starts_at AS to_at FROM swap_requests s \
         JOIN bookings fb ON fb.id = s.from_booking_id JOIN slots fs ON fs.id = fb.slot_id \
         JOIN bookings tb ON tb.id = s.to_booking_id JOIN slots ts ON ts.id = tb.slot_id \
         WHERE s.round_id = $1 AND s.status = 'open' AND (fb.invitation_id = $2 OR tb.invitation_id = $2) ORDER BY s.id",
    )
    .bind(inv.round.id)
    .bind(inv.id)
    .fetch_all(db.read())
    .await?;
    rows.iter()
        .map(|r| {
            let incoming = r.try_get::<Option<i64>, _>("from_inv")? != Some(inv.id);
            let (from_at, to_at): (i64, i64) = (r.try_get("from_at")?, r.try_get("to_at")?);
            Ok(SwapView {
                id: r.try_get("id")?,
                incoming,
                mine_at: if incoming { to_at } else { from_at },
                theirs_at: if incoming { from_at } else { to_at },
            })
        })
        .collect()
}

/// Asks the family of `their_booking` to swap times with `my_booking` (same teacher only).
/// They get a mail; nothing moves until they agree.
pub async fn request_swap(
    db: &Db,
    inv: &Invitation,
    my_booking: i64,
    their_booking: i64,
) -> Result<bool, sqlx::Error> {
    let (ok,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM bookings a JOIN slots sa ON sa.id = a.slot_id, bookings b JOIN slots sb ON sb.id = b.slot_id \
         WHERE a.id = $1 AND b.id = $2 AND a.invitation_id = $3 AND a.status = 'active' AND b.status = 'active' \
         AND a.round_id = b.round_id AND sa.staff_id = sb.staff_id AND b.invitation_id IS NOT NULL AND b.invitation_id <> $3",
    )
    .bind(my_booking)
    .bind(their_booking)
    .bind(inv.id)
    .fetch_one(db.read())
    .await?;
    if ok == 0 {
        return Ok(false);
    }
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE swap_requests SET status = 'withdrawn', decided_at = $1 WHERE from_booking_id = $2 AND status = 'open'")
        .bind(now())
        .bind(my_booking)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO swap_requests (round_id, from_booking_id, to_booking_id, created_at) VALUES ($1, $2, $3, $4)")
        .bind(inv.round.id)
        .bind(my_booking)
        .bind(their_booking)
        .bind(now())
        .execute(&mut *tx)
        .await?;
    notify::swap_requested(&mut tx, db, my_booking, their_booking).await?;
    tx.commit().await?;
    Ok(true)
}

/// The asked family answers. On yes, the two bookings change slots in one transaction and
/// both families get the new time with a calendar file.
pub async fn answer_swap(
    db: &Db,
    inv: &Invitation,
    request_id: i64,
    accept: bool,
) -> Result<bool, sqlx::Error> {
    let row: Option<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT s.from_booking_id, s.to_booking_id, fb.slot_id, tb.slot_id FROM swap_requests s \
         JOIN bookings fb ON fb.id = s.from_booking_id AND fb.status = 'active' \
         JOIN bookings tb ON tb.id = s.to_booking_id AND tb.status = 'active' \
         WHERE s.id = $1 AND s.status = 'open' AND tb.invitation_id = $2",
    )
    .bind(request_id)
    .bind(inv.id)
    .fetch_optional(db.read())
    .await?;
    let Some((from, to, from_slot, to_slot)) = row else {
        return Ok(false);
    };
    let at = now();
    let mut tx = db.begin().await?;
    let decided = sqlx::query(
        "UPDATE swap_requests SET status = $1, decided_at = $2 WHERE id = $3 AND status = 'open'",
    )
    .bind(if accept { "accepted" } else { "declined" })
    .bind(at)
    .bind(request_id)
    .execute(&mut *tx)
    .await?;
    if decided.rows_affected() == 0 {
        return Ok(false);
    }
    if accept {
        // Step aside first so the one-active-booking-per-slot rule holds at every moment.
        sqlx::query("UPDATE bookings SET status = 'swapping' WHERE id = $1")
            .bind(from)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE bookings SET slot_id = $1, proposed = 0 WHERE id = $2")
            .bind(from_slot)
            .bind(to)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE bookings SET slot_id = $1, proposed = 0, status = 'active' WHERE id = $2",
        )
        .bind(to_slot)
        .bind(from)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE swap_requests SET status = 'withdrawn', decided_at = $1 WHERE status = 'open' \
             AND (from_booking_id IN ($2, $3) OR to_booking_id IN ($2, $3))",
        )
        .bind(at)
        .bind(from)
        .bind(to)
        .execute(&mut *tx)
        .await?;
        notify::booking_changed(&mut tx, inv, &[to], &[]).await?;
        let (from_inv,): (Option<i64>,) =
            sqlx::query_as("SELECT invitation_id FROM bookings WHERE id = $1")
                .bind(from)
                .fetch_one(&mut *tx)
                .await?;
        if let Some(other) = match from_inv {
            Some(id) => invitation_by_id(db, id).await?,
            None => None,
        } {
            notify::booking_changed(&mut tx, &other, &[from], &[]).await?;
        }
    } else {
        notify::swap_declined(&mut tx, db, from).await?;
    }
    tx.commit().await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_expire_a_day_after_the_last_conversation_or_the_closing() {
        assert_eq!(link_expiry(1000, None), 1000 + 86_400);
        assert_eq!(link_expiry(1000, Some(5000)), 5000 + 86_400);
        assert_eq!(link_expiry(9000, Some(5000)), 9000 + 86_400);
    }
}
