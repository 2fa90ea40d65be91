//! The moment booking opens: hundreds of parents at once on a few slots. The database decides;
//! exactly one family wins each slot, everyone else gets the friendly "just taken" page, and
//! nobody sees an error.

use std::sync::Arc;

use driehoek::auth::tokens;
use driehoek::db::now;

use crate::common::TestApp;

const FAMILIES: usize = 220;
const SLOTS: usize = 3;

/// A school with one teacher, one big group and one round with three slots; returns the
/// personal link tokens and each family's pupil id, and the slot ids.
async fn crowded_round(app: &TestApp) -> (Vec<(String, i64)>, Vec<i64>) {
    round_with(app, FAMILIES, SLOTS).await
}

/// The same school with `families` families and `slot_count` slots.
async fn round_with(
    app: &TestApp,
    families: usize,
    slot_count: usize,
) -> (Vec<(String, i64)>, Vec<i64>) {
    let at = now();
    let mut tx = app.db.begin().await.unwrap();
    let (school,): (i64,) = sqlx::query_as(
        "INSERT INTO schools (name, created_at) VALUES ('OBS Druk', $1) RETURNING id",
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
    let (group,): (i64,) = sqlx::query_as("INSERT INTO groups (school_id, school_year_id, name, grade, created_at) VALUES ($1, $2, '6', 6, $3) RETURNING id")
        .bind(school)
        .bind(year)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    let (teacher,): (i64,) = sqlx::query_as("INSERT INTO staff (school_id, name, email, is_teacher, created_at) VALUES ($1, 'Juf Druk', 'juf@example.org', 1, $2) RETURNING id")
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
    for i in 0..slot_count as i64 {
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
    let count = families;
    let mut families = Vec::new();
    for i in 0..count {
        let (pupil,): (i64,) = sqlx::query_as(
            "INSERT INTO pupils (school_id, external_id, first_name, last_name, group_id, created_at, updated_at) VALUES ($1, $2, $3, 'Kind', $4, $5, $5) RETURNING id",
        )
        .bind(school)
        .bind(format!("{}", 10_000 + i))
        .bind(format!("Kind{i}"))
        .bind(group)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        let (guardian,): (i64,) = sqlx::query_as("INSERT INTO guardians (school_id, name, email, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id")
            .bind(school)
            .bind(format!("Ouder {i}"))
            .bind(format!("ouder{i}@example.org"))
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

/// One HTTP client for all the families (no redirects followed: a 303 is the answer) and the
/// app's address.
fn parents(app: &TestApp) -> (reqwest::Client, Arc<String>) {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(96)
        .build()
        .unwrap();
    (client, Arc::new(app.base.clone()))
}

/// One family's booking form sent; the status and the page.
async fn book(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    pupil: i64,
    slot: i64,
    key: &str,
) -> (u16, String) {
    let form = [
        ("pupil", pupil.to_string()),
        ("slot", slot.to_string()),
        ("key", key.to_string()),
    ];
    let r = client
        .post(format!("{base}/b/{token}/book"))
        .form(&form)
        .send()
        .await
        .expect("answered");
    let status = r.status().as_u16();
    (status, r.text().await.unwrap_or_default())
}

crate::both_backends!(
    exactly_one_family_wins_each_slot,
    |app: TestApp| async move {
        let (families, slots) = crowded_round(&app).await;
        let (client, base) = parents(&app);
        let mut set = tokio::task::JoinSet::new();
        // Every family at once, each aiming at one of the three slots; every tenth double-clicks.
        for (i, (token, pupil)) in families.into_iter().enumerate() {
            let (client, base) = (client.clone(), base.clone());
            let slot = slots[i % SLOTS];
            set.spawn(async move {
                let clicks = if i % 10 == 0 { 2 } else { 1 };
                let mut results = Vec::new();
                for _ in 0..clicks {
                    results.push(book(&client, &base, &token, pupil, slot, &format!("k{i}")).await);
                }
                results
            });
        }
        let (mut won, mut taken, mut other) = (0, 0, Vec::new());
        while let Some(joined) = set.join_next().await {
            for (status, body) in joined.unwrap() {
                assert!(
                    !body.to_lowercase().contains("database is locked"),
                    "{body}"
                );
                match status {
                    303 => won += 1,
                    409 => {
                        assert!(body.contains("Net te laat"), "friendly page");
                        taken += 1;
                    }
                    s => other.push(s),
                }
            }
        }
        assert!(other.is_empty(), "unexpected statuses: {other:?}");
        // Winners' double clicks are answered like a success too, so count bookings in the database.
        let active = app
            .count("SELECT COUNT(*) FROM bookings WHERE status = 'active'")
            .await;
        assert_eq!(active, SLOTS as i64, "one booking per slot");
        assert_eq!(
            app.count("SELECT COUNT(DISTINCT slot_id) FROM bookings WHERE status = 'active'")
                .await,
            SLOTS as i64
        );
        assert!(
            won >= SLOTS && taken >= FAMILIES - SLOTS * 2,
            "won {won}, taken {taken}"
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE subject LIKE 'Bevestiging%'")
                .await,
            SLOTS as i64,
            "one confirmation per booking"
        );
        eprintln!(
            "{:?}: {} attempts, {won} answered as booked, {taken} just taken",
            app.backend,
            FAMILIES + FAMILIES / 10
        );
    }
);

crate::both_backends!(
    every_family_told_booked_has_its_booking_and_one_mail,
    |app: TestApp| async move {
        // Many families at once on many different slots: on SQLite their bookings share
        // commits (a savepoint each). Whoever is told "booked" must hold exactly that slot
        // afterwards, whoever is told "just taken" must hold nothing, and the refusals in
        // between must not take anyone else's booking with them.
        const MANY: usize = 90;
        const FREE: usize = 60;
        let (families, slots) = round_with(&app, MANY, FREE).await;
        let (client, base) = parents(&app);
        let mut set = tokio::task::JoinSet::new();
        for (i, (token, pupil)) in families.into_iter().enumerate() {
            let (client, base) = (client.clone(), base.clone());
            // Two families aim at each of the first thirty slots, one at each of the others.
            let slot = slots[i % FREE];
            set.spawn(async move {
                let (status, _) = book(&client, &base, &token, pupil, slot, &format!("m{i}")).await;
                (pupil, slot, status)
            });
        }
        let mut told_booked = Vec::new();
        let mut told_taken = Vec::new();
        while let Some(joined) = set.join_next().await {
            let (pupil, slot, status) = joined.unwrap();
            match status {
                303 => told_booked.push((pupil, slot)),
                409 => told_taken.push(pupil),
                s => panic!("unexpected status {s}"),
            }
        }
        assert_eq!(told_booked.len(), FREE, "every slot has its family");
        assert_eq!(told_taken.len(), MANY - FREE);
        let mut held: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT pupil_id, slot_id FROM bookings WHERE status = 'active' ORDER BY pupil_id",
        )
        .fetch_all(app.db.read())
        .await
        .unwrap();
        told_booked.sort();
        held.sort();
        assert_eq!(held, told_booked, "booked exactly as answered");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM bookings").await,
            FREE as i64,
            "no refused attempt left a row behind"
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE subject LIKE 'Bevestiging%'")
                .await,
            FREE as i64,
            "one confirmation per booking, none for a refusal"
        );
    }
);
