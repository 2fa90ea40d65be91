//! Group pages: list, detail with pupils, create, edit, archive.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Form;
use serde::Deserialize;

use super::store::{self, GroupRow, NewGroup, StaffOption};
use crate::auth::access::{self, Reach};
use crate::auth::{CurrentStaff, StaffUser};
use crate::db::{is_unique_violation, Db};
use crate::domain::SchoolType;
use crate::error::{AppError, AppResult};
use crate::pupils::{self, PupilRow};
use crate::school;
use crate::state::AppState;
use crate::web::forms::{self, FormData, FormErrors};
use crate::web::Routes;
use crate::web::{render, see_other, Ctx};

pub fn router() -> Routes {
    Routes::new()
        .route("/groups", get(list))
        .route("/groups/new", get(new_form).post(create))
        .route("/groups/{id}", get(show))
        .route("/groups/{id}/edit", get(edit_form).post(update))
        .route("/groups/{id}/archive", post(archive))
        .route("/groups/{id}/restore", post(restore))
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
    let groups = store::list(&state.db, Reach::of(&me), &q.q, show_archived).await?;
    render(&ListPage {
        ctx,
        q: q.q,
        show_archived,
        groups,
        may_edit: access::may_edit_school_data(&me),
    })
}

/// A group the person may see, or 404.
async fn visible_group(db: &Db, me: &StaffUser, id: i64) -> AppResult<GroupRow> {
    store::find_visible(db, Reach::of(me), id)
        .await?
        .ok_or(AppError::NotFound)
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

/// The group form as typed (shown again when it has errors).
#[derive(Default)]
pub struct GroupForm {
    name: String,
    grade: String,
    /// None when the posted code is unknown: then no option is selected.
    school_type: Option<SchoolType>,
    staff_ids: Vec<i64>,
}

#[derive(Template)]
#[template(path = "groups/form.html")]
struct FormPage {
    ctx: Ctx,
    id: Option<i64>,
    form: GroupForm,
    errors: FormErrors,
    staff: Vec<StaffOption>,
    school_types: &'static [SchoolType],
}

impl FormPage {
    async fn new(
        db: &Db,
        me: &StaffUser,
        ctx: Ctx,
        id: Option<i64>,
        form: GroupForm,
        errors: FormErrors,
    ) -> AppResult<FormPage> {
        Ok(FormPage {
            ctx,
            id,
            form,
            errors,
            staff: store::staff_options(db, me.school_id).await?,
            school_types: SchoolType::ALL,
        })
    }

    fn has_staff(&self, id: &i64) -> bool {
        self.form.staff_ids.contains(id)
    }

    fn is_school_type(&self, t: &SchoolType) -> bool {
        self.form.school_type == Some(*t)
    }
}

/// Reads the posted form; the grade is `None` when it is empty and the name has none.
fn parse_form(data: &FormData, errors: &mut FormErrors) -> (GroupForm, Option<i64>) {
    let name = forms::required(errors, "name", data.get("name"), 40);
    let grade_text = data.get("grade").trim().to_string();
    let grade = super::grade_from_form(&grade_text, &name).unwrap_or_else(|()| {
        errors.add("grade", "group-grade-invalid");
        None
    });
    let school_type = SchoolType::parse(data.get("school_type"));
    if school_type.is_none() {
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

impl GroupForm {
    /// The form's values for the store; only called once the form has no errors.
    fn to_save(&self, grade: Option<i64>) -> Option<NewGroup<'_>> {
        Some(NewGroup {
            name: &self.name,
            grade,
            school_type: self.school_type?,
            staff_ids: &self.staff_ids,
        })
    }
}

async fn new_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_editor()?;
    let form = GroupForm {
        school_type: Some(SchoolType::Po),
        ..GroupForm::default()
    };
    render(&FormPage::new(&state.db, &me, ctx, None, form, FormErrors::default()).await?)
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
    let Some(group) = form.to_save(grade).filter(|_| errors.is_empty()) else {
        return render(&FormPage::new(&state.db, &me, ctx, None, form, errors).await?);
    };
    let (year_id, _) = school::current_year(&state.db, me.school_id)
        .await?
        .ok_or(AppError::NotFound)?;
    match store::create(&state.db, me.school_id, year_id, &group).await {
        Ok(id) => Ok(see_other(&format!("/groups/{id}"), Some("saved"))),
        Err(e) if is_unique_violation(&e) => {
            errors.add("name", "group-name-taken");
            render(&FormPage::new(&state.db, &me, ctx, None, form, errors).await?)
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
    let group = visible_group(&state.db, &me, id).await?;
    let form = GroupForm {
        name: group.name,
        grade: group.grade.map(|g| g.to_string()).unwrap_or_default(),
        school_type: Some(group.school_type),
        staff_ids: store::staff_ids(&state.db, id).await?,
    };
    render(&FormPage::new(&state.db, &me, ctx, Some(id), form, FormErrors::default()).await?)
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
    let Some(group) = form.to_save(grade).filter(|_| errors.is_empty()) else {
        return render(&FormPage::new(&state.db, &me, ctx, Some(id), form, errors).await?);
    };
    match store::update(&state.db, me.school_id, id, &group).await {
        Ok(()) => Ok(see_other(&format!("/groups/{id}"), Some("saved"))),
        Err(e) if is_unique_violation(&e) => {
            errors.add("name", "group-name-taken");
            render(&FormPage::new(&state.db, &me, ctx, Some(id), form, errors).await?)
        }
        Err(e) => Err(e.into()),
    }
}

async fn set_archived(state: &AppState, me: &StaffUser, id: i64, archived: bool) -> AppResult<()> {
    me.require_editor()?;
    visible_group(&state.db, me, id).await?;
    store::set_archived(&state.db, me.school_id, id, archived).await?;
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
