//! Staff pages of the timetable: make it, and record the times that suit a family.

use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use crate::auth::access::Reach;
use crate::auth::CurrentStaff;
use crate::error::AppResult;
use crate::rounds::families::require_pupil_in_round;
use crate::rounds::{store, visible_round};
use crate::state::AppState;
use crate::timefmt;
use crate::web::see_other;

/// The school makes the timetable: every family without an appointment gets a proposed time.
pub async fn make_timetable(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    if let Some(refused) = crate::rounds::refuse_when_history(&state.db, id).await? {
        return Ok(refused);
    }
    let (placed, left) = super::make(&state.db, &Reach::of(&me), &round).await?;
    tracing::info!(round = id, placed, left, "timetable made");
    Ok(see_other(
        &format!("/rounds/{id}/families"),
        Some("timetable-made"),
    ))
}

#[derive(Deserialize)]
pub struct ConstraintForm {
    #[serde(default)]
    earliest: String,
    #[serde(default)]
    latest: String,
}

/// "HH:MM" for a time as typed, or empty when it is not one.
fn clock_or_empty(v: &str) -> String {
    timefmt::parse_clock(v)
        .map(|t| format!("{:02}:{:02}", t.hour(), t.minute()))
        .unwrap_or_default()
}

/// Records what a family told the school about times that work for them.
pub async fn save_constraint(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((id, pupil)): Path<(i64, i64)>,
    Form(form): Form<ConstraintForm>,
) -> AppResult<Response> {
    visible_round(&state.db, &me, id).await?;
    if let Some(refused) = crate::rounds::refuse_when_history(&state.db, id).await? {
        return Ok(refused);
    }
    require_pupil_in_round(&state.db, &Reach::of(&me), id, pupil).await?;
    store::families::save_constraint(
        &state.db,
        id,
        pupil,
        &clock_or_empty(&form.earliest),
        &clock_or_empty(&form.latest),
    )
    .await?;
    Ok(see_other(
        &format!("/rounds/{id}/families#pupil-{pupil}"),
        Some("constraint-saved"),
    ))
}
