//! Unit tests of the generator: invariants for every seed and size, the standard school's shape,
//! the showcase situations a demo needs, and the helpers.

use std::collections::{HashMap, HashSet};

use time::Date;

use super::groups::{letter_suffix, MAX_GROUP};
use super::names::{fold, gendered};
use super::*;

fn age_on(dob: Date, on: Date) -> i32 {
    let mut a = on.year() - dob.year();
    if (on.month() as u8, on.day()) < (dob.month() as u8, dob.day()) {
        a -= 1;
    }
    a
}

fn group_sizes(s: &DemoSchool) -> Vec<usize> {
    let mut sizes = vec![0; s.groups.len()];
    for (_, p) in s.pupils() {
        sizes[p.group_index] += 1;
    }
    sizes
}

/// Invariants that hold for every seed and size (one long list on purpose: all of them in one place).
fn check_invariants(s: &DemoSchool) {
    assert_eq!(s.school_year, (2026, 2027));
    assert!(!s.groups.is_empty());
    // Groups: valid teachers, names unique.
    let names: HashSet<&str> = s.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names.len(), s.groups.len(), "group names unique");
    for g in &s.groups {
        assert!(
            !g.teacher_indexes.is_empty(),
            "group {} has a teacher",
            g.name
        );
        for &t in &g.teacher_indexes {
            assert!(t < s.staff.len());
            assert!(s.staff[t].teacher);
        }
    }
    // Staff.
    assert_eq!(
        s.staff
            .iter()
            .filter(|m| m.director && m.job_title == "directeur")
            .count(),
        1
    );
    assert!(s.staff.iter().any(|m| m.care_coordinator));
    assert!(s.staff.iter().any(|m| m.administrator));
    let staff_emails: HashSet<&str> = s.staff.iter().map(|m| m.email.as_str()).collect();
    if s.staff.len() <= 20 {
        let last: HashSet<(&str, &str)> = s
            .staff
            .iter()
            .map(|m| (m.name_prefix.as_str(), m.last_name.as_str()))
            .collect();
        assert_eq!(last.len(), s.staff.len(), "staff last names distinct");
    }
    assert_eq!(staff_emails.len(), s.staff.len(), "staff emails unique");
    for m in &s.staff {
        assert!(m.email.ends_with(".example.org"), "{}", m.email);
        assert!(m.email.is_ascii());
        let roles = [m.teacher, m.care_coordinator, m.director, m.administrator]
            .iter()
            .filter(|b| **b)
            .count();
        assert_eq!(roles, 1, "{} has one role", m.name);
    }
    // Pupils.
    let mut ids = HashSet::new();
    for (_, p) in s.pupils() {
        assert!(p.group_index < s.groups.len());
        let g = &s.groups[p.group_index];
        assert!(g.grades.contains(&p.grade));
        assert!((4..=6).contains(&p.external_id.len()), "{}", p.external_id);
        assert!(p.external_id.bytes().all(|b| b.is_ascii_digit()));
        assert!(
            ids.insert(p.external_id.clone()),
            "duplicate leerlingnummer"
        );
        let age = age_on(p.date_of_birth, AGE_REFERENCE_DATE) as i64;
        assert!(
            age == p.grade + 3 || age == p.grade + 4,
            "grade {} age {}",
            p.grade,
            age
        );
        assert!(age_on(p.date_of_birth, FIRST_SCHOOL_DAY) >= 4);
        if p.grade <= 2 {
            assert!(age_on(p.date_of_birth, FIRST_SCHOOL_DAY) <= 6);
            assert!(age_on(p.date_of_birth, LAST_SCHOOL_DAY) <= 6 || age == p.grade + 4);
        }
        assert!(!p.first_name.is_empty() && !p.last_name.is_empty());
        assert!(p.initials.ends_with('.'));
    }
    for sz in group_sizes(s) {
        assert!(sz <= MAX_GROUP + 1, "group of {sz}");
    }
    // Guardians.
    let mut emails = HashSet::new();
    let mut phones = HashSet::new();
    let allowed_rel = [
        "mother",
        "father",
        "carer",
        "foster",
        "grandparent",
        "other",
    ];
    let allowed_lang = ["nl", "en", "ar", "tr", "pl", "uk", "so", "ti"];
    let allowed_prefix = [
        "", "de", "van", "van der", "van den", "van de", "ter", "ten", "'t", "in 't", "van 't",
    ];
    for f in &s.families {
        assert!(!f.guardians.is_empty());
        assert!(!f.children.is_empty());
        assert!(f.guardians.iter().any(|g| g.receives_invitations));
        for g in &f.guardians {
            assert!(allowed_rel.contains(&g.relationship));
            assert!(allowed_lang.contains(&g.language));
            assert!(
                allowed_prefix.contains(&g.name_prefix.as_str()),
                "{:?}",
                g.name_prefix
            );
            assert!(!g.last_name.starts_with("van ") && !g.last_name.starts_with("de "));
            assert!(g.email.is_some() || g.phone.is_some());
            if g.interpreter_needed {
                assert_ne!(g.language, "nl");
            }
            if let Some(e) = &g.email {
                assert!(e.is_ascii());
                assert!(
                    e.ends_with(".example.org")
                        || e.ends_with(".example.net")
                        || e.ends_with(".example.com"),
                    "{e}"
                );
                assert!(
                    emails.insert(e.to_lowercase()),
                    "duplicate guardian email {e}"
                );
            }
            if let Some(p) = &g.phone {
                assert_eq!(p.len(), 12, "{p}");
                assert!(p.starts_with("06-"));
                assert!(phones.insert(p.clone()));
            }
        }
        // Siblings: oldest first, far enough apart unless twins.
        for w in f.children.windows(2) {
            assert!(w[0].grade >= w[1].grade);
            let gap = w[1].date_of_birth.to_julian_day() - w[0].date_of_birth.to_julian_day();
            assert!(gap == 0 || gap >= 300, "siblings {gap} days apart");
            if gap == 0 {
                assert_eq!(w[0].grade, w[1].grade);
            }
        }
    }
}

#[test]
fn deterministic() {
    assert_eq!(demo_school(7), demo_school(7));
    assert_eq!(demo_school_sized(3, 40), demo_school_sized(3, 40));
    assert_ne!(demo_school(7), demo_school(8));
}

#[test]
fn demo_school_counts() {
    for seed in 0..60 {
        let s = demo_school(seed);
        check_invariants(&s);
        assert_eq!(s.groups.len(), 8);
        let names: Vec<&str> = s.groups.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(names, ["1/2A", "1/2B", "3", "4", "5", "6", "7", "8"]);
        for (g, sz) in s.groups.iter().zip(group_sizes(&s)) {
            assert!(
                (22..=28).contains(&sz),
                "seed {seed} group {} has {sz}",
                g.name
            );
        }
        let pupils = s.pupil_count();
        assert!(
            (190..=220).contains(&pupils),
            "seed {seed}: {pupils} pupils"
        );
        assert!(
            (138..=162).contains(&s.families.len()),
            "seed {seed}: {} families",
            s.families.len()
        );
        assert!((11..=14).contains(&s.staff.len()));
        assert_eq!(
            s.groups
                .iter()
                .filter(|g| g.teacher_indexes.len() == 2)
                .count(),
            2
        );
        assert!(s.brin.len() == 6 && s.brin.ends_with("00"));
        // Family mix.
        let fams = s.families.len() as f64;
        let two = s.families.iter().filter(|f| f.children.len() == 2).count() as f64;
        let three = s.families.iter().filter(|f| f.children.len() == 3).count() as f64;
        assert!(
            (0.15..=0.35).contains(&(two / fams)),
            "seed {seed}: {two} two-child families"
        );
        assert!(three / fams <= 0.10);
        // Languages.
        let guardians: Vec<&DemoGuardian> = s.families.iter().flat_map(|f| &f.guardians).collect();
        let other_lang = guardians.iter().filter(|g| g.language != "nl").count() as f64;
        let share = other_lang / guardians.len() as f64;
        assert!(
            (0.03..=0.09).contains(&share),
            "seed {seed}: other language share {share}"
        );
        // Children share a last name within a family.
        for f in &s.families {
            let base = |p: &DemoPupil| p.last_name.trim_end_matches(['a', 'i']).to_string();
            assert!(f
                .children
                .iter()
                .all(|c| base(c) == base(&f.children[0])
                    && c.name_prefix == f.children[0].name_prefix));
        }
    }
}

#[test]
fn showcase_situations_present() {
    for seed in 0..60 {
        let s = demo_school(seed);
        let separated = s.families.iter().any(|f| {
            let auth: Vec<&DemoGuardian> = f
                .guardians
                .iter()
                .filter(|g| g.parental_authority)
                .collect();
            auth.len() == 2
                && auth.iter().all(|g| g.receives_invitations)
                && auth.iter().filter(|g| g.own_household).count() == 1
        });
        assert!(separated, "seed {seed}: separated family");
        let siblings_apart = s.families.iter().any(|f| {
            f.children.len() >= 2 && f.children[0].group_index != f.children[1].group_index
        });
        assert!(siblings_apart, "seed {seed}: siblings in different groups");
        let guardians: Vec<&DemoGuardian> = s.families.iter().flat_map(|f| &f.guardians).collect();
        assert!(
            guardians.iter().any(|g| g.interpreter_needed),
            "seed {seed}: interpreter"
        );
        assert!(
            guardians
                .iter()
                .any(|g| g.email.is_none() && g.phone.is_some()),
            "seed {seed}: phone only"
        );
        assert!(
            s.families
                .iter()
                .any(|f| f.guardians.iter().all(|g| g.email.is_none())),
            "seed {seed}: a family reachable by phone only"
        );
        let no_email = guardians.iter().filter(|g| g.email.is_none()).count();
        assert!(
            no_email * 100 <= guardians.len() * 5,
            "seed {seed}: {no_email} without email"
        );
        assert!(guardians.iter().any(|g| g.relationship == "foster"));
        assert!(guardians.iter().any(|g| g.relationship == "grandparent"));
        assert!(guardians.iter().any(|g| g.relationship == "other"
            && !g.parental_authority
            && !g.receives_invitations));
        assert!(
            s.families.iter().any(|f| f.guardians.len() == 1),
            "seed {seed}: single parent"
        );
        let langs: HashSet<&str> = guardians.iter().map(|g| g.language).collect();
        assert!(langs.len() >= 3, "seed {seed}: languages {langs:?}");
        let separated_count = s
            .families
            .iter()
            .filter(|f| f.situation.starts_with("separated"))
            .count();
        assert!(separated_count * 100 >= s.families.len() * 10);
        assert!(
            s.families
                .iter()
                .filter(|f| f.situation == "foster")
                .count()
                >= 2
        );
    }
}

#[test]
fn names_are_diverse_and_dutch_prefixes_split() {
    let s = demo_school(2026);
    let guardians: Vec<&DemoGuardian> = s.families.iter().flat_map(|f| &f.guardians).collect();
    assert!(guardians.iter().any(|g| !g.name_prefix.is_empty()));
    let pupils: Vec<&DemoPupil> = s.pupils().map(|(_, p)| p).collect();
    let non_ascii = pupils
        .iter()
        .filter(|p| !p.last_name.is_ascii() || !p.first_name.is_ascii())
        .count();
    assert!(non_ascii > 0);
    let distinct_last: HashSet<&str> = pupils.iter().map(|p| p.last_name.as_str()).collect();
    assert!(distinct_last.len() > 80, "{}", distinct_last.len());
    let gender: HashMap<&str, usize> = pupils.iter().fold(HashMap::new(), |mut m, p| {
        *m.entry(p.gender).or_default() += 1;
        m
    });
    assert!(
        gender.get("f").copied().unwrap_or(0) > 70 && gender.get("m").copied().unwrap_or(0) > 70
    );
}

#[test]
fn sizes_do_not_panic() {
    for size in [0usize, 1, 2, 3, 5, 10, 37] {
        for seed in [0u64, 1, 2, u64::MAX, 0xDEAD_BEEF] {
            let s = demo_school_sized(seed, size);
            assert_eq!(s.families.len(), size);
            check_invariants(&s);
        }
    }
    let empty = demo_school_sized(1, 0);
    assert_eq!(empty.pupil_count(), 0);
    assert_eq!(empty.groups.len(), 7);
    for seed in [u64::MAX, 0, 12345] {
        check_invariants(&demo_school(seed));
    }
}

#[test]
fn large_school_is_quick_and_split_in_parallel_groups() {
    let start = std::time::Instant::now();
    let s = demo_school_sized(1, 2000);
    let elapsed = start.elapsed();
    assert_eq!(s.families.len(), 2000);
    assert!(elapsed.as_secs() < 10, "took {elapsed:?}");
    check_invariants(&s);
    assert!(s.groups.iter().any(|g| g.name == "5A") && s.groups.iter().any(|g| g.name == "5B"));
    for sz in group_sizes(&s) {
        assert!((14..=MAX_GROUP).contains(&sz), "group of {sz}");
    }
    let pupils = s.pupil_count();
    assert!((2500..=2900).contains(&pupils), "{pupils}");
}

#[test]
fn letter_suffixes() {
    assert_eq!(letter_suffix(0), "A");
    assert_eq!(letter_suffix(25), "Z");
    assert_eq!(letter_suffix(26), "AA");
    assert_eq!(letter_suffix(27), "AB");
}

#[test]
fn folding() {
    assert_eq!(fold("Daniëlle"), "danielle");
    assert_eq!(fold("van 't Hof"), "vanthof");
    assert_eq!(fold("Yıldırım"), "yildirim");
    assert_eq!(fold("İrem"), "irem");
    assert_eq!(fold("Łukasz Wiśniewski"), "lukaszwisniewski");
    assert_eq!(fold("O'Brien"), "obrien");
    assert_eq!(gendered("Kowalski", true), "Kowalska");
    assert_eq!(gendered("Nowak", true), "Nowak");
}
