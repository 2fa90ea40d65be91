//! Retention's decisions, as plain functions: how long things are kept, when the daily job is
//! due, and how an exit conversation loses its names.

use time::Date;

/// Dutch schools keep a pupil's file until two years after the pupil left.
pub const DEFAULT_YEARS: i64 = 2;
/// What a school may choose (a longer period needs a reason the school documents itself).
pub const YEARS_RANGE: std::ops::RangeInclusive<i64> = 1..=10;

const DAY: i64 = 24 * 60 * 60;
/// The job runs once a day across all instances.
pub const EVERY: i64 = DAY;
/// How long a run may hold the lock before another instance may take over.
pub const LEASE: i64 = 60 * 60;
/// Dead sessions (idle far beyond their timeout) go after a day.
pub const SESSIONS_AFTER: i64 = DAY;
/// Used or expired one-time links go after a week.
pub const TOKENS_AFTER: i64 = 7 * DAY;
/// A sent (or given-up) mail keeps subject and address for the outbox's history; its body goes
/// after thirty days.
pub const MAIL_BODIES_AFTER: i64 = 30 * DAY;
/// An uploaded file that was never committed goes after a week.
pub const IMPORTS_AFTER: i64 = 7 * DAY;
/// Failed sign-in attempts only matter for throttling; a day is plenty.
pub const LOGIN_FAILURES_AFTER: i64 = DAY;

/// A pupil who left before this day is past retention (left on `cutoff` or later: kept).
pub fn cutoff(today: Date, years: i64) -> Date {
    let year = today.year() - years as i32;
    // 29 February minus whole years lands on 28 February.
    Date::from_calendar_date(year, today.month(), today.day())
        .or_else(|_| Date::from_calendar_date(year, today.month(), today.day() - 1))
        .unwrap_or(today)
}

/// The years a school asked for, when they are allowed.
pub fn parse_years(input: &str) -> Option<i64> {
    input
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|y| YEARS_RANGE.contains(y))
}

/// Where a name stood in kept text.
pub const NAME_MARK: &str = "[…]";

/// The exit conversation's answers (a JSON object of texts) without the given names: what the
/// family said stays, who said it about whom does not. Names shorter than two letters are left
/// alone (they would cut words apart).
pub fn without_names(answers_json: &str, names: &[String]) -> String {
    let Ok(map) = serde_json::from_str::<std::collections::BTreeMap<String, String>>(answers_json)
    else {
        // Not readable as answers: nothing of it is kept.
        return "{}".into();
    };
    let mut names: Vec<&str> = names
        .iter()
        .flat_map(|n| n.split_whitespace())
        .filter(|n| n.chars().count() >= 2)
        .collect();
    // Longer names first, so "Bakker" is not cut out of "Bakkertje" before it is seen.
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let scrubbed: std::collections::BTreeMap<String, String> = map
        .into_iter()
        .map(|(k, v)| (k, scrub(&v, &names)))
        .collect();
    serde_json::to_string(&scrubbed).unwrap_or_else(|_| "{}".into())
}

/// Replaces every case-insensitive occurrence of each name.
fn scrub(text: &str, names: &[&str]) -> String {
    let mut out = text.to_string();
    for name in names {
        let needle = name.to_lowercase();
        let mut result = String::with_capacity(out.len());
        let mut rest = out.as_str();
        loop {
            let lower = rest.to_lowercase();
            // Lowercasing can change byte lengths; then fall back to an exact match.
            let found = if lower.len() == rest.len() {
                lower.find(&needle)
            } else {
                rest.find(name)
            };
            match found {
                Some(i) => {
                    result.push_str(&rest[..i]);
                    result.push_str(NAME_MARK);
                    rest = &rest[i + needle.len()..];
                }
                None => {
                    result.push_str(rest);
                    break;
                }
            }
        }
        out = result;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_period_counts_whole_years_back() {
        assert_eq!(cutoff(date!(2028 - 09 - 01), 2), date!(2026 - 09 - 01));
        assert_eq!(cutoff(date!(2028 - 02 - 29), 1), date!(2027 - 02 - 28));
    }

    #[test]
    fn years_are_checked() {
        assert_eq!(parse_years(" 3 "), Some(3));
        assert_eq!(parse_years("0"), None);
        assert_eq!(parse_years("twee"), None);
        assert_eq!(parse_years("11"), None);
    }

    #[test]
    fn kept_answers_lose_the_names() {
        let kept = without_names(
            r#"{"goes-well":"Sem BAKKER vond juf leuk; sem speelde met Lotte","cell-1":"x"}"#,
            &["Sem Bakker".into(), "Linda Bakker".into()],
        );
        assert!(!kept.to_lowercase().contains("sem"), "{kept}");
        assert!(!kept.to_lowercase().contains("bakker"), "{kept}");
        assert!(!kept.contains("Linda"), "{kept}");
        assert!(kept.contains("vond juf leuk"), "{kept}");
        assert!(kept.contains("\"cell-1\":\"x\""), "{kept}");
        assert_eq!(without_names("not json", &[]), "{}");
    }
}
