//! Pure decisions about records, agreements and contact moments.

use super::{sections_of, Answers};
use crate::domain::{AgreementStatus, ConversationForm, PlanChannel, RecordKind};
use crate::timefmt;

/// Which required answers are missing (keys), for a kind and the given answers.
pub fn missing_answers(kind: RecordKind, answers: &Answers) -> Vec<&'static str> {
    sections_of(kind)
        .iter()
        .flat_map(|s| s.prompts.iter())
        .filter(|p| p.required && answers.map().get(p.key).is_none_or(|a| a.trim().is_empty()))
        .map(|p| p.key)
        .collect()
}

/// Whether a record may be closed: a startgesprek needs the pupil's communication plan.
pub fn may_close(kind: RecordKind, has_plan: bool) -> Result<(), &'static str> {
    if kind == RecordKind::Start && !has_plan {
        Err("record-needs-plan")
    } else {
        Ok(())
    }
}

/// An agreement is overdue when its review date has passed and it is still open.
pub fn is_overdue(status: AgreementStatus, review_on: Option<&str>, today: &str) -> bool {
    status == AgreementStatus::Open && review_on.is_some_and(|d| !d.is_empty() && d < today)
}

/// The answers of the first startgesprek shown beside a closing or exit talk, in this order.
const EXPECTATION_KEYS: [&str; 4] = ["ambition", "expect-parents", "expect-school", "work-on"];

/// The family's expectations from the first startgesprek: (prompt key, answer), unanswered
/// prompts left out.
pub fn expectations(first_start: &Answers) -> Vec<(String, String)> {
    EXPECTATION_KEYS
        .iter()
        .filter_map(|k| {
            first_start
                .map()
                .get(*k)
                .filter(|v| !v.is_empty())
                .map(|v| (k.to_string(), v.clone()))
        })
        .collect()
}

/// The form of a conversation that a contact moment turns into.
pub fn round_form(channel: Option<PlanChannel>) -> ConversationForm {
    match channel {
        Some(PlanChannel::Phone) => ConversationForm::Phone,
        Some(PlanChannel::Video) => ConversationForm::Video,
        Some(PlanChannel::HomeVisit) => ConversationForm::Home,
        _ => ConversationForm::School,
    }
}

/// Booking for a contact moment stays open until the moment's date (midnight, Amsterdam), or
/// two weeks when it has none or that date has passed.
pub fn invitation_closes(due_on: Option<&str>, now: i64) -> i64 {
    due_on
        .and_then(timefmt::parse_iso)
        .map(|d| timefmt::from_amsterdam(d, time::Time::MIDNIGHT))
        .filter(|c| *c > now)
        .unwrap_or(now + 14 * 86_400)
}

/// Where saving the plan leads: back to the draft startgesprek the teacher came from, or the
/// pupil's page.
pub fn after_plan(back: &str, pupil_id: i64) -> String {
    if back.starts_with("/records/") {
        crate::web::forms::safe_next(Some(back))
    } else {
        format!("/pupils/{pupil_id}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        let mut a = Answers::default();
        for (k, v) in pairs {
            a.insert(k, v.to_string());
        }
        a
    }

    #[test]
    fn progress_needs_what_goes_well_and_a_startgesprek_is_no_questionnaire() {
        let empty = Answers::default();
        assert_eq!(
            missing_answers(RecordKind::Progress, &empty),
            vec!["goes-well"]
        );
        assert_eq!(
            missing_answers(RecordKind::Progress, &answers(&[("goes-well", "  ")])),
            vec!["goes-well"]
        );
        let well = answers(&[("goes-well", "Leest graag")]);
        assert!(missing_answers(RecordKind::Progress, &well).is_empty());
        assert!(missing_answers(RecordKind::Start, &empty).is_empty());
        assert_eq!(missing_answers(RecordKind::Other, &empty), vec!["summary"]);
    }

    #[test]
    fn a_startgesprek_closes_only_with_a_plan() {
        assert_eq!(
            may_close(RecordKind::Start, false),
            Err("record-needs-plan")
        );
        assert_eq!(may_close(RecordKind::Start, true), Ok(()));
        assert_eq!(may_close(RecordKind::Progress, false), Ok(()));
    }

    #[test]
    fn overdue_agreements() {
        use AgreementStatus::{Done, Open};
        assert!(is_overdue(Open, Some("2026-10-01"), "2026-11-22"));
        assert!(!is_overdue(Done, Some("2026-10-01"), "2026-11-22"));
        assert!(!is_overdue(Open, Some("2026-12-01"), "2026-11-22"));
        assert!(!is_overdue(Open, Some(""), "2026-11-22"));
        assert!(!is_overdue(Open, None, "2026-11-22"));
    }

    #[test]
    fn expectations_keep_their_order_and_skip_empty_answers() {
        let first = answers(&[
            ("work-on", "Rekenen"),
            ("ambition", "Vlot lezen"),
            ("expect-school", ""),
            ("proud", "Tekeningen"),
        ]);
        assert_eq!(
            expectations(&first),
            vec![
                ("ambition".to_string(), "Vlot lezen".to_string()),
                ("work-on".to_string(), "Rekenen".to_string()),
            ]
        );
    }

    #[test]
    fn moments_become_rounds_in_their_own_form() {
        assert_eq!(
            round_form(Some(PlanChannel::Phone)),
            ConversationForm::Phone
        );
        assert_eq!(
            round_form(Some(PlanChannel::Video)),
            ConversationForm::Video
        );
        assert_eq!(
            round_form(Some(PlanChannel::HomeVisit)),
            ConversationForm::Home
        );
        assert_eq!(
            round_form(Some(PlanChannel::Email)),
            ConversationForm::School
        );
        assert_eq!(round_form(None), ConversationForm::School);

        let now = 1_800_000_000;
        assert_eq!(invitation_closes(None, now), now + 14 * 86_400);
        assert_eq!(
            invitation_closes(Some("2000-01-01"), now),
            now + 14 * 86_400
        );
        let later = invitation_closes(Some("2099-06-01"), now);
        assert_eq!(
            later,
            timefmt::from_amsterdam(
                timefmt::parse_iso("2099-06-01").unwrap(),
                time::Time::MIDNIGHT
            )
        );
    }

    #[test]
    fn the_plan_leads_back_only_to_a_record() {
        assert_eq!(after_plan("/records/4/edit", 7), "/records/4/edit");
        assert_eq!(after_plan("https://evil.example", 7), "/pupils/7");
        assert_eq!(after_plan("", 7), "/pupils/7");
    }
}
