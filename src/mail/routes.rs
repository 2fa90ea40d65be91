//! The outbox as administrators see it.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;

use super::store::{self, MailRow};
use crate::auth::CurrentStaff;
use crate::domain::MailStatus;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::{render, Ctx};

pub fn router() -> Routes {
    Routes::new()
        .route("/outbox", get(list))
        .route("/outbox/{id}", get(show))
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
    /// A sent mail's links were masked when it was sent.
    masked: bool,
}

async fn list(
    State(state): State<AppState>,
    CurrentStaff(staff): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    staff.require_admin()?;
    let mails = store::latest_for_school(&state.db, staff.school_id).await?;
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
    let mail = store::one_for_school(&state.db, id, staff.school_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let masked = mail.status == MailStatus::Sent;
    render(&ShowPage { ctx, mail, masked })
}
