//! The hand-over note's form handler; the timeline itself is shown on the pupil page.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use axum::Form;

use super::{rules, store};
use crate::auth::CurrentStaff;
use crate::error::{AppError, AppResult};
use crate::pupils::{visible_pupil, PupilRow};
use crate::school;
use crate::state::AppState;
use crate::web::forms::{FormData, FormErrors};
use crate::web::Routes;
use crate::web::{render, see_other, Ctx};

pub fn router() -> Routes {
    Routes::new().route("/pupils/{id}/handover", post(save_handover))
}

#[derive(Template)]
#[template(path = "history/handover.html")]
struct HandoverPage {
    ctx: Ctx,
    pupil: PupilRow,
    year_name: String,
    note: String,
    errors: FormErrors,
}

/// Saves this year's hand-over note; it stays editable until the switch (after it, this year
/// is closed and the form writes the new year's note).
async fn save_handover(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, id).await?;
    if pupil.archived {
        return Err(AppError::NotFound);
    }
    if !super::may_write_handover(&state.db, &me, pupil.group_id).await? {
        return Err(AppError::Forbidden);
    }
    let data = FormData(data);
    let (year_id, year_name) = school::current_year(&state.db, me.school_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let typed = data.get("note").trim().to_string();
    let mut errors = FormErrors::default();
    if typed.is_empty() {
        errors.add("note", "handover-note-required");
    } else if typed.chars().count() > rules::NOTE_MAX {
        errors.add("note", "handover-note-too-long");
    }
    if !errors.is_empty() {
        return render(&HandoverPage {
            ctx,
            pupil,
            year_name,
            note: typed,
            errors,
        });
    }
    store::save_note(&state.db, &me, id, year_id, &typed).await?;
    Ok(see_other(
        &format!("/pupils/{id}#handover"),
        Some("handover-saved"),
    ))
}
