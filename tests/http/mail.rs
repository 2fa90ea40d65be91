//! Mail delivery over real SMTP: the outbox worker, its retries and its exactly-once claims.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use driehoek::db::now;
use driehoek::mail::ics::{self, Event};
use driehoek::mail::{self, sender, Outgoing};
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime};

use crate::both_backends;
use crate::common::smtp::{closed_port, first_link, SmtpSink};
use crate::common::TestApp;

const WAIT: Duration = Duration::from_secs(15);

async fn queue(app: &TestApp, mails: &[Outgoing]) -> Vec<i64> {
    let mut tx = app.db.begin().await.unwrap();
    let mut ids = Vec::new();
    for m in mails {
        ids.push(mail::enqueue(&mut tx, None, m).await.unwrap());
    }
    tx.commit().await.unwrap();
    ids
}

fn plain(to: &str, subject: &str) -> Outgoing {
    Outgoing {
        to: to.into(),
        subject: subject.into(),
        text: format!("Beste ouder,\n\n{subject}\n\nMet vriendelijke groet,\nOBS De Linde"),
        lang: driehoek::i18n::Lang::Nl,
        ics: None,
    }
}

/// (status, attempts, next_attempt_at, last_error, sent_at) of an outbox row.
async fn row(app: &TestApp, id: i64) -> (String, i64, i64, Option<String>, Option<i64>) {
    sqlx::query_as(
        "SELECT status, attempts, next_attempt_at, last_error, sent_at FROM outbox WHERE id = $1",
    )
    .bind(id)
    .fetch_one(app.db.read())
    .await
    .unwrap()
}

/// Waits until the row's status is `status` (the row is marked just after the server accepts).
async fn wait_status(app: &TestApp, id: i64, status: &str) {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let (s, ..) = row(app, id).await;
        if s == status {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "outbox {id} stayed {s}, expected {status}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A second sender on the same database, delivering to `smtp_url`.
fn extra_sender(app: &TestApp, smtp_url: String) -> tokio::task::JoinHandle<()> {
    let mut config = (*app.state.config).clone();
    config.smtp_url = Some(smtp_url);
    sender::spawn(app.db.clone(), Arc::new(config), app.state.clock.clone())
}

both_backends!(
    mail staff_invitation_is_delivered_over_smtp,
    |app: TestApp, sink: SmtpSink| async move {
        let mut admin = app.admin().await;
        let email = "tom.leraar@example.org";
        app.staff_member(&mut admin, "Tom Leraar", email, &["teacher"], &[])
            .await;

        let mails = sink.wait_for(email, 1, WAIT).await;
        // Issue 9, item 8: once sent, the outbox keeps the link masked (read after delivery).
        app.wait_outbox_drained(WAIT).await;
        let (id, body_text): (i64, String) = sqlx::query_as(
            "SELECT id, body_text FROM outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(email)
        .fetch_one(app.db.read())
        .await
        .unwrap();
        assert_eq!(mails.len(), 1, "one invitation");
        let m = &mails[0];
        assert_eq!(m.to, vec![email.to_string()]);
        assert!(
            app.state.config.mail_from.contains(&m.from),
            "envelope sender {} comes from DRIEHOEK_MAIL_FROM",
            m.from
        );
        let text = m.text().expect("a text/plain part");
        let html = m.html().expect("a text/html part");
        let link = m.link().expect("a link in the mail");
        assert_eq!(
            Some(format!("{}{}", app.base, driehoek::mail::MASK)),
            first_link(&body_text),
            "the outbox keeps the link's host only"
        );
        assert!(link.starts_with(&app.base));
        assert!(text.contains(&link));
        assert!(html.contains(&format!("href=\"{}\"", mail::escape(&link))));
        assert_eq!(
            m.message_id().as_deref(),
            Some(format!("driehoek-outbox-{id}@127.0.0.1").as_str())
        );
        let (subject, _) = app.last_mail_to(email).await.unwrap();
        assert_eq!(m.subject(), Some(subject));

        wait_status(&app, id, "sent").await;
        let (_, attempts, _, last_error, sent_at) = row(&app, id).await;
        assert_eq!(attempts, 0);
        assert_eq!(last_error, None);
        assert!(sent_at.is_some_and(|t| (t - now()).abs() < 60));
        let lease: (Option<i64>,) = sqlx::query_as("SELECT lease_until FROM outbox WHERE id = $1")
            .bind(id)
            .fetch_one(app.db.read())
            .await
            .unwrap();
        assert_eq!(lease.0, None);
    }
);

both_backends!(
    mail calendar_invitation_arrives_with_an_ics_part,
    |app: TestApp, sink: SmtpSink| async move {
        let starts_at = 1_791_206_100; // 2026-10-05 15:15 in Amsterdam
        let event = Event {
            uid: "booking-1@127.0.0.1".into(),
            starts_at,
            ends_at: starts_at + 15 * 60,
            summary: "Voortgangsgesprek Zoë de Vries".into(),
            description: "Met juf Émilie, lokaal 7B; neem het rapport mee.".into(),
            location: "OBS De Linde, Utrecht".into(),
            sequence: 0,
            cancelled: false,
        };
        let calendar = ics::calendar(Some("REQUEST"), std::slice::from_ref(&event), "OBS De Linde");
        let to = "ouder.devries@example.org";
        let mut outgoing = plain(to, "Uw gesprek over Zoë");
        outgoing.ics = Some(calendar.clone());
        let ids = queue(&app, &[outgoing]).await;

        let mails = sink.wait_for(to, 1, WAIT).await;
        let m = &mails[0];
        assert!(m.text().is_some_and(|t| t.contains("Uw gesprek over Zoë")));
        assert!(m.html().is_some());
        let content_type = m.ics_content_type().expect("a text/calendar part");
        assert!(content_type.contains("method=REQUEST"), "{content_type}");
        assert!(content_type.contains("gesprek.ics"), "{content_type}");
        let received = m.ics().expect("calendar part decodes");
        assert_eq!(received.replace("\r\n", "\n"), calendar.replace("\r\n", "\n"));
        let parsed: Calendar = received.parse().expect("icalendar parses the attachment");
        let events: Vec<_> = parsed
            .components
            .iter()
            .filter_map(|c| c.as_event())
            .collect();
        assert_eq!(events.len(), 1);
        match events[0].get_start() {
            Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(at))) => {
                assert_eq!(at.timestamp(), starts_at);
            }
            other => panic!("unexpected DTSTART {other:?}"),
        }
        assert_eq!(events[0].get_summary(), Some(event.summary.as_str()));
        wait_status(&app, ids[0], "sent").await;
    }
);

both_backends!(
    smtp_down_leaves_mail_pending_with_backoff,
    |app: TestApp| async move {
        let ids = queue(&app, &[plain("ouder@example.org", "Herinnering")]).await;
        let worker = extra_sender(&app, format!("smtp://127.0.0.1:{}", closed_port()));

        let deadline = std::time::Instant::now() + WAIT;
        let (status, attempts, next_attempt_at, last_error, sent_at) = loop {
            let r = row(&app, ids[0]).await;
            if r.1 >= 1 {
                break r;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no attempt recorded: {r:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        assert_eq!(status, "pending");
        assert_eq!(attempts, 1);
        assert!(next_attempt_at > now() + 10, "retry is backed off");
        assert!(last_error.is_some_and(|e| !e.is_empty() && e.len() < 300));
        assert_eq!(sent_at, None);

        // The worker survives the failure: it goes on to try the next mail, while the first
        // one waits for its back-off (still one attempt).
        let later = queue(&app, &[plain("ander@example.org", "Later")]).await;
        let deadline = std::time::Instant::now() + WAIT;
        while row(&app, later[0]).await.1 < 1 {
            assert!(
                std::time::Instant::now() < deadline,
                "the sender stopped after a failure"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(!worker.is_finished(), "the sender keeps running");
        assert_eq!(row(&app, ids[0]).await.1, 1);
        worker.abort();

        // The app itself is fine.
        let page = app.browser().get("/").await;
        assert!(page.status < 500, "status {}", page.status);
    }
);

both_backends!(
    refused_recipient_is_a_dead_letter,
    |app: TestApp| async move {
        let sink = SmtpSink::start_rejecting();
        let ids = queue(&app, &[plain("weg@example.org", "Onbestelbaar")]).await;
        let worker = extra_sender(&app, sink.url());
        wait_status(&app, ids[0], "failed").await;
        let (_, attempts, _, last_error, _) = row(&app, ids[0]).await;
        assert_eq!(attempts, 1);
        assert!(last_error.is_some_and(|e| e.contains("550")));
        assert!(sink.mails().is_empty());
        worker.abort();
    }
);

both_backends!(
    mail two_workers_deliver_each_mail_exactly_once,
    |app: TestApp, sink: SmtpSink| async move {
        // The app's own sender plus a second instance on the same database.
        let second = extra_sender(&app, sink.url());
        let mails: Vec<Outgoing> = (0..30)
            .map(|i| plain(&format!("ouder{i}@example.org"), &format!("Bericht {i}")))
            .collect();
        let ids = queue(&app, &mails).await;

        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while sink.mails().len() < 30 {
            assert!(
                std::time::Instant::now() < deadline,
                "only {} of 30 mails arrived",
                sink.mails().len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // Every row is marked sent only by the worker that holds its lease, after the server
        // accepted it: once all are sent, no claim is left that could still deliver a copy.
        for id in &ids {
            wait_status(&app, *id, "sent").await;
        }
        let received = sink.mails();
        let message_ids: HashSet<String> =
            received.iter().filter_map(super::super::common::smtp::ReceivedMail::message_id).collect();
        assert_eq!(received.len(), 30, "no mail delivered twice");
        assert_eq!(message_ids.len(), 30);
        for id in &ids {
            assert!(message_ids.contains(&format!("driehoek-outbox-{id}@127.0.0.1")));
        }
        second.abort();
    }
);
