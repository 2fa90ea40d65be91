//! Pupil pages.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use sqlx::Row;

use super::{pupil_from_row, PupilRow, PUPIL_COLUMNS};
use crate::auth::access::{self, PUPIL_VISIBLE};
use crate::auth::{CurrentStaff, StaffUser};
use crate::db::{is_unique_violation, now, Db};
use crate::error::{AppError, AppResult};
use crate::groups::{self, GroupOption};
use crate::guardians::{self, LinkedGuardian};
use crate::state::AppState;
use crate::timefmt;
use crate::web::forms::{self, FormErrors};
use crate::web::{render, see_other, Ctx};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/pupils", get(list))
        .route("/pupils/new", get(new_form).post(create))
        .route("/pupils/{id}", get(show))
        .route("/pupils/{id}/edit", get(edit_form).post(update))
        .route("/pupils/{id}/archive", post(archive))
        .route("/pupils/{id}/restore", post(restore))
}

/// Lists are paged so a school of 2,000 pupils stays quick.
const PAGE_SIZE: i64 = 100;

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    group: Option<String>,
    archived: Option<String>,
    page: Option<i64>,
}

#[derive(Template)]
#[template(path = "pupils/list.html")]
struct ListPage {
    ctx: Ctx,
    q: String,
    group: Option<i64>,
    show_archived: bool,
    groups: Vec<GroupOption>,
    pupils: Vec<PupilRow>,
    total: i64,
    page: i64,
    pages: i64,
    may_edit: bool,
}

impl ListPage {
    fn is_selected(&self, id: &i64) -> bool {
        self.group == Some(*id)
    }

    fn page_href(&self, page: impl crate::web::ctx::Count) -> String {
        let page = page.count();
        let mut href = format!("/pupils?page={page}&q={}", crate::error::urlencode(&self.q));
        if let Some(g) = self.group {
            href.push_str(&format!("&group={g}"));
        }
        if self.show_archived {
            href.push_str("&archived=on");
        }
        href
    }
}

async fn list(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let group = q.group.as_deref().and_then(|g| g.parse::<i64>().ok());
    let show_archived = forms::checked(&q.archived);
    let page = q.page.unwrap_or(1).max(1);
    let (school, staff, whole) = access::scope(&me);
    let pattern = format!("%{}%", q.q.trim().to_lowercase());
    let filter = format!(
        "FROM pupils p LEFT JOIN groups g ON g.id = p.group_id WHERE {PUPIL_VISIBLE} \
         AND (LOWER(p.first_name || ' ' || p.name_prefix || ' ' || p.last_name) LIKE $4 \
              OR LOWER(p.last_name || ', ' || p.first_name) LIKE $4 OR LOWER(p.external_id) LIKE $4) \
         AND ($5 = 0 OR p.group_id = $5) AND ($6 = 1 OR p.archived_at IS NULL)"
    );
    let (total,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) {filter}"))
        .bind(school)
        .bind(staff)
        .bind(whole)
        .bind(&pattern)
        .bind(group.unwrap_or(0))
        .bind(i64::from(show_archived))
        .fetch_one(state.db.read())
        .await?;
    let rows = sqlx::query(&format!(
        "SELECT {PUPIL_COLUMNS} {filter} ORDER BY g.grade, g.name, p.last_name, p.first_name LIMIT $7 OFFSET $8"
    ))
    .bind(school)
    .bind(staff)
    .bind(whole)
    .bind(&pattern)
    .bind(group.unwrap_or(0))
    .bind(i64::from(show_archived))
    .bind(PAGE_SIZE)
    .bind((page - 1) * PAGE_SIZE)
    .fetch_all(state.db.read())
    .await?;
    let pupils = rows.iter().map(pupil_from_row).collect::<Result<_, _>>()?;
    let groups = groups::options(&state.db, me.school_id).await?;
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    render(&ListPage {
        ctx,
        q: q.q,
        group,
        show_archived,
        groups,
        pupils,
        total,
        page,
        pages,
        may_edit: access::may_edit_school_data(&me),
    })
}

/// A pupil the person may see, or 404 (also for another school's or another group's pupil).
pub async fn visible_pupil(db: &Db, me: &StaffUser, id: i64) -> AppResult<PupilRow> {
    let (school, staff, whole) = access::scope(me);
    let sql = format!("SELECT {PUPIL_COLUMNS} FROM pupils p LEFT JOIN groups g ON g.id = p.group_id WHERE {PUPIL_VISIBLE} AND p.id = $4");
    let row = sqlx::query(&sql)
        .bind(school)
        .bind(staff)
        .bind(whole)
        .bind(id)
        .fetch_optional(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(pupil_from_row(&row)?)
}

pub struct Sibling {
    pub id: i64,
    pub name: String,
    pub group_name: String,
    pub visible: bool,
}

#[derive(Template)]
#[template(path = "pupils/show.html")]
struct ShowPage {
    ctx: Ctx,
    pupil: PupilRow,
    age: Option<i32>,
    guardians: Vec<LinkedGuardian>,
    siblings: Vec<Sibling>,
    may_edit: bool,
    file: crate::records::PupilFile,
    kinds: &'static [&'static str],
    log_channels: &'static [&'static str],
    statuses: &'static [&'static str],
    opp_statuses: &'static [&'static str],
}

async fn show(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, id).await?;
    let guardians = guardians::of_pupil(&state.db, id).await?;
    let siblings = siblings(&state.db, &me, id).await?;
    let age = timefmt::parse_iso(&pupil.date_of_birth)
        .map(|d| crate::domain::dates::age_on(d, timefmt::today()));
    let file = crate::records::pupil_file(&state.db, &me, id).await?;
    crate::audit::record(
        &state.db,
        me.school_id,
        me.id,
        id,
        "view",
        "pupil",
        Some(id),
    )
    .await;
    render(&ShowPage {
        ctx,
        pupil,
        age,
        guardians,
        siblings,
        may_edit: access::may_edit_school_data(&me),
        file,
        kinds: &crate::records::RECORD_KINDS,
        log_channels: &crate::records::LOG_CHANNELS,
        statuses: &crate::records::AGREEMENT_STATUSES,
        opp_statuses: &crate::records::OPP_STATUSES,
    })
}

/// Siblings follow from shared guardians.
async fn siblings(db: &Db, me: &StaffUser, id: i64) -> Result<Vec<Sibling>, sqlx::Error> {
    let (school, staff, whole) = access::scope(me);
    let sql = format!(
        "SELECT DISTINCT p.id, p.first_name, p.name_prefix, p.last_name, COALESCE(g.name, '') AS group_name, \
         CASE WHEN {PUPIL_VISIBLE} THEN 1 ELSE 0 END AS visible \
         FROM pupil_guardians a JOIN pupil_guardians b ON b.guardian_id = a.guardian_id AND b.pupil_id <> a.pupil_id \
         JOIN pupils p ON p.id = b.pupil_id LEFT JOIN groups g ON g.id = p.group_id \
         WHERE a.pupil_id = $4 AND p.archived_at IS NULL AND p.school_id = $1 ORDER BY p.first_name"
    );
    let rows = sqlx::query(&sql)
        .bind(school)
        .bind(staff)
        .bind(whole)
        .bind(id)
        .fetch_all(db.read())
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Sibling {
                id: r.try_get("id")?,
                name: crate::domain::names::full_name(
                    &r.try_get::<String, _>("first_name")?,
                    &r.try_get::<String, _>("name_prefix")?,
                    &r.try_get::<String, _>("last_name")?,
                ),
                group_name: r.try_get("group_name")?,
                visible: r.try_get::<i64, _>("visible")? == 1,
            })
        })
        .collect()
}

#[derive(Deserialize, Default, Clone)]
pub struct PupilForm {
    #[serde(default)]
    external_id: String,
    #[serde(default)]
    first_name: String,
    #[serde(default)]
    name_prefix: String,
    #[serde(default)]
    last_name: String,
    #[serde(default)]
    date_of_birth: String,
    #[serde(default)]
    group_id: String,
}

#[derive(Template)]
#[template(path = "pupils/form.html")]
struct FormPage {
    ctx: Ctx,
    id: Option<i64>,
    form: PupilForm,
    errors: FormErrors,
    groups: Vec<GroupOption>,
}

impl ShowPage {
    /// The shared agreement-row fields start empty on the pupil page.
    fn typed(&self, _n: impl std::fmt::Display, _field: &str) -> String {
        String::new()
    }
}

impl FormPage {
    fn is_group(&self, id: &i64) -> bool {
        self.form.group_id == id.to_string()
    }
}

struct CleanPupil {
    external_id: String,
    first_name: String,
    name_prefix: String,
    last_name: String,
    date_of_birth: Option<String>,
    group_id: Option<i64>,
}

fn validate(form: &PupilForm, groups: &[GroupOption], errors: &mut FormErrors) -> CleanPupil {
    let external_id = forms::required(errors, "external_id", &form.external_id, 20);
    if !external_id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        errors.add("external_id", "pupil-external-id-invalid");
    }
    let date_of_birth = if form.date_of_birth.trim().is_empty() {
        None
    } else {
        match crate::domain::dates::parse_form_date(&form.date_of_birth) {
            Some(d) if (1..=30).contains(&crate::domain::dates::age_on(d, timefmt::today())) => {
                Some(timefmt::iso(d))
            }
            _ => {
                errors.add("date_of_birth", "pupil-date-invalid");
                None
            }
        }
    };
    let group_id = form
        .group_id
        .parse::<i64>()
        .ok()
        .filter(|g| groups.iter().any(|o| o.id == *g));
    if group_id.is_none() && !form.group_id.is_empty() {
        errors.add("group_id", "form-choose-option");
    }
    CleanPupil {
        external_id,
        first_name: forms::required(errors, "first_name", &form.first_name, 100),
        name_prefix: forms::optional(errors, "name_prefix", &form.name_prefix, 30),
        last_name: forms::required(errors, "last_name", &form.last_name, 100),
        date_of_birth,
        group_id,
    }
}

async fn new_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_editor()?;
    let groups = groups::options(&state.db, me.school_id).await?;
    render(&FormPage {
        ctx,
        id: None,
        form: PupilForm::default(),
        errors: FormErrors::default(),
        groups,
    })
}

async fn create(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Form(form): Form<PupilForm>,
) -> AppResult<Response> {
    me.require_editor()?;
    let groups = groups::options(&state.db, me.school_id).await?;
    let mut errors = FormErrors::default();
    let p = validate(&form, &groups, &mut errors);
    if !errors.is_empty() {
        return render(&FormPage {
            ctx,
            id: None,
            form,
            errors,
            groups,
        });
    }
    let at = now();
    let inserted = sqlx::query(
        "INSERT INTO pupils (school_id, external_id, first_name, name_prefix, last_name, date_of_birth, group_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(me.school_id)
    .bind(&p.external_id)
    .bind(&p.first_name)
    .bind(&p.name_prefix)
    .bind(&p.last_name)
    .bind(&p.date_of_birth)
    .bind(p.group_id)
    .bind(at)
    .fetch_one(state.db.write())
    .await;
    match inserted {
        Ok(row) => {
            let id: i64 = row.try_get("id")?;
            Ok(see_other(&format!("/pupils/{id}"), Some("saved")))
        }
        Err(e) if is_unique_violation(&e) => {
            errors.add("external_id", "pupil-external-id-taken");
            render(&FormPage {
                ctx,
                id: None,
                form,
                errors,
                groups,
            })
        }
        Err(e) => Err(e.into()),
    }
}

async fn edit_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_editor()?;
    visible_pupil(&state.db, &me, id).await?;
    let r = sqlx::query("SELECT external_id, first_name, name_prefix, last_name, date_of_birth, group_id FROM pupils WHERE id = $1")
        .bind(id)
        .fetch_one(state.db.read())
        .await?;
    let form = PupilForm {
        external_id: r.try_get("external_id")?,
        first_name: r.try_get("first_name")?,
        name_prefix: r.try_get("name_prefix")?,
        last_name: r.try_get("last_name")?,
        date_of_birth: r
            .try_get::<Option<String>, _>("date_of_birth")?
            .and_then(|d| timefmt::parse_iso(&d))
            .map(timefmt::short_date)
            .unwrap_or_default(),
        group_id: r
            .try_get::<Option<i64>, _>("group_id")?
            .map(|g| g.to_string())
            .unwrap_or_default(),
    };
    let groups = groups::options(&state.db, me.school_id).await?;
    render(&FormPage {
        ctx,
        id: Some(id),
        form,
        errors: FormErrors::default(),
        groups,
    })
}

async fn update(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<PupilForm>,
) -> AppResult<Response> {
    me.require_editor()?;
    visible_pupil(&state.db, &me, id).await?;
    let groups = groups::options(&state.db, me.school_id).await?;
    let mut errors = FormErrors::default();
    let p = validate(&form, &groups, &mut errors);
    if !errors.is_empty() {
        return render(&FormPage {
            ctx,
            id: Some(id),
            form,
            errors,
            groups,
        });
    }
    let updated = sqlx::query(
        "UPDATE pupils SET external_id = $1, first_name = $2, name_prefix = $3, last_name = $4, date_of_birth = $5, \
         group_id = $6, updated_at = $7 WHERE id = $8 AND school_id = $9",
    )
    .bind(&p.external_id)
    .bind(&p.first_name)
    .bind(&p.name_prefix)
    .bind(&p.last_name)
    .bind(&p.date_of_birth)
    .bind(p.group_id)
    .bind(now())
    .bind(id)
    .bind(me.school_id)
    .execute(state.db.write())
    .await;
    match updated {
        Ok(_) => Ok(see_other(&format!("/pupils/{id}"), Some("saved"))),
        Err(e) if is_unique_violation(&e) => {
            errors.add("external_id", "pupil-external-id-taken");
            render(&FormPage {
                ctx,
                id: Some(id),
                form,
                errors,
                groups,
            })
        }
        Err(e) => Err(e.into()),
    }
}

async fn set_archived(state: &AppState, me: &StaffUser, id: i64, archived: bool) -> AppResult<()> {
    me.require_editor()?;
    visible_pupil(&state.db, me, id).await?;
    sqlx::query(
        "UPDATE pupils SET archived_at = $1, updated_at = $2 WHERE id = $3 AND school_id = $4",
    )
    .bind(archived.then(now))
    .bind(now())
    .bind(id)
    .bind(me.school_id)
    .execute(state.db.write())
    .await?;
    Ok(())
}

async fn archive(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    set_archived(&state, &me, id, true).await?;
    Ok(see_other(&format!("/pupils/{id}"), Some("archived")))
}

async fn restore(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    set_archived(&state, &me, id, false).await?;
    Ok(see_other(&format!("/pupils/{id}"), Some("restored")))
}
