//! Pure decisions about parents' messages: the promised answer date in school days, the daily
//! limit per guardian, and the response time that applies.

use time::{Date, Duration, Weekday};

/// At most this many messages per guardian per calendar day (counted in the database).
pub const MESSAGES_PER_DAY: i64 = 3;
/// The longest message a parent can send, in characters.
pub const MESSAGE_MAX_CHARS: usize = 2000;
/// The longest answer a teacher can mail, in characters.
pub const ANSWER_MAX_CHARS: usize = 4000;
/// A response time is between one and this many school days.
pub const MAX_RESPONSE_DAYS: i64 = 20;

/// A holiday or other day without school: both dates inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Closed {
    pub from: Date,
    pub to: Date,
}

/// A weekday outside every holiday.
pub fn is_school_day(day: Date, closed: &[Closed]) -> bool {
    !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday)
        && !closed.iter().any(|c| c.from <= day && day <= c.to)
}

/// The date by which the school answers a message sent on `sent`: the `days`-th school day after
/// the day it was sent (a message sent on Friday with two school days is answered by Tuesday).
pub fn due_date(sent: Date, days: i64, closed: &[Closed]) -> Date {
    let mut day = sent;
    let mut left = days.clamp(1, MAX_RESPONSE_DAYS);
    // A year holds fewer than 400 calendar days without school in a row: bounded either way.
    for _ in 0..400 {
        day = day.saturating_add(Duration::days(1));
        if is_school_day(day, closed) {
            left -= 1;
            if left == 0 {
                return day;
            }
        }
    }
    day
}

/// The plan's response time when it has one, else the school's default.
pub fn response_days(plan: Option<i64>, school_default: i64) -> i64 {
    plan.filter(|d| (1..=MAX_RESPONSE_DAYS).contains(d))
        .unwrap_or(school_default)
        .clamp(1, MAX_RESPONSE_DAYS)
}

/// A typed response time that is no number of school days from 1 to 20.
#[derive(Debug, PartialEq, Eq)]
pub struct InvalidDays;

/// A typed number of school days: empty is "none"; anything else must be 1..=20.
pub fn parse_response_days(typed: &str) -> Result<Option<i64>, InvalidDays> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    match typed.parse::<i64>() {
        Ok(d) if (1..=MAX_RESPONSE_DAYS).contains(&d) => Ok(Some(d)),
        _ => Err(InvalidDays),
    }
}

/// Whether a guardian who sent `sent_today` messages today may send another.
pub fn may_send(sent_today: i64) -> bool {
    sent_today < MESSAGES_PER_DAY
}

/// How the teacher answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Mail,
    Phone,
}

impl Answer {
    pub fn parse(s: &str) -> Option<Answer> {
        match s {
            "mail" => Some(Answer::Mail),
            "phone" => Some(Answer::Phone),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Answer::Mail => "mail",
            Answer::Phone => "phone",
        }
    }

    /// The contact log's channel for this answer.
    pub fn log_channel(self) -> &'static str {
        match self {
            Answer::Mail => "email",
            Answer::Phone => "phone",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn counts_school_days_after_the_day_of_sending() {
        // Monday → Wednesday.
        assert_eq!(
            due_date(date!(2026 - 11 - 02), 2, &[]),
            date!(2026 - 11 - 04)
        );
        assert_eq!(
            due_date(date!(2026 - 11 - 02), 1, &[]),
            date!(2026 - 11 - 03)
        );
    }

    #[test]
    fn weekends_are_skipped() {
        // Friday → Tuesday; Saturday and Sunday → Tuesday too.
        assert_eq!(
            due_date(date!(2026 - 11 - 06), 2, &[]),
            date!(2026 - 11 - 10)
        );
        assert_eq!(
            due_date(date!(2026 - 11 - 07), 2, &[]),
            date!(2026 - 11 - 10)
        );
        assert_eq!(
            due_date(date!(2026 - 11 - 08), 2, &[]),
            date!(2026 - 11 - 10)
        );
    }

    #[test]
    fn holidays_are_skipped() {
        let christmas = Closed {
            from: date!(2026 - 12 - 19),
            to: date!(2027 - 01 - 03),
        };
        // Friday before the Christmas holiday → the second school day after it.
        assert_eq!(
            due_date(date!(2026 - 12 - 18), 2, &[christmas]),
            date!(2027 - 01 - 05)
        );
        // Sent during the holiday.
        assert_eq!(
            due_date(date!(2026 - 12 - 23), 1, &[christmas]),
            date!(2027 - 01 - 04)
        );
        // A single free day inside a week.
        let free = Closed {
            from: date!(2026 - 11 - 04),
            to: date!(2026 - 11 - 04),
        };
        assert_eq!(
            due_date(date!(2026 - 11 - 02), 2, &[free]),
            date!(2026 - 11 - 05)
        );
        assert!(!is_school_day(date!(2026 - 11 - 04), &[free]));
        assert!(is_school_day(date!(2026 - 11 - 05), &[free]));
    }

    #[test]
    fn the_plan_wins_over_the_school_default() {
        assert_eq!(response_days(Some(5), 2), 5);
        assert_eq!(response_days(None, 2), 2);
        assert_eq!(response_days(Some(0), 3), 3);
        assert_eq!(response_days(None, 99), MAX_RESPONSE_DAYS);
        // Out-of-range numbers never make a date in the past or far away.
        assert_eq!(
            due_date(date!(2026 - 11 - 02), 0, &[]),
            date!(2026 - 11 - 03)
        );
    }

    #[test]
    fn typed_days_are_checked() {
        assert_eq!(parse_response_days(""), Ok(None));
        assert_eq!(parse_response_days(" 3 "), Ok(Some(3)));
        assert!(parse_response_days("0").is_err());
        assert!(parse_response_days("21").is_err());
        assert!(parse_response_days("twee").is_err());
    }

    #[test]
    fn the_daily_limit_holds() {
        assert!(may_send(0));
        assert!(may_send(MESSAGES_PER_DAY - 1));
        assert!(!may_send(MESSAGES_PER_DAY));
    }

    #[test]
    fn answers_parse() {
        assert_eq!(Answer::parse("mail"), Some(Answer::Mail));
        assert_eq!(
            Answer::parse("phone").map(Answer::log_channel),
            Some("phone")
        );
        assert_eq!(Answer::parse("x"), None);
    }
}
