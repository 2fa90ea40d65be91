//! The second step of a sign-in. (Filled in with multi-factor sign-in.)

use axum::http::HeaderMap;
use axum::response::Response;

use crate::error::AppResult;
use crate::state::AppState;

/// After a right password: straight in, or on to the authenticator code or its enrolment.
pub async fn after_password(
    state: &AppState,
    staff_id: i64,
    headers: &HeaderMap,
    next: &str,
) -> AppResult<Response> {
    super::sign_in::complete(state, staff_id, headers, next).await
}
