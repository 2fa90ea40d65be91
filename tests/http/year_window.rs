//! Coverage follows each school year's own days (issue 10 review): a year named
//! "Schooljaar 2027-2028" in the northern region, whose first school day is mid-August, counts a
//! startgesprek as early until three weeks after that day — for records and held start bookings
//! alike — and a newcomer's own three weeks for both.

use crate::both_backends;
use crate::common::scenario::school;
use crate::common::TestApp;
use driehoek::timefmt::from_amsterdam;
use time::macros::date;
use time::{Date, Time};

/// The northern region's first school day in this year: Monday 16 August 2027.
const FIRST_DAY: Date = date!(2027 - 08 - 16);

/// Moves the app's clock into the autumn of 2027 (before the school is set up, so sessions are
/// made at that time).
fn autumn_2027(app: &TestApp) {
    app.state.clock.set(from_amsterdam(
        date!(2027 - 10 - 15),
        Time::from_hms(10, 0, 0).unwrap(),
    ));
}

/// Makes the school's current year a northern-region year with a name that is not just the
/// years.
async fn northern_year(app: &TestApp) {
    sqlx::query(
        "UPDATE school_years SET name = 'Schooljaar 2027-2028', starts_on = '2027-08-01', \
         first_school_day = '2027-08-16', ends_on = '2028-07-31' WHERE is_current = 1",
    )
    .execute(app.db.write())
    .await
    .unwrap();
}

fn day(offset: i64) -> Date {
    FIRST_DAY.saturating_add(time::Duration::days(offset))
}

async fn id(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

both_backends!(
    a_northern_years_first_weeks_follow_its_own_first_school_day,
    |app: TestApp| async move {
        autumn_2027(&app);
        let mut s = school(&app).await;
        northern_year(&app).await;
        // Sem on the first day + 20 (inside the three weeks); Finn on the first day + 25, which
        // the old fixed rule (31 August + 21 days) would still have counted.
        for (pupil, held) in [(s.sem, day(20)), (s.finn, day(25))] {
            // A startgesprek closes with a communicatieplan.
            s.tom.get(&format!("/pupils/{pupil}/plan")).await;
            s.tom
                .post(&format!("/pupils/{pupil}/plan"), &[("channel", "phone")])
                .await;
            s.tom
                .post(
                    &format!("/pupils/{pupil}/records/new"),
                    &[
                        ("kind", "start"),
                        ("held_on", &driehoek::timefmt::iso(held)),
                        ("form", "school"),
                        ("action", "close"),
                    ],
                )
                .await
                .assert_redirect_to("/records/");
        }
        let page = s.admin.get("/coverage").await;
        assert_eq!(page.status, 200, "{}", page.body);
        let csv = s.admin.get("/coverage.csv").await;
        assert!(csv.body.contains("Groep;5A;2;1;"), "{}", csv.body);
        assert!(csv.body.contains("Groep;7B;1;0;"), "{}", csv.body);
    }
);

both_backends!(
    a_held_start_booking_counts_only_in_the_first_weeks_or_a_newcomers_own,
    |app: TestApp| async move {
        autumn_2027(&app);
        let mut s = school(&app).await;
        northern_year(&app).await;
        let school_id = id(&app, "SELECT id FROM schools").await;
        let tom = id(&app, "SELECT id FROM staff WHERE name = 'Tom Tuin'").await;
        // Lotte joined on 10 September: her own three weeks run to 1 October.
        sqlx::query(
            "UPDATE pupils SET arrived_on = '2027-09-10', start_due_on = '2027-10-01' WHERE id = $1",
        )
        .bind(s.lotte)
        .execute(app.db.write())
        .await
        .unwrap();
        let at = |d: Date, h: u8| from_amsterdam(d, Time::from_hms(h, 0, 0).unwrap());
        let round: i64 = sqlx::query_scalar(
            "INSERT INTO rounds (school_id, kind, title, opens_at, closes_at, slot_minutes, gap_minutes, created_at) \
             VALUES ($1, 'start', 'Startgesprekken', $2, $3, 20, 0, $2) RETURNING id",
        )
        .bind(school_id)
        .bind(at(day(-10), 9))
        .bind(at(day(60), 9))
        .fetch_one(app.db.write())
        .await
        .unwrap();
        // Sem at 19:00 on the last day of the first weeks (counts), Finn on the first day + 25
        // (does not), Lotte on 28 September, inside her own three weeks (counts).
        for (pupil, starts_at) in [
            (s.sem, at(day(21), 19)),
            (s.finn, at(day(25), 9)),
            (s.lotte, at(date!(2027 - 09 - 28), 9)),
        ] {
            let slot: i64 = sqlx::query_scalar(
                "INSERT INTO slots (round_id, staff_id, starts_at, ends_at) VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(round)
            .bind(tom)
            .bind(starts_at)
            .bind(starts_at + 1200)
            .fetch_one(app.db.write())
            .await
            .unwrap();
            sqlx::query(
                "INSERT INTO bookings (round_id, slot_id, pupil_id, booked_by_staff_id, status, attendance, created_at) \
                 VALUES ($1, $2, $3, $4, 'active', 'held', $5)",
            )
            .bind(round)
            .bind(slot)
            .bind(pupil)
            .bind(tom)
            .bind(starts_at - 86_400)
            .execute(app.db.write())
            .await
            .unwrap();
        }
        let csv = s.admin.get("/coverage.csv").await;
        assert!(csv.body.contains("Groep;5A;2;1;"), "{}", csv.body);
        assert!(csv.body.contains("Groep;7B;1;1;"), "{}", csv.body);
    }
);

both_backends!(
    a_mid_year_leaver_is_archived_once_their_leaving_day_has_passed,
    |app: TestApp| async move {
        let late_evening = from_amsterdam(date!(2027 - 03 - 06), Time::from_hms(23, 0, 0).unwrap());
        app.state.clock.set(late_evening);
        let mut s = school(&app).await;
        let g5 = id(
            &app,
            "SELECT group_id FROM pupils WHERE first_name = 'Finn'",
        )
        .await;
        let finn = s.finn;
        s.admin.get(&format!("/pupils/{finn}")).await;
        s.admin
            .post(
                &format!("/pupils/{finn}/leaving"),
                &[
                    ("leaving_on", "2027-03-06"),
                    ("reason", "moving"),
                    ("destination", "De Regenboog, Zwolle"),
                ],
            )
            .await
            .assert_redirect_to(&format!("/pupils/{finn}?flash=leaving-saved"));
        // On the leaving day itself Finn is still on the lists.
        s.admin.get("/coverage").await;
        s.admin
            .get(&format!("/groups/{g5}"))
            .await
            .assert_contains("Finn");
        let archived = "SELECT COUNT(*) FROM pupils WHERE archived_at IS NOT NULL";
        assert_eq!(app.count(archived).await, 0);

        // Past midnight the day has passed: the first request that asks for the year archives him.
        app.state.clock.set(late_evening + 90 * 60);
        let csv = s.admin.get("/coverage.csv").await;
        assert!(csv.body.contains("Groep;5A;1;"), "{}", csv.body);
        assert_eq!(app.count(archived).await, 1);
        let finn_archived =
            format!("SELECT COUNT(*) FROM pupils WHERE id = {finn} AND archived_at IS NOT NULL");
        assert_eq!(app.count(&finn_archived).await, 1);
        let group = s.admin.get(&format!("/groups/{g5}")).await;
        assert!(!group.contains("Finn"), "{}", group.body);
        group.assert_contains("Sem");
        // The exit pages still show him, with his destination.
        let exit = s.admin.get("/exit").await;
        exit.assert_contains("Finn Vries");
        exit.assert_contains("De Regenboog, Zwolle");
        // Audited once; a second instance (the tick) finds nothing left to do.
        let audited =
            "SELECT COUNT(*) FROM audit_log WHERE action = 'archive' AND entity = 'pupil'";
        assert_eq!(app.count(audited).await, 1);
        let again = driehoek::years::archive_leavers_if_due(
            &app.db,
            id(&app, "SELECT id FROM schools").await,
            false,
        )
        .await
        .unwrap();
        assert_eq!(again, 0);
        assert_eq!(app.count(audited).await, 1);
    }
);

/// The pupils' newcomer days, by leerlingnummer.
async fn newcomer_days(app: &TestApp) -> Vec<(String, Option<String>, Option<String>)> {
    sqlx::query_as("SELECT external_id, arrived_on, start_due_on FROM pupils ORDER BY external_id")
        .fetch_all(app.db.read())
        .await
        .unwrap()
}

both_backends!(
    pupils_imported_after_the_first_weeks_are_newcomers,
    |app: TestApp| async move {
        let import_header = "Leerlingnummer;Achternaam;Voorvoegsel;Roepnaam;Geboortedatum;Groep;Naam ouder/verzorger 1;E-mailadres ouder/verzorger 1;Naam ouder/verzorger 2;E-mailadres ouder/verzorger 2;Eigen adres ouder/verzorger 2\n";
        let row = |nr: &str, first: &str| {
            format!("{nr};Jansen;;{first};01-02-2018;5A;Piet Jansen {nr};piet{nr}@example.org;;;\n")
        };
        let file = |rows: &[(&str, &str)]| {
            let mut csv = String::from(import_header);
            for (nr, first) in rows {
                csv.push_str(&row(nr, first));
            }
            csv.into_bytes()
        };
        // 7 September 2026: within the first weeks of a year whose first school day is 31 August.
        let today = date!(2026 - 09 - 07);
        app.state
            .clock
            .set(from_amsterdam(today, Time::from_hms(10, 0, 0).unwrap()));
        let mut admin = app.admin().await;
        sqlx::query("UPDATE school_years SET first_school_day = '2026-08-31' WHERE is_current = 1")
            .execute(app.db.write())
            .await
            .unwrap();
        // The school's first import and a later one within the first weeks: nobody is a newcomer.
        crate::import::import_file(
            &mut admin,
            "a.csv",
            file(&[("1001", "Anna"), ("1002", "Bram")]),
        )
        .await;
        crate::import::import_file(
            &mut admin,
            "b.csv",
            file(&[("1001", "Anna"), ("1002", "Bram"), ("1003", "Cas")]),
        )
        .await;
        assert!(
            newcomer_days(&app)
                .await
                .iter()
                .all(|(_, a, d)| a.is_none() && d.is_none()),
            "{:?}",
            newcomer_days(&app).await
        );
        // A northern school whose first weeks ended on 31 August: a pupil new in this import
        // arrives today, with the startgesprek due within three weeks; the others stay as they were.
        sqlx::query("UPDATE school_years SET first_school_day = '2026-08-10' WHERE is_current = 1")
            .execute(app.db.write())
            .await
            .unwrap();
        crate::import::import_file(
            &mut admin,
            "c.csv",
            file(&[
                ("1001", "Anna"),
                ("1002", "Bram"),
                ("1003", "Cas"),
                ("1004", "Dewi"),
            ]),
        )
        .await;
        let due = driehoek::timefmt::iso(driehoek::pupils::newcomer_start_due(today));
        assert_eq!(
            newcomer_days(&app).await,
            vec![
                ("1001".to_string(), None, None),
                ("1002".to_string(), None, None),
                ("1003".to_string(), None, None),
                (
                    "1004".to_string(),
                    Some("2026-09-07".to_string()),
                    Some(due)
                ),
            ]
        );
    }
);

both_backends!(
    a_schools_first_import_late_in_the_year_brings_no_newcomers,
    |app: TestApp| async move {
        app.state.clock.set(from_amsterdam(
            date!(2026 - 11 - 16),
            Time::from_hms(10, 0, 0).unwrap(),
        ));
        let mut admin = app.admin().await;
        let csv = "Leerlingnummer;Achternaam;Voorvoegsel;Roepnaam;Geboortedatum;Groep;Naam ouder/verzorger 1;E-mailadres ouder/verzorger 1;Naam ouder/verzorger 2;E-mailadres ouder/verzorger 2;Eigen adres ouder/verzorger 2\n\
                   2001;Smit;;Eva;03-04-2017;6B;Ria Smit;ria@example.org;;;\n";
        crate::import::import_file(&mut admin, "a.csv", csv.as_bytes().to_vec()).await;
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM pupils WHERE arrived_on IS NULL AND start_due_on IS NULL"
            )
            .await,
            1
        );
    }
);
