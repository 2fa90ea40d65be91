//! Last year's conversations: the start round in September, progress talks in November and
//! March (each recorded, most shared with the parents), the communicatieplan per pupil, the
//! agreements with how they turned out, the contact log and the OPP consents.

use std::collections::HashSet;

use time::Month;

use super::{answers, date, day_between, noon, texts, Pupil, World};
use crate::db::Tx;
use crate::demo::data::rng::Rng;
use crate::demo::store::history::{self as sql, NewAgreement, NewPlan, NewRecord, NewRound};

/// The rounds of last year, archived with the year.
async fn rounds(tx: &mut Tx, w: &World<'_>) -> Result<(), sqlx::Error> {
    let archived = Some(noon(date(2026, Month::July, 31)));
    for (kind, title, opens, closes) in [
        (
            "start",
            "Startgesprekken 2025",
            date(2025, Month::August, 25),
            date(2025, Month::September, 12),
        ),
        (
            "progress",
            "Voortgangsgesprekken november",
            date(2025, Month::November, 10),
            date(2025, Month::November, 28),
        ),
        (
            "progress",
            "Voortgangsgesprekken maart",
            date(2026, Month::March, 2),
            date(2026, Month::March, 20),
        ),
    ] {
        let round = NewRound {
            kind,
            title,
            opens_at: noon(opens),
            closes_at: noon(closes),
            archived_at: archived,
            created_by: w.director,
        };
        sql::insert_round(tx, w.school_id, &round, &w.prev_groups).await?;
    }
    Ok(())
}

pub(super) async fn previous_year(tx: &mut Tx, w: &World<'_>, rng: &mut Rng) -> anyhow::Result<()> {
    rounds(tx, w).await?;
    let windows = [
        (
            date(2025, Month::September, 1),
            date(2025, Month::September, 12),
        ),
        (
            date(2025, Month::November, 17),
            date(2025, Month::November, 28),
        ),
        (date(2026, Month::March, 9), date(2026, Month::March, 20)),
    ];
    for (n, p) in w.pupils.iter().enumerate() {
        let Some(group) = p.prev_group else { continue };
        let teacher = w.teacher(group);
        let before_leaving = |d: time::Date| p.left_on.is_none_or(|l| d < l);
        // The startgesprek, the plan it produced, and sometimes an agreement.
        let start_on = day_between(rng, windows[0].0, windows[0].1);
        if rng.chance(0.94) && before_leaving(start_on) {
            let record = record(tx, w, rng, p, group, "start", start_on, None).await?;
            plan(tx, w, rng, p, w.prev_year, record, start_on, teacher, true).await?;
            if rng.chance(0.35) {
                let outcome = *pick_weighted(
                    rng,
                    &[
                        ("done", 55),
                        ("adjusted", 20),
                        ("dropped", 15),
                        ("open", 10),
                    ],
                );
                // Pupils who left have nothing open; open ones are handed over to this year.
                let status = if p.group.is_none() && outcome == "open" {
                    "done"
                } else {
                    outcome
                };
                let review = start_on + time::Duration::days(rng.range(42, 70));
                let review = if status == "open" {
                    date(2026, Month::September, 25)
                } else {
                    review
                };
                let id =
                    agreement(tx, w, rng, p, record, start_on, review, status, teacher).await?;
                if rng.chance(0.3) {
                    if let Some((g, _, _)) = p.guardians.first() {
                        let comment = [
                            "Lukt goed thuis.",
                            "We doen ons best, het is soms lastig.",
                            "",
                        ][n % 3];
                        sql::insert_response(tx, id, *g, comment, noon(start_on) + 3 * 86_400)
                            .await?;
                    }
                }
            }
        }
        for window in &windows[1..] {
            let on = day_between(rng, window.0, window.1);
            if rng.chance(0.87) && before_leaving(on) {
                record(tx, w, rng, p, group, "progress", on, None).await?;
            }
        }
        contacts(
            tx,
            w,
            rng,
            p,
            teacher,
            (date(2025, Month::September, 8), date(2026, Month::July, 3)),
            0.22,
        )
        .await?;
    }
    opp_consents(tx, w).await?;
    Ok(())
}

/// A closed record of a talk with the pupil's parents; returns its id.
#[allow(clippy::too_many_arguments)]
pub(super) async fn record(
    tx: &mut Tx,
    w: &World<'_>,
    rng: &mut Rng,
    p: &Pupil,
    group: usize,
    kind: &str,
    on: time::Date,
    booking: Option<i64>,
) -> anyhow::Result<i64> {
    let no_career: HashSet<&str> = if p.grade < 7 {
        ["career-home", "career-school"].into()
    } else {
        HashSet::new()
    };
    let text = match kind {
        "start" => answers(
            rng,
            texts::START,
            &["landed", "ambition"],
            0.55,
            &HashSet::new(),
            &p.first_name,
        ),
        _ => answers(
            rng,
            texts::PROGRESS,
            &["goes-well"],
            0.3,
            &no_career,
            &p.first_name,
        ),
    };
    let form = *pick_weighted(
        rng,
        &[("school", 85), ("phone", 7), ("video", 6), ("home", 2)],
    );
    let present = format!(
        "{}, {} en {}",
        p.parent,
        p.first_name,
        w.teacher_name(group)
    );
    let interpreter = p
        .interpreter
        .map(|l| format!("tolk {} via de tolkentelefoon", texts::language_name(l)))
        .unwrap_or_default();
    let r = NewRecord {
        pupil_id: p.id,
        kind,
        held_on: &crate::timefmt::iso(on),
        form,
        present: &present,
        interpreter: &interpreter,
        answers: text,
        shared: rng.chance(0.7),
        closed: true,
        booking_id: booking,
        created_by: w.teacher(group),
        at: noon(on),
        report: None,
    };
    Ok(sql::insert_record(tx, w.school_id, &r).await?)
}

/// The pupil's communicatieplan for a year, made in the startgesprek, with a contact moment or
/// two (done when `past`).
#[allow(clippy::too_many_arguments)]
pub(super) async fn plan(
    tx: &mut Tx,
    w: &World<'_>,
    rng: &mut Rng,
    p: &Pupil,
    year: i64,
    record: i64,
    on: time::Date,
    teacher: i64,
    past: bool,
) -> anyhow::Result<()> {
    let (channels, reachable, response_time, notes) = texts::PLANS[rng.index(texts::PLANS.len())];
    // A family that needs an interpreter gets the plan that says so.
    let (channels, reachable, response_time, notes) = if p.interpreter.is_some() {
        texts::PLANS[4]
    } else {
        (channels, reachable, response_time, notes)
    };
    let plan = NewPlan {
        pupil_id: p.id,
        year_id: year,
        channels,
        reachable,
        response_time,
        notes: texts::fill(notes, &p.first_name),
        record_id: Some(record),
        updated_by: teacher,
        at: noon(on),
    };
    let id = sql::insert_plan(tx, w.school_id, &plan).await?;
    for _ in 0..rng.range(0, 2) {
        let (what, channel, with_pupil) = texts::MOMENTS[rng.index(texts::MOMENTS.len())];
        let due = if past {
            on + time::Duration::days(rng.range(40, 200))
        } else {
            w.today + time::Duration::days(rng.range(-6, 40))
        };
        let done = (past || due < w.today && rng.chance(0.6)).then(|| noon(due));
        let what = texts::fill(what, &p.first_name);
        sql::insert_moment(
            tx,
            id,
            &what,
            &crate::timefmt::iso(due),
            channel,
            with_pupil,
            done,
        )
        .await?;
    }
    Ok(())
}

/// A three-party agreement made in a talk; returns its id.
#[allow(clippy::too_many_arguments)]
pub(super) async fn agreement(
    tx: &mut Tx,
    w: &World<'_>,
    rng: &mut Rng,
    p: &Pupil,
    record: i64,
    on: time::Date,
    review: time::Date,
    status: &'static str,
    teacher: i64,
) -> anyhow::Result<i64> {
    let (topic, pupil, parents, school) = texts::AGREEMENTS[rng.index(texts::AGREEMENTS.len())];
    let a = NewAgreement {
        pupil_id: p.id,
        record_id: record,
        topic: topic.to_string(),
        pupil_part: texts::fill(pupil, &p.first_name),
        parents_part: texts::fill(parents, &p.first_name),
        school_part: texts::fill(school, &p.first_name),
        review_on: crate::timefmt::iso(review),
        status,
        created_by: teacher,
        at: noon(on),
    };
    Ok(sql::insert_agreement(tx, w.school_id, &a).await?)
}

/// Some contact log lines for about `share` of the pupils, between two days.
pub(super) async fn contacts(
    tx: &mut Tx,
    w: &World<'_>,
    rng: &mut Rng,
    p: &Pupil,
    teacher: i64,
    (from, to): (time::Date, time::Date),
    share: f64,
) -> anyhow::Result<()> {
    if !rng.chance(share) {
        return Ok(());
    }
    for _ in 0..rng.range(1, 3) {
        let on = day_between(rng, from, to);
        if p.left_on.is_some_and(|l| on >= l) || on > w.today {
            continue;
        }
        let (channel, positive, summary) = texts::CONTACTS[rng.index(texts::CONTACTS.len())];
        let summary = texts::fill(summary, &p.first_name);
        sql::insert_contact(
            tx,
            w.school_id,
            p.id,
            teacher,
            channel,
            positive,
            &summary,
            &crate::timefmt::iso(on),
            noon(on),
        )
        .await?;
    }
    Ok(())
}

/// Four pupils with an OPP: consent asked and given last year; one family first said no.
async fn opp_consents(tx: &mut Tx, w: &World<'_>) -> anyhow::Result<()> {
    let with_opp = opp_pupils(w);
    for (k, p) in with_opp.iter().enumerate() {
        let guardian = p.guardians.first().map(|g| g.0);
        let asked = date(2025, Month::October, 6);
        let steps: &[(&str, time::Date, &str)] = if k == 1 {
            &[
                (
                    "asked",
                    asked,
                    "Handelingsdeel besproken met ouders en ib'er.",
                ),
                (
                    "refused",
                    date(2025, Month::October, 27),
                    "Ouders willen eerst een second opinion van de orthopedagoog.",
                ),
                (
                    "given",
                    date(2026, Month::January, 15),
                    "Na het gesprek met de orthopedagoog ingestemd.",
                ),
            ]
        } else {
            &[
                (
                    "asked",
                    asked,
                    "Handelingsdeel besproken met ouders en ib'er.",
                ),
                (
                    "given",
                    date(2025, Month::October, 20),
                    "Ouders stemmen in; evaluatie in maart.",
                ),
            ]
        };
        for (status, on, note) in steps {
            let iso = crate::timefmt::iso(*on);
            sql::insert_opp(
                tx,
                w.school_id,
                p.id,
                status,
                &iso,
                guardian,
                note,
                w.care,
                noon(*on),
            )
            .await?;
        }
    }
    Ok(())
}

/// The pupils at school with an OPP (from groep 4 on, spread over the school).
pub(super) fn opp_pupils<'a>(w: &'a World<'_>) -> Vec<&'a Pupil> {
    w.pupils
        .iter()
        .filter(|p| p.group.is_some() && p.prev_group.is_some() && p.grade >= 4)
        .step_by(37)
        .take(4)
        .collect()
}

/// One of the items, drawn by their weights.
pub(super) fn pick_weighted<'a, T>(rng: &mut Rng, items: &'a [(T, u32)]) -> &'a T {
    let weights: Vec<f64> = items.iter().map(|(_, w)| f64::from(*w)).collect();
    &items[rng.weighted(&weights)].0
}
