//! Marking a pupil as leaving (from the pupil's page).

use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::store::{self, Leaving};
use crate::auth::access::Reach;
use crate::auth::CurrentStaff;
use crate::domain::dates::parse_form_date;
use crate::domain::LeavingReason;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::timefmt;
use crate::web::{forms, see_other};

#[derive(Deserialize)]
pub struct LeavingForm {
    #[serde(default)]
    leaving_on: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    destination: String,
}

/// Marks a pupil as leaving (or, with an empty date, as staying after all).
pub async fn mark_leaving(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(form): Form<LeavingForm>,
) -> AppResult<Response> {
    store::visible_pupil(&state.db, &Reach::of(&me), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let leaving = if form.leaving_on.trim().is_empty() {
        None
    } else {
        let Some(day) = parse_form_date(&form.leaving_on) else {
            return Ok(see_other(
                &format!("/pupils/{id}"),
                Some("problem-leaving-incomplete"),
            ));
        };
        Some(Leaving {
            on: timefmt::iso(day),
            reason: LeavingReason::parse(&form.reason),
            destination: forms::clean(&form.destination),
        })
    };
    store::set_leaving(&state.db, &me, id, leaving.as_ref()).await?;
    Ok(see_other(&format!("/pupils/{id}"), Some("leaving-saved")))
}
