//! The demo school in its second year: a complete previous school year (rounds, records, plans,
//! agreements kept and not kept, contacts, OPP consents, leavers with their exit conversations, a
//! group session, the action plan and the follow-up answers) and the current year under way (a
//! start round that took place, records for most pupils, plans, open agreements, a pupil who left
//! and one who is leaving).
//!
//! Only `driehoek demo` adds this; the load test's big schools stay lean (`demo::insert_school`).
//! Deterministic by the seed: what is said, by whom and when follows one random sequence. Dates
//! follow the demo's school year (`data::FIRST_SCHOOL_DAY`); only the review dates of this year's
//! open agreements and contact moments are counted from today, so some are due soon.

mod current;
mod exit;
pub mod exit_texts;
mod leavers;
mod talks;
pub mod texts;

use std::collections::{HashMap, HashSet};

use time::{Date, Month, Time};

use super::data::rng::Rng;
use super::data::DemoSchool;
use super::store::{self, history as sql, leaving};
use crate::db::{now, Db};

/// The school year before the demo's current one.
pub const PREVIOUS_YEAR: (i32, i32) = (2025, 2026);

/// A pupil as the history sees it: who, in which group last year and this year, and the
/// parents to invite or ask.
pub(crate) struct Pupil {
    pub id: i64,
    pub external_id: String,
    pub first_name: String,
    /// Index into the school's groups, last year (None: not at school yet).
    pub prev_group: Option<usize>,
    /// Index into the school's groups, this year (None: left before this year).
    pub group: Option<usize>,
    pub grade: i64,
    /// (guardian id, receives invitations, has e-mail), first the one who usually comes.
    pub guardians: Vec<(i64, bool, bool)>,
    /// "Sanne de Vries (moeder)": the parent who usually comes.
    pub parent: String,
    /// The language an interpreter is needed for, if any.
    pub interpreter: Option<&'static str>,
    /// The last school day, for pupils who left during last year.
    pub left_on: Option<Date>,
}

/// What the history's writers share.
pub(crate) struct World<'a> {
    pub school: &'a DemoSchool,
    pub school_id: i64,
    pub staff: Vec<i64>,
    pub groups: Vec<i64>,
    pub prev_groups: Vec<i64>,
    pub prev_year: i64,
    pub year: i64,
    pub pupils: Vec<Pupil>,
    pub director: i64,
    pub care: i64,
    pub today: Date,
}

impl World<'_> {
    /// The first teacher of a group (by index).
    pub fn teacher(&self, group: usize) -> i64 {
        self.school.groups[group]
            .teacher_indexes
            .first()
            .map_or(self.director, |&t| self.staff[t])
    }

    pub fn teacher_name(&self, group: usize) -> String {
        self.school.groups[group]
            .teacher_indexes
            .first()
            .map_or_else(String::new, |&t| self.school.staff[t].name.clone())
    }
}

/// Adds the history to the freshly inserted demo school, in one transaction.
pub async fn add(db: &Db, school: &DemoSchool, school_id: i64, seed: u64) -> anyhow::Result<()> {
    let mut rng = Rng::new(seed ^ 0x00DE_3011_5EC0_4D00);
    let staff = sql::staff_ids(db, school_id).await?;
    let groups = sql::group_ids(db, school_id).await?;
    let year = crate::school::current_year(db, school_id)
        .await?
        .map_or(0, |(id, _)| id);
    let leavers = leavers::generate(school, seed);
    let mut tx = db.begin().await?;
    let at = now();
    let prev_year =
        crate::school::create_school_year(&mut tx, school_id, PREVIOUS_YEAR, false).await?;
    let prev_groups =
        store::insert_groups(&mut tx, school_id, prev_year, &school.groups, &staff, at).await?;
    sql::archive_groups_of_year(&mut tx, prev_year, noon(date(2026, Month::July, 31))).await?;
    let prev_first_day = date(2025, Month::August, 25);
    sql::mark_year_lived(
        &mut tx,
        prev_year,
        &crate::timefmt::iso(prev_first_day),
        noon(prev_first_day),
    )
    .await?;
    leavers::insert(&mut tx, school, school_id, &leavers, &prev_groups, at).await?;
    tx.commit().await?;

    let pupils = people(db, school, school_id, &leavers).await?;
    // Last year's groups per pupil, so each pupil's history shows where they were.
    let mut tx = db.begin().await?;
    let handover_written = noon(date(2026, Month::July, 3));
    for (n, p) in pupils.iter().enumerate() {
        if let Some(g) = p.prev_group {
            sql::insert_pupil_year(&mut tx, p.id, prev_year, prev_groups[g], at).await?;
            // Most pupils still at school got a hand-over note from last year's teacher.
            if p.group.is_some() && n % 3 != 2 {
                let writer = school.groups[g]
                    .teacher_indexes
                    .first()
                    .map_or(staff[0], |&t| staff[t]);
                let note = texts::handover_note(&p.first_name, n);
                sql::insert_handover_note(
                    &mut tx,
                    school_id,
                    p.id,
                    prev_year,
                    &note,
                    writer,
                    handover_written,
                )
                .await?;
            }
        }
    }
    tx.commit().await?;
    let pick = |f: &dyn Fn(&super::data::DemoStaff) -> bool| {
        school
            .staff
            .iter()
            .position(f)
            .map_or(staff[0], |i| staff[i])
    };
    let world = World {
        school,
        school_id,
        director: pick(&|s| s.director),
        care: pick(&|s| s.care_coordinator),
        staff,
        groups,
        prev_groups,
        prev_year,
        year,
        pupils,
        today: crate::timefmt::today(),
    };
    let mut tx = db.begin().await?;
    talks::previous_year(&mut tx, &world, &mut rng).await?;
    exit::previous_year(&mut tx, &world, &leavers, &mut rng).await?;
    current::this_year(&mut tx, &world, &leavers, &mut rng).await?;
    exit::this_year(&mut tx, &world, &mut rng).await?;
    leaving::archive_gone_guardians(&mut tx, school_id, noon(date(2026, Month::August, 1))).await?;
    sql::audit_history(&mut tx, school_id).await?;
    tx.commit().await?;
    Ok(())
}

/// Every pupil of the school (this year's and last year's leavers) with their groups and parents.
async fn people(
    db: &Db,
    school: &DemoSchool,
    school_id: i64,
    leavers: &leavers::Leavers,
) -> anyhow::Result<Vec<Pupil>> {
    let ids: HashMap<String, i64> = sql::pupil_ids(db, school_id)
        .await?
        .into_iter()
        .map(|(id, ext)| (ext, id))
        .collect();
    let mut links: HashMap<i64, Vec<(i64, bool, bool)>> = HashMap::new();
    for (pupil, guardian, receives, email) in sql::guardian_links(db, school_id).await? {
        links
            .entry(pupil)
            .or_default()
            .push((guardian, receives == 1, email == 1));
    }
    let mut out = Vec::new();
    let mut add = |p: &super::data::DemoPupil,
                   family: &super::data::DemoFamily,
                   prev_group: Option<usize>,
                   group: Option<usize>,
                   left_on: Option<Date>| {
        let Some(&id) = ids.get(&p.external_id) else {
            return;
        };
        let first = family.guardians.first();
        out.push(Pupil {
            id,
            external_id: p.external_id.clone(),
            first_name: p.first_name.clone(),
            prev_group,
            group,
            grade: p.grade,
            guardians: links.remove(&id).unwrap_or_default(),
            parent: first.map_or_else(String::new, |g| {
                format!("{} ({})", g.full_name(), relation(g.relationship))
            }),
            interpreter: family
                .guardians
                .iter()
                .find(|g| g.interpreter_needed)
                .map(|g| g.language),
            left_on,
        });
    };
    for (n, (fi, p)) in school.pupils().enumerate() {
        let prev = previous_group(school, p.group_index, p.grade, n);
        add(p, &school.families[fi], prev, Some(p.group_index), None);
    }
    for l in &leavers.list {
        let family = l.family(school);
        add(
            &l.pupil,
            family,
            Some(l.group),
            None,
            l.mid_year.then_some(l.leaving_on),
        );
    }
    Ok(out)
}

/// Where a pupil of this year's grade `grade` was last year: a kindergarten pupil in groep 2
/// stays in the same group; others were one grade lower (spread over parallel groups).
fn previous_group(school: &DemoSchool, group: usize, grade: i64, n: usize) -> Option<usize> {
    if grade <= 1 {
        return None;
    }
    if school.groups[group].grades.contains(&(grade - 1)) {
        return Some(group);
    }
    let candidates: Vec<usize> = (0..school.groups.len())
        .filter(|&i| school.groups[i].grades.contains(&(grade - 1)))
        .collect();
    (!candidates.is_empty()).then(|| candidates[n % candidates.len()])
}

fn relation(code: &str) -> &'static str {
    match code {
        "mother" => "moeder",
        "father" => "vader",
        "foster" => "pleegouder",
        "grandparent" => "grootouder",
        "carer" => "verzorger",
        _ => "ouder",
    }
}

pub(crate) fn date(y: i32, m: Month, d: u8) -> Date {
    Date::from_calendar_date(y, m, d).unwrap_or(super::data::FIRST_SCHOOL_DAY)
}

/// Noon of a day in Amsterdam, unix seconds.
pub(crate) fn noon(d: Date) -> i64 {
    crate::timefmt::from_amsterdam(d, Time::from_hms(12, 0, 0).unwrap_or(Time::MIDNIGHT))
}

/// The `n`-th school day (Monday–Friday) from `from` (which counts as day 0 when a weekday).
pub(crate) fn school_day(from: Date, n: i64) -> Date {
    let mut d = from;
    let mut left = n;
    while d.weekday().number_days_from_monday() >= 5 {
        d = d.next_day().unwrap_or(d);
    }
    while left > 0 {
        d = d.next_day().unwrap_or(d);
        if d.weekday().number_days_from_monday() < 5 {
            left -= 1;
        }
    }
    d
}

/// A random school day between two dates.
pub(crate) fn day_between(rng: &mut Rng, from: Date, to: Date) -> Date {
    let span = (to - from).whole_days().max(0);
    let d = from + time::Duration::days(rng.range(0, span));
    school_day(d, 0).min(to.max(from))
}

/// A random text of a pool, with the pupil's name in it.
pub(crate) fn say(rng: &mut Rng, pool: &[&str], first_name: &str) -> String {
    texts::fill(pool[rng.index(pool.len())], first_name)
}

/// Answers for a record: the keys always filled, and about `share` of the others.
pub(crate) fn answers(
    rng: &mut Rng,
    pool: &[(&str, &[&str])],
    always: &[&str],
    share: f64,
    skip: &HashSet<&str>,
    first_name: &str,
) -> String {
    let mut map = std::collections::BTreeMap::new();
    for (key, variants) in pool {
        if skip.contains(key) {
            continue;
        }
        if always.contains(key) || rng.chance(share) {
            map.insert(key.to_string(), say(rng, variants, first_name));
        }
    }
    crate::domain::Answers::from(map).encode()
}

/// A fresh link token's hash: the demo's links are never mailed, so nobody holds the token.
pub(crate) fn unused_token_hash() -> String {
    crate::auth::tokens::hash_token(&crate::auth::tokens::new_token())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leavers_are_the_same_for_a_seed_and_fit_the_school() {
        let school = crate::demo::data::demo_school(1);
        let (a, b) = (leavers::generate(&school, 1), leavers::generate(&school, 1));
        let numbers = |l: &leavers::Leavers| -> Vec<String> {
            l.list.iter().map(|l| l.pupil.external_id.clone()).collect()
        };
        assert_eq!(numbers(&a), numbers(&b));
        assert!(a.list.iter().filter(|l| !l.mid_year).count() >= 15);
        assert_eq!(a.list.iter().filter(|l| l.mid_year).count(), 3);
        // Leerlingnummers and e-mail addresses stay unique in the school.
        let mut seen: HashSet<String> = school
            .pupils()
            .map(|(_, p)| p.external_id.clone())
            .collect();
        assert!(a
            .list
            .iter()
            .all(|l| seen.insert(l.pupil.external_id.clone())));
        let mut emails: HashSet<String> = school
            .families
            .iter()
            .flat_map(|f| f.guardians.iter().filter_map(|g| g.email.clone()))
            .collect();
        for l in &a.list {
            if let leavers::Family::New(f) = &l.family {
                for e in f.guardians.iter().filter_map(|g| g.email.clone()) {
                    assert!(emails.insert(e.clone()), "{e}");
                }
            }
        }
        // Some leavers are older siblings of pupils still at school.
        assert!(a
            .list
            .iter()
            .any(|l| matches!(l.family, leavers::Family::Existing(_))));
    }

    #[test]
    fn school_days_skip_weekends() {
        let friday = date(2026, Month::September, 4);
        assert_eq!(school_day(friday, 1), date(2026, Month::September, 7));
        assert_eq!(
            school_day(date(2026, Month::September, 5), 0),
            date(2026, Month::September, 7)
        );
    }
}
