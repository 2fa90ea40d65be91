//! What the pupil form accepts.

use time::Date;

use crate::domain::dates::{age_on, parse_form_date};

/// A leerlingnummer: letters, digits and dashes (as administration systems write them).
pub fn external_id_ok(id: &str) -> bool {
    id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// A birth date typed on the form: empty is allowed; otherwise a date that makes the pupil
/// between 1 and 30 years old today, which catches typos in the year.
pub fn birth_date(typed: &str, today: Date) -> Result<Option<Date>, ()> {
    if typed.trim().is_empty() {
        return Ok(None);
    }
    match parse_form_date(typed) {
        Some(d) if (1..=30).contains(&age_on(d, today)) => Ok(Some(d)),
        _ => Err(()),
    }
}

/// A newcomer's startgesprek is due within this many days of their first school day.
pub const NEWCOMER_START_DAYS: i64 = 21;

/// The last day a newcomer's startgesprek counts as held in time.
pub fn newcomer_start_due(arrived: Date) -> Date {
    arrived.saturating_add(time::Duration::days(NEWCOMER_START_DAYS))
}

/// A newcomer's first school day as typed (optional): a real day no more than a year away from
/// today (a typo such as 2062 is caught).
pub fn arrival_date(typed: &str, today: Date) -> Result<Option<Date>, ()> {
    if typed.trim().is_empty() {
        return Ok(None);
    }
    match parse_form_date(typed) {
        Some(d) if (d - today).whole_days().abs() <= 366 => Ok(Some(d)),
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn leerlingnummers() {
        assert!(external_id_ok("12345"));
        assert!(external_id_ok("AB-12"));
        assert!(!external_id_ok("12 345"));
        assert!(!external_id_ok("12/345"));
    }

    #[test]
    fn birth_dates_within_school_ages() {
        let today = date!(2026 - 03 - 04);
        assert_eq!(birth_date("", today), Ok(None));
        assert_eq!(
            birth_date("07-03-2015", today),
            Ok(Some(date!(2015 - 03 - 07)))
        );
        assert_eq!(
            birth_date("04-03-2025", today),
            Ok(Some(date!(2025 - 03 - 04)))
        );
        assert_eq!(birth_date("05-03-2025", today), Err(()));
        assert_eq!(birth_date("01-01-1990", today), Err(()));
        assert_eq!(birth_date("31-02-2015", today), Err(()));
    }

    #[test]
    fn a_newcomer_has_three_weeks_for_the_startgesprek() {
        assert_eq!(
            newcomer_start_due(date!(2027 - 01 - 11)),
            date!(2027 - 02 - 01)
        );
        let today = date!(2027 - 01 - 11);
        assert_eq!(arrival_date(" ", today), Ok(None));
        assert_eq!(arrival_date("11-01-2027", today), Ok(Some(today)));
        assert_eq!(
            arrival_date("01-09-2026", today),
            Ok(Some(date!(2026 - 09 - 01)))
        );
        assert_eq!(arrival_date("11-01-2062", today), Err(()));
        assert_eq!(arrival_date("32-01-2027", today), Err(()));
    }
}
