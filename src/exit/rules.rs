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

/// A family answers for at most this many people coming to a session.
pub const MAX_PEOPLE: i64 = 6;

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

/// Responses per cell for every school year, newest first, from (held on, answers) pairs;
/// a conversation without a readable date counts in no year.
pub fn by_year<'a>(
    held: impl IntoIterator<Item = (&'a str, &'a Answers)>,
) -> Vec<(String, [i64; 12])> {
    let mut years: BTreeMap<String, Vec<Answers>> = BTreeMap::new();
    for (held_on, answers) in held {
        if let Some(day) = crate::timefmt::parse_iso(held_on) {
            let name = crate::school::school_year_name(crate::school::school_year_of(day));
            years.entry(name).or_default().push(answers.clone());
        }
    }
    years
        .into_iter()
        .rev()
        .map(|(y, a)| (y, cell_counts(&a)))
        .collect()
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

/// Whether `people` more fit in a session of `capacity` of which `taken` places are taken.
pub fn has_room(taken: i64, people: i64, capacity: i64) -> bool {
    taken + people <= capacity
}

/// How many people a yes stands for: as typed when 1 to 6, otherwise one.
pub fn people_coming(typed: &str) -> i64 {
    typed
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|p| (1..=MAX_PEOPLE).contains(p))
        .unwrap_or(1)
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
    fn years_are_compared_newest_first() {
        let a = answers(&[("cell-1", "x")]);
        let b = answers(&[("cell-2", "y")]);
        let years = by_year([
            ("2024-10-01", &a),
            ("2025-09-01", &b),
            ("2025-03-01", &a),
            ("gisteren", &b),
        ]);
        let names: Vec<&str> = years.iter().map(|(y, _)| y.as_str()).collect();
        assert_eq!(names, ["2025-2026", "2024-2025"]);
        assert_eq!(years[1].1[0], 2);
        assert_eq!(years[0].1[1], 1);
    }

    #[test]
    fn sessions_hold_their_capacity() {
        assert!(has_room(28, 2, 30));
        assert!(!has_room(29, 2, 30));
        assert_eq!(people_coming(" 3 "), 3);
        assert_eq!(people_coming("7"), 1);
        assert_eq!(people_coming("0"), 1);
        assert_eq!(people_coming("veel"), 1);
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
