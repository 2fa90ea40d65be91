//! The parent view: a single-use sign-in link by mail, then exactly what was shared about
//! one's own children, and nothing else.

use crate::both_backends;
use crate::common::scenario::school;
use crate::common::{link_in, TestApp};

fn today() -> String {
    driehoek::timefmt::iso(driehoek::timefmt::today())
}

async fn parent_session(app: &TestApp, email: &str) -> crate::common::Browser {
    let mut b = app.browser();
    b.get("/ouders").await;
    b.post("/ouders", &[("email", email)])
        .await
        .assert_contains("link onderweg");
    let (subject, text) = app.last_mail_to(email).await.expect("sign-in mail");
    assert!(subject.contains("in te loggen"), "{subject}");
    let path = link_in(&text)
        .unwrap()
        .strip_prefix(&app.base)
        .unwrap()
        .to_string();
    // Opening the link (twice, as a mail scanner would) uses nothing up.
    b.get(&path)
        .await
        .assert_contains("Naar de pagina van mijn kind");
    b.get(&path)
        .await
        .assert_contains("Naar de pagina van mijn kind");
    b.post(&path, &[])
        .await
        .assert_redirect_to("/ouders/kinderen");
    // Single use.
    app.browser()
        .post(&path, &[])
        .await
        .assert_contains("werkt niet meer");
    b
}

both_backends!(
    parents_see_only_what_was_shared_about_their_own_children,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let sem = s.sem.to_string();
        s.tom.get(&format!("/pupils/{sem}/plan")).await;
        s.tom
            .post(
                &format!("/pupils/{sem}/plan"),
                &[
                    ("channel", "phone"),
                    ("reachable", "dinsdag na schooltijd"),
                    ("m1-description", "Bellen na het eerste rapport"),
                ],
            )
            .await;
        s.tom
            .post(
                &format!("/pupils/{sem}/records/new"),
                &[
                    ("kind", "start"),
                    ("held_on", &today()),
                    ("form", "school"),
                    ("a-ambition", "Vlot leren lezen"),
                    ("ag1-topic", "Lezen"),
                    ("ag1-pupil", "Leest elke dag"),
                    ("shared", "on"),
                    ("action", "close"),
                ],
            )
            .await
            .assert_redirect_to("/records/");
        s.tom
            .post(
                &format!("/pupils/{sem}/records/new"),
                &[
                    ("kind", "other"),
                    ("held_on", &today()),
                    ("form", "phone"),
                    ("a-summary", "Intern overleg, niet delen"),
                    ("action", "close"),
                ],
            )
            .await
            .assert_redirect_to("/records/");
        // A stepfather without parental authority, who does get an e-mail address on file.
        s.admin.get(&format!("/pupils/{sem}/guardians/new")).await;
        s.admin
            .post(
                &format!("/pupils/{sem}/guardians/new"),
                &[
                    ("name", "Kees Stief"),
                    ("email", "kees@example.org"),
                    ("relationship", "other"),
                ],
            )
            .await
            .assert_redirect_to(&format!("/pupils/{sem}"));

        let mut linda = parent_session(&app, "linda@example.org").await;
        let page = linda.get("/ouders/kinderen").await;
        page.assert_contains("Sem Bakker");
        page.assert_contains("Lotte Bakker");
        page.assert_contains("Vlot leren lezen");
        page.assert_contains("Bellen na het eerste rapport");
        page.assert_contains("Leest elke dag");
        assert!(
            !page.contains("Intern overleg"),
            "an unshared record stays at school"
        );
        assert!(
            !page.contains("Finn"),
            "another family's child is never shown"
        );
        assert_eq!(page.headers.get("referrer-policy").unwrap(), "no-referrer");

        // Linda confirms the agreement with a comment; Tom sees it on Sem's page.
        let (agreement,): (i64,) = sqlx::query_as("SELECT id FROM agreements")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        let csrf = page
            .body
            .split("name=\"_csrf\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        linda
            .post_raw(
                &format!("/ouders/afspraken/{agreement}"),
                &[
                    ("_csrf", &csrf),
                    ("confirm", "on"),
                    ("comment", "We lezen elke avond"),
                ],
                &[],
            )
            .await
            .assert_redirect_to("/ouders/kinderen");
        s.tom
            .get(&format!("/pupils/{sem}"))
            .await
            .assert_contains("Linda Bakker ✓: We lezen elke avond");
        // Without the page's token the response is refused.
        assert_eq!(
            linda
                .post_raw(
                    &format!("/ouders/afspraken/{agreement}"),
                    &[("confirm", "on")],
                    &[]
                )
                .await
                .status,
            403
        );

        // Eva (another family) cannot see or answer Sem's agreement.
        let mut eva = parent_session(&app, "eva@example.org").await;
        let page = eva.get("/ouders/kinderen").await;
        page.assert_contains("Finn Vries");
        assert!(!page.contains("Sem Bakker"));
        let eva_csrf = page
            .body
            .split("name=\"_csrf\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        assert_eq!(
            eva.post_raw(
                &format!("/ouders/afspraken/{agreement}"),
                &[("_csrf", &eva_csrf), ("confirm", "on")],
                &[]
            )
            .await
            .status,
            404
        );

        // Without parental authority: the plan and agreements, not the records.
        let mut kees = parent_session(&app, "kees@example.org").await;
        let page = kees.get("/ouders/kinderen").await;
        page.assert_contains("Leest elke dag");
        page.assert_contains("geen ouderlijk gezag");
        assert!(!page.contains("Vlot leren lezen"));

        // Parents' views are in the audit log; without a session the page sends you to sign in.
        assert!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'parent-view'")
                .await
                >= 3
        );
        app.browser()
            .get("/ouders/kinderen")
            .await
            .assert_redirect_to("/ouders");
    }
);
