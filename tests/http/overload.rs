//! Overload without collapse: with a tiny limit configured, requests beyond it get the friendly
//! "very busy" page (503, `Retry-After`, in the page's language) at once, nothing is written
//! for them, and as soon as the busy request is done everyone is served again.

use std::time::Duration;

use driehoek::auth::tokens;
use driehoek::db::now;
use tokio::io::AsyncWriteExt;

use crate::common::TestApp;

/// A school with one teacher, one group, an open round with three slots and three families
/// with a personal link each; returns (token, pupil id) per family and the slot ids.
async fn small_round(app: &TestApp) -> (Vec<(String, i64)>, Vec<i64>) {
    let at = now();
    let mut tx = app.db.begin().await.unwrap();
    let (school,): (i64,) = sqlx::query_as(
        "INSERT INTO schools (name, created_at) VALUES ('OBS Vol', $1) RETURNING id",
    )
    .bind(at)
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    let (year,): (i64,) = sqlx::query_as("INSERT INTO school_years (school_id, name, starts_on, ends_on, is_current) VALUES ($1, '2026-2027', '2026-08-01', '2027-07-31', 1) RETURNING id")
        .bind(school)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    let (group,): (i64,) = sqlx::query_as("INSERT INTO groups (school_id, school_year_id, name, grade, created_at) VALUES ($1, $2, '5', 5, $3) RETURNING id")
        .bind(school)
        .bind(year)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    let (teacher,): (i64,) = sqlx::query_as("INSERT INTO staff (school_id, name, email, is_teacher, created_at) VALUES ($1, 'Meester Vol', 'meester@example.org', 1, $2) RETURNING id")
        .bind(school)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    sqlx::query("INSERT INTO group_staff (group_id, staff_id) VALUES ($1, $2)")
        .bind(group)
        .bind(teacher)
        .execute(&mut *tx)
        .await
        .unwrap();
    let (round,): (i64,) = sqlx::query_as(
        "INSERT INTO rounds (school_id, kind, title, opens_at, closes_at, slot_minutes, gap_minutes, created_at) \
         VALUES ($1, 'start', 'Startgesprekken', $2, $3, 20, 0, $2) RETURNING id",
    )
    .bind(school)
    .bind(at - 60)
    .bind(at + 14 * 86_400)
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    sqlx::query("INSERT INTO round_groups (round_id, group_id) VALUES ($1, $2)")
        .bind(round)
        .bind(group)
        .execute(&mut *tx)
        .await
        .unwrap();
    let mut slots = Vec::new();
    for i in 0..3_i64 {
        let start = at + 3 * 86_400 + i * 1200;
        let (id,): (i64,) = sqlx::query_as("INSERT INTO slots (round_id, staff_id, starts_at, ends_at) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(round)
            .bind(teacher)
            .bind(start)
            .bind(start + 1200)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        slots.push(id);
    }
    let mut families = Vec::new();
    for i in 0..3 {
        let (pupil,): (i64,) = sqlx::query_as(
            "INSERT INTO pupils (school_id, external_id, first_name, last_name, group_id, created_at, updated_at) VALUES ($1, $2, $3, 'Kind', $4, $5, $5) RETURNING id",
        )
        .bind(school)
        .bind(format!("{}", 20_000 + i))
        .bind(format!("Kind{i}"))
        .bind(group)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        let (guardian,): (i64,) = sqlx::query_as("INSERT INTO guardians (school_id, name, email, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id")
            .bind(school)
            .bind(format!("Ouder {i}"))
            .bind(format!("ouder.vol{i}@example.org"))
            .bind(at)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        sqlx::query("INSERT INTO pupil_guardians (pupil_id, guardian_id) VALUES ($1, $2)")
            .bind(pupil)
            .bind(guardian)
            .execute(&mut *tx)
            .await
            .unwrap();
        let token = tokens::new_token();
        sqlx::query("INSERT INTO invitations (round_id, guardian_id, token_hash, created_at) VALUES ($1, $2, $3, $4)")
            .bind(round)
            .bind(guardian)
            .bind(tokens::hash_token(&token))
            .bind(at)
            .execute(&mut *tx)
            .await
            .unwrap();
        families.push((token, pupil));
    }
    tx.commit().await.unwrap();
    (families, slots)
}

/// What the database holds that a booking would have written.
async fn written(app: &TestApp) -> (i64, i64) {
    (
        app.count("SELECT COUNT(*) FROM bookings").await,
        app.count("SELECT COUNT(*) FROM outbox").await,
    )
}

/// Occupies the only turn: a booking form whose body never finishes arriving, so its handler
/// waits for the body while holding the permit. Dropping the stream ends it.
async fn hold_the_only_turn(app: &TestApp, token: &str) -> tokio::net::TcpStream {
    let addr = app.base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /b/{token}/book HTTP/1.1\r\nHost: {addr}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\npupil="
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.flush().await.unwrap();
    // Give the server a moment to take the turn.
    tokio::time::sleep(Duration::from_millis(300)).await;
    stream
}

crate::both_backends!(
    configured
    beyond_the_limit_parents_get_the_friendly_busy_page,
    |c: &mut driehoek::config::Config| {
        c.max_in_flight = 1;
        c.max_waiting = 0;
        c.max_wait = Duration::from_millis(50);
    },
    |app: TestApp| async move {
        let (families, slots) = small_round(&app).await;
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let held = hold_the_only_turn(&app, &families[0].0).await;

        // Several parents at once, in both languages, opening their page and booking.
        let mut set = tokio::task::JoinSet::new();
        for (i, (token, pupil)) in families.iter().enumerate().skip(1) {
            for lang in ["en", "nl"] {
                let page = client
                    .get(format!("{}/b/{token}", app.base))
                    .header("accept-language", lang);
                let book = client
                    .post(format!("{}/b/{token}/book", app.base))
                    .header("accept-language", lang)
                    .form(&[
                        ("pupil", pupil.to_string()),
                        ("slot", slots[i].to_string()),
                        ("key", format!("busy-{i}-{lang}")),
                    ]);
                for req in [page, book] {
                    set.spawn(async move {
                        let r = req.send().await.expect("answered");
                        let status = r.status().as_u16();
                        let retry = r
                            .headers()
                            .get("retry-after")
                            .and_then(|v| v.to_str().ok())
                            .map(str::to_string);
                        (lang, status, retry, r.text().await.unwrap_or_default())
                    });
                }
            }
        }
        let mut answered = 0;
        while let Some(joined) = set.join_next().await {
            let (lang, status, retry, body) = joined.unwrap();
            answered += 1;
            assert_eq!(status, 503, "{body}");
            let seconds: u64 = retry.expect("Retry-After").parse().expect("seconds");
            assert!(seconds > 0);
            let expected = match lang {
                "en" => "nothing is lost, your link keeps working, try again in a moment",
                _ => "er gaat niets verloren, uw link blijft werken, probeer het over een ogenblik opnieuw",
            };
            assert!(body.contains(expected), "{lang}: {body}");
            assert!(body.contains(&format!("lang=\"{lang}\"")), "{body}");
            assert!(!body.contains("name=\"slot\""), "no slots offered or held");
        }
        assert_eq!(answered, 8);
        assert_eq!(written(&app).await, (0, 0), "nothing written for them");

        // The busy request ends; the wave has passed and everyone is served again.
        drop(held);
        tokio::time::sleep(Duration::from_millis(200)).await;
        let (token, pupil) = &families[1];
        let page = client
            .get(format!("{}/b/{token}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(page.status().as_u16(), 200);
        let book = client
            .post(format!("{}/b/{token}/book", app.base))
            .form(&[
                ("pupil", pupil.to_string()),
                ("slot", slots[1].to_string()),
                ("key", "after-the-wave".to_string()),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(book.status().as_u16(), 303);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM bookings WHERE status = 'active'")
                .await,
            1
        );
    }
);

crate::both_backends!(
    the_default_limits_serve_a_crowd_without_busy_pages,
    |app: TestApp| async move {
        let (families, _) = small_round(&app).await;
        let client = reqwest::Client::new();
        let mut set = tokio::task::JoinSet::new();
        // Forty page loads at once stay well within the default turns and queue.
        for i in 0..40 {
            let url = format!("{}/b/{}", app.base, families[i % 3].0);
            let client = client.clone();
            set.spawn(async move { client.get(url).send().await.unwrap().status().as_u16() });
        }
        while let Some(status) = set.join_next().await {
            assert_eq!(status.unwrap(), 200);
        }
    }
);
