//! The school year and the help text, as plain functions.

/// The Dutch school year runs from 1 August to 31 July.
pub fn school_year_of(day: time::Date) -> (i32, i32) {
    if u8::from(day.month()) >= 8 {
        (day.year(), day.year() + 1)
    } else {
        (day.year() - 1, day.year())
    }
}

pub fn school_year_name((start, end): (i32, i32)) -> String {
    format!("{start}-{end}")
}

/// The help text as typed by the school: paragraphs separated by an empty line.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
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
