//! Conversation rounds: which groups, when parents may book, how long a conversation takes,
//! the teachers' availability and the slots cut from it. This file holds what other features
//! use (the round, its booking window, slot cutting, sibling pairs); the staff pages are in
//! `overview` (list, new round, round page), `availability`, `families` (the escalation
//! ladder and invitations), `timetable` and `schedule`; every query is in `store`.

mod availability;
mod families;
mod family_filter;
mod form;
pub mod invitations;
mod overview;
mod routes;
pub mod schedule;
mod store;
pub mod timetable;

pub use routes::router;
pub use store::{reach_pupils_of_round_group, round_pupils_join, ROUND_COLUMNS};

use crate::auth::access::Reach;
use crate::auth::StaffUser;
use crate::db::{Db, Tx};
use crate::domain::RoundKind;
use crate::error::{AppError, AppResult};

// Pick lists other features use; the same codes as the domain enums (tested below).
pub const KINDS: [&str; 4] = ["start", "progress", "exit", "other"];
pub const FORMS: [&str; 4] = ["school", "video", "phone", "home"];
pub const CONTACT_CHANNELS: [&str; 7] = [
    "phone",
    "door",
    "pupil",
    "family",
    "meeting-place",
    "other",
    "letter",
];

/// Start conversations take 20 minutes, progress conversations 15 (DOMAIN.md).
pub fn default_slot_minutes(kind: &str) -> i64 {
    RoundKind::parse(kind).map_or(20, slot_minutes_for)
}

fn slot_minutes_for(kind: RoundKind) -> i64 {
    match kind {
        RoundKind::Progress => 15,
        RoundKind::Exit => 30,
        RoundKind::Start | RoundKind::Other => 20,
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Round {
    pub id: i64,
    pub school_id: i64,
    pub kind: String,
    pub title: String,
    pub opens_at: i64,
    pub closes_at: i64,
    pub slot_minutes: i64,
    pub gap_minutes: i64,
    pub form: String,
    pub location: String,
    #[sqlx(try_from = "crate::db::Flag")]
    pub pupil_expected: bool,
    pub attendees: String,
    pub invitation_text: String,
    pub reminder_hours: i64,
    /// `self` (families book from their invitation) or `timetable` (the school proposes times).
    pub scheduling: String,
}

impl Round {
    /// Parents may book, change and cancel between opening and closing.
    pub fn booking_state(&self, now: i64) -> BookingState {
        if now < self.opens_at {
            BookingState::NotYetOpen
        } else if now >= self.closes_at {
            BookingState::Closed
        } else {
            BookingState::Open
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookingState {
    NotYetOpen,
    Open,
    Closed,
}

/// A round by id, whoever asks (parents' links, the demo); staff pages use `visible_round`.
pub async fn load(db: &Db, id: i64) -> Result<Option<Round>, sqlx::Error> {
    store::load(db, id).await
}

/// A round this person may see (not archived), or Not Found.
pub async fn visible_round(db: &Db, me: &StaffUser, id: i64) -> AppResult<Round> {
    store::visible_round(db, &Reach::of(me), id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The closed school year a round belongs to, if it does: such a round is history, to read and
/// not to change (no invitations, letters, bookings, times or notes any more).
pub async fn closed_year_of(db: &Db, round_id: i64) -> Result<Option<String>, sqlx::Error> {
    store::closed_year_of(db, round_id).await
}

/// For the staff actions on a round: a round of a closed year refuses them with a message on
/// the round's page instead of changing history. None when the action may go ahead.
pub async fn refuse_when_history(
    db: &Db,
    round_id: i64,
) -> Result<Option<axum::response::Response>, sqlx::Error> {
    Ok(closed_year_of(db, round_id).await?.map(|_| {
        crate::web::see_other(
            &format!("/rounds/{round_id}"),
            Some("problem-round-of-closed-year"),
        )
    }))
}

/// Cuts a block of availability into slots: `[start, end)` pairs of unix seconds.
/// A slot that would run past the end of the block is not made.
pub fn cut_slots(
    block_start: i64,
    block_end: i64,
    slot_minutes: i64,
    gap_minutes: i64,
) -> Vec<(i64, i64)> {
    let mut slots = Vec::new();
    if slot_minutes <= 0 || gap_minutes < 0 {
        return slots;
    }
    let (len, step) = (slot_minutes * 60, (slot_minutes + gap_minutes) * 60);
    let mut start = block_start;
    while start + len <= block_end {
        slots.push((start, start + len));
        start += step;
    }
    slots
}

/// Records a block of a teacher's time and cuts it into slots. Slots that already exist (an
/// overlapping block) are kept as they are. Returns the block's id.
pub async fn add_block(
    tx: &mut Tx,
    round: &Round,
    staff_id: i64,
    day: time::Date,
    from: time::Time,
    to: time::Time,
) -> Result<i64, sqlx::Error> {
    let (start, end) = (
        crate::timefmt::from_amsterdam(day, from),
        crate::timefmt::from_amsterdam(day, to),
    );
    let slots = cut_slots(start, end, round.slot_minutes, round.gap_minutes);
    store::add_block(tx, round.id, staff_id, day, from, to, &slots).await
}

/// A free slot as the booking page sees it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct FreeSlot {
    pub id: i64,
    pub staff_id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
}

/// Back-to-back pairs for two siblings: the second conversation starts when the first ends
/// (or within `max_wait` seconds), with the same or another teacher, never overlapping.
/// Ordered by start time; at most `limit` pairs.
pub fn sibling_pairs(
    first: &[FreeSlot],
    second: &[FreeSlot],
    max_wait: i64,
    limit: usize,
) -> Vec<(FreeSlot, FreeSlot)> {
    let mut pairs = Vec::new();
    for a in first {
        for b in second {
            if a.id == b.id {
                continue;
            }
            let b_after_a = b.starts_at >= a.ends_at && b.starts_at - a.ends_at <= max_wait;
            let a_after_b = a.starts_at >= b.ends_at && a.starts_at - b.ends_at <= max_wait;
            if b_after_a || a_after_b {
                pairs.push((a.clone(), b.clone()));
            }
        }
    }
    pairs.sort_by_key(|(a, b)| (a.starts_at.min(b.starts_at), a.starts_at));
    pairs.truncate(limit);
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Attendance, ContactChannel, ConversationForm};

    #[test]
    fn pick_lists_are_the_domain_codes() {
        assert_eq!(KINDS.as_slice(), RoundKind::CODES);
        assert_eq!(FORMS.as_slice(), ConversationForm::CODES);
        assert_eq!(CONTACT_CHANNELS.as_slice(), ContactChannel::CODES);
        assert_eq!(schedule::ATTENDANCE.as_slice(), Attendance::CODES);
        assert_eq!(default_slot_minutes("start"), 20);
        assert_eq!(default_slot_minutes("progress"), 15);
        assert_eq!(default_slot_minutes("exit"), 30);
        assert_eq!(default_slot_minutes("nonsense"), 20);
    }

    #[test]
    fn blocks_are_cut_into_slots_with_gaps() {
        // 19:00–20:00 in 15-minute slots with 5 minutes between: 19:00, 19:20, 19:40.
        let s = cut_slots(0, 3600, 15, 5);
        assert_eq!(s, vec![(0, 900), (1200, 2100), (2400, 3300)]);
        assert_eq!(cut_slots(0, 3600, 20, 0).len(), 3);
        assert!(cut_slots(0, 600, 20, 0).is_empty());
        assert!(cut_slots(0, 3600, 0, 0).is_empty());
    }

    #[test]
    fn booking_window() {
        let mut r = Round {
            id: 1,
            school_id: 1,
            kind: "start".into(),
            title: "t".into(),
            opens_at: 100,
            closes_at: 200,
            slot_minutes: 20,
            gap_minutes: 0,
            form: "school".into(),
            location: String::new(),
            pupil_expected: true,
            attendees: String::new(),
            invitation_text: String::new(),
            reminder_hours: 24,
            scheduling: "self".into(),
        };
        assert_eq!(r.booking_state(99), BookingState::NotYetOpen);
        assert_eq!(r.booking_state(100), BookingState::Open);
        assert_eq!(r.booking_state(200), BookingState::Closed);
        r.closes_at = 300;
        assert_eq!(r.booking_state(200), BookingState::Open);
    }

    fn slot(id: i64, staff: i64, start_min: i64, len_min: i64) -> FreeSlot {
        FreeSlot {
            id,
            staff_id: staff,
            starts_at: start_min * 60,
            ends_at: (start_min + len_min) * 60,
        }
    }

    #[test]
    fn siblings_get_back_to_back_pairs() {
        let juf = [slot(1, 10, 0, 15), slot(2, 10, 20, 15), slot(3, 10, 60, 15)];
        let meester = [
            slot(4, 11, 15, 15),
            slot(5, 11, 40, 15),
            slot(6, 11, 100, 15),
        ];
        let pairs = sibling_pairs(&juf, &meester, 5 * 60, 10);
        let ids: Vec<(i64, i64)> = pairs.iter().map(|(a, b)| (a.id, b.id)).collect();
        // 1 then 4 (back to back); 2 then 5 (5 minutes wait); 5 then 3 (5 minutes wait).
        // 2 and 4 overlap; 1 and 5 are 25 minutes apart.
        assert_eq!(ids, vec![(1, 4), (2, 5), (3, 5)]);
        for (a, b) in &pairs {
            assert!(
                a.ends_at <= b.starts_at || b.ends_at <= a.starts_at,
                "no overlap"
            );
        }
        assert_eq!(sibling_pairs(&juf, &meester, 0, 10).len(), 1);
        assert_eq!(sibling_pairs(&juf, &meester, 3600, 2).len(), 2);
    }
}
