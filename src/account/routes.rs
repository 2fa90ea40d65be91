//! Set-up, sign-in, sign-out and the one-time links to set a password.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Form;
use serde::Deserialize;

use super::store;
use super::{second_step, security, sign_in};
use crate::auth::staff_tokens::{find_token, FoundToken, TokenPurpose};
use crate::auth::{passwords, Roles};
use crate::domain::Email;
use crate::error::AppResult;
use crate::school;
use crate::staff::NewStaff;
use crate::state::AppState;
use crate::web::forms::{self, FormErrors};
use crate::web::Routes;
use crate::web::{no_referrer, render, Ctx};

pub fn router() -> Routes {
    Routes::new()
        .route("/setup", get(setup_form).post(setup))
        .route(
            "/sign-in",
            get(sign_in::sign_in_form).post(sign_in::sign_in),
        )
        .route("/sign-out", post(sign_in::sign_out))
        .route(
            "/sign-in/code",
            get(second_step::code_form).post(second_step::code),
        )
        .route(
            "/sign-in/enrol",
            get(second_step::enrol_form).post(second_step::enrol),
        )
        .route("/account", get(security::account))
        .route(
            "/account/mfa",
            get(security::enrol_form).post(security::enrol),
        )
        .route(
            "/account/password",
            get(security::password_form).post(security::change_password),
        )
        .route("/account/mfa-resets", get(security::resets))
        .route("/account/mfa-resets/{id}", post(security::reset))
        .route("/password/forgot", get(forgot_form).post(forgot))
        .route(
            "/password/set/{token}",
            get(set_password_form).post(set_password),
        )
}

// ---------- first set-up ----------

#[derive(Deserialize, Default)]
pub struct SetupForm {
    #[serde(default)]
    school_name: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
    also_director: Option<String>,
    /// The one-time set-up token from the link in the server log.
    #[serde(default)]
    token: String,
}

#[derive(Deserialize, Default)]
pub struct SetupQuery {
    #[serde(default)]
    token: String,
}

#[derive(Template)]
#[template(path = "auth/setup.html")]
struct SetupPage {
    ctx: Ctx,
    form: SetupForm,
    errors: FormErrors,
    /// False without the set-up link's token: the page then points to the server log.
    token_ok: bool,
}

async fn setup_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<SetupQuery>,
) -> AppResult<Response> {
    if school::is_set_up(&state.db).await? {
        return Ok(Redirect::to("/sign-in").into_response());
    }
    let token_ok = crate::staff::setup_token_valid(&state.db, &q.token).await?;
    let page = render(&SetupPage {
        ctx,
        form: SetupForm {
            token: if token_ok { q.token } else { String::new() },
            ..SetupForm::default()
        },
        errors: FormErrors::default(),
        token_ok,
    })?;
    // With the token in the address, never pass the address on to another site.
    Ok(if token_ok { no_referrer(page) } else { page })
}

async fn setup(
    State(state): State<AppState>,
    headers: HeaderMap,
    ctx: Ctx,
    Form(form): Form<SetupForm>,
) -> AppResult<Response> {
    if school::is_set_up(&state.db).await? {
        return Ok(Redirect::to("/sign-in").into_response());
    }
    // Without the one-time link from the server log, nobody sets up the installation.
    if !crate::staff::setup_token_valid(&state.db, &form.token).await? {
        let page = render(&SetupPage {
            ctx,
            form: SetupForm::default(),
            errors: FormErrors::default(),
            token_ok: false,
        })?;
        return Ok((StatusCode::FORBIDDEN, page).into_response());
    }
    let mut errors = FormErrors::default();
    let school_name = forms::required(&mut errors, "school_name", &form.school_name, 120);
    let city = forms::optional(&mut errors, "city", &form.city, 80);
    let name = forms::required(&mut errors, "name", &form.name, 120);
    let email = forms::email(&mut errors, "email", &form.email, true);
    if let Some(key) = passwords::check_new_password(&form.password, &form.confirm) {
        errors.add("password", key);
    }
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return render(&SetupPage {
            ctx,
            form,
            errors,
            token_ok: true,
        });
    };
    let admin = NewStaff {
        name,
        email,
        roles: Roles {
            administrator: true,
            director: forms::checked(&form.also_director),
            ..Default::default()
        },
    };
    let hash = passwords::hash(form.password.clone()).await?;
    let Some(staff_id) = store::set_up(&state.db, &school_name, &city, &admin, &hash).await? else {
        return Ok(Redirect::to("/sign-in").into_response());
    };
    tracing::info!(staff_id, "installation set up");
    // The first administrator enrols an authenticator straight away (ASVS 6.3.3).
    second_step::after_password(&state, staff_id, &headers, "/?flash=welcome").await
}

// ---------- forgotten password and one-time links ----------

#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

#[derive(Template)]
#[template(path = "auth/forgot.html")]
struct ForgotPage {
    ctx: Ctx,
    sent: bool,
    error: Option<&'static str>,
}

async fn forgot_form(ctx: Ctx) -> AppResult<Response> {
    render(&ForgotPage {
        ctx,
        sent: false,
        error: None,
    })
}

async fn forgot(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(form): Form<ForgotForm>,
) -> AppResult<Response> {
    let Some(email) = Email::parse(&form.email) else {
        return render(&ForgotPage {
            ctx,
            sent: false,
            error: Some("form-email-invalid"),
        });
    };
    // The answer is the same whether or not the address has an account.
    store::send_reset_link(&state.db, &state.config.base_url, email.as_str()).await?;
    render(&ForgotPage {
        ctx,
        sent: true,
        error: None,
    })
}

#[derive(Deserialize, Default)]
pub struct SetPasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

#[derive(Template)]
#[template(path = "auth/set_password.html")]
struct SetPasswordPage {
    ctx: Ctx,
    valid: bool,
    invite: bool,
    name: String,
    errors: FormErrors,
}

impl SetPasswordPage {
    /// The form for a live link.
    fn form(ctx: Ctx, found: FoundToken, errors: FormErrors) -> SetPasswordPage {
        SetPasswordPage {
            ctx,
            valid: true,
            invite: found.purpose == TokenPurpose::Invite,
            name: found.staff_name,
            errors,
        }
    }

    /// The page for a link that was used, has expired or never existed.
    fn dead_link(ctx: Ctx) -> SetPasswordPage {
        SetPasswordPage {
            ctx,
            valid: false,
            invite: false,
            name: String::new(),
            errors: FormErrors::default(),
        }
    }

    /// Rendered without a Referer, so the link in the address bar does not leak.
    fn respond(&self) -> AppResult<Response> {
        Ok(no_referrer(render(self)?))
    }
}

/// Showing the form never uses up the link (mail scanners open links too).
async fn set_password_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    match find_token(&state.db, &token).await? {
        Some(found) => SetPasswordPage::form(ctx, found, FormErrors::default()),
        None => SetPasswordPage::dead_link(ctx),
    }
    .respond()
}

async fn set_password(
    State(state): State<AppState>,
    headers: HeaderMap,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<SetPasswordForm>,
) -> AppResult<Response> {
    let Some(found) = find_token(&state.db, &token).await? else {
        return SetPasswordPage::dead_link(ctx).respond();
    };
    if let Some(key) = passwords::check_new_password(&form.password, &form.confirm) {
        let mut errors = FormErrors::default();
        errors.add("password", key);
        return SetPasswordPage::form(ctx, found, errors).respond();
    }
    let hash = passwords::hash(form.password).await?;
    if !store::set_password(&state.db, &token, found.staff_id, &hash).await? {
        return SetPasswordPage::dead_link(ctx).respond();
    }
    // A reset link is no way around the second factor (ASVS 6.4.3).
    second_step::after_password(&state, found.staff_id, &headers, "/?flash=password-set")
        .await
        .map(no_referrer)
}
