//! Guardian pages: list and search, detail, edit, link to a pupil, unlink, archive.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use sqlx::Row;

use super::{LANGUAGES, RELATIONSHIPS};
use crate::auth::access::{self, PUPIL_VISIBLE};
use crate::auth::{CurrentStaff, StaffUser};
use crate::db::{flag, is_unique_violation, now, Db};
use crate::error::{AppError, AppResult};
use crate::pupils::visible_pupil;
use crate::pupils::{self, PupilRow};
use crate::state::AppState;
use crate::web::forms::{self, FormErrors};
use crate::web::{render, see_other, Ctx};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/guardians", get(list))
        .route("/guardians/{id}", get(show))
        .route("/guardians/{id}/edit", get(edit_form).post(update))
        .route("/guardians/{id}/archive", post(archive))
        .route("/pupils/{pupil}/guardians/new", get(new_form).post(create))
        .route(
            "/pupils/{pupil}/guardians/{id}/link",
            get(link_form).post(update_link),
        )
        .route("/pupils/{pupil}/guardians/{id}/unlink", post(unlink))
}

/// A guardian is visible to whoever may see one of their children.
const GUARDIAN_VISIBLE: &str =
    "gd.school_id = $1 AND gd.id IN (SELECT l.guardian_id FROM pupil_guardians l \
     JOIN pupils p ON p.id = l.pupil_id WHERE $3 = 1 OR p.group_id IN \
     (SELECT gs.group_id FROM group_staff gs WHERE gs.staff_id = $2))";

pub struct GuardianRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub language: String,
    pub interpreter_needed: bool,
    pub children: String,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
}

#[derive(Template)]
#[template(path = "guardians/list.html")]
struct ListPage {
    ctx: Ctx,
    q: String,
    guardians: Vec<GuardianRow>,
    limited: bool,
}

const LIST_LIMIT: usize = 200;

async fn list(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let (school, staff, whole) = access::scope(&me);
    let pattern = format!("%{}%", q.q.trim().to_lowercase());
    let sql = format!(
        "SELECT gd.id, gd.name, COALESCE(gd.email, '') AS email, gd.phone, gd.language, gd.interpreter_needed \
         FROM guardians gd WHERE {GUARDIAN_VISIBLE} AND gd.archived_at IS NULL \
         AND (LOWER(gd.name) LIKE $4 OR LOWER(COALESCE(gd.email, '')) LIKE $4 OR gd.phone LIKE $4) \
         ORDER BY gd.name LIMIT {}",
        LIST_LIMIT + 1
    );
    let rows = sqlx::query(&sql)
        .bind(school)
        .bind(staff)
        .bind(whole)
        .bind(&pattern)
        .fetch_all(state.db.read())
        .await?;
    let ids: Vec<i64> = rows
        .iter()
        .map(|r| r.try_get("id"))
        .collect::<Result<_, _>>()?;
    let children = children_names(&state.db, &me, &ids).await?;
    let limited = rows.len() > LIST_LIMIT;
    let guardians = rows
        .iter()
        .take(LIST_LIMIT)
        .map(|r| guardian_row(r, &children))
        .collect::<Result<_, _>>()?;
    render(&ListPage {
        ctx,
        q: q.q,
        guardians,
        limited,
    })
}

fn guardian_row(
    r: &sqlx::any::AnyRow,
    children: &std::collections::HashMap<i64, Vec<String>>,
) -> Result<GuardianRow, sqlx::Error> {
    let id: i64 = r.try_get("id")?;
    Ok(GuardianRow {
        id,
        name: r.try_get("name")?,
        email: r.try_get("email")?,
        phone: r.try_get("phone")?,
        language: r.try_get("language")?,
        interpreter_needed: r.try_get::<i64, _>("interpreter_needed")? == 1,
        children: children.get(&id).map(|v| v.join(", ")).unwrap_or_default(),
    })
}

/// Children's names per guardian, in one query for the whole list.
async fn children_names(
    db: &Db,
    me: &StaffUser,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, Vec<String>>, sqlx::Error> {
    let mut map: std::collections::HashMap<i64, Vec<String>> = std::collections::HashMap::new();
    if ids.is_empty() {
        return Ok(map);
    }
    let (school, staff, whole) = access::scope(me);
    let list = ids
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let sql = format!(
        "SELECT l.guardian_id, p.first_name, p.name_prefix, p.last_name, COALESCE(g.name, '') AS group_name \
         FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id LEFT JOIN groups g ON g.id = p.group_id \
         WHERE {PUPIL_VISIBLE} AND p.archived_at IS NULL AND l.guardian_id IN ({list}) ORDER BY p.first_name"
    );
    let rows = sqlx::query(&sql)
        .bind(school)
        .bind(staff)
        .bind(whole)
        .fetch_all(db.read())
        .await?;
    for r in rows {
        let name = crate::domain::names::full_name(
            &r.try_get::<String, _>("first_name")?,
            &r.try_get::<String, _>("name_prefix")?,
            &r.try_get::<String, _>("last_name")?,
        );
        let group: String = r.try_get("group_name")?;
        let label = if group.is_empty() {
            name
        } else {
            format!("{name} ({group})")
        };
        map.entry(r.try_get("guardian_id")?)
            .or_default()
            .push(label);
    }
    Ok(map)
}

async fn visible_guardian(db: &Db, me: &StaffUser, id: i64) -> AppResult<GuardianRow> {
    let (school, staff, whole) = access::scope(me);
    let sql = format!(
        "SELECT gd.id, gd.name, COALESCE(gd.email, '') AS email, gd.phone, gd.language, gd.interpreter_needed \
         FROM guardians gd WHERE {GUARDIAN_VISIBLE} AND gd.id = $4"
    );
    let row = sqlx::query(&sql)
        .bind(school)
        .bind(staff)
        .bind(whole)
        .bind(id)
        .fetch_optional(db.read())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(guardian_row(&row, &Default::default())?)
}

#[derive(Template)]
#[template(path = "guardians/show.html")]
struct ShowPage {
    ctx: Ctx,
    guardian: GuardianRow,
    children: Vec<PupilRow>,
}

async fn show(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let guardian = visible_guardian(&state.db, &me, id).await?;
    let (school, staff, whole) = access::scope(&me);
    let sql = format!(
        "SELECT {} FROM pupil_guardians l JOIN pupils p ON p.id = l.pupil_id LEFT JOIN groups g ON g.id = p.group_id \
         WHERE {PUPIL_VISIBLE} AND l.guardian_id = $4 ORDER BY p.first_name",
        pupils::PUPIL_COLUMNS
    );
    let rows = sqlx::query(&sql)
        .bind(school)
        .bind(staff)
        .bind(whole)
        .bind(id)
        .fetch_all(state.db.read())
        .await?;
    let children = rows
        .iter()
        .map(pupils::pupil_from_row)
        .collect::<Result<_, _>>()?;
    render(&ShowPage {
        ctx,
        guardian,
        children,
    })
}

#[derive(Deserialize, Default, Clone)]
pub struct GuardianForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    language: String,
    interpreter_needed: Option<String>,
    // Link fields (only on the "add guardian to pupil" form).
    #[serde(default)]
    relationship: String,
    parental_authority: Option<String>,
    own_household: Option<String>,
    receives_invitations: Option<String>,
}

#[derive(Template)]
#[template(path = "guardians/form.html")]
struct FormPage {
    ctx: Ctx,
    /// Some(pupil) when adding a guardian to that pupil.
    pupil: Option<PupilRow>,
    id: Option<i64>,
    form: GuardianForm,
    errors: FormErrors,
    relationships: &'static [&'static str],
    languages: &'static [&'static str],
}

impl FormPage {
    fn checked(&self, v: &Option<String>) -> bool {
        forms::checked(v)
    }
}

struct CleanGuardian {
    name: String,
    email: Option<String>,
    phone: String,
    language: String,
    interpreter_needed: bool,
}

fn validate(form: &GuardianForm, errors: &mut FormErrors) -> CleanGuardian {
    let name = forms::required(errors, "name", &form.name, 120);
    let email = forms::email(errors, "email", &form.email, false);
    let phone = forms::optional(errors, "phone", &form.phone, 30);
    if !phone.is_empty()
        && !phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()".contains(c))
    {
        errors.add("phone", "guardian-phone-invalid");
    }
    let language = forms::optional(errors, "language", &form.language, 30).to_lowercase();
    CleanGuardian {
        name,
        email,
        phone,
        language: if language.is_empty() {
            "nl".into()
        } else {
            language
        },
        interpreter_needed: forms::checked(&form.interpreter_needed),
    }
}

async fn new_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(pupil): Path<i64>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, pupil).await?;
    let form = GuardianForm {
        language: "nl".into(),
        relationship: "mother".into(),
        parental_authority: Some("on".into()),
        receives_invitations: Some("on".into()),
        ..GuardianForm::default()
    };
    render(&FormPage {
        ctx,
        pupil: Some(pupil),
        id: None,
        form,
        errors: FormErrors::default(),
        relationships: &RELATIONSHIPS,
        languages: &LANGUAGES,
    })
}

/// Adds a guardian to a pupil. A guardian already known by e-mail (a sibling's parent) is linked,
/// not created twice.
async fn create(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(pupil_id): Path<i64>,
    Form(form): Form<GuardianForm>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, pupil_id).await?;
    let mut errors = FormErrors::default();
    let g = validate(&form, &mut errors);
    if !RELATIONSHIPS.contains(&form.relationship.as_str()) {
        errors.add("relationship", "form-choose-option");
    }
    if !errors.is_empty() {
        return render(&FormPage {
            ctx,
            pupil: Some(pupil),
            id: None,
            form,
            errors,
            relationships: &RELATIONSHIPS,
            languages: &LANGUAGES,
        });
    }
    let at = now();
    let mut tx = state.db.begin().await?;
    let existing: Option<(i64,)> = match &g.email {
        Some(email) => {
            sqlx::query_as("SELECT id FROM guardians WHERE school_id = $1 AND email = $2")
                .bind(me.school_id)
                .bind(email)
                .fetch_optional(&mut *tx)
                .await?
        }
        None => None,
    };
    let guardian_id = match existing {
        Some((id,)) => id,
        None => sqlx::query(
            "INSERT INTO guardians (school_id, name, email, phone, language, interpreter_needed, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
        )
        .bind(me.school_id)
        .bind(&g.name)
        .bind(&g.email)
        .bind(&g.phone)
        .bind(&g.language)
        .bind(flag(g.interpreter_needed))
        .bind(at)
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?,
    };
    sqlx::query(
        "INSERT INTO pupil_guardians (pupil_id, guardian_id, relationship, parental_authority, own_household, receives_invitations) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (pupil_id, guardian_id) DO UPDATE SET relationship = excluded.relationship, \
         parental_authority = excluded.parental_authority, own_household = excluded.own_household, \
         receives_invitations = excluded.receives_invitations",
    )
    .bind(pupil_id)
    .bind(guardian_id)
    .bind(&form.relationship)
    .bind(flag(forms::checked(&form.parental_authority)))
    .bind(flag(forms::checked(&form.own_household)))
    .bind(flag(forms::checked(&form.receives_invitations)))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(see_other(
        &format!("/pupils/{pupil_id}"),
        Some(if existing.is_some() {
            "guardian-linked"
        } else {
            "saved"
        }),
    ))
}

async fn edit_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let g = visible_guardian(&state.db, &me, id).await?;
    let form = GuardianForm {
        name: g.name,
        email: g.email,
        phone: g.phone,
        language: g.language,
        interpreter_needed: g.interpreter_needed.then(|| "on".to_string()),
        ..GuardianForm::default()
    };
    render(&FormPage {
        ctx,
        pupil: None,
        id: Some(id),
        form,
        errors: FormErrors::default(),
        relationships: &RELATIONSHIPS,
        languages: &LANGUAGES,
    })
}

async fn update(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<GuardianForm>,
) -> AppResult<Response> {
    visible_guardian(&state.db, &me, id).await?;
    let mut errors = FormErrors::default();
    let g = validate(&form, &mut errors);
    if !errors.is_empty() {
        return render(&FormPage {
            ctx,
            pupil: None,
            id: Some(id),
            form,
            errors,
            relationships: &RELATIONSHIPS,
            languages: &LANGUAGES,
        });
    }
    let updated = sqlx::query(
        "UPDATE guardians SET name = $1, email = $2, phone = $3, language = $4, interpreter_needed = $5, updated_at = $6 \
         WHERE id = $7 AND school_id = $8",
    )
    .bind(&g.name)
    .bind(&g.email)
    .bind(&g.phone)
    .bind(&g.language)
    .bind(flag(g.interpreter_needed))
    .bind(now())
    .bind(id)
    .bind(me.school_id)
    .execute(state.db.write())
    .await;
    match updated {
        Ok(_) => Ok(see_other(&format!("/guardians/{id}"), Some("saved"))),
        Err(e) if is_unique_violation(&e) => {
            errors.add("email", "guardian-email-taken");
            render(&FormPage {
                ctx,
                pupil: None,
                id: Some(id),
                form,
                errors,
                relationships: &RELATIONSHIPS,
                languages: &LANGUAGES,
            })
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct LinkForm {
    #[serde(default)]
    relationship: String,
    parental_authority: Option<String>,
    own_household: Option<String>,
    receives_invitations: Option<String>,
}

#[derive(Template)]
#[template(path = "guardians/link.html")]
struct LinkPage {
    ctx: Ctx,
    pupil: PupilRow,
    guardian: GuardianRow,
    relationship: String,
    parental_authority: bool,
    own_household: bool,
    receives_invitations: bool,
    relationships: &'static [&'static str],
    error: Option<&'static str>,
}

async fn link_form(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path((pupil_id, id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, pupil_id).await?;
    let guardian = visible_guardian(&state.db, &me, id).await?;
    let link = super::of_pupil(&state.db, pupil_id)
        .await?
        .into_iter()
        .find(|l| l.id == id)
        .ok_or(AppError::NotFound)?;
    render(&LinkPage {
        ctx,
        pupil,
        guardian,
        relationship: link.relationship,
        parental_authority: link.parental_authority,
        own_household: link.own_household,
        receives_invitations: link.receives_invitations,
        relationships: &RELATIONSHIPS,
        error: None,
    })
}

async fn update_link(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Path((pupil_id, id)): Path<(i64, i64)>,
    Form(form): Form<LinkForm>,
) -> AppResult<Response> {
    let pupil = visible_pupil(&state.db, &me, pupil_id).await?;
    let guardian = visible_guardian(&state.db, &me, id).await?;
    if !RELATIONSHIPS.contains(&form.relationship.as_str()) {
        return render(&LinkPage {
            ctx,
            pupil,
            guardian,
            relationship: form.relationship,
            parental_authority: forms::checked(&form.parental_authority),
            own_household: forms::checked(&form.own_household),
            receives_invitations: forms::checked(&form.receives_invitations),
            relationships: &RELATIONSHIPS,
            error: Some("form-choose-option"),
        });
    }
    let done = sqlx::query(
        "UPDATE pupil_guardians SET relationship = $1, parental_authority = $2, own_household = $3, receives_invitations = $4 \
         WHERE pupil_id = $5 AND guardian_id = $6",
    )
    .bind(&form.relationship)
    .bind(flag(forms::checked(&form.parental_authority)))
    .bind(flag(forms::checked(&form.own_household)))
    .bind(flag(forms::checked(&form.receives_invitations)))
    .bind(pupil_id)
    .bind(id)
    .execute(state.db.write())
    .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(see_other(&format!("/pupils/{pupil_id}"), Some("saved")))
}

async fn unlink(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path((pupil_id, id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    visible_pupil(&state.db, &me, pupil_id).await?;
    sqlx::query("DELETE FROM pupil_guardians WHERE pupil_id = $1 AND guardian_id = $2")
        .bind(pupil_id)
        .bind(id)
        .execute(state.db.write())
        .await?;
    Ok(see_other(
        &format!("/pupils/{pupil_id}"),
        Some("guardian-unlinked"),
    ))
}

async fn archive(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    if !access::may_edit_school_data(&me) {
        return Err(AppError::Forbidden);
    }
    visible_guardian(&state.db, &me, id).await?;
    sqlx::query("UPDATE guardians SET archived_at = $1 WHERE id = $2 AND school_id = $3")
        .bind(now())
        .bind(id)
        .bind(me.school_id)
        .execute(state.db.write())
        .await?;
    Ok(see_other("/guardians", Some("archived")))
}
