use askama::Template;
use axum::response::{Html, IntoResponse, Redirect, Response};

use crate::error::AppResult;

/// Renders a template; a render failure becomes the friendly 500 page.
pub fn render(page: &impl Template) -> AppResult<Response> {
    Ok(Html(page.render()?).into_response())
}

/// 303 after a successful POST (post/redirect/get), with an optional flash message key.
pub fn see_other(path: &str, flash: Option<&str>) -> Response {
    let target = match flash {
        Some(f) => {
            let sep = if path.contains('?') { '&' } else { '?' };
            format!("{path}{sep}flash={f}")
        }
        None => path.to_string(),
    };
    Redirect::to(&target).into_response()
}

/// A version string for static assets, so they can be cached for a long time.
pub fn asset_version() -> &'static str {
    static VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(include_bytes!("../../static/style.css"));
        digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
    });
    &VERSION
}

/// Pages reached through a personal link must not leak that link to other sites.
pub fn no_referrer(mut response: Response) -> Response {
    response.headers_mut().insert(
        axum::http::header::REFERRER_POLICY,
        axum::http::HeaderValue::from_static("no-referrer"),
    );
    response
}
