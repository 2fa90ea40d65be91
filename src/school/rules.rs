//! The school year, the help text and who may change guardians' addresses, as plain functions.

use crate::auth::Roles;

/// The Dutch school year runs from 1 August to 31 July.
pub fn school_year_of(day: time::Date) -> (i32, i32) {
    if u8::from(day.month()) >= 8 {
        (day.year(), day.year() + 1)
    } else {
        (day.year() - 1, day.year())
    }
}

/// Set-up does not ask for the first school day (each region starts on its own Monday and each
/// school picks its day): until the school says otherwise a year set up this way starts on the
/// first Monday from 28 August, the latest regional start, so its first weeks are never cut short.
pub fn default_first_school_day(start_year: i32) -> time::Date {
    let from = time::Date::from_calendar_date(start_year, time::Month::August, 28)
        .unwrap_or(time::Date::MIN);
    let days = i64::from(from.weekday().number_days_from_monday());
    from.saturating_add(time::Duration::days((7 - days) % 7))
}

pub fn school_year_name((start, end): (i32, i32)) -> String {
    format!("{start}-{end}")
}

/// A BRIN as typed by the school, in the form DUO gives it: four characters (two digits and two
/// letters or digits, e.g. "27KX"), optionally followed by the two digits of a location
/// ("27KX00"). Spaces are dropped and letters made capitals; empty means not set. None when it
/// is not a BRIN. (With a BRIN set, next year's EDEX file of another school is refused.)
pub fn parse_brin(input: &str) -> Option<String> {
    let brin: String = input
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let b = brin.as_bytes();
    let fits = matches!(b.len(), 0 | 4 | 6)
        && b.iter().take(2).all(u8::is_ascii_digit)
        && b.iter().skip(2).take(2).all(u8::is_ascii_alphanumeric)
        && b.iter().skip(4).all(u8::is_ascii_digit);
    fits.then_some(brin)
}

/// The help text as typed by the school: paragraphs separated by an empty line.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The roles a school can allow to change guardians' e-mail addresses, besides administrators.
pub const GUARDIAN_EMAIL_ROLES: [&str; 3] = ["director", "care-coordinator", "teacher"];

/// The setting as stored: the known role codes that were ticked, comma-separated.
pub fn guardian_email_roles_setting<'a>(ticked: impl Iterator<Item = &'a str>) -> String {
    let ticked: Vec<&str> = ticked.collect();
    GUARDIAN_EMAIL_ROLES
        .iter()
        .filter(|r| ticked.contains(r))
        .copied()
        .collect::<Vec<_>>()
        .join(",")
}

/// Whether this person may change a guardian's e-mail address. The address receives the parent
/// sign-in link, so changing it hands over the parent's view (ASVS V8.2.1 / V8.2.2): always
/// administrators, other roles only when the school names them.
pub fn may_change_guardian_email(roles: &Roles, setting: &str) -> bool {
    let named = |code: &str| setting.split(',').any(|r| r == code);
    roles.administrator
        || (roles.director && named("director"))
        || (roles.care_coordinator && named("care-coordinator"))
        || (roles.teacher && named("teacher"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_up_year_starts_on_a_monday_at_the_end_of_august() {
        use time::macros::date;
        assert_eq!(default_first_school_day(2026), date!(2026 - 08 - 31));
        assert_eq!(default_first_school_day(2025), date!(2025 - 09 - 01));
        assert_eq!(default_first_school_day(2031), date!(2031 - 09 - 01));
        assert_eq!(default_first_school_day(2033), date!(2033 - 08 - 29));
    }

    #[test]
    fn a_brin_is_four_characters_with_an_optional_location() {
        assert_eq!(parse_brin("").as_deref(), Some(""));
        assert_eq!(parse_brin(" 27kx ").as_deref(), Some("27KX"));
        assert_eq!(parse_brin("27KX 00").as_deref(), Some("27KX00"));
        assert_eq!(parse_brin("04AB01").as_deref(), Some("04AB01"));
        assert_eq!(parse_brin("12A3").as_deref(), Some("12A3"));
        for wrong in [
            "27K",
            "27KX0",
            "AB27",
            "27KX0A",
            "27KX001",
            "2-KX",
            "27K\u{e9}",
        ] {
            assert_eq!(parse_brin(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn only_named_roles_change_guardian_addresses() {
        let teacher = Roles {
            teacher: true,
            ..Roles::default()
        };
        let director = Roles {
            director: true,
            ..Roles::default()
        };
        let admin = Roles {
            administrator: true,
            ..Roles::default()
        };
        assert!(may_change_guardian_email(&admin, ""));
        assert!(!may_change_guardian_email(&director, ""));
        assert!(!may_change_guardian_email(
            &teacher,
            "director,care-coordinator"
        ));
        assert!(may_change_guardian_email(&teacher, "teacher"));
        assert!(may_change_guardian_email(&director, "director"));
        assert_eq!(
            guardian_email_roles_setting(["teacher", "x", "director"].into_iter()),
            "director,teacher"
        );
    }
    use time::macros::date;

    #[test]
    fn school_years_start_in_august() {
        assert_eq!(school_year_of(date!(2026 - 08 - 01)), (2026, 2027));
        assert_eq!(school_year_of(date!(2026 - 07 - 31)), (2025, 2026));
        assert_eq!(school_year_of(date!(2027 - 01 - 15)), (2026, 2027));
        assert_eq!(school_year_name((2026, 2027)), "2026-2027");
    }

    #[test]
    fn help_text_splits_on_empty_lines() {
        assert_eq!(
            paragraphs("Bel ons.\n\n\n\n  Of mail.  \nDank.\n\n"),
            vec!["Bel ons.".to_string(), "Of mail.  \nDank.".to_string()]
        );
        assert!(paragraphs("  \n\n ").is_empty());
    }
}
