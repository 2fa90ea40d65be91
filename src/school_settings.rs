//! School settings for administrators, and the public page on practical help for parents.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;

use crate::auth::CurrentStaff;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::forms::{self, FormErrors};
use crate::web::{render, see_other, Ctx};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/school", get(settings).post(save))
        .route("/scholen/{id}/praktische-hulp", get(help_page))
}

#[derive(Deserialize, Default)]
pub struct SettingsForm {
    #[serde(default, rename = "school_name")]
    name: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    contact: String,
    #[serde(default)]
    help_info: String,
    #[serde(default)]
    exit_policy: String,
}

#[derive(Template)]
#[template(path = "school/settings.html")]
struct SettingsPage {
    ctx: Ctx,
    school_id: i64,
    form: SettingsForm,
    errors: FormErrors,
}

async fn settings(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_admin()?;
    let (name, city, contact, help_info, exit_policy): (String, String, String, String, String) =
        sqlx::query_as(
            "SELECT name, city, contact, help_info, exit_policy FROM schools WHERE id = $1",
        )
        .bind(me.school_id)
        .fetch_one(state.db.read())
        .await?;
    render(&SettingsPage {
        ctx,
        school_id: me.school_id,
        form: SettingsForm {
            name,
            city,
            contact,
            help_info,
            exit_policy,
        },
        errors: FormErrors::default(),
    })
}

async fn save(
    State(state): State<AppState>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Form(form): Form<SettingsForm>,
) -> AppResult<Response> {
    me.require_admin()?;
    let mut errors = FormErrors::default();
    let name = forms::required(&mut errors, "school_name", &form.name, 120);
    let city = forms::optional(&mut errors, "city", &form.city, 80);
    let contact = forms::optional(&mut errors, "contact", &form.contact, 300);
    let help: String = form.help_info.trim().to_string();
    if help.chars().count() > 10_000 {
        errors.add("help_info", "form-too-long");
    }
    if !errors.is_empty() {
        return render(&SettingsPage {
            ctx,
            school_id: me.school_id,
            form,
            errors,
        });
    }
    let policy = if form.exit_policy == "last" {
        "last"
    } else {
        "each"
    };
    sqlx::query(
        "UPDATE schools SET name = $1, city = $2, contact = $3, help_info = $4, exit_policy = $5 WHERE id = $6",
    )
    .bind(name)
    .bind(city)
    .bind(contact)
    .bind(help)
    .bind(policy)
    .bind(me.school_id)
    .execute(state.db.write())
    .await?;
    Ok(see_other("/school", Some("saved")))
}

#[derive(Template)]
#[template(path = "school/help.html")]
struct HelpPage {
    ctx: Ctx,
    school: String,
    contact: String,
    paragraphs: Vec<String>,
}

/// Public: parents reach it from the link a teacher gives them; it holds no personal data.
async fn help_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let row: Option<(String, String, String)> =
        sqlx::query_as("SELECT name, contact, help_info FROM schools WHERE id = $1")
            .bind(id)
            .fetch_optional(state.db.read())
            .await?;
    let (school, contact, help) = row.ok_or(AppError::NotFound)?;
    let paragraphs = help
        .split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    render(&HelpPage {
        ctx,
        school,
        contact,
        paragraphs,
    })
}
