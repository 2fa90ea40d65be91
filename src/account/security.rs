//! One's own account: second factor and password. Administrators reset a colleague's
//! second factor (a lost phone) here too.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::second_step::{confirm_enrolment, CodeForm, EnrolPage, RecoveryPage};
use super::store;
use crate::auth::credentials::find_for_sign_in;
use crate::auth::mfa::{self, Need};
use crate::auth::tokens::hash_token;
use crate::auth::{passwords, sessions, CurrentStaff};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::cookies::STAFF_SESSION;
use crate::web::forms::FormErrors;
use crate::web::{render, see_other, Ctx};

#[derive(Template)]
#[template(path = "auth/account.html")]
struct AccountPage {
    ctx: Ctx,
    name: String,
    email: String,
    enrolled: bool,
    required: bool,
    exempt: bool,
}

pub async fn account(
    State(state): State<AppState>,
    CurrentStaff(staff): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    let enrolled = mfa::totp_of(&state.db, staff.id)
        .await?
        .is_some_and(|t| t.confirmed());
    let need = super::mfa_need(&state, &staff).await?;
    render(&AccountPage {
        ctx,
        required: need == Need::Required,
        exempt: need == Need::Exempt,
        name: staff.name,
        email: staff.email,
        enrolled,
    })
}

pub async fn enrol_form(
    State(state): State<AppState>,
    CurrentStaff(staff): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    match mfa::pending_secret(&state.db, staff.id).await? {
        Some(secret) => render(&EnrolPage::new(ctx, "/account/mfa", &staff, &secret)),
        None => Ok(see_other("/account", None)),
    }
}

pub async fn enrol(
    State(state): State<AppState>,
    CurrentStaff(staff): CurrentStaff,
    ctx: Ctx,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    match confirm_enrolment(&state, &staff, &form.code).await? {
        Ok(codes) => render(&RecoveryPage {
            ctx,
            codes,
            next: "/account".into(),
        }),
        Err(()) => {
            let Some(secret) = mfa::pending_secret(&state.db, staff.id).await? else {
                return Ok(see_other("/account", None));
            };
            let mut page = EnrolPage::new(ctx, "/account/mfa", &staff, &secret);
            page.error = Some("mfa-code-wrong");
            render(&page)
        }
    }
}

// ---------- changing one's own password (ASVS 6.2.2, 6.2.3) ----------

#[derive(Deserialize, Default)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

#[derive(Template)]
#[template(path = "auth/change_password.html")]
struct PasswordPage {
    ctx: Ctx,
    errors: FormErrors,
}

pub async fn password_form(CurrentStaff(_): CurrentStaff, ctx: Ctx) -> AppResult<Response> {
    render(&PasswordPage {
        ctx,
        errors: FormErrors::default(),
    })
}

pub async fn change_password(
    State(state): State<AppState>,
    CurrentStaff(staff): CurrentStaff,
    headers: HeaderMap,
    ctx: Ctx,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let stored = find_for_sign_in(&state.db, &staff.email)
        .await?
        .and_then(|a| a.password_hash);
    // The current password proves it is the person, not someone at an unlocked screen.
    if !passwords::verify(form.current.clone(), stored).await {
        errors.add("current", "password-current-wrong");
    }
    let email = staff.email.to_lowercase();
    let name = staff.name.to_lowercase();
    let mut context: Vec<&str> = name.split_whitespace().collect();
    context.extend([email.split('@').next().unwrap_or_default(), "driehoek"]);
    if let Some(key) = passwords::check_new_password_for(&form.password, &form.confirm, &context) {
        errors.add("password", key);
    }
    if !errors.is_empty() {
        return render(&PasswordPage { ctx, errors });
    }
    let hash = passwords::hash(form.password).await?;
    store::change_password(&state.db, staff.school_id, staff.id, &hash).await?;
    // Every other session of this person ends; this one stays (ASVS 7.4.3).
    if let Some(token) = STAFF_SESSION.read(&headers) {
        sessions::delete_others(&state.db, staff.id, &hash_token(&token)).await?;
    }
    Ok(see_other("/account", Some("password-changed")))
}

// ---------- administrators: resetting a colleague's second factor ----------

#[derive(Template)]
#[template(path = "auth/mfa_resets.html")]
struct ResetsPage {
    ctx: Ctx,
    colleagues: Vec<(i64, String, String)>,
}

pub async fn resets(
    State(state): State<AppState>,
    CurrentStaff(staff): CurrentStaff,
    ctx: Ctx,
) -> AppResult<Response> {
    staff.require_admin()?;
    let colleagues = mfa::enrolled_colleagues(&state.db, staff.school_id).await?;
    render(&ResetsPage { ctx, colleagues })
}

pub async fn reset(
    State(state): State<AppState>,
    CurrentStaff(staff): CurrentStaff,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    staff.require_admin()?;
    // Only a colleague of the same school with an authenticator; anything else is not found.
    if !mfa::reset(&state.db, staff.school_id, staff.id, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/account/mfa-resets", Some("mfa-reset-done")))
}
