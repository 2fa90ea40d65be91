//! The drafts become the school's families: guardians with their e-mail address and phone
//! number, children with first names, initials and birth dates that fit their grade, and
//! leerlingnummers in order of enrolment.

use std::collections::HashSet;

use time::{Date, Month};

use super::contacts::Languages;
use super::families::{FamilyDraft, GuardianDraft};
use super::names::{gendered, initial_of, unique_email, unique_phone};
use super::rng::Rng;
use super::tables::pool;
use super::{DemoFamily, DemoGuardian, DemoPupil, FIRST_SCHOOL_DAY};
use time::macros::date;

/// What the earlier steps decided, per family (index) and guardian or child.
pub(super) struct Plan<'a> {
    pub(super) child_grades: &'a [Vec<i64>],
    pub(super) child_group: &'a [Vec<usize>],
    pub(super) twins: &'a [bool],
    pub(super) languages: &'a Languages,
    pub(super) no_email: &'a [Vec<bool>],
}

pub(super) fn families(rng: &mut Rng, drafts: Vec<FamilyDraft>, plan: &Plan) -> Vec<DemoFamily> {
    let mut used_emails: HashSet<String> = HashSet::new();
    let mut used_phones: HashSet<u64> = HashSet::new();
    let mut families: Vec<DemoFamily> = Vec::with_capacity(drafts.len());
    for (fi, d) in drafts.into_iter().enumerate() {
        let mut guardians = Vec::with_capacity(d.guardians.len());
        for (gi, g) in d.guardians.into_iter().enumerate() {
            let contact = Contact {
                language: plan.languages.language[fi][gi],
                interpreter_needed: plan.languages.interpreter[fi][gi],
                no_email: plan.no_email[fi][gi],
            };
            guardians.push(guardian(
                rng,
                g,
                contact,
                &mut used_emails,
                &mut used_phones,
            ));
        }
        let children = children(rng, &d.child, fi, plan);
        families.push(DemoFamily {
            situation: d.situation.label(),
            guardians,
            children,
        });
    }
    families
}

struct Contact {
    language: &'static str,
    interpreter_needed: bool,
    no_email: bool,
}

fn guardian(
    rng: &mut Rng,
    g: GuardianDraft,
    contact: Contact,
    used_emails: &mut HashSet<String>,
    used_phones: &mut HashSet<u64>,
) -> DemoGuardian {
    let birth_year = if g.elder {
        rng.range(1952, 1966)
    } else {
        rng.range(1976, 1995)
    } as i32;
    let email = if contact.no_email {
        None
    } else {
        Some(unique_email(rng, used_emails, &g.name, birth_year))
    };
    let phone = if email.is_some() && rng.chance(0.03) {
        None
    } else {
        Some(unique_phone(rng, used_phones))
    };
    DemoGuardian {
        first_name: g.name.first_name,
        name_prefix: g.name.name_prefix,
        last_name: g.name.last_name,
        email,
        phone,
        relationship: g.relationship.code(),
        parental_authority: g.parental_authority,
        own_household: g.own_household,
        language: contact.language,
        interpreter_needed: contact.interpreter_needed,
        receives_invitations: g.receives_invitations,
    }
}

/// A family's children, oldest first: distinct first names, twins born on one day.
fn children(
    rng: &mut Rng,
    child: &super::families::ChildName,
    fi: usize,
    plan: &Plan,
) -> Vec<DemoPupil> {
    let grades = &plan.child_grades[fi];
    let is_twins = plan.twins[fi] && grades.len() >= 2;
    let mut children: Vec<DemoPupil> = Vec::with_capacity(grades.len());
    let mut used_first: Vec<String> = Vec::new();
    for (ci, &g) in grades.iter().enumerate() {
        let female = rng.chance(0.49);
        let p = pool(child.origin);
        let list = if female { p.girls } else { p.boys };
        let mut first = rng.pick(list).to_string();
        for _ in 0..20 {
            if !used_first.contains(&first) {
                break;
            }
            first = rng.pick(list).to_string();
        }
        used_first.push(first.clone());
        let mut initials = initial_of(&first);
        if !p.patronymic && rng.chance(0.45) {
            let middle = rng.pick(if female { p.girls } else { p.boys });
            initials.push_str(&initial_of(middle));
        }
        let dob = if is_twins && ci > 0 && grades[ci - 1] == g {
            children[ci - 1].date_of_birth
        } else {
            child_birth_date(rng, g, &children)
        };
        children.push(DemoPupil {
            external_id: String::new(),
            first_name: first,
            name_prefix: child.prefix.clone(),
            last_name: gendered(&child.last, female),
            initials,
            gender: if female { "f" } else { "m" },
            date_of_birth: dob,
            group_index: plan.child_group[fi][ci],
            grade: g,
        });
    }
    children
}

/// Leerlingnummers in order of enrolment (date of birth), with gaps for pupils who left.
pub(super) fn number_pupils(rng: &mut Rng, families: &mut [DemoFamily]) {
    let mut all: Vec<(Date, usize, usize)> = families
        .iter()
        .enumerate()
        .flat_map(|(fi, f)| {
            f.children
                .iter()
                .enumerate()
                .map(move |(ci, c)| (c.date_of_birth, fi, ci))
        })
        .collect();
    all.sort();
    let max_step = if all.len() < 100_000 { 3 } else { 1 };
    let mut number = 1000 + rng.below(4000);
    for (_, fi, ci) in all {
        number += 1 + rng.below(max_step);
        families[fi].children[ci].external_id = number.to_string();
    }
}

/// Usual birth window of grade `g` in 2026–2027: Oct 1 – Sep 30; groep 1 only children who are
/// already 4 on the first school day.
fn birth_window(g: i64) -> (Date, Date) {
    let start_year = (2026 - g - 4) as i32;
    let from = Date::from_calendar_date(start_year, Month::October, 1).unwrap_or(FIRST_SCHOOL_DAY);
    let to = if g <= 1 {
        date!(2022 - 08 - 31)
    } else {
        Date::from_calendar_date(start_year + 1, Month::September, 30).unwrap_or(FIRST_SCHOOL_DAY)
    };
    (from, to)
}

/// Birth date for a child in grade `g`, at least 300 days after every older sibling (siblings
/// are generated oldest first; twins are handled by the caller). About 3% stayed down a year
/// once and were born a year earlier than their classmates.
fn child_birth_date(rng: &mut Rng, g: i64, siblings: &[DemoPupil]) -> Date {
    let lower = siblings
        .iter()
        .filter(|s| s.grade != g)
        .map(|s| s.date_of_birth.to_julian_day() + 300)
        .max();
    let held_back = g >= 2 && rng.chance(0.03);
    for held in [held_back, false] {
        let (from, to) = birth_window(if held { g + 1 } else { g });
        let from = match lower {
            Some(l) if l > from.to_julian_day() => Date::from_julian_day(l).unwrap_or(from),
            _ => from,
        };
        if from <= to {
            return rng.date_between(from, to);
        }
    }
    let (from, to) = birth_window(g);
    rng.date_between(from, to)
}
