//! The team: a director (and a deputy in a big school), care coordinators, administrators and a
//! teacher per group, two for the duo groups. Colleagues have distinct last names and e-mail
//! addresses at the school's domain.

use std::collections::HashSet;

use super::groups::quota;
use super::names::{fold, staff_person};
use super::rng::Rng;
use super::{DemoGroup, DemoStaff};
use crate::domain::names::full_name;

/// Hires the staff and links the teachers to `groups`.
pub(super) fn hire(
    rng: &mut Rng,
    groups: &mut [DemoGroup],
    email_domain: &str,
    pupil_total: usize,
    sized: bool,
) -> Vec<DemoStaff> {
    let mut team = Team {
        staff: Vec::new(),
        emails: HashSet::new(),
        names: HashSet::new(),
        email_domain,
    };
    let director_female = rng.chance(0.55);
    team.add(
        rng,
        director_female,
        "directeur",
        [false, false, true, false],
    );
    if pupil_total > 500 {
        let f = rng.chance(0.6);
        team.add(rng, f, "adjunct-directeur", [false, false, true, false]);
    }
    let ib_count = if sized {
        pupil_total.div_ceil(350).max(1)
    } else {
        1
    };
    for _ in 0..ib_count {
        let f = rng.chance(0.9);
        team.add(rng, f, "intern begeleider", [false, true, false, false]);
    }
    let admin_count = if sized {
        pupil_total.div_ceil(700).max(1)
    } else {
        1
    };
    for _ in 0..admin_count {
        let f = rng.chance(0.8);
        team.add(
            rng,
            f,
            "administratief medewerker",
            [false, false, false, true],
        );
    }
    let duo_count = if sized {
        quota(0.25, groups.len())
    } else {
        2.min(groups.len())
    };
    let mut group_order: Vec<usize> = (0..groups.len()).collect();
    rng.shuffle(&mut group_order);
    let duo: HashSet<usize> = group_order.into_iter().take(duo_count).collect();
    for (gi, group) in groups.iter_mut().enumerate() {
        let n = if duo.contains(&gi) { 2 } else { 1 };
        for _ in 0..n {
            let female = rng.chance(if group.grade <= 2 { 0.95 } else { 0.82 });
            let idx = team.add(rng, female, "groepsleerkracht", [true, false, false, false]);
            group.teacher_indexes.push(idx);
        }
    }
    team.staff
}

struct Team<'d> {
    staff: Vec<DemoStaff>,
    emails: HashSet<String>,
    /// "prefix last" of everyone hired so far.
    names: HashSet<String>,
    email_domain: &'d str,
}

impl Team<'_> {
    /// Adds a colleague with roles [teacher, care coordinator, director, administrator]; returns
    /// their index.
    fn add(
        &mut self,
        rng: &mut Rng,
        female: bool,
        job_title: &'static str,
        roles: [bool; 4],
    ) -> usize {
        let email_domain = self.email_domain;
        let mut person = staff_person(rng, female);
        // Distinct last names among colleagues (a duo "Iris and Charlotte Kuijpers" reads oddly).
        for _ in 0..50 {
            if !self
                .names
                .contains(&format!("{} {}", person.name_prefix, person.last_name))
            {
                break;
            }
            person = staff_person(rng, female);
        }
        self.names
            .insert(format!("{} {}", person.name_prefix, person.last_name));
        let name = full_name(&person.first_name, &person.name_prefix, &person.last_name);
        let first = fold(&person.first_name);
        let last = fold(&format!("{}{}", person.name_prefix, person.last_name));
        let mut email = format!("{first}.{last}@{email_domain}");
        if self.emails.contains(&email) {
            email = format!("{}.{last}@{email_domain}", &first[..1.min(first.len())]);
        }
        let mut n = 2;
        while self.emails.contains(&email) {
            email = format!("{first}.{last}{n}@{email_domain}");
            n += 1;
        }
        self.emails.insert(email.clone());
        self.staff.push(DemoStaff {
            name,
            first_name: person.first_name,
            name_prefix: person.name_prefix,
            last_name: person.last_name,
            job_title,
            email,
            teacher: roles[0],
            care_coordinator: roles[1],
            director: roles[2],
            administrator: roles[3],
        });
        self.staff.len() - 1
    }
}
