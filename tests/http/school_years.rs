//! The school year as a cycle (issue 10): year one with groups and pupils, the administrator
//! creates and prepares year two (a combination group split, a groep-8 pupil leaving with a
//! destination), the coming group's teacher plans startgesprekken before the switch, the clock
//! moves to the first school day, one request switches, and a second switch changes nothing.

use crate::both_backends;
use crate::common::TestApp;
use crate::years_support::{date_field, leak, make_group, make_pupil, scalar};

async fn text(app: &TestApp, sql: &str, id: i64) -> Option<String> {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

/// Everything that must not change when a request is refused or a switch runs twice.
async fn year_state(app: &TestApp) -> Vec<String> {
    let mut out = Vec::new();
    for sql in [
        "SELECT COUNT(*) FROM school_years",
        "SELECT COUNT(*) FROM school_years WHERE switched_at IS NOT NULL",
        "SELECT COUNT(*) FROM groups",
        "SELECT COUNT(*) FROM groups WHERE archived_at IS NOT NULL",
        "SELECT COUNT(*) FROM group_staff",
        "SELECT COUNT(*) FROM pupil_years",
        "SELECT COUNT(*) FROM pupils WHERE archived_at IS NOT NULL",
        "SELECT COUNT(*) FROM pupils WHERE leaving_on IS NOT NULL",
        "SELECT COALESCE(CAST(SUM(group_id) AS BIGINT), 0) FROM pupils",
    ] {
        out.push(format!("{sql}: {}", app.count(sql).await));
    }
    out
}

both_backends!(
    a_school_moves_into_its_second_year,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let combi = make_group(&mut admin, "5/6").await;
        let eight = make_group(&mut admin, "8").await;
        let ada = make_pupil(&mut admin, "701", "Ada", combi).await;
        let bram = make_pupil(&mut admin, "702", "Bram", combi).await;
        let cas = make_pupil(&mut admin, "703", "Cas", eight).await;
        let mut tom = app
            .staff_member(
                &mut admin,
                "Tom Tuin",
                "tom@example.org",
                &["teacher"],
                &[combi],
            )
            .await;
        let mut tess = app
            .staff_member(
                &mut admin,
                "Tess Veld",
                "tess@example.org",
                &["teacher"],
                &[],
            )
            .await;
        let tess_id = scalar(
            &app,
            "SELECT id FROM staff WHERE email = 'tess@example.org' AND $1 = $1",
            0,
        )
        .await;
        let school = scalar(&app, "SELECT school_id FROM groups WHERE id = $1", combi).await;
        let year_one = scalar(
            &app,
            "SELECT school_year_id FROM groups WHERE id = $1",
            combi,
        )
        .await;

        // The years page proposes the next year with its own first school day.
        let page = admin.get("/years").await;
        page.assert_contains("Volgend schooljaar aanmaken");
        let starts = date_field(&page.body, "year_starts_on");
        let first = date_field(&page.body, "year_first_day");
        let ends = date_field(&page.body, "year_ends_on");
        let first_day = driehoek::timefmt::parse_iso(&first).expect("a first school day");
        assert_eq!(first_day.weekday(), time::Weekday::Monday);
        // A first school day outside the year is refused in the page, nothing is written.
        let before = year_state(&app).await;
        let refused = admin
            .post(
                "/years",
                &[
                    ("year_name", "2027-2028"),
                    ("year_starts_on", &starts),
                    ("year_first_day", "01-01-2030"),
                    ("year_ends_on", &ends),
                ],
            )
            .await;
        assert_eq!(refused.status, 200);
        refused.assert_contains("De eerste schooldag moet binnen het schooljaar vallen.");
        assert_eq!(before, year_state(&app).await);
        let made = admin
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
        made.assert_redirect_to("/years/");
        let year_two: i64 = made
            .location
            .unwrap()
            .split('/')
            .nth(2)
            .unwrap()
            .parse()
            .unwrap();
        // The current year still is year one: nothing switches before the first school day.
        let (current, _) = driehoek::school::current_year(&app.db, school)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(current, year_one);

        // The proposal: 5/6 → 6/7 (or split into 6 and 7); groep 8 leaves.
        let page = admin.get(&format!("/years/{year_two}/prepare")).await;
        assert_eq!(page.status, 200);
        page.assert_contains("value=\"6/7\"");
        page.assert_contains("value=\"6\"");
        page.assert_contains("value=\"7\"");
        assert!(!page.contains("value=\"9\""), "groep 8 does not move up");
        // Cas (groep 8) is proposed to leave.
        page.assert_contains("<option value=\"leave\" selected>");

        // The administrator splits 5/6: Ada to 6 (Tess), Bram to 7; Cas leaves for a lyceum.
        let rows = |ada_row: &'static str| {
            vec![
                ("rows", "5".to_string()),
                ("name_0", "6/7".into()),
                ("grade_0", "6".into()),
                ("type_0", "po".into()),
                ("name_1", "6".into()),
                ("grade_1", "6".into()),
                ("type_1", "po".into()),
                ("create_1", "on".into()),
                ("staff_1", tess_id.to_string()),
                ("name_2", "7".into()),
                ("grade_2", "7".into()),
                ("type_2", "po".into()),
                ("create_2", "on".into()),
                ("name_3", String::new()),
                ("name_4", String::new()),
                (leak(format!("pupil_{ada}")), ada_row.into()),
                (leak(format!("pupil_{bram}")), "2".into()),
                (leak(format!("pupil_{cas}")), "leave".into()),
                (
                    leak(format!("destination_{cas}")),
                    "Het Stedelijk Lyceum".into(),
                ),
            ]
        };
        // Ada into the unticked 6/7 row: refused in the page, nothing written.
        let before = year_state(&app).await;
        let wrong = rows("0");
        let fields: Vec<(&str, &str)> = wrong.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let page = admin
            .post(&format!("/years/{year_two}/prepare"), &fields)
            .await;
        assert_eq!(page.status, 200);
        page.assert_contains("Deze groep is niet aangevinkt.");
        page.assert_contains("Het Stedelijk Lyceum");
        assert_eq!(before, year_state(&app).await);
        let right = rows("1");
        let fields: Vec<(&str, &str)> = right.iter().map(|(k, v)| (*k, v.as_str())).collect();
        admin
            .post(&format!("/years/{year_two}/prepare"), &fields)
            .await
            .assert_redirect_to(&format!("/years/{year_two}/prepare"));
        let six = scalar(
            &app,
            "SELECT id FROM groups WHERE name = '6' AND school_year_id = $1",
            year_two,
        )
        .await;
        let seven = scalar(
            &app,
            "SELECT id FROM groups WHERE name = '7' AND school_year_id = $1",
            year_two,
        )
        .await;
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM groups WHERE school_year_id = $1",
                year_two
            )
            .await,
            2
        );
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM group_staff WHERE group_id = $1",
                six
            )
            .await,
            1
        );
        assert_eq!(
            text(&app, "SELECT leaving_on FROM pupils WHERE id = $1", cas)
                .await
                .as_deref(),
            Some(format!("{}-07-31", first_day.year()).as_str())
        );
        assert_eq!(
            text(&app, "SELECT destination FROM pupils WHERE id = $1", cas)
                .await
                .as_deref(),
            Some("Het Stedelijk Lyceum")
        );
        // Saved again, the form shows the saved groups and places.
        let page = admin.get(&format!("/years/{year_two}/prepare")).await;
        page.assert_contains("opgeslagen");
        page.assert_contains("value=\"7\"");
        assert!(!page.contains("value=\"6/7\""), "the dropped row is gone");
        // Before the switch everybody is still in year one's groups.
        assert_eq!(
            scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", ada).await,
            combi
        );

        // Tess sees her coming group and plans its startgesprekken before the switch.
        let home = tess.get("/").await;
        home.assert_contains("Volgend schooljaar");
        home.assert_contains("Groep 6 (2027-2028)");
        let form = tess.get("/rounds/new").await;
        form.assert_contains("6 (2027-2028)");
        let today = driehoek::timefmt::iso(driehoek::timefmt::today());
        let closes = driehoek::timefmt::iso(
            driehoek::timefmt::today().saturating_add(time::Duration::days(14)),
        );
        let six_s = six.to_string();
        let round = tess
            .post(
                "/rounds/new",
                &[
                    ("kind", "start"),
                    ("title", "Startgesprekken groep 6"),
                    ("opens_date", &today),
                    ("opens_time", "08:00"),
                    ("closes_date", &closes),
                    ("closes_time", "20:00"),
                    ("slot_minutes", "20"),
                    ("gap_minutes", "0"),
                    ("form", "school"),
                    ("location", "lokaal 6"),
                    ("attendees", ""),
                    ("pupil_expected", "on"),
                    ("invitation_text", ""),
                    ("reminder_hours", "24"),
                    ("group", &six_s),
                ],
            )
            .await;
        round.assert_redirect_to("/rounds/");
        // Tom is not linked to the coming group 6: he cannot open a round for it.
        let rounds_before = app.count("SELECT COUNT(*) FROM rounds").await;
        assert!(!tom.get("/rounds/new").await.contains("6 (2027-2028)"));
        let refused = tom
            .post(
                "/rounds/new",
                &[
                    ("kind", "start"),
                    ("title", "Niet van Tom"),
                    ("opens_date", &today),
                    ("opens_time", "08:00"),
                    ("closes_date", &closes),
                    ("closes_time", "20:00"),
                    ("slot_minutes", "20"),
                    ("gap_minutes", "0"),
                    ("form", "school"),
                    ("location", "lokaal 6"),
                    ("pupil_expected", "on"),
                    ("reminder_hours", "24"),
                    ("group", &six_s),
                ],
            )
            .await;
        assert!(
            refused.location.is_none(),
            "no round for another teacher's coming group"
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM rounds").await,
            rounds_before
        );
        // Tom's group list is still this year's.
        tom.get("/groups").await.assert_contains("5/6");

        // The first school day: one request switches the school into year two.
        let morning =
            driehoek::timefmt::from_amsterdam(first_day, time::Time::from_hms(8, 0, 0).unwrap());
        app.state.clock.set(morning);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'switch'")
                .await,
            0
        );
        // Months later every session has expired: everyone signs in again.
        for (who, email) in [
            (&mut admin, crate::common::ADMIN_EMAIL),
            (&mut tess, "tess@example.org"),
            (&mut tom, "tom@example.org"),
        ] {
            who.sign_in(email, crate::common::PASSWORD)
                .await
                .assert_redirect_to("/");
        }
        admin.get("/").await.assert_contains("2027-2028");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'switch'")
                .await,
            1
        );
        assert_eq!(
            scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", ada).await,
            six
        );
        assert_eq!(
            scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", bram).await,
            seven
        );
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM pupils WHERE id = $1 AND archived_at IS NOT NULL",
                cas
            )
            .await,
            1
        );
        assert_eq!(
            scalar(
                &app,
                "SELECT is_current FROM school_years WHERE id = $1",
                year_two
            )
            .await,
            1
        );
        // Last year's groups are history: archived, out of the lists.
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM groups WHERE school_year_id = $1 AND archived_at IS NULL",
                year_one
            )
            .await,
            0
        );
        let groups = admin.get("/groups").await;
        groups.assert_contains(&format!("/groups/{six}\""));
        assert!(!groups.contains(&format!("/groups/{combi}\"")));
        // The leaver is gone from the pupil list, but the file and its exit details remain.
        let list = admin.get("/pupils").await;
        list.assert_contains("Ada");
        assert!(!list.contains("Cas"), "the leaver is off the list");
        let file = admin.get(&format!("/pupils/{cas}")).await;
        assert_eq!(file.status, 200);
        file.assert_contains("Cas");
        let exit_form = admin
            .get(&format!("/pupils/{cas}/records/new?kind=exit"))
            .await;
        assert_eq!(
            exit_form.status, 200,
            "the exit conversation can still be recorded"
        );
        assert_eq!(
            text(&app, "SELECT destination FROM pupils WHERE id = $1", cas)
                .await
                .as_deref(),
            Some("Het Stedelijk Lyceum")
        );
        // Tess now teaches Ada; Tom (last year's teacher) no longer sees her.
        assert_eq!(tess.get(&format!("/pupils/{ada}")).await.status, 200);
        assert_eq!(tom.get(&format!("/pupils/{ada}")).await.status, 404);

        // Year one stays readable, read-only, with who was in which group.
        let view = admin.get(&format!("/years/{year_one}")).await;
        view.assert_contains("Alleen lezen.");
        view.assert_contains("5/6");
        view.assert_contains("Jaarsma, Ada");
        view.assert_contains("Jaarsma, Cas");
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM pupil_years WHERE school_year_id = $1",
                year_one
            )
            .await,
            3
        );
        let cas_then = format!(
            "SELECT group_id FROM pupil_years WHERE pupil_id = $1 AND school_year_id = {year_one}"
        );
        assert_eq!(scalar(&app, &cas_then, cas).await, eight);
        assert_eq!(
            scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", cas).await,
            eight
        );
        // A preparation of a year already switched into is not possible any more.
        assert_eq!(
            admin
                .get(&format!("/years/{year_two}/prepare"))
                .await
                .status,
            404
        );

        // A second instance running the switch again changes nothing.
        let before = year_state(&app).await;
        let again = app
            .state
            .clock
            .scope(driehoek::years::switch_into(
                &app.db, school, year_two, &first,
            ))
            .await
            .unwrap();
        assert!(again.is_none());
        let due = app
            .state
            .clock
            .scope(driehoek::years::switch_if_due(&app.db, school))
            .await
            .unwrap();
        assert!(due.is_none());
        assert_eq!(before, year_state(&app).await);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'switch'")
                .await,
            1
        );
    }
);

both_backends!(
    only_the_schools_administrator_manages_years,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let group = make_group(&mut admin, "4A").await;
        make_pupil(&mut admin, "801", "Dirk", group).await;
        let mut teacher = app
            .staff_member(
                &mut admin,
                "Tim Tak",
                "tim@example.org",
                &["teacher"],
                &[group],
            )
            .await;
        let page = admin.get("/years").await;
        let (starts, first, ends) = (
            date_field(&page.body, "year_starts_on"),
            date_field(&page.body, "year_first_day"),
            date_field(&page.body, "year_ends_on"),
        );
        let made = admin
            .post(
                "/years",
                &[
                    ("year_name", "jaar-geheim"),
                    ("year_starts_on", &starts),
                    ("year_first_day", &first),
                    ("year_ends_on", &ends),
                ],
            )
            .await;
        let year: i64 = made
            .location
            .unwrap()
            .split('/')
            .nth(2)
            .unwrap()
            .parse()
            .unwrap();
        let mut karin = crate::years_support::other_school_admin(&app).await;

        let prepare = format!("/years/{year}/prepare");
        let view = format!("/years/{year}");
        let new_year = [
            ("year_name", "stiekem"),
            ("year_starts_on", "01-08-2040"),
            ("year_first_day", "27-08-2040"),
            ("year_ends_on", "31-07-2041"),
        ];
        let plan = [("rows", "1"), ("name_0", "5A"), ("create_0", "on")];
        let before = year_state(&app).await;
        // A teacher: refused everywhere.
        for path in ["/years", view.as_str(), prepare.as_str()] {
            assert_eq!(teacher.get(path).await.status, 403, "teacher GET {path}");
        }
        assert_eq!(teacher.post("/years", &new_year).await.status, 403);
        assert_eq!(teacher.post(&prepare, &plan).await.status, 403);
        // Another school's administrator: this school's years do not exist for her.
        assert_eq!(karin.get(&view).await.status, 404);
        assert_eq!(karin.get(&prepare).await.status, 404);
        assert_eq!(karin.post(&prepare, &plan).await.status, 404);
        assert!(!karin.get("/years").await.contains("jaar-geheim"));
        assert_eq!(before, year_state(&app).await);
        // The administrator herself can look at and prepare it.
        assert_eq!(admin.get(&view).await.status, 200);
        assert_eq!(admin.get(&prepare).await.status, 200);
    }
);

both_backends!(
    the_current_years_first_school_day_can_be_corrected,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let group = make_group(&mut admin, "4A").await;
        let mut teacher = app
            .staff_member(
                &mut admin,
                "Tim Tak",
                "tim@example.org",
                &["teacher"],
                &[group],
            )
            .await;
        let mut karin = crate::years_support::other_school_admin(&app).await;
        let (current, starts_on): (i64, String) = sqlx::query_as(
            "SELECT y.id, y.starts_on FROM school_years y JOIN schools s ON s.id = y.school_id \
             WHERE y.is_current = 1 AND s.id = (SELECT MIN(id) FROM schools)",
        )
        .fetch_one(app.db.read())
        .await
        .unwrap();
        let first_day = || async {
            text(
                &app,
                "SELECT first_school_day FROM school_years WHERE id = $1",
                current,
            )
            .await
            .unwrap()
        };
        let audit =
            "SELECT COUNT(*) FROM audit_log WHERE entity = 'school_year' AND action = 'update'";
        let before = first_day().await;
        let path = format!("/years/{current}/first-day");
        admin
            .get(&format!("/years/{current}"))
            .await
            .assert_contains("Eerste schooldag opslaan");

        // Not a date, or a day outside the year: said in the page, what was typed kept, nothing saved.
        let page = admin.post(&path, &[("year_first_day", "maandag")]).await;
        assert_eq!(page.status, 200);
        page.assert_contains("Vul een datum in");
        page.assert_contains("value=\"maandag\"");
        let page = admin.post(&path, &[("year_first_day", "01-01-2001")]).await;
        page.assert_contains("De eerste schooldag moet binnen het schooljaar vallen.");
        // A teacher may not; another school's administrator finds no such year.
        assert_eq!(
            teacher
                .post(&path, &[("year_first_day", "01-09-2026")])
                .await
                .status,
            403
        );
        assert_eq!(
            karin
                .post(&path, &[("year_first_day", "01-09-2026")])
                .await
                .status,
            404
        );
        assert_eq!(first_day().await, before);
        assert_eq!(app.count(audit).await, 0);

        // The administrator corrects it: saved, audited, shown.
        let day = format!("{}-09-01", &starts_on[..4]);
        let saved = admin.post(&path, &[("year_first_day", &day)]).await;
        saved.assert_redirect_to(&format!("/years/{current}"));
        assert_eq!(first_day().await, day);
        assert_eq!(app.count(audit).await, 1);
        let page = admin.get(&saved.location.unwrap()).await;
        page.assert_contains("De eerste schooldag is aangepast.");
        page.assert_contains(&format!("value=\"{day}\""));

        // A coming year's day (the day of its switch) can be corrected too, to a day after today.
        let (coming, _) = crate::year_import::next_year(&mut admin).await;
        let coming_starts = text(
            &app,
            "SELECT starts_on FROM school_years WHERE id = $1",
            coming,
        )
        .await
        .unwrap();
        let later = format!("{}-09-06", &coming_starts[..4]);
        admin
            .post(
                &format!("/years/{coming}/first-day"),
                &[("year_first_day", &later)],
            )
            .await
            .assert_redirect_to(&format!("/years/{coming}"));
        assert_eq!(
            text(
                &app,
                "SELECT first_school_day FROM school_years WHERE id = $1",
                coming
            )
            .await,
            Some(later)
        );
        // Another school's administrator cannot touch it either.
        assert_eq!(
            karin
                .post(
                    &format!("/years/{coming}/first-day"),
                    &[("year_first_day", &day)]
                )
                .await
                .status,
            404
        );
        assert_eq!(app.count(audit).await, 2);
    }
);
