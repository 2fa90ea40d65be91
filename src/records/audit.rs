//! "Who looked at pupil X?": the audit log, for administrators.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::store::{self, AuditLine};
use crate::auth::CurrentStaff;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::{render, Ctx};

#[derive(Deserialize)]
pub(super) struct AuditQuery {
    pupil: Option<i64>,
}

#[derive(Template)]
#[template(path = "records/audit.html")]
struct AuditPage {
    ctx: Ctx,
    rows: Vec<AuditLine>,
}

pub(super) async fn audit_page(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Query(q): Query<AuditQuery>,
) -> AppResult<Response> {
    me.require_admin()?;
    // `?pupil=0` (or none) means the whole school.
    let pupil = q.pupil.filter(|p| *p != 0);
    let rows = store::audit_lines(&state.db, me.school_id, pupil).await?;
    render(&AuditPage { ctx, rows })
}
