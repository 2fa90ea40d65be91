//! Overload without collapse. At most `max_in_flight` requests are worked on at once; at most
//! `max_waiting` more wait for a turn, each for at most `max_wait`. Anyone beyond that gets the
//! friendly "very busy" page at once (503 with `Retry-After`, in the page's language): nothing
//! was read or written for them, so no slot is held and the personal link keeps working. This
//! bounds memory and every wait, and keeps the database pools' queues short enough that they
//! never time out into an error page.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use askama::Template;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use tokio::sync::Semaphore;

use crate::config::Config;
use crate::i18n::Lang;
use crate::web::Ctx;

/// What the busy page asks the browser to wait before trying again.
pub const RETRY_AFTER_SECONDS: u64 = 5;

pub struct Limiter {
    permits: Arc<Semaphore>,
    waiting: AtomicUsize,
    max_waiting: usize,
    max_wait: Duration,
}

impl Limiter {
    pub fn new(config: &Config) -> Arc<Limiter> {
        Arc::new(Limiter {
            permits: Arc::new(Semaphore::new(config.max_in_flight.max(1))),
            waiting: AtomicUsize::new(0),
            max_waiting: config.max_waiting,
            max_wait: config.max_wait,
        })
    }

    /// A turn, or None when the queue is full or the wait ran out.
    async fn turn(&self) -> Option<tokio::sync::OwnedSemaphorePermit> {
        if let Ok(permit) = self.permits.clone().try_acquire_owned() {
            return Some(permit);
        }
        let _waiting = Waiting::enter(self)?;
        tokio::time::timeout(self.max_wait, self.permits.clone().acquire_owned())
            .await
            .ok()?
            .ok()
    }
}

/// One place in the bounded queue; given back when the wait ends, also when the client leaves.
struct Waiting<'a>(&'a AtomicUsize);

impl<'a> Waiting<'a> {
    fn enter(limiter: &'a Limiter) -> Option<Waiting<'a>> {
        let before = limiter.waiting.fetch_add(1, Ordering::AcqRel);
        let place = Waiting(&limiter.waiting);
        (before < limiter.max_waiting).then_some(place)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Static files and the health check stay outside the limit: they cost no database work, and
/// a load balancer must still see a live instance while it is busy.
fn exempt(path: &str) -> bool {
    path.starts_with("/static/") || path == "/healthz"
}

pub async fn limit(State(limiter): State<Arc<Limiter>>, req: Request, next: Next) -> Response {
    if exempt(req.uri().path()) {
        return next.run(req).await;
    }
    let Some(permit) = limiter.turn().await else {
        let lang = req.extensions().get::<Lang>().copied().unwrap_or_default();
        tracing::warn!(target: "driehoek::overload", "busy: request answered with 503");
        return busy_page(lang, req.uri().path());
    };
    let response = next.run(req).await;
    drop(permit);
    response
}

#[derive(Template)]
#[template(path = "parent_busy.html")]
struct BusyPage {
    ctx: Ctx,
    again: String,
}

/// Where "try again" leads: the booking page itself for anything under a personal link (a
/// form's POST cannot be repeated by a link), else the same page for other addresses.
fn try_again_href(path: &str) -> String {
    if let Some(rest) = path.strip_prefix("/b/") {
        let token = rest.split('/').next().unwrap_or_default();
        if !token.is_empty() {
            return format!("/b/{token}");
        }
    }
    if path.starts_with('/') && !path.starts_with("//") {
        path.to_string()
    } else {
        "/".to_string()
    }
}

/// The friendly 503: "very busy — nothing is lost, your link keeps working, try again in a
/// moment", with `Retry-After`. Also used when a database pool times out (see `error_pages`).
pub fn busy_page(lang: Lang, path: &str) -> Response {
    let page = BusyPage {
        ctx: Ctx::new(lang, None, path),
        again: try_again_href(path),
    };
    let body = page.render().unwrap_or_else(|e| {
        tracing::error!(error = %e, "busy page failed to render");
        lang.t("parent-busy-body")
    });
    let mut response = (StatusCode::SERVICE_UNAVAILABLE, Html(body)).into_response();
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECONDS));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn try_again_leads_back_to_the_booking_page() {
        assert_eq!(try_again_href("/b/abc/book"), "/b/abc");
        assert_eq!(try_again_href("/b/abc"), "/b/abc");
        assert_eq!(try_again_href("/rounds/3"), "/rounds/3");
        assert_eq!(try_again_href("//evil.example"), "/");
    }

    #[tokio::test]
    async fn the_queue_is_bounded() {
        let mut config = Config::new(None, None, None);
        config.max_in_flight = 1;
        config.max_waiting = 1;
        config.max_wait = Duration::from_millis(50);
        let limiter = Limiter::new(&config);
        let held = limiter.turn().await.expect("first turn");
        // One may wait (and times out); while it waits, a third is refused at once.
        let (waited, refused) = tokio::join!(limiter.turn(), async {
            tokio::time::sleep(Duration::from_millis(10)).await;
            limiter.turn().await
        });
        assert!(waited.is_none() && refused.is_none());
        assert_eq!(limiter.waiting.load(Ordering::Acquire), 0);
        drop(held);
        assert!(limiter.turn().await.is_some(), "a turn again afterwards");
    }
}
