//! The demo school in its second year: a director, a teacher and a care coordinator find real
//! figures, last year's history and this year's work on the pages they open first.

use crate::both_backends;
use crate::common::TestApp;
use driehoek::demo::{self, data::DemoSchool, DEMO_PASSWORD, DEMO_SEED};

async fn text(app: &TestApp, sql: &str) -> String {
    let (s,): (String,) = sqlx::query_as(sql).fetch_one(app.db.read()).await.unwrap();
    s
}

async fn filled(app: &TestApp) -> DemoSchool {
    demo::fill(&app.db, &app.base).await.expect("demo fills");
    demo::data::demo_school(DEMO_SEED)
}

/// The whole school's row of the coverage CSV, as numbers.
fn school_row(csv: &str) -> Vec<i64> {
    let line = csv
        .lines()
        .find(|l| l.starts_with("School;"))
        .unwrap_or_else(|| panic!("no school row in {csv}"));
    line.split(';')
        .skip(2)
        .map(|n| n.trim().parse().unwrap())
        .collect()
}

both_backends!(
    the_demo_has_a_complete_previous_year,
    |app: TestApp| async move {
        let started = std::time::Instant::now();
        filled(&app).await;
        eprintln!("demo filled in {:?}", started.elapsed());
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM school_years WHERE is_current = 0 AND name = '2025-2026'"
            )
            .await,
            1
        );
        // Last year is a year the school lived through: the year switch never takes it for a
        // coming year, and each pupil who was there has last year's group in their history.
        assert_eq!(
            app.count("SELECT COUNT(*) FROM school_years WHERE name = '2025-2026' AND switched_at IS NOT NULL AND first_school_day = '2025-08-25'")
                .await,
            1
        );
        assert!(
            app.count("SELECT COUNT(*) FROM pupil_years py JOIN school_years y ON y.id = py.school_year_id WHERE y.name = '2025-2026'")
                .await
                > 100
        );
        // Last year's teachers left hand-over notes for most pupils still at school.
        assert!(
            app.count("SELECT COUNT(*) FROM handover_notes h JOIN school_years y ON y.id = h.school_year_id WHERE y.name = '2025-2026'")
                .await
                > 50
        );
        let school = app
            .count("SELECT school_id FROM school_years WHERE name = '2025-2026'")
            .await;
        let year = driehoek::years::current_year(&app.db, school)
            .await
            .unwrap();
        assert_eq!(year.map(|(_, name)| name).as_deref(), Some("2026-2027"));
        // Last year's groups are archived, this year's are not.
        let groups = app
            .count("SELECT COUNT(*) FROM groups WHERE archived_at IS NULL")
            .await;
        assert_eq!(
            app.count("SELECT COUNT(*) FROM groups g JOIN school_years y ON y.id = g.school_year_id WHERE y.is_current = 0 AND g.archived_at IS NOT NULL")
                .await,
            groups
        );
        let last_year = |kind: &str| {
            format!("SELECT COUNT(*) FROM records WHERE kind = '{kind}' AND held_on >= '2025-08-01' AND held_on < '2026-08-01'")
        };
        assert!(app.count(&last_year("start")).await > 120);
        assert!(app.count(&last_year("progress")).await > 200);
        assert!(app.count(&last_year("exit")).await >= 12);
        assert!(
            app.count("SELECT COUNT(*) FROM plans p JOIN school_years y ON y.id = p.school_year_id WHERE y.is_current = 0")
                .await
                > 120
        );
        for status in ["done", "adjusted", "dropped", "open"] {
            assert!(
                app.count(&format!(
                    "SELECT COUNT(*) FROM agreements WHERE status = '{status}'"
                ))
                .await
                    > 0,
                "agreements {status}"
            );
        }
        assert!(
            app.count("SELECT COUNT(*) FROM contact_log WHERE happened_on < '2026-08-01'")
                .await
                > 20
        );
        assert!(
            app.count("SELECT COUNT(*) FROM opp_consents WHERE status = 'given'")
                .await
                >= 4
        );
        // Leavers: groep 8 with destinations, archived; some of them older siblings of pupils at school.
        let leavers = app
            .count("SELECT COUNT(*) FROM pupils WHERE leaving_reason = 'end-primary' AND leaving_on = '2026-07-17' AND archived_at IS NOT NULL AND destination <> ''")
            .await;
        assert!(leavers >= 15, "{leavers}");
        assert!(
            app.count("SELECT COUNT(*) FROM gathering_invites WHERE answer = 'yes'")
                .await
                > 3
        );
        assert!(
            app.count("SELECT COUNT(*) FROM followups WHERE answered_at IS NOT NULL")
                .await
                >= 2
        );
        // Who wrote what is in the audit log, as when people write it in the app.
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'create' AND entity = 'record'"
            )
            .await,
            app.count("SELECT COUNT(*) FROM records").await
        );
        // The start round of this year took place: afternoons, bookings held.
        assert!(app.count("SELECT COUNT(*) FROM availability a JOIN rounds r ON r.id = a.round_id WHERE r.title = 'Startgesprekken 2026'").await > 20);
        assert!(
            app.count("SELECT COUNT(*) FROM bookings WHERE attendance = 'held'")
                .await
                > 150
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM exit_actions a JOIN school_years y ON y.id = a.school_year_id WHERE y.is_current = 0 AND a.status = 'done'")
                .await,
            3
        );
    }
);

both_backends!(
    a_director_sees_real_coverage_exit_results_and_both_years,
    |app: TestApp| async move {
        let school = filled(&app).await;
        let director = school.staff.iter().find(|s| s.director).unwrap();
        let mut d = app.browser();
        d.sign_in(&director.email, DEMO_PASSWORD)
            .await
            .assert_redirect_to("/");

        // Coverage this year: most pupils had their startgesprek and have a plan, a few
        // families were not reached, some agreements are overdue, one OPP consent is pending.
        let active = app
            .count("SELECT COUNT(*) FROM pupils WHERE archived_at IS NULL")
            .await;
        let row = school_row(&d.get("/coverage.csv").await.body);
        let (pupils, early, plan, not_reached, opp) = (row[0], row[1], row[2], row[5], row[6]);
        assert_eq!(pupils, active);
        assert!(early * 100 / pupils >= 80, "{row:?}");
        assert!(plan * 100 / pupils >= 60 && plan < early, "{row:?}");
        assert!((1..pupils / 5).contains(&not_reached), "{row:?}");
        assert!(
            row[3] >= 1,
            "pupils with an OPP had two progress talks: {row:?}"
        );
        assert!(row[4] >= 1, "overdue agreements: {row:?}");
        assert_eq!(opp, 1, "{row:?}");
        d.get("/coverage").await.assert_contains(&format!(
            "<span class=\"stat-value\">{}%</span>",
            early * 100 / pupils
        ));

        // Exit: this year's leavers, both years compared cell by cell, last year's session,
        // follow-up answers and this year's action plan.
        let page = d.get("/exit").await;
        let moved = text(
            &app,
            "SELECT first_name FROM pupils WHERE leaving_on = '2026-10-16'",
        )
        .await;
        let leaving = text(
            &app,
            "SELECT first_name FROM pupils WHERE leaving_on = '2027-01-29'",
        )
        .await;
        page.assert_contains(&moved);
        page.assert_contains(&leaving);
        page.assert_contains("<th scope=\"row\">2026-2027</th>");
        page.assert_contains("<th scope=\"row\">2025-2026</th>");
        // Gatherings: the class reception (with an interpreter asked for), the groep 8 evening,
        // and the startgesprek wishes counted per group.
        let gatherings = d.get("/gatherings").await;
        gatherings.assert_contains("Kennismaking in groep");
        gatherings.assert_contains("Informatieavond: de overstap naar de middelbare school");
        gatherings.assert_contains("Informatieavond plannen");
        let reception = app
            .count("SELECT MIN(id) FROM gatherings WHERE kind = 'reception'")
            .await;
        let list = d.get(&format!("/gatherings/{reception}/print")).await;
        list.assert_contains("العربية");
        assert!(
            app.count("SELECT COUNT(*) FROM gathering_invites WHERE attended = 1")
                .await
                > 3
        );
        // Group sessions are listed by school year: last June's café under 2025-2026.
        assert!(!page.contains("Onderwijscafé: terugblik van de ouders van groep 8"));
        let last_year = app
            .count("SELECT id FROM school_years WHERE name = '2025-2026'")
            .await;
        d.get(&format!("/exit?year={last_year}"))
            .await
            .assert_contains("Onderwijscafé: terugblik van de ouders van groep 8");
        page.assert_contains("Misschien had de toets meer mee moeten wegen.");
        page.assert_contains("overdrachtsnotitie per leerling");
        assert!(!page.contains("Er staan nog geen acties op de lijst."));
        // The report of the January leaver's conversation waits for the director.
        assert_eq!(
            app.count("SELECT COUNT(*) FROM records WHERE kind = 'exit' AND status = 'closed' AND report_sent_at IS NULL AND held_on >= '2026-08-01'")
                .await,
            1
        );
        let session = app
            .count("SELECT id FROM gatherings WHERE kind = 'exit'")
            .await;
        d.get(&format!("/exit/sessions/{session}/record"))
            .await
            .assert_contains("De medezeggenschapsraad is voor de meeste ouders onzichtbaar.");

        // Buddies: needs and offers across groups, one pair in touch, one proposal waiting.
        let buddies = d.get("/buddies").await;
        buddies.assert_contains("In contact");
        buddies.assert_contains("Nog geen antwoord");
        buddies.assert_contains("Voorgestelde koppelingen");
        assert!(!buddies.contains("Er zijn nu geen passende koppelingen."));
        assert_eq!(
            app.count("SELECT COUNT(*) FROM buddy_pairs WHERE status = 'active'")
                .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM buddy_pairs WHERE status = 'proposed'")
                .await,
            1
        );

        // A groep 8 leaver of last year stays readable, with the exit conversation.
        let leaver = app
            .count("SELECT MIN(p.id) FROM pupils p JOIN records r ON r.pupil_id = p.id AND r.kind = 'exit' WHERE p.leaving_on = '2026-07-17'")
            .await;
        let name = text(
            &app,
            &format!("SELECT first_name FROM pupils WHERE id = {leaver}"),
        )
        .await;
        let page = d.get(&format!("/pupils/{leaver}")).await;
        page.assert_contains(&name);
        page.assert_contains("Exitgesprek");
    }
);

both_backends!(
    a_teacher_finds_last_years_history_and_this_years_plan_on_a_pupils_page,
    |app: TestApp| async move {
        let school = filled(&app).await;
        // A pupil with last year's startgesprek, an agreement and this year's plan.
        let pupil = app
            .count(
                "SELECT MIN(p.id) FROM pupils p JOIN plans pl ON pl.pupil_id = p.id JOIN school_years y ON y.id = pl.school_year_id AND y.is_current = 1 \
                 WHERE p.archived_at IS NULL AND EXISTS (SELECT 1 FROM agreements a WHERE a.pupil_id = p.id) \
                 AND EXISTS (SELECT 1 FROM records r WHERE r.pupil_id = p.id AND r.kind = 'start' AND r.held_on < '2026-08-01')",
            )
            .await;
        assert!(pupil > 0, "the demo has such a pupil");
        let group = text(
            &app,
            &format!("SELECT g.name FROM pupils p JOIN groups g ON g.id = p.group_id WHERE p.id = {pupil}"),
        )
        .await;
        let teacher_index = school
            .groups
            .iter()
            .find(|g| g.name == group)
            .map(|g| g.teacher_indexes[0])
            .unwrap();
        let teacher = &school.staff[teacher_index];
        let mut t = app.browser();
        t.sign_in(&teacher.email, DEMO_PASSWORD)
            .await
            .assert_redirect_to("/");
        let page = t.get(&format!("/pupils/{pupil}")).await;
        assert_eq!(page.status, 200);
        let agreement = text(
            &app,
            &format!(
                "SELECT pupil_part FROM agreements WHERE pupil_id = {pupil} ORDER BY id LIMIT 1"
            ),
        )
        .await;
        page.assert_contains(&plain_part(&agreement));
        let reachable = text(
            &app,
            &format!("SELECT pl.reachable FROM plans pl JOIN school_years y ON y.id = pl.school_year_id AND y.is_current = 1 WHERE pl.pupil_id = {pupil}"),
        )
        .await;
        page.assert_contains(&plain_part(&reachable));
        let held = text(
            &app,
            &format!("SELECT MIN(held_on) FROM records WHERE pupil_id = {pupil}"),
        )
        .await;
        assert!(held.as_str() < "2026-08-01", "{held}");
        let record = app
            .count(&format!(
                "SELECT MIN(id) FROM records WHERE pupil_id = {pupil} AND held_on < '2026-08-01'"
            ))
            .await;
        let answers = text(
            &app,
            &format!("SELECT answers FROM records WHERE id = {record}"),
        )
        .await;
        let said: std::collections::BTreeMap<String, String> =
            serde_json::from_str(&answers).unwrap();
        let first = said.values().next().unwrap();
        t.get(&format!("/records/{record}"))
            .await
            .assert_contains(&plain_part(first));
        // The teacher's start page and the coverage of their own group are not empty.
        let home = t.get("/").await;
        home.assert_contains(&group);
        let row = school_row(&t.get("/coverage.csv").await.body);
        assert!(row[1] > 0 && row[2] > 0, "{row:?}");
    }
);

/// The start of a text up to the first character HTML would escape (the page shows it as is).
fn plain_part(s: &str) -> String {
    let end = s.find(['&', '<', '>', '"', '\'']).unwrap_or(s.len());
    assert!(end >= 8, "too short to look for: {s}");
    s[..end].to_string()
}

both_backends!(
    the_demo_teacher_is_asked_for_a_newcomers_startgesprek,
    |app: TestApp| async move {
        let school = filled(&app).await;
        let group = text(
            &app,
            "SELECT g.name FROM pupils p JOIN groups g ON g.id = p.group_id WHERE p.arrived_on IS NOT NULL",
        )
        .await;
        let teacher = school
            .groups
            .iter()
            .find(|g| g.name == group)
            .map(|g| &school.staff[g.teacher_indexes[0]])
            .unwrap();
        let mut t = app.browser();
        t.sign_in(&teacher.email, DEMO_PASSWORD)
            .await
            .assert_redirect_to("/");
        let home = t.get("/").await;
        home.assert_contains("Nieuwkomer zonder startgesprek");
        home.assert_contains("Taras Melnyk");
    }
);

// The pupil's part (pupilprep): the oldest groups' pupils prepared their progress conversation.
both_backends!(
    the_oldest_groups_pupils_prepare_the_progress_conversation,
    |app: TestApp| async move {
        filled(&app).await;
        assert_eq!(
            app.count("SELECT COUNT(*) FROM grade_pupil_attendance")
                .await,
            8
        );
        assert!(app.count("SELECT COUNT(*) FROM pupil_preps").await >= 2);
        let email = text(
            &app,
            "SELECT MIN(s.email) FROM staff s JOIN pupil_prep_links l ON l.created_by = s.id \
             JOIN pupil_preps pp ON pp.round_id = l.round_id AND pp.pupil_id = l.pupil_id",
        )
        .await;
        let round = app.count("SELECT MIN(round_id) FROM pupil_preps").await;
        let mut t = app.browser();
        t.sign_in(&email, DEMO_PASSWORD)
            .await
            .assert_redirect_to("/");
        let page = t.get(&format!("/rounds/{round}/voorbereiding")).await;
        page.assert_contains("voorbereid");
        page.assert_contains("wil het gesprek leiden");
    }
);

both_backends!(
    the_demo_has_parents_messages_waiting_answered_and_overdue,
    |app: TestApp| async move {
        let school = filled(&app).await;
        assert!(app.count("SELECT COUNT(*) FROM school_holidays").await >= 6);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM parent_messages WHERE answer_channel = 'mail'")
                .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM parent_messages WHERE answer_channel = 'phone'")
                .await,
            1
        );
        let group = school.groups.iter().find(|g| g.grade >= 5).unwrap();
        let teacher = &school.staff[group.teacher_indexes[0]];
        let mut t = app.browser();
        t.sign_in(&teacher.email, DEMO_PASSWORD).await;
        t.get("/").await.assert_contains("wachten op antwoord");
        t.get("/berichten")
            .await
            .assert_contains("Onlangs beantwoord");
        let care = school.staff.iter().find(|s| s.care_coordinator).unwrap();
        let mut c = app.browser();
        c.sign_in(&care.email, DEMO_PASSWORD).await;
        let overdue = c.get("/berichten/te-laat").await;
        assert!(
            !overdue.contains("Er zijn geen berichten"),
            "{}",
            overdue.body
        );
        overdue.assert_contains("/berichten/");
    }
);
