//! Swap requests between families in a school-made timetable: who may be asked, the limits per
//! family, and the exchange itself (inside the caller's transaction).

use crate::db::{Db, Tx};
use crate::domain::SwapStatus;

use super::withdraw_requests_about;
use crate::booking::rules::SwapBudget;
use crate::booking::SwapOption;

/// Other families' future bookings with the teacher of `slot_id`.
pub async fn swap_options(
    db: &Db,
    round_id: i64,
    invitation_id: i64,
    slot_id: i64,
    after: i64,
) -> Result<Vec<SwapOption>, sqlx::Error> {
    sqlx::query_as(
        // From the teacher's own slots (unique round/staff/start index), then the booking on each:
        // never the round's other bookings.
        "SELECT b.id, sl.starts_at, sl.ends_at FROM slots sl JOIN bookings b ON b.slot_id = sl.id AND b.status = 'active' \
         WHERE sl.round_id = $1 AND sl.staff_id = (SELECT staff_id FROM slots WHERE id = $2) AND sl.starts_at > $4 \
         AND b.round_id = $1 AND (b.invitation_id IS NULL OR b.invitation_id <> $3) ORDER BY sl.starts_at",
    )
    .bind(round_id)
    .bind(slot_id)
    .bind(invitation_id)
    .bind(after)
    .fetch_all(db.read())
    .await
}

/// An open swap request seen from one family: who asked, and both times.
#[derive(sqlx::FromRow)]
pub struct OpenSwapRow {
    pub id: i64,
    pub from_inv: Option<i64>,
    pub from_at: i64,
    pub to_at: i64,
}

/// Open swap requests this link made or received: found from this link's own bookings
/// (`bookings_invitation`, then `swap_requests_one_open` / `swap_requests_to`).
pub async fn open_swaps(
    db: &Db,
    round_id: i64,
    invitation_id: i64,
) -> Result<Vec<OpenSwapRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id, fb.invitation_id AS from_inv, fs.starts_at AS from_at, ts.starts_at AS to_at FROM swap_requests s \
         JOIN bookings fb ON fb.id = s.from_booking_id JOIN slots fs ON fs.id = fb.slot_id \
         JOIN bookings tb ON tb.id = s.to_booking_id JOIN slots ts ON ts.id = tb.slot_id \
         WHERE s.round_id = $1 AND s.status = 'open' \
         AND (s.from_booking_id IN (SELECT id FROM bookings WHERE invitation_id = $2) \
              OR s.to_booking_id IN (SELECT id FROM bookings WHERE invitation_id = $2)) ORDER BY s.id",
    )
    .bind(round_id)
    .bind(invitation_id)
    .fetch_all(db.read())
    .await
}

/// Whether `mine` (this link's) and `theirs` (another family's) are active bookings with the
/// same teacher in the same round.
pub async fn swap_allowed(
    db: &Db,
    invitation_id: i64,
    mine: i64,
    theirs: i64,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM bookings a JOIN slots sa ON sa.id = a.slot_id, bookings b JOIN slots sb ON sb.id = b.slot_id \
         WHERE a.id = $1 AND b.id = $2 AND a.invitation_id = $3 AND a.status = 'active' AND b.status = 'active' \
         AND a.round_id = b.round_id AND sa.staff_id = sb.staff_id AND b.invitation_id IS NOT NULL AND b.invitation_id <> $3",
    )
    .bind(mine)
    .bind(theirs)
    .bind(invitation_id)
    .fetch_one(db.read())
    .await?;
    Ok(n > 0)
}

/// The round's swap limits and this family's requests so far (see `rules::swap_limit`), read
/// inside the transaction that writes the new request.
pub async fn swap_budget(
    tx: &mut Tx,
    round_id: i64,
    invitation_id: i64,
    my_booking: i64,
    at: i64,
) -> Result<SwapBudget, sqlx::Error> {
    const MINE: &str = "FROM swap_requests s JOIN bookings fb ON fb.id = s.from_booking_id \
                        WHERE fb.invitation_id = $2 AND s.round_id = r.id";
    sqlx::query_as(&format!(
        "SELECT r.swap_max_open AS max_open, r.swap_burst AS burst, r.swap_max_per_round AS max_per_round, \
         (SELECT COUNT(*) {MINE} AND s.status = 'open' AND s.from_booking_id <> $3) AS open_elsewhere, \
         (SELECT COUNT(*) {MINE} AND s.created_at > $4 - r.swap_cooldown_seconds) AS recent, \
         (SELECT COUNT(*) {MINE}) AS in_round \
         FROM rounds r WHERE r.id = $1"
    ))
    .bind(round_id)
    .bind(invitation_id)
    .bind(my_booking)
    .bind(at)
    .fetch_one(&mut **tx)
    .await
}

/// Withdraws the open request made from this booking (one open request per booking).
pub async fn withdraw_requests_from(tx: &mut Tx, booking: i64, at: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE swap_requests SET status = 'withdrawn', decided_at = $1 WHERE from_booking_id = $2 AND status = 'open'",
    )
    .bind(at)
    .bind(booking)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn insert_swap_request(
    tx: &mut Tx,
    round_id: i64,
    from: i64,
    to: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO swap_requests (round_id, from_booking_id, to_booking_id, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(round_id)
    .bind(from)
    .bind(to)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// An open request to this link, with both bookings still active.
#[derive(sqlx::FromRow)]
pub struct SwapToAnswer {
    pub from_booking_id: i64,
    pub to_booking_id: i64,
    pub from_slot: i64,
    pub to_slot: i64,
}

pub async fn swap_to_answer(
    db: &Db,
    request_id: i64,
    invitation_id: i64,
) -> Result<Option<SwapToAnswer>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.from_booking_id, s.to_booking_id, fb.slot_id AS from_slot, tb.slot_id AS to_slot FROM swap_requests s \
         JOIN bookings fb ON fb.id = s.from_booking_id AND fb.status = 'active' \
         JOIN bookings tb ON tb.id = s.to_booking_id AND tb.status = 'active' \
         WHERE s.id = $1 AND s.status = 'open' AND tb.invitation_id = $2",
    )
    .bind(request_id)
    .bind(invitation_id)
    .fetch_optional(db.read())
    .await
}

/// Records the answer; false when the request was no longer open.
pub async fn decide_swap(
    tx: &mut Tx,
    request_id: i64,
    answer: SwapStatus,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE swap_requests SET status = $1, decided_at = $2 WHERE id = $3 AND status = 'open'",
    )
    .bind(answer)
    .bind(at)
    .bind(request_id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// The two bookings change slots, and every other open request about either is withdrawn.
/// False (and the caller rolls back) when either booking is no longer active at the slot read
/// before: a booking cancelled or moved meanwhile must not be revived or moved by the swap.
pub async fn exchange_slots(
    tx: &mut Tx,
    swap: &SwapToAnswer,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let (from, to) = (swap.from_booking_id, swap.to_booking_id);
    // Step aside first so the one-active-booking-per-slot rule holds at every moment.
    let stepped = sqlx::query(
        "UPDATE bookings SET status = 'swapping' WHERE id = $1 AND status = 'active' AND slot_id = $2",
    )
    .bind(from)
    .bind(swap.from_slot)
    .execute(&mut **tx)
    .await?;
    let moved = sqlx::query(
        "UPDATE bookings SET slot_id = $1, proposed = 0 WHERE id = $2 AND status = 'active' AND slot_id = $3",
    )
    .bind(swap.from_slot)
    .bind(to)
    .bind(swap.to_slot)
    .execute(&mut **tx)
    .await?;
    if stepped.rows_affected() != 1 || moved.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query(
        "UPDATE bookings SET slot_id = $1, proposed = 0, status = 'active' WHERE id = $2 AND status = 'swapping'",
    )
    .bind(swap.to_slot)
    .bind(from)
    .execute(&mut **tx)
    .await?;
    withdraw_requests_about(tx, &[from, to], at).await?;
    Ok(true)
}

/// The link a booking was made through (none when the school booked it).
pub async fn invitation_of_booking(tx: &mut Tx, booking: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT invitation_id FROM bookings WHERE id = $1")
        .bind(booking)
        .fetch_one(&mut **tx)
        .await
}
