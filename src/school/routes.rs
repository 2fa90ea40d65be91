//! The school settings page for administrators, and the public page on practical help for
//! parents.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use axum::Form;
use serde::Deserialize;

use super::{rules, store};
use crate::auth::CurrentStaff;
use crate::db::Db;
use crate::domain::ExitPolicy;
use crate::error::{AppError, AppResult};
use crate::web::forms::{self, FormErrors};
use crate::web::Routes;
use crate::web::{render, see_other, Ctx};

/// The longest help text a school may write.
const HELP_MAX_CHARS: usize = 10_000;

pub fn router() -> Routes {
    Routes::new()
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
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    me.require_admin()?;
    let s = store::settings(&db, me.school_id).await?;
    render(&SettingsPage {
        ctx,
        school_id: me.school_id,
        form: SettingsForm {
            name: s.name,
            city: s.city,
            contact: s.contact,
            help_info: s.help_info,
            exit_policy: s.exit_policy,
        },
        errors: FormErrors::default(),
    })
}

async fn save(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Form(form): Form<SettingsForm>,
) -> AppResult<Response> {
    me.require_admin()?;
    let mut errors = FormErrors::default();
    let name = forms::required(&mut errors, "school_name", &form.name, 120);
    let city = forms::optional(&mut errors, "city", &form.city, 80);
    let contact = forms::optional(&mut errors, "contact", &form.contact, 300);
    let help_info = form.help_info.trim().to_string();
    if help_info.chars().count() > HELP_MAX_CHARS {
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
    let settings = store::NewSettings {
        name,
        city,
        contact,
        help_info,
        exit_policy: ExitPolicy::parse(&form.exit_policy).unwrap_or(ExitPolicy::Each),
    };
    store::save_settings(&db, me.school_id, settings).await?;
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
async fn help_page(State(db): State<Db>, ctx: Ctx, Path(id): Path<i64>) -> AppResult<Response> {
    let help = store::help(&db, id).await?.ok_or(AppError::NotFound)?;
    render(&HelpPage {
        ctx,
        paragraphs: rules::paragraphs(&help.help_info),
        school: help.name,
        contact: help.contact,
    })
}
