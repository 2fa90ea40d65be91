//! "What we heard, what we do": the public page for the parents still at school.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use super::rules::{cell_counts, reportable};
use super::store::{self, ActionRow};
use crate::error::{AppError, AppResult};
use crate::records::MATRIX_CELLS;
use crate::state::AppState;
use crate::web::{render, Ctx};

/// A matrix cell with its count, when large enough to show.
pub struct PublicCell {
    pub cell: &'static str,
    pub count: Option<i64>,
}

#[derive(Template)]
#[template(path = "exit/summary.html")]
struct Summary {
    ctx: Ctx,
    school: String,
    conversations: Option<i64>,
    cells: Vec<PublicCell>,
    actions: Vec<ActionRow>,
}

/// Counts only, and only when large enough; the actions without names.
pub async fn public_summary(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let db = &state.db;
    let school = store::school_name(db, id)
        .await
        .map_err(|_| AppError::NotFound)?;
    let year = store::current_year(db, id).await?;
    let answers = store::answers_of_year(db, id, &year).await?;
    let cells = MATRIX_CELLS
        .iter()
        .zip(cell_counts(&answers))
        .map(|(cell, count)| PublicCell {
            cell,
            count: reportable(count),
        })
        .collect();
    let actions = store::actions(db, id, year.id)
        .await?
        .into_iter()
        .map(|a| ActionRow {
            owner: String::new(),
            ..a
        })
        .collect();
    render(&Summary {
        ctx,
        school,
        conversations: reportable(answers.len() as i64),
        cells,
        actions,
    })
}
