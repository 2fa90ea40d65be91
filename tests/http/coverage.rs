//! Coverage figures checked against seeded conversations.

use crate::both_backends;
use crate::common::scenario::school;
use crate::common::TestApp;

both_backends!(
    coverage_figures_match_the_conversations_held,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let (sem, finn) = (s.sem.to_string(), s.finn.to_string());
        let year_start: i32 = driehoek::school::school_year_of(driehoek::timefmt::today()).0;
        let early = format!("{year_start}-09-07");
        // Sem: startgesprek in the first weeks, with a plan. Finn: two progress conversations.
        s.tom.get(&format!("/pupils/{sem}/plan")).await;
        s.tom
            .post(&format!("/pupils/{sem}/plan"), &[("channel", "phone")])
            .await;
        s.tom
            .post(
                &format!("/pupils/{sem}/records/new"),
                &[
                    ("kind", "start"),
                    ("held_on", &early),
                    ("form", "school"),
                    ("action", "close"),
                ],
            )
            .await
            .assert_redirect_to("/records/");
        for day in [format!("{year_start}-10-01"), format!("{year_start}-11-01")] {
            s.tom
                .post(
                    &format!("/pupils/{finn}/records/new"),
                    &[
                        ("kind", "progress"),
                        ("held_on", &day),
                        ("form", "school"),
                        ("a-goes-well", "Veel"),
                        ("action", "close"),
                    ],
                )
                .await
                .assert_redirect_to("/records/");
        }
        let page = s.admin.get("/coverage").await;
        page.assert_contains("<svg");
        // Whole school: 3 pupils, one each.
        page.assert_contains("<span class=\"stat-value\">33%</span> <span class=\"stat-label\">Startgesprek in de eerste drie weken");
        // Group 5A (Sem and Finn): 50% start, 50% plan, 50% progress; group 7B (Lotte): 0%.
        let csv = s.admin.get("/coverage.csv").await;
        assert_eq!(
            csv.headers.get("content-type").unwrap(),
            "text/csv; charset=utf-8"
        );
        assert!(csv.body.contains("Groep;5A;2;1;1;1;0;0;0"), "{}", csv.body);
        assert!(csv.body.contains("Groep;7B;1;0;0;0;0;0;0"), "{}", csv.body);
        assert!(
            csv.body.contains("Leerkracht of mentor;Tom Tuin;2;1;1;1"),
            "{}",
            csv.body
        );
        // A teacher sees only their own group.
        let tess = s.tess.get("/coverage.csv").await;
        assert!(
            tess.body.contains("Groep;7B;1") && !tess.body.contains("5A"),
            "{}",
            tess.body
        );
    }
);

both_backends!(
    the_school_board_sees_every_school,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let report = driehoek::staff::add_school(
            &app.state,
            "Het Kompas",
            "Karin Kompas",
            "karin@example.org",
        )
        .await
        .unwrap();
        assert!(report.contains("/password/set/"), "{report}");
        assert_eq!(app.count("SELECT COUNT(*) FROM schools").await, 2);
        // Not for everyone: only staff the operator gave board access.
        assert_eq!(s.admin.get("/coverage/board").await.status, 403);
        sqlx::query("UPDATE staff SET is_board = 1 WHERE email = $1")
            .bind(crate::common::ADMIN_EMAIL)
            .execute(app.db.write())
            .await
            .unwrap();
        let page = s.admin.get("/coverage/board").await;
        page.assert_contains("Het Kompas");
        page.assert_contains("OBS De Linde");
        page.assert_contains("<svg");
        // The other school's administrator sees nothing of the first school.
        let (_, text) = app.last_mail_to("karin@example.org").await.unwrap();
        let path = crate::common::link_in(&text)
            .unwrap()
            .strip_prefix(&app.base)
            .unwrap()
            .to_string();
        let mut karin = app.browser();
        karin.get(&path).await;
        karin
            .post(
                &path,
                &[
                    ("password", crate::common::PASSWORD),
                    ("confirm", crate::common::PASSWORD),
                ],
            )
            .await
            .assert_redirect_to("/");
        assert!(!karin.get("/pupils").await.contains("Bakker"));
        assert_eq!(karin.get(&format!("/pupils/{}", s.sem)).await.status, 404);
    }
);
