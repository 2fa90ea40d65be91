//! Last year's leavers: the groep 8 that went to secondary school in July, and three pupils who
//! moved away during the year. Their names and families come from a second generated town (so
//! they are as varied as the school's own), and some are older brothers and sisters of pupils
//! who are still at school.

use std::collections::HashSet;

use time::Month;

use super::{date, exit_texts, noon};
use crate::db::Tx;
use crate::demo::data::{self, DemoFamily, DemoPupil, DemoSchool};
use crate::demo::store::{self, leaving as sql};

pub(crate) enum Family {
    /// A family that left the school with this child.
    New(DemoFamily),
    /// An older child of a family still at school (index into the school's families).
    Existing(usize),
}

pub(crate) struct Leaver {
    pub pupil: DemoPupil,
    /// Index of last year's group.
    pub group: usize,
    pub leaving_on: time::Date,
    pub reason: &'static str,
    pub destination: String,
    pub mid_year: bool,
    pub family: Family,
}

impl Leaver {
    pub fn family<'a>(&'a self, school: &'a DemoSchool) -> &'a DemoFamily {
        match &self.family {
            Family::New(f) => f,
            Family::Existing(i) => &school.families[*i],
        }
    }
}

pub(crate) struct Leavers {
    pub list: Vec<Leaver>,
}

/// At most this many leavers from last year's groep 8.
const GROUP_EIGHT: usize = 24;

/// Last year's leavers, deterministic by the school's seed.
pub(crate) fn generate(school: &DemoSchool, seed: u64) -> Leavers {
    let town = data::demo_school(seed.wrapping_add(0x1EA7));
    let mut emails: HashSet<String> = school
        .families
        .iter()
        .flat_map(|f| f.guardians.iter().filter_map(|g| g.email.clone()))
        .collect();
    let numbers: Vec<u64> = school
        .pupils()
        .filter_map(|(_, p)| p.external_id.parse().ok())
        .collect();
    let lowest = numbers.iter().copied().min().unwrap_or(5000);
    let highest = numbers.iter().copied().max().unwrap_or(5000);
    let next_number = |k: u64| -> String {
        // Older pupils enrolled earlier and have lower numbers; the space below may run out.
        if lowest > 2 * k + 1002 {
            (lowest - 2 * k - 2).to_string()
        } else {
            (highest + 1 + k).to_string()
        }
    };
    let eight = school.groups.iter().position(|g| g.grades.contains(&8));
    let mut list = Vec::new();
    let mut k = 0u64;
    let mut sibling_cursor = 0usize;
    let last_day = date(2026, Month::July, 17);
    // (grade last year, leaving day, reason, destination)
    let movers = [
        (
            5,
            date(2025, Month::October, 17),
            "move",
            "Verhuisd naar Zwolle; nu op OBS De Vlinder",
        ),
        (
            3,
            date(2026, Month::January, 30),
            "transfer",
            "Naar De Kleine Wereld, school voor speciaal basisonderwijs",
        ),
        (
            6,
            date(2026, Month::March, 27),
            "move",
            "Verhuisd naar Breda; nu op KBS Sint-Jozef",
        ),
    ];
    for (fi, family) in town.families.iter().enumerate() {
        for child in &family.children {
            let mover = movers.iter().position(|m| m.0 == child.grade);
            let (group, on, reason, destination, mid_year) = if child.grade == 8 {
                let (Some(g), true) = (eight, count(&list, false) < GROUP_EIGHT) else {
                    continue;
                };
                let dest = exit_texts::DESTINATIONS
                    [(fi + child.first_name.len()) % exit_texts::DESTINATIONS.len()];
                (g, last_day, "end-primary", dest.to_string(), false)
            } else if let Some(m) = mover.filter(|&m| {
                !list
                    .iter()
                    .any(|l: &Leaver| l.mid_year && l.leaving_on == movers[m].1)
            }) {
                let (grade, on, reason, dest) = movers[m];
                let Some(g) = school.groups.iter().position(|g| g.grades.contains(&grade)) else {
                    continue;
                };
                (g, on, reason, dest.to_string(), true)
            } else {
                continue;
            };
            let mut pupil = child.clone();
            pupil.date_of_birth = pupil
                .date_of_birth
                .replace_year(pupil.date_of_birth.year() - 1)
                .unwrap_or(pupil.date_of_birth);
            pupil.external_id = next_number(k);
            pupil.group_index = group;
            k += 1;
            // Every fourth groep 8 leaver is the older brother or sister of a pupil at school.
            let sibling = (!mid_year && k % 4 == 1)
                .then(|| older_sibling_of(school, &mut sibling_cursor, pupil.gender))
                .flatten();
            let family = match sibling {
                Some(i) => {
                    let younger = &school.families[i].children[0];
                    pupil.name_prefix = younger.name_prefix.clone();
                    pupil.last_name = younger.last_name.clone();
                    Family::Existing(i)
                }
                None => {
                    let mut f = family.clone();
                    for g in &mut f.guardians {
                        if let Some(e) = g.email.as_mut() {
                            while !emails.insert(e.clone()) {
                                *e = e.replacen('@', "1@", 1);
                            }
                        }
                    }
                    f.children = vec![pupil.clone()];
                    Family::New(f)
                }
            };
            list.push(Leaver {
                pupil,
                group,
                leaving_on: on,
                reason,
                destination,
                mid_year,
                family,
            });
        }
    }
    Leavers { list }
}

fn count(list: &[Leaver], mid_year: bool) -> usize {
    list.iter().filter(|l| l.mid_year == mid_year).count()
}

/// The next family at school whose eldest is in groep 3–6 and has the same gender (so the
/// family name fits), from `cursor` on.
fn older_sibling_of(school: &DemoSchool, cursor: &mut usize, gender: &str) -> Option<usize> {
    while *cursor < school.families.len() {
        let i = *cursor;
        *cursor += 1;
        let f = &school.families[i];
        if f.children
            .first()
            .is_some_and(|c| (3..=6).contains(&c.grade) && c.gender == gender)
        {
            return Some(i);
        }
    }
    None
}

/// Writes the leavers with their families (or links them to the family still at school), marks
/// them as left and archives them.
pub(crate) async fn insert(
    tx: &mut Tx,
    school: &DemoSchool,
    school_id: i64,
    leavers: &Leavers,
    prev_groups: &[i64],
    at: i64,
) -> anyhow::Result<()> {
    for l in &leavers.list {
        match &l.family {
            Family::New(f) => store::insert_family(tx, school_id, f, prev_groups, at).await?,
            Family::Existing(_) => {}
        }
    }
    for l in &leavers.list {
        if let Family::Existing(i) = l.family {
            // The family's guardians are found through their younger child at school.
            let younger = &school.families[i].children[0].external_id;
            let guardians = sql::guardians_of(tx, school_id, younger).await?;
            sql::insert_sibling(
                tx,
                school_id,
                &l.pupil,
                prev_groups[l.group],
                &guardians,
                at,
            )
            .await?;
        }
        let gone = noon(l.leaving_on.next_day().unwrap_or(l.leaving_on));
        sql::set_leaving(
            tx,
            school_id,
            &l.pupil.external_id,
            &crate::timefmt::iso(l.leaving_on),
            l.reason,
            &l.destination,
            Some(gone),
        )
        .await?;
    }
    Ok(())
}
