//! Parent pages: ask for a sign-in link, use it, see your own children, respond to agreements.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use sqlx::Row;

use super::may_read_records;
use crate::audit;
use crate::auth::parent_sessions;
use crate::auth::CurrentParent;
use crate::db::now;
use crate::domain::names::full_name;
use crate::error::{AppError, AppResult};
use crate::records::sections;
use crate::records::{agreements_of, AgreementRow};
use crate::state::AppState;
use crate::web::cookies::{self, PARENT_SESSION};
use crate::web::forms;
use crate::web::{no_referrer, render, see_other, Ctx};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/ouders", get(ask_form).post(ask))
        .route("/ouders/link/{token}", get(link_page).post(use_link))
        .route("/ouders/kinderen", get(children))
        .route("/ouders/afspraken/{id}", post(respond))
        .route("/ouders/uitloggen", post(sign_out))
}

#[derive(Template)]
#[template(path = "parents/ask.html")]
struct AskPage {
    ctx: Ctx,
    sent: bool,
    error: bool,
}

async fn ask_form(ctx: Ctx) -> AppResult<Response> {
    render(&AskPage {
        ctx,
        sent: false,
        error: false,
    })
}

#[derive(Deserialize)]
pub struct AskForm {
    #[serde(default)]
    email: String,
}

async fn ask(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(form): Form<AskForm>,
) -> AppResult<Response> {
    let Some(email) =
        crate::domain::Email::parse(&form.email).map(crate::domain::Email::into_string)
    else {
        return render(&AskPage {
            ctx,
            sent: false,
            error: true,
        });
    };
    super::send_links(&state.db, &state.config.base_url, &email).await?;
    render(&AskPage {
        ctx,
        sent: true,
        error: false,
    })
}

#[derive(Template)]
#[template(path = "parents/link.html")]
struct LinkPage {
    ctx: Ctx,
    valid: bool,
}

/// Opening the link only shows a button: mail scanners that open links use nothing up.
async fn link_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let valid = super::link_is_valid(&state.db, &token).await?;
    Ok(no_referrer(render(&LinkPage { ctx, valid })?))
}

async fn use_link(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let Some((session, _)) = super::sign_in(&state.db, &token).await? else {
        return Ok(no_referrer(render(&LinkPage { ctx, valid: false })?));
    };
    let mut response = Redirect::to("/ouders/kinderen").into_response();
    cookies::add(
        &mut response,
        &PARENT_SESSION.set(&session, state.config.secure_cookies()),
    );
    Ok(no_referrer(response))
}

pub struct SharedRecord {
    pub kind: String,
    pub held_on: String,
    pub answers: Vec<(String, String)>,
}

pub struct ChildView {
    pub pupil_id: i64,
    pub school_id: i64,
    pub name: String,
    pub school: String,
    pub group: String,
    pub authority: bool,
    pub channels: Vec<String>,
    pub reachable: String,
    pub moments: Vec<(String, String)>,
    pub has_plan: bool,
    pub agreements: Vec<AgreementRow>,
    pub responses: BTreeMap<i64, (bool, String)>,
    pub records: Vec<SharedRecord>,
}

impl ChildView {
    pub fn confirmed(&self, agreement: &i64) -> bool {
        self.responses.get(agreement).is_some_and(|r| r.0)
    }

    pub fn comment(&self, agreement: &i64) -> String {
        self.responses
            .get(agreement)
            .map(|r| r.1.clone())
            .unwrap_or_default()
    }
}

#[derive(Template)]
#[template(path = "parents/children.html")]
struct ChildrenPage {
    ctx: Ctx,
    name: String,
    children: Vec<ChildView>,
}

/// Only this guardian's own children, and of them only what the school shares.
async fn children(
    State(state): State<AppState>,
    ctx: Ctx,
    CurrentParent(me): CurrentParent,
) -> AppResult<Response> {
    let db = &state.db;
    let rows = sqlx::query(
        "SELECT p.id, p.school_id, p.first_name, p.name_prefix, p.last_name, COALESCE(g.name, '') AS group_name, sc.name AS school, \
         l.parental_authority FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id AND p.archived_at IS NULL \
         JOIN schools sc ON sc.id = p.school_id LEFT JOIN groups g ON g.id = p.group_id WHERE l.guardian_id = $1 ORDER BY p.date_of_birth",
    )
    .bind(me.guardian_id)
    .fetch_all(db.read())
    .await?;
    let mut children = Vec::with_capacity(rows.len());
    for r in &rows {
        let pupil_id: i64 = r.try_get("id")?;
        let school_id: i64 = r.try_get("school_id")?;
        let authority = r.try_get::<i64, _>("parental_authority")? == 1;
        let year = crate::school::current_year(db, school_id)
            .await?
            .map(|y| y.0)
            .unwrap_or(0);
        let plan = sqlx::query(
            "SELECT id, channels, reachable FROM plans WHERE pupil_id = $1 AND school_year_id = $2",
        )
        .bind(pupil_id)
        .bind(year)
        .fetch_optional(db.read())
        .await?;
        let (mut channels, mut reachable, mut moments) = (Vec::new(), String::new(), Vec::new());
        if let Some(p) = &plan {
            channels = p
                .try_get::<String, _>("channels")?
                .split(',')
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect();
            reachable = p.try_get("reachable")?;
            let plan_id: i64 = p.try_get("id")?;
            moments = sqlx::query_as::<_, (String, Option<String>)>("SELECT description, due_on FROM contact_moments WHERE plan_id = $1 AND done_at IS NULL ORDER BY due_on")
                .bind(plan_id)
                .fetch_all(db.read())
                .await?
                .into_iter()
                .map(|(d, due)| (d, due.unwrap_or_default()))
                .collect();
        }
        let agreements = agreements_of(db, pupil_id, false).await?;
        let responses: BTreeMap<i64, (bool, String)> = sqlx::query_as::<_, (i64, i64, String)>(
            "SELECT r.agreement_id, r.confirmed, r.comment FROM agreement_responses r JOIN agreements a ON a.id = r.agreement_id \
             WHERE a.pupil_id = $1 AND r.guardian_id = $2 ORDER BY r.id",
        )
        .bind(pupil_id)
        .bind(me.guardian_id)
        .fetch_all(db.read())
        .await?
        .into_iter()
        .map(|(a, c, t)| (a, (c == 1, t)))
        .collect();
        let mut records = Vec::new();
        if may_read_records(authority) {
            for rec in sqlx::query("SELECT kind, held_on, answers FROM records WHERE pupil_id = $1 AND shared = 1 AND status = 'closed' ORDER BY held_on DESC")
                .bind(pupil_id)
                .fetch_all(db.read())
                .await?
            {
                let kind: String = rec.try_get("kind")?;
                let answers: BTreeMap<String, String> = serde_json::from_str(&rec.try_get::<String, _>("answers")?).unwrap_or_default();
                let ordered = sections(&kind)
                    .iter()
                    .flat_map(|s| s.prompts.iter())
                    .filter_map(|p| answers.get(p.key).map(|a| (p.key.to_string(), a.clone())))
                    .collect();
                records.push(SharedRecord { kind, held_on: rec.try_get("held_on")?, answers: ordered });
            }
        }
        audit::record_parent_view(db, school_id, me.guardian_id, pupil_id, "pupil").await;
        children.push(ChildView {
            pupil_id,
            school_id,
            name: full_name(
                &r.try_get::<String, _>("first_name")?,
                &r.try_get::<String, _>("name_prefix")?,
                &r.try_get::<String, _>("last_name")?,
            ),
            school: r.try_get("school")?,
            group: r.try_get("group_name")?,
            authority,
            has_plan: plan.is_some(),
            channels,
            reachable,
            moments,
            agreements,
            responses,
            records,
        });
    }
    Ok(no_referrer(render(&ChildrenPage {
        ctx,
        name: me.name.clone(),
        children,
    })?))
}

#[derive(Deserialize)]
pub struct RespondForm {
    confirm: Option<String>,
    #[serde(default)]
    comment: String,
}

/// A parent confirms an agreement about their own child, or leaves a comment for the teacher.
async fn respond(
    State(state): State<AppState>,
    CurrentParent(me): CurrentParent,
    Path(id): Path<i64>,
    Form(form): Form<RespondForm>,
) -> AppResult<Response> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM agreements a JOIN pupil_guardians l ON l.pupil_id = a.pupil_id WHERE a.id = $1 AND l.guardian_id = $2")
        .bind(id)
        .bind(me.guardian_id)
        .fetch_one(state.db.read())
        .await?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    sqlx::query("INSERT INTO agreement_responses (agreement_id, guardian_id, confirmed, comment, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(me.guardian_id)
        .bind(i64::from(forms::checked(&form.confirm)))
        .bind(forms::clean(&form.comment).chars().take(1000).collect::<String>())
        .bind(now())
        .execute(state.db.write())
        .await?;
    Ok(see_other("/ouders/kinderen", Some("parent-response-saved")))
}

/// The session layer has checked the form token; without a session there is nothing to end.
async fn sign_out(
    State(state): State<AppState>,
    parent: Option<CurrentParent>,
) -> AppResult<Response> {
    if let Some(CurrentParent(me)) = parent {
        parent_sessions::delete(&state.db, &me.token_hash).await?;
    }
    let mut response = see_other("/ouders", Some("signed-out"));
    cookies::add(
        &mut response,
        &PARENT_SESSION.clear(state.config.secure_cookies()),
    );
    Ok(response)
}
