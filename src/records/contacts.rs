//! The contact log and the parents' decision on the OPP, both posted from the pupil page.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::store::{self, NewContact, OppDecision};
use crate::audit;
use crate::auth::CurrentStaff;
use crate::domain::dates::parse_form_date;
use crate::domain::{LogChannel, OppStatus};
use crate::error::AppResult;
use crate::pupils::{visible_pupil, PupilRow};
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms::{self, FormErrors};
use crate::web::{render, see_other, Ctx};

#[derive(Deserialize)]
pub(super) struct ContactForm {
    #[serde(default)]
    channel: String,
    #[serde(default)]
    summary: String,
    positive: Option<String>,
    #[serde(default)]
    happened_on: String,
}

/// The contact form once more, as typed, with what is wrong (it lives on the pupil page).
#[derive(Template)]
#[template(path = "records/contact.html")]
struct ContactPage {
    ctx: Ctx,
    pupil: PupilRow,
    form: ContactForm,
    errors: FormErrors,
    channels: &'static [&'static str],
}

/// The contact as typed, checked: an empty date is today, a date that is no date is an error
/// (never silently today).
fn parse_contact(form: &ContactForm, errors: &mut FormErrors) -> Option<NewContact> {
    let summary = forms::clean(&form.summary);
    if summary.is_empty() {
        errors.add("contact_summary", "contact-summary-required");
    }
    let happened_on = match form.happened_on.trim() {
        "" => Some(timefmt::today()),
        typed => parse_form_date(typed),
    };
    if happened_on.is_none() {
        errors.add("happened_on", "contact-date-invalid");
    }
    let channel = LogChannel::parse(&form.channel);
    if channel.is_none() {
        errors.add("channel", "form-choose-option");
    }
    Some(NewContact {
        channel: channel?,
        positive: forms::checked(&form.positive),
        summary: summary.chars().take(2000).collect(),
        happened_on: timefmt::iso(happened_on?),
    })
    .filter(|_| errors.is_empty())
}

pub(super) async fn log_contact(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<ContactForm>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, id).await?;
    let mut errors = FormErrors::default();
    let Some(contact) = parse_contact(&form, &mut errors) else {
        // The page names the pupil: a view of their file like any other.
        audit::view(&state.db, &me, id, "contact", None).await?;
        return render(&ContactPage {
            ctx,
            pupil,
            form,
            errors,
            channels: LogChannel::CODES,
        });
    };
    store::log_contact(&state.db, &me, id, &contact).await?;
    Ok(see_other(&format!("/pupils/{id}"), Some("contact-saved")))
}

#[derive(Deserialize)]
pub(super) struct OppForm {
    status: String,
    #[serde(default)]
    decided_on: String,
    guardian: Option<String>,
    #[serde(default)]
    note: String,
}

/// Records the parents' decision on the OPP's action part: asked, given, refused or withdrawn,
/// with the date and which parent. Without consent the school may not give the extra support.
pub(super) async fn record_opp(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(form): Form<OppForm>,
) -> AppResult<Response> {
    visible_pupil(&state.db, &me, id).await?;
    let to = format!("/pupils/{id}");
    let (Some(status), Some(day)) = (
        OppStatus::parse(&form.status),
        parse_form_date(&form.decided_on),
    ) else {
        return Ok(see_other(&to, Some("problem-opp-incomplete")));
    };
    // Only a guardian of this pupil can be named as the one who decided.
    let guardian = match form.guardian.as_deref().and_then(|g| g.parse::<i64>().ok()) {
        Some(g) if store::is_guardian_of(&state.db, id, g).await? => Some(g),
        _ => None,
    };
    let decision = OppDecision {
        status,
        decided_on: timefmt::iso(day),
        guardian,
        note: forms::clean(&form.note).chars().take(1000).collect(),
    };
    store::record_opp(&state.db, &me, id, &decision).await?;
    Ok(see_other(&to, Some("opp-saved")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(happened_on: &str, summary: &str) -> ContactForm {
        ContactForm {
            channel: "phone".into(),
            summary: summary.into(),
            positive: None,
            happened_on: happened_on.into(),
        }
    }

    #[test]
    fn a_date_that_is_no_date_is_refused_not_made_today() {
        let mut errors = FormErrors::default();
        assert!(parse_contact(&form("31-02-2026", "Gebeld"), &mut errors).is_none());
        assert_eq!(errors.get("happened_on"), Some("contact-date-invalid"));
        let mut errors = FormErrors::default();
        let c = parse_contact(&form("", "Gebeld"), &mut errors).unwrap();
        assert_eq!(c.happened_on, timefmt::iso(timefmt::today()));
        let mut errors = FormErrors::default();
        assert!(parse_contact(&form("2026-03-14", " "), &mut errors).is_none());
        assert_eq!(
            errors.get("contact_summary"),
            Some("contact-summary-required")
        );
    }
}
