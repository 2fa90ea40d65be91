//! The school year's pure decisions: the next year's default dates, checking typed dates, and
//! the promotion proposal (groep 4 → groep 5, leerjaar 2 → 3, groep 8 and exam years leave).

use time::{Date, Month, Weekday};

use crate::domain::{LeavingReason, SchoolType};

/// The school year after the one starting in `start_year`: (name, starts_on, first school day,
/// ends_on). The first school day defaults to the last Monday of August (the latest of the three
/// regions); the administrator sets the region's Monday.
pub fn next_year_defaults(start_year: i32) -> (String, Date, Date, Date) {
    let y = start_year + 1;
    let starts = Date::from_calendar_date(y, Month::August, 1).expect("1 August");
    let ends = Date::from_calendar_date(y + 1, Month::July, 31).expect("31 July");
    (
        format!("{y}-{}", y + 1),
        starts,
        last_monday_of_august(y),
        ends,
    )
}

fn last_monday_of_august(year: i32) -> Date {
    let mut day = Date::from_calendar_date(year, Month::August, 31).expect("31 August");
    while day.weekday() != Weekday::Monday {
        day = day.previous_day().expect("a day before");
    }
    day
}

/// What is wrong with a new year's dates (translation keys), or nothing. The new year must
/// start after the latest existing year ended, and its first school day lies within it.
pub fn check_dates(
    starts: Date,
    first_day: Date,
    ends: Date,
    latest_end: Option<Date>,
) -> Vec<(&'static str, &'static str)> {
    let mut errors = Vec::new();
    if ends <= starts {
        errors.push(("year_ends_on", "years-error-ends-before-start"));
    }
    if first_day < starts || first_day > ends {
        errors.push(("year_first_day", "years-error-first-day-outside"));
    }
    if latest_end.is_some_and(|latest| starts <= latest) {
        errors.push(("year_starts_on", "years-error-overlaps"));
    }
    errors
}

/// What is wrong with a corrected first school day (a translation key), or nothing. It lies
/// within the year; for a coming year it also lies after today, because on that day the pupils
/// move to their new groups and a correction must not set that off by accident.
pub fn check_first_day(
    day: Date,
    (starts, ends): (Date, Date),
    coming: bool,
    today: Date,
) -> Option<&'static str> {
    if day < starts || day > ends {
        Some("years-error-first-day-outside")
    } else if coming && day <= today {
        Some("years-error-first-day-not-after-today")
    } else {
        None
    }
}

/// Where a group goes next year.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// The group moves up under this name and grade.
    MovesUp { name: String, grade: Option<i64> },
    /// Every pupil leaves the school (groep 8, the exam year).
    Leaves,
}

/// The last grade of a group's school type; for secondary schools read from the level in the
/// name (vmbo 4, havo 5, vwo 6).
pub fn final_grade(name: &str, school_type: SchoolType) -> i64 {
    let lower = name.to_lowercase();
    let level = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    match school_type {
        SchoolType::Po | SchoolType::So => 8,
        SchoolType::Mbo => 4,
        SchoolType::Vo | SchoolType::Vso => {
            if level(&["vmbo", "mavo", "kader", "basis", "gl", "tl"]) {
                4
            } else if level(&["havo"]) || lower.starts_with('h') {
                5
            } else if level(&["vwo", "atheneum", "gymnasium"])
                || lower.starts_with('v')
                || lower.starts_with('a')
                || lower.starts_with('g')
            {
                6
            } else if lower.starts_with('m') || lower.starts_with('k') || lower.starts_with('b') {
                4
            } else {
                6
            }
        }
    }
}

/// The grades a group name holds: "5/6" → [5, 6], "groep 7" → [7], "Kleuters" → [].
pub fn grades_in(name: &str) -> Vec<i64> {
    name.split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .filter_map(|part| part.parse().ok())
        .filter(|g| (0..=14).contains(g))
        .collect()
}

/// Whether a group combines grades ("5/6", "1-2a").
pub fn is_combination(name: &str) -> bool {
    grades_in(name).len() > 1
}

/// The name with each grade one up, and grades past the final one left out: "5A" → "6A",
/// "groep 4" → "groep 5", "5/6" → "6/7", "7/8" → "8".
fn moved_up_name(name: &str, last: i64) -> String {
    let mut out = String::new();
    let mut kept: Vec<String> = Vec::new();
    let mut digits = String::new();
    let mut rest_start = None;
    let mut prefix_done = false;
    for (i, c) in name.char_indices() {
        if c.is_ascii_digit() {
            digits.push(c);
            prefix_done = true;
            continue;
        }
        if !digits.is_empty() {
            let g: i64 = digits.parse().unwrap_or(0);
            if g < last {
                kept.push((g + 1).to_string());
            }
            digits.clear();
        }
        if !prefix_done {
            out.push(c);
        } else if c == '/' || c == '-' {
            // a separator between grades
        } else if rest_start.is_none() {
            rest_start = Some(i);
            break;
        }
    }
    if !digits.is_empty() {
        let g: i64 = digits.parse().unwrap_or(0);
        if g < last {
            kept.push((g + 1).to_string());
        }
    }
    let separator = if name.contains('/') { "/" } else { "-" };
    out.push_str(&kept.join(separator));
    if let Some(i) = rest_start {
        out.push_str(&name[i..]);
    }
    out
}

/// Why a pupil of a final-grade group leaves: the end of primary school (po, so) or of the
/// secondary or vocational course (vo, vso, mbo: the exam year).
pub fn end_of_school_reason(school_type: SchoolType) -> LeavingReason {
    match school_type {
        SchoolType::Po | SchoolType::So => LeavingReason::EndPrimary,
        SchoolType::Vo | SchoolType::Vso | SchoolType::Mbo => LeavingReason::EndSecondary,
    }
}

/// Where a group goes next year: its grades one up, or leaving when its highest grade is the
/// school type's last. A group without a grade ("Kleuters", "Nieuwkomers") keeps its name.
pub fn next_step(name: &str, grade: Option<i64>, school_type: SchoolType) -> Step {
    let last = final_grade(name, school_type);
    let mut grades = grades_in(name);
    if grades.is_empty() {
        if let Some(g) = grade {
            grades.push(g);
        } else {
            return Step::MovesUp {
                name: name.to_string(),
                grade: None,
            };
        }
    }
    let lowest = *grades.iter().min().unwrap_or(&0);
    if lowest >= last {
        return Step::Leaves;
    }
    let new_name = if grades_in(name).is_empty() {
        name.to_string()
    } else {
        moved_up_name(name, last)
    };
    Step::MovesUp {
        name: new_name,
        grade: Some(lowest + 1),
    }
}

/// A combination group split into one group per grade, each one up: "5/6" → ["6", "7"],
/// "1/2a" → ["2a", "3a"]; grades past the last are left out ("7/8" → ["8"]).
pub fn split_names(name: &str, school_type: SchoolType) -> Vec<(String, i64)> {
    let last = final_grade(name, school_type);
    let suffix: String = name
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '/' || c == '-')
        .to_string();
    let prefix: String = name.chars().take_while(|c| !c.is_ascii_digit()).collect();
    grades_in(name)
        .into_iter()
        .filter(|g| *g < last)
        .map(|g| (format!("{prefix}{}{suffix}", g + 1), g + 1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_corrected_first_day_lies_in_the_year_and_a_coming_ones_after_today() {
        let year = (date!(2027 - 08 - 01), date!(2028 - 07 - 31));
        let today = date!(2027 - 08 - 20);
        assert_eq!(
            check_first_day(date!(2027 - 08 - 30), year, true, today),
            None
        );
        assert_eq!(
            check_first_day(date!(2027 - 08 - 20), year, true, today),
            Some("years-error-first-day-not-after-today")
        );
        // The current year's day may lie in the past: it only says where the weeks start.
        assert_eq!(
            check_first_day(date!(2027 - 08 - 02), year, false, today),
            None
        );
        assert_eq!(
            check_first_day(date!(2028 - 08 - 01), year, false, today),
            Some("years-error-first-day-outside")
        );
    }

    fn up(name: &str, grade: Option<i64>) -> Step {
        Step::MovesUp {
            name: name.into(),
            grade,
        }
    }

    #[test]
    fn primary_groups_move_up_and_groep_8_leaves() {
        assert_eq!(next_step("5A", Some(5), SchoolType::Po), up("6A", Some(6)));
        assert_eq!(
            next_step("groep 4", None, SchoolType::Po),
            up("groep 5", Some(5))
        );
        assert_eq!(next_step("8B", Some(8), SchoolType::Po), Step::Leaves);
        assert_eq!(next_step("groep 8", None, SchoolType::Po), Step::Leaves);
        assert_eq!(
            next_step("Kleuters", None, SchoolType::Po),
            up("Kleuters", None)
        );
    }

    #[test]
    fn combination_groups_are_kept_or_split() {
        assert_eq!(
            next_step("5/6", Some(5), SchoolType::Po),
            up("6/7", Some(6))
        );
        assert_eq!(next_step("7/8", Some(7), SchoolType::Po), up("8", Some(8)));
        assert_eq!(
            next_step("1/2a", Some(1), SchoolType::Po),
            up("2/3a", Some(2))
        );
        assert!(is_combination("5/6"));
        assert!(!is_combination("5A"));
        assert_eq!(
            split_names("5/6", SchoolType::Po),
            vec![("6".to_string(), 6), ("7".to_string(), 7)]
        );
        assert_eq!(
            split_names("groep 1/2a", SchoolType::Po),
            vec![("groep 2a".to_string(), 2), ("groep 3a".to_string(), 3)]
        );
        assert_eq!(
            split_names("7/8", SchoolType::Po),
            vec![("8".to_string(), 8)]
        );
    }

    #[test]
    fn secondary_years_leave_after_their_exam_year() {
        assert_eq!(next_step("H3", Some(3), SchoolType::Vo), up("H4", Some(4)));
        assert_eq!(next_step("H5", Some(5), SchoolType::Vo), Step::Leaves);
        assert_eq!(next_step("V5", Some(5), SchoolType::Vo), up("V6", Some(6)));
        assert_eq!(next_step("V6", Some(6), SchoolType::Vo), Step::Leaves);
        assert_eq!(next_step("4 vmbo-t", Some(4), SchoolType::Vo), Step::Leaves);
        assert_eq!(
            next_step("2 havo", Some(2), SchoolType::Vo),
            up("3 havo", Some(3))
        );
    }

    #[test]
    fn next_year_defaults_follow_the_current_one() {
        let (name, starts, first, ends) = next_year_defaults(2026);
        assert_eq!(name, "2027-2028");
        assert_eq!(starts, date!(2027 - 08 - 01));
        assert_eq!(first, date!(2027 - 08 - 30));
        assert_eq!(first.weekday(), Weekday::Monday);
        assert_eq!(ends, date!(2028 - 07 - 31));
    }

    #[test]
    fn dates_are_checked() {
        let ok = check_dates(
            date!(2027 - 08 - 01),
            date!(2027 - 08 - 30),
            date!(2028 - 07 - 31),
            Some(date!(2027 - 07 - 31)),
        );
        assert!(ok.is_empty());
        let bad = check_dates(
            date!(2027 - 07 - 01),
            date!(2028 - 09 - 01),
            date!(2027 - 06 - 01),
            Some(date!(2027 - 07 - 31)),
        );
        let fields: Vec<&str> = bad.iter().map(|e| e.0).collect();
        assert_eq!(fields, ["year_ends_on", "year_first_day", "year_starts_on"]);
    }

    #[test]
    fn the_exam_year_leaves_for_the_end_of_secondary_school() {
        assert_eq!(
            end_of_school_reason(SchoolType::Po),
            LeavingReason::EndPrimary
        );
        assert_eq!(
            end_of_school_reason(SchoolType::So),
            LeavingReason::EndPrimary
        );
        assert_eq!(
            end_of_school_reason(SchoolType::Vo),
            LeavingReason::EndSecondary
        );
        assert_eq!(
            end_of_school_reason(SchoolType::Vso),
            LeavingReason::EndSecondary
        );
    }
}
