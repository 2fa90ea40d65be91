//! The reference for `--mode bare`: the least a booking can cost at the application's
//! durability. A bare axum handler in this process looks the personal link up by the hash of
//! its token, then writes one booking and one outbox row in one transaction through the same
//! `Db` (SQLite: WAL, `synchronous = FULL`, one write connection; PostgreSQL: the same server).
//! It renders nothing, checks nothing else and sends no page: bookings per second at
//! saturation, as an upper bound for the application's.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Form, Router};
use serde::Deserialize;

use driehoek::auth::tokens::hash_token;
use driehoek::db::{now, Db};

#[derive(Deserialize)]
struct BookForm {
    pupil: i64,
    slot: i64,
    key: String,
}

async fn book(
    State(db): State<Db>,
    Path(token): Path<String>,
    Form(form): Form<BookForm>,
) -> StatusCode {
    let found: Result<Option<(i64, i64)>, sqlx::Error> = sqlx::query_as(
        "SELECT id, round_id FROM invitations WHERE token_hash = $1 AND revoked_at IS NULL",
    )
    .bind(hash_token(&token))
    .fetch_optional(db.read())
    .await;
    let Ok(Some((invitation, round))) = found else {
        return StatusCode::NOT_FOUND;
    };
    let at = now();
    let write = async {
        let mut tx = db.begin().await?;
        sqlx::query(
            "INSERT INTO bookings (round_id, slot_id, pupil_id, invitation_id, note, interpreter, idempotency_key, created_at) \
             VALUES ($1, $2, $3, $4, '', 0, $5, $6)",
        )
        .bind(round)
        .bind(form.slot)
        .bind(form.pupil)
        .bind(invitation)
        .bind(&form.key)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO outbox (school_id, to_address, subject, body_text, body_html, status, next_attempt_at, created_at) \
             VALUES (NULL, 'bare@example.org', 'Bevestiging', 'Uw gesprek is geboekt.', '<p>Uw gesprek is geboekt.</p>', 'pending', $1, $1)",
        )
        .bind(at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await
    };
    match write.await {
        Ok(()) => StatusCode::SEE_OTHER,
        Err(e) if driehoek::db::is_unique_violation(&e) => StatusCode::CONFLICT,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

pub struct BareResult {
    pub bookings: usize,
    pub failed: usize,
    pub seconds: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
}

impl BareResult {
    pub fn per_second(&self) -> f64 {
        self.bookings as f64 / self.seconds.max(1e-9)
    }
}

/// Serves the bare handler on a free port and books `work` (token, pupil, slot) closed-loop
/// with `concurrency` requests in flight, as fast as they are answered.
pub async fn run(
    url: &str,
    work: Vec<(String, i64, i64)>,
    concurrency: usize,
) -> anyhow::Result<BareResult> {
    let db = Db::connect(url).await?;
    let app = Router::new()
        .route("/bare/{token}", post(book))
        .with_state(db.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(60))
        .build()?;
    let work = Arc::new(work);
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..concurrency.max(1) {
        let (client, work, next) = (client.clone(), work.clone(), next.clone());
        let base = format!("http://{addr}/bare");
        workers.push(tokio::spawn(async move {
            let (mut ok, mut failed, mut micros) = (0usize, 0usize, Vec::new());
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((token, pupil, slot)) = work.get(i) else {
                    break;
                };
                let t = Instant::now();
                let form = [
                    ("pupil", pupil.to_string()),
                    ("slot", slot.to_string()),
                    ("key", format!("bare-{i}")),
                ];
                let status = match client
                    .post(format!("{base}/{token}"))
                    .form(&form)
                    .send()
                    .await
                {
                    Ok(r) => r.status().as_u16(),
                    Err(_) => 0,
                };
                micros.push(t.elapsed().as_micros() as u64);
                if status == 303 {
                    ok += 1;
                } else {
                    failed += 1;
                }
            }
            (ok, failed, micros)
        }));
    }
    let (mut bookings, mut failed, mut micros) = (0, 0, Vec::new());
    for w in workers {
        let (o, f, m) = w.await?;
        bookings += o;
        failed += f;
        micros.extend(m);
    }
    let seconds = started.elapsed().as_secs_f64();
    server.abort();
    db.close().await;
    micros.sort_unstable();
    let at = |q: f64| {
        micros
            .get(((q * micros.len() as f64).ceil() as usize).saturating_sub(1))
            .map(|m| *m as f64 / 1000.0)
            .unwrap_or(0.0)
    };
    Ok(BareResult {
        bookings,
        failed,
        seconds,
        p50_ms: at(0.50),
        p99_ms: at(0.99),
    })
}
