//! The export pages: a parent's own child (`/ouders/kinderen/{id}/inzage`) and an
//! administrator's export of a pupil (`/pupils/{id}/inspection`), each also as `.json`.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Json;

use super::{build, store, Export, Scope};
use crate::audit;
use crate::auth::{CurrentParent, CurrentStaff};
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::Routes;
use crate::web::{render, Ctx};

pub fn router() -> Routes {
    Routes::new()
        .route("/ouders/kinderen/{id}/inzage", get(parent_html))
        .route("/ouders/kinderen/{id}/inzage.json", get(parent_json))
        .route("/pupils/{id}/inspection", get(school_html))
        .route("/pupils/{id}/inspection.json", get(school_json))
}

#[derive(Template)]
#[template(path = "inspection/export.html")]
struct ExportPage {
    ctx: Ctx,
    export: Export,
    json_href: String,
    back_href: String,
    main_facts: bool,
}

/// The parent's own child, cut to what their parental authority gives; any other child is a
/// 404 before anything is read or written (ASVS 8.2.2, no access to another family's data).
async fn parent_export(db: &Db, guardian_id: i64, pupil_id: i64) -> AppResult<Export> {
    let child = store::child_of_guardian(db, guardian_id, pupil_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let export = build(db, &child, Scope::for_guardian(child.parental_authority)).await?;
    audit::parent_views(
        db,
        guardian_id,
        &[(child.school_id, pupil_id)],
        "inspection",
    )
    .await?;
    Ok(export)
}

/// An administrator's export of a pupil of their own school, audited.
async fn school_export(
    db: &Db,
    staff: &crate::auth::StaffUser,
    pupil_id: i64,
) -> AppResult<Export> {
    staff.require_admin()?;
    let child = store::child_of_school(db, staff.school_id, pupil_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let export = build(db, &child, Scope::Full).await?;
    // The export is audited before it is handed out; no line, no export (ASVS 16.4.x).
    let mut tx = db.begin().await?;
    let line = audit::Line::new(Some(pupil_id), "export", "inspection", None);
    audit::change(&mut tx, staff, line).await?;
    tx.commit().await?;
    Ok(export)
}

fn page(ctx: Ctx, export: Export, json_href: String, back_href: String) -> AppResult<Response> {
    let main_facts = export.scope == Scope::MainFacts;
    render(&ExportPage {
        ctx,
        export,
        json_href,
        back_href,
        main_facts,
    })
}

/// JSON as a download, never cached (it is the child's whole file).
fn download(export: Export, pupil_id: i64) -> Response {
    let mut response = Json(export).into_response();
    if let Ok(v) =
        HeaderValue::from_str(&format!("attachment; filename=\"inzage-{pupil_id}.json\""))
    {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

async fn parent_html(
    State(state): State<AppState>,
    CurrentParent(parent): CurrentParent,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let export = parent_export(&state.db, parent.guardian_id, id).await?;
    page(
        ctx.for_guardian(&parent.language, "/ouders/taal".into()),
        export,
        format!("/ouders/kinderen/{id}/inzage.json"),
        "/ouders/kinderen".into(),
    )
}

async fn parent_json(
    State(state): State<AppState>,
    CurrentParent(parent): CurrentParent,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let export = parent_export(&state.db, parent.guardian_id, id).await?;
    Ok(download(export, id))
}

async fn school_html(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let export = school_export(&state.db, &me, id).await?;
    page(
        ctx,
        export,
        format!("/pupils/{id}/inspection.json"),
        format!("/pupils/{id}"),
    )
}

async fn school_json(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let export = school_export(&state.db, &me, id).await?;
    Ok(download(export, id))
}
