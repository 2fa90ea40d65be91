//! The school-made timetable (the second way to schedule): Driehoek proposes a time to every
//! family without one — siblings back to back, known constraints respected — and families
//! confirm it, move to a free time, or swap with another family when both agree. The pages
//! that start it and record families' windows are in `routes`.

mod routes;

pub(super) use routes::{make_timetable, save_constraint};

use std::collections::{BTreeMap, HashSet};

use super::store;
use super::store::timetable::{ProposedFamily, Unplaced};
use super::{sibling_pairs, FreeSlot, Round};
use crate::auth::access::Reach;
use crate::auth::tokens;
use crate::db::{now, Db};
use crate::timefmt;

/// One pupil to place: their teachers and the family's window within the day (minutes after
/// midnight, Amsterdam time), if the family gave one.
#[derive(Clone, Debug)]
pub struct PupilNeed {
    pub pupil_id: i64,
    pub teachers: Vec<i64>,
    pub earliest: Option<i64>,
    pub latest: Option<i64>,
}

fn local_minutes(unix: i64) -> i64 {
    let t = timefmt::to_amsterdam(unix);
    i64::from(t.hour()) * 60 + i64::from(t.minute())
}

fn fits(need: &PupilNeed, slot: &FreeSlot) -> bool {
    need.teachers.contains(&slot.staff_id)
        && need
            .earliest
            .is_none_or(|e| local_minutes(slot.starts_at) >= e)
        && need.latest.is_none_or(|l| local_minutes(slot.ends_at) <= l)
}

/// Places families in free slots: families with several children first (their pairs are the
/// hardest to find), then the rest, each in the earliest slot that fits. Returns
/// (pupil, slot) pairs; pupils that do not fit anywhere are left out.
pub fn plan(families: &[Vec<PupilNeed>], free: &[FreeSlot], max_wait: i64) -> Vec<(i64, i64)> {
    let mut order: Vec<&Vec<PupilNeed>> = families.iter().filter(|f| !f.is_empty()).collect();
    order.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let mut used: HashSet<i64> = HashSet::new();
    let mut out = Vec::new();
    for family in order {
        let mut rest: Vec<&PupilNeed> = family.iter().collect();
        if family.len() >= 2 {
            let avail = |n: &PupilNeed, used: &HashSet<i64>| -> Vec<FreeSlot> {
                free.iter()
                    .filter(|s| !used.contains(&s.id) && fits(n, s))
                    .cloned()
                    .collect()
            };
            let (a, b) = (&family[0], &family[1]);
            if let Some((x, y)) = sibling_pairs(&avail(a, &used), &avail(b, &used), max_wait, 1)
                .into_iter()
                .next()
            {
                used.insert(x.id);
                used.insert(y.id);
                out.push((a.pupil_id, x.id));
                out.push((b.pupil_id, y.id));
                rest = family[2..].iter().collect();
            }
        }
        for need in rest {
            if let Some(slot) = free.iter().find(|s| !used.contains(&s.id) && fits(need, s)) {
                used.insert(slot.id);
                out.push((need.pupil_id, slot.id));
            }
        }
    }
    out
}

/// Makes the timetable for every pupil in the round without a booking. Returns how many were
/// placed and how many could not be (too few slots, or constraints that nothing meets).
/// Only the pupils `reach` sees are placed (a teacher's own groups; everyone for a director).
pub async fn make(db: &Db, reach: &Reach, round: &Round) -> Result<(usize, usize), sqlx::Error> {
    let unplaced = store::timetable::unplaced(db, reach, round.id).await?;
    let teachers = store::timetable::pupil_teachers(db, round.id).await?;
    let free = store::free_slots(db, round.id, now()).await?;
    let families = group_families(&unplaced, &teachers);
    let needs: Vec<Vec<PupilNeed>> = families.iter().map(|(_, f)| f.clone()).collect();
    let placed = plan(&needs, &free, 10 * 60);
    let proposals: Vec<ProposedFamily> = families
        .iter()
        .map(|(guardian_id, pupils)| ProposedFamily {
            guardian_id: *guardian_id,
            token_hash: tokens::hash_token(&tokens::new_token()),
            placements: placed
                .iter()
                .filter(|(q, _)| pupils.iter().any(|p| p.pupil_id == *q))
                .copied()
                .collect(),
        })
        .filter(|f| !f.placements.is_empty())
        .collect();
    store::timetable::propose(db, round.id, &proposals, now()).await?;
    Ok((placed.len(), unplaced.len() - placed.len()))
}

/// The pupils to place, by family (keyed by the family's guardian), in guardian order.
fn group_families(unplaced: &[Unplaced], teachers: &[(i64, i64)]) -> Vec<(i64, Vec<PupilNeed>)> {
    let minutes =
        |s: &str| timefmt::parse_clock(s).map(|t| i64::from(t.hour()) * 60 + i64::from(t.minute()));
    let mut families: BTreeMap<i64, Vec<PupilNeed>> = BTreeMap::new();
    for u in unplaced {
        families.entry(u.family).or_default().push(PupilNeed {
            pupil_id: u.pupil_id,
            teachers: teachers
                .iter()
                .filter(|(p, _)| *p == u.pupil_id)
                .map(|(_, s)| *s)
                .collect(),
            earliest: minutes(&u.earliest),
            latest: minutes(&u.latest),
        });
    }
    families.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A slot on 2026-09-07 (summer time) at the given local time.
    fn slot(id: i64, staff: i64, hh: u8, mm: u8) -> FreeSlot {
        let start = timefmt::from_amsterdam(
            time::macros::date!(2026 - 09 - 07),
            time::Time::from_hms(hh, mm, 0).unwrap(),
        );
        FreeSlot {
            id,
            staff_id: staff,
            starts_at: start,
            ends_at: start + 15 * 60,
        }
    }

    fn need(pupil: i64, teacher: i64) -> PupilNeed {
        PupilNeed {
            pupil_id: pupil,
            teachers: vec![teacher],
            earliest: None,
            latest: None,
        }
    }

    #[test]
    fn siblings_are_placed_back_to_back_and_everyone_else_fits_around_them() {
        let free = [
            slot(1, 10, 15, 0),
            slot(2, 10, 15, 15),
            slot(3, 11, 15, 0),
            slot(4, 11, 15, 15),
            slot(5, 10, 15, 30),
        ];
        let families = vec![
            vec![need(100, 10)],
            vec![need(200, 10), need(201, 11)],
            vec![need(300, 10)],
        ];
        let placed = plan(&families, &free, 10 * 60);
        assert_eq!(placed.len(), 4);
        let of = |p: i64| placed.iter().find(|(q, _)| *q == p).unwrap().1;
        // The siblings go first: 15:00 with teacher 10, then 15:15 with teacher 11.
        assert_eq!((of(200), of(201)), (1, 4));
        assert_eq!(of(100), 2);
        assert_eq!(of(300), 5);
        let slots: HashSet<i64> = placed.iter().map(|(_, s)| *s).collect();
        assert_eq!(slots.len(), 4, "no slot twice");
    }

    #[test]
    fn constraints_are_respected_and_misfits_left_out() {
        let free = [slot(1, 10, 15, 0), slot(2, 10, 19, 0)];
        let mut evening = need(100, 10);
        evening.earliest = Some(18 * 60);
        let mut impossible = need(200, 10);
        impossible.latest = Some(14 * 60);
        let placed = plan(
            &[vec![evening], vec![impossible], vec![need(300, 99)]],
            &free,
            600,
        );
        assert_eq!(placed, vec![(100, 2)]);
    }
}
