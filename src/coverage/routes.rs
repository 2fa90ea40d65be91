//! The coverage pages: the figures of one's own reach as a page and as CSV, and for the school
//! board the figures of every school.

use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::{chart, collect, store, Coverage};
use crate::auth::access::Reach;
use crate::auth::CurrentStaff;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::Routes;
use crate::web::{render, Ctx};

pub fn router() -> Routes {
    Routes::new()
        .route("/coverage", get(page))
        .route("/coverage.csv", get(csv))
        .route("/coverage/board", get(board))
}

/// The chart's legend: the three shares.
fn legend(lang: Lang) -> [String; 3] {
    [
        lang.t("coverage-start"),
        lang.t("coverage-plan"),
        lang.t("coverage-progress"),
    ]
}

#[derive(Template)]
#[template(path = "coverage/index.html")]
struct Page {
    ctx: Ctx,
    total: Coverage,
    groups: Vec<Coverage>,
    teachers: Vec<Coverage>,
    chart: String,
}

async fn page(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    let figures = collect(&state.db, &Reach::of(&me)).await?;
    let [a, b, c] = legend(ctx.lang);
    let chart = chart(
        &figures.groups,
        [&a, &b, &c],
        &ctx.lang.t("coverage-chart-title"),
    );
    render(&Page {
        ctx,
        total: figures.total,
        groups: figures.groups,
        teachers: figures.teachers,
        chart,
    })
}

/// The same figures for a spreadsheet.
async fn csv(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    let figures = collect(&state.db, &Reach::of(&me)).await?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"dekking.csv\""),
            ),
        ],
        super::csv(ctx.lang, figures),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "coverage/board.html")]
struct BoardPage {
    ctx: Ctx,
    schools: Vec<Coverage>,
    chart: String,
}

/// For the school board: the same figures for every school of the installation.
async fn board(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    if !me.board {
        return Err(AppError::Forbidden);
    }
    let mut schools = Vec::new();
    for id in store::school_ids(&state.db).await? {
        // The board sees each school as its director does: the whole school.
        schools.push(collect(&state.db, &Reach::whole_school_of(id)).await?.total);
    }
    let [a, b, c] = legend(ctx.lang);
    let chart = chart(&schools, [&a, &b, &c], &ctx.lang.t("coverage-board-title"));
    render(&BoardPage {
        ctx,
        schools,
        chart,
    })
}
