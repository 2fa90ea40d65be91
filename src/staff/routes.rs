//! Administrators manage staff accounts: invite, roles, groups, disable.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use sqlx::Row;

use super::{NewStaff, TokenPurpose};
use crate::auth::{sessions, CurrentStaff, Roles, StaffUser};
use crate::db::{flag, is_unique_violation, now, Db};
use crate::error::{AppError, AppResult};
use crate::groups::{self, GroupOption};
use crate::state::AppState;
use crate::web::forms::{self, FormData, FormErrors};
use crate::web::{render, see_other, Ctx};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff", get(list))
        .route("/staff/new", get(new_form).post(create))
        .route("/staff/{id}/edit", get(edit_form).post(update))
        .route("/staff/{id}/disable", post(disable))
        .route("/staff/{id}/enable", post(enable))
        .route("/staff/{id}/resend", post(resend))
}

pub struct StaffRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub roles: Roles,
    pub has_password: bool,
    pub disabled: bool,
    pub groups: String,
}

#[derive(Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    pub q: String,
}

#[derive(Template)]
#[template(path = "staff/list.html")]
struct ListPage {
    ctx: Ctx,
    q: String,
    staff: Vec<StaffRow>,
}

async fn list(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Query(q): Query<SearchQuery>,
) -> AppResult<Response> {
    me.require_admin()?;
    let pattern = format!("%{}%", q.q.trim().to_lowercase());
    let rows = sqlx::query(
        "SELECT id, name, email, is_teacher, is_care_coordinator, is_director, is_admin, \
         CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END AS has_password, \
         CASE WHEN disabled_at IS NULL THEN 0 ELSE 1 END AS disabled \
         FROM staff WHERE school_id = $1 AND (LOWER(name) LIKE $2 OR email LIKE $2) ORDER BY name",
    )
    .bind(me.school_id)
    .bind(&pattern)
    .fetch_all(state.db.read())
    .await?;
    let links = groups::staff_group_names(&state.db, me.school_id).await?;
    let mut staff = Vec::with_capacity(rows.len());
    for r in &rows {
        let id: i64 = r.try_get("id")?;
        staff.push(StaffRow {
            id,
            name: r.try_get("name")?,
            email: r.try_get("email")?,
            roles: roles_from_row(r)?,
            has_password: r.try_get::<i64, _>("has_password")? == 1,
            disabled: r.try_get::<i64, _>("disabled")? == 1,
            groups: links.get(&id).map(|v| v.join(", ")).unwrap_or_default(),
        });
    }
    render(&ListPage { ctx, q: q.q, staff })
}

fn roles_from_row(r: &sqlx::any::AnyRow) -> Result<Roles, sqlx::Error> {
    Ok(Roles {
        teacher: r.try_get::<i64, _>("is_teacher")? != 0,
        care_coordinator: r.try_get::<i64, _>("is_care_coordinator")? != 0,
        director: r.try_get::<i64, _>("is_director")? != 0,
        administrator: r.try_get::<i64, _>("is_admin")? != 0,
    })
}

#[derive(Default)]
pub struct StaffForm {
    pub name: String,
    pub email: String,
    pub roles: Roles,
    pub group_ids: Vec<i64>,
}

#[derive(Template)]
#[template(path = "staff/form.html")]
struct FormPage {
    ctx: Ctx,
    id: Option<i64>,
    form: StaffForm,
    errors: FormErrors,
    groups: Vec<GroupOption>,
}

impl FormPage {
    fn has_group(&self, id: &i64) -> bool {
        self.form.group_ids.contains(id)
    }
}

fn parse_form(data: &FormData, errors: &mut FormErrors) -> (StaffForm, Option<String>) {
    let name = forms::required(errors, "name", data.get("name"), 120);
    let email = forms::email(errors, "email", data.get("email"), true);
    let roles = Roles {
        teacher: data.has("teacher"),
        care_coordinator: data.has("care_coordinator"),
        director: data.has("director"),
        administrator: data.has("administrator"),
    };
    if !roles.any() {
        errors.add("roles", "staff-roles-required");
    }
    let form = StaffForm {
        name,
        email: data.get("email").trim().to_string(),
        roles,
        group_ids: data.ids("group"),
    };
    (form, email)
}

async fn new_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_admin()?;
    let groups = groups::options(&state.db, me.school_id).await?;
    let form = StaffForm {
        roles: Roles {
            teacher: true,
            ..Roles::default()
        },
        ..StaffForm::default()
    };
    render(&FormPage {
        ctx,
        id: None,
        form,
        errors: FormErrors::default(),
        groups,
    })
}

async fn create(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    me.require_admin()?;
    let mut errors = FormErrors::default();
    let (form, email) = parse_form(&FormData(data), &mut errors);
    let groups = groups::options(&state.db, me.school_id).await?;
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return render(&FormPage {
            ctx,
            id: None,
            form,
            errors,
            groups,
        });
    };
    let mut tx = state.db.begin().await?;
    let new = NewStaff {
        name: form.name.clone(),
        email,
        roles: form.roles,
    };
    let id = match super::insert(&mut tx, me.school_id, &new).await {
        Ok(id) => id,
        Err(e) if is_unique_violation(&e) => {
            errors.add("email", "staff-email-taken");
            return render(&FormPage {
                ctx,
                id: None,
                form,
                errors,
                groups,
            });
        }
        Err(e) => return Err(e.into()),
    };
    set_groups(&mut tx, me.school_id, id, &form.group_ids).await?;
    super::send_password_link(&mut tx, &state.config.base_url, id, TokenPurpose::Invite).await?;
    tx.commit().await?;
    Ok(see_other("/staff", Some("staff-invited")))
}

/// Replaces the group links of a staff member with links to the given groups of the same school.
async fn set_groups(
    tx: &mut crate::db::Tx,
    school_id: i64,
    staff_id: i64,
    group_ids: &[i64],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM group_staff WHERE staff_id = $1")
        .bind(staff_id)
        .execute(&mut **tx)
        .await?;
    for gid in group_ids {
        sqlx::query(
            "INSERT INTO group_staff (group_id, staff_id) SELECT id, $2 FROM groups WHERE id = $1 AND school_id = $3 \
             ON CONFLICT DO NOTHING",
        )
        .bind(gid)
        .bind(staff_id)
        .bind(school_id)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

async fn load_member(db: &Db, me: &StaffUser, id: i64) -> AppResult<sqlx::any::AnyRow> {
    sqlx::query("SELECT id, name, email, is_teacher, is_care_coordinator, is_director, is_admin FROM staff WHERE id = $1 AND school_id = $2")
        .bind(id)
        .bind(me.school_id)
        .fetch_optional(db.read())
        .await?
        .ok_or(AppError::NotFound)
}

async fn edit_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_admin()?;
    let row = load_member(&state.db, &me, id).await?;
    let group_ids: Vec<(i64,)> =
        sqlx::query_as("SELECT group_id FROM group_staff WHERE staff_id = $1")
            .bind(id)
            .fetch_all(state.db.read())
            .await?;
    let form = StaffForm {
        name: row.try_get("name")?,
        email: row.try_get("email")?,
        roles: roles_from_row(&row)?,
        group_ids: group_ids.into_iter().map(|(g,)| g).collect(),
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
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    me.require_admin()?;
    load_member(&state.db, &me, id).await?;
    let mut errors = FormErrors::default();
    let (form, email) = parse_form(&FormData(data), &mut errors);
    // Nobody can lock the school out by taking away their own administrator role.
    if id == me.id && !form.roles.administrator {
        errors.add("roles", "staff-keep-own-admin");
    }
    let groups = groups::options(&state.db, me.school_id).await?;
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return render(&FormPage {
            ctx,
            id: Some(id),
            form,
            errors,
            groups,
        });
    };
    let mut tx = state.db.begin().await?;
    let result = sqlx::query(
        "UPDATE staff SET name = $1, email = $2, is_teacher = $3, is_care_coordinator = $4, is_director = $5, is_admin = $6 \
         WHERE id = $7 AND school_id = $8",
    )
    .bind(&form.name)
    .bind(&email)
    .bind(flag(form.roles.teacher))
    .bind(flag(form.roles.care_coordinator))
    .bind(flag(form.roles.director))
    .bind(flag(form.roles.administrator))
    .bind(id)
    .bind(me.school_id)
    .execute(&mut *tx)
    .await;
    match result {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => {
            errors.add("email", "staff-email-taken");
            return render(&FormPage {
                ctx,
                id: Some(id),
                form,
                errors,
                groups,
            });
        }
        Err(e) => return Err(e.into()),
    }
    set_groups(&mut tx, me.school_id, id, &form.group_ids).await?;
    tx.commit().await?;
    Ok(see_other("/staff", Some("saved")))
}

async fn disable(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_admin()?;
    if id == me.id {
        return Ok(see_other("/staff", Some("problem-staff-not-self")));
    }
    load_member(&state.db, &me, id).await?;
    sqlx::query("UPDATE staff SET disabled_at = $1 WHERE id = $2 AND school_id = $3")
        .bind(now())
        .bind(id)
        .bind(me.school_id)
        .execute(state.db.write())
        .await?;
    // A disabled account is signed out everywhere at once.
    sessions::delete_all_for(&state.db, id).await?;
    Ok(see_other("/staff", Some("staff-disabled")))
}

async fn enable(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_admin()?;
    load_member(&state.db, &me, id).await?;
    sqlx::query("UPDATE staff SET disabled_at = NULL WHERE id = $1 AND school_id = $2")
        .bind(id)
        .bind(me.school_id)
        .execute(state.db.write())
        .await?;
    Ok(see_other("/staff", Some("staff-enabled")))
}

async fn resend(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_admin()?;
    load_member(&state.db, &me, id).await?;
    let mut tx = state.db.begin().await?;
    super::send_password_link(&mut tx, &state.config.base_url, id, TokenPurpose::Invite).await?;
    tx.commit().await?;
    Ok(see_other("/staff", Some("staff-invited")))
}
