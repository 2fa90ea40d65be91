//! The one error type. It turns into a friendly page (rendered by `web::error_pages` in the
//! user's language); internal details go to the log, never to the browser.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("bad request")]
    BadRequest,
    #[error("request refused: cross-site or missing form token")]
    CsrfRejected,
    #[error("sign-in required")]
    SignInRequired { next: String },
    #[error("parent sign-in required")]
    ParentSignInRequired,
    #[error("payload too large")]
    TooLarge,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Template(#[from] askama::Error),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

pub type AppResult<T> = Result<T, AppError>;

/// Marker left on error responses so the error-page layer renders them.
#[derive(Clone, Copy, Debug)]
pub struct ErrorPage(pub StatusCode);

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::CsrfRejected => StatusCode::FORBIDDEN,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::SignInRequired { .. } | AppError::ParentSignInRequired => {
                StatusCode::SEE_OTHER
            }
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            // No database connection came free in time: busy, not broken (the busy page).
            AppError::Database(sqlx::Error::PoolTimedOut) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Database(_) | AppError::Template(_) | AppError::Other(_) => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::SignInRequired { next } = &self {
            let target = format!("/sign-in?next={}", urlencode(next));
            return Redirect::to(&target).into_response();
        }
        if let AppError::ParentSignInRequired = &self {
            return Redirect::to("/ouders?flash=problem-parent-signed-out").into_response();
        }
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        } else {
            tracing::debug!(error = %self, "request refused");
        }
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPage(status));
        response
    }
}

pub fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
