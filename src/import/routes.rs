//! Import pages: upload, preview, commit, progress and result.

use askama::Template;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};

use super::parse::{self, ParseOutcome, Problem, Severity};
use super::store::{self, ImportSummary};
use crate::auth::CurrentStaff;
use crate::db::Db;
use crate::domain::ImportStatus;
use crate::error::{AppError, AppResult};
use crate::school;
use crate::state::AppState;
use crate::timefmt;
use crate::web::Routes;
use crate::web::{render, see_other, Ctx};

/// Upload limit: a school administration export of a large school is well under this.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

pub fn router() -> Routes {
    Routes::new()
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

#[derive(Template)]
#[template(path = "import/upload.html")]
struct UploadPage {
    ctx: Ctx,
    error: Option<&'static str>,
    recent: Vec<ImportSummary>,
}

async fn upload_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_admin()?;
    let recent = store::recent(&state.db, me.school_id).await?;
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
    let (filename, bytes) = match read_upload(&mut multipart).await {
        Ok(file) => file,
        Err(error) => {
            let recent = store::recent(&state.db, me.school_id).await?;
            return render(&UploadPage {
                ctx,
                error: Some(error),
                recent,
            });
        }
    };
    let total = parse::parse_import(&bytes, timefmt::today()).rows.len() as i64;
    let id = store::create(&state.db, me.school_id, me.id, &filename, bytes, total).await?;
    Ok(see_other(&format!("/import/{id}"), None))
}

/// The file field of the upload form (name and bytes), or the message id saying why there is none.
pub async fn read_upload(multipart: &mut Multipart) -> Result<(String, Vec<u8>), &'static str> {
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
    match (file, error) {
        (Some(file), None) => Ok(file),
        (_, error) => Err(error.unwrap_or("import-no-file")),
    }
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
        self.ctx
            .t(format!("import-field-{}", field.replace(['.', '_'], "-")))
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

/// The preview of an uploaded file, or once committed its progress and result.
async fn show(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<ShowQuery>,
) -> AppResult<Response> {
    me.require_admin()?;
    let job = store::job(&state.db, me.school_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if job.summary.status != ImportStatus::Preview {
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
    let job = store::job(&state.db, me.school_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // A second click after the import ran: its file is gone, there is nothing to parse.
    if job.summary.status != ImportStatus::Preview {
        return Ok(see_other(&format!("/import/{id}"), None));
    }
    let outcome = parse::parse_import(&job.content, timefmt::today());
    if !outcome.can_import() {
        return Ok(see_other(
            &format!("/import/{id}"),
            Some("problem-import-has-errors"),
        ));
    }
    if store::claim(&state.db, id).await? {
        let (year_id, _) = school::current_year(&state.db, me.school_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let db = state.db.clone();
        let school_id = me.school_id;
        // On the app's clock, like the request (the import decides who arrives as a newcomer).
        let on_clock = state.clock.scope(async move {
            run_import(db, id, school_id, year_id, outcome).await;
        });
        tokio::spawn(on_clock);
    }
    Ok(see_other(&format!("/import/{id}"), None))
}

/// All or nothing: one transaction; on failure the import is marked failed and nothing is kept.
pub async fn run_import(db: Db, id: i64, school_id: i64, year_id: i64, outcome: ParseOutcome) {
    let started = std::time::Instant::now();
    let result = store::commit(&db, id, school_id, year_id, &outcome.rows).await;
    if result.is_ok() {
        if let Err(e) = store::analyze(&db).await {
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
            let _ = store::mark_failed(&db, id).await;
        }
    }
}

async fn discard(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_admin()?;
    // Another school's import, or one already gone: say so instead of "discarded".
    if !store::discard(&state.db, me.school_id, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/import", Some("import-discarded")))
}
