//! Leavers, exit conversations along the matrix, the action plan and the public summary.

use crate::both_backends;
use crate::common::scenario::school;
use crate::common::TestApp;

both_backends!(
    exit_conversations_become_an_action_plan_and_a_public_summary,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let today = driehoek::timefmt::iso(driehoek::timefmt::today());
        let summer = format!(
            "{}-07-10",
            driehoek::school::school_year_of(driehoek::timefmt::today()).1
        );
        for pupil in [s.lotte, s.sem] {
            s.admin.get(&format!("/pupils/{pupil}")).await;
            s.admin
                .post(
                    &format!("/pupils/{pupil}/leaving"),
                    &[
                        ("leaving_on", &summer),
                        ("reason", "end-primary"),
                        ("destination", "Het Lyceum"),
                    ],
                )
                .await
                .assert_redirect_to(&format!("/pupils/{pupil}?flash=leaving-saved"));
        }
        let page = s.admin.get("/exit").await;
        page.assert_contains("Lotte Bakker");
        page.assert_contains("Het Lyceum");
        page.assert_contains("laatste kind op school");
        assert!(!page.contains("Finn Vries"), "Finn is not leaving");

        // Tess holds Lotte's exit conversation.
        let lotte = s.lotte.to_string();
        s.tess
            .get(&format!("/pupils/{lotte}/records/new?kind=exit"))
            .await
            .assert_contains("1. Meeleven met het eigen kind");
        s.tess
            .post(
                &format!("/pupils/{lotte}/records/new"),
                &[
                    ("kind", "exit"),
                    ("held_on", &today),
                    ("form", "school"),
                    ("a-cell-1", "We wisten altijd hoe het ging"),
                    ("a-cell-9", "De school belde toen opa ziek was"),
                    ("a-advice-school", "Meer ouderavonden"),
                    ("action", "close"),
                ],
            )
            .await
            .assert_redirect_to("/records/");
        let page = s.admin.get("/exit").await;
        page.assert_contains("We wisten altijd hoe het ging");
        page.assert_contains("1 exitgesprek dit schooljaar.");
        page.assert_contains("Aan de school (1)");
        page.assert_contains("Meer ouderavonden");

        // The public summary: nothing recognisable with a single conversation.
        let (school_id,): (i64,) = sqlx::query_as("SELECT id FROM schools")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        let summary = app
            .browser()
            .get(&format!("/scholen/{school_id}/wat-we-hoorden"))
            .await;
        summary.assert_contains("te weinig gesprekken");
        assert!(
            !summary.contains("We wisten altijd"),
            "no quotes on the public page"
        );
        // Five more conversations about cell 1: now that cell is reported, the others are not.
        for n in 0..5 {
            sqlx::query("INSERT INTO records (school_id, pupil_id, kind, held_on, answers, status, created_by, created_at, updated_at) VALUES ($1, $2, 'exit', $3, $4, 'closed', 1, 0, 0)")
            .bind(school_id)
            .bind(s.sem)
            .bind(&today)
            .bind(format!("{{\"cell-1\": \"reactie {n}\"}}"))
            .execute(app.db.write())
            .await
            .unwrap();
        }
        s.admin.get("/exit").await;
        s.admin
            .post(
                "/exit/actions",
                &[
                    ("what", "Ouderavond over het schooladvies"),
                    ("owner", "Directeur Anna"),
                    ("due_on", &today),
                    ("source", "cell-4"),
                ],
            )
            .await
            .assert_redirect_to("/exit?flash=action-saved");
        let summary = app
            .browser()
            .get(&format!("/scholen/{school_id}/wat-we-hoorden"))
            .await;
        summary.assert_contains("1. Meeleven met het eigen kind: 6 reacties");
        summary.assert_contains(
            "9. De school leefde mee met het gezin: te weinig reacties om te tonen",
        );
        summary.assert_contains("Ouderavond over het schooladvies");
        assert!(
            !summary.contains("Directeur Anna"),
            "no names on the public page"
        );
        assert!(!summary.contains("Bakker"));

        // The director approves the report of Lotte's conversation; both parents get it by mail,
        // with what the school does. Teachers cannot send it themselves.
        let (record,): (i64,) =
            sqlx::query_as("SELECT id FROM records WHERE pupil_id = $1 AND kind = 'exit'")
                .bind(s.lotte)
                .fetch_one(app.db.read())
                .await
                .unwrap();
        let mut director = app
            .staff_member(
                &mut s.admin,
                "Dirk Directeur",
                "dirk@example.org",
                &["director"],
                &[],
            )
            .await;
        s.tess
            .get(&format!("/records/{record}"))
            .await
            .assert_contains("zodra de directie het heeft goedgekeurd");
        assert_eq!(
            s.tess
                .post(&format!("/records/{record}/send-report"), &[])
                .await
                .status,
            403
        );
        director
            .get(&format!("/records/{record}"))
            .await
            .assert_contains("Goedkeuren en versturen");
        director
            .post(&format!("/records/{record}/send-report"), &[])
            .await
            .assert_redirect_to(&format!("/records/{record}?flash=exit-report-sent"));
        for parent in ["linda@example.org", "rob@example.org"] {
            let (subject, text) = app.last_mail_to(parent).await.expect("report mail");
            assert!(
                subject.contains("exitgesprek over Lotte Bakker"),
                "{subject}"
            );
            assert!(
                text.contains("We wisten altijd hoe het ging")
                    && text.contains("Ouderavond over het schooladvies"),
                "{text}"
            );
        }
        // Sent once.
        assert_eq!(
            director
                .post(&format!("/records/{record}/send-report"), &[])
                .await
                .status,
            404
        );

        // Last year's conversations stand beside this year's.
        let (start, _) = driehoek::school::school_year_of(driehoek::timefmt::today());
        sqlx::query("INSERT INTO records (school_id, pupil_id, kind, held_on, answers, status, created_by, created_at, updated_at) VALUES ($1, $2, 'exit', $3, '{\"cell-5\": \"x\"}', 'closed', 1, 0, 0)")
        .bind(school_id)
        .bind(s.sem)
        .bind(format!("{start}-01-20"))
        .execute(app.db.write())
        .await
        .unwrap();
        let page = s.admin.get("/exit").await;
        page.assert_contains("Vergelijking met eerdere jaren");
        page.assert_contains(&format!("{}-{}", start - 1, start));

        // Teachers record exit conversations but the overview is for the director.
        assert_eq!(s.tom.get("/exit").await.status, 403);
    }
);

both_backends!(
    former_families_tell_how_things_are_half_a_year_later,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let long_ago = driehoek::timefmt::iso(
            driehoek::timefmt::today().saturating_sub(time::Duration::days(200)),
        );
        s.admin.get(&format!("/pupils/{}", s.finn)).await;
        s.admin
            .post(
                &format!("/pupils/{}/leaving", s.finn),
                &[
                    ("leaving_on", &long_ago),
                    ("reason", "move"),
                    ("destination", "De Wilg"),
                ],
            )
            .await;
        let page = s.admin.get("/exit").await;
        page.assert_contains("Vragenlijst sturen aan 1 ouder");
        s.admin
            .post("/exit/followups", &[])
            .await
            .assert_redirect_to("/exit?flash=followups-sent");
        // Nobody is asked twice.
        assert!(!s
            .admin
            .get("/exit")
            .await
            .contains("Vragenlijst sturen aan"));
        let (subject, text) = app
            .last_mail_to("eva@example.org")
            .await
            .expect("questionnaire mail");
        assert!(subject.contains("Finn"), "{subject}");
        let path = crate::common::link_in(&text)
            .unwrap()
            .strip_prefix(&app.base)
            .unwrap()
            .to_string();
        let mut eva = app.browser();
        eva.get(&path)
            .await
            .assert_contains("Klopte het advies van de school?");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM followups WHERE answered_at IS NOT NULL")
                .await,
            0,
            "opening changes nothing"
        );
        eva.post(
            &path,
            &[
                ("doing", "Hij heeft het naar zijn zin"),
                ("advice", "partly"),
                ("comment", "Meer aandacht voor rekenen"),
            ],
        )
        .await
        .assert_contains("Dank u wel!");
        let page = s.admin.get("/exit").await;
        page.assert_contains("1 gezinnen gevraagd, 1 antwoorden.");
        page.assert_contains("Gedeeltelijk: 1");
        page.assert_contains("Meer aandacht voor rekenen");
        assert_eq!(
            app.browser()
                .post("/nazorg/not-a-token", &[("advice", "yes")])
                .await
                .status,
            404
        );
    }
);

both_backends!(
    leaving_families_answer_a_group_session_invitation_within_its_capacity,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let summer = format!(
            "{}-07-10",
            driehoek::school::school_year_of(driehoek::timefmt::today()).1
        );
        for pupil in [s.lotte, s.finn] {
            s.admin.get(&format!("/pupils/{pupil}")).await;
            s.admin
                .post(
                    &format!("/pupils/{pupil}/leaving"),
                    &[
                        ("leaving_on", &summer),
                        ("reason", "end-primary"),
                        ("destination", ""),
                    ],
                )
                .await;
        }
        let day = driehoek::timefmt::iso(
            driehoek::timefmt::today().saturating_add(time::Duration::days(30)),
        );
        s.admin.get("/exit").await;
        let bad = s
            .admin
            .post(
                "/exit/sessions",
                &[
                    ("kind", "cafe"),
                    ("title", ""),
                    ("day", &day),
                    ("time", "19:30"),
                    ("capacity", "3"),
                ],
            )
            .await;
        bad.assert_redirect_to("/exit?flash=problem-session-incomplete");
        s.admin
            .post(
                "/exit/sessions",
                &[
                    ("kind", "cafe"),
                    ("title", "Onderwijscafé voor groep 8"),
                    ("day", &day),
                    ("time", "19:30"),
                    ("place", "De aula"),
                    ("capacity", "3"),
                    ("return_day", "on"),
                ],
            )
            .await
            .assert_redirect_to("/exit?flash=session-saved");
        let (session,): (i64,) = sqlx::query_as("SELECT id FROM gatherings WHERE kind = 'exit'")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        s.admin
            .post(&format!("/exit/sessions/{session}/invite"), &[])
            .await
            .assert_redirect_to("/exit");
        s.admin.get("/exit").await;
        s.admin
            .post(&format!("/exit/sessions/{session}/invite"), &[])
            .await;
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM outbox WHERE subject LIKE 'Uitnodiging: Onderwijscafé%'"
            )
            .await,
            3,
            "once per guardian"
        );
        let link = |email: &'static str| {
            let app = &app;
            async move {
                let (_, text) = app.last_mail_to(email).await.expect("invitation");
                assert!(text.contains("terugkomdag"), "{text}");
                crate::common::link_in(&text)
                    .unwrap()
                    .strip_prefix(&app.base)
                    .unwrap()
                    .to_string()
            }
        };
        let (linda, rob, eva) = (
            link("linda@example.org").await,
            link("rob@example.org").await,
            link("eva@example.org").await,
        );
        let mut b = app.browser();
        b.get(&linda)
            .await
            .assert_contains("Onderwijscafé voor groep 8");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM gathering_invites WHERE answer <> ''")
                .await,
            0,
            "opening changes nothing"
        );
        b.post(
            &linda,
            &[("answer", "yes"), ("people", "2"), ("children_join", "on")],
        )
        .await
        .assert_redirect_to(&linda);
        b.get(&linda)
            .await
            .assert_contains("Fijn dat u met 2 personen komt!");
        let full = b.post(&rob, &[("answer", "yes"), ("people", "2")]).await;
        assert_eq!(full.status, 409);
        full.assert_contains("niet genoeg plaats");
        b.post(&rob, &[("answer", "yes"), ("people", "1")])
            .await
            .assert_redirect_to(&rob);
        assert_eq!(
            b.post(&eva, &[("answer", "yes"), ("people", "1")])
                .await
                .status,
            409
        );
        b.post(&eva, &[("answer", "no")])
            .await
            .assert_redirect_to(&eva);
        // A parent who also works at the school answers while signed in as staff: the form
        // carries their session's token, so the answer is not refused as a forgery.
        let mut colleague = app.browser();
        colleague
            .sign_in(crate::common::ADMIN_EMAIL, crate::common::PASSWORD)
            .await;
        let page = colleague.get(&eva).await;
        // The answer form itself must carry the token (a browser sends only the form's fields).
        let form = page
            .body
            .split("<form")
            .find(|f| f.contains("name=\"answer\""))
            .expect("the answer form");
        assert!(form.contains("name=\"_csrf\""), "{form}");
        colleague
            .post(&eva, &[("answer", "no")])
            .await
            .assert_redirect_to(&eva);
        let page = s.admin.get("/exit").await;
        page.assert_contains("3 van 3 plaatsen bezet");
        page.assert_contains("3 uitgenodigd, 1 kunnen niet");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM gathering_invites WHERE children_join = 1")
                .await,
            1
        );
        assert_eq!(
            app.browser()
                .post("/rsvp/not-a-token", &[("answer", "no")])
                .await
                .status,
            404
        );

        // What was said at the café is recorded without names and counts with the conversations.
        s.admin
            .get(&format!("/exit/sessions/{session}/record"))
            .await
            .assert_contains("6. Meehelpen in groep en school");
        s.admin
            .post(
                &format!("/exit/sessions/{session}/record"),
                &[
                    ("a-cell-6", "Iedereen hielp graag bij het schoolreisje"),
                    ("a-lookback-well", "Gezellig"),
                ],
            )
            .await
            .assert_redirect_to(&format!("/exit/sessions/{session}/record"));
        s.admin
            .get("/exit")
            .await
            .assert_contains("6. Meehelpen in groep en school — 1 reactie");
        // The director approves the report; the families who came receive it, the others do not.
        let mut director = app
            .staff_member(
                &mut s.admin,
                "Dirk Directeur",
                "dirk@example.org",
                &["director"],
                &[],
            )
            .await;
        assert_eq!(
            s.admin
                .post(&format!("/exit/sessions/{session}/send-report"), &[])
                .await
                .status,
            403
        );
        director
            .get(&format!("/exit/sessions/{session}/record"))
            .await
            .assert_contains("Goedkeuren en versturen");
        director
            .post(&format!("/exit/sessions/{session}/send-report"), &[])
            .await
            .assert_redirect_to(&format!("/exit/sessions/{session}/record"));
        for (email, gets) in [
            ("linda@example.org", true),
            ("rob@example.org", true),
            ("eva@example.org", false),
        ] {
            let got = app
                .last_mail_to(email)
                .await
                .is_some_and(|(subject, text)| {
                    subject.starts_with("Verslag: Onderwijscafé") && text.contains("schoolreisje")
                });
            assert_eq!(got, gets, "{email}");
        }
    }
);

both_backends!(
    with_the_last_child_policy_only_families_leaving_altogether_are_invited,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        s.admin.get("/school").await;
        s.admin
            .post(
                "/school",
                &[
                    ("school_name", "OBS De Linde"),
                    ("city", ""),
                    ("contact", ""),
                    ("help_info", ""),
                    ("exit_policy", "last"),
                ],
            )
            .await
            .assert_redirect_to("/school");
        let summer = format!(
            "{}-07-10",
            driehoek::school::school_year_of(driehoek::timefmt::today()).1
        );
        // Lotte leaves but her brother Sem stays; Finn leaves and has no brothers or sisters here.
        for pupil in [s.lotte, s.finn] {
            s.admin.get(&format!("/pupils/{pupil}")).await;
            s.admin
                .post(
                    &format!("/pupils/{pupil}/leaving"),
                    &[
                        ("leaving_on", &summer),
                        ("reason", "end-primary"),
                        ("destination", ""),
                    ],
                )
                .await;
        }
        let day = driehoek::timefmt::iso(
            driehoek::timefmt::today().saturating_add(time::Duration::days(30)),
        );
        s.admin.get("/exit").await;
        s.admin
            .post(
                "/exit/sessions",
                &[
                    ("kind", "panel"),
                    ("title", "Ouderpanel"),
                    ("day", &day),
                    ("time", "19:30"),
                    ("capacity", "20"),
                ],
            )
            .await;
        let (session,): (i64,) = sqlx::query_as("SELECT id FROM gatherings WHERE kind = 'exit'")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        s.admin
            .post(&format!("/exit/sessions/{session}/invite"), &[])
            .await;
        assert!(app
            .last_mail_to("eva@example.org")
            .await
            .is_some_and(|(subject, _)| subject.contains("Ouderpanel")));
        assert!(app
            .last_mail_to("linda@example.org")
            .await
            .is_none_or(|(subject, _)| !subject.contains("Ouderpanel")));
        assert_eq!(app.count("SELECT COUNT(*) FROM gathering_invites").await, 1);
    }
);
