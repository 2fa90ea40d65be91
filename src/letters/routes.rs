//! Printing letters: one guardian's, or every family's without e-mail that has no time yet.
//! Both are POSTs (they make links and log attempts) that answer with the printable page.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;

use super::{print, Letter, Printed, Who};
use crate::auth::CurrentStaff;
use crate::error::{AppError, AppResult};
use crate::rounds::{visible_round, Round};
use crate::state::AppState;
use crate::web::{no_referrer, render, see_other, Ctx, Routes};

pub fn router() -> Routes {
    Routes::new()
        .route("/rounds/{id}/guardians/{guardian}/letter", post(print_one))
        .route("/rounds/{id}/letters", post(print_without_email))
}

#[derive(Template)]
#[template(path = "letters/print.html")]
struct PrintPage {
    ctx: Ctx,
    round: Round,
    letters: Vec<Letter>,
}

fn page(ctx: Ctx, round: Round, letters: Vec<Letter>) -> AppResult<Response> {
    // The page holds live links: never cached (the default), never sent on as a referrer.
    Ok(no_referrer(render(&PrintPage {
        ctx,
        round,
        letters,
    })?))
}

fn back(round: i64, flash: &str) -> Response {
    see_other(&format!("/rounds/{round}/families"), Some(flash))
}

/// One guardian's letter. Not Found unless the guardian receives invitations for a pupil of
/// the round whom this person may see.
async fn print_one(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path((id, guardian)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    if let Some(refused) = crate::rounds::refuse_when_history(&state.db, id).await? {
        return Ok(refused);
    }
    let who = Who::One(guardian);
    match print(&state.db, &me, &round, &state.config.base_url, &who).await? {
        Printed::Nobody => Err(AppError::NotFound),
        Printed::Closed => Ok(back(id, "problem-letters-round-closed")),
        Printed::Letters(letters) => page(ctx, round, letters),
    }
}

/// A letter for every guardian without an e-mail address among the families of this person's
/// groups whose children in the round have no time yet, one per printed page.
async fn print_without_email(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let round = visible_round(&state.db, &me, id).await?;
    if let Some(refused) = crate::rounds::refuse_when_history(&state.db, id).await? {
        return Ok(refused);
    }
    let who = Who::WithoutEmailNotBooked;
    match print(&state.db, &me, &round, &state.config.base_url, &who).await? {
        Printed::Nobody => Ok(back(id, "problem-letters-nobody")),
        Printed::Closed => Ok(back(id, "problem-letters-round-closed")),
        Printed::Letters(letters) => page(ctx, round, letters),
    }
}
