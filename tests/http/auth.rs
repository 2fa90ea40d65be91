//! Set-up, sign-in, sessions, CSRF, throttling, invitations and password resets.

use crate::both_backends;
use crate::common::{self, link_in, TestApp, ADMIN_EMAIL, PASSWORD};

both_backends!(
    first_start_shows_setup_until_an_admin_exists,
    |app: TestApp| async move {
        let mut b = app.browser();
        b.get("/").await.assert_redirect_to("/setup");
        b.get("/sign-in").await.assert_redirect_to("/setup");
        let page = b.get("/setup").await;
        page.assert_contains("Driehoek inrichten");
        // The set-up page works with the one-time link from the server log (issue "Trust").
        let token = app.setup_token().await;
        b.get(&format!("/setup?token={token}")).await;

        // Bad input: messages in the page, in Dutch, and nothing is created.
        let page = b
            .post(
                "/setup",
                &[
                    ("token", &token),
                    ("school_name", ""),
                    ("name", "Anna"),
                    ("email", "geen-adres"),
                    ("password", "kort"),
                    ("confirm", "kort"),
                ],
            )
            .await;
        assert_eq!(page.status, 200);
        page.assert_contains("Dit veld is verplicht.");
        page.assert_contains("Dit is geen geldig e-mailadres");
        page.assert_contains("Het wachtwoord is te kort");
        page.assert_contains("aria-invalid=\"true\"");
        assert_eq!(app.count("SELECT COUNT(*) FROM staff").await, 0);
        assert_eq!(app.count("SELECT COUNT(*) FROM schools").await, 0);

        let mut admin = app.admin().await;
        admin.get("/").await.assert_contains("OBS De Linde");
        // The set-up page is gone, also for a second visitor trying to post it.
        let mut other = app.browser();
        other.get("/setup").await.assert_redirect_to("/sign-in");
        other
            .post(
                "/setup",
                &[
                    ("school_name", "Kaping"),
                    ("name", "Eve"),
                    ("email", "eve@example.org"),
                    ("password", PASSWORD),
                    ("confirm", PASSWORD),
                ],
            )
            .await
            .assert_redirect_to("/sign-in");
        assert_eq!(app.count("SELECT COUNT(*) FROM staff").await, 1);
        assert_eq!(app.count("SELECT COUNT(*) FROM schools").await, 1);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM school_years WHERE is_current = 1")
                .await,
            1
        );
    }
);

both_backends!(
    sign_in_renews_the_session_and_sign_out_ends_it,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        admin.sign_out().await.assert_redirect_to("/sign-in");
        admin
            .get("/pupils")
            .await
            .assert_redirect_to("/sign-in?next=%2Fpupils");

        let page = admin.sign_in(ADMIN_EMAIL, "wrong password!!").await;
        assert_eq!(page.status, 200);
        page.assert_contains("Het e-mailadres of het wachtwoord klopt niet");

        let mut b = app.browser();
        b.get("/sign-in").await;
        let page = b
            .post(
                "/sign-in",
                &[
                    ("email", "ANNA.ADMIN@example.org "),
                    ("password", PASSWORD),
                    ("next", "/pupils"),
                ],
            )
            .await;
        page.assert_redirect_to("/pupils");
        let cookie = page
            .headers
            .get("set-cookie")
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        assert!(
            !cookie.contains("Secure"),
            "plain http base URL: no Secure flag"
        );

        // A second sign-in gives a different session id (no fixation).
        b.get("/").await;
        let page2 = b.sign_in(ADMIN_EMAIL, PASSWORD).await;
        let cookie2 = page2
            .headers
            .get("set-cookie")
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        assert_ne!(cookie.split(';').next(), cookie2.split(';').next());
        assert_eq!(
            app.count("SELECT COUNT(*) FROM sessions").await,
            1,
            "old session removed at sign-in"
        );

        // An open redirect through `next` is refused.
        b.get("/").await;
        let page = b
            .post(
                "/sign-in",
                &[
                    ("email", ADMIN_EMAIL),
                    ("password", PASSWORD),
                    ("next", "//evil.example/x"),
                ],
            )
            .await;
        page.assert_redirect_to("/");
        assert_eq!(page.location.as_deref(), Some("/"));

        b.get("/").await;
        b.sign_out().await;
        assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
    }
);

both_backends!(sessions_expire_after_idle_time, |app: TestApp| async move {
    let mut admin = app.admin().await;
    admin.get("/pupils").await;
    let idle = driehoek::auth::sessions::IDLE_SECONDS + 60;
    sqlx::query(
        "UPDATE sessions SET last_seen_at = last_seen_at - $1, created_at = created_at - $1",
    )
    .bind(idle)
    .execute(app.db.write())
    .await
    .unwrap();
    admin.get("/pupils").await.assert_redirect_to("/sign-in");
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
});

both_backends!(
    state_changes_need_the_form_token_and_our_origin,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        // Signed in, without the token: refused with a friendly page, nothing created.
        let page = admin
            .post_raw("/groups/new", &[("name", "7B"), ("school_type", "po")], &[])
            .await;
        assert_eq!(page.status, 403);
        page.assert_contains("Geen toegang");
        // With the token but from another site: refused.
        let csrf = admin.csrf.clone();
        let page = admin
            .post_raw(
                "/groups/new",
                &[("name", "7B"), ("school_type", "po"), ("_csrf", &csrf)],
                &[("sec-fetch-site", "cross-site")],
            )
            .await;
        assert_eq!(page.status, 403);
        let page = admin
            .post_raw(
                "/groups/new",
                &[("name", "7B"), ("school_type", "po"), ("_csrf", &csrf)],
                &[("origin", "https://evil.example")],
            )
            .await;
        assert_eq!(page.status, 403);
        assert_eq!(app.count("SELECT COUNT(*) FROM groups").await, 0);
        // The real form works.
        admin
            .post("/groups/new", &[("name", "7B"), ("school_type", "po")])
            .await
            .assert_redirect_to("/groups/");
        assert_eq!(app.count("SELECT COUNT(*) FROM groups").await, 1);
    }
);

both_backends!(
    repeated_wrong_passwords_are_throttled,
    |app: TestApp| async move {
        let _admin = app.admin().await;
        let mut b = app.browser();
        for _ in 0..driehoek::auth::throttle::MAX_PER_ACCOUNT {
            let page = b.sign_in(ADMIN_EMAIL, "not the password").await;
            assert_eq!(page.status, 200);
        }
        // Even the right password is refused now, with a clear message.
        let page = b.sign_in(ADMIN_EMAIL, PASSWORD).await;
        assert_eq!(page.status, 429);
        page.assert_contains("Wacht een minuut");
        // The counts live in the database (shared by every instance).
        assert!(app.count("SELECT COUNT(*) FROM login_failures").await >= 5);
    }
);

both_backends!(
    invited_staff_set_their_password_through_a_one_time_link,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        admin.get("/staff/new").await;
        admin
            .post(
                "/staff/new",
                &[
                    ("name", "Bram Leraar"),
                    ("email", "bram@example.org"),
                    ("teacher", "on"),
                ],
            )
            .await
            .assert_redirect_to("/staff?flash=staff-invited");
        let (subject, text) = app
            .last_mail_to("bram@example.org")
            .await
            .expect("invitation in the outbox");
        assert!(subject.contains("OBS De Linde"), "{subject}");
        let link = link_in(&text).unwrap();
        assert!(link.starts_with(&app.base));
        let path = link.strip_prefix(&app.base).unwrap().to_string();
        // The token is stored only as a hash.
        let token = path.rsplit('/').next().unwrap().to_string();
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM staff_tokens WHERE token_hash = '{token}'"
            ))
            .await,
            0
        );

        let mut bram = app.browser();
        // Opening the link (as a mail scanner would, twice) uses nothing up.
        for _ in 0..2 {
            let page = bram.get(&path).await;
            page.assert_contains("Welkom, Bram Leraar");
            assert_eq!(page.headers.get("referrer-policy").unwrap(), "no-referrer");
        }
        let page = bram
            .post(&path, &[("password", "short"), ("confirm", "short")])
            .await;
        page.assert_contains("Het wachtwoord is te kort");
        bram.post(&path, &[("password", PASSWORD), ("confirm", PASSWORD)])
            .await
            .assert_redirect_to("/");
        bram.get("/").await.assert_contains("Bram Leraar");
        // Used once: the link no longer works.
        app.browser()
            .get(&path)
            .await
            .assert_contains("Deze link werkt niet meer");
        let mut again = app.browser();
        again
            .sign_in("bram@example.org", PASSWORD)
            .await
            .assert_redirect_to("/");
        // Teachers do not manage staff.
        bram.get("/staff").await;
        assert_eq!(bram.get("/staff").await.status, 403);
    }
);

both_backends!(
    forgotten_password_resets_and_signs_out_everywhere,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let mut anon = app.browser();
        anon.get("/password/forgot").await;
        // Unknown addresses get the same answer and no mail.
        anon.post("/password/forgot", &[("email", "nobody@example.org")])
            .await
            .assert_contains("onderweg");
        assert!(app.last_mail_to("nobody@example.org").await.is_none());
        anon.post("/password/forgot", &[("email", ADMIN_EMAIL)])
            .await
            .assert_contains("onderweg");
        let (_, text) = app.last_mail_to(ADMIN_EMAIL).await.expect("reset mail");
        let path = link_in(&text)
            .unwrap()
            .strip_prefix(&app.base)
            .unwrap()
            .to_string();
        anon.get(&path)
            .await
            .assert_contains("Kies een nieuw wachtwoord");
        anon.post(
            &path,
            &[
                ("password", "a brand new passphrase"),
                ("confirm", "a brand new passphrase"),
            ],
        )
        .await
        .assert_redirect_to("/");
        // The old session is gone; the old password no longer works.
        admin.get("/pupils").await.assert_redirect_to("/sign-in");
        assert_eq!(
            app.browser().sign_in(ADMIN_EMAIL, PASSWORD).await.status,
            200
        );
        app.browser()
            .sign_in(ADMIN_EMAIL, "a brand new passphrase")
            .await
            .assert_redirect_to("/");
    }
);

both_backends!(
    disabled_staff_are_signed_out_at_once,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let mut bram = app
            .staff_member(&mut admin, "Bram", "bram@example.org", &["teacher"], &[])
            .await;
        bram.get("/").await.assert_contains("Bram");
        let (id,): (i64,) = sqlx::query_as("SELECT id FROM staff WHERE email = 'bram@example.org'")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        admin.get("/staff").await;
        admin
            .post(&format!("/staff/{id}/disable"), &[])
            .await
            .assert_redirect_to("/staff");
        bram.get("/").await.assert_redirect_to("/sign-in");
        assert_eq!(
            app.browser()
                .sign_in("bram@example.org", PASSWORD)
                .await
                .status,
            200
        );
        // Administrators cannot lock themselves out.
        let (me,): (i64,) = sqlx::query_as("SELECT id FROM staff WHERE email = $1")
            .bind(ADMIN_EMAIL)
            .fetch_one(app.db.read())
            .await
            .unwrap();
        admin
            .post(&format!("/staff/{me}/disable"), &[])
            .await
            .assert_redirect_to("/staff?flash=problem-staff-not-self");
        admin.get("/").await.assert_contains("Anna Admin");
        let _ = common::Backend::Sqlite;
    }
);
