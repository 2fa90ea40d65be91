//! Signing in and out: the password step with its throttle (ASVS 6.3.1), then, for accounts
//! with an authenticator or that must have one, the second step (see `second_step`).

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;

use crate::auth::client_ip::client_ip;
use crate::auth::credentials::find_for_sign_in;
use crate::auth::throttle::{self, Attempt};
use crate::auth::tokens::hash_token;
use crate::auth::{devices, passwords, sessions};
use crate::error::AppResult;
use crate::school;
use crate::state::AppState;
use crate::web::cookies::{self, KNOWN_DEVICE, STAFF_SESSION};
use crate::web::forms;
use crate::web::{render, see_other, Ctx};

#[derive(Deserialize, Default)]
pub struct SignInQuery {
    next: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "auth/sign_in.html")]
struct SignInPage {
    ctx: Ctx,
    email: String,
    next: String,
    error: Option<&'static str>,
    /// Minutes to wait before the next try, when throttled.
    wait_minutes: Option<i64>,
}

pub async fn sign_in_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<SignInQuery>,
) -> AppResult<Response> {
    if !school::is_set_up(&state.db).await? {
        return Ok(Redirect::to("/setup").into_response());
    }
    if ctx.staff.is_some() {
        return Ok(Redirect::to(&forms::safe_next(q.next.as_deref())).into_response());
    }
    render(&SignInPage {
        ctx,
        email: String::new(),
        next: forms::safe_next(q.next.as_deref()),
        error: None,
        wait_minutes: None,
    })
}

pub async fn sign_in(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: Ctx,
    Form(form): Form<SignInForm>,
) -> AppResult<Response> {
    let next = forms::safe_next(form.next.as_deref());
    let email = form.email.trim().to_lowercase();
    let page = |error, wait_minutes| SignInPage {
        ctx: ctx.clone(),
        email: form.email.clone(),
        next: next.clone(),
        error: Some(error),
        wait_minutes,
    };
    let account = find_for_sign_in(&state.db, &email).await?;
    let device = KNOWN_DEVICE.read(&headers);
    let known =
        devices::known_for(&state.db, device.as_deref(), account.as_ref().map(|a| a.id)).await?;
    let attempt = Attempt {
        email: &email,
        ip: client_ip(peer.ip(), &headers, &state.config.trusted_proxies),
        known_device: known.as_deref(),
    };
    let wait = throttle::wait_seconds(&state.db, &attempt).await?;
    if wait > 0 {
        // ASVS 16.3.1: throttled, failed and successful sign-ins are security events; the
        // address is logged, the typed e-mail only as the account id it belongs to.
        tracing::warn!(target: "driehoek::security", ip = %attempt.ip, wait, "sign-in throttled");
        return too_many(
            render(&page("sign-in-throttled", Some((wait + 59) / 60)))?,
            wait,
        );
    }
    let stored = account.as_ref().and_then(|a| a.password_hash.clone());
    let ok = passwords::verify(form.password.clone(), stored).await;
    match account {
        Some(a) if ok && a.enabled => {
            tracing::info!(target: "driehoek::security", staff = a.id, ip = %attempt.ip, "password accepted");
            throttle::clear(&state.db, &attempt).await?;
            super::second_step::after_password(&state, a.id, &headers, &next).await
        }
        ref other => {
            let staff = other.as_ref().map(|a| a.id);
            tracing::warn!(target: "driehoek::security", staff, ip = %attempt.ip, "sign-in failed");
            throttle::record_failure(&state.db, &attempt).await?;
            render(&page("sign-in-failed", None))
        }
    }
}

/// 429 with `Retry-After`, so tools and proxies know when to come back.
pub fn too_many(mut response: Response, wait_seconds: i64) -> AppResult<Response> {
    *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(wait_seconds.max(1)));
    Ok(response)
}

/// Adds a fresh session's cookie to `response` (a new id at every sign-in; the old one goes).
async fn with_session(
    state: &AppState,
    staff_id: i64,
    old_token: Option<&str>,
    mut response: Response,
) -> AppResult<Response> {
    if let Some(old) = old_token {
        sessions::delete(&state.db, &hash_token(old)).await?;
    }
    let token = sessions::create(&state.db, staff_id).await?;
    cookies::add(
        &mut response,
        &STAFF_SESSION.set(&token, state.config.secure_cookies()),
    );
    Ok(response)
}

/// The end of every complete sign-in: a fresh session, and this browser remembered as a known
/// device of the account (its later tries are throttled apart from strangers').
pub async fn complete(
    state: &AppState,
    staff_id: i64,
    headers: &HeaderMap,
    response: Response,
) -> AppResult<Response> {
    let old = STAFF_SESSION.read(headers);
    let mut response = with_session(state, staff_id, old.as_deref(), response).await?;
    let device =
        devices::remember(&state.db, KNOWN_DEVICE.read(headers).as_deref(), staff_id).await?;
    cookies::add(
        &mut response,
        &KNOWN_DEVICE.set(&device, state.config.secure_cookies()),
    );
    Ok(response)
}

pub async fn sign_out(State(state): State<AppState>, headers: HeaderMap) -> AppResult<Response> {
    if let Some(token) = STAFF_SESSION.read(&headers) {
        sessions::delete(&state.db, &hash_token(&token)).await?;
    }
    let mut response = see_other("/sign-in", Some("signed-out"));
    cookies::add(
        &mut response,
        &STAFF_SESSION.clear(state.config.secure_cookies()),
    );
    Ok(response)
}
