//! The new-round form: what was typed (to show it again) and, when it holds, the checked round.

use std::ops::RangeInclusive;

use super::default_slot_minutes;
use super::store::NewRound;
use crate::domain::{dates, ConversationForm, RoundKind};
use crate::groups::GroupOption;
use crate::pupilprep::RoundDefault;
use crate::timefmt;
use crate::web::forms::{self, FormData, FormErrors};

/// The form as typed.
#[derive(Default)]
pub struct RoundForm {
    pub kind: String,
    pub title: String,
    pub group_ids: Vec<i64>,
    pub opens_date: String,
    pub opens_time: String,
    pub closes_date: String,
    pub closes_time: String,
    pub slot_minutes: String,
    pub gap_minutes: String,
    pub form: String,
    pub location: String,
    /// `grade` (as the grades of the chosen groups say), `yes` or `no`.
    pub pupil_expected: String,
    pub attendees: String,
    pub invitation_text: String,
    pub reminder_hours: String,
}

impl RoundForm {
    /// What the form shows for a new round (a booking window of two weeks from today).
    pub fn blank(today: time::Date) -> RoundForm {
        RoundForm {
            kind: RoundKind::Start.code().into(),
            opens_date: timefmt::iso(today),
            opens_time: "08:00".into(),
            closes_date: timefmt::iso(today.saturating_add(time::Duration::days(14))),
            closes_time: "20:00".into(),
            slot_minutes: String::new(),
            gap_minutes: "5".into(),
            form: ConversationForm::School.code().into(),
            pupil_expected: "grade".into(),
            reminder_hours: "24".into(),
            ..RoundForm::default()
        }
    }
}

/// A date and a clock time typed in two fields, as unix seconds.
fn moment(errors: &mut FormErrors, field: &'static str, date: &str, clock: &str) -> Option<i64> {
    match (dates::parse_form_date(date), timefmt::parse_clock(clock)) {
        (Some(d), Some(t)) => Some(timefmt::from_amsterdam(d, t)),
        _ => {
            errors.add(field, "round-moment-invalid");
            None
        }
    }
}

/// A whole number within `range`; empty means `default`.
fn number(
    errors: &mut FormErrors,
    field: &'static str,
    v: &str,
    default: i64,
    range: RangeInclusive<i64>,
) -> i64 {
    if v.trim().is_empty() {
        return default;
    }
    match v.trim().parse::<i64>() {
        Ok(n) if range.contains(&n) => n,
        _ => {
            errors.add(field, "round-number-invalid");
            default
        }
    }
}

/// Whether the pupil attends: chosen outright, or by the grade setting of the chosen groups
/// (`attends`: per group id); None when the grades differ and nobody chose.
fn pupil_attends(choice: &str, group_ids: &[i64], attends: &[(i64, bool)]) -> Option<bool> {
    match choice {
        "yes" | "on" => Some(true),
        "grade" => {
            let chosen: Vec<bool> = attends
                .iter()
                .filter(|(g, _)| group_ids.contains(g))
                .map(|(_, a)| *a)
                .collect();
            match crate::pupilprep::rules::round_default(&chosen) {
                RoundDefault::Attends => Some(true),
                RoundDefault::Without => Some(false),
                RoundDefault::Mixed => None,
            }
        }
        // Unticked (the box of old forms) or `no`.
        _ => Some(false),
    }
}

/// Reads the form; only groups in `allowed` count; `attends` holds each allowed group's grade
/// setting for the pupil's attendance. Returns what was typed and, when every field holds, the
/// round to create.
// One pass over the fields in form order, so the error summary lists them in that order.
pub fn parse(
    data: &FormData,
    allowed: &[GroupOption],
    attends: &[(i64, bool)],
) -> (RoundForm, FormErrors, Option<NewRound>) {
    let mut errors = FormErrors::default();
    let e = &mut errors;
    let kind = RoundKind::parse(data.get("kind"));
    if kind.is_none() {
        e.add("kind", "form-choose-option");
    }
    let title = forms::required(e, "title", data.get("title"), 120);
    let group_ids: Vec<i64> = data
        .ids("group")
        .into_iter()
        .filter(|g| allowed.iter().any(|a| a.id == *g))
        .collect();
    if group_ids.is_empty() {
        e.add("groups", "round-groups-required");
    }
    let opens = moment(
        e,
        "opens_date",
        data.get("opens_date"),
        data.get("opens_time"),
    );
    let closes = moment(
        e,
        "closes_date",
        data.get("closes_date"),
        data.get("closes_time"),
    );
    if let (Some(o), Some(c)) = (opens, closes) {
        if c <= o {
            e.add("closes_date", "round-closes-before-opens");
        }
    }
    let default_slot = default_slot_minutes(data.get("kind"));
    let slot = number(
        e,
        "slot_minutes",
        data.get("slot_minutes"),
        default_slot,
        5..=180,
    );
    let gap = number(e, "gap_minutes", data.get("gap_minutes"), 5, 0..=60);
    let reminder = number(e, "reminder_hours", data.get("reminder_hours"), 24, 0..=168);
    let form = ConversationForm::parse(data.get("form"));
    if form.is_none() {
        e.add("form", "form-choose-option");
    }
    let pupil_expected = pupil_attends(data.get("pupil_expected"), &group_ids, attends);
    if pupil_expected.is_none() {
        e.add("pupil_expected", "pupilprep-round-mixed-choose");
    }
    let typed = RoundForm {
        kind: data.get("kind").into(),
        title,
        group_ids,
        opens_date: data.get("opens_date").into(),
        opens_time: data.get("opens_time").into(),
        closes_date: data.get("closes_date").into(),
        closes_time: data.get("closes_time").into(),
        slot_minutes: data.get("slot_minutes").into(),
        gap_minutes: data.get("gap_minutes").into(),
        form: data.get("form").into(),
        location: forms::optional(e, "location", data.get("location"), 200),
        pupil_expected: data.get("pupil_expected").into(),
        attendees: forms::optional(e, "attendees", data.get("attendees"), 300),
        invitation_text: data
            .get("invitation_text")
            .trim()
            .chars()
            .take(5000)
            .collect(),
        reminder_hours: data.get("reminder_hours").into(),
    };
    let round = match (kind, form, opens, closes, pupil_expected) {
        (Some(kind), Some(form), Some(opens_at), Some(closes_at), Some(pupil_expected))
            if errors.is_empty() =>
        {
            Some(NewRound {
                kind,
                title: typed.title.clone(),
                group_ids: typed.group_ids.clone(),
                opens_at,
                closes_at,
                slot_minutes: slot,
                gap_minutes: gap,
                form,
                location: typed.location.clone(),
                pupil_expected,
                attendees: typed.attendees.clone(),
                invitation_text: typed.invitation_text.clone(),
                reminder_hours: reminder,
            })
        }
        _ => None,
    };
    (typed, errors, round)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(pairs: &[(&str, &str)]) -> FormData {
        FormData(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    fn groups() -> Vec<GroupOption> {
        vec![GroupOption {
            id: 3,
            name: "Groep 3".into(),
        }]
    }

    #[test]
    fn a_complete_form_makes_a_round_with_defaults() {
        let (_, errors, round) = parse(
            &data(&[
                ("kind", "progress"),
                ("title", " Voortgang "),
                ("group", "3"),
                ("group", "9"),
                ("opens_date", "01-09-2026"),
                ("opens_time", "08:00"),
                ("closes_date", "2026-09-14"),
                ("closes_time", "20:00"),
                ("form", "video"),
            ]),
            &groups(),
            &[],
        );
        assert!(errors.is_empty(), "{errors:?}");
        let round = round.expect("a round");
        assert_eq!(round.kind, RoundKind::Progress);
        assert_eq!(round.form, ConversationForm::Video);
        assert_eq!(round.title, "Voortgang");
        assert_eq!(round.group_ids, vec![3], "only allowed groups");
        assert_eq!(
            (round.slot_minutes, round.gap_minutes, round.reminder_hours),
            (15, 5, 24)
        );
        assert!(!round.pupil_expected);
        assert!(round.opens_at < round.closes_at);
    }

    #[test]
    fn the_pupil_attends_as_the_chosen_groups_grades_say_unless_chosen() {
        let attends = [(3, true), (4, false)];
        assert_eq!(pupil_attends("grade", &[3], &attends), Some(true));
        assert_eq!(pupil_attends("grade", &[4], &attends), Some(false));
        assert_eq!(pupil_attends("grade", &[3, 4], &attends), None, "mixed");
        assert_eq!(pupil_attends("yes", &[4], &attends), Some(true));
        assert_eq!(pupil_attends("on", &[4], &attends), Some(true));
        assert_eq!(pupil_attends("no", &[3], &attends), Some(false));
        assert_eq!(pupil_attends("", &[3], &attends), Some(false));
    }

    #[test]
    fn mistakes_are_named_per_field() {
        let (typed, errors, round) = parse(
            &data(&[
                ("kind", "party"),
                ("group", "9"),
                ("opens_date", "14-09-2026"),
                ("opens_time", "08:00"),
                ("closes_date", "01-09-2026"),
                ("closes_time", "20:00"),
                ("slot_minutes", "2"),
                ("form", "school"),
            ]),
            &groups(),
            &[],
        );
        assert!(round.is_none());
        assert_eq!(typed.kind, "party", "shown again as typed");
        assert_eq!(errors.get("kind"), Some("form-choose-option"));
        assert_eq!(errors.get("title"), Some("form-required"));
        assert_eq!(errors.get("groups"), Some("round-groups-required"));
        assert_eq!(errors.get("closes_date"), Some("round-closes-before-opens"));
        assert_eq!(errors.get("slot_minutes"), Some("round-number-invalid"));
        assert_eq!(errors.get("form"), None);
    }
}
