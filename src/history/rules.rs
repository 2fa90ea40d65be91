//! Pure decisions of the history: which school year a day belongs to, and when the hand-over
//! note is asked for.

use time::{Date, Month};

/// The year (by id) whose dates hold the ISO day; `years` as (id, starts_on, ends_on).
pub fn year_of(day: &str, years: &[(i64, &str, &str)]) -> Option<i64> {
    years
        .iter()
        .find(|(_, starts, ends)| *starts <= day && day <= *ends)
        .map(|(id, _, _)| *id)
}

/// The hand-over note is asked for in the last weeks of the year: from 1 June of the year in
/// which the school year ends, or earlier once the next year is prepared.
pub fn handover_prompted(today: Date, year_ends_on: Option<Date>, next_prepared: bool) -> bool {
    if next_prepared {
        return true;
    }
    let Some(ends) = year_ends_on else {
        return false;
    };
    match Date::from_calendar_date(ends.year(), Month::June, 1) {
        Ok(june) => today >= june.min(ends),
        Err(_) => false,
    }
}

/// The hand-over is the pupil's own teacher's (or mentor's) words to the next one; the care
/// coordinator may write it when the teacher is gone. Directors and administrators see the
/// pupil but do not write in the teacher's name.
pub fn may_write_handover(care_coordinator: bool, teaches_pupils_group: bool) -> bool {
    care_coordinator || teaches_pupils_group
}

/// A hand-over note is short: trimmed, at most this many characters.
pub const NOTE_MAX: usize = 2000;

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_day_falls_in_the_year_whose_dates_hold_it() {
        let years = [
            (2, "2026-08-01", "2027-07-31"),
            (1, "2025-08-01", "2026-07-31"),
        ];
        assert_eq!(year_of("2026-07-31", &years), Some(1));
        assert_eq!(year_of("2026-08-01", &years), Some(2));
        assert_eq!(year_of("2024-01-01", &years), None);
    }

    #[test]
    fn only_the_own_teacher_or_the_care_coordinator_writes_the_hand_over() {
        assert!(may_write_handover(false, true));
        assert!(may_write_handover(true, false));
        assert!(!may_write_handover(false, false));
    }

    #[test]
    fn the_note_is_asked_for_from_june_or_once_the_next_year_is_prepared() {
        let ends = Some(date!(2026 - 07 - 31));
        assert!(!handover_prompted(date!(2026 - 05 - 31), ends, false));
        assert!(handover_prompted(date!(2026 - 06 - 01), ends, false));
        assert!(handover_prompted(date!(2026 - 03 - 01), ends, true));
        assert!(!handover_prompted(date!(2026 - 06 - 01), None, false));
    }
}
