//! The director's action plan: what the school does with what it heard.

use axum::extract::{Path, State};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::store::{self, NewAction};
use crate::auth::CurrentStaff;
use crate::domain::dates::parse_form_date;
use crate::domain::ActionStatus;
use crate::error::{AppError, AppResult};
use crate::records::MATRIX_CELLS;
use crate::state::AppState;
use crate::timefmt;
use crate::web::{forms, see_other};

#[derive(Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    what: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due_on: String,
    #[serde(default)]
    source: String,
}

pub async fn add_action(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Form(form): Form<ActionForm>,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let what = forms::clean(&form.what);
    if what.is_empty() {
        return Ok(see_other("/exit", Some("problem-action-incomplete")));
    }
    let year = store::current_year(&state.db, me.school_id).await?;
    let source = if MATRIX_CELLS.contains(&form.source.as_str()) {
        form.source
    } else {
        String::new()
    };
    let action = NewAction {
        school_id: me.school_id,
        year_id: year.id,
        what: what.chars().take(500).collect(),
        owner: forms::clean(&form.owner),
        due_on: parse_form_date(&form.due_on).map(timefmt::iso),
        source,
        created_by: me.id,
    };
    store::add_action(&state.db, action).await?;
    Ok(see_other("/exit", Some("action-saved")))
}

#[derive(Deserialize)]
pub struct StatusForm {
    status: String,
}

pub async fn action_status(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    me.require_whole_school()?;
    let status = ActionStatus::parse(&form.status).ok_or(AppError::BadRequest)?;
    if !store::set_action_status(&state.db, me.school_id, id, status).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/exit", Some("saved")))
}
