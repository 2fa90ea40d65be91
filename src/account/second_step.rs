//! The second step of a sign-in (ASVS 6.3.3): a code from the authenticator app or a recovery
//! code, or, for someone who must have an authenticator and has none yet, enrolling one.
//! Between the steps the browser holds only a short-lived challenge, never a session.

use askama::Template;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;

use super::sign_in::complete;
use crate::auth::credentials::staff_by_id;
use crate::auth::mfa::{self, Challenge, Need};
use crate::auth::{totp, StaffUser};
use crate::db::now;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::cookies::{self, SIGN_IN_CHALLENGE};
use crate::web::{render, see_other, Ctx};

/// After a right password: straight in, or on to the authenticator code or its enrolment.
pub async fn after_password(
    state: &AppState,
    staff_id: i64,
    headers: &HeaderMap,
    next: &str,
) -> AppResult<Response> {
    let Some(staff) = staff_by_id(&state.db, staff_id).await? else {
        return Ok(see_other("/sign-in", None));
    };
    let enrolled = mfa::totp_of(&state.db, staff_id)
        .await?
        .is_some_and(|t| t.confirmed());
    let need = super::mfa_need(state, &staff).await?;
    let step = if enrolled {
        "/sign-in/code"
    } else if need == Need::Required && state.config.mfa_enforced {
        "/sign-in/enrol"
    } else {
        let flash = (need == Need::Exempt).then_some("problem-mfa-demo-exempt");
        return complete(state, staff_id, headers, see_other(next, flash)).await;
    };
    let token = mfa::start_challenge(&state.db, staff_id, next).await?;
    let mut response = Redirect::to(step).into_response();
    cookies::add(
        &mut response,
        &SIGN_IN_CHALLENGE.set(&token, state.config.secure_cookies()),
    );
    Ok(response)
}

/// The waiting sign-in of this browser and its person; None sends them back to the password.
async fn waiting(
    state: &AppState,
    headers: &HeaderMap,
) -> AppResult<Option<(Challenge, StaffUser)>> {
    let Some(ch) = mfa::challenge(&state.db, SIGN_IN_CHALLENGE.read(headers).as_deref()).await?
    else {
        return Ok(None);
    };
    Ok(staff_by_id(&state.db, ch.staff_id).await?.map(|s| (ch, s)))
}

fn start_again() -> Response {
    see_other("/sign-in", Some("problem-signin-step-expired"))
}

/// The second step is over: the session starts and the challenge cookie goes.
async fn finish(
    state: &AppState,
    headers: &HeaderMap,
    ch: &Challenge,
    response: Response,
) -> AppResult<Response> {
    // Ending the challenge is the one-time gate: a racing second post finds it gone.
    if !mfa::end_challenge(&state.db, &ch.token_hash).await? {
        return Ok(start_again());
    }
    let mut response = complete(state, ch.staff_id, headers, response).await?;
    cookies::add(
        &mut response,
        &SIGN_IN_CHALLENGE.clear(state.config.secure_cookies()),
    );
    Ok(response)
}

#[derive(Deserialize, Default)]
pub struct CodeForm {
    #[serde(default)]
    pub code: String,
}

#[derive(Template)]
#[template(path = "auth/mfa_code.html")]
struct CodePage {
    ctx: Ctx,
    error: Option<&'static str>,
}

pub async fn code_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    ctx: Ctx,
) -> AppResult<Response> {
    if waiting(&state, &headers).await?.is_none() {
        return Ok(start_again());
    }
    render(&CodePage { ctx, error: None })
}

pub async fn code(
    State(state): State<AppState>,
    headers: HeaderMap,
    ctx: Ctx,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let Some((ch, staff)) = waiting(&state, &headers).await? else {
        return Ok(start_again());
    };
    if mfa::verify_and_use(&state.db, staff.school_id, staff.id, &form.code).await? {
        tracing::info!(target: "driehoek::security", staff = staff.id, "second step accepted");
        let to = see_other(&ch.next_path, None);
        return finish(&state, &headers, &ch, to).await;
    }
    tracing::warn!(target: "driehoek::security", staff = staff.id, "second step refused");
    mfa::challenge_failed(&state.db, &ch.token_hash).await?;
    render(&CodePage {
        ctx,
        error: Some("mfa-code-wrong"),
    })
}

// ---------- enrolling an authenticator (at sign-in, or from one's account page) ----------

#[derive(Template)]
#[template(path = "auth/mfa_enrol.html")]
pub struct EnrolPage {
    pub ctx: Ctx,
    pub action: &'static str,
    pub qr_svg: String,
    pub secret: String,
    pub error: Option<&'static str>,
}

impl EnrolPage {
    pub fn new(ctx: Ctx, action: &'static str, staff: &StaffUser, secret: &str) -> EnrolPage {
        let uri = totp::otpauth_uri("Driehoek", &staff.email, secret);
        let svg = totp::qr_svg(&uri).unwrap_or_default();
        // The renderer starts with an XML declaration, which has no place inside HTML.
        let qr_svg = svg
            .find("<svg")
            .map(|i| svg[i..].to_string())
            .unwrap_or_default();
        // Grouped by four for typing it in by hand.
        let secret = secret
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        EnrolPage {
            ctx,
            action,
            qr_svg,
            secret,
            error: None,
        }
    }
}

/// Shown once, right after enrolment: only the hashes are kept.
#[derive(Template)]
#[template(path = "auth/mfa_recovery.html")]
pub struct RecoveryPage {
    pub ctx: Ctx,
    pub codes: Vec<String>,
    pub next: String,
}

/// Confirms an enrolment with its first code. Ok(codes) on success; Err(page) to show again.
pub async fn confirm_enrolment(
    state: &AppState,
    staff: &StaffUser,
    typed: &str,
) -> AppResult<Result<Vec<String>, ()>> {
    let Some(secret) = mfa::pending_secret(&state.db, staff.id).await? else {
        return Ok(Err(()));
    };
    let Some(step) = totp::matching_step(&secret, typed, now(), 0) else {
        return Ok(Err(()));
    };
    Ok(mfa::confirm(&state.db, staff.school_id, staff.id, step)
        .await?
        .ok_or(()))
}

pub async fn enrol_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    ctx: Ctx,
) -> AppResult<Response> {
    let Some((_, staff)) = waiting(&state, &headers).await? else {
        return Ok(start_again());
    };
    match mfa::pending_secret(&state.db, staff.id).await? {
        Some(secret) => render(&EnrolPage::new(ctx, "/sign-in/enrol", &staff, &secret)),
        None => Ok(Redirect::to("/sign-in/code").into_response()),
    }
}

pub async fn enrol(
    State(state): State<AppState>,
    headers: HeaderMap,
    ctx: Ctx,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let Some((ch, staff)) = waiting(&state, &headers).await? else {
        return Ok(start_again());
    };
    match confirm_enrolment(&state, &staff, &form.code).await? {
        Ok(codes) => {
            let page = render(&RecoveryPage {
                ctx,
                codes,
                next: ch.next_path.clone(),
            })?;
            finish(&state, &headers, &ch, page).await
        }
        Err(()) => {
            mfa::challenge_failed(&state.db, &ch.token_hash).await?;
            let Some(secret) = mfa::pending_secret(&state.db, staff.id).await? else {
                return Ok(start_again());
            };
            let mut page = EnrolPage::new(ctx, "/sign-in/enrol", &staff, &secret);
            page.error = Some("mfa-code-wrong");
            render(&page)
        }
    }
}
