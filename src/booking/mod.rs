//! Parents book, change and cancel a conversation from their personal link (no account).
//! The database decides who gets a slot (unique index on the active booking per slot); this
//! module turns its verdict into a friendly answer. Every change is one transaction that also
//! writes its mail to the outbox. Pages are in `routes`, mails in `notify`, SQL in `store`,
//! pure decisions in `rules`.

pub mod notify;
pub mod routes;
mod rules;
mod store;

pub use routes::router;
pub use rules::{link_expiry, SwapLimit};

use crate::auth::tokens;
use crate::db::{now, Db, Tx};
use crate::domain::SwapStatus;
use crate::rounds::{FreeSlot, Round};

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

/// A link that works: not revoked, its round not archived, and not expired (see `link_expiry`).
pub async fn find_invitation(db: &Db, token: &str) -> Result<Option<Invitation>, sqlx::Error> {
    let hash = tokens::hash_token(token);
    let mut row = store::invitation_by_token_hash(db, hash.clone()).await?;
    if row.is_none() {
        // A printed letter's link: a second link to the same invitation.
        row = store::invitation_by_letter_hash(db, hash).await?;
    }
    invitation_from(db, row).await
}

/// An invitation by id (to write to the other family in a swap).
pub async fn invitation_by_id(db: &Db, id: i64) -> Result<Option<Invitation>, sqlx::Error> {
    let row = store::invitation_by_id(db, id).await?;
    invitation_from(db, row).await
}

async fn invitation_from(
    db: &Db,
    row: Option<store::InvitationRow>,
) -> Result<Option<Invitation>, sqlx::Error> {
    let Some(r) = row else { return Ok(None) };
    // A link keeps showing the appointment until its day has passed, then it expires. Before the
    // round has closed (the booking rush) it cannot have expired, so the slots are not read then.
    if now() > link_expiry(r.round.closes_at, None) {
        let last = store::last_conversation_end(db, r.round.id).await?;
        if now() > link_expiry(r.round.closes_at, last) {
            return Ok(None);
        }
    }
    Ok(Some(Invitation {
        id: r.invitation_id,
        guardian_id: r.guardian_id,
        guardian_name: r.guardian_name,
        guardian_email: r.guardian_email,
        guardian_language: r.guardian_language,
        round: r.round,
        school_name: r.school_name,
        school_contact: r.school_contact,
    }))
}

/// An active booking as pages show it.
#[derive(Clone, Debug, sqlx::FromRow)]
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
    #[sqlx(try_from = "crate::db::Flag")]
    pub proposed: bool,
}

/// A teacher of a child's group.
#[derive(Clone, Debug)]
pub struct Teacher {
    pub id: i64,
    pub name: String,
}

#[derive(Clone, Debug)]
pub struct Child {
    pub pupil_id: i64,
    pub name: String,
    pub group_id: i64,
    pub group_name: String,
    pub teachers: Vec<Teacher>,
    pub bookings: Vec<BookingInfo>,
    pub free: Vec<FreeSlot>,
}

impl Child {
    pub fn teacher_names(&self) -> String {
        self.teachers
            .iter()
            .map(|t| t.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn teacher_name(&self, staff_id: &i64) -> String {
        self.teachers
            .iter()
            .find(|t| t.id == *staff_id)
            .map(|t| t.name.clone())
            .unwrap_or_default()
    }

    /// This guardian's own booking for the child, if any.
    pub fn my_booking(&self, invitation_id: i64) -> Option<&BookingInfo> {
        self.bookings
            .iter()
            .find(|b| b.invitation_id == Some(invitation_id))
    }
}

/// The guardian's children in the round, with teachers, bookings and free slots.
/// Three queries, whatever the number of children or slots, on one connection: every
/// checkout and return costs sqlx a round trip to the database (a ping on return).
pub async fn children(db: &Db, inv: &Invitation) -> Result<Vec<Child>, sqlx::Error> {
    let mut conn = db.read().acquire().await?;
    let rows = store::children_in_round(&mut conn, inv.round.id, inv.guardian_id).await?;
    let mut children: Vec<Child> = Vec::new();
    for r in rows {
        let teacher = match (r.teacher_id, r.teacher_name) {
            (Some(id), Some(name)) => Some(Teacher { id, name }),
            _ => None,
        };
        // Rows come per child and teacher, ordered by child: a new child starts a new entry.
        let same = children
            .last()
            .is_some_and(|c| c.pupil_id == r.id && c.group_id == r.group_id);
        if !same {
            children.push(Child {
                pupil_id: r.id,
                name: r.name.full(),
                group_id: r.group_id,
                group_name: r.group_name,
                teachers: Vec::new(),
                bookings: Vec::new(),
                free: Vec::new(),
            });
        }
        if let (Some(t), Some(child)) = (teacher, children.last_mut()) {
            child.teachers.push(t);
        }
    }
    if children.is_empty() {
        return Ok(children);
    }
    let pupil_ids: Vec<i64> = children.iter().map(|c| c.pupil_id).collect();
    let bookings = store::bookings_for(&mut *conn, inv.round.id, &pupil_ids).await?;
    let mut staff_ids: Vec<i64> = children
        .iter()
        .flat_map(|c| c.teachers.iter().map(|t| t.id))
        .collect();
    staff_ids.sort_unstable();
    staff_ids.dedup();
    let free = store::free_slots(
        &mut conn,
        db.plan_each_time(),
        inv.round.id,
        &staff_ids,
        now(),
    )
    .await?;
    drop(conn);
    for c in &mut children {
        c.bookings = bookings
            .iter()
            .filter(|b| b.pupil_id == c.pupil_id)
            .cloned()
            .collect();
        c.free = free
            .iter()
            .filter(|s| c.teachers.iter().any(|t| t.id == s.staff_id))
            .cloned()
            .collect();
    }
    Ok(children)
}

/// The active bookings of these pupils in a round, earliest first.
pub async fn bookings_for(
    db: &Db,
    round_id: i64,
    pupil_ids: &[i64],
) -> Result<Vec<BookingInfo>, sqlx::Error> {
    store::bookings_for(db.read(), round_id, pupil_ids).await
}

/// One conversation to book: which child, which slot.
#[derive(Clone, Copy, Debug)]
pub struct Request {
    pub pupil_id: i64,
    pub slot_id: i64,
}

/// Whether the slot is one of the child's teachers' slots in this round and the child one this
/// guardian receives invitations for: staff check this before they write anything.
pub async fn slot_fits(
    db: &Db,
    round_id: i64,
    guardian_id: i64,
    request: &Request,
) -> Result<bool, sqlx::Error> {
    Ok(store::asked_slot(db, round_id, (0, guardian_id), request)
        .await?
        .is_some())
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

/// Books one or more conversations in one transaction: all or none. A booking that already
/// exists for the same child by the same guardian is replaced (that is how changing works).
/// The confirmation mail is written in the same transaction. It is rendered before the
/// transaction begins (from the same read that checks the slots), so on SQLite the one writer
/// is held only for the statements; only a change, whose mail also names the replaced time,
/// reads and renders inside the transaction.
pub async fn book(
    db: &Db,
    inv: &Invitation,
    requests: &[Request],
    note: &str,
    interpreter: bool,
    key: &str,
) -> Result<Outcome, sqlx::Error> {
    // Each slot must be one of this child's teachers' slots in this round. A slot somebody
    // else already holds is refused before the write transaction: in a rush many families aim
    // at the same times, and on SQLite every attempt that would fail anyway would still wait
    // for the one writer. (The unique index stays the judge for attempts that race.)
    let mut new_lines = Vec::with_capacity(requests.len());
    let mut taken = false;
    for r in requests {
        match store::asked_slot(db, inv.round.id, (inv.id, inv.guardian_id), r).await? {
            Some(asked) => {
                taken |= asked.taken;
                new_lines.push(asked.line);
            }
            None => return Ok(Outcome::Invalid),
        }
    }
    if taken {
        return Ok(Outcome::Taken);
    }
    new_lines.sort_by_key(|l| l.starts_at);
    let first_booking_mail = notify::prepare_change(inv, &new_lines, &[]);
    let (inv, requests) = (inv.clone(), requests.to_vec());
    let (note, key) = (note.to_string(), key.to_string());
    // In a rush many families book at once; on SQLite their writes share one commit.
    let written = db
        .write_grouped(move |tx| {
            Box::pin(async move {
                let (booked, replaced) =
                    book_in(tx, &inv, &requests, &note, interpreter, &key).await?;
                if replaced.is_empty() {
                    notify::enqueue_prepared(tx, &inv, first_booking_mail.as_ref()).await?;
                } else {
                    notify::booking_changed_with(tx, &inv, &new_lines, &replaced).await?;
                }
                Ok((booked, replaced))
            })
        })
        .await;
    match written {
        Ok((booked, replaced)) => Ok(Outcome::Booked { booked, replaced }),
        // A failed attempt is rolled back as a whole (to its savepoint, or its transaction).
        Err(e) => rules::refusal(&e).ok_or(e),
    }
}

/// The statements of one booking attempt: per request, cancel the guardian's booking for that
/// child and insert the new one. Returns (booked, replaced).
async fn book_in(
    tx: &mut Tx,
    inv: &Invitation,
    requests: &[Request],
    note: &str,
    interpreter: bool,
    key: &str,
) -> Result<(Vec<i64>, Vec<i64>), sqlx::Error> {
    let at = now();
    let mut booked = Vec::new();
    let mut replaced = Vec::new();
    for (i, r) in requests.iter().enumerate() {
        let cancelled = store::cancel_for_child(tx, inv.id, r.pupil_id, at).await?;
        // A replaced booking takes its open swap requests with it.
        store::withdraw_requests_about(tx, &cancelled, at).await?;
        replaced.extend(cancelled);
        let new = store::NewBooking {
            round_id: inv.round.id,
            slot_id: r.slot_id,
            pupil_id: r.pupil_id,
            invitation_id: inv.id,
            note,
            interpreter,
            idempotency_key: format!("{key}:{i}"),
            at,
        };
        booked.push(store::insert_booking(tx, new).await?);
    }
    Ok((booked, replaced))
}

/// Cancels one of this guardian's bookings; false when there was nothing to cancel.
pub async fn cancel(db: &Db, inv: &Invitation, booking_id: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    if !store::cancel_booking(&mut tx, inv.id, booking_id, now()).await? {
        return Ok(false);
    }
    notify::booking_changed(&mut tx, inv, &[], &[booking_id]).await?;
    tx.commit().await?;
    Ok(true)
}

/// The family accepts the time the school proposed.
pub async fn confirm(db: &Db, inv: &Invitation, booking_id: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    if !store::confirm_proposed(&mut tx, inv.id, booking_id).await? {
        return Ok(false);
    }
    notify::booking_changed(&mut tx, inv, &[booking_id], &[]).await?;
    tx.commit().await?;
    Ok(true)
}

/// Another family's time with the same teacher, which this family could ask to swap with.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SwapOption {
    #[sqlx(rename = "id")]
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
    store::swap_options(db, inv.round.id, inv.id, mine.slot_id, now()).await
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
    let rows = store::open_swaps(db, inv.round.id, inv.id).await?;
    Ok(rows
        .into_iter()
        .map(|r| rules::swap_view(r.id, r.from_inv, r.from_at, r.to_at, inv.id))
        .collect())
}

/// What became of a swap request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwapAsked {
    Requested,
    /// Not two active bookings with the same teacher, or not a school-made timetable.
    NotPossible,
    /// The family asked too often (the round's limits): nothing written, nobody mailed.
    Limited(SwapLimit),
}

/// Asks the family of `their_booking` to swap times with `my_booking` (same teacher only, and
/// only in a school-made timetable: in a self-booking round a family simply picks a free time).
/// They get a mail; nothing moves until they agree.
pub async fn request_swap(
    db: &Db,
    inv: &Invitation,
    my_booking: i64,
    their_booking: i64,
) -> Result<SwapAsked, sqlx::Error> {
    if inv.round.scheduling != "timetable"
        || !store::swap_allowed(db, inv.id, my_booking, their_booking).await?
    {
        return Ok(SwapAsked::NotPossible);
    }
    let at = now();
    let mut tx = db.begin().await?;
    let budget = store::swap_budget(&mut tx, inv.round.id, inv.id, my_booking, at).await?;
    if let Some(limit) = rules::swap_limit(&budget) {
        return Ok(SwapAsked::Limited(limit));
    }
    store::withdraw_requests_from(&mut tx, my_booking, at).await?;
    store::insert_swap_request(&mut tx, inv.round.id, my_booking, their_booking, at).await?;
    notify::swap_requested(&mut tx, db, my_booking, their_booking).await?;
    tx.commit().await?;
    Ok(SwapAsked::Requested)
}

/// The asked family answers. On yes, the two bookings change slots in one transaction and
/// both families get the new time with a calendar file.
pub async fn answer_swap(
    db: &Db,
    inv: &Invitation,
    request_id: i64,
    accept: bool,
) -> Result<bool, sqlx::Error> {
    let Some(swap) = store::swap_to_answer(db, request_id, inv.id).await? else {
        return Ok(false);
    };
    let at = now();
    let answer = if accept {
        SwapStatus::Accepted
    } else {
        SwapStatus::Declined
    };
    let mut tx = db.begin().await?;
    if !store::decide_swap(&mut tx, request_id, answer, at).await? {
        return Ok(false);
    }
    if accept {
        if !store::exchange_slots(&mut tx, &swap, at).await? {
            // One of the bookings changed meanwhile: dropping the transaction undoes the answer.
            return Ok(false);
        }
        notify::booking_changed(&mut tx, inv, &[swap.to_booking_id], &[]).await?;
        let other = match store::invitation_of_booking(&mut tx, swap.from_booking_id).await? {
            Some(id) => invitation_by_id(db, id).await?,
            None => None,
        };
        if let Some(other) = other {
            notify::booking_changed(&mut tx, &other, &[swap.from_booking_id], &[]).await?;
        }
    } else {
        notify::swap_declined(&mut tx, db, swap.from_booking_id).await?;
    }
    tx.commit().await?;
    Ok(true)
}
