//! Staff sign-in (issue "Trust", items 4 and 11): a throttle that slows an attacker without
//! locking a colleague out, trusted proxies, multi-factor sign-in and one's own password.

use driehoek::config::{parse_proxies, Config};

use crate::common::{self, Browser, Page, TestApp, ADMIN_EMAIL, PASSWORD};

/// The test client reaches the app from 127.0.0.1: here that is the school's reverse proxy.
fn behind_proxy(c: &mut Config) {
    c.trusted_proxies = parse_proxies("127.0.0.1");
}

const BRAM: &str = "bram@example.org";

/// A sign-in post as it arrives through the proxy from `ip`.
async fn sign_in_from(b: &mut Browser, ip: &str, email: &str, password: &str) -> Page {
    b.post_raw(
        "/sign-in",
        &[("email", email), ("password", password)],
        &[("x-forwarded-for", ip)],
    )
    .await
}

fn retry_after(page: &Page) -> i64 {
    page.headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("429 without Retry-After: {:?}", page.headers))
}

/// Wrong tries until the throttle answers 429; returns that answer.
async fn guess_until_slowed(b: &mut Browser, ip: &str, email: &str) -> Page {
    for _ in 0..driehoek::auth::throttle::MAX_PER_ACCOUNT {
        let page = sign_in_from(b, ip, email, "not the password").await;
        assert_eq!(page.status, 200, "free tries are answered normally");
    }
    let page = sign_in_from(b, ip, email, "not the password").await;
    assert_eq!(page.status, 429);
    page
}

crate::both_backends!(
    configured
    wrong_tries_from_one_address_do_not_lock_out_a_colleague,
    behind_proxy,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        app.staff_member(&mut admin, "Bram Leraar", BRAM, &["teacher"], &[])
            .await;
        let mut attacker = app.browser();
        let page = guess_until_slowed(&mut attacker, "198.51.100.66", BRAM).await;
        assert!(retry_after(&page) > 0);
        // Even the right password is not looked at from there for now.
        let page = sign_in_from(&mut attacker, "198.51.100.66", BRAM, PASSWORD).await;
        assert_eq!(page.status, 429);
        page.assert_contains("Wacht een minuut");

        // Bram, at home: in at once.
        sign_in_from(&mut app.browser(), "203.0.113.5", BRAM, PASSWORD)
            .await
            .assert_redirect_to("/");
        // A colleague behind the same school NAT as the attacker: in at once too.
        sign_in_from(&mut app.browser(), "198.51.100.66", ADMIN_EMAIL, PASSWORD)
            .await
            .assert_redirect_to("/");
    }
);

crate::both_backends!(
    configured
    the_owner_on_a_known_device_is_not_locked_out,
    behind_proxy,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        app.staff_member(&mut admin, "Bram Leraar", BRAM, &["teacher"], &[])
            .await;
        let nat = "198.51.100.66";
        // Bram signed in on the classroom computer before...
        let mut classroom = app.browser();
        sign_in_from(&mut classroom, nat, BRAM, PASSWORD)
            .await
            .assert_redirect_to("/");
        classroom.get("/").await;
        classroom.sign_out().await;
        // ...then someone on the school network guesses at his account, many times.
        let mut attacker = app.browser();
        guess_until_slowed(&mut attacker, nat, BRAM).await;
        for _ in 0..10 {
            assert_eq!(
                sign_in_from(&mut attacker, nat, BRAM, "still not it")
                    .await
                    .status,
                429
            );
        }
        // A browser that never signed in is slowed from that address...
        assert_eq!(
            sign_in_from(&mut app.browser(), nat, BRAM, PASSWORD)
                .await
                .status,
            429
        );
        // ...but Bram's own computer, on the same address, gets in.
        sign_in_from(&mut classroom, nat, BRAM, PASSWORD)
            .await
            .assert_redirect_to("/");
    }
);

crate::both_backends!(
    forwarded_addresses_from_an_untrusted_peer_are_ignored,
    |app: TestApp| async move {
        app.admin().await;
        let mut attacker = app.browser();
        // Without trusted proxies, a made-up X-Forwarded-For per try does not give fresh tries.
        for n in 0..driehoek::auth::throttle::MAX_PER_ACCOUNT {
            let page = sign_in_from(
                &mut attacker,
                &format!("192.0.2.{n}"),
                ADMIN_EMAIL,
                "not the password",
            )
            .await;
            assert_eq!(page.status, 200);
        }
        let page = sign_in_from(&mut attacker, "192.0.2.200", ADMIN_EMAIL, PASSWORD).await;
        assert_eq!(page.status, 429);
        let wait = retry_after(&page);
        assert!((1..=30).contains(&wait), "Retry-After {wait}");
        // The delay is a wait, not a lock: once it has passed, the owner gets in.
        app.state.clock.advance(wait);
        let mut owner = app.browser();
        owner
            .sign_in(ADMIN_EMAIL, PASSWORD)
            .await
            .assert_redirect_to("/");
    }
);

// ---------- multi-factor sign-in ----------

/// The second factor as it runs in production (the shared harness turns it off).
fn mfa_on(c: &mut Config) {
    c.mfa_enforced = true;
}

const DIRK: &str = "dirk.directeur@delinde.nl";

/// Scans the QR code (reads the secret) and confirms with a first code; returns the recovery
/// codes shown once.
async fn enrol(app: &TestApp, b: &mut Browser, page: &str, email: &str) -> Vec<String> {
    let form = b.get(page).await;
    assert_eq!(form.status, 200);
    form.assert_contains("<svg");
    let secret = app.totp_secret(email).await;
    let done = b.post(page, &[("code", &app.totp_code(&secret, 0))]).await;
    assert_eq!(done.status, 200, "{}", done.body);
    done.assert_contains("Uw herstelcodes");
    let codes: Vec<String> = done
        .body
        .split("<li><code>")
        .skip(1)
        .filter_map(|s| s.split("</code>").next())
        .map(str::to_string)
        .collect();
    assert_eq!(codes.len(), driehoek::auth::mfa::RECOVERY_CODES);
    codes
}

/// Sets up the school; the first administrator must enrol before the first page.
async fn admin_with_mfa(app: &TestApp) -> Browser {
    let mut b = app.browser();
    let token = app.setup_token().await;
    b.post(
        "/setup",
        &[
            ("token", &token),
            ("school_name", "OBS De Linde"),
            ("name", "Anna Admin"),
            ("email", ADMIN_EMAIL),
            ("password", PASSWORD),
            ("confirm", PASSWORD),
        ],
    )
    .await
    .assert_redirect_to("/sign-in/enrol");
    enrol(app, &mut b, "/sign-in/enrol", ADMIN_EMAIL).await;
    assert_eq!(b.get("/").await.status, 200);
    b
}

/// Signs out from a freshly loaded page (a redirect carries no form token).
async fn sign_out(b: &mut Browser) {
    b.get("/").await;
    b.sign_out().await.assert_redirect_to("/sign-in");
}

async fn audit_count(app: &TestApp, action: &str) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM audit_log WHERE action = '{action}'"
    ))
    .await
}

/// Password, then the code page; returns the code page's answer to `typed`.
async fn sign_in_with_code(b: &mut Browser, email: &str, typed: &str) -> Page {
    let page = b.sign_in(email, PASSWORD).await;
    assert_eq!(
        page.location.as_deref(),
        Some("/sign-in/code"),
        "{}",
        page.body
    );
    b.get("/sign-in/code").await;
    b.post("/sign-in/code", &[("code", typed)]).await
}

crate::both_backends!(
    configured
    directors_enrol_then_sign_in_with_password_and_code,
    mfa_on,
    |app: TestApp| async move {
        let mut admin = admin_with_mfa(&app).await;
        // A new director sets a password through the invitation and is sent to enrol: no
        // session before that.
        admin.get("/staff/new").await;
        admin
            .post(
                "/staff/new",
                &[
                    ("name", "Dirk Directeur"),
                    ("email", DIRK),
                    ("director", "on"),
                ],
            )
            .await
            .assert_redirect_to("/staff");
        let (_, text) = app.last_mail_to(DIRK).await.unwrap();
        let link = common::link_in(&text).unwrap();
        let path = link.strip_prefix(&app.base).unwrap().to_string();
        let mut d = app.browser();
        d.get(&path).await;
        d.post(&path, &[("password", PASSWORD), ("confirm", PASSWORD)])
            .await
            .assert_redirect_to("/sign-in/enrol");
        d.get("/pupils").await.assert_redirect_to("/sign-in");
        let recovery = enrol(&app, &mut d, "/sign-in/enrol", DIRK).await;
        assert_eq!(d.get("/pupils").await.status, 200);
        assert_eq!(audit_count(&app, "mfa-enrolled").await, 2);
        sign_out(&mut d).await;
        // The enrolment used this step's code; the app shows the next one 30 seconds on.
        app.state.clock.advance(30);

        // The password alone is not enough; a wrong code is refused.
        let secret = app.totp_secret(DIRK).await;
        let right = app.totp_code(&secret, 0);
        let wrong = format!("{:06}", (right.parse::<u32>().unwrap() + 1) % 1_000_000);
        let page = sign_in_with_code(&mut d, DIRK, &wrong).await;
        assert_eq!(page.status, 200);
        page.assert_contains("Deze code klopt niet");
        d.get("/pupils").await.assert_redirect_to("/sign-in");
        d.post("/sign-in/code", &[("code", &right)])
            .await
            .assert_redirect_to("/");
        assert_eq!(d.get("/pupils").await.status, 200);
        sign_out(&mut d).await;

        // The same code again, within its window: refused (no replay).
        sign_in_with_code(&mut d, DIRK, &right)
            .await
            .assert_contains("Deze code klopt niet");
        d.get("/pupils").await.assert_redirect_to("/sign-in");

        // A recovery code works once.
        d.post("/sign-in/code", &[("code", &recovery[0].to_lowercase())])
            .await
            .assert_redirect_to("/");
        assert_eq!(audit_count(&app, "mfa-recovery-code-used").await, 1);
        sign_out(&mut d).await;
        sign_in_with_code(&mut d, DIRK, &recovery[0])
            .await
            .assert_contains("Deze code klopt niet");
        d.post("/sign-in/code", &[("code", &recovery[1])])
            .await
            .assert_redirect_to("/");
        sign_out(&mut d).await;

        // The next code of the app (30 seconds on) works.
        app.state.clock.advance(30);
        let next = app.totp_code(&secret, 0);
        sign_in_with_code(&mut d, DIRK, &next)
            .await
            .assert_redirect_to("/");
    }
);

crate::both_backends!(
    configured
    teachers_may_enrol_and_administrators_reset_a_lost_phone,
    mfa_on,
    |app: TestApp| async move {
        let mut admin = admin_with_mfa(&app).await;
        let mut t = app
            .staff_member(&mut admin, "Bram Leraar", BRAM, &["teacher"], &[])
            .await;
        // Offered, not required: a teacher signs in with the password alone.
        sign_out(&mut t).await;
        t.sign_in(BRAM, PASSWORD).await.assert_redirect_to("/");
        t.get("/account").await.assert_contains("Niet ingesteld");
        enrol(&app, &mut t, "/account/mfa", BRAM).await;
        t.get("/account").await.assert_contains("Aan:");
        sign_out(&mut t).await;
        t.sign_in(BRAM, PASSWORD)
            .await
            .assert_redirect_to("/sign-in/code");

        // A teacher cannot reset anyone's second factor.
        let (bram_id,): (i64,) = sqlx::query_as("SELECT id FROM staff WHERE email = $1")
            .bind(BRAM)
            .fetch_one(app.db.read())
            .await
            .unwrap();
        let mut t2 = app.browser();
        let secret = app.totp_secret(BRAM).await;
        app.state.clock.advance(30);
        sign_in_with_code(&mut t2, BRAM, &app.totp_code(&secret, 0))
            .await
            .assert_redirect_to("/");
        t2.get("/account").await;
        assert_eq!(t2.get("/account/mfa-resets").await.status, 403);
        let (admin_id,): (i64,) = sqlx::query_as("SELECT id FROM staff WHERE email = $1")
            .bind(ADMIN_EMAIL)
            .fetch_one(app.db.read())
            .await
            .unwrap();
        let page = t2
            .post(&format!("/account/mfa-resets/{admin_id}"), &[])
            .await;
        assert_eq!(page.status, 403);
        assert_eq!(app.count("SELECT COUNT(*) FROM staff_totp").await, 2);
        assert_eq!(audit_count(&app, "mfa-reset").await, 0);

        // Bram lost his phone: the administrator resets it (audited; his sessions end).
        admin
            .get("/account/mfa-resets")
            .await
            .assert_contains("Bram Leraar");
        admin
            .post(&format!("/account/mfa-resets/{bram_id}"), &[])
            .await
            .assert_redirect_to("/account/mfa-resets");
        assert_eq!(audit_count(&app, "mfa-reset").await, 1);
        t2.get("/pupils").await.assert_redirect_to("/sign-in");
        app.browser()
            .sign_in(BRAM, PASSWORD)
            .await
            .assert_redirect_to("/");
    }
);

crate::both_backends!(
    configured
    the_demo_school_signs_in_in_one_step_with_a_notice,
    mfa_on,
    |app: TestApp| async move {
        driehoek::demo::fill(&app.db, &app.base).await.unwrap();
        let school = driehoek::demo::data::demo_school(driehoek::demo::DEMO_SEED);
        let director = school.staff.iter().find(|s| s.director).unwrap();
        let mut d = app.browser();
        let page = d
            .sign_in(&director.email, driehoek::demo::DEMO_PASSWORD)
            .await;
        page.assert_redirect_to("/?flash=problem-mfa-demo-exempt");
        d.get(page.location.as_deref().unwrap())
            .await
            .assert_contains("Dit is een account van de demoschool");
        d.get("/account")
            .await
            .assert_contains("Dit is een account van de demoschool");
    }
);

crate::both_backends!(
    changing_ones_password_needs_the_current_one_and_refuses_common_ones,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let mut elsewhere = app.browser();
        elsewhere
            .sign_in(ADMIN_EMAIL, PASSWORD)
            .await
            .assert_redirect_to("/");
        admin.get("/account/password").await;
        let new = "zeven zwarte zwanen zwemmen";
        let page = admin
            .post(
                "/account/password",
                &[
                    ("current", "not my password"),
                    ("password", new),
                    ("confirm", new),
                ],
            )
            .await;
        page.assert_contains("Dit is niet uw huidige wachtwoord");
        for common in ["password1234", "qwertyuiop123", "driehoekdriehoek"] {
            let page = admin
                .post(
                    "/account/password",
                    &[
                        ("current", PASSWORD),
                        ("password", common),
                        ("confirm", common),
                    ],
                )
                .await;
            assert_eq!(page.status, 200, "{common}: {:?}", page.location);
            page.assert_contains("te makkelijk te raden");
        }
        assert_eq!(audit_count(&app, "password-changed").await, 0);
        admin
            .post(
                "/account/password",
                &[("current", PASSWORD), ("password", new), ("confirm", new)],
            )
            .await
            .assert_redirect_to("/account?flash=password-changed");
        assert_eq!(audit_count(&app, "password-changed").await, 1);
        // This session stays; the other one has ended; only the new password works.
        assert_eq!(admin.get("/pupils").await.status, 200);
        elsewhere
            .get("/pupils")
            .await
            .assert_redirect_to("/sign-in");
        assert_eq!(
            app.browser().sign_in(ADMIN_EMAIL, PASSWORD).await.status,
            200
        );
        app.browser()
            .sign_in(ADMIN_EMAIL, new)
            .await
            .assert_redirect_to("/");
    }
);

crate::both_backends!(
    configured
    a_school_can_ask_the_second_step_of_teachers_too,
    mfa_on,
    |app: TestApp| async move {
        let mut admin = admin_with_mfa(&app).await;
        let mut t = app
            .staff_member(&mut admin, "Bram Leraar", BRAM, &["teacher"], &[])
            .await;
        sign_out(&mut t).await;
        t.sign_in(BRAM, PASSWORD).await.assert_redirect_to("/");

        // The administrator ticks the school setting; the next sign-in asks Bram to enrol.
        admin.get("/school").await.assert_contains("name=\"mfa_for_all\"");
        admin
            .post(
                "/school",
                &[("school_name", "OBS De Linde"), ("exit_policy", "each"), ("mfa_for_all", "on")],
            )
            .await
            .assert_redirect_to("/school");
        sign_out(&mut t).await;
        t.sign_in(BRAM, PASSWORD)
            .await
            .assert_redirect_to("/sign-in/enrol");
        t.get("/account").await;
        t.get("/").await.assert_redirect_to("/sign-in");
    }
);
