//! Import pages: upload, preview, commit, progress and result.

use askama::Template;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use sqlx::Row;

use super::parse::{self, ParseOutcome, Problem, Severity};
use super::store;
use crate::auth::{CurrentStaff, StaffUser};
use crate::db::{now, Db};
use crate::error::{AppError, AppResult};
use crate::school;
use crate::state::AppState;
use crate::timefmt;
use crate::web::{render, see_other, Ctx};

/// Upload limit: a school administration export of a large school is well under this.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/import",
            get(upload_form)
                .post(upload)
                .layer(DefaultBodyLimit::max(MAX_FILE_BYTES + 64 * 1024)),
        )
        .route("/import/{id}", get(show))
        .route("/import/{id}/commit", post(commit))
        .route("/import/{id}/discard", post(discard))
}

pub struct ImportSummary {
    pub id: i64,
    pub filename: String,
    pub status: String,
    pub created_at: i64,
    pub total_rows: i64,
    pub created_count: i64,
    pub updated_count: i64,
}

#[derive(Template)]
#[template(path = "import/upload.html")]
struct UploadPage {
    ctx: Ctx,
    error: Option<&'static str>,
    recent: Vec<ImportSummary>,
}

async fn recent_imports(db: &Db, school_id: i64) -> Result<Vec<ImportSummary>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, filename, status, created_at, total_rows, created_count, updated_count FROM imports \
         WHERE school_id = $1 ORDER BY id DESC LIMIT 10",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    rows.iter().map(summary_from_row).collect()
}

fn summary_from_row(r: &sqlx::any::AnyRow) -> Result<ImportSummary, sqlx::Error> {
    Ok(ImportSummary {
        id: r.try_get("id")?,
        filename: r.try_get("filename")?,
        status: r.try_get("status")?,
        created_at: r.try_get("created_at")?,
        total_rows: r.try_get("total_rows")?,
        created_count: r.try_get("created_count")?,
        updated_count: r.try_get("updated_count")?,
    })
}

async fn upload_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_admin()?;
    let recent = recent_imports(&state.db, me.school_id).await?;
    render(&UploadPage {
        ctx,
        error: None,
        recent,
    })
}

/// Stores the uploaded file (nothing is imported yet) and shows its preview.
async fn upload(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    mut multipart: Multipart,
) -> AppResult<Response> {
    me.require_admin()?;
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut error = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => {
                let name = field
                    .file_name()
                    .unwrap_or("import.csv")
                    .chars()
                    .take(200)
                    .collect::<String>();
                match field.bytes().await {
                    Ok(bytes) if bytes.len() > MAX_FILE_BYTES => error = Some("import-too-large"),
                    Ok(bytes) => file = Some((name, bytes.to_vec())),
                    Err(_) => error = Some("import-too-large"),
                }
            }
            Ok(Some(_)) => continue,
            Ok(None) => break,
            Err(_) => {
                error = Some("import-upload-failed");
                break;
            }
        }
    }
    let file = file.filter(|(_, bytes)| !bytes.is_empty());
    let Some((filename, bytes)) = file.filter(|_| error.is_none()) else {
        let recent = recent_imports(&state.db, me.school_id).await?;
        return render(&UploadPage {
            ctx,
            error: Some(error.unwrap_or("import-no-file")),
            recent,
        });
    };
    let total = parse::parse_import(&bytes, timefmt::today()).rows.len() as i64;
    let row = sqlx::query(
        "INSERT INTO imports (school_id, staff_id, filename, content, status, total_rows, created_at) \
         VALUES ($1, $2, $3, $4, 'preview', $5, $6) RETURNING id",
    )
    .bind(me.school_id)
    .bind(me.id)
    .bind(&filename)
    .bind(bytes)
    .bind(total)
    .bind(now())
    .fetch_one(state.db.write())
    .await?;
    let id: i64 = row.try_get("id")?;
    Ok(see_other(&format!("/import/{id}"), None))
}

struct ImportJob {
    summary: ImportSummary,
    content: Vec<u8>,
    failure: Option<String>,
}

async fn load_job(db: &Db, me: &StaffUser, id: i64) -> AppResult<ImportJob> {
    let r = sqlx::query(
        "SELECT id, filename, status, created_at, total_rows, created_count, updated_count, content, failure \
         FROM imports WHERE id = $1 AND school_id = $2",
    )
    .bind(id)
    .bind(me.school_id)
    .fetch_optional(db.read())
    .await?
    .ok_or(AppError::NotFound)?;
    Ok(ImportJob {
        summary: summary_from_row(&r)?,
        content: r.try_get("content")?,
        failure: r.try_get("failure")?,
    })
}

#[derive(Template)]
#[template(path = "import/preview.html")]
struct PreviewPage {
    ctx: Ctx,
    job: ImportSummary,
    outcome: ParseOutcome,
    new_pupils: i64,
    updated_pupils: i64,
    only_problems: bool,
}

impl PreviewPage {
    fn problem_text(&self, p: &Problem) -> String {
        problem_text(&self.ctx, p)
    }

    fn is_error(&self, p: &Problem) -> bool {
        p.severity == Severity::Error
    }

    fn row_has_error(&self, row: &parse::ImportRow) -> bool {
        row.problems.iter().any(|p| p.severity == Severity::Error)
    }

    fn field_label(&self, field: &str) -> String {
        self.ctx.t(&format!(
            "import-field-{}",
            field.replace('.', "-").replace('_', "-")
        ))
    }

    fn date(&self, d: &Option<time::Date>) -> String {
        d.map(timefmt::short_date).unwrap_or_default()
    }
}

pub fn problem_text(ctx: &Ctx, p: &Problem) -> String {
    let args: Vec<(&str, String)> = p.args.iter().map(|(k, v)| (*k, v.clone())).collect();
    ctx.lang.tr(p.key, &args)
}

#[derive(Template)]
#[template(path = "import/status.html")]
struct StatusPage {
    ctx: Ctx,
    job: ImportSummary,
    failure: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub struct ShowQuery {
    all: Option<String>,
}

async fn show(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<ShowQuery>,
) -> AppResult<Response> {
    me.require_admin()?;
    let job = load_job(&state.db, &me, id).await?;
    if job.summary.status != "preview" {
        let failure = job.failure.map(|key| ctx.t(&key));
        return render(&StatusPage {
            ctx,
            job: job.summary,
            failure,
        });
    }
    let outcome = parse::parse_import(&job.content, timefmt::today());
    let (new_pupils, updated_pupils) = store::forecast(&state.db, me.school_id, &outcome).await?;
    // Large files show only the rows with problems unless asked for all.
    let only_problems = outcome.rows.len() > 200 && q.all.is_none();
    render(&PreviewPage {
        ctx,
        job: job.summary,
        outcome,
        new_pupils,
        updated_pupils,
        only_problems,
    })
}

/// Starts the import in the background (so the browser is free to show progress) and goes to
/// the status page. Only a file without errors can be committed; a second click does nothing.
async fn commit(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_admin()?;
    let job = load_job(&state.db, &me, id).await?;
    let outcome = parse::parse_import(&job.content, timefmt::today());
    if !outcome.can_import() {
        return Ok(see_other(
            &format!("/import/{id}"),
            Some("problem-import-has-errors"),
        ));
    }
    let claimed =
        sqlx::query("UPDATE imports SET status = 'running' WHERE id = $1 AND status = 'preview'")
            .bind(id)
            .execute(state.db.write())
            .await?;
    if claimed.rows_affected() == 1 {
        let (year_id, _) = school::current_year(&state.db, me.school_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let db = state.db.clone();
        let school_id = me.school_id;
        tokio::spawn(async move { run_import(db, id, school_id, year_id, outcome).await });
    }
    Ok(see_other(&format!("/import/{id}"), None))
}

/// All or nothing: one transaction; on failure the import is marked failed and nothing is kept.
pub async fn run_import(db: Db, id: i64, school_id: i64, year_id: i64, outcome: ParseOutcome) {
    let started = std::time::Instant::now();
    let result = async {
        let mut tx = db.begin().await?;
        let counts = store::apply(&mut tx, school_id, year_id, &outcome.rows).await?;
        sqlx::query(
            "UPDATE imports SET status = 'done', rows_done = total_rows, created_count = $1, updated_count = $2, \
             finished_at = $3 WHERE id = $4",
        )
        .bind(counts.pupils_created)
        .bind(counts.pupils_updated)
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok::<_, sqlx::Error>(counts)
    }
    .await;
    if result.is_ok() {
        // Fresh planner statistics after a bulk change (PostgreSQL otherwise keeps plans made
        // for an empty table; see docs/PERFORMANCE.md). Valid SQL on both backends.
        if let Err(e) = sqlx::query("ANALYZE").execute(db.write()).await {
            tracing::warn!(error = %e, "analyze after import failed");
        }
    }
    match result {
        Ok(counts) => tracing::info!(
            import_id = id,
            ?counts,
            ms = started.elapsed().as_millis() as u64,
            "import done"
        ),
        Err(e) => {
            tracing::error!(import_id = id, error = %e, "import failed; nothing was written");
            let _ = sqlx::query("UPDATE imports SET status = 'failed', failure = 'import-failed-internal', finished_at = $1 WHERE id = $2")
                .bind(now())
                .bind(id)
                .execute(db.write())
                .await;
        }
    }
}

/// An import interrupted by a restart wrote nothing (its transaction never committed): it goes
/// back to preview, so it can be committed again.
pub async fn recover_interrupted(db: &Db) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE imports SET status = 'preview' WHERE status = 'running'")
        .execute(db.write())
        .await
        .map(|_| ())
}

async fn discard(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_admin()?;
    sqlx::query(
        "DELETE FROM imports WHERE id = $1 AND school_id = $2 AND status IN ('preview', 'failed')",
    )
    .bind(id)
    .bind(me.school_id)
    .execute(state.db.write())
    .await?;
    Ok(see_other("/import", Some("import-discarded")))
}
