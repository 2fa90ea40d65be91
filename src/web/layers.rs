//! Middleware: language, sessions + CSRF, friendly error pages, request ids and headers.

use std::sync::Arc;

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::auth::{parent_sessions, sessions};
use crate::error::{AppError, ErrorPage};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::cookies::{LANGUAGE, PARENT_SESSION, STAFF_SESSION};
use crate::web::ctx::{Ctx, CurrentParentSession, CurrentSession};

/// Form posts larger than this are refused before they are parsed (uploads use multipart).
const MAX_FORM_BYTES: usize = 2 * 1024 * 1024;

/// The language: the switch's cookie first, then the browser's preference, else Dutch. Parents'
/// pages may be in any language parents read; staff pages only in Dutch or English. A page
/// opened from a personal link then switches to the guardian's own language (see `Ctx`).
pub async fn locale(mut req: Request, next: Next) -> Response {
    let among: &[Lang] = if crate::web::is_parent_page(req.uri().path()) {
        &Lang::ALL
    } else {
        &Lang::STAFF
    };
    let lang = LANGUAGE
        .read(req.headers())
        .and_then(|c| Lang::from_code(&c))
        .filter(|l| among.contains(l))
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(|h| Lang::from_accept_language_in(h, among))
        })
        .unwrap_or_default();
    req.extensions_mut().insert(lang);
    let mut response = next.run(req).await;
    // A page in a guardian's own language has said so itself.
    if !response.headers().contains_key(header::CONTENT_LANGUAGE) {
        response.headers_mut().insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(lang.code()),
        );
    }
    response
}

/// Loads the staff session (and, on parents' pages, the parent session) and guards every
/// state-changing request against cross-site use: the browser's `Sec-Fetch-Site`/`Origin` must
/// be ours, and a signed-in person's form must carry their session's token (`_csrf` in the form
/// body or, for uploads, in the query string).
pub async fn session_and_csrf(State(state): State<AppState>, req: Request, next: Next) -> Response {
    match load_and_check(&state, req).await {
        Ok(req) => {
            let session = req
                .extensions()
                .get::<CurrentSession>()
                .cloned()
                .unwrap_or_default();
            let mut response = next.run(req).await;
            log_refusal(&response, &session);
            // Lets the error-page layer (outside this one) show the page with the person's menu.
            response.extensions_mut().insert(session);
            response
        }
        Err(err) => {
            if matches!(err, AppError::CsrfRejected) {
                // ASVS 16.3.3: a forged or stale form is a security event worth a line.
                tracing::warn!(target: "driehoek::security", "form token or origin rejected");
            }
            err.into_response()
        }
    }
}

/// ASVS 16.3.2/16.3.3: a refused request is logged with who asked (staff id, never a name or
/// a token) inside the request's span, which carries the route template and request id.
fn log_refusal(response: &Response, session: &CurrentSession) {
    let status = response.status();
    if status == StatusCode::FORBIDDEN || status == StatusCode::NOT_FOUND {
        let staff = session.0.as_ref().map(|s| s.staff.id);
        tracing::info!(target: "driehoek::security", status = status.as_u16(), staff, "request refused");
    }
}

/// Runs the request on the app's clock (moved in tests; the system time in production).
pub async fn app_clock(State(state): State<AppState>, req: Request, next: Next) -> Response {
    state.clock.scope(next.run(req)).await
}

/// Parents' own pages; only there is the parent cookie sent (its path) and looked at.
fn is_parent_path(path: &str) -> bool {
    path == "/ouders" || path.starts_with("/ouders/")
}

async fn load_and_check(state: &AppState, mut req: Request) -> Result<Request, AppError> {
    // Static files need no session (and should not cost a database query each).
    if req.uri().path().starts_with("/static/") {
        return Ok(req);
    }
    let session = match STAFF_SESSION.read(req.headers()) {
        Some(token) => sessions::load(&state.db, &token).await?.map(Arc::new),
        None => None,
    };
    let parent = match PARENT_SESSION.read(req.headers()) {
        Some(token) if is_parent_path(req.uri().path()) => parent_sessions::load(&state.db, &token)
            .await?
            .map(Arc::new),
        _ => None,
    };
    let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if unsafe_method {
        if !same_origin(req.headers(), &state.config.base_url) {
            return Err(AppError::CsrfRejected);
        }
        // On a parent's page the parent session's token counts; elsewhere the staff one.
        let expected = match (&parent, &session) {
            (Some(p), _) => Some(p.csrf.as_str()),
            (None, Some(s)) => Some(s.csrf.as_str()),
            (None, None) => None,
        };
        if let Some(expected) = expected {
            let (sent, rebuilt) = form_token(req).await?;
            req = rebuilt;
            if !sent.is_some_and(|t| constant_time_eq(t.as_bytes(), expected.as_bytes())) {
                return Err(AppError::CsrfRejected);
            }
        }
    }
    req.extensions_mut().insert(CurrentSession(session));
    req.extensions_mut().insert(CurrentParentSession(parent));
    Ok(req)
}

/// Browsers tell us where a request comes from; tools without these headers are let through
/// (they carry no ambient cookies of a victim, and signed-in posts also need the form token).
pub fn same_origin(headers: &HeaderMap, base_url: &str) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        None | Some("null") => true,
        Some(origin) => {
            let host = headers
                .get(header::HOST)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            let origin_host = origin.split_once("://").map(|(_, h)| h).unwrap_or(origin);
            origin_host == host || origin.trim_end_matches('/') == base_url
        }
    }
}

/// Reads `_csrf` from the query string or an urlencoded body, then puts the body back.
async fn form_token(req: Request) -> Result<(Option<String>, Request), AppError> {
    let from_query = req.uri().query().and_then(|q| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "_csrf")
            .map(|(_, v)| v.into_owned())
    });
    if from_query.is_some() {
        return Ok((from_query, req));
    }
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Ok((None, req));
    }
    let (parts, body) = req.into_parts();
    let bytes = to_bytes(body, MAX_FORM_BYTES)
        .await
        .map_err(|_| AppError::TooLarge)?;
    let token = form_urlencoded::parse(&bytes)
        .find(|(k, _)| k == "_csrf")
        .map(|(_, v)| v.into_owned());
    Ok((token, Request::from_parts(parts, Body::from(bytes))))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Turns every error response (our own, axum's extractor rejections, unknown routes) into a
/// friendly page in the user's language, without internal details.
pub async fn error_pages(req: Request, next: Next) -> Response {
    let lang = req.extensions().get::<Lang>().copied().unwrap_or_default();
    let path = req.uri().path().to_string();
    let response = next.run(req).await;
    // Set on the response by the session layer, which runs inside this one.
    let session = response
        .extensions()
        .get::<CurrentSession>()
        .cloned()
        .unwrap_or_default();
    let status = response.status();
    let marked = response.extensions().get::<ErrorPage>().is_some();
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html"));
    if !(status.is_client_error() || status.is_server_error()) || (is_html && !marked) {
        return response;
    }
    if status == StatusCode::SERVICE_UNAVAILABLE && path != "/healthz" {
        return crate::web::overload::busy_page(lang, &path);
    }
    let ctx = Ctx::new(lang, session.0.as_deref(), &path);
    let page = crate::web::error_page::ErrorPageTemplate::new(ctx, status);
    match askama::Template::render(&page) {
        Ok(html) => {
            let mut out = (status, axum::response::Html(html)).into_response();
            for name in [header::RETRY_AFTER] {
                if let Some(v) = response.headers().get(&name) {
                    out.headers_mut().insert(name, v.clone());
                }
            }
            out
        }
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "Er ging iets mis / Something went wrong",
            )
                .into_response()
        }
    }
}

/// Security headers on every response; pages may set a stricter Referrer-Policy themselves.
pub async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let h = response.headers_mut();
    if let Some(hsts) = hsts(&state.config.base_url) {
        h.insert(header::STRICT_TRANSPORT_SECURITY, hsts);
    }
    // ASVS 3.4.8: a window this site opens, or that opens it, gets no handle on the other.
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    // ASVS 3.5.8: other sites cannot embed our responses (pages, exports, feeds) as resources.
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    // No page needs the camera, microphone, location or payment: switch them off for good.
    h.insert(
        "permissions-policy",
        HeaderValue::from_static(
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
        ),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if !h.contains_key(header::REFERRER_POLICY) {
        h.insert(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        );
    }
    if !h.contains_key(header::CACHE_CONTROL) {
        // Pages hold personal data: never store them in shared caches.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// HSTS for an installation reached over https (ASVS 3.4.1: a year, subdomains included);
/// none over plain http, where browsers ignore it and a local trial must keep working.
pub fn hsts(base_url: &str) -> Option<HeaderValue> {
    base_url
        .to_ascii_lowercase()
        .starts_with("https://")
        .then(|| HeaderValue::from_static("max-age=31536000; includeSubDomains"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hsts_only_under_https() {
        assert!(hsts("https://gesprekken.school.nl").is_some());
        assert!(hsts("HTTPS://gesprekken.school.nl").is_some());
        assert!(hsts("http://127.0.0.1:3000").is_none());
        assert!(hsts("http://https.example").is_none());
    }

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn cross_site_posts_are_recognised() {
        let base = "http://127.0.0.1:3000";
        assert!(same_origin(
            &headers(&[("sec-fetch-site", "same-origin")]),
            base
        ));
        assert!(!same_origin(
            &headers(&[("sec-fetch-site", "cross-site")]),
            base
        ));
        assert!(!same_origin(
            &headers(&[("sec-fetch-site", "same-site")]),
            base
        ));
        assert!(same_origin(
            &headers(&[
                ("origin", "http://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000")
            ]),
            base
        ));
        assert!(!same_origin(
            &headers(&[
                ("origin", "https://evil.example"),
                ("host", "127.0.0.1:3000")
            ]),
            base
        ));
        assert!(same_origin(&headers(&[]), base));
    }

    #[test]
    fn cookies_are_found_among_others() {
        let h = headers(&[("cookie", "a=1; driehoek_lang=en; b=2")]);
        assert_eq!(
            crate::web::cookies::cookie_value(&h, LANGUAGE.name).as_deref(),
            Some("en")
        );
        assert_eq!(crate::web::cookies::cookie_value(&h, "missing"), None);
    }
}
