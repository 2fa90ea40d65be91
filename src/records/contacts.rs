//! The contact log and the parents' decision on the OPP, both posted from the pupil page.

use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::store::{self, NewContact, OppDecision};
use crate::auth::CurrentStaff;
use crate::domain::dates::parse_form_date;
use crate::domain::{LogChannel, OppStatus};
use crate::error::AppResult;
use crate::pupils::visible_pupil;
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms;
use crate::web::see_other;

#[derive(Deserialize)]
pub(super) struct ContactForm {
    channel: String,
    #[serde(default)]
    summary: String,
    positive: Option<String>,
    #[serde(default)]
    happened_on: String,
}

pub(super) async fn log_contact(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(form): Form<ContactForm>,
) -> AppResult<Response> {
    visible_pupil(&state.db, &me, id).await?;
    let to = format!("/pupils/{id}");
    let summary = forms::clean(&form.summary);
    let channel = LogChannel::parse(&form.channel).filter(|_| !summary.is_empty());
    let Some(channel) = channel else {
        return Ok(see_other(&to, Some("problem-contact-incomplete")));
    };
    let contact = NewContact {
        channel,
        positive: forms::checked(&form.positive),
        summary: summary.chars().take(2000).collect(),
        happened_on: timefmt::iso(
            parse_form_date(&form.happened_on).unwrap_or_else(timefmt::today),
        ),
    };
    store::log_contact(&state.db, &me, id, &contact).await?;
    Ok(see_other(&to, Some("contact-saved")))
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
