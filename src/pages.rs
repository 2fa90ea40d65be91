//! The start page per role, the language switch, health check and the error page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;

use crate::auth::access::{self, GROUP_VISIBLE};
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::school;
use crate::state::AppState;
use crate::web::cookies::{self, LANGUAGE};
use crate::web::forms::safe_next;
use crate::web::{render, Ctx};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/healthz", get(healthz))
        .route("/lang/{code}", get(switch_language))
}

pub struct MyGroup {
    pub id: i64,
    pub name: String,
    pub pupils: i64,
}

pub struct SchoolStats {
    pub pupils: i64,
    pub groups: i64,
    pub guardians: i64,
    pub staff: i64,
    pub groups_without_staff: i64,
    pub pupils_without_guardian: i64,
    pub guardians_without_email: i64,
    pub interpreter_needed: i64,
    pub mail_waiting: i64,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    ctx: Ctx,
    school_name: String,
    year_name: String,
    groups: Vec<MyGroup>,
    stats: Option<SchoolStats>,
    due: Due,
}

/// A line on the teacher's agenda: a pupil and what is due.
pub struct DueItem {
    pub pupil_id: i64,
    pub pupil: String,
    pub what: String,
    pub when: String,
}

#[derive(Default)]
pub struct Due {
    pub agreements: Vec<DueItem>,
    pub moments: Vec<DueItem>,
    pub no_positive: Vec<DueItem>,
}

/// Weeks without positive news after which a pupil shows up in the nudge.
pub const POSITIVE_NEWS_WEEKS: i64 = 6;

/// What is due for the pupils of a teacher's own groups: agreements past their review date,
/// contact moments of the coming week, and pupils whose parents heard nothing positive lately.
async fn due_for(state: &AppState, staff_id: i64) -> Result<Due, sqlx::Error> {
    let db = &state.db;
    let today = crate::timefmt::today();
    let iso = crate::timefmt::iso;
    let week = iso(today.saturating_add(time::Duration::days(7)));
    let own = "p.group_id IN (SELECT group_id FROM group_staff WHERE staff_id = $1) AND p.archived_at IS NULL";
    let name = |r: &sqlx::any::AnyRow| -> Result<String, sqlx::Error> {
        use sqlx::Row;
        Ok(crate::domain::names::full_name(
            &r.try_get::<String, _>("first_name")?,
            &r.try_get::<String, _>("name_prefix")?,
            &r.try_get::<String, _>("last_name")?,
        ))
    };
    use sqlx::Row;
    let mut due = Due::default();
    for r in sqlx::query(&format!(
        "SELECT p.id, p.first_name, p.name_prefix, p.last_name, a.topic, a.review_on FROM agreements a JOIN pupils p ON p.id = a.pupil_id \
         WHERE {own} AND a.status = 'open' AND a.review_on IS NOT NULL AND a.review_on <= $2 ORDER BY a.review_on LIMIT 20"
    ))
    .bind(staff_id)
    .bind(iso(today))
    .fetch_all(db.read())
    .await?
    {
        due.agreements.push(DueItem { pupil_id: r.try_get("id")?, pupil: name(&r)?, what: r.try_get("topic")?, when: r.try_get("review_on")? });
    }
    for r in sqlx::query(&format!(
        "SELECT p.id, p.first_name, p.name_prefix, p.last_name, m.description, m.due_on FROM contact_moments m JOIN plans pl ON pl.id = m.plan_id \
         JOIN pupils p ON p.id = pl.pupil_id WHERE {own} AND m.done_at IS NULL AND m.due_on IS NOT NULL AND m.due_on <= $2 ORDER BY m.due_on LIMIT 20"
    ))
    .bind(staff_id)
    .bind(&week)
    .fetch_all(db.read())
    .await?
    {
        due.moments.push(DueItem { pupil_id: r.try_get("id")?, pupil: name(&r)?, what: r.try_get("description")?, when: r.try_get("due_on")? });
    }
    let since = iso(today.saturating_sub(time::Duration::weeks(POSITIVE_NEWS_WEEKS)));
    for r in sqlx::query(&format!(
        "SELECT p.id, p.first_name, p.name_prefix, p.last_name FROM pupils p WHERE {own} \
         AND NOT EXISTS (SELECT 1 FROM contact_log c WHERE c.pupil_id = p.id AND c.positive = 1 AND c.happened_on >= $2) \
         ORDER BY p.last_name, p.first_name LIMIT 12"
    ))
    .bind(staff_id)
    .bind(&since)
    .fetch_all(db.read())
    .await?
    {
        due.no_positive.push(DueItem { pupil_id: r.try_get("id")?, pupil: name(&r)?, what: String::new(), when: String::new() });
    }
    Ok(due)
}

async fn home(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let Some(me) = ctx.staff.clone() else {
        let to = if school::is_set_up(&state.db).await? {
            "/sign-in"
        } else {
            "/setup"
        };
        return Ok(Redirect::to(to).into_response());
    };
    let db = &state.db;
    let school_name = school::school_name(db, me.school_id).await?;
    let year_name = school::current_year(db, me.school_id)
        .await?
        .map(|y| y.1)
        .unwrap_or_default();
    // A teacher's own groups; the whole-school roles see the figures instead.
    let (school_id, staff_id, _) = access::scope(&me);
    let sql = format!(
        "SELECT g.id, g.name, (SELECT COUNT(*) FROM pupils p WHERE p.group_id = g.id AND p.archived_at IS NULL) AS pupils \
         FROM groups g WHERE {GROUP_VISIBLE} AND g.archived_at IS NULL ORDER BY g.grade, g.name"
    );
    let groups = sqlx::query_as::<_, (i64, String, i64)>(&sql)
        .bind(school_id)
        .bind(staff_id)
        .bind(0_i64)
        .fetch_all(db.read())
        .await?
        .into_iter()
        .map(|(id, name, pupils)| MyGroup { id, name, pupils })
        .collect();
    let stats = if me.roles.sees_whole_school() {
        Some(school_stats(&state, me.school_id).await?)
    } else {
        None
    };
    let due = due_for(&state, me.id).await?;
    render(&HomePage {
        ctx,
        school_name,
        year_name,
        groups,
        stats,
        due,
    })
}

async fn count(state: &AppState, sql: &str, school_id: i64) -> Result<i64, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as(sql)
        .bind(school_id)
        .fetch_one(state.db.read())
        .await?;
    Ok(n)
}

async fn school_stats(state: &AppState, s: i64) -> Result<SchoolStats, sqlx::Error> {
    Ok(SchoolStats {
        pupils: count(state, "SELECT COUNT(*) FROM pupils WHERE school_id = $1 AND archived_at IS NULL", s).await?,
        groups: count(state, "SELECT COUNT(*) FROM groups WHERE school_id = $1 AND archived_at IS NULL", s).await?,
        guardians: count(state, "SELECT COUNT(*) FROM guardians WHERE school_id = $1 AND archived_at IS NULL", s).await?,
        staff: count(state, "SELECT COUNT(*) FROM staff WHERE school_id = $1 AND disabled_at IS NULL", s).await?,
        groups_without_staff: count(
            state,
            "SELECT COUNT(*) FROM groups g WHERE g.school_id = $1 AND g.archived_at IS NULL \
             AND NOT EXISTS (SELECT 1 FROM group_staff gs WHERE gs.group_id = g.id)",
            s,
        )
        .await?,
        pupils_without_guardian: count(
            state,
            "SELECT COUNT(*) FROM pupils p WHERE p.school_id = $1 AND p.archived_at IS NULL \
             AND NOT EXISTS (SELECT 1 FROM pupil_guardians l WHERE l.pupil_id = p.id)",
            s,
        )
        .await?,
        guardians_without_email: count(
            state,
            "SELECT COUNT(*) FROM guardians WHERE school_id = $1 AND archived_at IS NULL AND email IS NULL",
            s,
        )
        .await?,
        interpreter_needed: count(
            state,
            "SELECT COUNT(*) FROM guardians WHERE school_id = $1 AND archived_at IS NULL AND interpreter_needed = 1",
            s,
        )
        .await?,
        mail_waiting: count(state, "SELECT COUNT(*) FROM outbox WHERE school_id = $1 AND status = 'pending'", s).await?,
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
    let lang = Lang::from_code(&code).unwrap_or_default();
    let mut response = Redirect::to(&safe_next(q.back.as_deref())).into_response();
    cookies::add(
        &mut response,
        &LANGUAGE.set(lang.code(), state.config.secure_cookies()),
    );
    response
}
