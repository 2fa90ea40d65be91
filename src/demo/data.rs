//! A realistic, entirely fictitious Dutch primary school (basisschool) for demos and load tests.
//!
//! Pure and deterministic: the same seed always gives the same school, nothing is read from the
//! outside world, and no input (seed or size) makes it panic. Names, towns, BRIN codes, e-mail
//! addresses and phone numbers are invented; e-mail addresses only use example.org / example.net /
//! example.com domains. The mix of names mirrors a Dutch town today: mostly Dutch, with families of
//! Moroccan, Turkish, Surinamese, Polish, Ukrainian, Syrian, Eritrean and Somali background and a
//! few English-speaking expats. That background is used only to pick plausible names and home
//! languages; it is deliberately not exposed.
//!
//! Self-contained: depends only on `time` and the domain's names and code lists. The generator
//! runs in steps, each in its own module and each drawing from one random sequence in a fixed
//! order: `groups` (family sizes, grades, groups), `staff`, `families` (situations and
//! guardians), `contacts` (languages, e-mail) and `assemble` (people, leerlingnummers). The name
//! lists and other fixed data are in `tables`.

mod assemble;
mod contacts;
mod families;
mod groups;
mod names;
pub(super) mod rng;
mod staff;
mod tables;
#[cfg(test)]
mod tests;

use time::macros::date;
use time::Date;

use crate::domain::names::full_name;
use rng::Rng;

/// First school day of the demo school year (Monday after the summer holiday, region midden).
pub const FIRST_SCHOOL_DAY: Date = date!(2026 - 08 - 31);
/// Last school day before the summer holiday of 2027.
pub const LAST_SCHOOL_DAY: Date = date!(2027 - 07 - 16);
/// Reference date for the grade/age rule: a pupil in groep `g` (born in the usual window, Oct 1 –
/// Sep 30) is `g + 3` years old on this day; a pupil who stayed down a year is `g + 4`.
pub const AGE_REFERENCE_DATE: Date = date!(2026 - 09 - 30);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSchool {
    pub name: String,
    /// BRIN code plus vestigingsnummer, e.g. "27KX00".
    pub brin: String,
    pub city: String,
    /// (2026, 2027)
    pub school_year: (i32, i32),
    pub first_school_day: Date,
    pub last_school_day: Date,
    /// Domain of the staff e-mail addresses, e.g. "regenboog.example.org".
    pub email_domain: String,
    pub staff: Vec<DemoStaff>,
    pub groups: Vec<DemoGroup>,
    pub families: Vec<DemoFamily>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoStaff {
    /// Full display name, e.g. "Marieke van der Linden".
    pub name: String,
    pub first_name: String,
    pub name_prefix: String,
    pub last_name: String,
    /// Dutch job title: "directeur", "adjunct-directeur", "intern begeleider",
    /// "administratief medewerker", "groepsleerkracht".
    pub job_title: &'static str,
    pub email: String,
    pub teacher: bool,
    pub care_coordinator: bool,
    pub director: bool,
    pub administrator: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoGroup {
    /// "1/2A", "1/2B", "3", "4", ... "8"; with parallel groups "5A", "5B", ...
    pub name: String,
    /// Lowest grade in the group: 1 for a combined kindergarten group 1/2.
    pub grade: i64,
    /// All grades in the group: [1, 2] for kindergarten groups, [g] otherwise.
    pub grades: Vec<i64>,
    /// Indexes into `DemoSchool::staff`; two entries for a duo (two part-time teachers).
    pub teacher_indexes: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoFamily {
    /// One of "two_parents", "separated", "separated_with_stepparent", "single_parent",
    /// "foster", "grandparent", "kinship_carer". Handy to find a showcase family in a demo.
    pub situation: &'static str,
    pub guardians: Vec<DemoGuardian>,
    /// Oldest first.
    pub children: Vec<DemoPupil>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoGuardian {
    pub first_name: String,
    pub name_prefix: String,
    pub last_name: String,
    pub email: Option<String>,
    /// "06-1234 5678"; `None` only for some guardians who do have an e-mail address.
    pub phone: Option<String>,
    /// "mother", "father", "carer", "foster", "grandparent", "other"
    pub relationship: &'static str,
    pub parental_authority: bool,
    pub own_household: bool,
    /// ISO 639-1: "nl", "en", "ar", "tr", "pl", "uk", "so", "ti"
    pub language: &'static str,
    pub interpreter_needed: bool,
    pub receives_invitations: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPupil {
    /// leerlingnummer: unique numeric string of 4–6 digits (older pupils have lower numbers,
    /// as they enrolled earlier).
    pub external_id: String,
    pub first_name: String,
    pub name_prefix: String,
    pub last_name: String,
    /// Official initials, e.g. "S.M."
    pub initials: String,
    /// "m" or "f"
    pub gender: &'static str,
    pub date_of_birth: Date,
    /// Index into `DemoSchool::groups`.
    pub group_index: usize,
    /// The pupil's own grade (1 or 2 inside a kindergarten group 1/2).
    pub grade: i64,
}

impl DemoGuardian {
    /// "Sanne van Dijk"
    pub fn full_name(&self) -> String {
        full_name(&self.first_name, &self.name_prefix, &self.last_name)
    }
}

impl DemoPupil {
    /// "Daan de Vries"
    pub fn full_name(&self) -> String {
        full_name(&self.first_name, &self.name_prefix, &self.last_name)
    }
}

impl DemoSchool {
    pub fn pupil_count(&self) -> usize {
        self.families.iter().map(|f| f.children.len()).sum()
    }

    /// All pupils with their family index, in family order.
    pub fn pupils(&self) -> impl Iterator<Item = (usize, &DemoPupil)> {
        self.families
            .iter()
            .enumerate()
            .flat_map(|(i, f)| f.children.iter().map(move |p| (i, p)))
    }
}

/// The standard demo school: 8 groups (1/2A, 1/2B, 3–8) of 23–27 pupils, 192–216 pupils in
/// about 150 families, 13 staff.
pub fn demo_school(seed: u64) -> DemoSchool {
    generate(seed, None)
}

/// Same shape with exactly `families` families, for load tests. Groups are split into parallel
/// groups ("5A", "5B", ...) so they stay at most 28 pupils. Every grade has at least one group,
/// even with zero families.
pub fn demo_school_sized(seed: u64, families: usize) -> DemoSchool {
    generate(seed, Some(families))
}

/// Draws the whole school from one seed; `sized` is the number of families of a load-test school.
fn generate(seed: u64, sized: Option<usize>) -> DemoSchool {
    let mut rng = Rng::new(seed);

    let (school_name, slug) = rng.pick(tables::SCHOOLS);
    let city = rng.pick(tables::TOWNS);
    let l1 = (b'A' + rng.below(26) as u8) as char;
    let l2 = (b'A' + rng.below(26) as u8) as char;
    let brin = format!("{:02}{l1}{l2}00", 10 + rng.below(90));
    let email_domain = format!("{slug}.example.org");

    let caps = match sized {
        None => groups::standard_capacities(&mut rng),
        Some(families) => groups::sized_capacities(&mut rng, families),
    };
    let twins: Vec<bool> = caps
        .children
        .iter()
        .map(|&k| k >= 2 && rng.chance(0.025))
        .collect();
    let child_grades = groups::child_grades(&mut rng, &caps, &twins);
    let (mut groups, child_group) = groups::form_groups(&mut rng, &child_grades, sized.is_some());
    let pupil_total: usize = caps.children.iter().sum();
    let staff = staff::hire(
        &mut rng,
        &mut groups,
        &email_domain,
        pupil_total,
        sized.is_some(),
    );

    let situations = families::situations(&mut rng, caps.children.len());
    let drafts = families::drafts(&mut rng, &situations);
    let languages = contacts::languages(&mut rng, &drafts);
    let no_email = contacts::without_email(&mut rng, &drafts, &languages);
    let plan = assemble::Plan {
        child_grades: &child_grades,
        child_group: &child_group,
        twins: &twins,
        languages: &languages,
        no_email: &no_email,
    };
    let mut families = assemble::families(&mut rng, drafts, &plan);
    assemble::number_pupils(&mut rng, &mut families);

    DemoSchool {
        name: school_name.to_string(),
        brin,
        city: city.to_string(),
        school_year: (2026, 2027),
        first_school_day: FIRST_SCHOOL_DAY,
        last_school_day: LAST_SCHOOL_DAY,
        email_domain,
        staff,
        groups,
        families,
    }
}
