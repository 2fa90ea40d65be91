//! The outbox as administrators see it.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use sqlx::Row;

use crate::auth::CurrentStaff;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::{render, Ctx};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/outbox", get(list))
        .route("/outbox/{id}", get(show))
}

pub struct MailRow {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub status: String,
    pub created_at: i64,
    pub body_text: String,
}

#[derive(Template)]
#[template(path = "mail/list.html")]
struct ListPage {
    ctx: Ctx,
    mails: Vec<MailRow>,
    smtp_configured: bool,
}

#[derive(Template)]
#[template(path = "mail/show.html")]
struct ShowPage {
    ctx: Ctx,
    mail: MailRow,
}

fn mail_row(r: &sqlx::any::AnyRow) -> Result<MailRow, sqlx::Error> {
    Ok(MailRow {
        id: r.try_get("id")?,
        to: r.try_get("to_address")?,
        subject: r.try_get("subject")?,
        status: r.try_get("status")?,
        created_at: r.try_get("created_at")?,
        body_text: r.try_get("body_text")?,
    })
}

async fn list(
    State(state): State<AppState>,
    CurrentStaff(staff): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    staff.require_admin()?;
    let rows = sqlx::query(
        "SELECT id, to_address, subject, status, created_at, body_text FROM outbox \
         WHERE school_id = $1 OR school_id IS NULL ORDER BY id DESC LIMIT 200",
    )
    .bind(staff.school_id)
    .fetch_all(state.db.read())
    .await?;
    let mails = rows.iter().map(mail_row).collect::<Result<_, _>>()?;
    render(&ListPage {
        ctx,
        mails,
        smtp_configured: state.config.smtp_url.is_some(),
    })
}

async fn show(
    State(state): State<AppState>,
    CurrentStaff(staff): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    staff.require_admin()?;
    let row = sqlx::query(
        "SELECT id, to_address, subject, status, created_at, body_text FROM outbox \
         WHERE id = $1 AND (school_id = $2 OR school_id IS NULL)",
    )
    .bind(id)
    .bind(staff.school_id)
    .fetch_optional(state.db.read())
    .await?
    .ok_or(AppError::NotFound)?;
    render(&ShowPage {
        ctx,
        mail: mail_row(&row)?,
    })
}
