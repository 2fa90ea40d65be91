//! Application state, the router with its layers, and the server loop.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tower_http::timeout::TimeoutLayer;
use tower_service::Service;

use axum::http::{header, HeaderValue, Request, StatusCode};
use axum::middleware::{from_fn, from_fn_with_state};
use axum::Router;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{layers, Routes};

/// Every page and form of the app, by feature (see `web::Routes`).
pub fn routes() -> Routes {
    Routes::new()
        .merge(crate::home::router())
        .merge(crate::account::router())
        .merge(crate::staff::router())
        .merge(crate::groups::router())
        .merge(crate::pupils::router())
        .merge(crate::guardians::router())
        .merge(crate::import::router())
        .merge(crate::mail::router())
        .merge(crate::rounds::router())
        .merge(crate::rounds::schedule::router())
        .merge(crate::letters::router())
        .merge(crate::booking::router())
        .merge(crate::records::router())
        .merge(crate::glossary::router())
        .merge(crate::parents::router())
        .merge(crate::school::router())
        .merge(crate::coverage::router())
        .merge(crate::exit::router())
        .merge(crate::gatherings::router())
        .merge(crate::retention::router())
        .merge(crate::inspection::router())
        .merge(crate::privacy::router())
        .merge(crate::years::router())
        .merge(crate::history::router())
        .merge(crate::pupilprep::router())
        .merge(crate::buddies::router())
        .merge(crate::messages::router())
}

pub fn router(state: AppState) -> Router {
    let static_files = Router::new()
        .nest_service("/static", ServeDir::new(static_dir()))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            // URLs carry `?v=<hash of the file>`, so a year is safe.
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        ));

    let pages = routes()
        .into_router()
        .merge(static_files)
        .fallback(|| async { AppError::NotFound });

    // Inside `locale` (the busy page speaks the page's language), outside everything that
    // touches the database (sessions included), so a refused request costs no query.
    let limiter = crate::web::overload::Limiter::new(&state.config);
    pages
        .layer(from_fn_with_state(state.clone(), layers::session_and_csrf))
        .layer(from_fn_with_state(state.clone(), layers::app_clock))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(from_fn(layers::error_pages))
        .layer(from_fn_with_state(limiter, crate::web::overload::limit))
        .layer(from_fn(layers::locale))
        .layer(CompressionLayer::new())
        .layer(from_fn_with_state(state.clone(), layers::security_headers))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
                // The route template, never the raw path: paths can hold personal link tokens.
                let route = req
                    .extensions()
                    .get::<axum::extract::MatchedPath>()
                    .map(|p| p.as_str().to_string())
                    .unwrap_or_else(|| "-".into());
                let id = req
                    .headers()
                    .get("x-request-id")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("-");
                tracing::info_span!("request", method = %req.method(), route, request_id = id)
            }),
        )
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}

/// `static/` next to the binary's crate when run from a checkout; overridable for packaging.
fn static_dir() -> std::path::PathBuf {
    std::env::var_os("DRIEHOEK_STATIC_DIR")
        .map(Into::into)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static"))
}

/// Connects, migrates and builds the state.
pub async fn prepare(config: Config) -> anyhow::Result<AppState> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    crate::import::recover_interrupted(&db).await?;
    Ok(AppState {
        db,
        config: Arc::new(config),
        clock: Clock::default(),
    })
}

/// How long a request may take as a whole, body included.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// After the shutdown signal, in-flight requests get this long to finish.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(20);

/// Serves until `shutdown` resolves, then finishes in-flight requests.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let app = router(state.clone());
    let mail_sender =
        crate::mail::sender::spawn(state.db.clone(), state.config.clone(), state.clock.clone());
    let reminders = crate::booking::notify::spawn_reminders(state.db.clone(), state.clock.clone());
    let retention = crate::retention::spawn(state.db.clone(), state.clock.clone());
    let years = crate::years::spawn(state.db.clone(), state.clock.clone());
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    // A connection that dribbles its headers (slow loris) is closed instead of held for minutes.
    http.timer(TokioTimer::new())
        .header_read_timeout(state.config.header_read_timeout);
    tokio::pin!(shutdown);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(connection) => connection,
                Err(e) => {
                    // Out of file descriptors and the like: wait a moment instead of spinning.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let router = app.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo(remote));
            let mut router = router.clone();
            async move { router.call(req.map(Body::new)).await }
        });
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "connection closed with an error");
            }
        });
    }
    drop(listener);
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still running after the shutdown grace period");
    }
    // A send cut short here is retried after its lease by the next start (same Message-ID).
    mail_sender.abort();
    reminders.abort();
    retention.abort();
    years.abort();
    let _ = mail_sender.await;
    state.db.close().await;
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down");
}
