//! The booking feature's pure decisions: when a link expires, what a refused insert means,
//! how a swap request reads for each family, and how free slots are grouped by day.

use crate::rounds::FreeSlot;

use super::{Outcome, SwapView};

/// When a personal link stops working: a day after the later of the round's closing and its
/// last conversation.
pub fn link_expiry(closes_at: i64, last_conversation_end: Option<i64>) -> i64 {
    closes_at.max(last_conversation_end.unwrap_or(closes_at)) + 86_400
}

/// What a failed booking statement tells the family, when it was one of the unique rules:
/// the same form sent twice (the idempotency key), or somebody else was quicker (one active
/// booking per slot, and per link and child). Anything else is a real error.
pub fn refusal(err: &sqlx::Error) -> Option<Outcome> {
    match err {
        sqlx::Error::Database(e) if e.is_unique_violation() => refusal_of(&format!(
            "{} {}",
            e.message(),
            e.constraint().unwrap_or_default()
        )),
        _ => None,
    }
}

/// The rule broken, from the violation's text: SQLite names the columns, PostgreSQL the index.
fn refusal_of(text: &str) -> Option<Outcome> {
    const TAKEN: [&str; 4] = [
        "slot_id",
        "bookings_one_per_slot",
        "invitation_id",
        "bookings_one_per_invitation_pupil",
    ];
    if text.contains("idempotency") {
        Some(Outcome::AlreadyDone)
    } else if TAKEN.iter().any(|n| text.contains(n)) {
        Some(Outcome::Taken)
    } else {
        None
    }
}

/// An open swap request as the family of link `me` sees it: asked by them (outgoing) or of them
/// (incoming), with their own time and the other family's.
pub fn swap_view(id: i64, from_inv: Option<i64>, from_at: i64, to_at: i64, me: i64) -> SwapView {
    let incoming = from_inv != Some(me);
    SwapView {
        id,
        incoming,
        mine_at: if incoming { to_at } else { from_at },
        theirs_at: if incoming { from_at } else { to_at },
    }
}

/// A round's limits on swap requests (stored on the round) and what this family already asked:
/// read in one query, decided by `swap_limit`.
#[derive(Clone, Copy, Debug, Default, sqlx::FromRow)]
pub struct SwapBudget {
    pub max_open: i64,
    /// At most this many requests within the round's cooldown (`swap_cooldown_seconds`).
    pub burst: i64,
    pub max_per_round: i64,
    /// Open requests of this family from other bookings than the one asking now (the open
    /// request from that booking is withdrawn by the new one).
    pub open_elsewhere: i64,
    /// Requests of this family within the cooldown.
    pub recent: i64,
    /// Requests of this family in the round.
    pub in_round: i64,
}

/// Why a swap request is refused before anything is written or mailed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwapLimit {
    TooManyOpen,
    TooSoon,
    TooMany,
}

impl SwapLimit {
    /// The message on the booking page.
    pub fn notice(self) -> &'static str {
        match self {
            SwapLimit::TooManyOpen => "booking-swap-too-many-open",
            SwapLimit::TooSoon => "booking-swap-too-soon",
            SwapLimit::TooMany => "booking-swap-too-many",
        }
    }
}

/// Every swap request mails another family: a family may not flood others (ASVS 2.4.1, rate
/// limits on functions that send messages).
pub fn swap_limit(b: &SwapBudget) -> Option<SwapLimit> {
    if b.in_round >= b.max_per_round {
        Some(SwapLimit::TooMany)
    } else if b.open_elsewhere >= b.max_open {
        Some(SwapLimit::TooManyOpen)
    } else if b.recent >= b.burst {
        Some(SwapLimit::TooSoon)
    } else {
        None
    }
}

/// Free slots of one day, under that day's label.
pub struct DaySlots {
    pub label: String,
    pub slots: Vec<FreeSlot>,
}

/// Groups slots (ordered by start) under their day's label: `day` tells a start time's day,
/// `label` names a day. Naming a day takes translated month and weekday names, so it is done
/// once per day, not once per slot (the parent's page lists dozens of slots).
pub fn by_day<D: PartialEq>(
    slots: &[FreeSlot],
    day: impl Fn(i64) -> D,
    label: impl Fn(&D) -> String,
) -> Vec<DaySlots> {
    let mut days: Vec<DaySlots> = Vec::new();
    let mut current: Option<D> = None;
    for s in slots {
        let d = day(s.starts_at);
        match days.last_mut() {
            Some(last) if current.as_ref() == Some(&d) => last.slots.push(s.clone()),
            _ => {
                days.push(DaySlots {
                    label: label(&d),
                    slots: vec![s.clone()],
                });
                current = Some(d);
            }
        }
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swap_requests_are_limited_per_family() {
        let budget = SwapBudget {
            max_open: 2,
            burst: 3,
            max_per_round: 10,
            ..SwapBudget::default()
        };
        assert_eq!(swap_limit(&budget), None);
        let with = |open_elsewhere, recent, in_round| SwapBudget {
            open_elsewhere,
            recent,
            in_round,
            ..budget
        };
        assert_eq!(swap_limit(&with(1, 2, 9)), None);
        assert_eq!(swap_limit(&with(2, 0, 2)), Some(SwapLimit::TooManyOpen));
        assert_eq!(swap_limit(&with(0, 3, 3)), Some(SwapLimit::TooSoon));
        assert_eq!(swap_limit(&with(0, 0, 10)), Some(SwapLimit::TooMany));
        // A round that allows no swaps at all refuses the first one.
        let none = SwapBudget {
            max_per_round: 0,
            ..budget
        };
        assert_eq!(swap_limit(&none), Some(SwapLimit::TooMany));
    }

    #[test]
    fn links_expire_a_day_after_the_last_conversation_or_the_closing() {
        assert_eq!(link_expiry(1000, None), 1000 + 86_400);
        assert_eq!(link_expiry(1000, Some(5000)), 5000 + 86_400);
        assert_eq!(link_expiry(9000, Some(5000)), 9000 + 86_400);
    }

    #[test]
    fn unique_violations_become_answers_for_the_family() {
        // SQLite
        assert_eq!(
            refusal_of("UNIQUE constraint failed: bookings.idempotency_key "),
            Some(Outcome::AlreadyDone)
        );
        assert_eq!(
            refusal_of("UNIQUE constraint failed: bookings.slot_id "),
            Some(Outcome::Taken)
        );
        assert_eq!(
            refusal_of("UNIQUE constraint failed: bookings.invitation_id, bookings.pupil_id "),
            Some(Outcome::Taken)
        );
        // PostgreSQL
        assert_eq!(
            refusal_of(
                "duplicate key value violates unique constraint \"bookings_idempotency_key_key\" \
                 bookings_idempotency_key_key"
            ),
            Some(Outcome::AlreadyDone)
        );
        assert_eq!(
            refusal_of("duplicate key value violates unique constraint \"bookings_one_per_slot\" bookings_one_per_slot"),
            Some(Outcome::Taken)
        );
        assert_eq!(refusal_of("UNIQUE constraint failed: outbox.id "), None);
    }

    #[test]
    fn a_swap_request_reads_from_both_sides() {
        let asked = swap_view(1, Some(10), 100, 200, 10);
        assert!(!asked.incoming);
        assert_eq!((asked.mine_at, asked.theirs_at), (100, 200));
        let received = swap_view(1, Some(10), 100, 200, 20);
        assert!(received.incoming);
        assert_eq!((received.mine_at, received.theirs_at), (200, 100));
        assert!(swap_view(1, None, 100, 200, 20).incoming);
    }

    #[test]
    fn slots_are_grouped_by_day_in_order() {
        let slot = |id, starts_at| FreeSlot {
            id,
            staff_id: 1,
            starts_at,
            ends_at: starts_at + 10,
        };
        let labels = std::cell::Cell::new(0);
        let days = by_day(
            &[slot(1, 100), slot(2, 150), slot(3, 300)],
            |t| t / 200,
            |d| {
                labels.set(labels.get() + 1);
                d.to_string()
            },
        );
        assert_eq!(days.len(), 2);
        assert_eq!(labels.get(), 2, "each day is named once");
        assert_eq!(days[0].label, "0");
        assert_eq!(days[0].slots.len(), 2);
        assert_eq!(days[1].slots[0].id, 3);
    }
}
