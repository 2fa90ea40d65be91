//! History per pupil and the warm hand-over (issue 10): year one with a plan, records and an
//! agreement; Tom writes a hand-over note once year two is prepared; after the switch Tess (the
//! new teacher) sees the note, the open agreement and last year's plan, the timeline shows both
//! years with their groups, the plan form starts from last year's plan, and the parents see the
//! shared part of the history only. Teachers of another group can neither read nor write.

use crate::both_backends;
use crate::common::scenario::school;
use crate::common::{link_in, Browser, TestApp};
use crate::years_support::{date_field, scalar};

fn today() -> String {
    driehoek::timefmt::iso(driehoek::timefmt::today())
}

async fn text(app: &TestApp, sql: &str, id: i64) -> String {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

/// What a refused hand-over request must leave as it was.
async fn handover_state(app: &TestApp) -> Vec<String> {
    let mut out = Vec::new();
    for sql in [
        "SELECT COUNT(*) FROM handover_notes",
        "SELECT COUNT(*) FROM audit_log WHERE entity = 'handover'",
        "SELECT COUNT(*) FROM plans",
        "SELECT COALESCE(CAST(SUM(LENGTH(note)) AS BIGINT), 0) FROM handover_notes",
    ] {
        out.push(format!("{sql}: {}", app.count(sql).await));
    }
    out
}

async fn parent_session(app: &TestApp, email: &str) -> Browser {
    let mut b = app.browser();
    b.get("/ouders").await;
    b.post("/ouders", &[("email", email)]).await;
    let (_, text) = app.last_mail_to(email).await.expect("sign-in mail");
    let path = link_in(&text)
        .unwrap()
        .strip_prefix(&app.base)
        .unwrap()
        .to_string();
    b.get(&path).await;
    b.post(&path, &[])
        .await
        .assert_redirect_to("/ouders/kinderen");
    b
}

const NOTE: &str = "Sem leest graag voor; moeder belt liever dan dat ze mailt.";

both_backends!(
    the_new_teacher_gets_the_hand_over_and_the_history_follows_the_child,
    |app: TestApp| async move {
        let mut s = school(&app).await;
        let sem = s.sem;
        let sem_page = format!("/pupils/{sem}");
        let handover = format!("/pupils/{sem}/handover");
        let plan = format!("/pupils/{sem}/plan");
        let g5 = scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", sem).await;
        let g7 = scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", s.lotte).await;
        let year_one = scalar(&app, "SELECT school_year_id FROM groups WHERE id = $1", g5).await;
        let year_one_name = text(
            &app,
            "SELECT name FROM school_years WHERE id = $1",
            year_one,
        )
        .await;

        // Year one: a plan, a shared startgesprek with an agreement, an internal note.
        s.tom.get(&plan).await;
        s.tom
            .post(
                &plan,
                &[
                    ("channel", "phone"),
                    ("reachable", "dinsdag na schooltijd"),
                    ("notes", "Moeder belt liever"),
                ],
            )
            .await
            .assert_redirect_to(&sem_page);
        s.tom
            .post(
                &format!("/pupils/{sem}/records/new"),
                &[
                    ("kind", "start"),
                    ("held_on", &today()),
                    ("form", "school"),
                    ("a-ambition", "Vlot leren lezen"),
                    ("ag1-topic", "Elke dag lezen"),
                    ("ag1-pupil", "Leest elke dag een kwartier"),
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
        // In December nothing asks for a hand-over yet.
        assert!(!s
            .tom
            .get(&sem_page)
            .await
            .contains("Overdracht voor de volgende leerkracht"));

        // The administrator creates and prepares year two: 5A → 6A (Tess), 7B → 8B (Tom).
        let page = s.admin.get("/years").await;
        let starts = date_field(&page.body, "year_starts_on");
        let first = date_field(&page.body, "year_first_day");
        let ends = date_field(&page.body, "year_ends_on");
        let first_day = driehoek::timefmt::parse_iso(&first).expect("a first school day");
        let made = s
            .admin
            .post(
                "/years",
                &[
                    ("year_name", "2027-2028"),
                    ("year_starts_on", &starts),
                    ("year_first_day", &first),
                    ("year_ends_on", &ends),
                ],
            )
            .await;
        let year_two: i64 = made
            .location
            .expect("year made")
            .split('/')
            .nth(2)
            .unwrap()
            .parse()
            .unwrap();
        let tess_id = scalar(
            &app,
            "SELECT id FROM staff WHERE email = 'tess@example.org' AND $1 = $1",
            0,
        )
        .await;
        let tom_id = scalar(
            &app,
            "SELECT id FROM staff WHERE email = 'tom@example.org' AND $1 = $1",
            0,
        )
        .await;
        let rows: Vec<(String, String)> = vec![
            ("rows".into(), "2".into()),
            ("name_0".into(), "6A".into()),
            ("grade_0".into(), "6".into()),
            ("type_0".into(), "po".into()),
            ("create_0".into(), "on".into()),
            ("staff_0".into(), tess_id.to_string()),
            ("name_1".into(), "8B".into()),
            ("grade_1".into(), "8".into()),
            ("type_1".into(), "po".into()),
            ("create_1".into(), "on".into()),
            ("staff_1".into(), tom_id.to_string()),
            (format!("pupil_{sem}"), "0".into()),
            (format!("pupil_{}", s.finn), "0".into()),
            (format!("pupil_{}", s.lotte), "1".into()),
        ];
        let fields: Vec<(&str, &str)> =
            rows.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        s.admin.get(&format!("/years/{year_two}/prepare")).await;
        s.admin
            .post(&format!("/years/{year_two}/prepare"), &fields)
            .await
            .assert_redirect_to(&format!("/years/{year_two}/prepare"));
        let g6 = scalar(
            &app,
            "SELECT id FROM groups WHERE name = '6A' AND school_year_id = $1",
            year_two,
        )
        .await;

        // With the next year prepared, Tom is asked for his hand-over.
        let page = s.tom.get(&sem_page).await;
        page.assert_contains("Overdracht voor de volgende leerkracht");
        page.assert_contains(&format!("action=\"{handover}\""));
        // An empty note is refused in the page; nothing is written.
        let before = handover_state(&app).await;
        let refused = s.tom.post(&handover, &[("note", "   ")]).await;
        assert_eq!(refused.status, 200);
        refused.assert_contains("Schrijf een korte overdracht.");
        assert_eq!(before, handover_state(&app).await);
        s.tom
            .post(&handover, &[("note", "Eerste versie")])
            .await
            .assert_redirect_to(&sem_page);
        // Editable until the switch: the second save replaces the first.
        s.tom
            .post(&handover, &[("note", NOTE)])
            .await
            .assert_redirect_to(&sem_page);
        assert_eq!(app.count("SELECT COUNT(*) FROM handover_notes").await, 1);
        assert_eq!(
            text(
                &app,
                "SELECT note FROM handover_notes WHERE school_year_id = $1",
                year_one
            )
            .await,
            NOTE
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'handover'")
                .await,
            2
        );
        s.tom.get(&sem_page).await.assert_contains(NOTE);

        // Tess teaches another group this year: she can neither read nor write Sem's note.
        let before = handover_state(&app).await;
        assert_eq!(s.tess.get(&sem_page).await.status, 404);
        s.tess.get(&format!("/pupils/{}", s.lotte)).await;
        let refused = s.tess.post(&handover, &[("note", "Niet van Tess")]).await;
        assert!(
            refused.status == 404 || refused.status == 403,
            "refused: {}",
            refused.status
        );
        assert_eq!(before, handover_state(&app).await);
        // The administrator sees Sem's page but does not write in the teacher's name.
        let admin_page = s.admin.get(&sem_page).await;
        assert_eq!(admin_page.status, 200);
        assert!(!admin_page.body.contains(&format!("action=\"{handover}\"")));
        let refused = s
            .admin
            .post(&handover, &[("note", "Niet van de beheerder")])
            .await;
        assert_eq!(refused.status, 403);
        assert_eq!(before, handover_state(&app).await);

        // The first school day: the school switches into year two.
        let morning =
            driehoek::timefmt::from_amsterdam(first_day, time::Time::from_hms(8, 0, 0).unwrap());
        app.state.clock.set(morning);
        for (who, email) in [
            (&mut s.admin, crate::common::ADMIN_EMAIL),
            (&mut s.tess, "tess@example.org"),
            (&mut s.tom, "tom@example.org"),
        ] {
            who.sign_in(email, crate::common::PASSWORD)
                .await
                .assert_redirect_to("/");
        }
        s.admin.get("/").await;
        assert_eq!(
            scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", sem).await,
            g6
        );

        // Tess, the new teacher, sees the hand-over: the note, the open agreement, last year's plan.
        let page = s.tess.get(&sem_page).await;
        assert_eq!(page.status, 200);
        page.assert_contains(&format!("Overdracht uit {year_one_name}"));
        page.assert_contains(NOTE);
        page.assert_contains("Geschreven door Tom Tuin");
        page.assert_contains("Lopende afspraken");
        page.assert_contains("Elke dag lezen");
        page.assert_contains("dinsdag na schooltijd");
        // The timeline: both years, newest first, with the group and its teacher.
        page.assert_contains("Geschiedenis per schooljaar");
        let two = page
            .body
            .find("<h3>2027-2028")
            .expect("year two in the timeline");
        let one = page
            .body
            .find(&format!("<h3>{year_one_name}"))
            .expect("year one in the timeline");
        assert!(two < one, "newest year first");
        let year_one_part = &page.body[one..];
        assert!(year_one_part.contains("Groep 5A"), "year one's group");
        assert!(year_one_part.contains("Tom Tuin"), "year one's teacher");
        assert!(
            year_one_part.contains("Startgesprek"),
            "year one's conversation"
        );
        assert!(page.body[two..one].contains("Groep 6A"), "year two's group");
        assert!(
            page.body[two..one].contains("Tess Veld"),
            "year two's teacher"
        );

        // The plan form of year two starts from year one's plan; nothing is written yet.
        let plans_before = app.count("SELECT COUNT(*) FROM plans").await;
        let form = s.tess.get(&plan).await;
        form.assert_contains("Overgenomen van vorig schooljaar — bevestig in het startgesprek");
        form.assert_contains("value=\"dinsdag na schooltijd\"");
        form.assert_contains("Moeder belt liever");
        assert_eq!(app.count("SELECT COUNT(*) FROM plans").await, plans_before);
        s.tess
            .post(
                &plan,
                &[
                    ("channel", "phone"),
                    ("reachable", "woensdagmiddag"),
                    ("notes", "Moeder belt liever"),
                ],
            )
            .await
            .assert_redirect_to(&sem_page);
        assert_eq!(
            text(&app, &format!("SELECT reachable FROM plans WHERE pupil_id = $1 AND school_year_id = {year_two}"), sem).await,
            "woensdagmiddag"
        );
        assert_eq!(
            text(&app, &format!("SELECT reachable FROM plans WHERE pupil_id = $1 AND school_year_id = {year_one}"), sem).await,
            "dinsdag na schooltijd"
        );
        assert!(!s
            .tess
            .get(&plan)
            .await
            .contains("Overgenomen van vorig schooljaar"));

        // Tom now teaches 8B: Sem's page and hand-over are closed to him; nothing changes.
        let before = handover_state(&app).await;
        assert_eq!(s.tom.get(&sem_page).await.status, 404);
        s.tom.get(&format!("/pupils/{}", s.lotte)).await;
        let refused = s
            .tom
            .post(&handover, &[("note", "Nog even aanpassen")])
            .await;
        assert!(
            refused.status == 404 || refused.status == 403,
            "refused: {}",
            refused.status
        );
        assert_eq!(before, handover_state(&app).await);
        assert_eq!(
            text(
                &app,
                "SELECT note FROM handover_notes WHERE school_year_id = $1",
                year_one
            )
            .await,
            NOTE
        );
        let _ = g7;

        // Sem's mother sees the shared part of the history: both years, the shared talk and the
        // agreement, but neither the hand-over note nor the internal conversation.
        let mut linda = parent_session(&app, "linda@example.org").await;
        let page = linda.get("/ouders/kinderen").await;
        assert_eq!(page.status, 200);
        page.assert_contains("Uw kind door de schooljaren heen");
        page.assert_contains(&year_one_name);
        page.assert_contains("2027-2028");
        page.assert_contains("Groep 5A");
        page.assert_contains("Groep 6A");
        page.assert_contains("Elke dag lezen");
        assert!(!page.contains(NOTE), "no staff hand-over note for parents");
        assert!(!page.contains("Intern overleg"), "no internal conversation");
        assert!(
            !page.contains("Ander gesprek"),
            "the unshared record is not listed"
        );
        assert!(!page.contains("Eerste versie"));
    }
);
