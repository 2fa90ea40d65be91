//! Administrators manage staff accounts: invite, roles, groups, disable.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Form;
use serde::Deserialize;

use super::store::{self, Member, NewStaff};
use crate::auth::{sessions, CurrentStaff, Roles, StaffUser};
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::groups::{self, GroupOption};
use crate::state::AppState;
use crate::web::forms::{self, FormData, FormErrors};
use crate::web::Routes;
use crate::web::{render, see_other, Ctx};

pub fn router() -> Routes {
    Routes::new()
        .route("/staff", get(list))
        .route("/staff/new", get(new_form).post(create))
        .route("/staff/{id}/edit", get(edit_form).post(update))
        .route("/staff/{id}/disable", post(disable))
        .route("/staff/{id}/enable", post(enable))
        .route("/staff/{id}/resend", post(resend))
}

/// A line of the list, with the names of the person's groups.
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
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Query(q): Query<SearchQuery>,
) -> AppResult<Response> {
    me.require_admin()?;
    let rows = store::list(&db, me.school_id, &q.q).await?;
    let links = groups::staff_group_names(&db, me.school_id).await?;
    let staff = rows
        .into_iter()
        .map(|s| StaffRow {
            groups: links.get(&s.id).map(|v| v.join(", ")).unwrap_or_default(),
            id: s.id,
            name: s.name,
            email: s.email,
            roles: s.roles,
            has_password: s.has_password,
            disabled: s.disabled,
        })
        .collect();
    render(&ListPage { ctx, q: q.q, staff })
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

/// The form as typed (to show it again) and, when it is valid, the account to save.
fn parse_form(data: &FormData, errors: &mut FormErrors) -> (StaffForm, Option<NewStaff>) {
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
    let new = email.map(|email| NewStaff {
        name: name.clone(),
        email,
        roles,
    });
    let form = StaffForm {
        name,
        email: data.get("email").trim().to_string(),
        roles,
        group_ids: data.ids("group"),
    };
    (form, new)
}

async fn new_form(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_admin()?;
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
        groups: groups::options(&db, me.school_id).await?,
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
    let (form, new) = parse_form(&FormData(data), &mut errors);
    if let Some(new) = new.filter(|_| errors.is_empty()) {
        let base_url = &state.config.base_url;
        match store::invite(&state.db, base_url, me.school_id, &new, &form.group_ids).await? {
            Ok(_) => return Ok(see_other("/staff", Some("staff-invited"))),
            Err(store::EmailTaken) => errors.add("email", "staff-email-taken"),
        }
    }
    render(&FormPage {
        ctx,
        id: None,
        form,
        errors,
        groups: groups::options(&state.db, me.school_id).await?,
    })
}

/// A staff member of one's own school, or 404.
async fn load_member(db: &Db, me: &StaffUser, id: i64) -> AppResult<Member> {
    store::member(db, me.school_id, id)
        .await?
        .ok_or(AppError::NotFound)
}

async fn edit_form(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_admin()?;
    let member = load_member(&db, &me, id).await?;
    let form = StaffForm {
        name: member.name,
        email: member.email,
        roles: member.roles,
        group_ids: store::group_ids(&db, id).await?,
    };
    render(&FormPage {
        ctx,
        id: Some(id),
        form,
        errors: FormErrors::default(),
        groups: groups::options(&db, me.school_id).await?,
    })
}

async fn update(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(data): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    me.require_admin()?;
    load_member(&db, &me, id).await?;
    let mut errors = FormErrors::default();
    let (form, new) = parse_form(&FormData(data), &mut errors);
    // Nobody can lock the school out by taking away their own administrator role.
    if id == me.id && !form.roles.administrator {
        errors.add("roles", "staff-keep-own-admin");
    }
    if let Some(new) = new.filter(|_| errors.is_empty()) {
        match store::update(&db, me.school_id, id, &new, &form.group_ids).await? {
            Ok(()) => return Ok(see_other("/staff", Some("saved"))),
            Err(store::EmailTaken) => errors.add("email", "staff-email-taken"),
        }
    }
    render(&FormPage {
        ctx,
        id: Some(id),
        form,
        errors,
        groups: groups::options(&db, me.school_id).await?,
    })
}

async fn disable(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_admin()?;
    if id == me.id {
        return Ok(see_other("/staff", Some("problem-staff-not-self")));
    }
    load_member(&db, &me, id).await?;
    store::disable(&db, me.school_id, id).await?;
    // A disabled account is signed out everywhere at once.
    sessions::delete_all_for(&db, id).await?;
    Ok(see_other("/staff", Some("staff-disabled")))
}

async fn enable(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_admin()?;
    load_member(&db, &me, id).await?;
    store::enable(&db, me.school_id, id).await?;
    Ok(see_other("/staff", Some("staff-enabled")))
}

async fn resend(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    me.require_admin()?;
    load_member(&state.db, &me, id).await?;
    store::resend_invitation(&state.db, &state.config.base_url, id).await?;
    Ok(see_other("/staff", Some("staff-invited")))
}
