//! Trust, part "small holes and the parents' rights": calendar feeds of disabled accounts,
//! security headers, staff invitations that give nothing away, the one-time set-up link, and
//! the parents' right of inspection with the privacy notice.

use crate::both_backends;
use crate::common::scenario::{open_round, school};
use crate::common::TestApp;

/// Path part of a link to this app.
fn path_of(app: &TestApp, link: &str) -> String {
    link.strip_prefix(&app.base)
        .expect("link to this app")
        .to_string()
}

/// The slot ids offered on a booking page for one child, in order.
fn slot_ids(page: &str, pupil: i64) -> Vec<String> {
    let section = page
        .split(&format!("id=\"child-{pupil}\""))
        .nth(1)
        .unwrap_or_default();
    let section = section.split("</section>").next().unwrap_or_default();
    section
        .split("name=\"slot\" value=\"")
        .skip(1)
        .map(|p| p.split('"').next().unwrap().to_string())
        .collect()
}

async fn staff_id(app: &TestApp, email: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM staff WHERE email = $1")
        .bind(email)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

both_backends!(
    a_disabled_accounts_calendar_feed_stops_at_once,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let round = open_round(&mut s).await;
        s.admin.get(&format!("/rounds/{round}")).await;
        s.admin.post(&format!("/rounds/{round}/invite"), &[]).await;
        let (_, text) = app.last_mail_to("eva@example.org").await.unwrap();
        let eva_path = path_of(&app, &crate::common::link_in(&text).unwrap());
        let mut eva = app.browser();
        let page = eva.get(&eva_path).await;
        let slot = slot_ids(&page.body, s.finn)[0].clone();
        eva.post(
            &format!("{eva_path}/book"),
            &[
                ("pupil", &s.finn.to_string()),
                ("slot", &slot),
                ("note", "Graag na het werk"),
                ("key", "k"),
            ],
        )
        .await;
        s.tom.get("/calendar").await;
        let page = s.tom.post("/calendar", &[]).await;
        let url = page
            .body
            .split("<code>")
            .nth(1)
            .unwrap()
            .split("</code>")
            .next()
            .unwrap()
            .to_string();
        let body = reqwest::get(&url).await.unwrap().text().await.unwrap();
        assert!(body.contains("Finn Vries"), "{body}");

        // The administrator disables Tom's account: the feed ends with it.
        let tom = staff_id(&app, "tom@example.org").await;
        s.admin.get("/staff").await;
        s.admin
            .post(&format!("/staff/{tom}/disable"), &[])
            .await
            .assert_redirect_to("/staff");
        let feed = reqwest::get(&url).await.unwrap();
        assert_eq!(feed.status(), 404);
        let body = feed.text().await.unwrap();
        assert!(
            !body.contains("Finn") && !body.contains("VCALENDAR"),
            "{body}"
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM calendar_feeds WHERE staff_id = {tom}"
            ))
            .await,
            0,
            "the feed is revoked, not only hidden"
        );
        // Enabling the account again does not bring the old address back.
        s.admin.post(&format!("/staff/{tom}/enable"), &[]).await;
        assert_eq!(reqwest::get(&url).await.unwrap().status(), 404);
    }
);

both_backends!(
    a_feed_checks_the_account_on_every_request,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        s.tom.get("/calendar").await;
        let page = s.tom.post("/calendar", &[]).await;
        let url = page
            .body
            .split("<code>")
            .nth(1)
            .unwrap()
            .split("</code>")
            .next()
            .unwrap()
            .to_string();
        assert_eq!(reqwest::get(&url).await.unwrap().status(), 200);
        // An account disabled by other means than the staff page (e.g. directly in the
        // database) also loses its feed.
        sqlx::query("UPDATE staff SET disabled_at = 1 WHERE email = 'tom@example.org'")
            .execute(app.db.write())
            .await
            .unwrap();
        assert_eq!(reqwest::get(&url).await.unwrap().status(), 404);
    }
);

both_backends!(
    pages_carry_isolation_and_feature_headers,
    |app: TestApp| async move {
        let mut b = app.browser();
        let page = b.get("/sign-in").await;
        let h = &page.headers;
        assert_eq!(h.get("cross-origin-opener-policy").unwrap(), "same-origin");
        assert_eq!(
            h.get("cross-origin-resource-policy").unwrap(),
            "same-origin"
        );
        let pp = h.get("permissions-policy").unwrap().to_str().unwrap();
        assert!(pp.contains("camera=()") && pp.contains("geolocation=()"), "{pp}");
        // Plain http (a local trial): no HSTS, browsers would ignore it anyway.
        assert!(h.get("strict-transport-security").is_none());
    }
);

/// Under an https base URL every answer, error pages too, tells browsers to use https only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_installations_send_hsts() {
    let app = crate::common::spawn_app_with(crate::common::Backend::Sqlite, |c| {
        c.base_url = "https://gesprekken.school.example".into();
    })
    .await
    .unwrap();
    let mut b = app.browser();
    for path in ["/sign-in", "/bestaat-niet", "/static/style.css"] {
        let page = b.get(path).await;
        let hsts = page
            .headers
            .get("strict-transport-security")
            .unwrap_or_else(|| panic!("no HSTS on {path}"))
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            hsts.contains("max-age=31536000") && hsts.contains("includeSubDomains"),
            "{hsts}"
        );
    }
}

both_backends!(
    adding_staff_does_not_tell_who_works_at_another_school,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        driehoek::staff::add_school(&app.state, "OBS De Esch", "Bert Beheer", "bert@example.org")
            .await
            .unwrap();
        let bert_before: (i64, String) =
            sqlx::query_as("SELECT school_id, name FROM staff WHERE email = 'bert@example.org'")
                .fetch_one(app.db.read())
                .await
                .unwrap();
        let add = |email: &'static str| {
            [
                ("name", "Nieuwe Collega"),
                ("email", email),
                ("teacher", "on"),
            ]
        };
        admin.get("/staff/new").await;
        let fresh = admin.post("/staff/new", &add("nieuw@example.org")).await;
        admin.get("/staff/new").await;
        let elsewhere = admin.post("/staff/new", &add("bert@example.org")).await;
        // The same answer, whether or not the address has an account somewhere else.
        assert_eq!(fresh.status, elsewhere.status);
        assert_eq!(fresh.location, elsewhere.location);
        assert_eq!(elsewhere.location.as_deref(), Some("/staff?flash=staff-invited"));
        assert!(!elsewhere.contains("staff-email-taken"));
        // Nothing was linked: Bert's account is as it was, the school has one new colleague.
        let bert_after: (i64, String) =
            sqlx::query_as("SELECT school_id, name FROM staff WHERE email = 'bert@example.org'")
                .fetch_one(app.db.read())
                .await
                .unwrap();
        assert_eq!(bert_before, bert_after);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM staff WHERE email = 'bert@example.org'")
                .await,
            1
        );
        // Bert hears about it, without a link to follow.
        let (subject, text) = app.last_mail_to("bert@example.org").await.unwrap();
        assert!(subject.contains("OBS De Linde"), "{subject}");
        assert!(!text.contains("/password/set/"), "{text}");
        // An address of one's own staff is still named as taken (the list shows it anyway).
        admin.get("/staff/new").await;
        let own = admin.post("/staff/new", &add("nieuw@example.org")).await;
        assert_eq!(own.status, 200);
        own.assert_contains("Er is al een account met dit e-mailadres.");
    }
);

both_backends!(
    a_fresh_installation_is_set_up_only_with_the_printed_link,
    |app: TestApp| async move {
        let form = |token: &'static str| {
            [
                ("token", token),
                ("school_name", "Kaping"),
                ("name", "Eve"),
                ("email", "eve@example.org"),
                ("password", crate::common::PASSWORD),
                ("confirm", crate::common::PASSWORD),
            ]
        };
        let mut eve = app.browser();
        // Whoever reaches the page first gets no form, only where to find the link.
        let page = eve.get("/setup").await;
        page.assert_contains("logboek van de server");
        assert!(!page.contains("name=\"password\""));
        let page = eve.get("/setup?token=geraden").await;
        assert!(!page.contains("name=\"password\""));
        for token in ["", "geraden"] {
            let page = eve.post("/setup", &form(token)).await;
            assert_eq!(page.status, 403, "token {token:?}");
            page.assert_contains("logboek van de server");
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM staff").await, 0);
        assert_eq!(app.count("SELECT COUNT(*) FROM schools").await, 0);
        assert_eq!(app.count("SELECT COUNT(*) FROM installation").await, 0);

        // The link printed at the start works, is stored only as a hash, and is spent after use.
        let token = app.setup_token().await;
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM setup_tokens WHERE token_hash = '{token}'"
            ))
            .await,
            0
        );
        let mut admin = app.browser();
        let page = admin.get(&format!("/setup?token={token}")).await;
        page.assert_contains("name=\"password\"");
        assert_eq!(page.headers.get("referrer-policy").unwrap(), "no-referrer");
        let mut fields = form("");
        fields[0].1 = &token;
        fields[1].1 = "OBS De Linde";
        admin.post("/setup", &fields).await.assert_redirect_to("/");
        assert_eq!(app.count("SELECT COUNT(*) FROM setup_tokens").await, 0);
        assert!(driehoek::staff::issue_setup_link(&app.state)
            .await
            .unwrap()
            .is_none());
        app.browser()
            .get(&format!("/setup?token={token}"))
            .await
            .assert_redirect_to("/sign-in");
    }
);
