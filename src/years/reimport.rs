//! Preparing the coming year from next year's export of the school administration (the CSV of
//! the import, or EDEX.XML): upload on the preparation page → preview (counts, tables, each
//! line's problems) → apply on confirmation, in one transaction.

use std::collections::{HashMap, HashSet};

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::response::Response;
use axum::Form;

use super::prepare::coming_year;
use super::rules::{self, Step};
use super::store::{self as years_store, YearRow};
use crate::auth::{CurrentStaff, StaffUser};
use crate::db::Db;
use crate::domain::{LeavingReason, SchoolType};
use crate::error::{AppError, AppResult};
use crate::import::next_year::{self, Proposal};
use crate::import::parse::{self, ImportRow, ParseOutcome, Problem};
use crate::import::store::{self as import_store, ConfirmedLeaver};
use crate::timefmt;
use crate::web::forms::{self, FormData};
use crate::web::{render, see_other, Ctx};

/// One line of the file with what is wrong or worth a look.
pub struct LineProblems {
    pub line: usize,
    pub name: String,
    pub texts: Vec<(bool, String)>,
}

#[derive(Template)]
#[template(path = "years/import_preview.html")]
struct PreviewPage {
    ctx: Ctx,
    year: YearRow,
    stash_id: i64,
    filename: String,
    encoding: &'static str,
    file_problems: Vec<(bool, String)>,
    lines: Vec<LineProblems>,
    proposal: Proposal,
    leaving_on: String,
    can_apply: bool,
    /// So many pupils outside the final grades are missing that the file may be partial.
    partial: bool,
}

#[derive(Template)]
#[template(path = "years/import_refused.html")]
struct RefusedPage {
    ctx: Ctx,
    year: YearRow,
    /// The reason, translated.
    error: String,
}

/// Everything the preview and the apply are made from.
struct Reading {
    year: YearRow,
    stash_id: i64,
    filename: String,
    outcome: ParseOutcome,
    proposal: Proposal,
    leaving_on: String,
    /// This year's final-grade groups (their pupils leave the school) with their school type.
    final_groups: HashMap<i64, SchoolType>,
    /// The school's active pupils.
    active: usize,
}

/// The waiting file's id as the confirmed form names it: the preview the administrator saw.
fn confirmed_file(data: &FormData) -> AppResult<i64> {
    data.get("file").parse().map_err(|_| AppError::NotFound)
}

/// The coming year and the file waiting for it, read and matched; None without a file.
async fn reading(db: &Db, me: &StaffUser, id: i64) -> AppResult<Option<Reading>> {
    let year = coming_year(db, me, id).await?;
    let Some((stash_id, filename, content)) = import_store::stashed(db, me.school_id, id).await?
    else {
        return Ok(None);
    };
    let mut outcome = parse::parse_any(&content, timefmt::today());
    if let Some(wrong) = wrong_file(db, me, &year, &content).await? {
        outcome.file_problems.push(wrong);
    }
    let known = import_store::known_pupils(db, me.school_id).await?;
    let addresses = import_store::known_guardians(db, me.school_id).await?;
    let coming: Vec<String> = years_store::groups_of(db, me.school_id, id)
        .await?
        .into_iter()
        .map(|g| g.name)
        .collect();
    let (current_id, _) = super::current_year(db, me.school_id)
        .await?
        .ok_or(AppError::NotFound)?;
    // The promotion proposal's rule: groep 8 and the exam years leave the school.
    let final_groups: HashMap<i64, SchoolType> =
        years_store::groups_of(db, me.school_id, current_id)
            .await?
            .into_iter()
            .filter(|g| rules::next_step(&g.name, g.grade, g.school_type) == Step::Leaves)
            .map(|g| (g.id, g.school_type))
            .collect();
    let finals: HashSet<i64> = final_groups.keys().copied().collect();
    let proposal = next_year::propose(&outcome, &known, &coming, &addresses, &finals);
    let active = known.iter().filter(|k| k.archived == 0).count();
    let leaving_on = years_store::find(db, me.school_id, current_id)
        .await?
        .ok_or(AppError::NotFound)?
        .ends_on;
    Ok(Some(Reading {
        year,
        stash_id,
        filename,
        outcome,
        proposal,
        leaving_on,
        final_groups,
        active,
    }))
}

/// An EDEX.XML file for another school year than the coming one (this year's export, made
/// before the administration moved on) or with another school's BRIN; None when it fits or
/// the file does not say (a CSV never does).
async fn wrong_file(
    db: &Db,
    me: &StaffUser,
    year: &YearRow,
    bytes: &[u8],
) -> AppResult<Option<Problem>> {
    if !parse::looks_like_xml(bytes) {
        return Ok(None);
    }
    let Some(file) = parse::read_school(bytes) else {
        return Ok(None);
    };
    let Some(coming_start) = year.starts_on.get(..4).and_then(|y| y.parse().ok()) else {
        return Ok(None);
    };
    let brin = import_store::school_brin(db, me.school_id).await?;
    Ok(file.check(coming_start, &year.name, &brin))
}

/// Keeps the uploaded file and shows its preview; a missing or too large file is said in the page.
pub(super) async fn upload(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    multipart: Result<Multipart, MultipartRejection>,
) -> AppResult<Response> {
    // Who may upload is decided before the body is looked at.
    let year = coming_year(&db, &me, id).await?;
    let Ok(mut multipart) = multipart else {
        let error = ctx.t("import-upload-failed");
        return render(&RefusedPage { ctx, year, error });
    };
    let (filename, bytes) = match crate::import::read_upload(&mut multipart).await {
        Ok(file) => file,
        Err(key) => {
            let error = ctx.t(key);
            return render(&RefusedPage { ctx, year, error });
        }
    };
    // The wrong year's or another school's file is refused before anything is kept.
    if let Some(wrong) = wrong_file(&db, &me, &year, &bytes).await? {
        let error = crate::import::routes::problem_text(&ctx, &wrong);
        return render(&RefusedPage { ctx, year, error });
    }
    import_store::stash(&db, &me, id, &filename, bytes).await?;
    Ok(see_other(&format!("/years/{id}/import"), None))
}

fn texts(ctx: &Ctx, problems: &[Problem]) -> Vec<(bool, String)> {
    problems
        .iter()
        .map(|p| (p.is_error(), crate::import::routes::problem_text(ctx, p)))
        .collect()
}

fn line_problems(ctx: &Ctx, rows: &[ImportRow]) -> Vec<LineProblems> {
    rows.iter()
        .filter(|r| !r.problems.is_empty())
        .map(|r| LineProblems {
            line: r.line,
            name: format!("{} {}", r.pupil.first_name, r.pupil.last_name)
                .trim()
                .to_string(),
            texts: texts(ctx, &r.problems),
        })
        .collect()
}

pub(super) async fn preview(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let Some(r) = reading(&db, &me, id).await? else {
        // Nothing waiting (applied, thrown away, or never uploaded): the preparation.
        return Ok(see_other(&format!("/years/{id}/prepare"), None));
    };
    render(&PreviewPage {
        file_problems: texts(&ctx, &r.outcome.file_problems),
        lines: line_problems(&ctx, &r.outcome.rows),
        can_apply: r.outcome.can_import(),
        partial: r.proposal.looks_partial(r.active),
        encoding: r.outcome.encoding,
        ctx,
        year: r.year,
        stash_id: r.stash_id,
        filename: r.filename,
        proposal: r.proposal,
        leaving_on: r.leaving_on,
    })
}

/// Applies the confirmed preview; a file with errors is never applied.
pub(super) async fn apply(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let data = FormData(data);
    let confirmed = confirmed_file(&data)?;
    let r = reading(&db, &me, id).await?.ok_or(AppError::NotFound)?;
    // Another file was uploaded since this preview (another tab): that one is shown first.
    if r.stash_id != confirmed {
        return Ok(see_other(&format!("/years/{id}/import"), None));
    }
    if !r.outcome.can_import() {
        return Ok(see_other(
            &format!("/years/{id}/import"),
            Some("problem-import-has-errors"),
        ));
    }
    // Only the ticked pupils leave: the final grades come pre-ticked, the others who are not
    // in the file only when the administrator ticks them.
    let leavers: Vec<ConfirmedLeaver> = r
        .proposal
        .leavers
        .iter()
        .chain(&r.proposal.absent)
        .filter(|l| data.get(&format!("leave_{}", l.pupil_id)) == "1")
        .map(|l| ConfirmedLeaver {
            pupil_id: l.pupil_id,
            destination: forms::clean(data.get(&format!("destination_{}", l.pupil_id)))
                .chars()
                .take(200)
                .collect(),
            reason: l
                .group_id
                .and_then(|g| r.final_groups.get(&g))
                .map_or(LeavingReason::Other, |t| rules::end_of_school_reason(*t))
                .code(),
        })
        .collect();
    let applied = import_store::apply_next_year(
        &db,
        &me,
        id,
        r.stash_id,
        &r.outcome.rows,
        &leavers,
        &r.leaving_on,
    )
    .await?;
    tracing::info!(year_id = id, ?applied, "next year's export applied");
    Ok(see_other(
        &format!("/years/{id}/prepare"),
        Some("yearimport-applied"),
    ))
}

pub(super) async fn discard(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    coming_year(&db, &me, id).await?;
    let stash_id = confirmed_file(&FormData(data))?;
    if !import_store::drop_stash(&db, me.school_id, id, stash_id).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other(
        &format!("/years/{id}/prepare"),
        Some("yearimport-discarded"),
    ))
}
