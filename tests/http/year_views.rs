//! The years seen from the overviews (issue 10): a round of startgesprekken for a coming group
//! reaches the families placed in it before the switch; the exit overview and the coverage
//! figures are per school year, with a year selector that stays inside one's own school.

use crate::both_backends;
use crate::common::{id_from_location, link_in, Browser, TestApp};
use crate::years_support::{add_guardian, date_field, leak, make_group, make_pupil, scalar};

/// The administrator creates the next school year (the dates the page proposes); its id.
pub async fn create_next_year(admin: &mut Browser, name: &str) -> i64 {
    let page = admin.get("/years").await;
    let starts = date_field(&page.body, "year_starts_on");
    let first = date_field(&page.body, "year_first_day");
    let ends = date_field(&page.body, "year_ends_on");
    let made = admin
        .post(
            "/years",
            &[
                ("year_name", name),
                ("year_starts_on", &starts),
                ("year_first_day", &first),
                ("year_ends_on", &ends),
            ],
        )
        .await;
    made.assert_redirect_to("/years/");
    made.location
        .unwrap()
        .split('/')
        .nth(2)
        .unwrap()
        .parse()
        .unwrap()
}

both_backends!(
    a_round_for_a_coming_group_reaches_its_families_before_the_switch,
    |app: TestApp| async move {
        let mut admin = app.admin().await;
        let five = make_group(&mut admin, "5").await;
        let ada = make_pupil(&mut admin, "801", "Ada", five).await;
        let bram = make_pupil(&mut admin, "802", "Bram", five).await;
        add_guardian(&mut admin, ada, "Linda Jaarsma", "linda@example.org").await;
        add_guardian(&mut admin, bram, "Eva Jaarsma", "eva@example.org").await;
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
        let year_two = create_next_year(&mut admin, "2027-2028").await;
        // Ada moves up to 6 (Tess); Bram stays behind in a 5 of next year without Tess.
        let fields = [
            ("rows", "2".to_string()),
            ("name_0", "6".into()),
            ("grade_0", "6".into()),
            ("type_0", "po".into()),
            ("create_0", "on".into()),
            ("staff_0", tess_id.to_string()),
            ("name_1", "5".into()),
            ("grade_1", "5".into()),
            ("type_1", "po".into()),
            ("create_1", "on".into()),
            (leak(format!("pupil_{ada}")), "0".into()),
            (leak(format!("pupil_{bram}")), "1".into()),
        ];
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
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
        assert_eq!(
            scalar(&app, "SELECT group_id FROM pupils WHERE id = $1", ada).await,
            five,
            "before the switch Ada is still in groep 5"
        );

        // Tess opens the startgesprekken of her coming group.
        let today = driehoek::timefmt::iso(driehoek::timefmt::today());
        let closes = driehoek::timefmt::iso(
            driehoek::timefmt::today().saturating_add(time::Duration::days(14)),
        );
        let six_s = six.to_string();
        tess.get("/rounds/new").await;
        let made = tess
            .post(
                "/rounds/new",
                &[
                    ("kind", "start"),
                    ("title", "Startgesprekken groep 6"),
                    ("opens_date", &today),
                    ("opens_time", "00:00"),
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
        made.assert_redirect_to("/rounds/");
        let round = id_from_location(&made.location.unwrap());
        let day = crate::common::scenario::conversation_day();
        tess.get(&format!("/rounds/{round}")).await;
        tess.post(
            &format!("/rounds/{round}/availability"),
            &[("day", &day), ("starts", "19:00"), ("ends", "20:00")],
        )
        .await
        .assert_redirect_to(&format!("/rounds/{round}"));
        // The round has one family: Ada's, placed in 6; not Bram's.
        tess.get(&format!("/rounds/{round}"))
            .await
            .assert_contains("0 van 1 leerlingen ingepland");
        let families = tess.get(&format!("/rounds/{round}/families")).await;
        families.assert_contains("Ada");
        assert!(!families.contains("Bram"), "Bram is not in the coming 6");

        // A printed letter reaches the coming group's family too (same round pupils).
        let linda_id = app
            .count("SELECT id FROM guardians WHERE email = 'linda@example.org'")
            .await;
        let letter = tess
            .post(&format!("/rounds/{round}/guardians/{linda_id}/letter"), &[])
            .await;
        assert_eq!(letter.status, 200);
        letter.assert_contains("<svg");
        letter.assert_contains("Ada");
        tess.post(&format!("/rounds/{round}/invite"), &[])
            .await
            .assert_redirect_to(&format!("/rounds/{round}/families"));
        let (_, text) = app
            .last_mail_to("linda@example.org")
            .await
            .expect("Ada's mother is invited");
        assert!(
            app.last_mail_to("eva@example.org").await.is_none(),
            "Bram's mother is not invited"
        );
        let link = link_in(&text).expect("a link in the invitation");
        let path = link.strip_prefix(&app.base).unwrap().to_string();
        let mut linda = app.browser();
        let page = linda.get(&path).await;
        assert_eq!(page.status, 200);
        page.assert_contains("Ada");
        let slot = page
            .body
            .split(&format!("id=\"child-{ada}\""))
            .nth(1)
            .and_then(|s| s.split("name=\"slot\" value=\"").nth(1))
            .and_then(|s| s.split('"').next())
            .expect("a free time of Tess for Ada")
            .to_string();
        linda
            .post(
                &format!("{path}/book"),
                &[("pupil", &ada.to_string()), ("slot", &slot), ("key", "k1")],
            )
            .await
            .assert_redirect_to(&format!("{path}?flash=booked"));
        assert_eq!(
            scalar(
                &app,
                "SELECT COUNT(*) FROM bookings WHERE status = 'active' AND pupil_id = $1",
                ada
            )
            .await,
            1
        );
    }
);

/// A school in its second year: in year one Tom taught 5 (Ada, Bram) and 7 had Cas without
/// Tom; Ada moved up to 6, Bram to 6, Cas left at the end of year one. Returns
/// (admin, tom, year one, year two).
async fn second_year(app: &TestApp) -> (Browser, Browser, i64, i64) {
    let mut admin = app.admin().await;
    let five = make_group(&mut admin, "5").await;
    let seven = make_group(&mut admin, "7").await;
    let ada = make_pupil(&mut admin, "811", "Ada", five).await;
    let bram = make_pupil(&mut admin, "812", "Bram", five).await;
    let cas = make_pupil(&mut admin, "813", "Cas", seven).await;
    let mut tom = app
        .staff_member(
            &mut admin,
            "Tom Tuin",
            "tom@example.org",
            &["teacher"],
            &[five],
        )
        .await;
    let year_one = scalar(app, "SELECT school_year_id FROM groups WHERE id = $1", five).await;
    let year_two = create_next_year(&mut admin, "2027-2028").await;
    let tom_id = scalar(
        app,
        "SELECT id FROM staff WHERE email = 'tom@example.org' AND $1 = $1",
        0,
    )
    .await;
    let fields = [
        ("rows", "1".to_string()),
        ("name_0", "6".into()),
        ("grade_0", "6".into()),
        ("type_0", "po".into()),
        ("create_0", "on".into()),
        ("staff_0", tom_id.to_string()),
        (leak(format!("pupil_{ada}")), "0".into()),
        (leak(format!("pupil_{bram}")), "0".into()),
        (leak(format!("pupil_{cas}")), "leave".into()),
        (leak(format!("destination_{cas}")), "Het Lyceum".into()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    admin
        .post(&format!("/years/{year_two}/prepare"), &fields)
        .await
        .assert_redirect_to(&format!("/years/{year_two}/prepare"));
    let first: String =
        sqlx::query_scalar("SELECT first_school_day FROM school_years WHERE id = $1")
            .bind(year_two)
            .fetch_one(app.db.read())
            .await
            .unwrap();
    let first = driehoek::timefmt::parse_iso(&first).unwrap();
    app.state.clock.set(driehoek::timefmt::from_amsterdam(
        first,
        time::Time::from_hms(8, 0, 0).unwrap(),
    ));
    for (who, email) in [
        (&mut admin, crate::common::ADMIN_EMAIL),
        (&mut tom, "tom@example.org"),
    ] {
        who.sign_in(email, crate::common::PASSWORD).await;
    }
    admin.get("/").await.assert_contains("2027-2028");
    (admin, tom, year_one, year_two)
}

/// Inserts a second school with a year of its own; the year's id.
async fn other_schools_year(app: &TestApp) -> i64 {
    let at = driehoek::db::now();
    let school: i64 = sqlx::query_scalar(
        "INSERT INTO schools (name, created_at) VALUES ('Andere school', $1) RETURNING id",
    )
    .bind(at)
    .fetch_one(app.db.write())
    .await
    .unwrap();
    sqlx::query_scalar(
        "INSERT INTO school_years (school_id, name, starts_on, ends_on, is_current, first_school_day, switched_at) \
         VALUES ($1, '2020-2021', '2020-08-01', '2021-07-31', 1, '2020-08-31', 0) RETURNING id",
    )
    .bind(school)
    .fetch_one(app.db.write())
    .await
    .unwrap()
}

/// The rows of a coverage table (by its heading), as their first cells.
fn table_rows(body: &str, heading: &str) -> Vec<String> {
    let table = body
        .split(&format!("<h2>{heading}</h2>"))
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .unwrap_or_default();
    table
        .split("<tr><td>")
        .skip(1)
        .map(|r| r.split("</td>").next().unwrap_or_default().to_string())
        .collect()
}

both_backends!(
    coverage_is_shown_per_school_year,
    |app: TestApp| async move {
        let (mut admin, mut tom, year_one, year_two) = second_year(&app).await;
        // This year: group 6 with Ada and Bram; no selector needed to get here.
        let now = admin.get("/coverage").await;
        assert_eq!(now.status, 200);
        assert_eq!(table_rows(&now.body, "Per groep"), vec!["6".to_string()]);
        assert!(!now.contains("alleen te lezen"));
        now.assert_contains(&format!("<option value=\"{year_one}\""));
        // Last year: its own groups and pupils (Cas left since, and still counts there).
        let then = admin.get(&format!("/coverage?year={year_one}")).await;
        assert_eq!(then.status, 200);
        then.assert_contains("alleen te lezen");
        assert_eq!(
            table_rows(&then.body, "Per groep"),
            vec!["5".to_string(), "7".to_string()]
        );
        then.assert_contains("<td>5</td><td class=\"num\">2</td>");
        then.assert_contains("<td>7</td><td class=\"num\">1</td>");
        let csv = admin.get(&format!("/coverage.csv?year={year_one}")).await;
        assert!(csv.body.contains(";7;1;"), "{}", csv.body);
        // An OPP consent asked for in year one and given in year two: year one shows it open
        // (as it stood then), year two shows nothing open.
        let ada = scalar(
            &app,
            "SELECT id FROM pupils WHERE external_id = '811' AND $1 = $1",
            0,
        )
        .await;
        let school = scalar(&app, "SELECT school_id FROM pupils WHERE id = $1", ada).await;
        let staff = scalar(
            &app,
            "SELECT MIN(id) FROM staff WHERE school_id = $1",
            school,
        )
        .await;
        for (status, year) in [("asked", year_one), ("given", year_two)] {
            sqlx::query(
                "INSERT INTO opp_consents (school_id, pupil_id, status, decided_on, recorded_by, created_at) \
                 SELECT $1, $2, $3, starts_on, $4, $5 FROM school_years WHERE id = $6",
            )
            .bind(school)
            .bind(ada)
            .bind(status)
            .bind(staff)
            .bind(driehoek::db::now())
            .bind(year)
            .execute(app.db.write())
            .await
            .unwrap();
        }
        let open_consents = |body: &str| -> String {
            let at = body.find("stat-label\">OPP").expect("OPP figure");
            let before = &body[..at];
            let value = before.rfind("stat-value\">").expect("stat value") + "stat-value\">".len();
            before[value..].split('<').next().unwrap().to_string()
        };
        let then = admin.get(&format!("/coverage?year={year_one}")).await;
        assert_eq!(open_consents(&then.body), "1");
        assert_eq!(open_consents(&admin.get("/coverage").await.body), "0");

        // The current year by its id is the same page as without.
        assert_eq!(
            table_rows(
                &admin.get(&format!("/coverage?year={year_two}")).await.body,
                "Per groep"
            ),
            vec!["6".to_string()]
        );
        // Tom taught 5 last year: he sees 5, never 7.
        let toms = tom.get(&format!("/coverage?year={year_one}")).await;
        assert_eq!(toms.status, 200);
        assert_eq!(table_rows(&toms.body, "Per groep"), vec!["5".to_string()]);
        assert!(!toms.contains("Cas"));
        // Another school's year, a year that does not exist, or no number: not found.
        let foreign = other_schools_year(&app).await;
        for bad in [foreign.to_string(), "999999".to_string(), "x".to_string()] {
            assert_eq!(
                admin.get(&format!("/coverage?year={bad}")).await.status,
                404
            );
            assert_eq!(tom.get(&format!("/coverage?year={bad}")).await.status, 404);
            assert_eq!(
                admin.get(&format!("/coverage.csv?year={bad}")).await.status,
                404
            );
        }
    }
);

both_backends!(
    last_years_leavers_and_exit_results_stay_readable_after_the_switch,
    |app: TestApp| async move {
        let (mut admin, mut tom, year_one, year_two) = second_year(&app).await;
        let cas = scalar(
            &app,
            "SELECT id FROM pupils WHERE first_name = 'Cas' AND $1 = $1",
            0,
        )
        .await;
        let school = scalar(&app, "SELECT school_id FROM pupils WHERE id = $1", cas).await;
        let (ends_one, starts_two): (String, String) = sqlx::query_as(
            "SELECT a.ends_on, b.starts_on FROM school_years a, school_years b WHERE a.id = $1 AND b.id = $2",
        )
        .bind(year_one)
        .bind(year_two)
        .fetch_one(app.db.read())
        .await
        .unwrap();
        // Cas's exit conversation on the last day of year one; one in year two about cell 12.
        for (held_on, answers) in [
            (
                ends_one.clone(),
                r#"{"cell-1": "Wij wisten altijd hoe het ging", "cell-7": "Meegedacht"}"#,
            ),
            (starts_two.clone(), r#"{"cell-12": "Nieuw dit jaar"}"#),
        ] {
            sqlx::query("INSERT INTO records (school_id, pupil_id, kind, held_on, answers, status, created_by, created_at, updated_at) VALUES ($1, $2, 'exit', $3, $4, 'closed', 1, 0, 0)")
                .bind(school)
                .bind(cas)
                .bind(held_on)
                .bind(answers)
                .execute(app.db.write())
                .await
                .unwrap();
        }
        // This year: Cas left last year, so he is not among this year's leavers.
        let now = admin.get("/exit").await;
        assert_eq!(now.status, 200);
        assert!(!now.contains("Het Lyceum"), "last year's leaver");
        now.assert_contains("Nieuw dit jaar");
        assert!(!now.contains("Wij wisten altijd"));
        // The grid: 3 rows × 4 columns, a number per cell leading to what was said.
        now.assert_contains("<th scope=\"col\">Meebeslissen</th>");
        now.assert_contains("<th scope=\"row\">School naar ouders</th>");
        now.assert_contains("href=\"#matrix-cell-12\"><strong>1</strong>");
        now.assert_contains("id=\"matrix-cell-12\"");
        // Year two beside year one: cell 1 had one response last year.
        let name_one: String = sqlx::query_scalar("SELECT name FROM school_years WHERE id = $1")
            .bind(year_one)
            .fetch_one(app.db.read())
            .await
            .unwrap();
        now.assert_contains(&format!("<li>{name_one}: 1</li>"));
        now.assert_contains("Vergelijking met eerdere jaren");
        // Year one, after the switch: Cas and his destination, what was said, read-only.
        let then = admin.get(&format!("/exit?year={year_one}")).await;
        assert_eq!(then.status, 200);
        then.assert_contains("Cas Jaarsma");
        then.assert_contains("Het Lyceum");
        then.assert_contains("Wij wisten altijd hoe het ging");
        assert!(
            !then.contains("Nieuw dit jaar"),
            "year two is not in year one"
        );
        then.assert_contains("href=\"#matrix-cell-1\"><strong>1</strong>");
        then.assert_contains("href=\"#matrix-cell-7\"><strong>1</strong>");
        then.assert_contains("alleen te lezen");
        assert!(
            !then.contains("action=\"/exit/actions\""),
            "no new actions in a past year"
        );
        // Another school's year, or nonsense: not found; a teacher: still forbidden.
        let foreign = other_schools_year(&app).await;
        for bad in [foreign.to_string(), "0".to_string(), "twee".to_string()] {
            assert_eq!(admin.get(&format!("/exit?year={bad}")).await.status, 404);
        }
        assert_eq!(tom.get(&format!("/exit?year={year_one}")).await.status, 403);
    }
);
