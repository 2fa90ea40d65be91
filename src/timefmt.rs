//! Dates and times as people in the Netherlands read them: Europe/Amsterdam, on the 24-hour
//! clock, with the month and weekday names of the reader's language (`month-N` and
//! `weekday-N` in parent-dates.ftl, so every language parents read has its own).
//!
//! The EU rule (summer time from the last Sunday of March 01:00 UTC to the last Sunday of
//! October 01:00 UTC) is all Europe/Amsterdam needs, so no time-zone database is bundled.

use time::{Date, Month, OffsetDateTime, UtcOffset, Weekday};

use crate::i18n::Lang;

fn last_sunday(year: i32, month: Month) -> Date {
    let mut day = Date::from_calendar_date(year, month, month.length(year)).expect("valid date");
    while day.weekday() != Weekday::Sunday {
        day = day.previous_day().expect("valid date");
    }
    day
}

/// The Amsterdam offset (CET +1 or CEST +2) at a UTC instant.
pub fn amsterdam_offset(at: OffsetDateTime) -> UtcOffset {
    let at = at.to_offset(UtcOffset::UTC);
    let year = at.year();
    let start = last_sunday(year, Month::March)
        .with_hms(1, 0, 0)
        .expect("valid")
        .assume_utc();
    let end = last_sunday(year, Month::October)
        .with_hms(1, 0, 0)
        .expect("valid")
        .assume_utc();
    let hours = if at >= start && at < end { 2 } else { 1 };
    UtcOffset::from_hms(hours, 0, 0).expect("valid offset")
}

pub fn to_amsterdam(unix: i64) -> OffsetDateTime {
    let at = OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    at.to_offset(amsterdam_offset(at))
}

/// Today's date in Amsterdam.
pub fn today() -> Date {
    to_amsterdam(crate::db::now()).date()
}

/// `7 september 2026` / `7 September 2026`.
pub fn date(lang: Lang, d: Date) -> String {
    format!(
        "{} {} {}",
        d.day(),
        lang.t(&format!("month-{}", u8::from(d.month()))),
        d.year()
    )
}

/// `ma 7 september 2026` with the weekday, for schedules.
pub fn date_with_weekday(lang: Lang, d: Date) -> String {
    let wd = d.weekday().number_from_monday();
    format!("{} {}", lang.t(&format!("weekday-{wd}")), date(lang, d))
}

/// `7 september 2026, 19:30` (24-hour clock in every language, as schools write it).
pub fn datetime(lang: Lang, unix: i64) -> String {
    let at = to_amsterdam(unix);
    format!(
        "{}, {:02}:{:02}",
        date(lang, at.date()),
        at.hour(),
        at.minute()
    )
}

/// `dd-mm-jjjj`, the short form Dutch forms use.
pub fn short_date(d: Date) -> String {
    format!("{:02}-{:02}-{}", d.day(), u8::from(d.month()), d.year())
}

/// Parses an ISO date as stored in the database.
pub fn parse_iso(s: &str) -> Option<Date> {
    Date::parse(s, time::macros::format_description!("[year]-[month]-[day]")).ok()
}

pub fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn amsterdam_switches_on_the_eu_dates() {
        // 2026: summer time from 29 March 01:00 UTC until 25 October 01:00 UTC.
        assert_eq!(
            amsterdam_offset(datetime!(2026-03-29 00:59 UTC)).whole_hours(),
            1
        );
        assert_eq!(
            amsterdam_offset(datetime!(2026-03-29 01:00 UTC)).whole_hours(),
            2
        );
        assert_eq!(
            amsterdam_offset(datetime!(2026-10-25 00:59 UTC)).whole_hours(),
            2
        );
        assert_eq!(
            amsterdam_offset(datetime!(2026-10-25 01:00 UTC)).whole_hours(),
            1
        );
        assert_eq!(
            amsterdam_offset(datetime!(2026-12-01 12:00 UTC)).whole_hours(),
            1
        );
    }

    #[test]
    fn formats_dutch_style() {
        let unix = datetime!(2026-09-07 17:30 UTC).unix_timestamp();
        assert_eq!(datetime(Lang::Nl, unix), "7 september 2026, 19:30");
        assert_eq!(datetime(Lang::En, unix), "7 September 2026, 19:30");
        assert_eq!(
            date_with_weekday(Lang::Nl, time::macros::date!(2026 - 09 - 07)),
            "maandag 7 september 2026"
        );
        assert_eq!(
            short_date(time::macros::date!(2015 - 03 - 04)),
            "04-03-2015"
        );
    }
}

/// The unix time of a local Amsterdam date and time. In the autumn hour that occurs twice the
/// first is taken; in the spring hour that does not exist the result lands an hour later.
pub fn from_amsterdam(day: Date, at: time::Time) -> i64 {
    let local = day.with_time(at);
    for hours in [2, 1] {
        let offset = UtcOffset::from_hms(hours, 0, 0).expect("valid offset");
        let candidate = local.assume_offset(offset);
        if amsterdam_offset(candidate) == offset {
            return candidate.unix_timestamp();
        }
    }
    local
        .assume_offset(UtcOffset::from_hms(1, 0, 0).expect("valid offset"))
        .unix_timestamp()
}

/// `19:30` in Amsterdam time.
pub fn clock(unix: i64) -> String {
    let at = to_amsterdam(unix);
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// Parses `19:30` (also `19.30` and `9:05`).
pub fn parse_clock(s: &str) -> Option<time::Time> {
    let (h, m) = s.trim().split_once([':', '.'])?;
    time::Time::from_hms(h.trim().parse().ok()?, m.trim().parse().ok()?, 0).ok()
}

#[cfg(test)]
mod local_time_tests {
    use super::*;
    use time::macros::{date, time};

    #[test]
    fn local_amsterdam_times_become_utc() {
        // Summer: CEST (+2); winter: CET (+1).
        let summer = from_amsterdam(date!(2026 - 09 - 07), time!(19:30));
        assert_eq!(
            summer,
            time::macros::datetime!(2026-09-07 17:30 UTC).unix_timestamp()
        );
        let winter = from_amsterdam(date!(2026 - 11 - 23), time!(08:15));
        assert_eq!(
            winter,
            time::macros::datetime!(2026-11-23 07:15 UTC).unix_timestamp()
        );
        assert_eq!(clock(summer), "19:30");
        assert_eq!(parse_clock("9.05"), Some(time!(09:05)));
        assert_eq!(parse_clock("25:00"), None);
    }

    /// Every language writes the day, its own month name, the year and the 24-hour clock;
    /// where a translation has arrived, the month and weekday are not the English ones.
    #[test]
    fn formats_every_language_in_its_own_words() {
        let unix = time::macros::datetime!(2026-09-07 17:30 UTC).unix_timestamp();
        let english = Lang::En.t("month-9");
        for lang in Lang::ALL {
            let month = lang.t("month-9");
            assert!(
                !month.is_empty() && !month.starts_with("Unknown"),
                "{lang:?}"
            );
            assert_eq!(datetime(lang, unix), format!("7 {month} 2026, 19:30"));
            let weekday = lang.t("weekday-1");
            assert_eq!(
                date_with_weekday(lang, time::macros::date!(2026 - 09 - 07)),
                format!("{weekday} 7 {month} 2026")
            );
            // Winter time: an hour less offset, still the 24-hour clock.
            let winter = time::macros::datetime!(2026-12-01 18:05 UTC).unix_timestamp();
            assert!(datetime(lang, winter).ends_with(", 19:05"), "{lang:?}");
            let translated = !placeholder(lang);
            if translated && lang != Lang::En {
                assert_ne!(month, english, "{lang:?} has its own month names");
            }
            let script_ok = match lang {
                Lang::Ar => month
                    .chars()
                    .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
                Lang::Uk => month
                    .chars()
                    .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
                _ => month.chars().all(char::is_alphabetic),
            };
            assert!(!translated || script_ok, "{lang:?}: {month}");
        }
    }

    /// A language folder still holding the English placeholder files.
    fn placeholder(lang: Lang) -> bool {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang.code())
            .join("parent-dates.ftl");
        std::fs::read_to_string(path).is_ok_and(|t| t.starts_with("# PLACEHOLDER"))
    }
}
