//! Leaving the school: last year's exit conversations with their reports, the group session
//! with its invitations and what was said, the action plans of both years, the follow-up
//! questionnaire half a year after leaving, and this year's pupil who left and pupil who is
//! leaving.

use std::collections::{BTreeSet, HashSet};

use time::{Month, Time};

use super::leavers::Leavers;
use super::{answers, date, exit_texts, noon, texts, unused_token_hash, Pupil, World};
use crate::db::Tx;
use crate::demo::data::rng::Rng;
use crate::demo::store::history::{self as sql, NewRecord};
use crate::demo::store::leaving;

/// An exit conversation, its report sent `report_after` days later (None: waiting for the
/// director's approval).
async fn exit_talk(
    tx: &mut Tx,
    w: &World<'_>,
    rng: &mut Rng,
    p: &Pupil,
    on: time::Date,
    by: i64,
    report_after: Option<i64>,
) -> anyhow::Result<()> {
    let said = answers(
        rng,
        exit_texts::EXIT,
        &["mattered", "advice-school"],
        0.5,
        &HashSet::new(),
        &p.first_name,
    );
    let present = format!("{}, {}", p.parent, p.first_name);
    let r = NewRecord {
        pupil_id: p.id,
        kind: "exit",
        held_on: &crate::timefmt::iso(on),
        form: "school",
        present: &present,
        interpreter: &p
            .interpreter
            .map(|l| format!("tolk {}", texts::language_name(l)))
            .unwrap_or_default(),
        answers: said,
        shared: true,
        closed: true,
        booking_id: None,
        created_by: by,
        at: noon(on),
        report: report_after.map(|days| (noon(on) + days * 86_400, w.director)),
    };
    sql::insert_record(tx, w.school_id, &r).await?;
    Ok(())
}

pub(super) async fn previous_year(
    tx: &mut Tx,
    w: &World<'_>,
    leavers: &Leavers,
    rng: &mut Rng,
) -> anyhow::Result<()> {
    let mut session_guests = BTreeSet::new();
    let mut followups = Vec::new();
    for l in &leavers.list {
        let Some(p) = w
            .pupils
            .iter()
            .find(|p| p.external_id == l.pupil.external_id)
        else {
            continue;
        };
        if l.mid_year {
            let on = super::school_day(l.leaving_on - time::Duration::days(9), 0);
            exit_talk(tx, w, rng, p, on, w.director, Some(6)).await?;
            followups.push((p, l.leaving_on));
            continue;
        }
        // Groep 8: most families come to an exit conversation in June, with the director or
        // the teacher; a few reports still wait for the director's approval.
        if rng.chance(0.8) {
            let on =
                super::day_between(rng, date(2026, Month::June, 1), date(2026, Month::June, 26));
            let by = if rng.chance(0.5) {
                w.director
            } else {
                w.teacher(l.group)
            };
            let report = rng.chance(0.9).then_some(rng.range(5, 12));
            exit_talk(tx, w, rng, p, on, by, report).await?;
        }
        for (g, receives, email) in &p.guardians {
            if *receives && *email {
                session_guests.insert(*g);
            }
        }
    }
    session(tx, w, rng, &session_guests).await?;
    for (k, (what, owner, source)) in exit_texts::EARLIER_ACTIONS.iter().enumerate() {
        let due = date(2026, Month::March, 1) + time::Duration::days(30 * k as i64);
        let at = noon(date(2025, Month::October, 1));
        leaving::insert_action(
            tx,
            w.school_id,
            w.prev_year,
            (what, owner, source),
            &crate::timefmt::iso(due),
            "done",
            w.director,
            at,
        )
        .await?;
    }
    // Half a year after leaving, the families who moved away are asked how it goes.
    let mut answer = 0;
    for (p, left) in followups {
        let sent = noon(left + time::Duration::days(crate::exit::FOLLOWUP_AFTER_DAYS));
        for (g, receives, email) in &p.guardians {
            if !(*receives && *email) || sent > crate::db::now() {
                continue;
            }
            let reply =
                (answer < exit_texts::FOLLOWUPS.len()).then(|| exit_texts::FOLLOWUPS[answer]);
            answer += 1;
            leaving::insert_followup(tx, w.school_id, p.id, *g, &unused_token_hash(), sent, reply)
                .await?;
        }
    }
    Ok(())
}

/// The onderwijscafé for last year's groep 8 families, a week before the summer.
async fn session(
    tx: &mut Tx,
    w: &World<'_>,
    rng: &mut Rng,
    guests: &BTreeSet<i64>,
) -> anyhow::Result<()> {
    let day = date(2026, Month::June, 24);
    let starts = crate::timefmt::from_amsterdam(day, Time::from_hms(19, 30, 0)?);
    let mut said = std::collections::BTreeMap::new();
    for (key, text) in exit_texts::SESSION {
        said.insert(key.to_string(), text.to_string());
    }
    let said = crate::domain::Answers::from(said).encode();
    let id = leaving::insert_session(
        tx,
        w.school_id,
        "cafe",
        "Onderwijscafé: terugblik van de ouders van groep 8",
        starts,
        "De aula, met koffie en thee",
        40,
        &said,
        starts + 8 * 86_400,
    )
    .await?;
    let mut seats = 40;
    for g in guests {
        let roll = rng.range(0, 9);
        let (answer, people) = match roll {
            0..=4 if seats >= 2 => ("yes", rng.range(1, 2)),
            5 | 6 => ("no", 0),
            _ => ("", 0),
        };
        seats -= people;
        let answered = (!answer.is_empty()).then(|| starts - rng.range(3, 20) * 86_400);
        leaving::insert_session_invite(tx, id, *g, &unused_token_hash(), answer, people, answered)
            .await?;
    }
    Ok(())
}

/// This year so far: one pupil moved away in the autumn, one leaves at the end of January (the
/// report of that exit conversation waits for the director), and the action plan made from
/// what last year's families said.
pub(super) async fn this_year(tx: &mut Tx, w: &World<'_>, rng: &mut Rng) -> anyhow::Result<()> {
    let opp: HashSet<i64> = super::talks::opp_pupils(w).iter().map(|p| p.id).collect();
    let candidate = |grade: i64| {
        w.pupils
            .iter()
            .filter(|p| p.group.is_some() && p.grade == grade && !opp.contains(&p.id))
            .nth(3)
    };
    let left = date(2026, Month::October, 16);
    if let Some(p) = candidate(5).filter(|_| left < w.today) {
        let archived = Some(noon(date(2026, Month::October, 19)));
        leaving::set_leaving(
            tx,
            w.school_id,
            &p.external_id,
            &crate::timefmt::iso(left),
            "move",
            "Verhuisd naar Groningen; nu op CBS De Wegwijzer",
            archived,
        )
        .await?;
        exit_talk(
            tx,
            w,
            rng,
            p,
            date(2026, Month::October, 8),
            w.director,
            Some(5),
        )
        .await?;
    }
    let talk = date(2026, Month::November, 26);
    if let Some(p) = candidate(6) {
        let leaving = date(2027, Month::January, 29);
        leaving::set_leaving(
            tx,
            w.school_id,
            &p.external_id,
            &crate::timefmt::iso(leaving),
            "transfer",
            "Montessorischool De Ontdekking, Amersfoort",
            None,
        )
        .await?;
        if talk < w.today {
            exit_talk(tx, w, rng, p, talk, w.director, None).await?;
        }
    }
    let statuses = ["doing", "planned", "done", "doing", "planned"];
    let dues = [
        date(2027, Month::June, 19),
        date(2027, Month::March, 1),
        date(2026, Month::October, 1),
        date(2026, Month::December, 18),
        date(2027, Month::February, 12),
    ];
    for (k, action) in exit_texts::ACTIONS.iter().enumerate() {
        let at = noon(date(2026, Month::September, 8));
        leaving::insert_action(
            tx,
            w.school_id,
            w.year,
            *action,
            &crate::timefmt::iso(dues[k % dues.len()]),
            statuses[k % statuses.len()],
            w.director,
            at,
        )
        .await?;
    }
    Ok(())
}
