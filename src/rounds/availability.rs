//! Teachers' availability in a round: add a block of time (cut into slots), remove one.

use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;

use super::overview::show_page;
use super::{add_block, store, visible_round};
use crate::auth::CurrentStaff;
use crate::domain::dates;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms::{FormData, FormErrors};
use crate::web::{see_other, Ctx};

/// Adds a block of availability and cuts it into slots. Slots that already exist (an
/// overlapping block) are kept as they are.
pub async fn add_availability(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    if let Some(refused) = crate::rounds::refuse_when_history(&state.db, id).await? {
        return Ok(refused);
    }
    let data = FormData(data);
    let hosts = store::hosts(&state.db, id).await?;
    let staff_id = data.get("staff").parse::<i64>().unwrap_or(me.id);
    // Teachers add their own time; directors and administrators may plan for the round's teachers.
    if !hosts.iter().any(|h| h.id == staff_id)
        || (staff_id != me.id && !me.roles.sees_whole_school())
    {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let day = dates::parse_form_date(data.get("day"));
    let (from, to) = (
        timefmt::parse_clock(data.get("starts")),
        timefmt::parse_clock(data.get("ends")),
    );
    if day.is_none() {
        errors.add("day", "round-moment-invalid");
    }
    if from.is_none() || to.is_none() || from >= to {
        errors.add("starts", "availability-times-invalid");
    }
    let (Some(day), Some(from), Some(to)) = (day, from, to) else {
        return show_page(&state.db, &me, ctx, round, errors, Some(staff_id)).await;
    };
    if !errors.is_empty() {
        return show_page(&state.db, &me, ctx, round, errors, Some(staff_id)).await;
    }
    let mut tx = state.db.begin().await?;
    add_block(&mut tx, &round, staff_id, day, from, to).await?;
    tx.commit().await?;
    Ok(see_other(
        &format!("/rounds/{id}?teacher={staff_id}"),
        Some("availability-added"),
    ))
}

/// Removes a block: its free slots go, booked ones stay (flagged for the teacher), so no
/// family silently loses its appointment.
pub async fn remove_availability(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((id, block)): Path<(i64, i64)>,
) -> AppResult<Response> {
    visible_round(&state.db, &me, id).await?;
    if let Some(refused) = crate::rounds::refuse_when_history(&state.db, id).await? {
        return Ok(refused);
    }
    let owner = store::block_owner(&state.db, id, block)
        .await?
        .ok_or(AppError::NotFound)?;
    if owner != me.id && !me.roles.sees_whole_school() {
        return Err(AppError::Forbidden);
    }
    store::remove_block(&state.db, block).await?;
    Ok(see_other(
        &format!("/rounds/{id}?teacher={owner}"),
        Some("availability-removed"),
    ))
}
