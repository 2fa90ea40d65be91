//! The friendly error page: every 4xx/5xx response becomes this page in the user's language
//! (see `layers::error_pages`), without internal details.

use askama::Template;
use axum::http::StatusCode;

use crate::web::Ctx;

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPageTemplate {
    pub ctx: Ctx,
    pub status: u16,
    pub title_key: &'static str,
    pub body_key: &'static str,
}

impl ErrorPageTemplate {
    pub fn new(ctx: Ctx, status: StatusCode) -> Self {
        let (title_key, body_key) = match status.as_u16() {
            404 | 405 => ("error-404-title", "error-404-body"),
            403 => ("error-403-title", "error-403-body"),
            413 => ("error-413-title", "error-413-body"),
            429 => ("error-429-title", "error-429-body"),
            400..=499 => ("error-400-title", "error-400-body"),
            _ => ("error-500-title", "error-500-body"),
        };
        ErrorPageTemplate {
            ctx,
            status: status.as_u16(),
            title_key,
            body_key,
        }
    }
}
