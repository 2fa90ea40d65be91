//! Pure decisions of the exit feature: what may be shown publicly, how answers are counted per
//! matrix cell and per school year, what an exit report says, and whether a session has room.

use std::collections::BTreeMap;

use crate::domain::AdviceAnswer;
use crate::domain::Answers;
use crate::i18n::Lang;
use crate::records::MATRIX_CELLS;

/// Fewer contributions than this are not shown on the public summary (nobody recognisable).
pub const MIN_REPORTED: i64 = 5;

/// The follow-up questionnaire goes to families this many days after the pupil left.
pub const FOLLOWUP_AFTER_DAYS: i64 = 182;

/// A count for the public page, or None when it is too small to show.
pub fn reportable(count: i64) -> Option<i64> {
    (count >= MIN_REPORTED).then_some(count)
}

/// How many exit conversations said something about each matrix cell.
pub fn cell_counts(answers: &[Answers]) -> [i64; 12] {
    let mut counts = [0; 12];
    for a in answers {
        for (i, cell) in MATRIX_CELLS.iter().enumerate() {
            if a.said(cell).is_some() {
                counts[i] += 1;
            }
        }
    }
    counts
}

/// Everything said under `key`, in the order of the conversations.
pub fn said_under(answers: &[Answers], key: &str) -> Vec<String> {
    answers
        .iter()
        .filter_map(|a| a.said(key).map(str::to_string))
        .collect()
}

/// A school year by its own days: (name, first day, last day), ISO.
pub type YearSpan = (String, String, String);

/// Responses per cell for the school's own years, newest first: a conversation counts in the
/// year whose days hold it (a year without conversations shows zeros); one held before the
/// school's years (brought along from earlier) counts in the calendar school year, August to
/// July. `until` (a year name) leaves out the years after it, so an earlier year is compared
/// with the years before it.
pub fn by_school_year<'a>(
    years: &[YearSpan],
    until: &str,
    held: impl IntoIterator<Item = (&'a str, &'a Answers)>,
) -> Vec<(String, [i64; 12])> {
    // By first day: (name, last day, what was said).
    let mut by_start: BTreeMap<String, (String, String, Vec<Answers>)> = years
        .iter()
        .map(|(name, from, to)| (from.clone(), (name.clone(), to.clone(), Vec::new())))
        .collect();
    for (held_on, a) in held {
        let own = by_start
            .range(..=held_on.to_string())
            .next_back()
            .filter(|(_, (_, to, _))| held_on <= to.as_str())
            .map(|(from, _)| from.clone());
        let key = match own {
            Some(from) => from,
            None => {
                let Some(day) = crate::timefmt::parse_iso(held_on) else {
                    continue;
                };
                let span = crate::school::school_year_of(day);
                let from = format!("{}-08-01", span.0);
                by_start.entry(from.clone()).or_insert_with(|| {
                    (
                        crate::school::school_year_name(span),
                        String::new(),
                        Vec::new(),
                    )
                });
                from
            }
        };
        if let Some(entry) = by_start.get_mut(&key) {
            entry.2.push(a.clone());
        }
    }
    let last = years
        .iter()
        .find(|(name, ..)| name == until)
        .map(|(_, from, _)| from.clone());
    by_start
        .into_iter()
        .rev()
        .filter(|(from, _)| last.as_ref().is_none_or(|l| from <= l))
        .map(|(_, (name, _, a))| (name, cell_counts(&a)))
        .collect()
}

/// The involvement matrix's rows (who turns to whom) and columns (how far), as text keys: cell
/// `4 × row + column + 1` is where they meet.
pub const MATRIX_ROWS: [&str; 3] = [
    "yearviews-row-own-child",
    "yearviews-row-group-school",
    "yearviews-row-school-parents",
];
pub const MATRIX_COLUMNS: [&str; 4] = [
    "yearviews-col-meeleven",
    "yearviews-col-meehelpen",
    "yearviews-col-meedenken",
    "yearviews-col-meebeslissen",
];

/// The answer key of the matrix cell in `row` and `column` (both from 0).
pub fn matrix_cell(row: usize, column: usize) -> &'static str {
    MATRIX_CELLS[row * MATRIX_COLUMNS.len() + column]
}

/// The first day of a school year named "2025-2026", as ISO text.
pub fn year_start(name: &str) -> String {
    format!("{}-08-01", name.get(..4).unwrap_or("2000"))
}

/// Families of pupils who left on or before this day (ISO) are due for the follow-up
/// questionnaire.
pub fn followup_left_by(today: time::Date) -> String {
    crate::timefmt::iso(today.saturating_sub(time::Duration::days(FOLLOWUP_AFTER_DAYS)))
}

/// The follow-up questionnaire's replies in figures.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FollowupSummary {
    pub sent: i64,
    pub answered: i64,
    /// Replies per `AdviceAnswer`, in its order (yes, partly, no).
    pub advice: [i64; 3],
    pub comments: Vec<String>,
    pub due: i64,
}

impl FollowupSummary {
    /// Adds one questionnaire that was sent; only answered ones say anything.
    pub fn add(&mut self, answered: bool, advice: &str, comment: &str) {
        self.sent += 1;
        if !answered {
            return;
        }
        self.answered += 1;
        if let Some(i) =
            AdviceAnswer::parse(advice).and_then(|a| AdviceAnswer::ALL.iter().position(|x| *x == a))
        {
            self.advice[i] += 1;
        }
        if !comment.trim().is_empty() {
            self.comments.push(comment.to_string());
        }
    }
}

/// The body of an exit report (individual talk or group session): what was said per section,
/// then in main lines what the school does with it (the action plan), then the signature.
pub fn report_body(
    lang: Lang,
    answers: &BTreeMap<String, String>,
    plan: &[(String, String)],
    school: &str,
) -> String {
    let mut text = String::new();
    for section in super::exit_sections() {
        let lines: Vec<String> = section
            .prompts
            .iter()
            .filter_map(|p| {
                answers
                    .get(p.key)
                    .filter(|a| !a.trim().is_empty())
                    .map(|a| format!("- {}: {a}", lang.t(&format!("prompt-{}", p.key))))
            })
            .collect();
        if !lines.is_empty() {
            text.push_str(&format!(
                "\n\n{}\n{}",
                lang.t(&format!("section-{}", section.key)),
                lines.join("\n")
            ));
        }
    }
    text.push_str(&format!("\n\n{}", lang.t("exit-report-what-we-do")));
    if plan.is_empty() {
        text.push_str(&format!("\n{}", lang.t("exit-report-no-actions")));
    }
    for (what, status) in plan {
        text.push_str(&format!(
            "\n- {what} ({})",
            lang.t(&format!("action-status-{status}"))
        ));
    }
    text.push_str(&format!(
        "\n\n{}",
        lang.tr("exit-report-signature", &[("school", school.to_string())])
    ));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arabic_report_has_arabic_headings_and_signature() {
        let answers = BTreeMap::from([("cell-1".to_string(), "جيد".to_string())]);
        let body = report_body(Lang::Ar, &answers, &[], "OBS De Linde");
        for key in [
            "section-exit-own-child",
            "exit-report-what-we-do",
            "exit-report-no-actions",
        ] {
            assert!(Lang::Ar.has(key), "{key}");
            assert!(body.contains(&Lang::Ar.t(key)), "{key} in {body}");
            assert!(!body.contains(&Lang::Nl.t(key)), "Dutch {key} in {body}");
        }
        assert!(body.contains("OBS De Linde"));
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<BTreeMap<_, _>>()
            .into()
    }

    #[test]
    fn small_numbers_are_not_shown() {
        assert_eq!(reportable(4), None);
        assert_eq!(reportable(5), Some(5));
    }

    #[test]
    fn cells_are_counted_per_conversation() {
        let counts = cell_counts(&[
            answers(&[("cell-1", "Goed contact"), ("cell-9", "x")]),
            answers(&[("cell-1", "Ja"), ("cell-2", "  ")]),
        ]);
        assert_eq!(counts[0], 2);
        assert_eq!(counts[1], 0, "blank answers do not count");
        assert_eq!(counts[8], 1);
    }

    #[test]
    fn real_school_years_hold_their_own_days() {
        let a = answers(&[("cell-1", "x")]);
        let b = answers(&[("cell-12", "y")]);
        let span = |n: &str, f: &str, t: &str| (n.to_string(), f.to_string(), t.to_string());
        let years = vec![
            span("2025-2026", "2025-08-01", "2026-07-31"),
            span("2026-2027", "2026-08-01", "2027-07-31"),
            span("2024-2025", "2024-08-01", "2025-07-31"),
        ];
        let held = [
            ("2026-07-31", &a),
            ("2026-08-01", &b),
            ("2025-08-01", &a),
            ("1999-01-01", &b),
        ];
        let all = by_school_year(&years, "2026-2027", held);
        let names: Vec<&str> = all.iter().map(|(y, _)| y.as_str()).collect();
        assert_eq!(names, ["2026-2027", "2025-2026", "2024-2025", "1998-1999"]);
        assert_eq!(all[0].1[11], 1, "1 August belongs to the new year");
        assert_eq!(all[1].1[0], 2, "31 July still to the old one");
        assert_eq!(all[2].1, [0; 12], "a year without talks shows zeros");
        let earlier = by_school_year(&years, "2025-2026", held);
        assert_eq!(earlier.len(), 3, "the later year is left out");
        assert_eq!(earlier[0].0, "2025-2026");
        // Held before the school's years: its calendar school year.
        assert_eq!(earlier[2].0, "1998-1999");
        assert_eq!(earlier[2].1[11], 1);
    }

    #[test]
    fn the_matrix_grid_follows_the_twelve_cells() {
        assert_eq!(matrix_cell(0, 0), "cell-1");
        assert_eq!(matrix_cell(0, 3), "cell-4");
        assert_eq!(matrix_cell(1, 0), "cell-5");
        assert_eq!(matrix_cell(2, 3), "cell-12");
    }

    #[test]
    fn followup_replies_are_counted_once_answered() {
        let mut s = FollowupSummary::default();
        s.add(false, "", "");
        s.add(true, "partly", "Goed begonnen");
        s.add(true, "no", " ");
        s.add(true, "", "");
        assert_eq!((s.sent, s.answered), (4, 3));
        assert_eq!(s.advice, [0, 1, 1]);
        assert_eq!(s.comments, ["Goed begonnen"]);
        assert_eq!(year_start("2025-2026"), "2025-08-01");
    }
}
