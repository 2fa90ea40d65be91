//! The start page per role, the language switch and the health check.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Form;
use serde::Deserialize;
use time::Duration;

use super::store::{self, Due, MyGroup, SchoolStats};
use super::POSITIVE_NEWS_WEEKS;
use crate::auth::access::Reach;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::school;
use crate::state::AppState;
use crate::timefmt::{iso, today};
use crate::web::cookies::{self, LANGUAGE};
use crate::web::forms::safe_next;
use crate::web::Routes;
use crate::web::{parent_lang, render, Ctx, LanguageForm};

pub fn router() -> Routes {
    Routes::new()
        .route("/", get(home))
        .route("/healthz", get(healthz))
        .route("/lang/{code}", get(switch_language))
        .route("/taal", post(choose_parent_language))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    ctx: Ctx,
    school_name: String,
    year_name: String,
    groups: Vec<MyGroup>,
    /// Groups of the coming school year one is linked to (before the switch).
    coming: Vec<crate::years::ComingGroup>,
    stats: Option<SchoolStats>,
    due: Due,
    positive_news_weeks: i64,
}

async fn home(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let db = &state.db;
    let Some(me) = ctx.staff.clone() else {
        let to = if school::is_set_up(db).await? {
            "/sign-in"
        } else {
            "/setup"
        };
        return Ok(Redirect::to(to).into_response());
    };
    let reach = Reach::of(&me);
    let school_name = school::school_name(db, me.school_id).await?;
    let year_name = school::current_year(db, me.school_id)
        .await?
        .map(|y| y.1)
        .unwrap_or_default();
    // One's own groups and agenda; the whole-school roles see the figures too.
    let groups = store::own_groups(db, reach).await?;
    let coming = crate::years::own_coming_groups(db, reach).await?;
    let stats = if me.roles.sees_whole_school() {
        Some(store::school_stats(db, me.school_id).await?)
    } else {
        None
    };
    let day = today();
    let due = store::due(
        db,
        reach,
        &iso(day),
        &iso(day.saturating_add(Duration::days(7))),
        &iso(day.saturating_sub(Duration::weeks(POSITIVE_NEWS_WEEKS))),
    )
    .await?;
    render(&HomePage {
        ctx,
        school_name,
        year_name,
        groups,
        coming,
        stats,
        due,
        positive_news_weeks: POSITIVE_NEWS_WEEKS,
    })
}

/// 200 when the database answers; 503 otherwise (for load balancers and the fresh-clone check).
async fn healthz(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

#[derive(Deserialize)]
pub struct BackQuery {
    back: Option<String>,
}

/// The language switch is a plain link (works without JavaScript); it only sets a preference.
async fn switch_language(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<BackQuery>,
) -> Response {
    let lang = Lang::staff_from_code(&code).unwrap_or_default();
    let mut response = Redirect::to(&safe_next(q.back.as_deref())).into_response();
    cookies::add(
        &mut response,
        &LANGUAGE.set(lang.code(), state.config.secure_cookies()),
    );
    response
}

/// The language switch on parents' pages without a personal link (glossary, privacy notice,
/// sign-in page): remembered in the browser only, as there is no guardian to store it for.
async fn choose_parent_language(
    State(state): State<AppState>,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let lang = form.choice()?;
    Ok(parent_lang::chosen(
        lang,
        &form.back,
        state.config.secure_cookies(),
    ))
}
