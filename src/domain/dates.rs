//! Dates as people and spreadsheets write them. One parser for every date that arrives from
//! outside: forms (birth dates, conversation days, review dates) and imported files.

use time::{Date, Month};

/// `dd-mm-jjjj`, `d-m-jjjj`, with `-`, `/` or `.`, or ISO `jjjj-mm-dd`. A trailing time
/// ("00:00", as Excel sometimes adds) is ignored; two-digit years are refused because the
/// century would be a guess.
pub fn parse_date(raw: &str) -> Option<Date> {
    let mut text = raw.trim();
    if let Some((date, time)) = text.split_once([' ', 'T']) {
        if time
            .trim()
            .chars()
            .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
        {
            text = date;
        }
    }
    let separator = text.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = text.split(separator).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if ![a, b, c]
        .iter()
        .all(|p| !p.is_empty() && p.chars().all(|ch| ch.is_ascii_digit()))
    {
        return None;
    }
    let (year, month, day) = match (a.len(), b.len(), c.len()) {
        (4, 1..=2, 1..=2) => (a, b, c),
        (1..=2, 1..=2, 4) => (c, b, a),
        _ => return None,
    };
    let month = Month::try_from(month.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(year.parse().ok()?, month, day.parse().ok()?).ok()
}

/// A date typed in a form: as `parse_date`, within 1900–2100 (a typo such as 1-1-1800 or
/// 1-1-20150 is refused rather than stored).
pub fn parse_form_date(raw: &str) -> Option<Date> {
    parse_date(raw).filter(|d| (1900..=2100).contains(&d.year()))
}

/// Age in whole years on a given day.
pub fn age_on(birth: Date, on: Date) -> i32 {
    let had_birthday = (u8::from(on.month()), on.day()) >= (u8::from(birth.month()), birth.day());
    on.year() - birth.year() - i32::from(!had_birthday)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn every_date_format() {
        let expected = date!(2015 - 03 - 07);
        for raw in [
            "07-03-2015",
            "7-3-2015",
            "07/03/2015",
            "7/3/2015",
            "07.03.2015",
            "2015-03-07",
            " 07-03-2015 ",
            "07-03-2015 00:00",
            "2015-03-07T00:00:00",
        ] {
            assert_eq!(parse_date(raw), Some(expected), "{raw}");
            assert_eq!(parse_form_date(raw), Some(expected), "{raw}");
        }
        for raw in [
            "",
            "yesterday",
            "07-03-15",
            "31-02-2015",
            "2015-13-01",
            "04-13-2015",
            "7 maart 2015",
            "07-03",
            "2015-03-07-01",
            "1-1-20150",
            "-1-1-2015",
            "٠٧-٠٣-٢٠١٥",
        ] {
            assert_eq!(parse_date(raw), None, "{raw}");
        }
        assert_eq!(parse_date("1-1-1800"), Some(date!(1800 - 01 - 01)));
        assert_eq!(parse_form_date("1-1-1800"), None);
    }

    #[test]
    fn ages() {
        let birth = date!(2015 - 03 - 04);
        assert_eq!(age_on(birth, date!(2026 - 03 - 03)), 10);
        assert_eq!(age_on(birth, date!(2026 - 03 - 04)), 11);
    }
}
