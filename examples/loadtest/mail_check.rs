//! With the SMTP sink: make the reminders of the earliest conversations due, wait until every
//! instance's workers have queued and sent everything, and check that each mail arrived exactly
//! once (by the outbox row's Message-ID, `driehoek-outbox-{id}@…`).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use driehoek::db::{now, Db};
use driehoek::timefmt;

use super::{smtp, Prepared, FIRST_EVENING_IN_DAYS};

pub struct MailCheck {
    pub outbox_rows: i64,
    /// Active bookings whose guardian has an address: one confirmation each.
    pub confirmations: i64,
    /// Bookings marked as reminded: one reminder each.
    pub reminders: i64,
    pub unsent: i64,
    pub received: usize,
    pub distinct: usize,
    pub duplicates: usize,
    /// Rows marked sent whose Message-ID the sink never saw, plus rows more than expected.
    pub missing: usize,
    pub drain_seconds: f64,
}

const WITH_ADDRESS: &str = "FROM bookings b JOIN invitations i ON i.id = b.invitation_id \
     JOIN guardians gd ON gd.id = i.guardian_id JOIN slots sl ON sl.id = b.slot_id \
     WHERE b.round_id = $1 AND b.status = 'active' AND gd.email IS NOT NULL";

async fn count(db: &Db, sql: &str, round: i64) -> anyhow::Result<i64> {
    Ok(sqlx::query_scalar(sql)
        .bind(round)
        .fetch_one(db.read())
        .await?)
}

pub async fn drain_and_count(
    url: &str,
    prepared: &Prepared,
    sink: &smtp::SmtpSink,
    drain_seconds: u64,
) -> anyhow::Result<MailCheck> {
    let started = Instant::now();
    let db = Db::connect(url).await?;
    let round = prepared.round_id;
    // Reminders for the conversations on the first evening until 17:45 are due now; every
    // instance's reminder worker (once a minute) races for them.
    let first = timefmt::today() + time::Duration::days(FIRST_EVENING_IN_DAYS);
    let cutoff = timefmt::from_amsterdam(first, time::macros::time!(17:45));
    let hours = ((cutoff - now()) as f64 / 3600.0).ceil().max(1.0) as i64;
    sqlx::query("UPDATE rounds SET reminder_hours = $1 WHERE id = $2")
        .bind(hours)
        .bind(round)
        .execute(db.write())
        .await?;
    let deadline = started + Duration::from_secs(drain_seconds);
    loop {
        let unsent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")
            .fetch_one(db.read())
            .await?;
        let due: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) {WITH_ADDRESS} AND b.reminder_sent_at IS NULL AND sl.starts_at <= $2"
        ))
        .bind(round)
        .bind(now() + hours * 3600)
        .fetch_one(db.read())
        .await?;
        if (unsent == 0 && due == 0) || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let drain = started.elapsed().as_secs_f64();
    let outbox_rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox")
        .fetch_one(db.read())
        .await?;
    let unsent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")
        .fetch_one(db.read())
        .await?;
    let confirmations = count(&db, &format!("SELECT COUNT(*) {WITH_ADDRESS}"), round).await?;
    let reminders = count(
        &db,
        &format!("SELECT COUNT(*) {WITH_ADDRESS} AND b.reminder_sent_at IS NOT NULL"),
        round,
    )
    .await?;
    let sent: Vec<(i64,)> = sqlx::query_as("SELECT id FROM outbox WHERE status = 'sent'")
        .fetch_all(db.read())
        .await?;
    db.close().await;

    let mails = sink.mails();
    let mut seen: HashMap<i64, usize> = HashMap::new();
    for m in &mails {
        let id = m.message_id().and_then(|mid| {
            mid.strip_prefix("driehoek-outbox-")?
                .split('@')
                .next()?
                .parse()
                .ok()
        });
        if let Some(id) = id {
            *seen.entry(id).or_default() += 1;
        }
    }
    let duplicates = seen.values().map(|n| n.saturating_sub(1)).sum::<usize>();
    let never = sent.iter().filter(|(id,)| !seen.contains_key(id)).count();
    let extra_rows = (outbox_rows - confirmations - reminders).unsigned_abs() as usize;
    Ok(MailCheck {
        outbox_rows,
        confirmations,
        reminders,
        unsent,
        received: mails.len(),
        distinct: seen.len(),
        duplicates,
        missing: never + extra_rows,
        drain_seconds: drain,
    })
}
