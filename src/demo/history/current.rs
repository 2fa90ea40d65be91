//! This year so far: the start round of September took place (invitations, bookings marked as
//! held, a few families not reached despite calls and a doorstep visit), most talks are recorded
//! with a new plan, agreements are open, pupils with an OPP had their extra talks, and the
//! contact log goes on.

use std::collections::HashMap;

use time::{Month, Time};

use super::leavers::Leavers;
use super::talks::{self, agreement, contacts, plan, record};
use super::{date, noon, school_day, texts, unused_token_hash, World};
use crate::db::Tx;
use crate::demo::data::rng::Rng;
use crate::demo::store::history::{self as sql, NewRound};

/// Conversations a teacher holds in one afternoon of the start round.
const PER_AFTERNOON: i64 = 6;

pub(super) async fn this_year(
    tx: &mut Tx,
    w: &World<'_>,
    _leavers: &Leavers,
    rng: &mut Rng,
) -> anyhow::Result<()> {
    let opens = date(2026, Month::August, 24);
    let round = NewRound {
        kind: "start",
        title: "Startgesprekken 2026",
        opens_at: noon(opens),
        closes_at: noon(date(2026, Month::September, 18)),
        archived_at: None,
        created_by: w.director,
    };
    let round_id = sql::insert_round(tx, w.school_id, &round, &w.groups).await?;
    let mut invitations: HashMap<i64, i64> = HashMap::new();
    let mut slots_taken: HashMap<i64, i64> = HashMap::new();
    let mut afternoons: HashMap<(i64, time::Date), i64> = HashMap::new();
    let first_day = date(2026, Month::September, 1);
    for p in &w.pupils {
        let Some(group) = p.group else { continue };
        for (g, receives, _) in &p.guardians {
            if *receives && !invitations.contains_key(g) {
                let id =
                    sql::insert_invitation(tx, round_id, *g, &unused_token_hash(), noon(opens))
                        .await?;
                invitations.insert(*g, id);
            }
        }
        let teacher = w.teacher(group);
        if !rng.chance(0.93) {
            // Not reached: the teacher kept trying.
            for k in 0..rng.range(1, 3) as usize {
                let (channel, note) = texts::ATTEMPTS[k % texts::ATTEMPTS.len()];
                let at = noon(date(2026, Month::September, 7)) + k as i64 * 3 * 86_400;
                sql::insert_attempt(
                    tx,
                    round_id,
                    p.id,
                    teacher,
                    channel,
                    &texts::fill(note, &p.first_name),
                    at,
                )
                .await?;
            }
            continue;
        }
        let n = slots_taken.entry(teacher).or_insert(0);
        let day = school_day(first_day, *n / PER_AFTERNOON);
        let starts = crate::timefmt::from_amsterdam(day, Time::from_hms(15, 0, 0)?)
            + (*n % PER_AFTERNOON) * 25 * 60;
        *n += 1;
        let block = match afternoons.get(&(teacher, day)) {
            Some(id) => *id,
            None => {
                let iso = crate::timefmt::iso(day);
                let id = sql::insert_availability(
                    tx,
                    round_id,
                    teacher,
                    &iso,
                    ("15:00", "17:30"),
                    noon(opens),
                )
                .await?;
                afternoons.insert((teacher, day), id);
                id
            }
        };
        let slot = sql::insert_slot(tx, round_id, teacher, block, starts).await?;
        let invitation = p
            .guardians
            .iter()
            .find_map(|(g, _, _)| invitations.get(g).copied());
        let booking = sql::insert_held_booking(
            tx,
            round_id,
            slot,
            p.id,
            invitation,
            noon(opens) + 2 * 86_400,
        )
        .await?;
        if day > w.today || !rng.chance(0.88) {
            continue;
        }
        let record = record(tx, w, rng, p, group, "start", day, Some(booking)).await?;
        if rng.chance(0.9) {
            plan(tx, w, rng, p, w.year, record, day, teacher, false).await?;
        }
        if rng.chance(0.3) {
            let review = w.today + time::Duration::days(rng.range(-14, 45));
            agreement(tx, w, rng, p, record, day, review, "open", teacher).await?;
        }
        contacts(
            tx,
            w,
            rng,
            p,
            teacher,
            (date(2026, Month::September, 14), w.today),
            0.15,
        )
        .await?;
    }
    care_talks(tx, w, rng).await?;
    Ok(())
}

/// Pupils with an OPP have a progress talk every six weeks; one more family was asked this
/// autumn for consent to a new OPP and has not decided yet.
async fn care_talks(tx: &mut Tx, w: &World<'_>, rng: &mut Rng) -> anyhow::Result<()> {
    let with_opp = talks::opp_pupils(w);
    for p in &with_opp {
        let Some(group) = p.group else { continue };
        for on in [
            date(2026, Month::October, 8),
            date(2026, Month::November, 19),
        ] {
            if on < w.today {
                record(tx, w, rng, p, group, "progress", on, None).await?;
            }
        }
    }
    let asked = date(2026, Month::November, 16);
    let newcomer = w
        .pupils
        .iter()
        .filter(|p| p.group.is_some() && p.grade >= 3)
        .find(|p| !with_opp.iter().any(|o| o.id == p.id) && p.id % 11 == 0);
    if let (Some(p), true) = (newcomer, asked < w.today) {
        let guardian = p.guardians.first().map(|g| g.0);
        let note = "Handelingsdeel toegelicht; ouders willen er thuis nog over praten.";
        sql::insert_opp(
            tx,
            w.school_id,
            p.id,
            "asked",
            &crate::timefmt::iso(asked),
            guardian,
            note,
            w.care,
            noon(asked),
        )
        .await?;
    }
    Ok(())
}
