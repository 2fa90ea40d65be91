//! The school settings page for administrators, and the public page on practical help for
//! parents.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use axum::Form;

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

#[derive(Default)]
pub struct SettingsForm {
    name: String,
    brin: String,
    city: String,
    contact: String,
    help_info: String,
    exit_policy: String,
    /// Role codes ticked for changing guardians' addresses (a repeated field).
    guardian_email_roles: Vec<String>,
    mfa_for_all: bool,
}

impl SettingsForm {
    /// From the posted pairs (the role checkboxes repeat one name).
    fn from_pairs(pairs: Vec<(String, String)>) -> SettingsForm {
        let mut form = SettingsForm::default();
        for (k, v) in pairs {
            match k.as_str() {
                "school_name" => form.name = v,
                "brin" => form.brin = v,
                "city" => form.city = v,
                "contact" => form.contact = v,
                "help_info" => form.help_info = v,
                "exit_policy" => form.exit_policy = v,
                "guardian_email_role" => form.guardian_email_roles.push(v),
                "mfa_for_all" => form.mfa_for_all = true,
                _ => {}
            }
        }
        form
    }
}

#[derive(Template)]
#[template(path = "school/settings.html")]
struct SettingsPage {
    ctx: Ctx,
    school_id: i64,
    form: SettingsForm,
    errors: FormErrors,
    email_roles: [&'static str; 3],
    /// The default response time to parents' messages, in school days.
    response_days: crate::messages::ResponseSetting,
}

impl SettingsPage {
    fn email_role_ticked(&self, role: &&str) -> bool {
        self.form.guardian_email_roles.iter().any(|r| r == role)
    }
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
            brin: s.brin,
            city: s.city,
            contact: s.contact,
            help_info: s.help_info,
            exit_policy: s.exit_policy,
            guardian_email_roles: s
                .guardian_email_roles
                .split(',')
                .filter(|r| !r.is_empty())
                .map(str::to_string)
                .collect(),
            mfa_for_all: s.mfa_for_all,
        },
        errors: FormErrors::default(),
        email_roles: rules::GUARDIAN_EMAIL_ROLES,
        response_days: crate::messages::school_response_days(&db, me.school_id).await?,
    })
}

async fn save(
    State(db): State<Db>,
    CurrentStaff(me): CurrentStaff,
    ctx: Ctx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    me.require_admin()?;
    let form = SettingsForm::from_pairs(pairs);
    let mut errors = FormErrors::default();
    let name = forms::required(&mut errors, "school_name", &form.name, 120);
    let brin = rules::parse_brin(&form.brin).unwrap_or_else(|| {
        errors.add("brin", "school-brin-invalid");
        String::new()
    });
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
            email_roles: rules::GUARDIAN_EMAIL_ROLES,
            response_days: crate::messages::school_response_days(&db, me.school_id).await?,
        });
    }
    let settings = store::NewSettings {
        name,
        brin,
        city,
        contact,
        help_info,
        exit_policy: ExitPolicy::parse(&form.exit_policy).unwrap_or(ExitPolicy::Each),
        guardian_email_roles: rules::guardian_email_roles_setting(
            form.guardian_email_roles.iter().map(String::as_str),
        ),
        mfa_for_all: form.mfa_for_all,
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
