//! What every page shares: language, error pages, headers, static files, health, the demo,
//! (the two database schemas are compared in `schema.rs`).

use crate::both_backends;
use crate::common::TestApp;

both_backends!(
    language_follows_the_browser_and_the_switch,
    |app: TestApp| async move {
        let mut b = app.browser();
        let page = b.get("/sign-in").await;
        page.assert_redirect_to("/setup");
        let page = b.get("/setup").await;
        page.assert_contains("<html lang=\"nl\">");
        page.assert_contains("Driehoek inrichten");
        let page = b
            .get_with("/setup", ("accept-language", "en-GB,en;q=0.9"))
            .await;
        page.assert_contains("<html lang=\"en\">");
        page.assert_contains("Set up Driehoek");
        assert_eq!(page.headers.get("content-language").unwrap(), "en");
        // The switch remembers the choice and returns to the page (local paths only).
        let page = b.get("/lang/en?back=/setup").await;
        page.assert_redirect_to("/setup");
        b.get("/setup").await.assert_contains("Set up Driehoek");
        b.get("/lang/nl?back=https://evil.example/")
            .await
            .assert_redirect_to("/");
        b.get("/setup").await.assert_contains("Driehoek inrichten");
    }
);

both_backends!(
    errors_are_friendly_pages_without_internals,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let page = admin.get("/bestaat-niet").await;
        assert_eq!(page.status, 404);
        page.assert_contains("Pagina niet gevonden");
        page.assert_contains("<nav class=\"main-nav\"");
        let page = admin.get("/pupils/not-a-number").await;
        assert!(page.status == 400 || page.status == 404, "{}", page.status);
        assert!(
            page.contains("<html"),
            "an HTML page, not a bare text error"
        );
        assert!(
            !page.body.contains("Invalid URL"),
            "no extractor internals: {}",
            page.body
        );
        // A malformed form body is a friendly page too.
        let page = admin
            .post_raw(
                "/sign-in",
                &[],
                &[("content-type", "application/x-www-form-urlencoded")],
            )
            .await;
        assert!(page.status < 500);
        let page = admin.get_with("/groups", ("accept-language", "en")).await;
        assert_eq!(page.status, 200);
    }
);

both_backends!(
    security_and_cache_headers_are_set,
    |app: TestApp| async move {
        let mut b = app.browser();
        let page = b.get("/setup").await;
        let h = &page.headers;
        let csp = h.get("content-security-policy").unwrap().to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'")
                && csp.contains("frame-ancestors 'none'")
                && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
        assert_eq!(h.get("referrer-policy").unwrap(), "same-origin");
        assert_eq!(h.get("cache-control").unwrap(), "no-store");
        assert!(h.get("x-request-id").is_some());
        let css = b
            .client
            .get(format!("{}/static/style.css", app.base))
            .header("accept-encoding", "gzip")
            .send()
            .await
            .unwrap();
        assert_eq!(css.status(), 200);
        assert!(css
            .headers()
            .get("cache-control")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("max-age=31536000"));
        assert_eq!(
            css.headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap()),
            Some("gzip")
        );
        let health = b.get("/healthz").await;
        assert_eq!(health.status, 200);
    }
);

both_backends!(the_demo_school_is_browsable, |app: TestApp| async move {
    let report = driehoek::demo::fill(&app.db, &app.base)
        .await
        .expect("demo fills an empty database");
    assert!(report.contains(driehoek::demo::DEMO_PASSWORD));
    // The demo has a round with bookings, and prints a parent's working link.
    let link = report
        .lines()
        .find_map(|l| l.trim().strip_prefix(&format!("{}/b/", app.base)))
        .expect("parent link in the report")
        .to_string();
    let parent = app.browser().get(&format!("/b/{link}")).await;
    parent.assert_contains("Voortgangsgesprekken");
    parent.assert_contains("Deze tijd kiezen");
    assert!(
        app.count("SELECT COUNT(*) FROM bookings WHERE status = 'active'")
            .await
            > 50
    );
    // Idempotent: a second run reports, does not duplicate.
    let pupils = app.count("SELECT COUNT(*) FROM pupils").await;
    assert!(pupils > 150, "{pupils}");
    driehoek::demo::fill(&app.db, &app.base).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM pupils").await, pupils);

    let school = driehoek::demo::data::demo_school(driehoek::demo::DEMO_SEED);
    let teacher = school
        .staff
        .iter()
        .find(|s| s.teacher && !s.director)
        .unwrap();
    let director = school.staff.iter().find(|s| s.director).unwrap();
    let mut t = app.browser();
    t.sign_in(&teacher.email, driehoek::demo::DEMO_PASSWORD)
        .await
        .assert_redirect_to("/");
    let home = t.get("/").await;
    home.assert_contains("Mijn groepen");
    let all = app
        .count("SELECT COUNT(*) FROM pupils WHERE archived_at IS NULL")
        .await;
    let own = t.get("/pupils").await;
    assert!(
        !own.contains(&format!(">{all} leerlingen gevonden")),
        "teacher must not see the whole school"
    );
    let mut d = app.browser();
    d.sign_in(&director.email, driehoek::demo::DEMO_PASSWORD)
        .await
        .assert_redirect_to("/");
    d.get("/pupils")
        .await
        .assert_contains(&format!("{all} leerlingen gevonden"));
    d.get("/").await.assert_contains("De school in cijfers");
});

both_backends!(
    the_school_tells_parents_where_to_find_practical_help,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        admin
            .get("/school")
            .await
            .assert_contains("Praktische hulp voor ouders");
        let page = admin
            .post(
                "/school",
                &[
                    ("school_name", ""),
                    ("city", "Utrecht"),
                    ("contact", ""),
                    ("help_info", ""),
                ],
            )
            .await;
        page.assert_contains("Dit veld is verplicht.");
        admin
        .post(
            "/school",
            &[("school_name", "OBS De Linde"), ("city", "Utrecht"), ("contact", "030-123 45 67"), ("help_info", "Stichting Leergeld helpt met een laptop of fiets.\n\nVraag de intern begeleider naar huiswerkbegeleiding.")],
        )
        .await
        .assert_redirect_to("/school");
        let (school,): (i64,) = sqlx::query_as("SELECT id FROM schools")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        // Public, for parents: no sign-in, two paragraphs, the school's contact.
        let page = app
            .browser()
            .get(&format!("/scholen/{school}/praktische-hulp"))
            .await;
        page.assert_contains(
            "<p dir=\"auto\" lang=\"nl\">Stichting Leergeld helpt met een laptop of fiets.</p>",
        );
        page.assert_contains("030-123 45 67");
        assert_eq!(
            app.browser()
                .get("/scholen/999/praktische-hulp")
                .await
                .status,
            404
        );
        // Only administrators change it.
        let mut teacher = app
            .staff_member(&mut admin, "Tom", "tom@example.org", &["teacher"], &[])
            .await;
        assert_eq!(teacher.get("/school").await.status, 403);
    }
);
