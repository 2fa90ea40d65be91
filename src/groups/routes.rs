//! Group pages: list, detail with pupils, create, edit, archive.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use sqlx::Row;

use super::SCHOOL_TYPES;
use crate::auth::access::{self, GROUP_VISIBLE};
use crate::auth::{CurrentStaff, StaffUser};
use crate::db::{is_unique_violation, now, Db};
use crate::error::{AppError, AppResult};
use crate::pupils::{self, PupilRow};
use crate::school;
use crate::state::AppState;
use crate::web::forms::{self, FormData, FormErrors};
use crate::web::{render, see_other, Ctx};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/groups", get(list))
        .route("/groups/new", get(new_form).post(create))
        .route("/groups/{id}", get(show))
        .route("/groups/{id}/edit", get(edit_form).post(update))
        .route("/groups/{id}/archive", post(archive))
        .route("/groups/{id}/restore", post(restore))
}

pub struct GroupRow {
    pub id: i64,
    pub name: String,
    pub grade: Option<i64>,
    pub school_type: String,
    pub pupils: i64,
    pub staff: String,
    pub archived: bool,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    archived: Option<String>,
}

#[derive(Template)]
#[template(path = "groups/list.html")]
struct ListPage {
    ctx: Ctx,
    q: String,
    show_archived: bool,
    groups: Vec<GroupRow>,
    may_edit: bool,
}

async fn list(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let show_archived = forms::checked(&q.archived);
    let (school, staff, whole) = access::scope(&me);
    let sql = format!(
        "SELECT g.id, g.name, g.grade, g.school_type, \
         CASE WHEN g.archived_at IS NULL THEN 0 ELSE 1 END AS archived, \
         (SELECT COUNT(*) FROM pupils p WHERE p.group_id = g.id AND p.archived_at IS NULL) AS pupils \
         FROM groups g WHERE {GROUP_VISIBLE} AND LOWER(g.name) LIKE $4 AND ($5 = 1 OR g.archived_at IS NULL) \
         ORDER BY g.archived_at IS NOT NULL, g.grade, g.name"
    );
    let rows = sqlx::query(&sql)
        .bind(school)
        .bind(staff)
        .bind(whole)
        .bind(format!("%{}%", q.q.trim().to_lowercase()))
        .bind(i64::from(show_archived))
        .fetch_all(state.db.read())
        .await?;
    let staff_names = super::group_staff_names(&state.db, me.school_id).await?;
    let groups = rows
        .iter()
        .map(|r| {
            let id: i64 = r.try_get("id")?;
            Ok(GroupRow {
                id,
                name: r.try_get("name")?,
                grade: r.try_get("grade")?,
                school_type: r.try_get("school_type")?,
                pupils: r.try_get("pupils")?,
                staff: staff_names
                    .get(&id)
                    .map(|v| v.join(", "))
                    .unwrap_or_default(),
                archived: r.try_get::<i64, _>("archived")? == 1,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    render(&ListPage {
        ctx,
        q: q.q,
        show_archived,
        groups,
        may_edit: access::may_edit_school_data(&me),
    })
}

/// A group the person may see, or 404.
pub async fn visible_group(db: &Db, me: &StaffUser, id: i64) -> AppResult<GroupRow> {
    let (school, staff, whole) = access::scope(me);
    let sql = format!(
        "SELECT g.id, g.name, g.grade, g.school_type, CASE WHEN g.archived_at IS NULL THEN 0 ELSE 1 END AS archived \
         FROM groups g WHERE {GROUP_VISIBLE} AND g.id = $4"
    );
    let r = sqlx::query(&sql)
        .bind(school)
        .bind(staff)
        .bind(whole)
        .bind(id)
        .fetch_optional(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    let staff_names = super::group_staff_names(db, me.school_id).await?;
    Ok(GroupRow {
        id,
        name: r.try_get("name")?,
        grade: r.try_get("grade")?,
        school_type: r.try_get("school_type")?,
        pupils: 0,
        staff: staff_names
            .get(&id)
            .map(|v| v.join(", "))
            .unwrap_or_default(),
        archived: r.try_get::<i64, _>("archived")? == 1,
    })
}

#[derive(Template)]
#[template(path = "groups/show.html")]
struct ShowPage {
    ctx: Ctx,
    group: GroupRow,
    pupils: Vec<PupilRow>,
    may_edit: bool,
}

async fn show(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let group = visible_group(&state.db, &me, id).await?;
    let pupils = pupils::in_group(&state.db, id).await?;
    render(&ShowPage {
        ctx,
        group,
        pupils,
        may_edit: access::may_edit_school_data(&me),
    })
}

#[derive(Default)]
pub struct GroupForm {
    name: String,
    grade: String,
    school_type: String,
    staff_ids: Vec<i64>,
}

pub struct StaffOption {
    pub id: i64,
    pub name: String,
}

#[derive(Template)]
#[template(path = "groups/form.html")]
struct FormPage {
    ctx: Ctx,
    id: Option<i64>,
    form: GroupForm,
    errors: FormErrors,
    staff: Vec<StaffOption>,
    school_types: &'static [&'static str],
}

impl FormPage {
    fn has_staff(&self, id: &i64) -> bool {
        self.form.staff_ids.contains(id)
    }
}

async fn staff_options(db: &Db, school_id: i64) -> Result<Vec<StaffOption>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, name FROM staff WHERE school_id = $1 AND disabled_at IS NULL \
         ORDER BY is_teacher DESC, name",
    )
    .bind(school_id)
    .fetch_all(db.read())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| StaffOption { id, name })
        .collect())
}

fn parse_form(data: &FormData, errors: &mut FormErrors) -> (GroupForm, Option<i64>) {
    let name = forms::required(errors, "name", data.get("name"), 40);
    let grade_text = data.get("grade").trim().to_string();
    let grade = if grade_text.is_empty() {
        super::grade_from_name(&name)
    } else {
        match grade_text.parse::<i64>() {
            Ok(g) if (0..=14).contains(&g) => Some(g),
            _ => {
                errors.add("grade", "group-grade-invalid");
                None
            }
        }
    };
    let school_type = data.get("school_type").to_string();
    if !SCHOOL_TYPES.contains(&school_type.as_str()) {
        errors.add("school_type", "form-choose-option");
    }
    (
        GroupForm {
            name,
            grade: grade_text,
            school_type,
            staff_ids: data.ids("staff"),
        },
        grade,
    )
}

async fn new_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_editor()?;
    let staff = staff_options(&state.db, me.school_id).await?;
    let form = GroupForm {
        school_type: "po".into(),
        ..GroupForm::default()
    };
    render(&FormPage {
        ctx,
        id: None,
        form,
        errors: FormErrors::default(),
        staff,
        school_types: &SCHOOL_TYPES,
    })
}

async fn create(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    me.require_editor()?;
    let mut errors = FormErrors::default();
    let (form, grade) = parse_form(&FormData(data), &mut errors);
    let staff = staff_options(&state.db, me.school_id).await?;
    if !errors.is_empty() {
        return render(&FormPage {
            ctx,
            id: None,
            form,
            errors,
            staff,
            school_types: &SCHOOL_TYPES,
        });
    }
    let (year_id, _) = school::current_year(&state.db, me.school_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    let inserted = sqlx::query(
        "INSERT INTO groups (school_id, school_year_id, name, grade, school_type, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(me.school_id)
    .bind(year_id)
    .bind(&form.name)
    .bind(grade)
    .bind(&form.school_type)
    .bind(now())
    .fetch_one(&mut *tx)
    .await;
    let id: i64 = match inserted {
        Ok(row) => row.try_get("id")?,
        Err(e) if is_unique_violation(&e) => {
            errors.add("name", "group-name-taken");
            return render(&FormPage {
                ctx,
                id: None,
                form,
                errors,
                staff,
                school_types: &SCHOOL_TYPES,
            });
        }
        Err(e) => return Err(e.into()),
    };
    set_staff(&mut tx, me.school_id, id, &form.staff_ids).await?;
    tx.commit().await?;
    Ok(see_other(&format!("/groups/{id}"), Some("saved")))
}

async fn set_staff(
    tx: &mut crate::db::Tx,
    school_id: i64,
    group_id: i64,
    staff_ids: &[i64],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM group_staff WHERE group_id = $1")
        .bind(group_id)
        .execute(&mut **tx)
        .await?;
    for sid in staff_ids {
        sqlx::query(
            "INSERT INTO group_staff (group_id, staff_id) SELECT $1, id FROM staff WHERE id = $2 AND school_id = $3 \
             ON CONFLICT DO NOTHING",
        )
        .bind(group_id)
        .bind(sid)
        .bind(school_id)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

async fn edit_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_editor()?;
    let group = visible_group(&state.db, &me, id).await?;
    let linked: Vec<(i64,)> =
        sqlx::query_as("SELECT staff_id FROM group_staff WHERE group_id = $1")
            .bind(id)
            .fetch_all(state.db.read())
            .await?;
    let form = GroupForm {
        name: group.name,
        grade: group.grade.map(|g| g.to_string()).unwrap_or_default(),
        school_type: group.school_type,
        staff_ids: linked.into_iter().map(|(s,)| s).collect(),
    };
    let staff = staff_options(&state.db, me.school_id).await?;
    render(&FormPage {
        ctx,
        id: Some(id),
        form,
        errors: FormErrors::default(),
        staff,
        school_types: &SCHOOL_TYPES,
    })
}

async fn update(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    me.require_editor()?;
    visible_group(&state.db, &me, id).await?;
    let mut errors = FormErrors::default();
    let (form, grade) = parse_form(&FormData(data), &mut errors);
    let staff = staff_options(&state.db, me.school_id).await?;
    if !errors.is_empty() {
        return render(&FormPage {
            ctx,
            id: Some(id),
            form,
            errors,
            staff,
            school_types: &SCHOOL_TYPES,
        });
    }
    let mut tx = state.db.begin().await?;
    let updated = sqlx::query("UPDATE groups SET name = $1, grade = $2, school_type = $3 WHERE id = $4 AND school_id = $5")
        .bind(&form.name)
        .bind(grade)
        .bind(&form.school_type)
        .bind(id)
        .bind(me.school_id)
        .execute(&mut *tx)
        .await;
    match updated {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => {
            errors.add("name", "group-name-taken");
            return render(&FormPage {
                ctx,
                id: Some(id),
                form,
                errors,
                staff,
                school_types: &SCHOOL_TYPES,
            });
        }
        Err(e) => return Err(e.into()),
    }
    set_staff(&mut tx, me.school_id, id, &form.staff_ids).await?;
    tx.commit().await?;
    Ok(see_other(&format!("/groups/{id}"), Some("saved")))
}

async fn set_archived(state: &AppState, me: &StaffUser, id: i64, archived: bool) -> AppResult<()> {
    me.require_editor()?;
    visible_group(&state.db, me, id).await?;
    sqlx::query("UPDATE groups SET archived_at = $1 WHERE id = $2 AND school_id = $3")
        .bind(archived.then(now))
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
    Ok(see_other(&format!("/groups/{id}"), Some("archived")))
}

async fn restore(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    set_archived(&state, &me, id, false).await?;
    Ok(see_other(&format!("/groups/{id}"), Some("restored")))
}
